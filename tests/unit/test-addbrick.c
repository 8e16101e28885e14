/* test-addbrick: add-brick's pure parts: 10.3's count checks and
 * messages, and where the new bricks go in the volume (cluster.md 5.4;
 * layouts as 10.3 stored them in vols/<vol>/info). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "glusterd/volinfo.h"
#include "libglusterfs/strbuf.h"

static struct gd_volinfo *vol(const char *name, int type, int bricks,
			      int replica, int disperse)
{
	struct gd_volinfo *v = gd_volinfo_new(name);

	assert_non_null(v);
	v->type = type;
	v->brick_count = bricks;
	v->replica_count = replica;
	v->disperse_count = disperse;
	v->redundancy_count = disperse ? 1 : 0;
	v->bricks = calloc((size_t)bricks, sizeof(*v->bricks));
	assert_non_null(v->bricks);
	for (int i = 0; i < bricks; i++) {
		v->bricks[i].hostname = xasprintf("h%d", i);
		v->bricks[i].path = xasprintf("/b%d", i);
	}
	gd_volinfo_derive(v);
	return v;
}

static int check(const struct gd_volinfo *v, int count, int replica,
		 int arbiter, struct gd_addbrick_plan *p, char *err)
{
	return gd_volinfo_addbrick_check(v, count, replica, arbiter, p, err,
					 256);
}

static void test_counts(void **state)
{
	struct gd_volinfo *d = vol("dist", GD_VOL_DISTRIBUTE, 2, 1, 0);
	struct gd_volinfo *r = vol("rep", GD_VOL_REPLICATE, 4, 2, 0);
	struct gd_volinfo *e = vol("disp", GD_VOL_DISPERSE, 3, 1, 3);
	struct gd_addbrick_plan p;
	char err[256];

	(void)state;
	assert_int_equal(check(d, 1, 0, 0, &p, err), 0);
	assert_int_equal(p.replica, 0);
	assert_int_equal(p.type, -1);
	/* distribute -> replicate */
	assert_int_equal(check(d, 2, 2, 0, &p, err), 0);
	assert_int_equal(p.replica, 2);
	assert_int_equal(p.type, GD_VOL_REPLICATE);
	assert_int_equal(check(d, 1, 2, 0, &p, err), -1);
	assert_string_equal(err, "Incorrect number of bricks (1) supplied for "
			    "replica count (2).");
	/* whole sets only */
	assert_int_equal(check(r, 1, 0, 0, &p, err), -1);
	assert_string_equal(err, "Incorrect number of bricks supplied 1 with "
			    "count 2");
	assert_int_equal(check(r, 2, 0, 0, &p, err), 0);
	/* replica given but unchanged: 0 in the plan */
	assert_int_equal(check(r, 2, 2, 0, &p, err), 0);
	assert_int_equal(p.replica, 0);
	assert_int_equal(check(r, 1, 1, 0, &p, err), -1);
	assert_string_equal(err, "Incorrect replica count (1) supplied. Volume "
			    "already has (2)");
	/* one brick per set */
	assert_int_equal(check(r, 2, 3, 0, &p, err), 0);
	assert_int_equal(p.replica, 3);
	assert_int_equal(p.type, -1);
	/* wrong count for the increase: 10.3 has no message */
	assert_int_equal(check(r, 1, 3, 0, &p, err), -1);
	assert_string_equal(err, "");
	assert_int_equal(check(r, 2, 2, 1, &p, err), -1);
	assert_string_equal(err, "Cannot convert replica 3 volume to arbiter "
			    "volume.");
	assert_int_equal(check(e, 2, 0, 0, &p, err), -1);
	assert_string_equal(err, "Incorrect number of bricks supplied 2 with "
			    "count 3");
	assert_int_equal(check(e, 3, 0, 0, &p, err), 0);
	assert_int_equal(check(e, 1, 2, 0, &p, err), -1);
	assert_string_equal(err, "Volume disp cannot be converted from "
			    "dispersed to replicated-dispersed");
	gd_volinfo_free(d);
	gd_volinfo_free(r);
	gd_volinfo_free(e);
}

static struct gd_brick *news(int n, int from)
{
	struct gd_brick *b = calloc((size_t)n, sizeof(*b));

	assert_non_null(b);
	for (int i = 0; i < n; i++) {
		b[i].hostname = xasprintf("n%d", i);
		b[i].path = xasprintf("/n%d", i);
		b[i].brick_id = xasprintf("v-client-%d", from + i);
	}
	return b;
}

static void expect_hosts(const struct gd_volinfo *v, const char *const *want)
{
	for (int i = 0; i < v->brick_count; i++)
		assert_string_equal(v->bricks[i].hostname, want[i]);
}

static void test_layout_replica_increase(void **state)
{
	struct gd_volinfo *v = vol("v", GD_VOL_REPLICATE, 4, 2, 0);
	struct gd_addbrick_plan p = { 3, -1 };
	struct gd_brick *add = news(2, 4);
	static const char *const want[] = { "h0", "h1", "n0", "h2", "h3", "n1" };

	(void)state;
	assert_int_equal(gd_volinfo_next_brick_id(v), 4);
	assert_int_equal(gd_volinfo_add_bricks(v, add, 2, &p, 0), 0);
	assert_int_equal(v->brick_count, 6);
	assert_int_equal(v->replica_count, 3);
	assert_int_equal(v->sub_count, 3);
	expect_hosts(v, want);
	/* ids stay with their bricks: 10.3 numbers new ones after the last */
	assert_string_equal(v->bricks[2].brick_id, "v-client-4");
	assert_string_equal(v->bricks[3].brick_id, "v-client-2");
	assert_int_equal(gd_volinfo_next_brick_id(v), 6);
	free(add);
	gd_volinfo_free(v);
}

static void test_layout_dist_to_replica(void **state)
{
	struct gd_volinfo *v = vol("v", GD_VOL_DISTRIBUTE, 2, 1, 0);
	struct gd_addbrick_plan p = { 2, GD_VOL_REPLICATE };
	struct gd_brick *add = news(2, 2);
	static const char *const want[] = { "h0", "n0", "h1", "n1" };

	(void)state;
	assert_int_equal(gd_volinfo_add_bricks(v, add, 2, &p, 0), 0);
	assert_int_equal(v->type, GD_VOL_REPLICATE);
	assert_int_equal(v->sub_count, 2);
	expect_hosts(v, want);
	free(add);
	gd_volinfo_free(v);
}

static void test_layout_append(void **state)
{
	struct gd_volinfo *v = vol("v", GD_VOL_DISPERSE, 3, 1, 3);
	struct gd_addbrick_plan p = { 0, -1 };
	struct gd_brick *add = news(3, 3);
	static const char *const want[] = { "h0", "h1", "h2", "n0", "n1", "n2" };
	int order[6];

	(void)state;
	gd_volinfo_addbrick_layout(v, 3, 0, order);
	for (int i = 0; i < 6; i++)
		assert_int_equal(order[i], i);
	assert_int_equal(gd_volinfo_add_bricks(v, add, 3, &p, 0), 0);
	assert_int_equal(v->brick_count, 6);
	assert_int_equal(v->sub_count, 3);
	expect_hosts(v, want);
	free(add);
	gd_volinfo_free(v);
}

static void test_layout_arbiter(void **state)
{
	struct gd_volinfo *v = vol("v", GD_VOL_REPLICATE, 2, 2, 0);
	struct gd_addbrick_plan p = { 3, -1 };
	struct gd_brick *add = news(1, 2);

	(void)state;
	assert_int_equal(gd_volinfo_add_bricks(v, add, 1, &p, 1), 0);
	assert_int_equal(v->arbiter_count, 1);
	assert_true(v->bricks[2].is_arbiter);
	assert_false(v->bricks[1].is_arbiter);
	free(add);
	gd_volinfo_free(v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_layout_replica_increase),
		cmocka_unit_test(test_layout_dist_to_replica),
		cmocka_unit_test(test_layout_append),
		cmocka_unit_test(test_layout_arbiter),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
