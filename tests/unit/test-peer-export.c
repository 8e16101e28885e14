/* Unit tests: the FRIEND_ADD export dictionary (cluster.md 3.5) and its
 * comparison and import (3.6), between two in-process nodes with their
 * own working directories. */
#include <errno.h>
#include <ftw.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <unistd.h>

#include "glusterd/conf.h"
#include "glusterd/op.h"
#include "glusterd/peer-export.h"
#include "glusterd/restore.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"

#define UUID_A "8bde91ea-6961-43a4-8aa9-bc0b43308e4f"
#define UUID_B "200876ba-dec0-423d-a062-e7050b7e7c44"
#define UUID_C "59b3b8dd-c0ba-48db-9679-33617aaef591"

/* a: the exporting node, b: the importing one */
static char wd_a[64], wd_b[64];
static struct gd_conf a, b;

static int node_init(struct gd_conf *c, char *wd, const char *uuid)
{
	strcpy(wd, "/tmp/test-peer-export.XXXXXX");
	if (!mkdtemp(wd))
		return -1;
	gd_conf_init(c);
	c->workdir = strdup(wd);
	c->rundir = xasprintf("%s/run", wd);
	snprintf(c->uuid, sizeof(c->uuid), "%s", uuid);
	return gd_global_opts_save(c);
}

static int setup(void **state)
{
	(void)state;
	if (node_init(&a, wd_a, UUID_A) < 0 || node_init(&b, wd_b, UUID_B) < 0)
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	gd_conf_release(&a);
	gd_conf_release(&b);
	(void)store_rmtree(wd_a);
	return store_rmtree(wd_b);
}

static void set_ids(struct gd_volinfo *v, int seed)
{
	snprintf(v->volume_id, sizeof(v->volume_id),
		 "41be2a0d-f034-469f-8b41-5019%08d", seed);
	snprintf(v->username, sizeof(v->username),
		 "aa8dd013-726f-4b6a-aafb-0261%08d", seed);
	snprintf(v->password, sizeof(v->password),
		 "cd597459-74cb-4e22-81f1-9321%08d", seed);
}

static void add_brick(struct gd_volinfo *v, const char *host,
		      const char *path, const char *uuid)
{
	struct gd_brick *nb = realloc(v->bricks, (size_t)(v->brick_count + 1) *
				      sizeof(*nb));
	struct gd_brick *br;

	assert_non_null(nb);
	v->bricks = nb;
	br = &v->bricks[v->brick_count++];
	memset(br, 0, sizeof(*br));
	br->hostname = strdup(host);
	br->path = strdup(path);
	br->real_path = strdup(path);
	br->mount_dir = strdup(path);
	strcpy(br->uuid, uuid);
	br->local = strcmp(uuid, UUID_A) == 0;
}

/* Saves v on node a the way a committed change does. */
static void a_store(struct gd_volinfo *v)
{
	gd_volinfo_derive(v);
	assert_int_equal(gd_volinfo_save(a.workdir, v, a.op_version), 0);
	assert_int_equal(gd_volfiles_write(&a, v), 0);
}

static struct gd_volinfo *make_dist(void)
{
	struct gd_volinfo *v = gd_volinfo_new("dist");

	v->type = GD_VOL_DISTRIBUTE;
	v->status = GD_VOL_STARTED;
	v->version = 3;
	v->op_version = 40000;
	v->client_op_version = 2;
	set_ids(v, 1);
	gd_opts_set(&v->opts, "storage.fips-mode-rchecksum", "on");
	gd_opts_set(&v->opts, "transport.address-family", "inet");
	gd_opts_set(&v->opts, "nfs.disable", "on");
	gd_opts_set(&v->opts, "user.note", "a=b c");
	add_brick(v, "h1", "/srv/dist/b1", UUID_A);
	add_brick(v, "h2", "/srv/dist/b2", UUID_C);
	v->bricks[0].port = 49152;
	return v;
}

static struct gd_volinfo *make_rep3(void)
{
	struct gd_volinfo *v = gd_volinfo_new("rep3");

	v->type = GD_VOL_REPLICATE;
	v->sub_count = 3;
	v->replica_count = 3;
	v->arbiter_count = 1;
	v->version = 1;
	v->op_version = 40000;
	v->client_op_version = 30800;
	set_ids(v, 2);
	gd_opts_set(&v->opts, "cluster.granular-entry-heal", "on");
	gd_opts_set(&v->opts, "storage.fips-mode-rchecksum", "on");
	gd_opts_set(&v->opts, "transport.address-family", "inet");
	gd_opts_set(&v->opts, "nfs.disable", "on");
	gd_opts_set(&v->opts, "performance.client-io-threads", "off");
	add_brick(v, "h1", "/srv/rep3/b1", UUID_A);
	add_brick(v, "h2", "/srv/rep3/b2", UUID_C);
	add_brick(v, "h3", "/srv/rep3/b3", UUID_B);
	return v;
}

static struct gd_volinfo *make_disp(void)
{
	struct gd_volinfo *v = gd_volinfo_new("disp");

	v->type = GD_VOL_DISPERSE;
	v->status = GD_VOL_STOPPED;
	v->sub_count = 3;
	v->disperse_count = 3;
	v->redundancy_count = 1;
	v->version = 5;
	v->op_version = 40000;
	v->client_op_version = 30600;
	v->quota_version = 2;
	set_ids(v, 3);
	gd_opts_set(&v->opts, "performance.cache-size", "64MB");
	gd_opts_set(&v->opts, "storage.fips-mode-rchecksum", "on");
	gd_opts_set(&v->opts, "transport.address-family", "inet");
	gd_opts_set(&v->opts, "nfs.disable", "on");
	add_brick(v, "h1", "/srv/disp/b1", UUID_A);
	add_brick(v, "h2", "/srv/disp/b2", UUID_C);
	add_brick(v, "h3", "/srv/disp/b3", UUID_C);
	free(v->bricks[2].mount_dir);
	v->bricks[2].mount_dir = NULL;
	v->bricks[1].fs_type = strdup("xfs");
	return v;
}

static void populate_a(void)
{
	struct gd_volinfo *v[] = { make_dist(), make_rep3(), make_disp() };

	for (size_t i = 0; i < 3; i++) {
		a_store(v[i]);
		gd_conf_add_volume(&a, v[i]);
	}
	gd_opts_set(&a.global_opts, "cluster.brick-multiplex", "off");
	gd_opts_set(&a.global_opts, "cluster.localtime-logging", "enable");
	a.global_opt_version = 4;
	assert_int_equal(gd_global_opts_save(&a), 0);
}

/* a's export as b receives it: through the wire form. */
static struct dict *export_a(void)
{
	struct dict *d = dict_new(), *w = NULL;
	char *buf = NULL;
	size_t len = 0;

	assert_int_equal(gd_export_dict(&a, "hostB", d), 0);
	assert_int_equal(dict_serialize(d, &buf, &len), 0);
	assert_int_equal(dict_unserialize(buf, len, &w), 0);
	free(buf);
	dict_unref(d);
	return w;
}

static int import_into_b(const struct dict *d, enum gd_import_verdict *vd)
{
	return gd_import_friend_dict(&b, d, "hostA", vd);
}

static void sync_a_to_b(void)
{
	struct dict *d = export_a();
	enum gd_import_verdict vd = GD_IMPORT_REJECT;

	assert_int_equal(import_into_b(d, &vd), 0);
	assert_int_equal(vd, GD_IMPORT_ACCEPT);
	dict_unref(d);
}

static char *read_file(const char *wd, const char *rel)
{
	char *path = xasprintf("%s/%s", wd, rel), *text = NULL;
	size_t len = 0;

	if (store_read_all(path, &text, &len) < 0)
		text = NULL;
	free(path);
	return text;
}

static void assert_same_file(const char *rel)
{
	char *x = read_file(wd_a, rel), *y = read_file(wd_b, rel);

	assert_non_null(x);
	assert_non_null(y);
	assert_string_equal(x, y);
	free(x);
	free(y);
}

/* A brick file without the lines only its owner fills. */
static char *brick_file_portable(const char *wd, const char *rel)
{
	char *text = read_file(wd, rel);
	struct strbuf sb;
	char *line, *save = NULL;

	assert_non_null(text);
	strbuf_init(&sb);
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		if (!strncmp(line, "listen-port=", 12) ||
		    !strncmp(line, "brick-fsid=", 11))
			continue;
		strbuf_addf(&sb, "%s\n", line);
	}
	free(text);
	return strbuf_detach(&sb, NULL);
}

static void assert_same_volume(const struct gd_volinfo *x,
			       const struct gd_volinfo *y)
{
	char rel[256];

	assert_string_equal(x->name, y->name);
	assert_int_equal(x->type, y->type);
	assert_int_equal(x->status, y->status);
	assert_int_equal(x->brick_count, y->brick_count);
	assert_int_equal(x->sub_count, y->sub_count);
	assert_int_equal(x->replica_count, y->replica_count);
	assert_int_equal(x->arbiter_count, y->arbiter_count);
	assert_int_equal(x->disperse_count, y->disperse_count);
	assert_int_equal(x->redundancy_count, y->redundancy_count);
	assert_int_equal(x->version, y->version);
	assert_int_equal(x->transport_type, y->transport_type);
	assert_int_equal(x->quota_version, y->quota_version);
	assert_int_equal(x->snap_max_hard_limit, y->snap_max_hard_limit);
	assert_string_equal(x->volume_id, y->volume_id);
	assert_string_equal(x->username, y->username);
	assert_string_equal(x->password, y->password);
	assert_string_equal(x->parent_volname, y->parent_volname);
	assert_string_equal(x->restored_from_snap, y->restored_from_snap);
	assert_int_equal(x->op_version, y->op_version);
	assert_int_equal(x->client_op_version, y->client_op_version);
	assert_int_equal(x->cksum, y->cksum);
	assert_int_equal(x->file_cksum, y->file_cksum);
	assert_int_equal(x->opts.n, y->opts.n);
	for (size_t i = 0; i < x->opts.n; i++) {
		assert_string_equal(x->opts.kv[i].key, y->opts.kv[i].key);
		assert_string_equal(x->opts.kv[i].val, y->opts.kv[i].val);
	}
	for (int i = 0; i < x->brick_count; i++) {
		const struct gd_brick *p = &x->bricks[i], *q = &y->bricks[i];
		char *name = gd_brick_store_name(p), *s, *t;

		assert_string_equal(p->hostname, q->hostname);
		assert_string_equal(p->path, q->path);
		assert_string_equal(p->uuid, q->uuid);
		assert_string_equal(p->brick_id, q->brick_id);
		assert_int_equal(p->decommissioned, q->decommissioned);
		assert_int_equal(p->is_arbiter, q->is_arbiter);
		assert_int_equal(!p->mount_dir, !q->mount_dir);
		if (p->mount_dir)
			assert_string_equal(p->mount_dir, q->mount_dir);
		assert_int_equal(!p->fs_type, !q->fs_type);
		assert_int_equal(q->local, strcmp(q->uuid, UUID_B) == 0);
		snprintf(rel, sizeof(rel), "vols/%s/bricks/%s", x->name, name);
		s = brick_file_portable(wd_a, rel);
		t = brick_file_portable(wd_b, rel);
		assert_string_equal(s, t);
		free(s);
		free(t);
		free(name);
	}
	snprintf(rel, sizeof(rel), "vols/%s/info", x->name);
	assert_same_file(rel);
	snprintf(rel, sizeof(rel), "vols/%s/cksum", x->name);
	assert_same_file(rel);
	snprintf(rel, sizeof(rel), "vols/%s/node_state.info", x->name);
	assert_same_file(rel);
	snprintf(rel, sizeof(rel), "vols/%s/snapd.info", x->name);
	assert_same_file(rel);
	snprintf(rel, sizeof(rel), "vols/%s/trusted-%s.tcp-fuse.vol", x->name,
		 x->name);
	assert_same_file(rel);
}

static void assert_in_sync(void)
{
	const struct gd_volinfo *x;

	assert_int_equal(a.nvolumes, b.nvolumes);
	list_for_each_entry(x, &a.volumes, list) {
		const struct gd_volinfo *y = gd_conf_find_volume(&b, x->name);
		assert_non_null(y);
		assert_same_volume(x, y);
	}
}

static void assert_dict_str(const struct dict *d, const char *key,
			    const char *want)
{
	const char *got = dict_get_str(d, key);

	if (!got)
		fail_msg("%s missing", key);
	assert_string_equal(got, want);
}

static void test_export_keys(void **state)
{
	struct dict *d;
	char ck[16];

	(void)state;
	populate_a();
	d = export_a();
	assert_dict_str(d, "hostname_in_cluster", "hostB");
	assert_dict_str(d, "count", "3");
	assert_dict_str(d, "snap_count", "0");
	assert_dict_str(d, "missed_snap_count", "0");
	/* options newest first, the version last */
	assert_dict_str(d, "global-opt-count", "3");
	assert_dict_str(d, "global.key1", "cluster.localtime-logging");
	assert_dict_str(d, "global.val1", "enable");
	assert_dict_str(d, "global.key2", "cluster.brick-multiplex");
	assert_dict_str(d, "global.key3", "global-option-version");
	assert_dict_str(d, "global.val3", "4");
	/* volumes in name order */
	assert_dict_str(d, "volume1.name", "disp");
	assert_dict_str(d, "volume2.name", "dist");
	assert_dict_str(d, "volume3.name", "rep3");
	snprintf(ck, sizeof(ck), "%u",
		 gd_conf_find_volume(&a, "disp")->cksum);
	assert_dict_str(d, "volume1.ckusm", ck);
	assert_dict_str(d, "volume1.type", "4");
	assert_dict_str(d, "volume1.brick_count", "3");
	assert_dict_str(d, "volume1.subvol_count", "1");
	assert_dict_str(d, "volume1.dist_count", "3");
	assert_dict_str(d, "volume1.transport_type", "0");
	assert_dict_str(d, "volume1.stage_deleted", "0");
	assert_dict_str(d, "volume1.is_snap_volume", "0");
	assert_dict_str(d, "volume1.parent_volname", "N/A");
	assert_dict_str(d, "volume1.snap-max-hard-limit", "256");
	assert_dict_str(d, "volume1.rebalance-id",
			"00000000-0000-0000-0000-000000000000");
	assert_dict_str(d, "volume1.quota-xattr-version", "2");
	assert_dict_str(d, "volume1.opt-count", "4");
	assert_dict_str(d, "volume1.key1", "nfs.disable");
	assert_dict_str(d, "volume1.key4", "performance.cache-size");
	assert_dict_str(d, "volume1.value4", "64MB");
	assert_dict_str(d, "volume1.gsync-count", "0");
	assert_dict_str(d, "volume1.brick2.fs_type", "xfs");
	assert_dict_str(d, "volume1.brick3.mount_dir", "");
	assert_dict_str(d, "volume1.brick3.brick_id", "disp-client-2");
	assert_dict_str(d, "volume2.brick1.uuid", UUID_A);
	assert_dict_str(d, "volume2.subvol_count", "2");
	assert_dict_str(d, "volume2.client-op-version", "2");
	assert_dict_str(d, "volume3.arbiter_count", "1");
	dict_unref(d);
}

static void test_import_into_empty_node(void **state)
{
	const struct gd_volinfo *dist;
	char *opts_a, *opts_b;

	(void)state;
	populate_a();
	sync_a_to_b();
	assert_in_sync();
	dist = gd_conf_find_volume(&b, "dist");
	assert_string_equal(dist->opts.kv[3].key, "user.note");
	assert_string_equal(dist->opts.kv[3].val, "a=b c");
	assert_int_equal(dist->bricks[0].port, 0);
	/* the global options, in the same order */
	assert_int_equal(b.global_opt_version, 4);
	opts_a = read_file(wd_a, "options");
	opts_b = read_file(wd_b, "options");
	assert_string_equal(opts_a, opts_b);
	free(opts_a);
	free(opts_b);
	/* once more: nothing to do */
	sync_a_to_b();
	assert_in_sync();
}

static void test_equal_version_other_cksum_rejects(void **state)
{
	struct gd_volinfo *v;
	struct dict *d;
	enum gd_import_verdict vd = GD_IMPORT_ACCEPT;
	char *before, *after;
	uint32_t ck;

	(void)state;
	populate_a();
	sync_a_to_b();
	v = gd_conf_find_volume(&a, "rep3");
	gd_opts_set(&v->opts, "performance.cache-size", "1GB");
	a_store(v);			/* same version, another checksum */
	ck = gd_conf_find_volume(&b, "rep3")->cksum;
	assert_int_not_equal(ck, v->cksum);
	/* another volume is newer: still nothing is imported */
	v = gd_conf_find_volume(&a, "disp");
	v->version++;
	a_store(v);
	before = read_file(wd_b, "vols/rep3/info");
	d = export_a();
	assert_int_equal(import_into_b(d, &vd), 0);
	assert_int_equal(vd, GD_IMPORT_REJECT);
	dict_unref(d);
	assert_int_equal(gd_conf_find_volume(&b, "rep3")->cksum, ck);
	assert_int_equal(gd_conf_find_volume(&b, "rep3")->opts.n, 5);
	assert_int_equal(gd_conf_find_volume(&b, "disp")->version, 5);
	after = read_file(wd_b, "vols/rep3/info");
	assert_string_equal(before, after);
	free(before);
	free(after);
}

static bool file_exists(const char *wd, const char *rel)
{
	char *path = xasprintf("%s/%s", wd, rel);
	bool ok = access(path, F_OK) == 0;

	free(path);
	return ok;
}

static void test_newer_replaces_older_stays(void **state)
{
	struct gd_volinfo *v, *mine;
	struct dict *d;
	enum gd_import_verdict vd = GD_IMPORT_REJECT;

	(void)state;
	populate_a();
	sync_a_to_b();
	assert_true(file_exists(wd_b, "vols/dist/bricks/h2:-srv-dist-b2"));
	assert_true(file_exists(wd_b, "vols/dist/dist.h2.srv-dist-b2.vol"));
	/* dist: newer on a, with another brick set and a new option */
	v = gd_conf_find_volume(&a, "dist");
	gd_brick_release(&v->bricks[1]);
	v->brick_count = 1;
	add_brick(v, "h3", "/srv/dist/b3", UUID_B);
	gd_opts_set(&v->opts, "performance.readdir-ahead", "off");
	v->status = GD_VOL_STOPPED;	/* no brick process to start here */
	v->version += 2;
	a_store(v);
	/* disp: newer on b, stays */
	mine = gd_conf_find_volume(&b, "disp");
	mine->version = 9;
	assert_int_equal(gd_volinfo_save(b.workdir, mine, b.op_version), 0);
	d = export_a();
	assert_int_equal(import_into_b(d, &vd), 0);
	assert_int_equal(vd, GD_IMPORT_ACCEPT);
	dict_unref(d);
	assert_same_volume(v, gd_conf_find_volume(&b, "dist"));
	assert_true(gd_conf_find_volume(&b, "dist")->bricks[1].local);
	assert_false(file_exists(wd_b, "vols/dist/bricks/h2:-srv-dist-b2"));
	assert_false(file_exists(wd_b, "vols/dist/dist.h2.srv-dist-b2.vol"));
	assert_true(file_exists(wd_b, "vols/dist/dist.h3.srv-dist-b3.vol"));
	assert_int_equal(gd_conf_find_volume(&b, "disp")->version, 9);
	assert_int_equal(gd_conf_find_volume(&a, "disp")->version, 5);
}

static void test_stage_deleted_not_imported(void **state)
{
	struct dict *d;
	enum gd_import_verdict vd = GD_IMPORT_REJECT;

	(void)state;
	populate_a();
	d = export_a();
	assert_int_equal(dict_set_str(d, "volume1.stage_deleted", "1"), 0);
	assert_int_equal(dict_del(d, "volume2.stage_deleted"), 0);
	assert_int_equal(import_into_b(d, &vd), 0);
	assert_int_equal(vd, GD_IMPORT_ACCEPT);
	dict_unref(d);
	assert_null(gd_conf_find_volume(&b, "disp"));
	assert_null(gd_conf_find_volume(&b, "dist"));	/* as 10.3 */
	assert_non_null(gd_conf_find_volume(&b, "rep3"));
	assert_int_equal(b.nvolumes, 1);
}

/* Every file under dir with its contents, for before/after checks. */
static struct strbuf tree;

static int tree_one(const char *path, const struct stat *st, int flag,
		    struct FTW *ftw)
{
	char *text = NULL;
	size_t len = 0;

	(void)st;
	(void)ftw;
	strbuf_addf(&tree, "%s\n", path);
	if (flag == FTW_F && store_read_all(path, &text, &len) == 0)
		strbuf_add(&tree, text, len);
	free(text);
	return 0;
}

static char *tree_text(const char *dir)
{
	strbuf_init(&tree);
	assert_int_equal(nftw(dir, tree_one, 16, FTW_PHYS), 0);
	return strbuf_detach(&tree, NULL);
}

struct mutation {
	const char *key;
	const char *val;	/* NULL: delete the key */
};

static const struct mutation malformed[] = {
	{ "count", NULL },
	{ "count", "abc" },
	{ "count", "-1" },
	{ "count", "1000000" },
	{ "count", "4" },
	{ "volume2.brick_count", "-1" },
	{ "volume2.brick_count", "0" },
	{ "volume2.brick_count", "5" },
	{ "volume2.brick_count", "2147483647" },
	{ "volume2.brick_count", "99999999999" },
	{ "volume1.opt-count", "2147483647" },
	{ "volume1.opt-count", "5" },
	{ "volume1.opt-count", NULL },
	{ "volume3.brick2.path", NULL },
	{ "volume3.brick2.path", "relative/path" },
	{ "volume3.brick1.hostname", "" },
	{ "volume3.brick1.uuid", "nope" },
	{ "volume3.volume_id", "not-a-uuid" },
	{ "volume3.volume_id", NULL },
	{ "volume3.version", "x" },
	{ "volume3.status", "7" },
	{ "volume3.type", "99" },
	{ "volume3.ckusm", NULL },
	{ "volume3.ckusm", "-5" },
	{ "volume1.name", "../etc" },
	{ "volume1.name", NULL },
	{ "volume2.name", "rep3" },
	{ "volume1.key2", "bad\nkey" },
	{ "volume1.value2", NULL },
	{ "volume2.client-op-version", "0" },
	{ "global-opt-count", "2" },	/* the version is global.key3 */
	{ "global-opt-count", "-3" },
	{ "global.val3", "many" },
};

static void test_malformed_changes_nothing(void **state)
{
	struct dict *good;
	char *before;

	(void)state;
	populate_a();
	good = export_a();
	before = tree_text(wd_b);
	for (size_t i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++) {
		const struct mutation *m = &malformed[i];
		struct dict *d = dict_copy(good);
		enum gd_import_verdict vd = GD_IMPORT_ACCEPT;
		char *after;
		int r;

		if (m->val)
			assert_int_equal(dict_set_str(d, m->key, m->val), 0);
		else
			assert_int_equal(dict_del(d, m->key), 0);
		r = import_into_b(d, &vd);
		if (r >= 0)
			fail_msg("%s=%s accepted", m->key,
				 m->val ? m->val : "(none)");
		assert_int_equal(vd, GD_IMPORT_REJECT);
		assert_int_equal(b.nvolumes, 0);
		assert_int_equal(b.global_opt_version, 0);
		after = tree_text(wd_b);
		assert_string_equal(before, after);
		free(after);
		dict_unref(d);
	}
	free(before);
	/* and the untouched one goes in */
	sync_a_to_b();
	assert_in_sync();
	dict_unref(good);
}

static void test_old_peer_without_optional_keys(void **state)
{
	static const char *const gone[] = {
		"volume3.replica_count", "volume3.arbiter_count",
		"volume3.op-version", "volume3.client-op-version",
		"volume3.rebalance", "volume3.dist_count", "global-opt-count",
		"volume3.brick1.mount_dir", "volume3.brick1.brick_id",
	};
	struct dict *d;
	enum gd_import_verdict vd = GD_IMPORT_REJECT;
	const struct gd_volinfo *v;

	(void)state;
	populate_a();
	d = export_a();
	for (size_t i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
		assert_int_equal(dict_del(d, gone[i]), 0);
	assert_int_equal(import_into_b(d, &vd), 0);
	assert_int_equal(vd, GD_IMPORT_ACCEPT);
	dict_unref(d);
	v = gd_conf_find_volume(&b, "rep3");
	assert_non_null(v);
	assert_int_equal(v->op_version, 1);
	assert_int_equal(v->client_op_version, 1);
	assert_string_equal(v->bricks[0].brick_id, "rep3-client-0");
	assert_int_equal(b.global_opt_version, 0);
}

/* FRIEND_ADD of a GlusterFS 10.3 glusterd (decoded from the wire, its
 * other volumes left out), in its insertion order: a volume created,
 * given three options and started there. */
static const char *const ref_dict[][2] = {
	{ "hostname_in_cluster", "127.1.78.2" },
	{ "missed_snap_count", "0" },
	{ "snap_count", "0" },
	{ "volume1.name", "dv" },
	{ "volume1.type", "0" },
	{ "volume1.brick_count", "1" },
	{ "volume1.version", "5" },
	{ "volume1.status", "1" },
	{ "volume1.sub_count", "0" },
	{ "volume1.subvol_count", "1" },
	{ "volume1.replica_count", "1" },
	{ "volume1.arbiter_count", "0" },
	{ "volume1.thin_arbiter_count", "0" },
	{ "volume1.disperse_count", "0" },
	{ "volume1.redundancy_count", "0" },
	{ "volume1.dist_count", "1" },
	{ "volume1.ckusm", "3814482134" },
	{ "volume1.transport_type", "0" },
	{ "volume1.stage_deleted", "0" },
	{ "volume1.restored_from_snap", "00000000-0000-0000-0000-000000000000" },
	{ "volume1.parent_volname", "N/A" },
	{ "volume1.is_snap_volume", "0" },
	{ "volume1.snap-max-hard-limit", "256" },
	{ "volume1.volume_id", "c54af65b-bb25-426b-ac26-7623b957547d" },
	{ "volume1.username", "82b14996-3cb4-4f3e-af20-213e419d7531" },
	{ "volume1.password", "0ca59d28-be7f-440b-8ae3-7a3232adb830" },
	{ "volume1.rebalance", "0" },
	{ "volume1.rebalance-id", "00000000-0000-0000-0000-000000000000" },
	{ "volume1.rebalance-op", "0" },
	{ "volume1.key1", "performance.stat-prefetch" },
	{ "volume1.value1", "off" },
	{ "volume1.key2", "user.note" },
	{ "volume1.value2", "hello" },
	{ "volume1.key3", "performance.cache-size" },
	{ "volume1.value3", "64MB" },
	{ "volume1.key4", "storage.fips-mode-rchecksum" },
	{ "volume1.value4", "on" },
	{ "volume1.key5", "transport.address-family" },
	{ "volume1.value5", "inet" },
	{ "volume1.key6", "nfs.disable" },
	{ "volume1.value6", "on" },
	{ "volume1.opt-count", "6" },
	{ "volume1.gsync-count", "0" },
	{ "volume1.brick1.hostname", "127.1.78.1" },
	{ "volume1.brick1.path", "/tmp/gdt.H5uYwE/bricks/n1/dv" },
	{ "volume1.brick1.decommissioned", "0" },
	{ "volume1.brick1.brick_id", "dv-client-0" },
	{ "volume1.brick1.uuid", "9dbc11b4-dbde-4b78-8813-7784aeb9d4ce" },
	{ "volume1.brick1.snap_status", "0" },
	{ "volume1.brick1.device_path", "" },
	{ "volume1.brick1.fs_type", "" },
	{ "volume1.brick1.mnt_opts", "" },
	{ "volume1.brick1.mount_dir", "/n1/dv" },
	{ "volume1.op-version", "40000" },
	{ "volume1.client-op-version", "2" },
	{ "volume1.quota-xattr-version", "0" },
	{ "count", "1" },
	{ "global.key1", "cluster.localtime-logging" },
	{ "global.val1", "enable" },
	{ "global.key2", "global-option-version" },
	{ "global.val2", "1" },
	{ "global-opt-count", "2" },
};

static struct dict *ref_dict_build(void)
{
	struct dict *d = dict_new();

	for (size_t i = 0; i < sizeof(ref_dict) / sizeof(ref_dict[0]); i++)
		assert_int_equal(dict_set_str(d, ref_dict[i][0], ref_dict[i][1]),
				 0);
	return d;
}

/* Our info file is 10.3's: the checksum of the imported volume is the
 * one the 10.3 node computed. */
static void test_import_from_10_3(void **state)
{
	struct dict *d = ref_dict_build();
	enum gd_import_verdict vd = GD_IMPORT_REJECT;
	const struct gd_volinfo *v;
	char *info;

	(void)state;
	assert_int_equal(import_into_b(d, &vd), 0);
	assert_int_equal(vd, GD_IMPORT_ACCEPT);
	dict_unref(d);
	v = gd_conf_find_volume(&b, "dv");
	assert_non_null(v);
	assert_int_equal(v->cksum, 3814482134u);
	assert_int_equal(v->status, GD_VOL_STARTED);
	assert_false(v->bricks[0].local);
	info = read_file(wd_b, "vols/dv/info");
	assert_non_null(strstr(info, "snap-max-hard-limit=256\n"
				 "performance.stat-prefetch=off\n"
				 "user.note=hello\n"));
	free(info);
	assert_int_equal(b.global_opt_version, 1);
	assert_string_equal(gd_opts_get(&b.global_opts,
					"cluster.localtime-logging"), "enable");
}

/* What we send for that volume is what 10.3 sent, byte for byte. */
static void test_export_equals_10_3(void **state)
{
	struct dict *ref = ref_dict_build(), *ours = dict_new();
	enum gd_import_verdict vd = GD_IMPORT_REJECT;
	char *x = NULL, *y = NULL;
	size_t xl = 0, yl = 0;

	(void)state;
	assert_int_equal(gd_import_friend_dict(&a, ref, "n1", &vd), 0);
	assert_int_equal(vd, GD_IMPORT_ACCEPT);
	assert_int_equal(gd_export_dict(&a, "127.1.78.2", ours), 0);
	assert_int_equal(dict_serialize(ref, &x, &xl), 0);
	assert_int_equal(dict_serialize(ours, &y, &yl), 0);
	assert_int_equal(xl, yl);
	assert_memory_equal(x, y, xl);
	free(x);
	free(y);
	dict_unref(ref);
	dict_unref(ours);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_export_keys, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_import_into_empty_node,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_equal_version_other_cksum_rejects, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_replaces_older_stays,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_stage_deleted_not_imported,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_malformed_changes_nothing,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_old_peer_without_optional_keys, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_from_10_3, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_export_equals_10_3, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
