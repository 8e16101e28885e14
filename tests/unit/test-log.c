/* Unit tests for libglusterfs/log: upstream's line format and filtering. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "libglusterfs/log.h"
#include "libglusterfs/store.h"

static char dir[] = "/tmp/test-log-XXXXXX";
static char path[64];

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/glusterd.log", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	log_close();
	return store_rmtree(dir);
}

static char *slurp(void)
{
	char *buf = NULL;
	size_t len;

	assert_int_equal(store_read_all(path, &buf, &len), 0);
	return buf;
}

static void assert_matches(const char *text, const char *re)
{
	regex_t rx;

	assert_int_equal(regcomp(&rx, re, REG_EXTENDED | REG_NEWLINE), 0);
	if (regexec(&rx, text, 0, NULL, 0) != 0)
		fail_msg("'%s' does not match /%s/", text, re);
	regfree(&rx);
}

#define STAMP "^\\[[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}" \
	      "\\.[0-9]{6} \\+0000\\] "

static void test_format(void **state)
{
	char *text;
	struct stat st;

	(void)state;
	unlink(path);
	assert_int_equal(log_open(path, "test"), 0);
	log_info("hello %d", 5);
	log_msg(LOG_LVL_WARNING, "/a/b/some-file.c", 42, "fn", "trailing\n");
	errno = ENOENT;
	log_info("open: %m");
	assert_int_equal(errno, ENOENT);
	text = slurp();
	assert_matches(text, "0-test: open: No such file or directory$");
	assert_matches(text, STAMP "I \\[test-log\\.c:[0-9]+:test_format\\] "
			     "0-test: hello 5$");
	assert_matches(text, STAMP "W \\[some-file\\.c:42:fn\\] 0-test: "
			     "trailing$");
	assert_null(strstr(text, "\n\n"));
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	free(text);
}

static void test_levels_filter(void **state)
{
	char *text;

	(void)state;
	unlink(path);
	assert_int_equal(log_open(path, NULL), 0);
	assert_int_equal(log_get_level(), LOG_LVL_INFO);
	log_debug("hidden");
	log_set_level(LOG_LVL_DEBUG);
	log_debug("shown");
	log_trace("hidden too");
	log_msg(LOG_LVL_CRITICAL, "x.c", 1, "f", "crit");
	log_err("err");
	log_set_level(LOG_LVL_INFO);
	text = slurp();
	assert_null(strstr(text, "hidden"));
	assert_matches(text, STAMP "D \\[[^]]+\\] 0-management: shown$");
	assert_matches(text, STAMP "C \\[x\\.c:1:f\\] 0-management: crit$");
	assert_matches(text, STAMP "E \\[[^]]+\\] 0-management: err$");
	free(text);
}

static void test_appends(void **state)
{
	char *text, *nl;
	int lines = 0;

	(void)state;
	unlink(path);
	assert_int_equal(log_open(path, "a"), 0);
	log_info("one");
	log_close();
	assert_int_equal(log_open(path, "a"), 0);
	log_info("two");
	assert_int_equal(log_reopen(), 0);
	log_info("three");
	text = slurp();
	for (nl = text; (nl = strchr(nl, '\n')); nl++)
		lines++;
	assert_int_equal(lines, 3);
	assert_true(strstr(text, "one") < strstr(text, "two"));
	free(text);
}

static void test_parse_and_errors(void **state)
{
	enum log_level lvl;

	(void)state;
	assert_int_equal(log_parse_level("DEBUG", &lvl), 0);
	assert_int_equal(lvl, LOG_LVL_DEBUG);
	assert_int_equal(log_parse_level("warning", &lvl), 0);
	assert_int_equal(lvl, LOG_LVL_WARNING);
	assert_int_equal(log_parse_level("NONE", &lvl), 0);
	assert_int_equal(lvl, LOG_LVL_NONE);
	assert_int_equal(log_parse_level("loud", &lvl), -EINVAL);
	assert_int_equal(log_parse_level(NULL, &lvl), -EINVAL);
	assert_string_equal(log_level_name(LOG_LVL_TRACE), "TRACE");
	/* a directory cannot be opened for appending */
	assert_true(log_open(dir, "x") < 0);
	assert_int_equal(log_open("-", NULL), 0);
}

static void test_long_message(void **state)
{
	char *big = malloc(10001), *text;

	(void)state;
	assert_non_null(big);
	memset(big, 'y', 10000);
	big[10000] = '\0';
	unlink(path);
	assert_int_equal(log_open(path, "big"), 0);
	log_info("%s", big);
	text = slurp();
	assert_non_null(strstr(text, big));
	assert_int_equal(text[strlen(text) - 1], '\n');
	free(text);
	free(big);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_levels_filter),
		cmocka_unit_test(test_appends),
		cmocka_unit_test(test_parse_and_errors),
		cmocka_unit_test(test_long_message),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
