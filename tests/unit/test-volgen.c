/* test-volgen: volgen against golden volfiles written by GlusterFS 10.3,
 * plus the error paths.
 *
 * A golden case is a directory under tests/golden/volgen/ holding a
 * volume's store files (info, bricks/<host>:<path>), a `ctx` file (volume
 * name, glusterd workdir, bind address, shared-brick-count per brick) and
 * every volfile 10.3 wrote for that state. volgen must produce exactly
 * that set of files, byte for byte.
 *
 *   test-volgen                      run all tests
 *   test-volgen --write CASEDIR OUT  write volgen's files for CASEDIR to OUT
 */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "glusterd/volgen.h"
#include "glusterd/volinfo.h"
#include "libglusterfs/mem.h"

#ifndef GOLDEN_DIR
#define GOLDEN_DIR "tests/golden/volgen"
#endif

/* ---- small file helpers ---- */

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, alloc = 0, got;

	if (!f)
		return NULL;
	do {
		if (len + 4096 + 1 > alloc) {
			alloc = (alloc + 4096) * 2;
			buf = realloc(buf, alloc);
			assert_non_null(buf);
		}
		got = fread(buf + len, 1, alloc - len - 1, f);
		len += got;
	} while (got > 0);
	fclose(f);
	buf[len] = '\0';
	return buf;
}

static char *path_join(const char *a, const char *b)
{
	size_t len = strlen(a) + strlen(b) + 2;
	char *p = malloc(len);

	assert_non_null(p);
	snprintf(p, len, "%s/%s", a, b);
	return p;
}

/* Calls fn(key, val) for every "key=value" line of the file. */
static void read_kv(const char *path,
		    void (*fn)(const char *k, const char *v, void *arg),
		    void *arg)
{
	char *text = read_file(path);
	char *save = NULL;

	if (!text)
		fail_msg("cannot read %s", path);
	for (char *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *eq = strchr(line, '=');

		if (!eq)
			continue;
		*eq = '\0';
		fn(line, eq + 1, arg);
	}
	free(text);
}

/* ---- loading a golden case ---- */

struct gcase {
	char *dir;
	struct gd_volinfo *v;
	struct volgen_ctx ctx;
	char *workdir;
	char *bind;
	int *shared;
	/* info options in file order (10.3 lists them newest first) */
	char **okeys, **ovals;
	size_t nopts;
	char **brick_files;
	size_t nbricks;
	char *ta_file;
};

static void set_uuid(char *dst, const char *val)
{
	snprintf(dst, GF_UUID_BUFLEN, "%s", val);
}

static void info_kv(const char *k, const char *val, void *arg)
{
	struct gcase *c = arg;
	struct gd_volinfo *v = c->v;
	static const struct {
		const char *key;
		size_t off;
	} ints[] = {
		{ "type", offsetof(struct gd_volinfo, type) },
		{ "count", offsetof(struct gd_volinfo, brick_count) },
		{ "status", offsetof(struct gd_volinfo, status) },
		{ "sub_count", offsetof(struct gd_volinfo, sub_count) },
		{ "replica_count", offsetof(struct gd_volinfo, replica_count) },
		{ "arbiter_count", offsetof(struct gd_volinfo, arbiter_count) },
		{ "disperse_count",
		  offsetof(struct gd_volinfo, disperse_count) },
		{ "redundancy_count",
		  offsetof(struct gd_volinfo, redundancy_count) },
		{ "thin_arbiter_count",
		  offsetof(struct gd_volinfo, thin_arbiter_count) },
		{ "version", offsetof(struct gd_volinfo, version) },
		{ "transport-type",
		  offsetof(struct gd_volinfo, transport_type) },
		{ "quota-version", offsetof(struct gd_volinfo, quota_version) },
	};

	for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
		if (strcmp(k, ints[i].key) == 0) {
			*(int *)((char *)v + ints[i].off) = atoi(val);
			return;
		}
	}
	if (strcmp(k, "volume-id") == 0)
		set_uuid(v->volume_id, val);
	else if (strcmp(k, "username") == 0)
		set_uuid(v->username, val);
	else if (strcmp(k, "password") == 0)
		set_uuid(v->password, val);
	else if (strcmp(k, "op-version") == 0)
		v->op_version = (uint32_t)atoi(val);
	else if (strcmp(k, "client-op-version") == 0)
		v->client_op_version = (uint32_t)atoi(val);
	else if (strncmp(k, "brick-", 6) == 0) {
		c->brick_files = realloc(c->brick_files,
					 (c->nbricks + 1) * sizeof(char *));
		c->brick_files[c->nbricks++] = strdup(val);
	} else if (strncmp(k, "ta-brick-", 9) == 0) {
		free(c->ta_file);
		c->ta_file = strdup(val);
	} else if (strchr(k, '.')) {
		c->okeys = realloc(c->okeys, (c->nopts + 1) * sizeof(char *));
		c->ovals = realloc(c->ovals, (c->nopts + 1) * sizeof(char *));
		c->okeys[c->nopts] = strdup(k);
		c->ovals[c->nopts++] = strdup(val);
	}
}

static void brick_kv(const char *k, const char *val, void *arg)
{
	struct gd_brick *b = arg;

	if (strcmp(k, "hostname") == 0)
		b->hostname = strdup(val);
	else if (strcmp(k, "path") == 0)
		b->path = strdup(val);
	else if (strcmp(k, "brick-id") == 0)
		b->brick_id = strdup(val);
	else if (strcmp(k, "decommissioned") == 0)
		b->decommissioned = atoi(val);
	else if (strcmp(k, "uuid") == 0)
		set_uuid(b->uuid, val);
}

static void ctx_kv(const char *k, const char *val, void *arg)
{
	struct gcase *c = arg;

	if (strcmp(k, "volume") == 0) {
		free(c->v->name);
		c->v->name = strdup(val);
	} else if (strcmp(k, "workdir") == 0) {
		c->workdir = strdup(val);
	} else if (strcmp(k, "bind-address") == 0 && val[0]) {
		c->bind = strdup(val);
	} else if (strcmp(k, "op-version") == 0) {
		c->ctx.op_version = (uint32_t)atoi(val);
	} else if (strcmp(k, "shared-brick-count") == 0) {
		char *s = strdup(val), *save = NULL;
		size_t n = 0;

		for (char *t = strtok_r(s, ",", &save); t;
		     t = strtok_r(NULL, ",", &save)) {
			c->shared = realloc(c->shared, (n + 1) * sizeof(int));
			c->shared[n++] = atoi(t);
		}
		free(s);
	}
}

static void load_bricks(struct gcase *c)
{
	struct gd_volinfo *v = c->v;

	assert_int_equal(c->nbricks, (size_t)v->brick_count);
	v->bricks = calloc(c->nbricks, sizeof(*v->bricks));
	for (size_t i = 0; i < c->nbricks; i++) {
		char *rel = path_join("bricks", c->brick_files[i]);
		char *p = path_join(c->dir, rel);

		gd_opts_init(&v->bricks[i].extra);
		read_kv(p, brick_kv, &v->bricks[i]);
		assert_non_null(v->bricks[i].path);
		free(rel);
		free(p);
	}
	if (c->ta_file) {
		struct gd_brick ta = { 0 };
		char *rel = path_join("bricks", c->ta_file);
		char *p = path_join(c->dir, rel);

		read_kv(p, brick_kv, &ta);
		assert_true(asprintf(&v->ta_brick, "%s:%s", ta.hostname,
				     ta.path) > 0);
		free(ta.hostname);
		free(ta.path);
		free(ta.brick_id);
		free(rel);
		free(p);
	}
}

static struct gcase *gcase_load(const char *dir)
{
	struct gcase *c = calloc(1, sizeof(*c));
	char *p;

	c->dir = strdup(dir);
	c->v = gd_volinfo_new("unnamed");
	assert_non_null(c->v);
	p = path_join(dir, "info");
	read_kv(p, info_kv, c);
	free(p);
	p = path_join(dir, "ctx");
	read_kv(p, ctx_kv, c);
	free(p);
	/* back to insertion order */
	for (size_t i = c->nopts; i-- > 0;)
		assert_int_equal(gd_opts_set(&c->v->opts, c->okeys[i],
					     c->ovals[i]), 0);
	load_bricks(c);
	c->ctx.workdir = c->workdir;
	c->ctx.bind_addr = c->bind;
	c->ctx.shared_brick_count = c->shared;
	return c;
}

static void gcase_free(struct gcase *c)
{
	for (size_t i = 0; i < c->nopts; i++) {
		free(c->okeys[i]);
		free(c->ovals[i]);
	}
	for (size_t i = 0; i < c->nbricks; i++)
		free(c->brick_files[i]);
	free(c->okeys);
	free(c->ovals);
	free(c->brick_files);
	free(c->ta_file);
	free(c->workdir);
	free(c->bind);
	free(c->shared);
	free(c->dir);
	gd_volinfo_free(c->v);
	free(c);
}

/* ---- comparing with the golden files ---- */

static int is_vol(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return n > 4 && strcmp(d->d_name + n - 4, ".vol") == 0;
}

/* Prints where two texts first differ, line-wise. */
static void show_diff(const char *name, const char *want, const char *got)
{
	int line = 1;
	const char *w = want, *g = got;

	while (*w && *w == *g) {
		if (*w == '\n')
			line++;
		w++;
		g++;
	}
	while (w > want && w[-1] != '\n')
		w--;
	while (g > got && g[-1] != '\n')
		g--;
	print_error("%s: first difference at line %d\n  want: %.*s\n"
		    "  got:  %.*s\n", name, line, (int)strcspn(w, "\n"), w,
		    (int)strcspn(g, "\n"), g);
}

static void check_case(const char *dir)
{
	struct gcase *c = gcase_load(dir);
	struct volgen_file *files = NULL;
	struct dirent **ents = NULL;
	size_t n = 0;
	int nents, bad = 0;

	assert_int_equal(volgen_files(&c->ctx, c->v, &files, &n), 0);
	nents = scandir(dir, &ents, is_vol, alphasort);
	assert_true(nents > 0);
	for (int i = 0; i < nents; i++) {
		char *p = path_join(dir, ents[i]->d_name);
		char *want = read_file(p);
		const char *got = NULL;

		for (size_t k = 0; k < n; k++)
			if (strcmp(files[k].name, ents[i]->d_name) == 0)
				got = files[k].text;
		if (!got) {
			print_error("%s: not generated\n", ents[i]->d_name);
			bad++;
		} else if (strcmp(want, got) != 0) {
			show_diff(ents[i]->d_name, want, got);
			bad++;
		}
		free(want);
		free(p);
		free(ents[i]);
	}
	free(ents);
	if ((size_t)nents != n) {
		print_error("%s: %zu files generated, %d expected\n", dir, n,
			    nents);
		bad++;
	}
	volgen_files_free(files, n);
	gcase_free(c);
	assert_int_equal(bad, 0);
}

static void test_golden(void **state)
{
	check_case(*state);
}

/* ---- a hand-made volume for the error paths ---- */

static struct gd_volinfo *mkvol(const char *name, int type, int nbricks,
				int leaf)
{
	struct gd_volinfo *v = gd_volinfo_new(name);

	v->type = type;
	v->brick_count = nbricks;
	if (type == GD_VOL_REPLICATE)
		v->replica_count = leaf;
	if (type == GD_VOL_DISPERSE) {
		v->disperse_count = leaf;
		v->redundancy_count = 1;
	}
	set_uuid(v->volume_id, "11111111-2222-3333-4444-555555555555");
	set_uuid(v->username, "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
	set_uuid(v->password, "ffffffff-0000-1111-2222-333333333333");
	v->client_op_version = 2;
	v->bricks = calloc((size_t)nbricks, sizeof(*v->bricks));
	for (int i = 0; i < nbricks; i++) {
		v->bricks[i].hostname = strdup("h1");
		assert_true(asprintf(&v->bricks[i].path, "/b/%s%d", name, i) >
			    0);
		gd_opts_init(&v->bricks[i].extra);
	}
	gd_volinfo_derive(v);
	gd_opts_set(&v->opts, "transport.address-family", "inet");
	return v;
}

static const struct volgen_ctx plain_ctx = {
	.workdir = "/var/lib/glusterd",
};

static void expect_invalid(struct gd_volinfo *v, const char *msg)
{
	char *err = NULL;

	assert_int_equal(volgen_check(&plain_ctx, v, &err), -EINVAL);
	assert_non_null(err);
	if (msg)
		assert_string_equal(err, msg);
	free(err);
	gd_volinfo_free(v);
}

static void test_bad_brick_index(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);
	char *text = NULL;

	(void)state;
	assert_int_equal(volgen_brick(&plain_ctx, v, -1, &text), -EINVAL);
	assert_int_equal(volgen_brick(&plain_ctx, v, 2, &text), -EINVAL);
	assert_int_equal(volgen_client_per_brick(&plain_ctx, v, 5, &text),
			 -EINVAL);
	assert_null(volgen_brick_file_name(v, 2));
	assert_null(text);
	gd_volinfo_free(v);
}

static void test_missing_graphs(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 1, 1);
	struct gd_volinfo *r = mkvol("r", GD_VOL_REPLICATE, 3, 3);
	char *text = NULL;

	(void)state;
	assert_int_equal(volgen_shd(&plain_ctx, v, &text), -ENOENT);
	assert_int_equal(volgen_rebalance(&plain_ctx, v, &text), -ENOENT);
	assert_int_equal(volgen_rebalance(&plain_ctx, r, &text), -ENOENT);
	assert_null(text);
	assert_int_equal(volgen_shd(&plain_ctx, r, &text), 0);
	assert_non_null(strstr(text, "option iam-self-heal-daemon yes"));
	free(text);
	gd_volinfo_free(v);
	gd_volinfo_free(r);
}

static void test_bad_layout(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_REPLICATE, 4, 3);

	(void)state;
	expect_invalid(v, NULL);
	v = mkvol("v", GD_VOL_DISTRIBUTE, 0, 1);
	expect_invalid(v, NULL);
}

static void test_read_only_worm(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);

	(void)state;
	gd_opts_set(&v->opts, "features.read-only", "on");
	gd_opts_set(&v->opts, "features.worm", "on");
	expect_invalid(v, "read-only and worm cannot be set together");
}

static void test_nufa_switch(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);

	(void)state;
	gd_opts_set(&v->opts, "cluster.nufa", "on");
	gd_opts_set(&v->opts, "cluster.switch", "on");
	expect_invalid(v, "nufa and switch cannot be set together");
}

static void test_root_squash_read_after_open(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);

	(void)state;
	gd_opts_set(&v->opts, "server.root-squash", "on");
	gd_opts_set(&v->opts, "performance.read-after-open", "no");
	expect_invalid(v, "root-squash is enabled. Please turn it off to "
			  "change read-after-open option");
}

static void test_rda_zero(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);

	(void)state;
	gd_opts_set(&v->opts, "performance.parallel-readdir", "on");
	gd_opts_set(&v->opts, "performance.readdir-ahead", "on");
	gd_opts_set(&v->opts, "performance.rda-cache-limit", "0");
	expect_invalid(v, "Value cannot be 0");
	v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);
	gd_opts_set(&v->opts, "performance.parallel-readdir", "on");
	gd_opts_set(&v->opts, "performance.readdir-ahead", "on");
	gd_opts_set(&v->opts, "performance.rda-cache-limit", "lots");
	expect_invalid(v, "invalid number format in option "
			  "performance.rda-cache-limit");
}

static void test_bad_user_xlator(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);

	(void)state;
	gd_opts_set(&v->opts, "user.xlator.foo", "nowhere");
	expect_invalid(v, "invalid user xlator position");
}

static void test_bad_boolean(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);

	(void)state;
	gd_opts_set(&v->opts, "features.shard", "maybe");
	expect_invalid(v, NULL);
	v = mkvol("v", GD_VOL_DISTRIBUTE, 2, 1);
	gd_opts_set(&v->opts, "performance.write-behind", "sometimes");
	expect_invalid(v, NULL);
}

static char *find_file(struct volgen_file *f, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(f[i].name, name) == 0)
			return f[i].text;
	return NULL;
}

static void test_file_names(void **state)
{
	struct gd_volinfo *v = mkvol("tv", GD_VOL_DISTRIBUTE, 2, 1);
	struct volgen_file *f = NULL;
	size_t n = 0;
	char *name = volgen_brick_file_name(v, 1);

	(void)state;
	assert_string_equal(name, "tv.h1.b-tv1.vol");
	free(name);
	name = volgen_client_per_brick_file_name(v, 0);
	assert_string_equal(name, "tv.client.h1.b-tv0.vol");
	free(name);
	v->transport_type = GD_TRANSPORT_BOTH;
	assert_int_equal(volgen_files(&plain_ctx, v, &f, &n), 0);
	/* 2 bricks, 2 fuse files per transport, one gfproxy client,
	 * gfproxyd, rebalance */
	assert_int_equal(n, 2 + 4 + 1 + 2);
	assert_non_null(find_file(f, n, "trusted-tv.tcp-gfproxy-fuse.vol"));
	assert_non_null(find_file(f, n, "trusted-tv.rdma-fuse.vol"));
	assert_non_null(find_file(f, n, "tv.tcp-fuse.vol"));
	assert_non_null(strstr(find_file(f, n, "tv.rdma-fuse.vol"),
			       "option transport-type rdma"));
	assert_non_null(strstr(find_file(f, n, "tv.h1.b-tv0.vol"),
			       "option transport-type tcp,rdma"));
	assert_null(find_file(f, n, "tv-shd.vol"));
	volgen_files_free(f, n);
	gd_volinfo_free(v);
}

static void test_bind_address(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 1, 1);
	struct volgen_ctx ctx = plain_ctx;
	char *text = NULL;

	(void)state;
	assert_int_equal(volgen_brick(&ctx, v, 0, &text), 0);
	assert_null(strstr(text, "bind-address"));
	free(text);
	ctx.bind_addr = "10.1.1.1";
	assert_int_equal(volgen_brick(&ctx, v, 0, &text), 0);
	/* the brick binds to its own host, not to glusterd's address */
	assert_non_null(strstr(text,
			       "option transport.socket.bind-address h1\n"));
	free(text);
	gd_volinfo_free(v);
}

static void test_print_format(void **state)
{
	struct gd_volinfo *v = mkvol("v", GD_VOL_DISTRIBUTE, 1, 1);
	char *text = NULL;
	const char *want =
		"volume v-gfproxy-client\n"
		"    type protocol/client\n";

	(void)state;
	assert_int_equal(volgen_gfproxy_client(&plain_ctx, v, &text), 0);
	assert_memory_equal(text, want, strlen(want));
	/* blocks are separated by one blank line, no trailing one */
	assert_non_null(strstr(text, "end-volume\n\nvolume v-utime\n"));
	assert_string_equal(text + strlen(text) - 12, "\nend-volume\n");
	free(text);
	gd_volinfo_free(v);
}

/* Every allocation failure surfaces as -ENOMEM, with nothing leaked. */
static void test_out_of_memory(void **state)
{
	char *dir = path_join(GOLDEN_DIR, "ref-rep3-set");
	struct gcase *c = gcase_load(dir);
	int fails = 0;

	(void)state;
	for (int k = 1;; k++) {
		struct volgen_file *f = NULL;
		size_t n = 0;
		int r;
		bool hit;

		mem_fail_countdown = k;
		r = volgen_files(&c->ctx, c->v, &f, &n);
		hit = mem_fail_countdown == 0;
		mem_fail_countdown = 0;
		if (!hit) {
			assert_int_equal(r, 0);
			volgen_files_free(f, n);
			break;
		}
		assert_int_equal(r, -ENOMEM);
		assert_null(f);
		fails++;
	}
	assert_true(fails > 100);
	gcase_free(c);
	free(dir);
}

/* ---- --write mode for tests/golden/volgen/update.sh ---- */

static int write_case(const char *dir, const char *out)
{
	struct gcase *c = gcase_load(dir);
	struct volgen_file *files = NULL;
	size_t n = 0;
	int r = volgen_files(&c->ctx, c->v, &files, &n);

	if (r < 0) {
		fprintf(stderr, "%s: volgen failed: %s\n", dir, strerror(-r));
		gcase_free(c);
		return 1;
	}
	for (size_t i = 0; i < n; i++) {
		char *p = path_join(out, files[i].name);
		FILE *f = fopen(p, "wb");

		if (!f || fputs(files[i].text, f) < 0 || fclose(f) != 0) {
			fprintf(stderr, "%s: %s\n", p, strerror(errno));
			r = -EIO;
		}
		free(p);
	}
	volgen_files_free(files, n);
	gcase_free(c);
	return r < 0;
}

static int is_case(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

int main(int argc, char **argv)
{
	static const struct CMUnitTest unit[] = {
		cmocka_unit_test(test_bad_brick_index),
		cmocka_unit_test(test_missing_graphs),
		cmocka_unit_test(test_bad_layout),
		cmocka_unit_test(test_read_only_worm),
		cmocka_unit_test(test_nufa_switch),
		cmocka_unit_test(test_root_squash_read_after_open),
		cmocka_unit_test(test_rda_zero),
		cmocka_unit_test(test_bad_user_xlator),
		cmocka_unit_test(test_bad_boolean),
		cmocka_unit_test(test_file_names),
		cmocka_unit_test(test_bind_address),
		cmocka_unit_test(test_print_format),
		cmocka_unit_test(test_out_of_memory),
	};
	struct CMUnitTest *golden;
	struct dirent **ents = NULL;
	char **dirs;
	int n, m = 0, r;

	if (argc == 4 && strcmp(argv[1], "--write") == 0)
		return write_case(argv[2], argv[3]);
	n = scandir(GOLDEN_DIR, &ents, is_case, alphasort);
	if (n < 0) {
		fprintf(stderr, "%s: %s\n", GOLDEN_DIR, strerror(errno));
		return 1;
	}
	golden = calloc((size_t)n + 1, sizeof(*golden));
	dirs = calloc((size_t)n + 1, sizeof(*dirs));
	for (int i = 0; i < n; i++) {
		char *d = path_join(GOLDEN_DIR, ents[i]->d_name);
		char *info = path_join(d, "info");
		struct stat st;

		if (stat(info, &st) == 0) {
			dirs[m] = d;
			golden[m].name = strrchr(d, '/') + 1;
			golden[m].test_func = test_golden;
			golden[m++].initial_state = d;
		} else {
			free(d);
		}
		free(info);
		free(ents[i]);
	}
	free(ents);
	r = cmocka_run_group_tests_name("volgen", unit, NULL, NULL);
	r |= _cmocka_run_group_tests("volgen-golden", golden, (size_t)m, NULL,
				     NULL);
	for (int i = 0; i < m; i++)
		free(dirs[i]);
	free(dirs);
	free(golden);
	return r;
}
