/* Unit tests for libglusterfs/cksum: glusterd's volume checksum. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libglusterfs/cksum.h"

/* A real 10.3 info file (a replica-3 volume after a few "volume set"s);
 * its cksum file said info=3817082604 and peers saw 2199704761. It is
 * longer than one 1024-byte chunk. */
static const char rep3_info[] =
	"type=2\n"
	"count=3\n"
	"status=1\n"
	"sub_count=3\n"
	"replica_count=3\n"
	"disperse_count=0\n"
	"redundancy_count=0\n"
	"version=14\n"
	"transport-type=0\n"
	"volume-id=822f830b-175c-4aae-ab83-96b399c42d66\n"
	"username=ba565cd5-6e41-4acb-bc44-bcc265347863\n"
	"password=ce420dab-090f-40a0-9b28-4ba56bc9ae11\n"
	"op-version=40000\n"
	"client-op-version=31100\n"
	"quota-version=0\n"
	"tier-enabled=0\n"
	"parent_volname=N/A\n"
	"restored_from_snap=00000000-0000-0000-0000-000000000000\n"
	"snap-max-hard-limit=256\n"
	"performance.write-behind=off\n"
	"performance.parallel-readdir=on\n"
	"performance.readdir-ahead=on\n"
	"performance.nl-cache-timeout=600\n"
	"performance.nl-cache=on\n"
	"network.inode-lru-limit=200000\n"
	"performance.md-cache-timeout=600\n"
	"performance.cache-invalidation=on\n"
	"performance.stat-prefetch=on\n"
	"performance.cache-samba-metadata=on\n"
	"features.cache-invalidation-timeout=600\n"
	"features.cache-invalidation=on\n"
	"storage.owner-uid=1000\n"
	"cluster.self-heal-daemon=off\n"
	"user.foo=bar\n"
	"user.cifs=disable\n"
	"user.smb=enable\n"
	"server.allow-insecure=on\n"
	"auth.allow=127.3.0.1,127.3.0.2\n"
	"network.ping-timeout=20\n"
	"performance.cache-size=128MB\n"
	"cluster.granular-entry-heal=on\n"
	"storage.fips-mode-rchecksum=on\n"
	"transport.address-family=inet\n"
	"nfs.disable=off\n"
	"performance.client-io-threads=off\n"
	"brick-0=127.3.0.1:-srv-bricks-rep3-b1\n"
	"brick-1=127.3.0.2:-srv-bricks-rep3-b2\n"
	"brick-2=127.3.0.1:-srv-bricks-rep3-b3\n"
;

static void test_small_vector(void **state)
{
	static const char text[] = "type=0\ncount=1\nstatus=0\n";
	uint32_t file = 0, exported = 0;

	(void)state;
	assert_int_equal(gf_volume_cksum(text, strlen(text), &file, &exported),
			 0);
	assert_int_equal(file, 2335505604u);
	assert_int_equal(exported, 3282054803u);
}

static void test_real_info_file(void **state)
{
	uint32_t file = 0, exported = 0;

	(void)state;
	assert_true(strlen(rep3_info) > 1024);
	assert_int_equal(gf_volume_cksum(rep3_info, strlen(rep3_info), &file,
					 &exported), 0);
	assert_int_equal(file, 3817082604u);
	assert_int_equal(exported, 2199704761u);
}

/* Line order in the file does not matter: lines are sorted first. */
static void test_line_order_irrelevant(void **state)
{
	static const char a[] = "type=0\ncount=1\nstatus=0\n";
	static const char b[] = "status=0\ntype=0\ncount=1\n";
	static const char c[] = "status=0\ntype=0\ncount=2\n";
	uint32_t fa, fb, fc, ea, eb, ec;

	(void)state;
	assert_int_equal(gf_volume_cksum(a, strlen(a), &fa, &ea), 0);
	assert_int_equal(gf_volume_cksum(b, strlen(b), &fb, &eb), 0);
	assert_int_equal(gf_volume_cksum(c, strlen(c), &fc, &ec), 0);
	assert_int_equal(fa, fb);
	assert_int_equal(ea, eb);
	assert_int_not_equal(fa, fc);
	assert_int_not_equal(ea, ec);
}

/* The exported value continues from the file checksum over the text of
 * the cksum file. */
static void test_exported_chains(void **state)
{
	static const char text[] = "type=0\ncount=1\nstatus=0\n";
	char line[32];
	uint32_t file, exported;

	(void)state;
	assert_int_equal(gf_volume_cksum(text, strlen(text), &file, &exported),
			 0);
	snprintf(line, sizeof(line), "info=%u\n", file);
	assert_int_equal(gf_cksum_update(file, line, strlen(line)), exported);
}

static void test_chunking(void **state)
{
	unsigned char buf[2500];
	uint32_t whole, split, x = 12345;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(buf); i++) {
		x = x * 1103515245u + 12345u;
		buf[i] = (unsigned char)(x >> 16);
	}
	whole = gf_cksum_update(0, buf, sizeof(buf));
	/* feeding chunk-aligned pieces is the same as one call */
	split = gf_cksum_update(0, buf, 1024);
	split = gf_cksum_update(split, buf + 1024, 1024);
	split = gf_cksum_update(split, buf + 2048, sizeof(buf) - 2048);
	assert_int_equal(whole, split);
	/* but a non-aligned split is not: the tail rule applies per chunk */
	split = gf_cksum_update(0, buf, 1001);
	split = gf_cksum_update(split, buf + 1001, sizeof(buf) - 1001);
	assert_int_not_equal(whole, split);
	/* no data leaves the state alone */
	assert_int_equal(gf_cksum_update(1234, buf, 0), 1234);
}

/* Hand-computed: one 4-byte chunk only goes through the tail rule, which
 * for n % 4 == 0 touches byte 0 alone. */
static void test_tail_rule(void **state)
{
	uint32_t s;

	(void)state;
	s = gf_cksum_update(0, "\x01\x02\x03\x04", 4);
	assert_int_equal(s, 0x0bb0beba ^ 0x01);
	/* 5 bytes: stripe 0..3 once (i=0 < 1), then tail k=0,1 on d[1],d[2] */
	s = gf_cksum_update(0, "\x01\x02\x03\x04\x05", 5);
	assert_int_equal(s, 0x0bb0beba ^ (0x01 | 0x04 << 8 | 0x0c << 16 |
					  0x20 << 24) ^ (0x02 | 0x06 << 8));
	/* shifts are truncated to 8 bits */
	s = gf_cksum_update(0, "\x00\x00\x00\xff\x00", 5);
	assert_int_equal(s, 0x0bb0beba ^ (0xf8u << 24));
}

static void test_empty_text(void **state)
{
	uint32_t file = 1, exported = 1;

	(void)state;
	assert_int_equal(gf_volume_cksum("", 0, &file, &exported), 0);
	assert_int_equal(file, 0);
	assert_int_equal(exported, gf_cksum_update(0, "info=0\n", 7));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small_vector),
		cmocka_unit_test(test_real_info_file),
		cmocka_unit_test(test_line_order_irrelevant),
		cmocka_unit_test(test_exported_chains),
		cmocka_unit_test(test_chunking),
		cmocka_unit_test(test_tail_rule),
		cmocka_unit_test(test_empty_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
