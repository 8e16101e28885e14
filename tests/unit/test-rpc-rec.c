/* Unit tests of rpc/rec.c (record marking) and rpc/msg.c (headers,
 * credentials, encoders) against the byte dumps of reference/wire.md. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "glusterfs3-xdr.h"
#include "libglusterfs/mem.h"
#include "portmap-xdr.h"
#include "rpc/rpc-int.h"

/* Parses "80000028 00000001 ..." (spaces ignored) into bytes. */
static size_t hex(const char *s, uint8_t *out)
{
	size_t n = 0;

	while (*s) {
		unsigned v;

		if (*s == ' ' || *s == '\n') {
			s++;
			continue;
		}
		assert_int_equal(sscanf(s, "%2x", &v), 1);
		out[n++] = (uint8_t)v;
		s += 2;
	}
	return n;
}

/* Feeds everything, collecting up to max records. Returns the count or
 * the error. */
static int feed_all(struct rpc__rec *r, const uint8_t *p, size_t n,
		    size_t step, uint8_t **recs, size_t *lens, int max)
{
	int count = 0;
	size_t off = 0;

	while (off < n) {
		size_t chunk = n - off < step ? n - off : step, used;
		int ret = rpc__rec_feed(r, p + off, chunk, &used);

		if (ret < 0)
			return ret;
		off += used;
		if (ret == 1) {
			assert_true(count < max);
			recs[count] = rpc__rec_take(r, &lens[count]);
			count++;
		} else {
			assert_int_equal(used, chunk);
		}
	}
	return count;
}

static void mark(uint8_t *p, bool last, uint32_t len)
{
	rpc__put32(p, (last ? RPC__MARK_LAST : 0) | len);
}

static void test_rec_single(void **state)
{
	uint8_t in[4 + 8] = { 0 }, *rec[2];
	size_t len[2];
	struct rpc__rec r;

	(void)state;
	mark(in, true, 8);
	memcpy(in + 4, "abcdefgh", 8);
	rpc__rec_init(&r, 1024);
	assert_true(rpc__rec_idle(&r));
	assert_int_equal(feed_all(&r, in, sizeof(in), sizeof(in), rec, len, 2),
			 1);
	assert_int_equal(len[0], 8);
	assert_memory_equal(rec[0], "abcdefgh", 8);
	assert_true(rpc__rec_idle(&r));
	free(rec[0]);
	rpc__rec_release(&r);
}

/* Three fragments, fed one byte at a time and in one go. */
static void test_rec_fragments(void **state)
{
	uint8_t in[64], *rec[2];
	size_t n = 0, len[2];
	struct rpc__rec r;

	(void)state;
	mark(in + n, false, 3);
	memcpy(in + n + 4, "abc", 3);
	n += 7;
	mark(in + n, false, 0);		/* empty middle fragment */
	n += 4;
	mark(in + n, true, 5);
	memcpy(in + n + 4, "defgh", 5);
	n += 9;
	for (size_t step = 1; step <= n; step += n - 1) {
		rpc__rec_init(&r, 1024);
		assert_int_equal(feed_all(&r, in, n, step, rec, len, 2), 1);
		assert_int_equal(len[0], 8);
		assert_memory_equal(rec[0], "abcdefgh", 8);
		if (step == 1)
			assert_true(rpc__rec_idle(&r));
		free(rec[0]);
		rpc__rec_release(&r);
	}
}

/* Two records and an empty one back to back: each stops the feed. */
static void test_rec_back_to_back(void **state)
{
	uint8_t in[64], *rec[4];
	size_t n = 0, len[4];
	struct rpc__rec r;

	(void)state;
	mark(in, true, 2);
	memcpy(in + 4, "xy", 2);
	n = 6;
	mark(in + n, true, 0);
	n += 4;
	mark(in + n, true, 1);
	in[n + 4] = 'z';
	n += 5;
	rpc__rec_init(&r, 1024);
	assert_int_equal(feed_all(&r, in, n, n, rec, len, 4), 3);
	assert_int_equal(len[0], 2);
	assert_memory_equal(rec[0], "xy", 2);
	assert_int_equal(len[1], 0);
	assert_int_equal(len[2], 1);
	assert_int_equal(rec[2][0], 'z');
	for (int i = 0; i < 3; i++)
		free(rec[i]);
	rpc__rec_release(&r);
}

/* A huge length fails on the mark alone, before any payload. */
static void test_rec_huge_fragment(void **state)
{
	uint8_t in[4];
	struct rpc__rec r;
	size_t used;

	(void)state;
	mark(in, true, 0x7fffffff);
	rpc__rec_init(&r, RPC_MAX_RECORD);
	assert_int_equal(rpc__rec_feed(&r, in, 4, &used), -EMSGSIZE);
	rpc__rec_release(&r);
}

/* The limit counts all fragments; exactly the limit is fine. */
static void test_rec_limit_total(void **state)
{
	uint8_t in[200] = { 0 }, *rec[1];
	size_t len[1], used;
	struct rpc__rec r;

	(void)state;
	mark(in, false, 60);
	mark(in + 64, true, 40);
	rpc__rec_init(&r, 100);
	assert_int_equal(feed_all(&r, in, 108, 7, rec, len, 1), 1);
	assert_int_equal(len[0], 100);
	free(rec[0]);

	mark(in + 64, true, 41);
	assert_int_equal(feed_all(&r, in, 64, 64, rec, len, 1), 0);
	assert_int_equal(rpc__rec_feed(&r, in + 64, 4, &used), -EMSGSIZE);
	rpc__rec_release(&r);
}

static void test_rec_enomem(void **state)
{
	uint8_t in[4 + 16] = { 0 };
	struct rpc__rec r;
	size_t used;

	(void)state;
	mark(in, true, 16);
	rpc__rec_init(&r, 1024);
	mem_fail_countdown = 1;
	assert_int_equal(rpc__rec_feed(&r, in, sizeof(in), &used), -ENOMEM);
	mem_fail_countdown = 0;
	rpc__rec_release(&r);
}

/* ---- call headers ---- */

static const char *const V2_CRED =
	"0005f397 00000018 00000000 00000000 00000000 00000000"
	" 00000004 00000000";

static void check_hdr(const char *h, enum rpc__hdr_kind kind, uint32_t xid,
		      uint32_t flavor, uint32_t auth_stat)
{
	uint8_t buf[1024];
	size_t n = hex(h, buf);
	struct rpc__callhdr ch;

	assert_int_equal(rpc__parse_call(buf, n, &ch), kind);
	assert_int_equal(ch.xid, xid);
	if (kind == RPC__HDR_CALL)
		assert_int_equal(ch.cred_flavor, flavor);
	if (kind == RPC__HDR_AUTH)
		assert_int_equal(ch.auth_stat, auth_stat);
}

static void test_parse_call(void **state)
{
	char h[1024];

	(void)state;
	/* AUTH_GLUSTERFS_v2 as the CLI sends it, with 4 bytes of args */
	snprintf(h, sizeof(h), "00000002 00000000 00000002 0012e5bf 00000002"
		 " 00000005 %s 00000000 00000000 00000000", V2_CRED);
	check_hdr(h, RPC__HDR_CALL, 2, AUTH_GLUSTERFS_V2, 0);
	/* AUTH_NULL, no args */
	check_hdr("00000007 00000000 00000002 00000001 00000001 00000001"
		  " 00000000 00000000 00000000 00000000", RPC__HDR_CALL, 7,
		  AUTH_NONE, 0);
	/* unknown flavor with a body: taken as AUTH_NULL */
	check_hdr("00000007 00000000 00000002 00000001 00000001 00000001"
		  " 00003039 00000004 deadbeef 00000000 00000000",
		  RPC__HDR_CALL, 7, AUTH_NONE, 0);
	/* AUTH_UNIX: stamp, "host", uid, gid, 1 gid */
	check_hdr("00000008 00000000 00000002 00000001 00000001 00000001"
		  " 00000001 0000001c 00000000 00000004 686f7374 00000000"
		  " 00000000 00000001 00000000 00000000 00000000",
		  RPC__HDR_CALL, 8, AUTH_UNIX, 0);
	/* REPLY */
	check_hdr("00000009 00000001 00000000", RPC__HDR_REPLY, 9, 0, 0);
	/* message type 7 */
	check_hdr("00000009 00000007 00000000", RPC__HDR_GARBAGE, 9, 0, 0);
	/* rpcvers 3 */
	check_hdr("0000000a 00000000 00000003 00000001", RPC__HDR_RPCVERS, 10,
		  0, 0);
	/* truncated: 3 bytes, then cut inside the credential */
	check_hdr("000000", RPC__HDR_GARBAGE, 0, 0, 0);
	check_hdr("0000000b 00000000 00000002 00000001 00000001 00000001"
		  " 0005f397 00000018 00000000", RPC__HDR_GARBAGE, 11, 0, 0);
	/* verifier missing */
	snprintf(h, sizeof(h), "0000000c 00000000 00000002 00000001 00000001"
		 " 00000001 %s", V2_CRED);
	check_hdr(h, RPC__HDR_GARBAGE, 12, 0, 0);
}

/* A CALL with an AUTH_GLUSTERFS (v1) credential of ngrps groups. */
static const char *v1_hdr(unsigned ngrps)
{
	static char h[1024];
	int n = snprintf(h, sizeof(h),
			 "00000010 00000000 00000002 00000001 00000001"
			 " 00000001 00000005 00000058 00000000 00000000"
			 " 00000000 00000000 00000000 %08x", ngrps);

	for (int i = 0; i < 16; i++)
		n += snprintf(h + n, sizeof(h) - (size_t)n, " 00000000");
	snprintf(h + n, sizeof(h) - (size_t)n, " 00000000 00000000");
	return h;
}

static void test_parse_call_auth(void **state)
{
	(void)state;
	/* credential body over 400 bytes */
	check_hdr("0000000d 00000000 00000002 00000001 00000001 00000001"
		  " 0005f397 00000194", RPC__HDR_AUTH, 13, 0, AUTH_BADCRED);
	/* verifier over 400 bytes */
	check_hdr("0000000d 00000000 00000002 00000001 00000001 00000001"
		  " 00000000 00000000 00000000 00000191", RPC__HDR_AUTH, 13, 0,
		  AUTH_BADVERF);
	/* v2 body whose lk_owner runs past the credential */
	check_hdr("0000000e 00000000 00000002 00000001 00000001 00000001"
		  " 0005f397 00000018 00000000 00000000 00000000 00000000"
		  " 00000064 00000000 00000000 00000000", RPC__HDR_AUTH, 14,
		  0, AUTH_BADCRED);
	/* v2 with 90 groups and an 8-byte lk_owner: over the 95 units */
	{
		char h[2048];
		int n = snprintf(h, sizeof(h),
				 "0000000f 00000000 00000002 00000001 00000001"
				 " 00000001 0005f397 %08x 00000000 00000000"
				 " 00000000 0000005a", 4 * (4 + 90 + 3));

		for (int i = 0; i < 90; i++)
			n += snprintf(h + n, sizeof(h) - (size_t)n, " 00000001");
		snprintf(h + n, sizeof(h) - (size_t)n,
			 " 00000008 00000000 00000000 00000000 00000000");
		check_hdr(h, RPC__HDR_AUTH, 15, 0, AUTH_BADCRED);
	}
	/* v1: ngrps 17 is refused, 16 accepted */
	check_hdr(v1_hdr(17), RPC__HDR_AUTH, 16, 0, AUTH_BADCRED);
	check_hdr(v1_hdr(16), RPC__HDR_CALL, 16, AUTH_GLUSTERFS_V1, 0);
}

/* ---- encoders against the wire.md dumps ---- */

static void assert_record(uint8_t *rec, size_t len, const char *want_hex)
{
	uint8_t want[1024];
	size_t n = hex(want_hex, want);

	assert_int_equal(len, n);
	assert_memory_equal(rec, want, n);
	free(rec);
}

static void test_build_replies(void **state)
{
	uint8_t *rec;
	size_t len;

	(void)state;
	assert_int_equal(rpc__build_accepted(3, RPC_ACC_PROG_UNAVAIL, NULL,
					     NULL, &rec, &len), 0);
	assert_record(rec, len, "80000018 00000003 00000001 00000000 00000000"
		      " 00000000 00000001");
	assert_int_equal(rpc__build_accepted(3, RPC_ACC_PROG_MISMATCH, NULL,
					     NULL, &rec, &len), 0);
	assert_record(rec, len, "80000020 00000003 00000001 00000000 00000000"
		      " 00000000 00000002 00000000 00000000");
	assert_int_equal(rpc__build_rpc_mismatch(4, &rec, &len), 0);
	assert_record(rec, len, "80000018 00000004 00000001 00000001 00000000"
		      " 00000002 00000002");
	assert_int_equal(rpc__build_auth_error(5, AUTH_BADCRED, &rec, &len), 0);
	assert_record(rec, len, "80000014 00000005 00000001 00000001 00000001"
		      " 00000001");
}

/* wire.md 11: PMAP SIGNIN call and reply, byte for byte. */
static void test_build_pmap_signin(void **state)
{
	pmap_signin_req req = { .brick = (char *)"/data/b1", .port = 49153,
				.pid = 1234 };
	pmap_signin_rsp rsp = { 0 };
	uint8_t *rec;
	size_t len;
	char want[512];

	(void)state;
	assert_int_equal(rpc__build_call_v2(3, GD_PROG_PMAP, GD_PROG_PMAP_VERS,
					    4, (xdrproc_t)xdr_pmap_signin_req,
					    &req, &rec, &len), 0);
	snprintf(want, sizeof(want), "80000054 00000003 00000000 00000002"
		 " 0208aec0 00000001 00000004 %s 00000000 00000000"
		 " 00000008 2f646174 612f6231 0000c001 000004d2", V2_CRED);
	assert_record(rec, len, want);
	assert_int_equal(rpc__build_accepted(3, RPC_ACC_SUCCESS,
					     (xdrproc_t)xdr_pmap_signin_rsp,
					     &rsp, &rec, &len), 0);
	assert_record(rec, len, "80000020 00000003 00000001 00000000 00000000"
		      " 00000000 00000000 00000000 00000000");
}

/* wire.md 11: GETSPEC call from a brick, byte for byte. */
static void test_build_getspec(void **state)
{
	static const char dict[] =
		"\0\0\0\3"
		"\0\0\0\x0a" "\0\0\0\x09" "brick_name\0" "/data/b1\0"
		"\0\0\0\x0e" "\0\0\0\x07" "max-op-version\0" "100000\0"
		"\0\0\0\x0e" "\0\0\0\x02" "min-op-version\0" "1\0";
	gf_getspec_req req = {
		.flags = 0, .key = (char *)"tv.server1.data-b1",
		.xdata = { .xdata_len = sizeof(dict) - 1,
			   .xdata_val = (char *)(uintptr_t)dict },
	};
	uint8_t *rec;
	size_t len;
	char want[1024];

	(void)state;
	assert_int_equal(req.xdata.xdata_len, 87);
	assert_int_equal(rpc__build_call_v2(2, GD_PROG_HNDSK,
					    GD_PROG_HNDSK_VERS, 2,
					    (xdrproc_t)xdr_gf_getspec_req,
					    &req, &rec, &len), 0);
	snprintf(want, sizeof(want),
		 "800000b8 00000002 00000000 00000002 00dbb4a9 00000002"
		 " 00000002 %s 00000000 00000000"
		 " 00000000"
		 " 00000012 74762e73 65727665 72312e64 6174612d 62310000"
		 " 00000057 00000003"
		 " 0000000a 00000009 627269636b5f6e616d6500 2f646174612f623100"
		 " 0000000e 00000007 6d61782d6f702d76657273696f6e00"
		 " 31303030303000"
		 " 0000000e 00000002 6d696e2d6f702d76657273696f6e00 3100 00",
		 V2_CRED);
	assert_record(rec, len, want);
}

/* wire.md 7.3: the FETCHSPEC callback. */
static void test_build_fetchspec(void **state)
{
	uint8_t *rec;
	size_t len;

	(void)state;
	assert_int_equal(rpc__build_call(1, GD_PROG_CBK, GD_PROG_CBK_VERS, 1,
					 AUTH_NONE, NULL, 0, NULL, NULL, &rec,
					 &len), 0);
	assert_record(rec, len, "80000028 00000001 00000000 00000002 0324cc42"
		      " 00000001 00000001 00000000 00000000 00000000"
		      " 00000000");
}

static void test_parse_reply(void **state)
{
	uint8_t buf[256];
	struct rpc__reply rep;
	size_t n;

	(void)state;
	n = hex("80000024 00000003 00000001 00000000 00000000 00000000"
		" 00000000 00000000 00000000 00000000", buf);
	assert_int_equal(rpc__parse_reply(buf + 4, n - 4, &rep), 0);
	assert_int_equal(rep.xid, 3);
	assert_int_equal(rep.accept, RPC_ACC_SUCCESS);
	assert_int_equal(rep.res_off, 24);
	n = hex("00000003 00000001 00000001 00000000 00000002 00000002", buf);
	assert_int_equal(rpc__parse_reply(buf, n, &rep), 0);
	assert_int_equal(rep.accept, RPC__DENIED);
	n = hex("00000001 00000000 00000002", buf);
	assert_int_equal(rpc__parse_reply(buf, n, &rep), 1);
	n = hex("00000001 00000001 00000000 00000000", buf);
	assert_int_equal(rpc__parse_reply(buf, n, &rep), -EBADMSG);
	n = hex("00000001 00000001 00000000 00000000 00000000 00000009", buf);
	assert_int_equal(rpc__parse_reply(buf, n, &rep), -EBADMSG);
	n = hex("00000001 00000003", buf);
	assert_int_equal(rpc__parse_reply(buf, n, &rep), -EBADMSG);
}

static void test_xdr_decode_bad(void **state)
{
	uint8_t buf[64];
	gf_getspec_req req = { 0 };
	size_t n;

	(void)state;
	/* key length 0x100 but only 4 bytes follow */
	n = hex("00000000 00000100 41414141", buf);
	assert_int_equal(rpc__xdr_decode(buf, n, (xdrproc_t)xdr_gf_getspec_req,
					 &req), -EBADMSG);
	n = hex("00000001 00000001 41000000 00000000", buf);
	memset(&req, 0, sizeof(req));
	assert_int_equal(rpc__xdr_decode(buf, n, (xdrproc_t)xdr_gf_getspec_req,
					 &req), 0);
	assert_string_equal(req.key, "A");
	xdr_free((xdrproc_t)xdr_gf_getspec_req, (char *)&req);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rec_single),
		cmocka_unit_test(test_rec_fragments),
		cmocka_unit_test(test_rec_back_to_back),
		cmocka_unit_test(test_rec_huge_fragment),
		cmocka_unit_test(test_rec_limit_total),
		cmocka_unit_test(test_rec_enomem),
		cmocka_unit_test(test_parse_call),
		cmocka_unit_test(test_parse_call_auth),
		cmocka_unit_test(test_build_replies),
		cmocka_unit_test(test_build_pmap_signin),
		cmocka_unit_test(test_build_getspec),
		cmocka_unit_test(test_build_fetchspec),
		cmocka_unit_test(test_parse_reply),
		cmocka_unit_test(test_xdr_decode_bad),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
