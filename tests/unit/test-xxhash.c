/* Unit tests for libglusterfs/xxhash (XXH64). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "libglusterfs/xxhash.h"

static void test_vectors(void **state)
{
	(void)state;
	assert_true(gf_xxh64("", 0, 0) == 0xef46db3751d8e999ull);
	assert_true(gf_xxh64("abc", 3, 0) == 0x44bc2cf5ad770999ull);
	/* 44 bytes: one 32-byte stripe, then 8-, 4- and 0-byte tails */
	assert_true(gf_xxh64("/var/run/gluster/vols/tv/run/server1-data-b1",
			     44, 0) == 0x0401ad6b31373111ull);
}

static void test_hex(void **state)
{
	char out[17];

	(void)state;
	memset(out, 'X', sizeof(out));
	gf_xxh64_hex("/var/run/gluster/vols/tv/run/server1-data-b1", out);
	assert_string_equal(out, "0401ad6b31373111");
	gf_xxh64_hex("abc", out);
	assert_string_equal(out, "44bc2cf5ad770999");
}

static void test_seed_and_alignment(void **state)
{
	unsigned char data[300], *copy;
	uint64_t h;
	size_t off, len;

	(void)state;
	for (off = 0; off < sizeof(data); off++)
		data[off] = (unsigned char)(off * 31 + 1);
	assert_true(gf_xxh64("abc", 3, 1) != gf_xxh64("abc", 3, 0));
	/* every length through the tail paths, at every misalignment */
	copy = malloc(sizeof(data) + 8);
	assert_non_null(copy);
	for (len = 0; len < 100; len++) {
		h = gf_xxh64(data, len, 42);
		for (off = 1; off < 8; off++) {
			memcpy(copy + off, data, len);
			assert_true(gf_xxh64(copy + off, len, 42) == h);
		}
		if (len)
			assert_true(gf_xxh64(data, len - 1, 42) != h);
	}
	free(copy);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vectors),
		cmocka_unit_test(test_hex),
		cmocka_unit_test(test_seed_and_alignment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
