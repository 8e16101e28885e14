/* volinfo-store: <wd>/vols/<vol>/ (info, the brick files, cksum,
 * snapd.info}, driven by one field table per file (cluster.md 2.7-2.11).
 */
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "glusterd/volinfo-store.h"
#include "libglusterfs/cksum.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"

enum vf_type {
	VF_INT,		/* int */
	VF_U32,		/* uint32_t */
	VF_U64,		/* uint64_t */
	VF_STR,		/* char *, NULL or "" allowed */
	VF_CHARS,	/* char[GF_UUID_BUFLEN] */
	VF_CONST0,	/* always written as "0", ignored on load */
};

#define VF_NONZERO   0x1	/* written only when non-zero / non-empty */
#define VF_OLD_OP    0x2	/* written only below op-version 100000 */

struct vf {
	const char *key;
	enum vf_type type;
	size_t off;
	unsigned flags;
};

#define VOL(k, t, f, fl) { k, t, offsetof(struct gd_volinfo, f), fl }
#define BRK(k, t, f, fl) { k, t, offsetof(struct gd_brick, f), fl }

static const struct vf info_fields[] = {
	VOL("type", VF_INT, type, 0),
	VOL("count", VF_INT, brick_count, 0),
	VOL("status", VF_INT, status, 0),
	VOL("sub_count", VF_INT, sub_count, 0),
	VOL("replica_count", VF_INT, replica_count, 0),
	VOL("stripe_count", VF_INT, stripe_count, VF_OLD_OP),
	VOL("arbiter_count", VF_INT, arbiter_count, VF_NONZERO),
	VOL("disperse_count", VF_INT, disperse_count, 0),
	VOL("redundancy_count", VF_INT, redundancy_count, 0),
	VOL("version", VF_INT, version, 0),
	VOL("transport-type", VF_INT, transport_type, 0),
	VOL("volume-id", VF_CHARS, volume_id, 0),
	VOL("username", VF_CHARS, username, 0),
	VOL("password", VF_CHARS, password, 0),
	VOL("op-version", VF_U32, op_version, 0),
	VOL("client-op-version", VF_U32, client_op_version, 0),
	VOL("quota-version", VF_INT, quota_version, 0),
	VOL("tier-enabled", VF_CONST0, type, 0),
	VOL("thin_arbiter_count", VF_INT, thin_arbiter_count, VF_NONZERO),
	VOL("parent_volname", VF_STR, parent_volname, 0),
	VOL("restored_from_snap", VF_CHARS, restored_from_snap, 0),
	VOL("snap-max-hard-limit", VF_INT, snap_max_hard_limit, 0),
};

static const struct vf brick_fields[] = {
	BRK("uuid", VF_CHARS, uuid, 0),
	BRK("hostname", VF_STR, hostname, 0),
	BRK("path", VF_STR, path, 0),
	BRK("real_path", VF_STR, real_path, 0),
	BRK("listen-port", VF_INT, port, 0),
	BRK("rdma.listen-port", VF_INT, rdma_port, 0),
	BRK("decommissioned", VF_INT, decommissioned, 0),
	BRK("brick-id", VF_STR, brick_id, 0),
	BRK("device_path", VF_STR, device_path, VF_NONZERO),
	BRK("mount_dir", VF_STR, mount_dir, VF_NONZERO),
	BRK("fs-type", VF_STR, fs_type, VF_NONZERO),
	BRK("mnt-opts", VF_STR, mnt_opts, VF_NONZERO),
	BRK("snap-status", VF_INT, snap_status, 0),
	BRK("brick-fsid", VF_U64, fsid, 0),
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static int vf_emit(struct store_file *f, const struct vf *fd, const void *obj,
		   uint32_t cluster_op)
{
	const char *base = obj;
	const void *p = base + fd->off;

	if ((fd->flags & VF_OLD_OP) && cluster_op >= 100000)
		return 0;
	switch (fd->type) {
	case VF_INT:
		if ((fd->flags & VF_NONZERO) && *(const int *)p == 0)
			return 0;
		return store_file_addf(f, fd->key, "%d", *(const int *)p);
	case VF_U32:
		return store_file_addf(f, fd->key, "%" PRIu32,
				       *(const uint32_t *)p);
	case VF_U64:
		return store_file_addf(f, fd->key, "%" PRIu64,
				       *(const uint64_t *)p);
	case VF_STR: {
		const char *s = *(char *const *)p;
		if ((fd->flags & VF_NONZERO) && (!s || !*s))
			return 0;
		return store_file_add(f, fd->key, s ? s : "");
	}
	case VF_CHARS:
		return store_file_add(f, fd->key, (const char *)p);
	case VF_CONST0:
		return store_file_add(f, fd->key, "0");
	}
	return -EINVAL;
}

static int parse_i64(const char *s, long long lo, long long hi, long long *out)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return -EINVAL;
	*out = v;
	return 0;
}

static int vf_parse(const struct vf *fd, void *obj, const char *val)
{
	char *p = (char *)obj + fd->off;
	long long n;
	unsigned long long u;
	char *end;

	switch (fd->type) {
	case VF_INT:
		if (parse_i64(val, INT32_MIN, INT32_MAX, &n) < 0)
			return -EINVAL;
		*(int *)p = (int)n;
		return 0;
	case VF_U32:
		if (parse_i64(val, 0, UINT32_MAX, &n) < 0)
			return -EINVAL;
		*(uint32_t *)p = (uint32_t)n;
		return 0;
	case VF_U64:
		errno = 0;
		u = strtoull(val, &end, 10);
		if (errno || end == val || *end || val[0] == '-')
			return -EINVAL;
		*(uint64_t *)p = u;
		return 0;
	case VF_STR: {
		char *s = strdup(val);
		if (!s)
			return -ENOMEM;
		free(*(char **)p);
		*(char **)p = s;
		return 0;
	}
	case VF_CHARS:
		if (strlen(val) >= GF_UUID_BUFLEN)
			return -EINVAL;
		strcpy(p, val);
		return 0;
	case VF_CONST0:
		return 0;
	}
	return -EINVAL;
}

static const struct vf *vf_find(const struct vf *tab, size_t n, const char *k)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(tab[i].key, k) == 0)
			return &tab[i];
	return NULL;
}

static int emit_all(struct store_file *f, const struct vf *tab, size_t n,
		    const void *obj, uint32_t cluster_op)
{
	for (size_t i = 0; i < n; i++) {
		int r = vf_emit(f, &tab[i], obj, cluster_op);
		if (r < 0)
			return r;
	}
	return 0;
}

int gd_volinfo_info_build(const struct gd_volinfo *v, uint32_t cluster_op,
			  struct store_file *f)
{
	int r = emit_all(f, info_fields, NELEM(info_fields), v, cluster_op);

	/* 10.x walks its option dictionary newest first */
	for (size_t i = v->opts.n; r == 0 && i > 0; i--)
		r = store_file_add(f, v->opts.kv[i - 1].key,
				   v->opts.kv[i - 1].val);
	for (int i = 0; r == 0 && i < v->brick_count; i++) {
		char key[32];
		char *name = gd_brick_store_name(&v->bricks[i]);
		if (!name)
			return -ENOMEM;
		snprintf(key, sizeof(key), "brick-%d", i);
		r = store_file_add(f, key, name);
		free(name);
	}
	if (r == 0 && v->ta_brick)
		r = store_file_add(f, "ta-brick-0", v->ta_brick);
	return r;
}

static int save_brick(const char *bdir, const struct gd_brick *b,
		      uint32_t cluster_op)
{
	struct store_file f;
	char *name = gd_brick_store_name(b);
	char *path;
	int r;

	if (!name)
		return -ENOMEM;
	path = xasprintf("%s/%s", bdir, name);
	free(name);
	if (!path)
		return -ENOMEM;
	store_file_init(&f);
	r = emit_all(&f, brick_fields, NELEM(brick_fields), b, cluster_op);
	if (r == 0)
		r = store_file_save(path, &f);
	store_file_release(&f);
	free(path);
	return r;
}

static const char *node_state_keys[][2] = {
	{ "rebalance_status", "0" },
	{ "status", "0" },
	{ "rebalance_op", "0" },
	{ "rebalance-id", "00000000-0000-0000-0000-000000000000" },
	{ "rebalanced-files", "0" },
	{ "size", "0" },
	{ "scanned", "0" },
	{ "failures", "0" },
	{ "skipped", "0" },
	{ "run-time", "0.000000" },
};

static int save_node_state(const char *vdir)
{
	struct store_file f;
	char *path = xasprintf("%s/node_state.info", vdir);
	int r = 0;

	if (!path)
		return -ENOMEM;
	store_file_init(&f);
	for (size_t i = 0; r == 0 && i < NELEM(node_state_keys); i++)
		r = store_file_add(&f, node_state_keys[i][0],
				   node_state_keys[i][1]);
	if (r == 0)
		r = store_file_save(path, &f);
	store_file_release(&f);
	free(path);
	return r;
}

static int save_snapd_info(const char *vdir)
{
	char *path = xasprintf("%s/snapd.info", vdir);
	int r;

	if (!path)
		return -ENOMEM;
	r = store_write_atomic(path, "snapd-port=0\n", 13);
	free(path);
	return r;
}

static int save_info_and_cksum(const char *vdir, struct gd_volinfo *v,
			       uint32_t cluster_op)
{
	struct store_file f;
	char *info = xasprintf("%s/info", vdir);
	char *ck = xasprintf("%s/cksum", vdir);
	char *text = NULL;
	size_t len = 0;
	char line[32];
	int r = -ENOMEM;

	store_file_init(&f);
	if (!info || !ck)
		goto out;
	r = gd_volinfo_info_build(v, cluster_op, &f);
	if (r == 0)
		r = store_file_save(info, &f);
	if (r == 0)
		r = store_read_all(info, &text, &len);
	if (r == 0)
		r = gf_volume_cksum(text, len, &v->file_cksum, &v->cksum);
	if (r == 0) {
		int n = snprintf(line, sizeof(line), "info=%" PRIu32 "\n",
				 v->file_cksum);
		r = store_write_atomic(ck, line, (size_t)n);
	}
out:
	store_file_release(&f);
	free(text);
	free(info);
	free(ck);
	return r;
}

static int save_into(const char *vdir, struct gd_volinfo *v,
		     uint32_t cluster_op)
{
	char *bdir = xasprintf("%s/bricks", vdir);
	int r = -ENOMEM;

	if (!bdir)
		goto out;
	r = store_mkdir_p(bdir, 0755);
	for (int i = 0; r == 0 && i < v->brick_count; i++)
		r = save_brick(bdir, &v->bricks[i], cluster_op);
	if (r == 0)
		r = save_info_and_cksum(vdir, v, cluster_op);
	if (r == 0)
		r = save_node_state(vdir);
	if (r == 0)
		r = save_snapd_info(vdir);
out:
	free(bdir);
	return r;
}

/* A volume new to this node is written whole under vols/.<name>.new and
 * renamed into place: a crash half way leaves only that dot directory,
 * which the restore skips and removes, never a volume without its info
 * (that would keep glusterd from starting). Later saves replace single
 * files, each atomically, the info last. */
int gd_volinfo_save(const char *workdir, struct gd_volinfo *v,
		    uint32_t cluster_op)
{
	char *vols = xasprintf("%s/vols", workdir);
	char *vdir = xasprintf("%s/vols/%s", workdir, v->name);
	char *tmp = xasprintf("%s/vols/.%s.new", workdir, v->name);
	struct stat st;
	int r = -ENOMEM;

	if (!vols || !vdir || !tmp)
		goto out;
	if (stat(vdir, &st) == 0) {
		r = save_into(vdir, v, cluster_op);
		goto out;
	}
	(void)store_rmtree(tmp);
	r = save_into(tmp, v, cluster_op);
	if (r == 0)
		r = store_batch_flush();
	if (r == 0 && rename(tmp, vdir) < 0)
		r = -errno;
	if (r == 0)
		r = store_sync_dir(vols);
	else
		(void)store_rmtree(tmp);
out:
	free(vols);
	free(vdir);
	free(tmp);
	return r;
}

static int load_brick(const char *bdir, const char *fname, struct gd_brick *b)
{
	struct store_file f;
	char *path = xasprintf("%s/%s", bdir, fname);
	int r;

	if (!path)
		return -ENOMEM;
	store_file_init(&f);
	r = store_file_load(path, &f);
	free(path);
	for (size_t i = 0; r == 0 && i < f.n; i++) {
		const struct vf *fd = vf_find(brick_fields, NELEM(brick_fields),
					      f.kv[i].key);
		if (fd)
			r = vf_parse(fd, b, f.kv[i].val);
		else
			r = gd_opts_set(&b->extra, f.kv[i].key, f.kv[i].val);
	}
	store_file_release(&f);
	if (r == 0 && (!b->hostname || !b->path))
		r = -EINVAL;
	return r;
}

static int brick_index(const char *key, int *idx)
{
	long long n;

	if (strncmp(key, "brick-", 6) != 0)
		return -ENOENT;
	if (parse_i64(key + 6, 0, 65535, &n) < 0)
		return -EINVAL;
	*idx = (int)n;
	return 0;
}

/* A key of the info file that is neither a field nor a brick: options are
 * dotted names; anything else is kept aside (and not written back, as 10.x
 * drops keys it doesn't know). */
static int load_info_other(struct gd_volinfo *v, const char *k, const char *val)
{
	if (strchr(k, '.'))
		return gd_opts_set(&v->opts, k, val);
	return gd_opts_set(&v->extra, k, val);
}

static int load_info(const char *vdir, struct gd_volinfo *v, char ***bfiles)
{
	struct store_file f;
	char *path = xasprintf("%s/info", vdir);
	int r, idx;

	if (!path)
		return -ENOMEM;
	store_file_init(&f);
	r = store_file_load(path, &f);
	free(path);
	if (r == 0 && !store_file_get(&f, "count"))
		r = -EINVAL;
	if (r == 0)
		r = vf_parse(vf_find(info_fields, NELEM(info_fields), "count"),
			     v, store_file_get(&f, "count"));
	if (r == 0 && (v->brick_count < 0 || v->brick_count > 65536))
		r = -EINVAL;
	if (r == 0) {
		*bfiles = calloc((size_t)v->brick_count + 1, sizeof(char *));
		if (!*bfiles)
			r = -ENOMEM;
	}
	for (size_t i = 0; r == 0 && i < f.n; i++) {
		const char *k = f.kv[i].key, *val = f.kv[i].val;
		const struct vf *fd = vf_find(info_fields, NELEM(info_fields), k);
		int br = brick_index(k, &idx);

		if (fd)
			r = vf_parse(fd, v, val);
		else if (br == 0 && idx < v->brick_count && !(*bfiles)[idx])
			r = ((*bfiles)[idx] = strdup(val)) ? 0 : -ENOMEM;
		else if (br == 0 || br == -EINVAL)
			r = -EINVAL;
		else if (strcmp(k, "ta-brick-0") == 0)
			r = (v->ta_brick = strdup(val)) ? 0 : -ENOMEM;
		else
			r = load_info_other(v, k, val);
	}
	store_file_release(&f);
	for (int i = 0; r == 0 && i < v->brick_count; i++)
		if (!(*bfiles)[i])
			r = -EINVAL;
	return r;
}

static void free_strv(char **v, int n)
{
	for (int i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

static int load_cksum(const char *vdir, struct gd_volinfo *v)
{
	char *path = xasprintf("%s/info", vdir);
	char *text = NULL;
	size_t len = 0;
	int r;

	if (!path)
		return -ENOMEM;
	r = store_read_all(path, &text, &len);
	if (r == 0)
		r = gf_volume_cksum(text, len, &v->file_cksum, &v->cksum);
	free(text);
	free(path);
	return r;
}

int gd_volinfo_load(const char *workdir, const char *name,
		    struct gd_volinfo **out)
{
	struct gd_volinfo *v = gd_volinfo_new(name);
	char *vdir = xasprintf("%s/vols/%s", workdir, name);
	char *bdir = xasprintf("%s/vols/%s/bricks", workdir, name);
	char **bfiles = NULL;
	int nb = 0, r = -ENOMEM;

	if (!v || !vdir || !bdir)
		goto out;
	r = load_info(vdir, v, &bfiles);
	nb = bfiles ? v->brick_count : 0;
	if (r == 0 && v->brick_count > 0) {
		v->bricks = calloc((size_t)v->brick_count, sizeof(*v->bricks));
		if (!v->bricks)
			r = -ENOMEM;
	}
	for (int i = 0; r == 0 && i < v->brick_count; i++) {
		gd_opts_init(&v->bricks[i].extra);
		r = load_brick(bdir, bfiles[i], &v->bricks[i]);
		/* (a brick file the info names: a damaged store) */
		if (r == -ENOENT)
			r = -EINVAL;
	}
	if (r == 0)
		r = load_cksum(vdir, v);
	if (r == 0) {
		gd_volinfo_derive(v);
		*out = v;
		v = NULL;
	}
out:
	free_strv(bfiles, nb);
	gd_volinfo_free(v);
	free(vdir);
	free(bdir);
	return r;
}

int gd_volinfo_delete_store(const char *workdir, const struct gd_volinfo *v)
{
	char *vdir = xasprintf("%s/vols/%s", workdir, v->name);
	char *trash = xasprintf("%s/trash", workdir);
	char *dst = xasprintf("%s/trash/%s.deleted", workdir, v->volume_id);
	int r = -ENOMEM;

	if (!vdir || !trash || !dst)
		goto out;
	r = store_mkdir_p(trash, 0755);
	if (r == 0) {
		(void)store_rmtree(dst);
		r = rename(vdir, dst) < 0 ? -errno : 0;
	}
	if (r == 0)
		r = store_sync_dir(trash);
	if (r == 0)
		(void)store_rmtree(dst);
out:
	free(vdir);
	free(trash);
	free(dst);
	return r;
}

/* ---- single fields, for other encodings of the same values ---- */

static char *vf_text(const struct vf *fd, const void *obj)
{
	const char *p = (const char *)obj + fd->off;

	switch (fd->type) {
	case VF_INT:
		return xasprintf("%d", *(const int *)p);
	case VF_U32:
		return xasprintf("%" PRIu32, *(const uint32_t *)p);
	case VF_U64:
		return xasprintf("%" PRIu64, *(const uint64_t *)p);
	case VF_STR: {
		const char *s = *(char *const *)p;
		return strdup(s ? s : "");
	}
	case VF_CHARS:
		return strdup(p);
	case VF_CONST0:
		return strdup("0");
	}
	return NULL;
}

static int field_get(const struct vf *tab, size_t n, const void *obj,
		     const char *key, char **out)
{
	const struct vf *fd = vf_find(tab, n, key);

	if (!fd)
		return -ENOENT;
	*out = vf_text(fd, obj);
	return *out ? 0 : -ENOMEM;
}

static int field_set(const struct vf *tab, size_t n, void *obj,
		     const char *key, const char *val)
{
	const struct vf *fd = vf_find(tab, n, key);

	return fd ? vf_parse(fd, obj, val) : -ENOENT;
}

int gd_volinfo_field_get(const struct gd_volinfo *v, const char *key,
			 char **out)
{
	return field_get(info_fields, NELEM(info_fields), v, key, out);
}

int gd_volinfo_field_set(struct gd_volinfo *v, const char *key,
			 const char *val)
{
	return field_set(info_fields, NELEM(info_fields), v, key, val);
}

int gd_brick_field_get(const struct gd_brick *b, const char *key, char **out)
{
	return field_get(brick_fields, NELEM(brick_fields), b, key, out);
}

int gd_brick_field_set(struct gd_brick *b, const char *key, const char *val)
{
	return field_set(brick_fields, NELEM(brick_fields), b, key, val);
}
