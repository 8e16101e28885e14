/* test-cli-msg: the CLI <-> glusterd dict codec (xdr/cli-msg.c).
 * Byte-exact request dicts as 10.3's CLI sends them (captured on the
 * wire), round trips of every struct, and decode failures. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "libglusterfs/dict.h"
#include "xdr/cli-msg.h"

/* Builds the wire form of pairs given in insertion order (the wire
 * carries them newest first), values as strings with their NUL. */
static size_t wire_of(const char *const *kv, size_t n, unsigned char *out)
{
	size_t o = 4;

	out[0] = out[1] = out[2] = 0;
	out[3] = (unsigned char)n;
	for (size_t i = n; i > 0; i--) {
		const char *k = kv[2 * (i - 1)], *v = kv[2 * (i - 1) + 1];
		uint32_t kl = (uint32_t)strlen(k), vl = (uint32_t)strlen(v) + 1;
		unsigned char *p = out + o;

		p[0] = (unsigned char)(kl >> 24);
		p[1] = (unsigned char)(kl >> 16);
		p[2] = (unsigned char)(kl >> 8);
		p[3] = (unsigned char)kl;
		p[4] = (unsigned char)(vl >> 24);
		p[5] = (unsigned char)(vl >> 16);
		p[6] = (unsigned char)(vl >> 8);
		p[7] = (unsigned char)vl;
		memcpy(p + 8, k, kl + 1);
		memcpy(p + 8 + kl + 1, v, vl);
		o += 8 + kl + 1 + vl;
	}
	return o;
}

static void assert_wire(struct dict *d, const char *const *kv, size_t n)
{
	unsigned char want[8192];
	size_t wlen = wire_of(kv, n, want), len = 0;
	char *buf = NULL;

	assert_int_equal(dict_serialize(d, &buf, &len), 0);
	assert_int_equal(len, wlen);
	assert_memory_equal(buf, want, wlen);
	free(buf);
}

static char *bricks3[] = { (char *)"h:/d/b1", (char *)"h:/d/b2",
			   (char *)"h:/d/b3" };

/* ---------------- byte-exact requests ---------------- */

static void test_getvol_flags3_wire(void **state)
{
	struct cli_getvol_req r = { .flags = CLI_GET_NEXT_VOLUME };
	static const unsigned char exact[20] = {
		0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 2,
		'f', 'l', 'a', 'g', 's', 0, '3', 0 };
	struct dict *d = dict_new();
	char *buf = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(cli_getvol_req_encode(&r, d), 0);
	assert_int_equal(dict_serialize(d, &buf, &len), 0);
	assert_int_equal(len, sizeof(exact));
	assert_memory_equal(buf, exact, sizeof(exact));
	free(buf);
	dict_unref(d);
}

static void test_getvol_cursor_wire(void **state)
{
	struct cli_getvol_req r = { .flags = 3, .volname = (char *)"v1" };
	const char *kv[] = { "volname", "v1", "flags", "3" };
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_getvol_req_encode(&r, d), 0);
	assert_wire(d, kv, 2);
	dict_unref(d);
}

static void test_create_disperse_wire(void **state)
{
	struct cli_create_req r = {
		.volname = (char *)"v5", .type = CLI_VOL_DISPERSE,
		.count = 3, .bricks = bricks3, .transport = (char *)"tcp",
		.force = true, .disperse_count = 3, .redundancy_count = 1,
		.cmd_str = (char *)"volume create v5 disperse 3 x force",
	};
	const char *kv[] = {
		"disperse-count", "3", "redundancy-count", "1",
		"volname", "v5", "type", "4", "transport", "tcp",
		"bricks", " h:/d/b1 h:/d/b2 h:/d/b3 ", "count", "3",
		"force", "1", "cmd-str", "volume create v5 disperse 3 x force",
	};
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_create_req_encode(&r, d), 0);
	assert_wire(d, kv, 9);
	dict_unref(d);
}

static void test_create_arbiter_wire(void **state)
{
	struct cli_create_req r = {
		.volname = (char *)"v3", .type = CLI_VOL_REPLICATE,
		.count = 3, .bricks = bricks3, .transport = (char *)"tcp",
		.replica_count = 3, .arbiter_count = 1,
	};
	const char *kv[] = {
		"arbiter-count", "1", "replica-count", "3",
		"volname", "v3", "type", "2", "transport", "tcp",
		"bricks", " h:/d/b1 h:/d/b2 h:/d/b3 ", "count", "3",
		"force", "0",
	};
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_create_req_encode(&r, d), 0);
	assert_wire(d, kv, 8);
	dict_unref(d);
}

static void test_set_wire_count_is_twice_pairs(void **state)
{
	struct cli_kv opts[] = { { (char *)"performance.cache-size",
				   (char *)"256MB" },
				 { (char *)"nfs.disable", (char *)"on" } };
	struct cli_set_req r = { .volname = (char *)"v1", .opts = opts,
				 .nopts = 2, .cmd_str = (char *)"c" };
	const char *kv[] = {
		"volname", "v1", "key1", "performance.cache-size",
		"value1", "256MB", "key2", "nfs.disable", "value2", "on",
		"count", "4", "cmd-str", "c",
	};
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_set_req_encode(&r, d), 0);
	assert_wire(d, kv, 7);
	dict_unref(d);
}

static void test_set_all_and_help_wire(void **state)
{
	struct cli_kv opts[] = { { (char *)"cluster.daemon-log-level",
				   (char *)"INFO" } };
	struct cli_set_req r = { .volname = (char *)"all", .opts = opts,
				 .nopts = 1, .global = true,
				 .cmd_str = (char *)"c" };
	struct cli_set_req h = { .help = true, .cmd_str = (char *)"h" };
	const char *kv[] = {
		"volname", "all", "globalname", "All", "hold_global_locks", "1",
		"key1", "cluster.daemon-log-level", "value1", "INFO",
		"count", "2", "cmd-str", "c",
	};
	const char *hkv[] = { "volname", "help", "help", "help", "count", "0",
			      "cmd-str", "h" };
	struct dict *d = dict_new(), *d2 = dict_new();

	(void)state;
	assert_int_equal(cli_set_req_encode(&r, d), 0);
	assert_wire(d, kv, 7);
	assert_int_equal(cli_set_req_encode(&h, d2), 0);
	assert_wire(d2, hkv, 4);
	dict_unref(d);
	dict_unref(d2);
}

static void test_peer_and_volop_wire(void **state)
{
	struct cli_peer_req p = { .hostname = (char *)"h", .port = 24007,
				  .flags = 1, .detach = true,
				  .cmd_str = (char *)"peer detach h force" };
	struct cli_volop_req v = { .volname = (char *)"v", .flags = 1,
				   .cmd_str = (char *)"volume start v force" };
	const char *pkv[] = { "hostname", "h", "flags", "1", "port", "24007",
			      "cmd-str", "peer detach h force" };
	const char *vkv[] = { "volname", "v", "flags", "1", "cmd-str",
			      "volume start v force" };
	const char *dkv[] = { "volname", "v", "cmd-str",
			      "volume start v force" };
	struct dict *d1 = dict_new(), *d2 = dict_new(), *d3 = dict_new();

	(void)state;
	assert_int_equal(cli_peer_req_encode(&p, d1), 0);
	assert_wire(d1, pkv, 4);
	assert_int_equal(cli_volop_req_encode(&v, true, d2), 0);
	assert_wire(d2, vkv, 3);
	assert_int_equal(cli_volop_req_encode(&v, false, d3), 0);
	assert_wire(d3, dkv, 2);
	dict_unref(d1);
	dict_unref(d2);
	dict_unref(d3);
}

static void test_rmbrick_forms_wire(void **state)
{
	char *b[] = { (char *)"h:/b" };
	struct cli_rmbrick_req start = { .volname = (char *)"v",
		.command = CLI_RB_START, .bricks = b, .count = 1,
		.cmd_str = (char *)"c" };
	struct cli_rmbrick_req status = start;
	const char *skv[] = { "volname", "v", "command", "1", "brick1",
			      "h:/b", "count", "1", "cmd-str", "c" };
	const char *tkv[] = { "volname", "v", "command", "4", "brick1",
			      "h:/b", "rebalance-command", "3", "cmd-str",
			      "c" };
	struct dict *d1 = dict_new(), *d2 = dict_new();

	(void)state;
	status.command = CLI_RB_STATUS;
	assert_int_equal(cli_rmbrick_req_encode(&start, d1), 0);
	assert_wire(d1, skv, 5);
	assert_int_equal(cli_rmbrick_req_encode(&status, d2), 0);
	assert_wire(d2, tkv, 5);
	dict_unref(d1);
	dict_unref(d2);
}

static void test_status_wire(void **state)
{
	struct cli_status_req r = { .volname = (char *)"v1",
		.brick = (char *)"h:/b", .cmd = CLI_STATUS_BRICK,
		.cmd_str = (char *)"c" };
	struct cli_status_req all = { .cmd = CLI_STATUS_ALL,
				      .cmd_str = (char *)"volume status" };
	const char *kv[] = { "volname", "v1", "brick", "h:/b", "cmd", "1024",
			     "cmd-str", "c" };
	const char *akv[] = { "cmd", "512", "cmd-str", "volume status" };
	struct dict *d = dict_new(), *d2 = dict_new();

	(void)state;
	assert_int_equal(cli_status_req_encode(&r, d), 0);
	assert_wire(d, kv, 4);
	assert_int_equal(cli_status_req_encode(&all, d2), 0);
	assert_wire(d2, akv, 2);
	dict_unref(d);
	dict_unref(d2);
}

/* ---------------- round trips ---------------- */

static void test_create_roundtrip_thin_arbiter(void **state)
{
	char *b2[] = { (char *)"h:/a", (char *)"h:/b" };
	struct cli_create_req r = {
		.volname = (char *)"t", .type = 2, .count = 2, .bricks = b2,
		.replica_count = 2, .thin_arbiter_count = 1,
		.ta_brick = (char *)"h:/ta", .cmd_str = (char *)"c",
	}, o;
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_create_req_encode(&r, d), 0);
	assert_string_equal(dict_get_str(d, "ta-brick"), " h:/ta ");
	assert_int_equal(cli_create_req_decode(d, &o, NULL), 0);
	assert_string_equal(o.volname, "t");
	assert_int_equal(o.count, 2);
	assert_string_equal(o.bricks[0], "h:/a");
	assert_string_equal(o.bricks[1], "h:/b");
	assert_string_equal(o.ta_brick, "h:/ta");
	assert_int_equal(o.thin_arbiter_count, 1);
	assert_int_equal(o.replica_count, 2);
	assert_string_equal(o.transport, "tcp");
	assert_false(o.force);
	cli_create_req_release(&o);
	dict_unref(d);
}

static void test_create_decode_errors(void **state)
{
	struct cli_create_req o;
	const char *bad = NULL;
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_create_req_decode(d, &o, &bad), -ENOENT);
	assert_string_equal(bad, "volname");
	cli_create_req_release(&o);
	dict_set_str(d, "volname", "v");
	dict_set_str(d, "type", "zero");
	assert_int_equal(cli_create_req_decode(d, &o, &bad), -EINVAL);
	assert_string_equal(bad, "type");
	cli_create_req_release(&o);
	dict_set_int(d, "type", 0);
	dict_set_int(d, "count", 2);
	dict_set_str(d, "bricks", " h:/a ");
	assert_int_equal(cli_create_req_decode(d, &o, &bad), -EINVAL);
	assert_string_equal(bad, "bricks");
	cli_create_req_release(&o);
	dict_unref(d);
}

static void test_set_roundtrip_and_errors(void **state)
{
	struct cli_kv opts[] = { { (char *)"a", (char *)"1" },
				 { (char *)"b", (char *)"2" } };
	struct cli_set_req r = { .volname = (char *)"v", .opts = opts,
				 .nopts = 2 }, o;
	const char *bad = NULL;
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_set_req_encode(&r, d), 0);
	assert_int_equal(cli_set_req_decode(d, &o, NULL), 0);
	assert_int_equal(o.nopts, 2);
	assert_string_equal(o.opts[1].key, "b");
	assert_string_equal(o.opts[1].value, "2");
	assert_false(o.global);
	cli_set_req_release(&o);
	dict_del(d, "value2");
	assert_int_equal(cli_set_req_decode(d, &o, &bad), -ENOENT);
	assert_string_equal(bad, "value2");
	cli_set_req_release(&o);
	dict_set_int(d, "count", 3);
	assert_int_equal(cli_set_req_decode(d, &o, &bad), -EINVAL);
	cli_set_req_release(&o);
	dict_unref(d);
}

static void test_small_requests_roundtrip(void **state)
{
	struct cli_get_req g = { (char *)"v", (char *)"k", (char *)"c" }, go;
	struct cli_reset_req rs = { (char *)"v", NULL, true, NULL }, ro;
	struct cli_peer_req p = { (char *)"h", 0, 0, false, NULL }, po;
	struct cli_heal_req h = { (char *)"v", CLI_HEAL_STATISTICS_HEAL_COUNT_PER_REPLICA,
				  (char *)"h", (char *)"/p", NULL }, ho;
	struct dict *d1 = dict_new(), *d2 = dict_new(), *d3 = dict_new(),
		    *d4 = dict_new();

	(void)state;
	assert_int_equal(cli_get_req_encode(&g, d1), 0);
	assert_int_equal(cli_get_req_decode(d1, &go, NULL), 0);
	assert_string_equal(go.key, "k");
	assert_int_equal(cli_reset_req_encode(&rs, d2), 0);
	assert_int_equal(cli_reset_req_decode(d2, &ro, NULL), 0);
	assert_string_equal(ro.key, "all");
	assert_true(ro.force);
	assert_int_equal(cli_peer_req_encode(&p, d3), 0);
	assert_false(dict_has(d3, "flags"));
	assert_int_equal(cli_peer_req_decode(d3, false, &po, NULL), 0);
	assert_int_equal(po.port, 24007);
	assert_int_equal(cli_heal_req_encode(&h, d4), 0);
	assert_int_equal(cli_heal_req_decode(d4, &ho, NULL), 0);
	assert_string_equal(ho.replica_path, "/p");
	assert_int_equal(ho.heal_op, 9);
	cli_get_req_release(&go);
	cli_reset_req_release(&ro);
	cli_peer_req_release(&po);
	cli_heal_req_release(&ho);
	dict_unref(d1);
	dict_unref(d2);
	dict_unref(d3);
	dict_unref(d4);
}

static void test_rmbrick_decode_without_count(void **state)
{
	char *b[] = { (char *)"h:/a", (char *)"h:/b" };
	struct cli_rmbrick_req r = { .volname = (char *)"v",
		.command = CLI_RB_STOP, .bricks = b, .count = 2 }, o;
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_rmbrick_req_encode(&r, d), 0);
	assert_false(dict_has(d, "count"));
	assert_int_equal(cli_rmbrick_req_decode(d, &o, NULL), 0);
	assert_int_equal(o.count, 2);
	assert_string_equal(o.bricks[1], "h:/b");
	cli_rmbrick_req_release(&o);
	dict_unref(d);
}

static void test_volinfo_roundtrip(void **state)
{
	struct cli_brick_info bi[3] = {
		{ (char *)"h:/a", (char *)"u1", false },
		{ (char *)"h:/b", (char *)"u1", false },
		{ (char *)"h:/c", (char *)"u1", true },
	};
	struct cli_kv opts[] = { { (char *)"z.last", (char *)"1" },
				 { (char *)"a.first", (char *)"2" } };
	struct cli_volinfo v = { .name = (char *)"v3", .type = 2,
		.brick_count = 3, .dist_count = 3, .replica_count = 3,
		.arbiter_count = 1, .volume_id = (char *)"id",
		.bricks = bi, .opts = opts, .nopts = 2 }, o;
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_volinfo_encode(&v, 0, d), 0);
	assert_string_equal(dict_get_str(d, "volume0.brick3.isArbiter"), "1");
	assert_false(dict_has(d, "volume0.brick1.isArbiter"));
	assert_int_equal(cli_volinfo_decode(d, 0, &o, NULL), 0);
	assert_string_equal(o.name, "v3");
	assert_int_equal(o.arbiter_count, 1);
	assert_true(o.bricks[2].is_arbiter);
	assert_false(o.bricks[0].is_arbiter);
	assert_int_equal(o.nopts, 2);
	/* the reply's insertion order is the printing order */
	assert_string_equal(o.opts[0].key, "z.last");
	assert_string_equal(o.opts[1].key, "a.first");
	cli_volinfo_release(&o);
	dict_unref(d);
}

static void test_volinfo_missing_keys(void **state)
{
	static const char *const required[] = {
		"volume0.name", "volume0.type", "volume0.status",
		"volume0.brick_count", "volume0.dist_count",
		"volume0.disperse_count", "volume0.redundancy_count",
		"volume0.arbiter_count", "volume0.thin_arbiter_count",
		"volume0.transport", "volume0.volume_id", "volume0.snap_count",
		"volume0.brick1", "volume0.opt_count", NULL,
	};
	struct cli_brick_info bi = { (char *)"h:/a", NULL, false };
	struct cli_volinfo v = { .name = (char *)"v", .brick_count = 1,
		.dist_count = 1, .volume_id = (char *)"id", .bricks = &bi };

	(void)state;
	for (int i = 0; required[i]; i++) {
		struct dict *d = dict_new();
		struct cli_volinfo o;
		const char *bad = NULL;

		assert_int_equal(cli_volinfo_encode(&v, 0, d), 0);
		assert_int_equal(dict_del(d, required[i]), 0);
		assert_int_equal(cli_volinfo_decode(d, 0, &o, &bad), -ENOENT);
		assert_string_equal(bad, required[i]);
		cli_volinfo_release(&o);
		dict_unref(d);
	}
}

static void test_lists_roundtrip(void **state)
{
	char *names[] = { (char *)"a", (char *)"b" };
	struct cli_name_list l = { names, 2 }, o;
	struct dict *d = dict_new(), *e = dict_new();

	(void)state;
	assert_int_equal(cli_vol_list_encode(&l, d), 0);
	assert_int_equal(cli_vol_list_decode(d, &o), 0);
	assert_int_equal(o.n, 2);
	assert_string_equal(o.names[1], "b");
	cli_name_list_release(&o);
	assert_int_equal(cli_status_all_encode(&l, e), 0);
	assert_string_equal(dict_get_str(e, "vol1"), "b");
	assert_int_equal(cli_status_all_decode(e, &o), 0);
	cli_name_list_release(&o);
	dict_del(e, "vol0");
	assert_int_equal(cli_status_all_decode(e, &o), -ENOENT);
	cli_name_list_release(&o);
	assert_int_equal(cli_vol_list_decode(e, &o), -ENOENT);
	cli_name_list_release(&o);
	dict_unref(d);
	dict_unref(e);
}

static void test_get_rsp_roundtrip(void **state)
{
	struct cli_kv p[] = { { (char *)"k", (char *)"on (DEFAULT)" } };
	struct cli_get_rsp r = { p, 1, NULL }, o;
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_get_rsp_encode(&r, d), 0);
	assert_int_equal(cli_get_rsp_decode(d, &o), 0);
	assert_string_equal(o.pairs[0].value, "on (DEFAULT)");
	assert_null(o.warning);
	cli_get_rsp_release(&o);
	dict_del(d, "count");
	assert_int_equal(cli_get_rsp_decode(d, &o), -ENOENT);
	cli_get_rsp_release(&o);
	dict_unref(d);
}

static void test_peer_list_roundtrip(void **state)
{
	char *hn[] = { (char *)"p1", (char *)"p1.example" };
	struct cli_peer_info p[2] = {
		{ (char *)"u1", (char *)"p1", 24007, 3,
		  (char *)"Peer in Cluster", true, hn, 2 },
		{ (char *)"u0", (char *)"localhost", 0, 0, NULL, true, NULL,
		  0 },
	};
	struct cli_peer_list l = { p, 2 }, o;
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_peer_list_encode(&l, d), 0);
	/* the local node of pool list carries three keys only */
	assert_false(dict_has(d, "friend2.state"));
	assert_false(dict_has(d, "friend2.port"));
	assert_int_equal(cli_peer_list_decode(d, &o), 0);
	assert_int_equal(o.n, 2);
	assert_string_equal(o.peers[0].state, "Peer in Cluster");
	assert_int_equal(o.peers[0].nhostnames, 2);
	assert_string_equal(o.peers[0].hostnames[1], "p1.example");
	assert_null(o.peers[1].state);
	assert_true(o.peers[1].connected);
	cli_peer_list_release(&o);
	dict_del(d, "friend1.uuid");
	assert_int_equal(cli_peer_list_decode(d, &o), -ENOENT);
	cli_peer_list_release(&o);
	dict_unref(d);
}

static void test_status_rsp_roundtrip(void **state)
{
	struct cli_status_entry b[1] = { {
		.hostname = (char *)"h", .path = (char *)"/b",
		.peerid = (char *)"u", .port = 49152, .pid = 10, .status = 1,
		.has_detail = true, .free = 1024, .total = 4096,
		.device = (char *)"/dev/x" } };
	struct cli_status_entry dm[1] = { {
		.hostname = (char *)"Self-heal Daemon",
		.path = (char *)"localhost", .peerid = (char *)"u",
		.pid = 11, .status = 1, .is_daemon = true } };
	struct cli_status_rsp r = { .volname = (char *)"v",
		.cmd = CLI_STATUS_VOL | CLI_STATUS_DETAIL,
		.vol_id = (char *)"id", .bricks = b, .nbricks = 1,
		.others = dm, .nothers = 1 }, o;
	const char *bad = NULL;
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_status_rsp_encode(&r, d), 0);
	assert_string_equal(dict_get_str(d, "type"), "-1");
	assert_string_equal(dict_get_str(d, "hot_brick_count"), "-1");
	assert_false(dict_has(d, "brick1.rdma_port"));
	assert_false(dict_has(d, "tasks"));
	assert_int_equal(cli_status_rsp_decode(d, &o, NULL), 0);
	assert_int_equal(o.nbricks, 1);
	assert_int_equal(o.nothers, 1);
	assert_true(o.others[0].is_daemon);
	assert_false(o.bricks[0].is_daemon);
	assert_int_equal(o.bricks[0].free, 1024);
	assert_string_equal(o.bricks[0].device, "/dev/x");
	cli_status_rsp_release(&o);
	/* an incomplete entry is skipped, a missing header key fails */
	dict_del(d, "brick1.pid");
	assert_int_equal(cli_status_rsp_decode(d, &o, NULL), 0);
	assert_int_equal(o.nothers, 0);
	cli_status_rsp_release(&o);
	dict_del(d, "hot_brick_count");
	assert_int_equal(cli_status_rsp_decode(d, &o, &bad), -ENOENT);
	assert_string_equal(bad, "hot_brick_count");
	cli_status_rsp_release(&o);
	dict_unref(d);
}

static void test_kv_req_keeps_order(void **state)
{
	struct cli_kv_req r = { 0 };
	const char *kv[] = { "volname", "v", "barrier", "enable", "cmd-str",
			     "c" };
	struct dict *d = dict_new();

	(void)state;
	assert_int_equal(cli_kv_req_add(&r, "volname", "v"), 0);
	assert_int_equal(cli_kv_req_add(&r, "barrier", "enable"), 0);
	assert_int_equal(cli_kv_req_add(&r, "cmd-str", "c"), 0);
	assert_int_equal(cli_kv_req_add(&r, NULL, "x"), -EINVAL);
	assert_int_equal(cli_kv_req_encode(&r, d), 0);
	assert_wire(d, kv, 3);
	cli_kv_req_release(&r);
	cli_kv_req_release(NULL);
	dict_unref(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_getvol_flags3_wire),
		cmocka_unit_test(test_getvol_cursor_wire),
		cmocka_unit_test(test_create_disperse_wire),
		cmocka_unit_test(test_create_arbiter_wire),
		cmocka_unit_test(test_set_wire_count_is_twice_pairs),
		cmocka_unit_test(test_set_all_and_help_wire),
		cmocka_unit_test(test_peer_and_volop_wire),
		cmocka_unit_test(test_rmbrick_forms_wire),
		cmocka_unit_test(test_status_wire),
		cmocka_unit_test(test_create_roundtrip_thin_arbiter),
		cmocka_unit_test(test_create_decode_errors),
		cmocka_unit_test(test_set_roundtrip_and_errors),
		cmocka_unit_test(test_small_requests_roundtrip),
		cmocka_unit_test(test_rmbrick_decode_without_count),
		cmocka_unit_test(test_volinfo_roundtrip),
		cmocka_unit_test(test_volinfo_missing_keys),
		cmocka_unit_test(test_lists_roundtrip),
		cmocka_unit_test(test_get_rsp_roundtrip),
		cmocka_unit_test(test_peer_list_roundtrip),
		cmocka_unit_test(test_status_rsp_roundtrip),
		cmocka_unit_test(test_kv_req_keeps_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
