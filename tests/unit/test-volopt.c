/* Unit tests of volopt. Expected texts are what GlusterFS 10.3 answered
 * for the same requests (captured against the installed 10.3 glusterd);
 * the `volume get` listings are compared with the reference captures in
 * tests/golden/volopt.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "glusterd/volopt.h"

#ifndef GOLDEN_DIR
#define GOLDEN_DIR "tests/golden"
#endif

/* ---- fixtures ------------------------------------------------------------- */

#define MAX_OPTS 64

struct store {
	const char *k[MAX_OPTS];
	const char *v[MAX_OPTS];
	size_t n;
};

static const char *store_get(void *arg, const char *key)
{
	const struct store *s = arg;
	size_t i;

	for (i = 0; i < s->n; i++)
		if (!strcmp(s->k[i], key))
			return s->v[i];
	return NULL;
}

static void store_set(struct store *s, const char *key, const char *value)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		if (!strcmp(s->k[i], key)) {
			s->v[i] = value;
			return;
		}
	}
	assert_true(s->n < MAX_OPTS);
	s->k[s->n] = key;
	s->v[s->n++] = value;
}

struct fixture {
	struct volopt_vol_facts vol;
	struct volopt_brick bricks[3];
	struct store opts;
	struct store globals;
	struct volopt_set_ctx ctx;
};

enum { DIST, REP3, DISP };

static void fixture_init(struct fixture *f, int kind)
{
	static const char *const dist[] = { "/tmp/ref-opt/b/b1" };
	static const char *const rep[] = { "/tmp/ref-opt/b/r1", "/tmp/ref-opt/b/r2",
					   "/tmp/ref-opt/b/r3" };
	static const char *const disp[] = { "/tmp/ref-opt/b/d1", "/tmp/ref-opt/b/d2",
					    "/tmp/ref-opt/b/d3" };
	const char *const *paths = kind == DIST ? dist : kind == REP3 ? rep : disp;
	size_t n = kind == DIST ? 1 : 3, i;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < n; i++) {
		f->bricks[i].path = paths[i];
		f->bricks[i].local = true;
	}
	f->vol.name = kind == DIST ? "v1" : kind == REP3 ? "r3" : "d3";
	f->vol.type = kind == DIST ? VOLOPT_VOL_DISTRIBUTE
		      : kind == REP3 ? VOLOPT_VOL_REPLICATE
				     : VOLOPT_VOL_DISPERSE;
	f->vol.status = VOLOPT_VOL_CREATED;
	f->vol.transport = VOLOPT_TRANSPORT_TCP;
	f->vol.replica_count = kind == REP3 ? 3 : 1;
	f->vol.disperse_count = kind == DISP ? 3 : 0;
	f->vol.redundancy_count = kind == DISP ? 1 : 0;
	f->vol.bricks = f->bricks;
	f->vol.n_bricks = n;
	f->vol.get = store_get;
	f->vol.get_arg = &f->opts;
	store_set(&f->opts, "storage.fips-mode-rchecksum", "on");
	store_set(&f->opts, "transport.address-family", "inet");
	store_set(&f->opts, "nfs.disable", "on");
	if (kind == REP3)
		store_set(&f->opts, "performance.client-io-threads", "off");
	f->ctx.vol = &f->vol;
	f->ctx.cluster_op_version = 100000;
	f->ctx.global_get = store_get;
	f->ctx.global_arg = &f->globals;
	f->ctx.workdir = "/nonexistent-volopt-wd";
	f->ctx.key_index = 1;
	f->ctx.nprocs = 2;
}

/* Runs a set and compares the outcome: expect NULL means success. */
static void expect_set(struct fixture *f, const char *key, const char *value,
		       const char *expect, const char *canon)
{
	char *ck = NULL, *cv = NULL, *err = NULL;
	int r = volopt_check_set(&f->ctx, key, value, &ck, &cv, &err);

	if (!expect) {
		if (r)
			fail_msg("set %s %s: unexpected failure: %s", key, value,
				 err ? err : "(null)");
		assert_non_null(ck);
		assert_non_null(cv);
		if (canon)
			assert_string_equal(ck, canon);
	} else {
		if (!r)
			fail_msg("set %s %s: unexpected success (want: %s)", key,
				 value, expect);
		assert_int_equal(r, -EINVAL);
		assert_non_null(err);
		assert_string_equal(err, expect);
		assert_null(ck);
		assert_null(cv);
	}
	free(ck);
	free(cv);
	free(err);
}

struct set_case {
	int kind;
	const char *key, *value, *expect;
};

static void run_set_cases(const struct set_case *c, size_t n)
{
	struct fixture f;
	size_t i;

	for (i = 0; i < n; i++) {
		fixture_init(&f, c[i].kind);
		expect_set(&f, c[i].key, c[i].value, c[i].expect, NULL);
	}
}

#define VF VOLOPT_MSG_VALIDATION_FAILED
#define N_(a) (sizeof(a) / sizeof((a)[0]))

/* ---- table and lookup ------------------------------------------------------ */

static void test_table(void **state)
{
	const struct volopt *o;
	size_t listed = 0, i;

	(void)state;
	assert_int_equal(volopt_table_len, 395);
	assert_string_equal(volopt_table[0].key, "cluster.lookup-unhashed");
	assert_string_equal(volopt_table[volopt_table_len - 1].key,
			    "rebalance.ensure-durability");
	for (i = 0; i < volopt_table_len; i++)
		listed += volopt_table[i].get_display != NULL;
	assert_int_equal(listed, 342);

	o = volopt_find("performance.cache-size");
	assert_non_null(o);
	assert_string_equal(o->xlator, "performance/io-cache");
	assert_string_equal(o->get_display, "32MB (DEFAULT)");
	o = volopt_find_next(o);
	assert_non_null(o);
	assert_string_equal(o->xlator, "performance/quick-read");
	assert_string_equal(o->get_display, "128MB (DEFAULT)");
	assert_null(volopt_find_next(o));

	o = volopt_find("performance.write-behind");
	assert_true(o->flags & VOLOPT_XLATOR_TOGGLE);
	assert_true(o->flags & VOLOPT_CLIENT);
	assert_string_equal(o->value, "on");
	assert_string_equal(volopt_option_name(o), "!perf");
	o = volopt_find("network.ping-timeout");
	assert_string_equal(volopt_option_name(o), "ping-timeout");
	assert_true(volopt_find("features.quota")->flags & VOLOPT_NEVER_RESET);
	assert_true(volopt_find("features.bitrot")->flags & VOLOPT_FORCE);
	assert_true(volopt_find("geo-replication.indexing")->flags & VOLOPT_FORCE);
	assert_true(volopt_find("cluster.op-version")->flags & VOLOPT_GLOBAL);
	assert_false(volopt_find("cluster.server-quorum-type")->flags &
		     VOLOPT_GLOBAL);
	assert_int_equal(volopt_find("storage.fips-mode-rchecksum")->op_version,
			 40000);
	assert_null(volopt_find("no.such.key"));
	assert_null(volopt_find(NULL));
	assert_true(volopt_is_global("cluster.brick-graceful-cleanup"));
	assert_false(volopt_is_global("network.ping-timeout"));
}

static void test_complete(void **state)
{
	const struct volopt *o;

	(void)state;
	assert_int_equal(volopt_complete("cache-size", &o), 0);
	assert_string_equal(o->key, "performance.cache-size");
	assert_int_equal(volopt_complete("ping-timeout", &o), 0);
	assert_string_equal(o->key, "network.ping-timeout");
	assert_int_equal(volopt_complete("write-behind", &o), 0);
	assert_string_equal(o->key, "performance.write-behind");
	assert_int_equal(volopt_complete("op-version", &o), 0);
	assert_string_equal(o->key, "cluster.op-version");
	assert_int_equal(volopt_complete("auth.allow", &o), 0);
	assert_string_equal(o->key, "auth.allow");
	/* two domains share it: not unique */
	assert_int_equal(volopt_complete("eager-lock", &o), -ENOENT);
	assert_null(o);
	assert_int_equal(volopt_complete("shd-max-threads", &o), -ENOENT);
	/* only the part after the first dot, and only without a dot */
	assert_int_equal(volopt_complete("nfs.flush-behind", &o), -ENOENT);
	assert_int_equal(volopt_complete("flush-behind", &o), 0);
	assert_string_equal(o->key, "performance.flush-behind");
	assert_int_equal(volopt_complete("", &o), -ENOENT);
	assert_int_equal(volopt_complete("user.smb", &o), -ENOENT);
	assert_true(volopt_is_user_key("user.smb"));
	assert_false(volopt_is_user_key("users.smb"));
}

/* 10.3's "Did you mean" texts for typical typos. */
static void test_suggest(void **state)
{
	static const char *const cases[][2] = {
		{ "nosuch.key", "auth.allow or ...reject" },
		{ "no.such.key", "nfs.acl or ...disable" },
		{ "user2.foo", "cluster.nufa" },
		{ "user.foo", "cluster.nufa" },
		{ "performance.cache-sise", "performance.cache-size" },
		{ "perfomance.cache-size", "performance.cache-size" },
		{ "cluster.quorum-typ", "cluster.quorum-type" },
		{ "network.ping-timout", "network.ping-timeout" },
		{ "auth.alow", "auth.allow" },
		{ "storage.owner-iud", "storage.owner-gid or ...owner-uid" },
		{ "eager-lock", "eager-lock" },
		{ "nosuch", "anonuid or nfs" },
		{ "all", "acl" },
		{ "x", "acl or drc" },
		{ "a.b", "auth.allow" },
		{ "performance.",
		  "performance.aggregate-size or ...cache-capability-xattrs" },
		{ ".cache-size", "auth.allow or ...reject" },
		{ "cluster.self-heal", "cluster.data-self-heal" },
		{ "performance.nfs.foo", "performance.nfs" },
		{ "glusterd.vol_count", "glusterd.vol_count_per_thread" },
		{ "rebalance.x", "rebalance.ensure-durability" },
		{ "ganesha.enabel", "ganesha.enable" },
		{ "disperse.eager-lok", "disperse.eager-lock" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N_(cases); i++) {
		char *h = volopt_suggest(cases[i][0]);

		assert_non_null(h);
		assert_string_equal(h, cases[i][1]);
		free(h);
	}
	assert_null(volopt_suggest(NULL));
}

/* ---- value parsing ---------------------------------------------------------- */

static void test_parsers(void **state)
{
	uint64_t u;
	int64_t i;
	double d;
	bool b;

	(void)state;
	assert_int_equal(volopt_parse_bool("ENABLE", &b), 0);
	assert_true(b);
	assert_int_equal(volopt_parse_bool("0", &b), 0);
	assert_false(b);
	assert_int_equal(volopt_parse_bool("y", &b), -EINVAL);
	assert_int_equal(volopt_parse_size("64mb", &u), 0);
	assert_int_equal(u, 64ULL << 20);
	assert_int_equal(volopt_parse_size("1.5MB", &u), 0);
	assert_int_equal(u, 1572864);
	assert_int_equal(volopt_parse_size("100B", &u), 0);
	assert_int_equal(u, 100);
	assert_int_equal(volopt_parse_size("64M", &u), -EINVAL);
	assert_int_equal(volopt_parse_size("0x10", &u), -EINVAL);
	assert_int_equal(volopt_parse_size("-1", &u), -EINVAL);
	assert_int_equal(volopt_parse_size("18446744073709551615", &u), -EINVAL);
	assert_int_equal(volopt_parse_time("2h", &i), 0);
	assert_int_equal(i, 7200);
	assert_int_equal(volopt_parse_time("1wk", &i), 0);
	assert_int_equal(i, 604800);
	assert_int_equal(volopt_parse_time("0x10", &i), 0);
	assert_int_equal(i, 16);
	assert_int_equal(volopt_parse_time("20S", &i), -EINVAL);
	assert_int_equal(volopt_parse_time("1.5", &i), -EINVAL);
	assert_int_equal(volopt_parse_int64("010", &i), 0);
	assert_int_equal(i, 8);
	assert_int_equal(volopt_parse_int64("08", &i), -EINVAL);
	assert_int_equal(volopt_parse_percent("5.5%", &d), 0);
	assert_int_equal(volopt_parse_percent("-5%", &d), -EINVAL);
	assert_int_equal(volopt_parse_uint64("-1", &u), -EINVAL);
}

/* ---- volume set -------------------------------------------------------------- */

static void test_set_values(void **state)
{
	static const struct set_case c[] = {
		{ DIST, "performance.write-behind", "maybe", VF },
		{ DIST, "performance.client-io-threads", "maybe", VF },
		{ DIST, "performance.io-cache", "maybe", VF },
		{ DIST, "features.shard", "maybe", VF },
		{ DIST, "network.compression", "maybe", VF },
		{ DIST, "geo-replication.indexing", "maybe", VF },
		{ DIST, "features.cloudsync", "maybe", VF },
		{ DIST, "geo-replication.ignore-pid-check", "maybe", NULL },
		{ DIST, "performance.cache-size", "256XB",
		  "invalid number format \"256XB\" in option \"cache-size\"" },
		{ DIST, "network.ping-timeout", "abc",
		  "invalid time format \"abc\" in \"option ping-timeout\"" },
		{ DIST, "network.ping-timeout", "2000",
		  "'2000' in 'option ping-timeout 2000' is out of range [0 - 1013]" },
		{ DIST, "network.ping-timeout", "2h",
		  "'7200' in 'option ping-timeout 2h' is out of range [0 - 1013]" },
		{ DIST, "network.ping-timeout", " 20 ", NULL },
		{ DIST, "auth.allow", "badhost!",
		  "option auth.addr./tmp/ref-opt/b/b1.allow badhost!: 'badhost!' is not a valid internet-address-list" },
		{ DIST, "auth.reject", "a..b",
		  "option auth.addr./tmp/ref-opt/b/b1.reject a..b: 'a..b' is not a valid internet-address-list" },
		{ DIST, "performance.flush-behind", "maybe",
		  "option flush-behind maybe: 'maybe' is not a valid boolean value" },
		{ DIST, "performance.flush-behind", "DISABLE", NULL },
		{ DIST, "performance.io-thread-count", "0",
		  "'0' in 'option thread-count 0' is out of range [1 - 64]" },
		{ DIST, "performance.io-thread-count", "abc",
		  "invalid number format \"abc\" in option \"thread-count\"" },
		{ DIST, "performance.io-thread-count", "-0",
		  "invalid number format \"-0\" in option \"thread-count\"" },
		{ DIST, "performance.io-thread-count", "0x10", NULL },
		{ DIST, "cluster.min-free-disk", "abc",
		  "invalid number format \"abc\" in \"option min-free-disk\"" },
		{ DIST, "cluster.min-free-disk", "101%",
		  "'101.000000' in 'option min-free-disk 101%' is out of range [0 - 100]" },
		{ DIST, "cluster.min-free-disk", "1.5MB",
		  "'1572864.000000' in 'option min-free-disk 1.5MB' should not be fractional value. Use valid unsigned integer value." },
		{ DIST, "cluster.min-free-disk", "100B",
		  "invalid number format \"100B\" in \"option min-free-disk\"" },
		{ DIST, "cluster.min-free-disk", "10KB", NULL },
		{ DIST, "cluster.min-free-inodes", "abc",
		  "invalid percent format \"abc\" in \"option min-free-inodes\"" },
		{ DIST, "cluster.min-free-inodes", "120%",
		  "'120.000000' in 'option min-free-inodes 120%' is out of range [0 - 100]" },
		{ DIST, "network.inode-lru-limit", "-5",
		  "'-5' in 'option inode-lru-limit -5' is out of range [0 - 1048576]" },
		{ DIST, "storage.owner-uid", "-2",
		  "'-2' in 'option brick-uid -2' is smaller than minimum value '-1'" },
		{ DIST, "storage.owner-uid", "abc",
		  "invalid number format \"abc\" in option \"brick-uid\"" },
		{ DIST, "storage.force-create-mode", "0999",
		  "invalid number format \"0999\" in option \"force-create-mode\"" },
		{ DIST, "storage.create-mask", "1000",
		  "'1000' in 'option create-mask 1000' is out of range [0 - 511]" },
		{ DIST, "storage.reserve", "100000", NULL },
		{ DIST, "storage.reserve", "101%",
		  "'101.000000' in 'option reserve 101%' is out of range [0 - 100]" },
		{ DIST, "network.tcp-window-size", "2MB",
		  "'2097152' in 'option tcp-window-size 2MB' is out of range [0 - 1048576]" },
		{ DIST, "performance.write-behind-window-size", "1KB",
		  "'1024' in 'option cache-size 1KB' is out of range [524288 - 1073741824]" },
		{ DIST, "performance.write-behind-window-size", "64M",
		  "invalid number format \"64M\" in option \"cache-size\"" },
		{ DIST, "performance.nfs.flush-behind", "maybe",
		  "option flush-behind maybe: 'maybe' is not a valid boolean value" },
		{ DIST, "diagnostics.brick-log-level", "debug",
		  "option log-level debug: 'debug' is not valid (possible options are DEBUG, WARNING, ERROR, INFO, CRITICAL, NONE, TRACE.)" },
		{ DIST, "diagnostics.client-sys-log-level", "DEBUG",
		  "option sys-log-level DEBUG: 'DEBUG' is not valid (possible options are WARNING, ERROR, INFO, CRITICAL.)" },
		{ DIST, "diagnostics.brick-log-buf-size", "30",
		  "'30' in 'option log-buf-size 30' is out of range [0 - 20]" },
		{ DIST, "diagnostics.client-log-flush-timeout", "5",
		  "'5' in 'option log-flush-timeout 5' is out of range [30 - 300]" },
		{ DIST, "config.brick-threads", "abc",
		  "invalid number format \"abc\" in option \"threads\"" },
		{ DIST, "changelog.changelog-dir", "rel",
		  "option changelog-dir rel: 'rel' is not an absolute path name" },
		{ DIST, "changelog.changelog-dir", "/a/../b",
		  "invalid path given '/a/../b'" },
		{ DIST, "changelog.encoding", "bad",
		  "option encoding bad: 'bad' is not valid (possible options are binary, ascii.)" },
		{ DIST, "server.tcp-user-timeout", "abc",
		  "invalid time format \"abc\" in \"option transport.tcp-user-timeout\"" },
		{ DIST, "server.outstanding-rpc-limit", "70000",
		  "'70000' in 'option rpc.outstanding-rpc-limit 70000' is out of range [0 - 65536]" },
		{ DIST, "server.anonuid", "4294967296",
		  "'4294967296' in 'option anonuid 4294967296' is out of range [0 - 4294967295]" },
		{ DIST, "network.remote-dio", "maybe",
		  "option filter-O_DIRECT maybe: 'maybe' is not a valid boolean value" },
		{ DIST, "client.event-threads", "0",
		  "'0' in 'option event-threads 0' is out of range [1 - 32]" },
		{ DIST, "server.event-threads", "0",
		  "'0' in 'option event-threads 0' is out of range [1 - 1024]" },
		{ DIST, "dht.force-readdirp", "maybe",
		  "option use-readdirp maybe: 'maybe' is not a valid boolean value" },
		{ DIST, "performance.md-cache-timeout", "601",
		  "'601' in 'option md-cache-timeout 601' is out of range [0 - 600]" },
		{ DIST, "performance.quick-read-cache-timeout", "abc",
		  "invalid number format \"abc\" in option \"cache-timeout\"" },
		{ DIST, "storage.max-hardlinks", "-1",
		  "'-1' in 'option max-hardlinks -1' is smaller than minimum value '0'" },
		{ DIST, "storage.linux-aio", "maybe",
		  "option linux-aio maybe: 'maybe' is not a valid boolean value" },
		/* translators not in any graph of these volumes: not checked */
		{ DIST, "cluster.quorum-type", "bad", NULL },
		{ DIST, "cluster.read-subvolume", "nosuchvol", NULL },
		{ DIST, "performance.cache-priority", "bad", NULL },
		{ DIST, "performance.read-ahead-page-count", "100", NULL },
		{ DIST, "features.shard-block-size", "1KB", NULL },
		{ DIST, "features.timeout", "abc", NULL },
		{ DIST, "client.tcp-user-timeout", "abc", NULL },
		{ DIST, "client.send-gids", "maybe", NULL },
		{ DIST, "server.ssl", "maybe", NULL },
		{ DIST, "ssl.certificate-depth", "abc", NULL },
		{ DIST, "transport.address-family", "inet7", NULL },
		{ DIST, "nfs.disable", "maybe", NULL },
		{ DIST, "features.expiry-time", "abc", NULL },
		{ REP3, "cluster.quorum-type", "bad",
		  "option quorum-type bad: 'bad' is not valid (possible options are none, auto, fixed.)" },
		{ REP3, "cluster.data-self-heal", "maybe",
		  "option data-self-heal maybe: 'maybe' is not valid (possible options are 1, on, yes, true, enable, 0, off, no, false, disable, open.)" },
		{ REP3, "cluster.data-self-heal", "open", NULL },
		{ REP3, "cluster.self-heal-daemon", "maybe",
		  "option self-heal-daemon maybe: 'maybe' is not a valid boolean value" },
		{ REP3, "cluster.heal-timeout", "1",
		  "'1' in 'option heal-timeout 1' is out of range [5 - 2147483647]" },
		{ DISP, "cluster.heal-timeout", "10",
		  "'10' in 'option heal-timeout 10' is out of range [60 - 2147483647]" },
		{ REP3, "cluster.read-subvolume", "r3-client-0", NULL },
		{ REP3, "cluster.read-subvolume", "bad",
		  "option read-subvolume bad: 'bad' is not a valid volume name" },
		{ REP3, "cluster.shd-max-threads", "100",
		  "'100' in 'option shd-max-threads 100' is out of range [1 - 64]" },
		{ DISP, "disperse.shd-max-threads", "100",
		  "'100' in 'option shd-max-threads 100' is out of range [1 - 64]" },
		{ DISP, "cluster.disperse-self-heal-daemon", "maybe",
		  "option self-heal-daemon maybe: 'maybe' is not a valid boolean value" },
		{ DIST, "user.foo", "bar", NULL },
		{ DIST, "user.sp", " a b ", NULL },
	};

	(void)state;
	run_set_cases(c, N_(c));
}

static void test_set_address_lists(void **state)
{
	static const char *const good[] = {
		"10.0.0.*", "10.0.*", "10.0.0.0/24", "host-1.example.com", "::1",
		"fe80::1%eth0", "1.2.3.4.5", "*", "/dir(1.2.3.4|host)", "1.2.3",
		"2001:db8::*", "/d(*)", "/d(1.2.3.4|)", ",", "1.2.3.4,", "123",
		"0x1.2.3.4", "01.02.03.04", "127.3.0.1,127.3.0.2",
	};
	static const char *const bad[] = {
		"10.0.0.0/33", "10.0.0.0/0", "-bad", "a..b", "/dir", "x(1.2.3.4)",
		"host_name", "1.2.3.4,badhost!", "a.", "a-", "1.2.3.",
		"2001:db8:::1", "1:2:3:4:5:6:7:8:9", "abc*", "*.example.com",
		"exa*mple", "/d()", "1.2.3.-4",
	};
	struct fixture f;
	char want[512];
	size_t i;

	(void)state;
	fixture_init(&f, DIST);
	for (i = 0; i < N_(good); i++)
		expect_set(&f, "auth.allow", good[i], NULL, "auth.allow");
	for (i = 0; i < N_(bad); i++) {
		snprintf(want, sizeof(want),
			 "option auth.addr./tmp/ref-opt/b/b1.allow %s: '%s' is not a valid internet-address-list",
			 bad[i], bad[i]);
		expect_set(&f, "auth.allow", bad[i], want, NULL);
	}
}

static void test_set_keys(void **state)
{
	static const struct set_case c[] = {
		{ DIST, "nosuch.key", "1",
		  "option : nosuch.key does not exist\nDid you mean auth.allow or ...reject?" },
		{ DIST, "no.such.key", "1",
		  "option : no.such.key does not exist\nDid you mean nfs.acl or ...disable?" },
		{ DIST, "eager-lock", "on",
		  "option : eager-lock does not exist\nDid you mean eager-lock?" },
		{ DIST, "features.quota-timeout", "5",
		  "option : features.quota-timeout does not exist\nDid you mean features.soft-timeout?" },
		{ DIST, "all", "x", "option : all does not exist\nDid you mean acl?" },
		{ DIST, "features.quota", "on",
		  " 'gluster volume set <VOLNAME> features.quota on' is deprecated. Use 'gluster volume quota <VOLNAME> enable' instead." },
		{ DIST, "features.quota", "off",
		  " 'gluster volume set <VOLNAME> features.quota off' is deprecated. Use 'gluster volume quota <VOLNAME> disable' instead." },
		{ DIST, "quota", "on",
		  " 'gluster volume set <VOLNAME> quota on' is deprecated. Use 'gluster volume quota <VOLNAME> enable' instead." },
		{ DIST, "features.inode-quota", "on",
		  " 'gluster volume set <VOLNAME> features.inode-quota on' is deprecated. Use 'gluster volume inode-quota <VOLNAME> enable' instead." },
		{ DIST, "features.inode-quota", "off",
		  " 'gluster volume set <VOLNAME> features.inode-quota off' is deprecated. Use 'gluster volume quota <VOLNAME> disable' instead." },
		{ DIST, "features.quota", "maybe", VF },
		{ DIST, "inode-quota", "maybe", VF },
		{ DIST, "features.bitrot", "maybe",
		  " 'gluster volume set <VOLNAME> features.bitrot' is invalid command. Use 'gluster volume bitrot <VOLNAME> {enable|disable}' instead." },
		{ DIST, "scrub-throttle", "x",
		  " 'gluster volume set <VOLNAME> scrub-throttle' is invalid command. Use 'gluster volume bitrot <VOLNAME> scrub-throttle  {lazy|normal|aggressive}' instead." },
		{ DIST, "features.scrub-freq", "x",
		  " 'gluster volume set <VOLNAME> features.scrub-freq' is invalid command. Use 'gluster volume bitrot <VOLNAME> scrub-frequency {hourly|daily|weekly|biweekly|monthly}' instead." },
		{ DIST, "features.scrub", "maybe",
		  " 'gluster volume set <VOLNAME> features.scrub' is invalid command. Use 'gluster volume bitrot <VOLNAME> scrub {pause|resume}' instead." },
		{ DIST, "cluster.op-version", "90000",
		  "Option \"cluster.op-version\" is not valid for a single volume" },
		{ DIST, "cluster.server-quorum-ratio", "60",
		  "Not a valid option for single volume" },
		{ DIST, "cluster.brick-multiplex", "on",
		  "Not a valid option for single volume" },
		{ DIST, "cluster.max-op-version", "1", "Not a valid option to set" },
		{ DIST, "cluster.server-quorum-type", "bad",
		  "option server-quorum-type bad: 'bad' is not valid (possible options are none, server.)" },
		{ DIST, "cluster.server-quorum-type", "off",
		  "option server-quorum-type off: 'off' is not valid (possible options are none, server.)" },
		{ DIST, "cluster.server-quorum-type", "server", NULL },
		{ DIST, "config.transport", "rcp", "transport-type rcp does not exist" },
		{ DIST, "config.transport", "TCP", NULL },
		{ DIST, "config.memory-accounting", "maybe", VOLOPT_MSG_COMMIT_FAILED },
		{ DIST, "config.memory-accounting", "on", NULL },
		{ DIST, "config.gfproxyd", "maybe", VOLOPT_MSG_COMMIT_FAILED },
		{ DIST, "cluster.switch", "on", NULL },
		{ DIST, "cluster.nufa", "maybe", NULL },
		{ DIST, "changelog.changelog", "maybe", VF },
		{ DIST, "ganesha.enable", "bad",
		  "Invalid value for volume set command. Use on/off only." },
		{ DIST, "ganesha.enable", "on",
		  "The option nfs-ganesha should be enabled before setting ganesha.enable." },
		{ DIST, "ganesha.enable", "off", "ganesha.enable is already 'off'." },
		{ DIST, "features.trash-dir", "foo",
		  "Trash translator is not enabled. Use volume set v1 trash on" },
		{ DIST, "cluster.granular-entry-heal", "off", NULL },
	};
	struct fixture f;

	(void)state;
	run_set_cases(c, N_(c));

	fixture_init(&f, DIST);
	expect_set(&f, "cache-size", "64 MB", NULL, "performance.cache-size");
	expect_set(&f, "write-behind", "off", NULL, "performance.write-behind");
	expect_set(&f, "user.smb", "enable", NULL, "user.smb");

	/* nufa and switch together: accepted at stage, refused at commit */
	store_set(&f.opts, "cluster.nufa", "maybe");
	expect_set(&f, "cluster.switch", "maybe", VOLOPT_MSG_COMMIT_FAILED, NULL);
	expect_set(&f, "cluster.switch", "off", NULL, NULL);
	store_set(&f.opts, "cluster.nufa", "off");
	expect_set(&f, "cluster.switch", "on", NULL, NULL);
}

static void test_set_value_blanks(void **state)
{
	struct fixture f;
	char *ck, *cv, *err;

	(void)state;
	fixture_init(&f, DIST);
	assert_int_equal(volopt_check_set(&f.ctx, "performance.write-behind-window-size",
					  "64 MB", &ck, &cv, &err), 0);
	assert_string_equal(cv, "64MB");
	free(ck);
	free(cv);
	assert_int_equal(volopt_check_set(&f.ctx, "user.x", " a b ", &ck, &cv,
					  &err), 0);
	assert_string_equal(cv, " a b ");
	free(ck);
	free(cv);
}

static void test_set_dedicated(void **state)
{
	static const struct set_case c[] = {
		{ DIST, "cluster.subvols-per-directory", "5",
		  "subvols-per-directory(5) is greater than the number of subvolumes(1)." },
		{ DIST, "subvols-per-directory", "3",
		  "subvols-per-directory(3) is greater than the number of subvolumes(1)." },
		{ DIST, "cluster.subvols-per-directory", "abc",
		  "invalid number format \"abc\" in option \"directory-layout-spread\"" },
		{ DIST, "cluster.subvols-per-directory", "0",
		  "'0' in 'option directory-layout-spread 0' is smaller than minimum value '1'" },
		{ DIST, "cluster.subvols-per-directory", "1", NULL },
		{ DIST, "cluster.rebal-throttle", "bad",
		  "cluster.rebal-throttle should be {lazy|normal|aggressive} or a number up to number of cores available (cores available - 2)" },
		{ DIST, "cluster.rebal-throttle", "3",
		  "cluster.rebal-throttle should be within range of 0 and maximum number of cores available (cores available - 2)" },
		{ DIST, "cluster.rebal-throttle", "0",
		  "cluster.rebal-throttle should be within range of 0 and maximum number of cores available (cores available - 2)" },
		{ DIST, "cluster.rebal-throttle", "2", NULL },
		{ DIST, "cluster.rebal-throttle", "AGGRESSIVE", NULL },
		{ REP3, "cluster.lock-migration", "on",
		  "Lock migration is a experimental feature. Currently works with pure distribute volume only" },
		{ DIST, "cluster.lock-migration", "maybe",
		  "Invalid value for volume set command. Use on/off only." },
		{ DIST, "lock-migration", "on", NULL },
		{ DIST, "cluster.metadata-self-heal", "on",
		  "Cannot set cluster.metadata-self-heal for a non-replicate volume." },
		{ DIST, "cluster.shd-max-threads", "abc",
		  "Cannot set cluster.shd-max-threads for a non-replicate volume." },
		{ DIST, "cluster.self-heal-daemon", "on",
		  "Volume v1 is not of replicate type" },
		{ DISP, "cluster.self-heal-daemon", "on",
		  "Volume d3 is not of replicate type" },
		{ REP3, "cluster.quorum-count", "5",
		  "5 in cluster.quorum-count 5 is out of range [1 - 3]" },
		{ REP3, "cluster.quorum-count", "05",
		  "5 in cluster.quorum-count 5 is out of range [1 - 3]" },
		{ REP3, "quorum-count", "9", "9 in quorum-count 9 is out of range [1 - 3]" },
		{ REP3, "cluster.quorum-count", "abc",
		  "abc is not an integer. cluster.quorum-count expects a valid integer value." },
		{ DIST, "cluster.quorum-count", "5",
		  "5 in cluster.quorum-count 5 is out of range [1 - 1]" },
		{ REP3, "cluster.quorum-count", "2", NULL },
		{ DIST, "client.strict-locks", "maybe",
		  "maybe is not a valid boolean value. client.strict-locks expects a valid boolean value." },
		{ DIST, "server.statedump-path", "/nonexistent-volopt",
		  "Failed: /nonexistent-volopt is not a directory" },
		{ DIST, "server.statedump-path", "/tmp", NULL },
		{ DIST, "transport.listen-backlog", "abc",
		  "abc is not a compatible value. transport.listen-backlog expects an integer value." },
		{ DIST, "transport.listen-backlog", "-5",
		  "-5 is not a compatible value. transport.listen-backlog expects a positiveinteger value." },
		{ DIST, "transport.listen-backlog", "99999999999", NULL },
		{ DIST, "features.uss", "maybe",
		  "maybe is not a valid boolean value. features.uss expects a valid boolean value." },
		{ DIST, "uss", "maybe",
		  "maybe is not a valid boolean value. uss expects a valid boolean value." },
		{ DIST, "features.snapshot-directory", "snaps",
		  "features.snapshot-directory expects value starting with '.' " },
		{ DIST, "features.snapshot-directory", ".a/b",
		  "features.snapshot-directory expects value to contain only '0-9a-z-_'" },
		{ DIST, "features.snapshot-directory", "x",
		  "value of features.snapshot-directory too short, expects at least two characters" },
		{ DIST, "features.snapshot-directory", ".Snap", NULL },
		{ DIST, "features.quota-deem-statfs", "on",
		  "Cannot set features.quota-deem-statfs. Enable quota first." },
		{ DIST, "features.worm", "maybe",
		  "maybe is not a valid boolean value. features.worm expects a valid boolean value." },
		{ DIST, "features.default-retention-period", "abc",
		  "abc is not a valid uint64_t value. features.default-retention-period expects a valid uint64_t value." },
		{ DIST, "features.auto-commit-period", "-1",
		  "-1 is not a valid uint64_t value. features.auto-commit-period expects a valid uint64_t value." },
		{ DIST, "features.retention-mode", "bad",
		  "The value of retention mode should be either relax or enterprise. But the value of features.retention-mode is bad" },
		{ DIST, "locks.mandatory-locking", "bad",
		  "Invalid option value 'bad': Available options are 'off', 'file', 'forced' or 'optimal'" },
		{ DIST, "locks.mandatory-locking", "file", NULL },
		{ DIST, "cluster.disperse-self-heal-daemon", "on",
		  "Volume v1 is not of disperse type" },
		{ DISP, "cluster.disperse-self-heal-daemon", "on", NULL },
		{ DIST, "disperse.shd-max-threads", "5",
		  "Cannot set disperse.shd-max-threads for a non-disperse volume." },
		{ DIST, "performance.parallel-readdir", "maybe",
		  "maybe is not a valid boolean value. performance.parallel-readdir expects a valid boolean value." },
		{ DIST, "performance.rda-cache-limit", "abc", VF },
		{ DIST, "performance.rda-cache-limit", "2GB", NULL },
		{ DIST, "disperse.quorum-count", "abc",
		  "abc is not an integer. disperse.quorum-count expects a valid integer value." },
		{ DIST, "disperse.quorum-count", "2",
		  "Cannot set disperse.quorum-count for a non-disperse volume." },
		{ DISP, "disperse.quorum-count", "5",
		  "5 for disperse.quorum-count is out of range [2 - 3]" },
		{ DISP, "disperse.quorum-count", "1",
		  "1 for disperse.quorum-count is out of range [2 - 3]" },
		{ DIST, "features.ctime", "maybe",
		  "maybe is not a valid boolean value. features.ctime expects a valid boolean value." },
		{ DIST, "ctime", "maybe",
		  "maybe is not a valid boolean value. ctime expects a valid boolean value." },
		{ DIST, "noatime", "maybe",
		  "maybe is not a valid boolean value. noatime expects a valid boolean value." },
		{ DIST, "features.enforce-mandatory-lock", "maybe",
		  "maybe is not a valid boolean value. features.enforce-mandatory-lock expects a valid boolean value." },
	};

	(void)state;
	run_set_cases(c, N_(c));
}

/* Turning a translator on makes it check the options stored for it. */
static void test_set_graph_model(void **state)
{
	struct fixture f;

	(void)state;
	fixture_init(&f, DIST);
	store_set(&f.opts, "performance.cache-priority", "bad");
	store_set(&f.opts, "performance.cache-max-file-size", "xyz");
	expect_set(&f, "performance.io-cache", "on",
		   "invalid number format \"xyz\" in option \"max-file-size\"", NULL);
	store_set(&f.opts, "performance.cache-max-file-size", "1MB");
	expect_set(&f, "performance.io-cache", "on",
		   "option priority bad: 'bad' is not a valid priority-list", NULL);
	store_set(&f.opts, "performance.cache-priority", "*.jpg:3,*.mp3:2");
	expect_set(&f, "performance.io-cache", "on", NULL, NULL);

	store_set(&f.opts, "performance.quick-read", "off");
	expect_set(&f, "performance.cache-size", "256XB", NULL, NULL);
	store_set(&f.opts, "performance.cache-size", "256XB");
	expect_set(&f, "performance.quick-read", "on",
		   "invalid number format \"256XB\" in option \"cache-size\"", NULL);

	store_set(&f.opts, "features.shard-block-size", "1KB");
	expect_set(&f, "features.shard", "on",
		   "'1024' in 'option shard-block-size 1KB' is out of range [4194304 - 4398046511104]",
		   NULL);
	store_set(&f.opts, "performance.read-ahead-page-count", "100");
	expect_set(&f, "performance.read-ahead", "on",
		   "'100' in 'option page-count 100' is out of range [1 - 16]", NULL);
	store_set(&f.opts, "performance.nl-cache-timeout", "abc");
	expect_set(&f, "performance.nl-cache", "on",
		   "invalid time format \"abc\" in \"option nl-cache-timeout\"", NULL);
	expect_set(&f, "performance.rda-low-wmark", "abc", NULL, NULL);
	store_set(&f.opts, "performance.parallel-readdir", "on");
	expect_set(&f, "performance.rda-low-wmark", "abc",
		   "invalid number format \"abc\" in option \"rda-low-wmark\"", NULL);
	expect_set(&f, "cluster.local-volume-name", "x", NULL, NULL);
	store_set(&f.opts, "cluster.nufa", "on");
	expect_set(&f, "cluster.local-volume-name", "x",
		   "option local-volume-name x: 'x' is not a valid volume name", NULL);
	expect_set(&f, "features.show-snapshot-directory", "maybe", NULL, NULL);
	store_set(&f.opts, "features.uss", "on");
	expect_set(&f, "features.show-snapshot-directory", "maybe",
		   "option show-snapshot-directory maybe: 'maybe' is not a valid boolean value",
		   NULL);

	/* min/max file sizes compared with the stored other one */
	fixture_init(&f, DIST);
	store_set(&f.opts, "performance.cache-max-file-size", "10MB");
	expect_set(&f, "performance.cache-min-file-size", "20MB",
		   "cache-min-file-size (20MB) is greater than cache-max-file-size (10MB)",
		   NULL);
	expect_set(&f, "cache-min-file-size", "2GB",
		   "cache-min-file-size (2GB) is greater than cache-max-file-size (10MB)",
		   NULL);
	expect_set(&f, "performance.cache-min-file-size", "100", NULL, NULL);
}

static void test_set_started(void **state)
{
	struct fixture f;

	(void)state;
	fixture_init(&f, DIST);
	f.vol.status = VOLOPT_VOL_STARTED;
	expect_set(&f, "storage.linux-aio", "on",
		   "Changing 'storage.linux-aio' is not supported when the volume is in started state. Please stop the volume first.",
		   NULL);
	expect_set(&f, "storage.linux-aio", "maybe",
		   "Changing 'storage.linux-aio' is not supported when the volume is in started state. Please stop the volume first.",
		   NULL);
	expect_set(&f, "storage.linux-io_uring", "on", NULL, NULL);
	expect_set(&f, "granular-entry-heal", "on",
		   " 'gluster volume set <VOLNAME> cluster.granular-entry-heal {enable, disable}' is not supported. Use 'gluster volume heal <VOLNAME> granular-entry-heal {enable, disable}' instead.",
		   NULL);
	f.ctx.via_heal = true;
	expect_set(&f, "cluster.granular-entry-heal", "on", NULL, NULL);
}

static void test_set_all(void **state)
{
	struct fixture f;

	(void)state;
	fixture_init(&f, DIST);
	f.ctx.vol = NULL;
	expect_set(&f, "network.ping-timeout", "10",
		   "Not a valid option for all volumes", NULL);
	expect_set(&f, "client.strict-locks", "on",
		   "Not a valid option for all volumes", NULL);
	expect_set(&f, "cluster.lock-migration", "on", VF, NULL);
	expect_set(&f, "features.uss", "on", VF, NULL);
	expect_set(&f, "user.foo", "bar", VOLOPT_MSG_COMMIT_FAILED, NULL);
	expect_set(&f, "nosuch.key", "1",
		   "option : nosuch.key does not exist\nDid you mean auth.allow or ...reject?",
		   NULL);
	expect_set(&f, "cluster.max-op-version", "5", "Not a valid option to set",
		   NULL);
	expect_set(&f, "cluster.server-quorum-type", "server",
		   "Not a valid option for all volumes", NULL);
	expect_set(&f, "cluster.server-quorum-ratio", "abc",
		   "invalid percent format \"abc\" in \"option server-quorum-ratio\"",
		   NULL);
	expect_set(&f, "cluster.server-quorum-ratio", "101",
		   "'101.000000' in 'option server-quorum-ratio 101' is out of range [0 - 100]",
		   NULL);
	expect_set(&f, "server-quorum-ratio", "60", NULL,
		   "cluster.server-quorum-ratio");
	expect_set(&f, "quorum-ratio", "60",
		   "option : quorum-ratio does not exist\nDid you mean quorum-reads?",
		   NULL);

	/* op-version */
	expect_set(&f, "cluster.op-version", "abc",
		   "invalid number format \"abc\" in option \"cluster.op-version\"",
		   NULL);
	expect_set(&f, "cluster.op-version", "72-000",
		   "invalid number format \"72-000\" in option \"cluster.op-version\"",
		   NULL);
	expect_set(&f, "cluster.op-version", "100000",
		   "Required op-version (100000) should not be equal or lower than current cluster op-version (100000).",
		   NULL);
	expect_set(&f, "op-version", "1",
		   "Required op-version (1) should not be equal or lower than current cluster op-version (100000).",
		   NULL);
	expect_set(&f, "cluster.op-version", "100001",
		   "Required op_version (100001) is not supported. Max supported op version is 100000",
		   NULL);
	expect_set(&f, "cluster.op-version", "0",
		   "Required op_version (0) is not supported. Max supported op version is 100000",
		   NULL);
	f.ctx.cluster_op_version = 90000;
	expect_set(&f, "cluster.op-version", "100001",
		   "Required op_version (100001) is not supported. Max supported op version is 90000",
		   NULL);
	expect_set(&f, "cluster.op-version", "80000",
		   "Required op-version (80000) should not be equal or lower than current cluster op-version (90000).",
		   NULL);
	expect_set(&f, "cluster.op-version", "100000", NULL, "cluster.op-version");
	f.ctx.key_index = 2;
	expect_set(&f, "cluster.op-version", "100000",
		   "Option \"cluster.op-version\" cannot be set along with other options",
		   NULL);
	f.ctx.key_index = 1;

	/* glusterd's own keys */
	expect_set(&f, "cluster.brick-multiplex", "maybe",
		   "maybe is not a valid boolean value. cluster.brick-multiplex expects a valid boolean value.",
		   NULL);
	expect_set(&f, "cluster.brick-multiplex", "off", NULL, NULL);
	expect_set(&f, "cluster.max-bricks-per-process", "300",
		   "Brick-multiplexing is not enabled. Please enable brick multiplexing before trying to set this option.",
		   NULL);
	expect_set(&f, "glusterd.vol_count_per_thread", "50",
		   "Brick-multiplexing is not enabled. Please enable brick multiplexing before trying to set this option.",
		   NULL);
	store_set(&f.globals, "cluster.brick-multiplex", "on");
	expect_set(&f, "cluster.max-bricks-per-process", "abc",
		   "abc is not a valid count. cluster.max-bricks-per-process expects an unsigned integer.",
		   NULL);
	expect_set(&f, "cluster.max-bricks-per-process", "-1",
		   "-1 is not a valid count. cluster.max-bricks-per-process expects an unsigned integer.",
		   NULL);
	expect_set(&f, "cluster.max-bricks-per-process", "0", NULL, NULL);
	expect_set(&f, "glusterd.vol_count_per_thread", "1000",
		   "Please set this option to a value between 5 and 200 tooptimize processing large numbers of volumes in parallel.",
		   NULL);
	expect_set(&f, "glusterd.vol_count_per_thread", "50", NULL, NULL);
	expect_set(&f, "cluster.localtime-logging", "bad",
		   "bad is not a valid boolean value. cluster.localtime-logging expects a valid boolean value.",
		   NULL);
	expect_set(&f, "cluster.localtime-logging", "on",
		   "Invalid option(on). Valid options are 'enable' and 'disable'", NULL);
	expect_set(&f, "cluster.localtime-logging", "enable", NULL, NULL);
	expect_set(&f, "cluster.daemon-log-level", "debug",
		   "Invalid option(debug). Valid options are 'INFO' or 'WARNING' or 'ERROR' or 'DEBUG' or  'TRACE'",
		   NULL);
	expect_set(&f, "cluster.daemon-log-level", "TRACE", NULL, NULL);
	expect_set(&f, "cluster.brick-graceful-cleanup", "maybe",
		   "maybe is not a valid boolean value. cluster.brick-graceful-cleanup expects a valid boolean value.",
		   NULL);
	expect_set(&f, "cluster.enable-shared-storage", "on",
		   "Invalid option(on). Valid options are 'enable' and 'disable'", NULL);
	expect_set(&f, "cluster.enable-shared-storage", "disable",
		   "The hook-script (/nonexistent-volopt-wd/hooks/1/set/post/S32gluster_enable_shared_storage.sh) required for this operation is not present. Please install the hook-script and retry",
		   NULL);
}

static void test_peer_op_version_and_notice(void **state)
{
	char *err;

	(void)state;
	assert_int_equal(volopt_check_peer_op_version("performance.nl-cache",
						      31100, &err), 0);
	assert_null(err);
	assert_int_equal(volopt_check_peer_op_version("performance.nl-cache",
						      31000, &err), -EINVAL);
	assert_string_equal(err, "option: performance.nl-cache op-version mismatch");
	free(err);
	assert_string_equal(volopt_set_notice("debug.trace", "posix"),
			    "debug.trace translator has been added to the server volume file. Please restart the volume for enabling the translator");
	assert_null(volopt_set_notice("debug.trace", "client"));
	assert_null(volopt_set_notice("debug.delay-gen", "on"));
}

/* ---- volume reset ------------------------------------------------------------- */

static void expect_reset(struct fixture *f, const char *key, bool force,
			 const char *expect, const char *canon)
{
	char *ck = NULL, *err = NULL;
	int r = volopt_check_reset(&f->ctx, key, force, &ck, &err);

	if (!expect) {
		if (r)
			fail_msg("reset %s: unexpected failure: %s", key, err);
		assert_string_equal(ck, canon);
	} else {
		if (!r)
			fail_msg("reset %s: unexpected success", key);
		assert_string_equal(err, expect);
		assert_null(ck);
	}
	free(ck);
	free(err);
}

static void test_reset(void **state)
{
	struct fixture f;
	const char *info;
	char *err;

	(void)state;
	fixture_init(&f, REP3);
	expect_reset(&f, "nosuch.key", false,
		     "Option nosuch.key does not exist\nDid you mean auth.allow or ...reject?",
		     NULL);
	expect_reset(&f, "user.foo", false,
		     "Option user.foo does not exist\nDid you mean cluster.nufa?", NULL);
	expect_reset(&f, "eager-lock", false,
		     "Option eager-lock does not exist\nDid you mean eager-lock?", NULL);
	expect_reset(&f, "features.quota", false,
		     "'gluster volume reset <VOLNAME> features.quota' is deprecated. Use 'gluster volume quota <VOLNAME> disable' instead.",
		     NULL);
	expect_reset(&f, "features.inode-quota", true,
		     "'gluster volume reset <VOLNAME> features.inode-quota' is deprecated. Use 'gluster volume quota <VOLNAME> disable' instead.",
		     NULL);
	expect_reset(&f, "cluster.server-quorum-ratio", false,
		     "Not a valid option for single volume", NULL);
	expect_reset(&f, "cluster.op-version", false,
		     "Not a valid option for single volume", NULL);
	expect_reset(&f, "cluster.max-op-version", false, "Not a valid option to set",
		     NULL);
	expect_reset(&f, "cache-size", false, NULL, "performance.cache-size");
	expect_reset(&f, "features.bitrot", false, NULL, "features.bitrot");
	store_set(&f.opts, "geo-replication.indexing", "on");
	expect_reset(&f, "geo-replication.indexing", false,
		     "'geo-replication.indexing' is protected. To reset use 'force'.",
		     NULL);
	expect_reset(&f, "geo-replication.indexing", true, NULL,
		     "geo-replication.indexing");
	expect_reset(&f, NULL, false, NULL, "all");
	expect_reset(&f, "all", true, NULL, "all");

	assert_true(volopt_reset_all_removes("performance.cache-size", false));
	assert_true(volopt_reset_all_removes("user.smb", false));
	assert_true(volopt_reset_all_removes("nfs.disable", false));
	assert_false(volopt_reset_all_removes("features.quota", false));
	assert_false(volopt_reset_all_removes("features.quota", true));
	assert_false(volopt_reset_all_removes("geo-replication.indexing", false));
	assert_true(volopt_reset_all_removes("geo-replication.indexing", true));
	assert_false(volopt_reset_all_removes("features.bitrot", false));

	assert_int_equal(volopt_reset_all_outcome(4, 2, false, &info, &err), 0);
	assert_string_equal(info,
			    "All unprotected fields were reset. To reset the protected fields, use 'force'.");
	assert_int_equal(volopt_reset_all_outcome(5, 0, false, &info, &err), 0);
	assert_string_equal(info, "reset volume successful");
	assert_int_equal(volopt_reset_all_outcome(0, 1, false, &info, &err), -EPERM);
	assert_string_equal(err, "'all' is protected. To reset use 'force'.");
	free(err);
}

static void assert_pairs(const struct volopt_pair *p, size_t n,
			 const char *const *want, size_t nwant)
{
	size_t i;

	assert_int_equal(n, nwant / 2);
	for (i = 0; i < n; i++) {
		assert_string_equal(p[i].key, want[2 * i]);
		assert_string_equal(p[i].value, want[2 * i + 1]);
	}
}

static void test_defaults(void **state)
{
	static const char *const rep[] = {
		"cluster.granular-entry-heal", "on",
		"storage.fips-mode-rchecksum", "on",
		"transport.address-family", "inet",
		"nfs.disable", "on",
		"performance.client-io-threads", "off",
	};
	static const char *const dist[] = {
		"storage.fips-mode-rchecksum", "on",
		"transport.address-family", "inet6",
		"nfs.disable", "on",
	};
	static const char *const reset_all[] = {
		"nfs.disable", "on",
		"features.quota-deem-statfs", "on",
		"transport.address-family", "inet",
		"storage.fips-mode-rchecksum", "on",
		"cluster.granular-entry-heal", "on",
	};
	static const char *const reset_one[] = {
		"storage.fips-mode-rchecksum", "on",
	};
	struct volopt_pair p[VOLOPT_CREATE_MAX];
	struct fixture f;
	size_t n;

	(void)state;
	fixture_init(&f, REP3);
	n = volopt_create_defaults(&f.vol, 100000, NULL, p);
	assert_pairs(p, n, rep, N_(rep));
	n = volopt_reset_restores(&f.vol, 100000, NULL, true, p);
	assert_pairs(p, n, reset_all, N_(reset_all));
	n = volopt_reset_restores(&f.vol, 100000, "performance.cache-size", true, p);
	assert_pairs(p, n, reset_one, N_(reset_one));
	n = volopt_reset_restores(&f.vol, 100000, "cluster.granular-entry-heal",
				  false, p);
	assert_int_equal(n, 2);
	assert_string_equal(p[1].key, "cluster.granular-entry-heal");

	fixture_init(&f, DIST);
	n = volopt_create_defaults(&f.vol, 100000, "inet6", p);
	assert_pairs(p, n, dist, N_(dist));
	f.vol.transport = VOLOPT_TRANSPORT_RDMA;
	n = volopt_reset_restores(&f.vol, 100000, "transport.address-family",
				  false, p);
	assert_pairs(p, n, reset_one, N_(reset_one));
}

/* ---- op-versions ----------------------------------------------------------------- */

static void test_op_versions(void **state)
{
	struct volopt_pair p[VOLOPT_CREATE_MAX + 16];
	struct fixture f;
	uint32_t op, cop;
	size_t n;

	(void)state;
	fixture_init(&f, DIST);
	n = volopt_create_defaults(&f.vol, 100000, NULL, p);
	volopt_compute_op_versions(p, n, false, 100000, &op, &cop);
	assert_int_equal(op, 40000);
	assert_int_equal(cop, 2);

	fixture_init(&f, REP3);
	n = volopt_create_defaults(&f.vol, 100000, NULL, p);
	volopt_compute_op_versions(p, n, false, 100000, &op, &cop);
	assert_int_equal(op, 40000);
	assert_int_equal(cop, 30800);

	/* group samba on the replica volume */
	p[n++] = (struct volopt_pair){ "performance.nl-cache", "on" };
	p[n++] = (struct volopt_pair){ "performance.parallel-readdir", "on" };
	p[n++] = (struct volopt_pair){ "performance.write-behind", "off" };
	volopt_compute_op_versions(p, n, false, 100000, &op, &cop);
	assert_int_equal(op, 40000);
	assert_int_equal(cop, 31100);

	fixture_init(&f, DISP);
	n = volopt_create_defaults(&f.vol, 100000, NULL, p);
	volopt_compute_op_versions(p, n, true, 100000, &op, &cop);
	assert_int_equal(op, 40000);
	assert_int_equal(cop, 30600);

	/* off toggles and booleans do not count, open-behind off drops 2 */
	p[0] = (struct volopt_pair){ "cluster.granular-entry-heal", "off" };
	p[1] = (struct volopt_pair){ "performance.nl-cache", "off" };
	p[2] = (struct volopt_pair){ "performance.open-behind", "off" };
	volopt_compute_op_versions(p, 3, false, 100000, &op, &cop);
	assert_int_equal(op, 1);
	assert_int_equal(cop, 1);
	p[0] = (struct volopt_pair){ "features.shard-block-size", "1MB" };
	p[1] = (struct volopt_pair){ "user.smb", "enable" };
	volopt_compute_op_versions(p, 2, false, 1, &op, &cop);
	assert_int_equal(op, 30700);
	assert_int_equal(cop, 30700);
	/* 10.3 flags aggregate-size as a translator toggle: a size never
	 * reads as "on", so it never counts */
	p[0] = (struct volopt_pair){ "performance.aggregate-size", "1MB" };
	volopt_compute_op_versions(p, 1, false, 100000, &op, &cop);
	assert_int_equal(op, 2);
	assert_int_equal(cop, 2);
}

/* ---- volume get -------------------------------------------------------------------- */

struct listing {
	char *buf;
	size_t len, cap;
	size_t count;
};

static void listing_add(struct listing *l, const char *line)
{
	size_t n = strlen(line);

	if (l->len + n + 1 > l->cap) {
		l->cap = (l->len + n + 1) * 2;
		l->buf = realloc(l->buf, l->cap);
		assert_non_null(l->buf);
	}
	memcpy(l->buf + l->len, line, n + 1);
	l->len += n;
}

/* The CLI's layout: name in 40 columns, a space, value in 39. */
static int listing_emit(void *arg, const char *key, const char *value)
{
	char line[1024];

	snprintf(line, sizeof(line), "%-40s %-39s\n", key, value);
	listing_add(arg, line);
	((struct listing *)arg)->count++;
	return 0;
}

static char *read_golden(const char *name)
{
	char path[1024];
	FILE *fp;
	char *buf;
	long n;

	snprintf(path, sizeof(path), "%s/volopt/%s", GOLDEN_DIR, name);
	fp = fopen(path, "r");
	if (!fp)
		fail_msg("cannot open %s", path);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	n = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static void compare_listing(const struct volopt_get_ctx *ctx, const char *golden)
{
	struct listing l = { 0 };
	char *want = read_golden(golden);
	char *err = NULL;

	listing_emit(&l, "Option", "Value");
	listing_emit(&l, "------", "-----");
	assert_int_equal(volopt_get(ctx, "all", listing_emit, &l, &err), 0);
	assert_null(err);
	if (strcmp(l.buf, want)) {
		/* show the first differing line */
		const char *a = l.buf, *b = want;
		int line = 1;

		while (*a && *a == *b) {
			line += *a == '\n';
			a++;
			b++;
		}
		fail_msg("%s differs at line %d: got \"%.60s\" want \"%.60s\"",
			 golden, line, a, b);
	}
	free(l.buf);
	free(want);
}

static void test_get_golden(void **state)
{
	struct volopt_get_ctx g = { 0 };
	struct fixture f;

	(void)state;
	g.cluster_op_version = g.max_op_version = 100000;

	fixture_init(&f, DIST);
	g.vol = &f.vol;
	compare_listing(&g, "volume-get-dist-all.txt");

	fixture_init(&f, REP3);
	g.vol = &f.vol;
	compare_listing(&g, "volume-get-rep3-all.txt");
	/* the computed value holds without the stored one too */
	f.opts.n = 3;
	compare_listing(&g, "volume-get-rep3-all.txt");

	g.vol = NULL;
	compare_listing(&g, "volume-get-all-all.txt");
}

struct one {
	char key[128];
	char value[128];
	int count;
};

static int one_emit(void *arg, const char *key, const char *value)
{
	struct one *o = arg;

	snprintf(o->key, sizeof(o->key), "%s", key);
	snprintf(o->value, sizeof(o->value), "%s", value);
	o->count++;
	return 0;
}

static int get_one(struct volopt_get_ctx *g, const char *key, struct one *o,
		   char **err)
{
	memset(o, 0, sizeof(*o));
	*err = NULL;
	return volopt_get(g, key, one_emit, o, err);
}

static void expect_get(struct volopt_get_ctx *g, const char *key,
		       const char *want_key, const char *want_value)
{
	struct one o;
	char *err;

	if (get_one(g, key, &o, &err))
		fail_msg("get %s: %s", key, err ? err : "(no message)");
	assert_int_equal(o.count, 1);
	assert_string_equal(o.key, want_key);
	assert_string_equal(o.value, want_value);
}

static void test_get_one(void **state)
{
	struct volopt_get_ctx g = { 0 };
	struct store globals = { 0 };
	struct fixture f;
	struct one o;
	char *err;

	(void)state;
	fixture_init(&f, DIST);
	store_set(&f.opts, "user.smb", "enable");
	store_set(&f.opts, "performance.cache-size", "256XB");
	g.vol = &f.vol;
	g.cluster_op_version = 100000;
	g.max_op_version = 100000;
	g.global_get = store_get;
	g.global_arg = &globals;

	expect_get(&g, "user.smb", "user.smb", "enable");
	expect_get(&g, "cache-size", "performance.cache-size", "256XB");
	expect_get(&g, "cluster.op-version", "cluster.op-version", "100000");
	expect_get(&g, "cluster.max-op-version", "cluster.max-op-version", "100000");
	expect_get(&g, "config.transport", "config.transport", "tcp");
	expect_get(&g, "config.memory-accounting", "config.memory-accounting",
		   "Disabled");
	expect_get(&g, "cluster.heal-timeout", "cluster.heal-timeout",
		   "600 (DEFAULT)");
	expect_get(&g, "cluster.server-quorum-ratio", "cluster.server-quorum-ratio",
		   "51");
	store_set(&globals, "cluster.server-quorum-ratio", "60");
	expect_get(&g, "cluster.server-quorum-ratio", "cluster.server-quorum-ratio",
		   "60");

	assert_int_equal(get_one(&g, "user.nosuch", &o, &err), -ENOENT);
	assert_null(err);
	assert_int_equal(get_one(&g, "nfs.port", &o, &err), -ENOENT);
	assert_null(err);
	assert_int_equal(get_one(&g, "eager-lock", &o, &err), -ENOENT);
	assert_string_equal(err, "Did you mean eager-lock?");
	free(err);
	assert_int_equal(get_one(&g, "nosuch", &o, &err), -ENOENT);
	assert_string_equal(err, "Did you mean anonuid or nfs?");
	free(err);

	fixture_init(&f, REP3);
	g.vol = &f.vol;
	expect_get(&g, "cluster.quorum-type", "cluster.quorum-type", "auto");
	f.vol.replica_count = 2;
	expect_get(&g, "cluster.quorum-type", "cluster.quorum-type",
		   "none (DEFAULT)");

	g.vol = NULL;
	expect_get(&g, "cluster.server-quorum-ratio", "cluster.server-quorum-ratio",
		   "60");
	expect_get(&g, "op-version", "cluster.op-version", "100000");
	expect_get(&g, "cluster.localtime-logging", "cluster.localtime-logging",
		   "disable (DEFAULT)");
	assert_int_equal(get_one(&g, "network.ping-timeout", &o, &err), -EINVAL);
	assert_string_equal(err, "Not a valid option for all volumes");
	free(err);
	assert_int_equal(get_one(&g, "nosuch.key", &o, &err), -ENOENT);
	assert_string_equal(err, "Did you mean auth.allow or ...reject?");
	free(err);
}

/* ---- replay of 10.3's answers ----------------------------------------------
 * set-replay.tsv: "vol key value answer" for every key of the table with a
 * few values, as the 10.3 glusterd answered on a stopped plain volume (v1),
 * a new replica-3 volume (r3) and a new disperse 3/1 volume (d3), each
 * holding only the options of a new volume. "OK" is success; "\n" stands
 * for a newline.
 */

static FILE *open_golden(const char *name)
{
	char path[1024];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/volopt/%s", GOLDEN_DIR, name);
	fp = fopen(path, "r");
	if (!fp)
		fail_msg("cannot open %s", path);
	return fp;
}

static void replay_fixture(struct fixture *f, const char *vol)
{
	if (!strcmp(vol, "v1")) {
		fixture_init(f, DIST);
		f->vol.status = VOLOPT_VOL_STOPPED;
	} else if (!strcmp(vol, "r3")) {
		fixture_init(f, REP3);
		f->opts.n = 3;
		store_set(&f->opts, "cluster.granular-entry-heal", "on");
	} else {
		fixture_init(f, DISP);
	}
	f->ctx.workdir = "/nonexistent-volopt-wd";
}

/* "a\nb" (two characters) back to a newline. */
static void unescape(char *s)
{
	char *d = s;

	for (; *s; s++) {
		if (s[0] == '\\' && s[1] == 'n') {
			*d++ = '\n';
			s++;
		} else {
			*d++ = *s;
		}
	}
	*d = '\0';
}

static void test_replay_set(void **state)
{
	FILE *fp = open_golden("set-replay.tsv");
	char line[8192];
	size_t n = 0;

	(void)state;
	while (fgets(line, sizeof(line), fp)) {
		char *save = NULL, *vol, *key, *value, *answer;
		struct fixture f;

		vol = strtok_r(line, "\t", &save);
		key = strtok_r(NULL, "\t", &save);
		value = strtok_r(NULL, "\t", &save);
		answer = strtok_r(NULL, "\n", &save);
		assert_non_null(answer);
		unescape(answer);
		replay_fixture(&f, vol);
		expect_set(&f, key, value, strcmp(answer, "OK") ? answer : NULL,
			   NULL);
		n++;
	}
	fclose(fp);
	assert_true(n > 2000);
}

/* get-one-dist.tsv: "key listing" for `volume get v1 <key>` of every key
 * on a plain volume; the listing lines are joined with '|', and 10.3's
 * failure without a message shows as the CLI's generic text. */
static void test_replay_get(void **state)
{
	static const char generic[] =
		"volume get option failed. Check the cli/glusterd log file for more details|";
	struct volopt_get_ctx g = { 0 };
	FILE *fp = open_golden("get-one-dist.tsv");
	struct fixture f;
	char line[4096];
	size_t n = 0;

	(void)state;
	fixture_init(&f, DIST);
	g.vol = &f.vol;
	g.cluster_op_version = g.max_op_version = 100000;
	while (fgets(line, sizeof(line), fp)) {
		struct listing l = { 0 };
		char *save = NULL, *key, *want, *err = NULL;
		int r;

		key = strtok_r(line, "\t", &save);
		want = strtok_r(NULL, "\n", &save);
		assert_non_null(want);
		r = volopt_get(&g, key, listing_emit, &l, &err);
		if (!strcmp(want, generic)) {
			if (r != -ENOENT || err)
				fail_msg("get %s: want a failure without message", key);
		} else {
			char *p;

			if (r)
				fail_msg("get %s: %s", key, err ? err : "(null)");
			for (p = l.buf; (p = strchr(p, '\n')); )
				*p = '|';
			assert_string_equal(l.buf, want);
		}
		free(l.buf);
		free(err);
		n++;
	}
	fclose(fp);
	assert_true(n > 300);
}

/* ---- group files ----------------------------------------------------------------- */

static char *write_tmp(const char *content)
{
	char *path = strdup("/tmp/test-volopt-XXXXXX");
	int fd;

	assert_non_null(path);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, content, strlen(content)), (ssize_t)strlen(content));
	close(fd);
	return path;
}

static void test_group(void **state)
{
	struct volopt_kv *kv;
	char *path, *err, want[512];
	size_t n;

	(void)state;
	assert_int_equal(volopt_read_group("/nonexistent/groups/nosuch", &kv, &n,
					   &err), -ENOENT);
	assert_string_equal(err,
			    "Unable to open file '/nonexistent/groups/nosuch'. Error: No such file or directory");
	assert_null(kv);
	free(err);

	path = write_tmp("features.cache-invalidation=on\n"
			 "performance.write-behind=off\r\n"
			 "  a=b=c  user.x=1\n");
	assert_int_equal(volopt_read_group(path, &kv, &n, &err), 0);
	assert_null(err);
	assert_int_equal(n, 4);
	assert_string_equal(kv[0].key, "features.cache-invalidation");
	assert_string_equal(kv[0].value, "on");
	assert_string_equal(kv[1].value, "off");
	assert_string_equal(kv[2].key, "a");
	assert_string_equal(kv[2].value, "b=c");
	assert_string_equal(kv[3].key, "user.x");
	kv = volopt_kvs_free(kv, n);
	assert_null(kv);
	unlink(path);
	free(path);

	path = write_tmp("features.cache-invalidation=on\nnoequals\n");
	snprintf(want, sizeof(want), "'%s' file format not valid.", path);
	assert_int_equal(volopt_read_group(path, &kv, &n, &err), -EINVAL);
	assert_string_equal(err, want);
	assert_null(kv);
	free(err);
	unlink(path);
	free(path);

	path = write_tmp("\n\n");
	assert_int_equal(volopt_read_group(path, &kv, &n, &err), -EINVAL);
	free(err);
	unlink(path);
	free(path);
	assert_null(volopt_kvs_free(NULL, 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_complete),
		cmocka_unit_test(test_suggest),
		cmocka_unit_test(test_parsers),
		cmocka_unit_test(test_set_values),
		cmocka_unit_test(test_set_address_lists),
		cmocka_unit_test(test_set_keys),
		cmocka_unit_test(test_set_value_blanks),
		cmocka_unit_test(test_set_dedicated),
		cmocka_unit_test(test_set_graph_model),
		cmocka_unit_test(test_set_started),
		cmocka_unit_test(test_set_all),
		cmocka_unit_test(test_peer_op_version_and_notice),
		cmocka_unit_test(test_reset),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_op_versions),
		cmocka_unit_test(test_get_golden),
		cmocka_unit_test(test_get_one),
		cmocka_unit_test(test_replay_set),
		cmocka_unit_test(test_replay_get),
		cmocka_unit_test(test_group),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
