/* Unit tests: glusterd's volume store (info, bricks, cksum), glusterd.vol
 * parsing and the lock table. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sys/stat.h>
#include <unistd.h>

#include "glusterd/gdvol.h"
#include "glusterd/locks.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"

static char tmpl[64];

static int setup(void **state)
{
	(void)state;
	strcpy(tmpl, "/tmp/test-gd-store.XXXXXX");
	return mkdtemp(tmpl) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	return store_rmtree(tmpl);
}

static struct gd_volinfo *make_rep3(void)
{
	struct gd_volinfo *v = gd_volinfo_new("rep3");
	static const char *const hosts[] = { "h1", "h2", "h3" };

	v->type = 2;
	v->brick_count = 3;
	v->sub_count = 3;
	v->replica_count = 3;
	v->version = 1;
	strcpy(v->volume_id, "41be2a0d-f034-469f-8b41-501988da67eb");
	strcpy(v->username, "aa8dd013-726f-4b6a-aafb-026168a20e4c");
	strcpy(v->password, "cd597459-74cb-4e22-81f1-932dbb5099c2");
	v->op_version = 40000;
	v->client_op_version = 30800;
	gd_opts_set(&v->opts, "performance.client-io-threads", "off");
	gd_opts_set(&v->opts, "nfs.disable", "on");
	gd_opts_set(&v->opts, "transport.address-family", "inet");
	gd_opts_set(&v->opts, "storage.fips-mode-rchecksum", "on");
	gd_opts_set(&v->opts, "cluster.granular-entry-heal", "on");
	v->bricks = calloc(3, sizeof(*v->bricks));
	for (int i = 0; i < 3; i++) {
		struct gd_brick *b = &v->bricks[i];
		b->hostname = strdup(hosts[i]);
		b->path = strdup("/data/brick1/rep3");
		b->real_path = strdup(b->path);
		b->mount_dir = strdup("/brick1/rep3");
		strcpy(b->uuid, "1116b87d-f5e0-4815-aa1f-8e4c59978427");
	}
	gd_volinfo_derive(v);
	return v;
}

/* The info file of cluster.md 2.7's example, byte for byte. */
static void test_info_matches_reference(void **state)
{
	static const char expect[] =
		"type=2\ncount=3\nstatus=0\nsub_count=3\nreplica_count=3\n"
		"disperse_count=0\nredundancy_count=0\nversion=1\n"
		"transport-type=0\n"
		"volume-id=41be2a0d-f034-469f-8b41-501988da67eb\n"
		"username=aa8dd013-726f-4b6a-aafb-026168a20e4c\n"
		"password=cd597459-74cb-4e22-81f1-932dbb5099c2\n"
		"op-version=40000\nclient-op-version=30800\nquota-version=0\n"
		"tier-enabled=0\nparent_volname=N/A\n"
		"restored_from_snap=00000000-0000-0000-0000-000000000000\n"
		"snap-max-hard-limit=256\ncluster.granular-entry-heal=on\n"
		"storage.fips-mode-rchecksum=on\ntransport.address-family=inet\n"
		"nfs.disable=on\nperformance.client-io-threads=off\n"
		"brick-0=h1:-data-brick1-rep3\nbrick-1=h2:-data-brick1-rep3\n"
		"brick-2=h3:-data-brick1-rep3\n";
	struct gd_volinfo *v = make_rep3();
	char *path, *text = NULL;
	size_t len;

	(void)state;
	assert_int_equal(gd_volinfo_save(tmpl, v, 100000), 0);
	path = xasprintf("%s/vols/rep3/info", tmpl);
	assert_int_equal(store_read_all(path, &text, &len), 0);
	assert_string_equal(text, expect);
	free(text);
	free(path);
	gd_volinfo_free(v);
}

static void test_round_trip(void **state)
{
	struct gd_volinfo *v = make_rep3(), *w = NULL;

	(void)state;
	v->bricks[1].port = 49152;
	v->bricks[1].fsid = 6422938533931033444ULL;
	assert_int_equal(gd_volinfo_save(tmpl, v, 100000), 0);
	assert_int_equal(gd_volinfo_load(tmpl, "rep3", &w), 0);
	assert_int_equal(w->brick_count, 3);
	assert_int_equal(w->replica_count, 3);
	assert_string_equal(w->volume_id, v->volume_id);
	assert_string_equal(w->bricks[2].hostname, "h3");
	assert_string_equal(w->bricks[1].path, "/data/brick1/rep3");
	assert_int_equal(w->bricks[1].port, 49152);
	assert_true(w->bricks[1].fsid == 6422938533931033444ULL);
	assert_string_equal(w->bricks[0].brick_id, "rep3-client-0");
	/* 10.x reverses the option order at every restart */
	assert_int_equal(w->opts.n, 5);
	assert_string_equal(w->opts.kv[0].key, "cluster.granular-entry-heal");
	assert_int_equal(w->cksum, v->cksum);
	gd_volinfo_free(v);
	gd_volinfo_free(w);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_load_rejects_corrupt(void **state)
{
	struct gd_volinfo *v = make_rep3(), *w = NULL;
	char *info = xasprintf("%s/vols/rep3/info", tmpl);

	(void)state;
	assert_int_equal(gd_volinfo_save(tmpl, v, 100000), 0);
	write_file(info, "type=2\ncount=x\n");
	assert_int_not_equal(gd_volinfo_load(tmpl, "rep3", &w), 0);
	write_file(info, "type=2\ncount=3\nbrick-0=h1:-data-brick1-rep3\n");
	assert_int_not_equal(gd_volinfo_load(tmpl, "rep3", &w), 0);
	write_file(info, "type=2\ncount=1\nbrick-7=h1:-data-brick1-rep3\n");
	assert_int_not_equal(gd_volinfo_load(tmpl, "rep3", &w), 0);
	/* a brick file the info names is missing: damaged, not absent */
	write_file(info, "type=2\ncount=1\nbrick-0=h9:-nowhere\n");
	assert_int_equal(gd_volinfo_load(tmpl, "rep3", &w), -EINVAL);
	/* no info at all: no volume there */
	assert_int_equal(unlink(info), 0);
	assert_int_equal(gd_volinfo_load(tmpl, "rep3", &w), -ENOENT);
	assert_null(w);
	free(info);
	gd_volinfo_free(v);
}

static void test_save_failure_keeps_old(void **state)
{
	struct gd_volinfo *v = make_rep3();
	char *info = xasprintf("%s/vols/rep3/info", tmpl);
	char *before = NULL, *after = NULL;
	size_t len;

	(void)state;
	assert_int_equal(gd_volinfo_save(tmpl, v, 100000), 0);
	assert_int_equal(store_read_all(info, &before, &len), 0);
	v->version = 2;
	for (int n = 1; n < 40; n++) {
		store_fail_countdown = n;
		(void)gd_volinfo_save(tmpl, v, 100000);
		store_fail_countdown = 0;
		assert_int_equal(store_read_all(info, &after, &len), 0);
		/* the info file is either the old or the new one, never torn */
		assert_true(strcmp(after, before) == 0 ||
			    strstr(after, "version=2\n") != NULL);
		free(after);
	}
	free(before);
	free(info);
	gd_volinfo_free(v);
}

/* A volume's first save: the directory appears whole or not at all, also
 * when a write fails half way, inside a commit's batch, or over what an
 * interrupted save left. */
static void test_first_save_whole_or_nothing(void **state)
{
	struct gd_volinfo *v = make_rep3(), *w = NULL;
	char *vdir = xasprintf("%s/vols/rep3", tmpl);
	char *tmp = xasprintf("%s/vols/.rep3.new", tmpl);
	char *stale = xasprintf("%s/vols/.rep3.new/bricks/junk", tmpl);
	struct stat st;

	(void)state;
	for (int n = 1; n < 40; n++) {
		store_fail_countdown = n;
		int r = gd_volinfo_save(tmpl, v, 100000);
		store_fail_countdown = 0;
		assert_int_not_equal(stat(tmp, &st), 0);
		if (r == 0) {
			assert_int_equal(gd_volinfo_load(tmpl, "rep3", &w), 0);
			gd_volinfo_free(w);
			w = NULL;
			assert_int_equal(store_rmtree(vdir), 0);
		} else {
			assert_int_not_equal(stat(vdir, &st), 0);
		}
	}
	assert_int_equal(store_mkdir_p(tmp, 0755), 0);
	assert_int_equal(store_mkdir_p(stale, 0755), 0);
	store_batch_begin();
	assert_int_equal(gd_volinfo_save(tmpl, v, 100000), 0);
	assert_int_equal(store_batch_end(), 0);
	assert_int_not_equal(stat(tmp, &st), 0);
	assert_int_equal(gd_volinfo_load(tmpl, "rep3", &w), 0);
	assert_int_equal(w->brick_count, 3);
	gd_volinfo_free(w);
	free(stale);
	free(tmp);
	free(vdir);
	gd_volinfo_free(v);
}

static void test_gdvol_parse(void **state)
{
	static const char vol[] =
		"volume management\n    type mgmt/glusterd\n"
		"    option working-directory /var/lib/glusterd\n"
		"    option transport.socket.listen-port 24007\n"
		"#   option base-port 49152\n"
		"    option max-port  60999\nend-volume\n";
	struct gdvol_opts o;

	(void)state;
	gdvol_opts_init(&o);
	assert_int_equal(gdvol_parse(vol, &o), 0);
	assert_string_equal(gd_opts_get(&o.kv, "max-port"), "60999");
	assert_null(gd_opts_get(&o.kv, "base-port"));
	assert_int_equal(gdvol_opts_add_xlator_option(&o,
		"management.working-directory=/tmp/x"), 0);
	assert_string_equal(gd_opts_get(&o.kv, "working-directory"), "/tmp/x");
	assert_int_not_equal(gdvol_opts_add_xlator_option(&o, "nodot"), 0);
	assert_int_not_equal(gdvol_opts_add_xlator_option(&o, "a.b"), 0);
	gdvol_opts_release(&o);
}

static void test_locks(void **state)
{
	struct gd_locks *l = gd_locks_new(NULL, 0);

	(void)state;
	assert_int_equal(gd_lock_take(l, "v_vol", "u1"), 0);
	assert_int_equal(gd_lock_take(l, "v_vol", "u1"), -EBUSY);
	assert_int_equal(gd_lock_take(l, "w_vol", "u2"), 0);
	assert_int_equal(gd_lock_release(l, "v_vol", "u2"), -EPERM);
	assert_string_equal(gd_lock_owner(l, "v_vol"), "u1");
	gd_locks_release_owner(l, "u2");
	assert_null(gd_lock_owner(l, "w_vol"));
	assert_int_equal(gd_lock_release(l, "v_vol", "u1"), 0);
	assert_int_equal(gd_lock_release(l, "v_vol", "u1"), -ENOENT);
	gd_locks_free(l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_info_matches_reference,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_trip, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_load_rejects_corrupt,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_failure_keeps_old,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_first_save_whole_or_nothing,
						setup, teardown),
		cmocka_unit_test(test_gdvol_parse),
		cmocka_unit_test(test_locks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
