/* restore: prepare the working directory and load the store at start-up
 * (cluster.md 2.1-2.5 and 9).
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "glusterd/op.h"
#include "glusterd/restore.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/log.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"

static const char *const hook_ops[] = {
	"stop", "start", "gsync-create", "create", "remove-brick",
	"add-brick", "delete", "reset", "set",
};

static const char *const store_dirs[] = {
	"geo-replication", "glustershd", "bitd", "quotad", "peers", "scrub",
	"snaps", "groups", "vols",
};

static int mkdir_under(const char *base, const char *sub)
{
	char *p = xasprintf("%s/%s", base, sub);
	int r;

	if (!p)
		return -ENOMEM;
	r = store_mkdir_p(p, 0755);
	if (r < 0)
		log_err("cannot create %s: %s", p, strerror(-r));
	free(p);
	return r;
}

static int make_dirs(const struct gd_conf *c)
{
	struct stat st;
	int r = 0;

	if (stat(c->workdir, &st) == 0 && !S_ISDIR(st.st_mode)) {
		log_err("working directory %s is not a directory", c->workdir);
		return -ENOTDIR;
	}
	r = store_mkdir_p(c->workdir, 0755);
	if (r < 0) {
		log_err("cannot create %s: %s", c->workdir, strerror(-r));
		return r;
	}
	for (size_t i = 0; r == 0 && i < sizeof(store_dirs) / sizeof(*store_dirs); i++)
		r = mkdir_under(c->workdir, store_dirs[i]);
	for (size_t i = 0; r == 0 && i < sizeof(hook_ops) / sizeof(*hook_ops); i++) {
		char sub[64];
		snprintf(sub, sizeof(sub), "hooks/1/%s/pre", hook_ops[i]);
		r = mkdir_under(c->workdir, sub);
		snprintf(sub, sizeof(sub), "hooks/1/%s/post", hook_ops[i]);
		if (r == 0)
			r = mkdir_under(c->workdir, sub);
	}
	if (r == 0)
		r = store_mkdir_p(c->rundir, 0755);
	for (const char *const *d = (const char *const[]){ "vols", "bitd", "scrub", "quotad", NULL };
	     r == 0 && *d; d++)
		r = mkdir_under(c->rundir, *d);
	return r;
}

static int parse_u32(const char *s, uint32_t *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end || v > UINT32_MAX || s[0] == '-')
		return -EINVAL;
	*out = (uint32_t)v;
	return 0;
}

static int load_node_info(struct gd_conf *c)
{
	struct store_file f;
	char *path = xasprintf("%s/glusterd.info", c->workdir);
	const char *uuid, *opv;
	uuid_t u;
	int r;

	if (!path)
		return -ENOMEM;
	store_file_init(&f);
	r = store_file_load(path, &f);
	free(path);
	if (r == -ENOENT) {
		log_info("Detected new install. Setting op-version to maximum : %d",
			 GD_OP_VERSION_MAX);
		c->op_version = GD_OP_VERSION_MAX;
		return 0;
	}
	if (r < 0)
		goto out;
	uuid = store_file_get(&f, "UUID");
	opv = store_file_get(&f, "operating-version");
	if (uuid && gf_uuid_parse(uuid, u) == 0)
		gf_uuid_unparse(u, c->uuid);
	else if (uuid)
		r = -EINVAL;
	if (r == 0 && opv)
		r = parse_u32(opv, &c->op_version);
	else if (r == 0)
		c->op_version = uuid ? GD_OP_VERSION_MIN : GD_OP_VERSION_MAX;
	if (r == 0 && (c->op_version < GD_OP_VERSION_MIN ||
		       c->op_version > GD_OP_VERSION_MAX))
		r = -ERANGE;
out:
	if (r < 0)
		log_err("invalid %s/glusterd.info: %s", c->workdir, strerror(-r));
	store_file_release(&f);
	return r;
}

int gd_global_opts_save(struct gd_conf *c)
{
	struct store_file f;
	char *path = xasprintf("%s/options", c->workdir);
	int r = -ENOMEM;

	store_file_init(&f);
	if (!path)
		goto out;
	r = store_file_addf(&f, "global-option-version", "%" PRIu64,
			    c->global_opt_version);
	for (size_t i = c->global_opts.n; r == 0 && i > 0; i--)
		r = store_file_add(&f, c->global_opts.kv[i - 1].key,
				   c->global_opts.kv[i - 1].val);
	if (r == 0)
		r = store_file_save(path, &f);
out:
	store_file_release(&f);
	free(path);
	return r;
}

static int load_global_opts(struct gd_conf *c)
{
	struct store_file f;
	char *path = xasprintf("%s/options", c->workdir);
	int r;

	if (!path)
		return -ENOMEM;
	store_file_init(&f);
	r = store_file_load(path, &f);
	free(path);
	if (r == -ENOENT) {
		store_file_release(&f);
		return gd_global_opts_save(c);
	}
	for (size_t i = 0; r == 0 && i < f.n; i++) {
		const char *k = f.kv[i].key, *v = f.kv[i].val;
		if (strcmp(k, "global-option-version") == 0) {
			char *end;
			errno = 0;
			c->global_opt_version = strtoull(v, &end, 10);
			if (errno || end == v || *end)
				r = -EINVAL;
		} else {
			r = gd_opts_set(&c->global_opts, k, v);
		}
	}
	store_file_release(&f);
	if (r < 0)
		log_err("invalid %s/options: %s", c->workdir, strerror(-r));
	return r;
}

static void mark_local_bricks(struct gd_conf *c, struct gd_volinfo *v)
{
	for (int i = 0; i < v->brick_count; i++) {
		struct gd_brick *b = &v->bricks[i];
		b->local = c->uuid[0] && strcmp(b->uuid, c->uuid) == 0;
	}
}

/* What one look at a volume's directory tells the restore. */
struct vol_dir_facts {
	bool empty_volfile;	/* a crash before its data reached the disk */
	bool gfproxyd_volfile;	/* written after the bricks' and clients' */
	bool quota_conf, quota_cksum;
};

static void scan_vol_dir(const struct gd_conf *c, const char *vol,
			 struct vol_dir_facts *f)
{
	char *dir = xasprintf("%s/vols/%s", c->workdir, vol);
	char *gfproxyd = xasprintf("%s.gfproxyd.vol", vol);
	DIR *d = dir ? opendir(dir) : NULL;
	struct dirent *e;

	memset(f, 0, sizeof(*f));
	/* (when in doubt, nothing is rewritten) */
	f->gfproxyd_volfile = !gfproxyd || !d;
	while (d && (e = readdir(d))) {
		size_t n = strlen(e->d_name);
		struct stat st;

		if (strcmp(e->d_name, "quota.conf") == 0)
			f->quota_conf = true;
		else if (strcmp(e->d_name, "quota.cksum") == 0)
			f->quota_cksum = true;
		else if (gfproxyd && strcmp(e->d_name, gfproxyd) == 0)
			f->gfproxyd_volfile = true;
		if (!f->empty_volfile && n > 4 &&
			 strcmp(e->d_name + n - 4, ".vol") == 0 &&
			 fstatat(dirfd(d), e->d_name, &st, 0) == 0)
			f->empty_volfile = st.st_size == 0;
	}
	if (d)
		closedir(d);
	free(gfproxyd);
	free(dir);
}

/* 10.3 leaves an empty quota.conf and a zero quota.cksum in every volume
 * it restores, quota or not (scripts and 10.3 peers find them there);
 * volfiles are written without fsync (they derive from info): one left
 * empty by a crash, or the last of them missing (a crash between the
 * store and the volfiles), gets them all rewritten. */
static void repair_vol_dir(struct gd_conf *c, struct gd_volinfo *v)
{
	static const char cksum[] = "cksum=0\nversion=0\n";
	struct vol_dir_facts f;
	char *path;

	scan_vol_dir(c, v->name, &f);
	/* (constant contents, rewritten whenever missing: no fsync) */
	if (!f.quota_conf &&
	    (path = xasprintf("%s/vols/%s/quota.conf", c->workdir, v->name))) {
		if (store_write_derived(path, "", 0) < 0)
			log_warn("cannot write %s", path);
		free(path);
	}
	if (!f.quota_cksum &&
	    (path = xasprintf("%s/vols/%s/quota.cksum", c->workdir, v->name))) {
		if (store_write_derived(path, cksum, sizeof(cksum) - 1) < 0)
			log_warn("cannot write %s", path);
		free(path);
	}
	if (f.empty_volfile || !f.gfproxyd_volfile) {
		log_warn("volume %s has %s volfile: rewriting them", v->name,
			 f.empty_volfile ? "an empty" : "a missing");
		if (gd_volfiles_write(c, v) < 0)
			log_err("could not rewrite the volfiles of %s", v->name);
	}
}

/* vols/.<name>.new: a volume whose first save a crash interrupted
 * (gd_volinfo_save); it never was in this node's store. */
static void drop_unfinished(struct gd_conf *c, const char *ent)
{
	size_t n = strlen(ent);
	char *p;

	if (n < 6 || strcmp(ent + n - 4, ".new") != 0)
		return;
	p = xasprintf("%s/vols/%s", c->workdir, ent);
	if (p && store_rmtree(p) == 0)
		log_warn("removed %s, left by an interrupted volume create", p);
	free(p);
}

static int load_volumes(struct gd_conf *c)
{
	char *vdir = xasprintf("%s/vols", c->workdir);
	DIR *d;
	struct dirent *e;
	int r = 0;

	if (!vdir)
		return -ENOMEM;
	d = opendir(vdir);
	free(vdir);
	if (!d)
		return -errno;
	while (r == 0 && (e = readdir(d))) {
		struct gd_volinfo *v = NULL;
		if (e->d_name[0] == '.') {
			drop_unfinished(c, e->d_name);
			continue;
		}
		r = gd_volinfo_load(c->workdir, e->d_name, &v);
		/* A directory without an info file holds no volume (a store
		 * written by another glusterd that crashed while creating
		 * it): skipped rather than keeping glusterd from starting;
		 * the pool's copy, if any, comes with the peer handshake. */
		if (r == -ENOENT) {
			log_warn("%s/vols/%s has no info file: not a volume, "
				 "skipped", c->workdir, e->d_name);
			r = 0;
			continue;
		}
		if (r < 0) {
			log_err("failed to restore volume %s: %s", e->d_name,
				strerror(-r));
			break;
		}
		mark_local_bricks(c, v);
		gd_conf_add_volume(c, v);
		repair_vol_dir(c, v);
	}
	closedir(d);
	return r;
}

static int write_upgrade_file(struct gd_conf *c)
{
	char *path = xasprintf("%s/glusterd.upgrade", c->workdir);
	char line[64];
	int n, r;

	if (!path)
		return -ENOMEM;
	n = snprintf(line, sizeof(line), "maximum-operating-version=%d\n",
		     GD_OP_VERSION_MAX);
	r = store_write_atomic(path, line, (size_t)n);
	free(path);
	return r;
}

static int ensure_missed_snaps(struct gd_conf *c)
{
	char *path = xasprintf("%s/snaps/missed_snaps_list", c->workdir);
	struct stat st;
	int r = 0;

	if (!path)
		return -ENOMEM;
	if (stat(path, &st) < 0)
		r = store_write_atomic(path, "", 0);
	free(path);
	return r;
}

int gd_restore(struct gd_conf *c, bool *regen_volfiles)
{
	struct store_file f;
	char *path;
	int r = make_dirs(c);

	if (r == 0)
		r = load_node_info(c);
	if (r == 0)
		r = load_global_opts(c);
	if (r == 0)
		r = ensure_missed_snaps(c);
	if (r == 0)
		r = load_volumes(c);
	if (r < 0)
		return r;
	*regen_volfiles = true;
	path = xasprintf("%s/glusterd.upgrade", c->workdir);
	if (!path)
		return -ENOMEM;
	store_file_init(&f);
	if (store_file_load(path, &f) == 0) {
		const char *v = store_file_get(&f, "maximum-operating-version");
		*regen_volfiles = !v || atoi(v) != GD_OP_VERSION_MAX;
	}
	store_file_release(&f);
	free(path);
	if (*regen_volfiles) {
		log_info("Regenerating volfiles due to a max op-version mismatch "
			 "or glusterd.upgrade file not being present");
		r = write_upgrade_file(c);
	}
	return r;
}
