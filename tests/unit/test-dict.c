/* Unit tests for libglusterfs/dict: wire form, order, typed getters and
 * hostile buffers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libglusterfs/dict.h"
#include "libglusterfs/mem.h"

/* ---- helpers ------------------------------------------------------------- */

struct wbuf {
	unsigned char b[512];
	size_t len;
};

static void w_u32(struct wbuf *w, uint32_t v)
{
	w->b[w->len++] = (unsigned char)(v >> 24);
	w->b[w->len++] = (unsigned char)(v >> 16);
	w->b[w->len++] = (unsigned char)(v >> 8);
	w->b[w->len++] = (unsigned char)v;
}

static void w_bytes(struct wbuf *w, const void *p, size_t n)
{
	memcpy(w->b + w->len, p, n);
	w->len += n;
}

/* One well-formed pair with a string value (NUL counted in vallen). */
static void w_pair(struct wbuf *w, const char *k, const char *v)
{
	w_u32(w, (uint32_t)strlen(k));
	w_u32(w, (uint32_t)strlen(v) + 1);
	w_bytes(w, k, strlen(k) + 1);
	w_bytes(w, v, strlen(v) + 1);
}

struct order {
	char keys[8][16];
	int n;
};

static int collect_keys(const char *key, const void *val, size_t len,
			void *ctx)
{
	struct order *o = ctx;

	(void)val;
	(void)len;
	snprintf(o->keys[o->n++], sizeof(o->keys[0]), "%s", key);
	return 0;
}

static int unser(const struct wbuf *w)
{
	struct dict *d = NULL;
	int ret = dict_unserialize(w->b, w->len, &d);

	if (ret == 0)
		assert_non_null(d);
	dict_unref(d);
	return ret;
}

/* ---- wire form ----------------------------------------------------------- */

static void test_worked_example(void **state)
{
	static const unsigned char want[] = {
		0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x05,
		0x00, 0x00, 0x00, 0x02, 'f',  'l',  'a',  'g',
		's',  0x00, '3',  0x00,
	};
	_cleanup_dict_ struct dict *d = dict_new();
	char *buf = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(dict_set_int(d, "flags", 3), 0);
	assert_int_equal(dict_serialize(d, &buf, &len), 0);
	assert_int_equal(len, sizeof(want));
	assert_memory_equal(buf, want, sizeof(want));
	free(buf);
}

static void test_empty_dict(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	struct dict *u = NULL;
	char *buf = NULL;
	size_t len = 99;

	(void)state;
	assert_int_equal(dict_serialize(d, &buf, &len), 0);
	assert_int_equal(len, 4);
	assert_memory_equal(buf, "\0\0\0\0", 4);
	assert_int_equal(dict_unserialize(buf, len, &u), 0);
	assert_int_equal(dict_count(u), 0);
	u = dict_unref(u);
	assert_int_equal(dict_unserialize(NULL, 0, &u), 0);
	assert_non_null(u);
	assert_int_equal(dict_count(u), 0);
	dict_unref(u);
	free(buf);
}

static void test_newest_first_on_wire(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	struct wbuf w = { .len = 0 };
	char *buf = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(dict_set_str(d, "a", "1"), 0);
	assert_int_equal(dict_set_str(d, "b", "2"), 0);
	assert_int_equal(dict_set_str(d, "c", "3"), 0);
	/* replacing keeps the position */
	assert_int_equal(dict_set_str(d, "b", "two"), 0);
	w_u32(&w, 3);
	w_pair(&w, "c", "3");
	w_pair(&w, "b", "two");
	w_pair(&w, "a", "1");
	assert_int_equal(dict_serialize(d, &buf, &len), 0);
	assert_int_equal(len, w.len);
	assert_memory_equal(buf, w.b, w.len);
	free(buf);
}

static void test_round_trip_keeps_order(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	_cleanup_dict_ struct dict *u = NULL;
	struct order o = { .n = 0 };
	char *b1 = NULL, *b2 = NULL;
	size_t l1 = 0, l2 = 0;
	static const unsigned char bin[5] = { 0, 1, 0, 2, 0xff };
	const void *v;
	size_t vlen;

	(void)state;
	assert_int_equal(dict_set_str(d, "volname", "tv"), 0);
	assert_int_equal(dict_set_int(d, "count", -1), 0);
	assert_int_equal(dict_set_bin(d, "uuid", bin, sizeof(bin)), 0);
	assert_int_equal(dict_set_str(d, "empty", ""), 0);
	assert_int_equal(dict_set_bin(d, "ptr", NULL, 0), 0);
	assert_int_equal(dict_serialize(d, &b1, &l1), 0);
	assert_int_equal(dict_unserialize(b1, l1, &u), 0);
	assert_int_equal(dict_count(u), 5);
	assert_int_equal(dict_foreach(u, collect_keys, &o), 0);
	assert_int_equal(o.n, 5);
	assert_string_equal(o.keys[0], "volname");
	assert_string_equal(o.keys[1], "count");
	assert_string_equal(o.keys[2], "uuid");
	assert_string_equal(o.keys[3], "empty");
	assert_string_equal(o.keys[4], "ptr");
	v = dict_get_bin(u, "uuid", &vlen);
	assert_int_equal(vlen, sizeof(bin));
	assert_memory_equal(v, bin, sizeof(bin));
	assert_null(dict_get_str(u, "uuid"));
	assert_null(dict_get_str(u, "ptr"));
	assert_string_equal(dict_get_str(u, "empty"), "");
	v = dict_get_bin(u, "count", &vlen);
	assert_int_equal(vlen, 3);
	assert_memory_equal(v, "-1", 3);
	assert_int_equal(dict_serialize(u, &b2, &l2), 0);
	assert_int_equal(l1, l2);
	assert_memory_equal(b1, b2, l1);
	free(b1);
	free(b2);
}

static void test_duplicate_key_later_wins(void **state)
{
	struct wbuf w = { .len = 0 };
	_cleanup_dict_ struct dict *d = NULL;

	(void)state;
	w_u32(&w, 3);
	w_pair(&w, "k", "first");
	w_pair(&w, "x", "y");
	w_pair(&w, "k", "second");
	assert_int_equal(dict_unserialize(w.b, w.len, &d), 0);
	assert_int_equal(dict_count(d), 2);
	assert_string_equal(dict_get_str(d, "k"), "second");
}

/* ---- malformed buffers --------------------------------------------------- */

static void test_truncated_prefixes(void **state)
{
	struct wbuf w = { .len = 0 };
	size_t cut;

	(void)state;
	w_u32(&w, 2);
	w_pair(&w, "volname", "tv");
	w_pair(&w, "flags", "3");
	assert_int_equal(unser(&w), 0);
	for (cut = 1; cut < w.len; cut++) {
		struct wbuf t = w;
		unsigned char *copy;
		struct dict *d = NULL;

		t.len = cut;
		/* exact-size heap copy so ASan sees any read past the end */
		copy = malloc(cut);
		assert_non_null(copy);
		memcpy(copy, t.b, cut);
		assert_int_equal(dict_unserialize(copy, cut, &d), -EINVAL);
		assert_null(d);
		free(copy);
	}
}

static void test_negative_and_huge_fields(void **state)
{
	struct wbuf w;

	(void)state;
	/* negative count */
	w.len = 0;
	w_u32(&w, 0x80000000u);
	assert_int_equal(unser(&w), -EINVAL);
	/* count above DICT_MAX_PAIRS */
	w.len = 0;
	w_u32(&w, DICT_MAX_PAIRS + 1);
	assert_int_equal(unser(&w), -EINVAL);
	/* plausible count, far too little data */
	w.len = 0;
	w_u32(&w, 1000);
	w_pair(&w, "a", "b");
	assert_int_equal(unser(&w), -EINVAL);
	/* negative keylen */
	w.len = 0;
	w_u32(&w, 1);
	w_u32(&w, 0xffffffffu);
	w_u32(&w, 2);
	w_bytes(&w, "k\0v\0", 4);
	assert_int_equal(unser(&w), -EINVAL);
	/* negative vallen */
	w.len = 0;
	w_u32(&w, 1);
	w_u32(&w, 1);
	w_u32(&w, 0xfffffffeu);
	w_bytes(&w, "k\0v\0", 4);
	assert_int_equal(unser(&w), -EINVAL);
	/* vallen larger than what is left */
	w.len = 0;
	w_u32(&w, 1);
	w_u32(&w, 1);
	w_u32(&w, 3);
	w_bytes(&w, "k\0v\0", 4);
	assert_int_equal(unser(&w), -EINVAL);
	/* keylen above DICT_MAX_KEYLEN */
	w.len = 0;
	w_u32(&w, 1);
	w_u32(&w, DICT_MAX_KEYLEN + 1);
	w_u32(&w, 0);
	w_bytes(&w, "kkkkkkkk", 8);
	assert_int_equal(unser(&w), -EINVAL);
}

static void test_short_and_oversized_buffers(void **state)
{
	struct dict *d = NULL;
	static const unsigned char three[3] = { 0, 0, 0 };

	(void)state;
	assert_int_equal(dict_unserialize(three, 1, &d), -EINVAL);
	assert_int_equal(dict_unserialize(three, 3, &d), -EINVAL);
	assert_null(d);
	/* the length alone is checked before anything is read */
	assert_int_equal(dict_unserialize(three, DICT_MAX_SERIALIZED + 1, &d),
			 -EINVAL);
	assert_null(d);
}

static void test_key_nul_rules(void **state)
{
	struct wbuf w;

	(void)state;
	/* key not followed by NUL */
	w.len = 0;
	w_u32(&w, 1);
	w_u32(&w, 3);
	w_u32(&w, 2);
	w_bytes(&w, "keyXv\0", 6);
	assert_int_equal(unser(&w), -EINVAL);
	/* NUL inside the key */
	w.len = 0;
	w_u32(&w, 1);
	w_u32(&w, 3);
	w_u32(&w, 2);
	w_bytes(&w, "k\0y\0v\0", 6);
	assert_int_equal(unser(&w), -EINVAL);
}

static void test_trailing_bytes_ignored(void **state)
{
	struct wbuf w = { .len = 0 };
	_cleanup_dict_ struct dict *d = NULL;

	(void)state;
	w_u32(&w, 1);
	w_pair(&w, "a", "b");
	w_bytes(&w, "\0\0\0", 3);
	assert_int_equal(dict_unserialize(w.b, w.len, &d), 0);
	assert_string_equal(dict_get_str(d, "a"), "b");
}

/* ---- setters / getters --------------------------------------------------- */

static void test_number_text(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	size_t len;

	(void)state;
	assert_int_equal(dict_set_int(d, "neg", -42), 0);
	assert_int_equal(dict_set_uint(d, "big", UINT64_MAX), 0);
	assert_int_equal(dict_set_double(d, "dbl", 0.5), 0);
	assert_int_equal(dict_set_strf(d, "fmt", "%s-%d", "x", 7), 0);
	assert_string_equal(dict_get_str(d, "neg"), "-42");
	assert_string_equal(dict_get_str(d, "big"), "18446744073709551615");
	assert_string_equal(dict_get_str(d, "dbl"), "0.500000");
	assert_string_equal(dict_get_str(d, "fmt"), "x-7");
	assert_non_null(dict_get_bin(d, "neg", &len));
	assert_int_equal(len, 4);
}

static void test_int_getters(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	int64_t i64;
	int32_t i32;
	uint32_t u32;
	uint64_t u64;

	(void)state;
	dict_set_str(d, "ok", "42");
	dict_set_str(d, "neg", "-1");
	dict_set_str(d, "junk", "12abc");
	dict_set_str(d, "space", " 1");
	dict_set_str(d, "empty", "");
	dict_set_str(d, "hex", "0x10");
	dict_set_str(d, "huge", "99999999999999999999");
	dict_set_str(d, "i32max", "2147483648");
	dict_set_str(d, "u32max", "4294967296");
	dict_set_bin(d, "nonul", "17", 2);
	dict_set_bin(d, "midnul", "1\0" "2", 4);

	assert_int_equal(dict_get_int(d, "ok", &i64), 0);
	assert_int_equal(i64, 42);
	assert_int_equal(dict_get_int(d, "neg", &i64), 0);
	assert_int_equal(i64, -1);
	assert_int_equal(dict_get_int(d, "missing", &i64), -ENOENT);
	assert_int_equal(dict_get_int(d, "junk", &i64), -EINVAL);
	assert_int_equal(dict_get_int(d, "space", &i64), -EINVAL);
	assert_int_equal(dict_get_int(d, "empty", &i64), -EINVAL);
	assert_int_equal(dict_get_int(d, "hex", &i64), -EINVAL);
	assert_int_equal(dict_get_int(d, "huge", &i64), -EOVERFLOW);
	assert_int_equal(dict_get_int(d, "nonul", &i64), 0);
	assert_int_equal(i64, 17);
	assert_int_equal(dict_get_int(d, "midnul", &i64), -EINVAL);

	assert_int_equal(dict_get_int32(d, "neg", &i32), 0);
	assert_int_equal(i32, -1);
	assert_int_equal(dict_get_int32(d, "i32max", &i32), -EOVERFLOW);
	assert_int_equal(dict_get_uint32(d, "i32max", &u32), 0);
	assert_int_equal(u32, 2147483648u);
	assert_int_equal(dict_get_uint32(d, "u32max", &u32), -EOVERFLOW);
	assert_int_equal(dict_get_uint32(d, "neg", &u32), -EINVAL);
	assert_int_equal(dict_get_uint64(d, "huge", &u64), -EOVERFLOW);
	assert_int_equal(dict_get_uint64(d, "u32max", &u64), 0);
	assert_true(u64 == 4294967296ull);
}

static void test_bool_getter(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	bool b;

	(void)state;
	dict_set_int(d, "one", 1);
	dict_set_int(d, "zero", 0);
	dict_set_str(d, "on", "on");
	dict_set_str(d, "off", "Off");
	dict_set_str(d, "maybe", "maybe");
	assert_int_equal(dict_get_bool(d, "one", &b), 0);
	assert_true(b);
	assert_int_equal(dict_get_bool(d, "zero", &b), 0);
	assert_false(b);
	assert_int_equal(dict_get_bool(d, "on", &b), 0);
	assert_true(b);
	assert_int_equal(dict_get_bool(d, "off", &b), 0);
	assert_false(b);
	assert_int_equal(dict_get_bool(d, "maybe", &b), -EINVAL);
	assert_int_equal(dict_get_bool(d, "none", &b), -ENOENT);
}

static void test_del_has_copy_ref(void **state)
{
	struct dict *d = dict_new(), *c;
	struct order o = { .n = 0 };

	(void)state;
	dict_set_str(d, "a", "1");
	dict_set_str(d, "b", "2");
	dict_set_str(d, "c", "3");
	assert_true(dict_has(d, "b"));
	assert_int_equal(dict_del(d, "b"), 0);
	assert_int_equal(dict_del(d, "b"), -ENOENT);
	assert_false(dict_has(d, "b"));
	assert_int_equal(dict_count(d), 2);
	dict_set_str(d, "b", "again");	/* re-added: now last */
	c = dict_copy(d);
	assert_non_null(c);
	dict_foreach(c, collect_keys, &o);
	assert_int_equal(o.n, 3);
	assert_string_equal(o.keys[0], "a");
	assert_string_equal(o.keys[1], "c");
	assert_string_equal(o.keys[2], "b");
	dict_set_str(c, "a", "changed");
	assert_string_equal(dict_get_str(d, "a"), "1");
	assert_ptr_equal(dict_ref(d), d);
	assert_null(dict_unref(d));
	assert_string_equal(dict_get_str(d, "c"), "3");	/* still alive */
	assert_null(dict_unref(d));
	assert_null(dict_unref(c));
	assert_null(dict_unref(NULL));
}

static int stop_at_b(const char *key, const void *val, size_t len, void *ctx)
{
	(void)val;
	(void)len;
	(*(int *)ctx)++;
	return strcmp(key, "b") == 0 ? 7 : 0;
}

static void test_foreach_stops(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	int calls = 0;

	(void)state;
	dict_set_str(d, "a", "1");
	dict_set_str(d, "b", "2");
	dict_set_str(d, "c", "3");
	assert_int_equal(dict_foreach(d, stop_at_b, &calls), 7);
	assert_int_equal(calls, 2);
}

static void test_take_str(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	char *s = strdup("owned");

	(void)state;
	assert_int_equal(dict_take_str(d, "k", s), 0);
	assert_ptr_equal(dict_get_str(d, "k"), s);
	assert_int_equal(dict_take_str(d, NULL, strdup("x")), -EINVAL);
}

static void test_many_keys(void **state)
{
	_cleanup_dict_ struct dict *d = dict_new();
	_cleanup_dict_ struct dict *u = NULL;
	char key[32], *buf = NULL;
	size_t len;
	int64_t v;
	int i;

	(void)state;
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof(key), "volume%d.key", i);
		assert_int_equal(dict_set_int(d, key, i), 0);
	}
	for (i = 0; i < 5000; i += 2) {
		snprintf(key, sizeof(key), "volume%d.key", i);
		assert_int_equal(dict_del(d, key), 0);
	}
	assert_int_equal(dict_count(d), 2500);
	assert_int_equal(dict_serialize(d, &buf, &len), 0);
	assert_int_equal(dict_unserialize(buf, len, &u), 0);
	free(buf);
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof(key), "volume%d.key", i);
		if (i % 2 == 0) {
			assert_false(dict_has(u, key));
			continue;
		}
		assert_int_equal(dict_get_int(u, key, &v), 0);
		assert_int_equal(v, i);
	}
}

static void test_out_of_memory(void **state)
{
	struct wbuf w = { .len = 0 };
	int n, ret;

	(void)state;
	w_u32(&w, 3);
	w_pair(&w, "a", "1");
	w_pair(&w, "b", "2");
	w_pair(&w, "c", "3");
	/* every allocation in turn fails; nothing leaks, nothing crashes */
	for (n = 1; n < 50; n++) {
		struct dict *d = NULL;

		mem_fail_countdown = n;
		ret = dict_unserialize(w.b, w.len, &d);
		if (ret == 0) {
			assert_int_equal(dict_count(d), 3);
			dict_unref(d);
			break;
		}
		assert_int_equal(ret, -ENOMEM);
		assert_null(d);
	}
	mem_fail_countdown = 0;
	assert_true(n > 3);
	{
		_cleanup_dict_ struct dict *d = dict_new();

		dict_set_str(d, "k", "old");
		mem_fail_countdown = 1;
		assert_int_equal(dict_set_str(d, "k", "new"), -ENOMEM);
		assert_string_equal(dict_get_str(d, "k"), "old");
		mem_fail_countdown = 0;
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_worked_example),
		cmocka_unit_test(test_empty_dict),
		cmocka_unit_test(test_newest_first_on_wire),
		cmocka_unit_test(test_round_trip_keeps_order),
		cmocka_unit_test(test_duplicate_key_later_wins),
		cmocka_unit_test(test_truncated_prefixes),
		cmocka_unit_test(test_negative_and_huge_fields),
		cmocka_unit_test(test_short_and_oversized_buffers),
		cmocka_unit_test(test_key_nul_rules),
		cmocka_unit_test(test_trailing_bytes_ignored),
		cmocka_unit_test(test_number_text),
		cmocka_unit_test(test_int_getters),
		cmocka_unit_test(test_bool_getter),
		cmocka_unit_test(test_del_has_copy_ref),
		cmocka_unit_test(test_foreach_stops),
		cmocka_unit_test(test_take_str),
		cmocka_unit_test(test_many_keys),
		cmocka_unit_test(test_out_of_memory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
