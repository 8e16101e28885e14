/* Unit tests for libglusterfs/store: atomic save, 10.x reader rules,
 * directory helpers, and the I/O countdown fault hook. */
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
#include <sys/stat.h>
#include <unistd.h>

#include "libglusterfs/mem.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"

static int setup_dir(void **state)
{
	char tmpl[] = "/tmp/test-store-XXXXXX";

	if (!mkdtemp(tmpl))
		return -1;
	*state = strdup(tmpl);
	return *state ? 0 : -1;
}

static int teardown_dir(void **state)
{
	int ret = store_rmtree(*state);

	free(*state);
	return ret;
}

static char *path_in(void **state, const char *name)
{
	char *p = xasprintf("%s/%s", (char *)*state, name);

	assert_non_null(p);
	return p;
}

static void write_raw(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

static char *read_raw(const char *path)
{
	char *buf = NULL;
	size_t len;

	assert_int_equal(store_read_all(path, &buf, &len), 0);
	assert_int_equal(strlen(buf), len);
	return buf;
}

static void test_round_trip(void **state)
{
	_cleanup_free_ char *p = path_in(state, "info");
	_cleanup_free_ char *text = NULL;
	struct store_file f, g;
	struct stat st;

	store_file_init(&f);
	assert_int_equal(store_file_add(&f, "type", "2"), 0);
	assert_int_equal(store_file_add(&f, "key.with=eq", "v=1=2"), 0);
	assert_int_equal(store_file_add(&f, "empty", ""), 0);
	assert_int_equal(store_file_addf(&f, "count", "%d", 3), 0);
	assert_int_equal(store_file_save(p, &f), 0);
	text = read_raw(p);
	assert_string_equal(text,
			    "type=2\nkey.with=eq=v=1=2\nempty=\ncount=3\n");
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);

	assert_int_equal(store_file_load(p, &g), 0);
	assert_int_equal(g.n, 4);
	assert_string_equal(g.kv[0].key, "type");
	/* the key ends at the first '=' */
	assert_string_equal(g.kv[1].key, "key.with");
	assert_string_equal(g.kv[1].val, "eq=v=1=2");
	assert_string_equal(store_file_get(&g, "empty"), "");
	assert_string_equal(store_file_get(&g, "count"), "3");
	assert_null(store_file_get(&g, "nope"));
	store_file_release(&f);
	store_file_release(&g);
	assert_int_equal(g.n, 0);
}

static void test_reader_rules(void **state)
{
	_cleanup_free_ char *p = path_in(state, "rules");
	struct store_file f;

	write_raw(p, "\na=1\n\n\nb=x=y\ndup=1\ndup=2\nlast=no-newline");
	assert_int_equal(store_file_load(p, &f), 0);
	assert_int_equal(f.n, 4);
	assert_string_equal(f.kv[0].key, "a");
	assert_string_equal(f.kv[1].val, "x=y");
	/* first value wins for lookups, both are kept in order */
	assert_string_equal(store_file_get(&f, "dup"), "1");
	assert_string_equal(f.kv[3].val, "2");
	assert_null(store_file_get(&f, "last"));
	store_file_release(&f);

	write_raw(p, "a=1\nno equals sign\n");
	assert_int_equal(store_file_load(p, &f), -EINVAL);
	assert_int_equal(f.n, 0);
	write_raw(p, "=value\n");
	assert_int_equal(store_file_load(p, &f), -EINVAL);
	write_raw(p, "");
	assert_int_equal(store_file_load(p, &f), 0);
	assert_int_equal(f.n, 0);
	/* an unterminated bad line is ignored like any unterminated line */
	write_raw(p, "a=1\ngarbage");
	assert_int_equal(store_file_load(p, &f), 0);
	assert_int_equal(f.n, 1);
	store_file_release(&f);
}

static void test_missing_file(void **state)
{
	_cleanup_free_ char *p = path_in(state, "absent");
	struct store_file f;
	char *buf;
	size_t len;

	assert_int_equal(store_file_load(p, &f), -ENOENT);
	assert_int_equal(store_read_all(p, &buf, &len), -ENOENT);
}

static void test_parse_buffer(void **state)
{
	static const char text[] = "k=v\r\nx=\n";
	struct store_file f;

	(void)state;
	assert_int_equal(store_file_parse(text, sizeof(text) - 1, &f), 0);
	assert_int_equal(f.n, 2);
	assert_string_equal(f.kv[0].val, "v\r");
	assert_string_equal(f.kv[1].val, "");
	store_file_release(&f);
	/* a NUL inside a line is refused */
	assert_int_equal(store_file_parse("a=b\0c\n", 6, &f), -EINVAL);
}

static bool exists(const char *p)
{
	return access(p, F_OK) == 0;
}

/* Fails the n-th I/O call for n = 1, 2, ... until the save succeeds. At
 * every step the target holds either the old or the new text in full, and
 * never a leftover .tmp. Before the rename it must still be the old text. */
static void test_atomic_under_faults(void **state)
{
	_cleanup_free_ char *p = path_in(state, "atomic");
	_cleanup_free_ char *tmp = path_in(state, "atomic.tmp");
	const char *old_text = "version=1\n";
	struct store_file f;
	int n, ret, failures = 0;
	bool renamed = false;

	store_file_init(&f);
	assert_int_equal(store_file_add(&f, "version", "2"), 0);
	assert_int_equal(store_file_add(&f, "name", "vol"), 0);
	for (n = 1; n < 100; n++) {
		char *now;

		write_raw(p, old_text);
		store_fail_countdown = n;
		ret = store_file_save(p, &f);
		store_fail_countdown = 0;
		assert_false(exists(tmp));
		now = read_raw(p);
		if (ret == 0) {
			assert_string_equal(now, "version=2\nname=vol\n");
			free(now);
			break;
		}
		assert_int_equal(ret, -EIO);
		failures++;
		if (strcmp(now, old_text) != 0) {
			/* only the directory fsync comes after the rename */
			assert_string_equal(now, "version=2\nname=vol\n");
			renamed = true;
		} else {
			assert_false(renamed);
		}
		free(now);
	}
	/* open, write, fsync, close, rename, dir open, dir fsync */
	assert_int_equal(failures, 7);
	store_file_release(&f);
}

static void test_write_atomic_errors(void **state)
{
	_cleanup_free_ char *p = path_in(state, "nodir/file");
	_cleanup_free_ char *tmp = path_in(state, "nodir/file.tmp");

	assert_int_equal(store_write_atomic(p, "x\n", 2), -ENOENT);
	assert_false(exists(tmp));
	assert_int_equal(store_write_atomic(NULL, "x", 1), -EINVAL);
}

/* A batch renames each file at once (readers see it) and owes only the
 * directory syncs; nested batches end with the outermost. */
static void test_batch(void **state)
{
	_cleanup_free_ char *a = path_in(state, "a");
	_cleanup_free_ char *b = path_in(state, "b");
	_cleanup_free_ char *bad = path_in(state, "nodir/c");
	char *buf = NULL;
	size_t len = 0;

	store_batch_begin();
	store_batch_begin();
	assert_int_equal(store_write_atomic(a, "1\n", 2), 0);
	assert_int_equal(store_write_atomic(b, "2\n", 2), 0);
	assert_int_equal(store_write_atomic(a, "3\n", 2), 0);
	assert_int_equal(store_write_atomic(bad, "x", 1), -ENOENT);
	assert_int_equal(store_batch_end(), 0);
	assert_int_equal(store_read_all(a, &buf, &len), 0);
	assert_string_equal(buf, "3\n");
	free(buf);
	assert_int_equal(store_batch_end(), 0);	/* outermost */
	assert_int_equal(store_batch_end(), 0);	/* unbalanced: ignored */
	assert_int_equal(store_read_all(b, &buf, &len), 0);
	assert_string_equal(buf, "2\n");
	free(buf);
}

static void test_read_all_empty_and_big(void **state)
{
	_cleanup_free_ char *p = path_in(state, "big");
	struct strbuf sb = STRBUF_INIT;
	char *buf = NULL;
	size_t len = 99;
	int i;

	write_raw(p, "");
	assert_int_equal(store_read_all(p, &buf, &len), 0);
	assert_int_equal(len, 0);
	assert_string_equal(buf, "");
	free(buf);
	for (i = 0; i < 5000; i++)
		assert_int_equal(strbuf_addf(&sb, "key%d=value%d\n", i, i), 0);
	assert_int_equal(store_write_atomic(p, sb.buf, sb.len), 0);
	assert_int_equal(store_read_all(p, &buf, &len), 0);
	assert_int_equal(len, sb.len);
	assert_memory_equal(buf, sb.buf, len);
	free(buf);
	/* a failing read mid-file is reported and leaks nothing */
	store_fail_countdown = 2;
	assert_int_equal(store_read_all(p, &buf, &len), -EIO);
	store_fail_countdown = 0;
	strbuf_release(&sb);
}

static void test_mkdir_p_and_rmtree(void **state)
{
	_cleanup_free_ char *deep = path_in(state, "a/b//c/d/");
	_cleanup_free_ char *file = path_in(state, "a/b/file");
	_cleanup_free_ char *under = path_in(state, "a/b/file/x");
	_cleanup_free_ char *top = path_in(state, "a");
	struct stat st;

	assert_int_equal(store_mkdir_p(deep, 0755), 0);
	assert_int_equal(store_mkdir_p(deep, 0755), 0);
	assert_int_equal(stat(deep, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	write_raw(file, "x=1\n");
	assert_int_equal(store_mkdir_p(file, 0755), -ENOTDIR);
	assert_int_equal(store_mkdir_p(under, 0755), -ENOTDIR);
	assert_int_equal(store_rmtree(top), 0);
	assert_false(exists(top));
	assert_int_equal(store_rmtree(top), 0);
	assert_int_equal(store_sync_dir(*state), 0);
	assert_true(store_sync_dir(top) < 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_round_trip, setup_dir,
						teardown_dir),
		cmocka_unit_test_setup_teardown(test_reader_rules, setup_dir,
						teardown_dir),
		cmocka_unit_test_setup_teardown(test_missing_file, setup_dir,
						teardown_dir),
		cmocka_unit_test(test_parse_buffer),
		cmocka_unit_test_setup_teardown(test_atomic_under_faults,
						setup_dir, teardown_dir),
		cmocka_unit_test_setup_teardown(test_write_atomic_errors,
						setup_dir, teardown_dir),
		cmocka_unit_test_setup_teardown(test_read_all_empty_and_big,
						setup_dir, teardown_dir),
		cmocka_unit_test_setup_teardown(test_batch, setup_dir,
						teardown_dir),
		cmocka_unit_test_setup_teardown(test_mkdir_p_and_rmtree,
						setup_dir, teardown_dir),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
