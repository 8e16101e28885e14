/* peer-export: what a node tells a peer about its volumes in FRIEND_ADD
 * (the "export dictionary", cluster.md 3.5) and what the receiver does
 * with it (3.6): unknown or newer volumes are imported, an equal version
 * with another checksum rejects the peer, older ones are left for the
 * sender to catch up on when it gets ours. Nothing is imported unless
 * every volume compares cleanly.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/brick.h"
#include "glusterd/brick-check.h"
#include "glusterd/conf.h"
#include "glusterd/op.h"
#include "glusterd/peer-export.h"
#include "glusterd/restore.h"
#include "glusterd/shd.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/strbuf.h"

#define EXPORT_MAX_VOLUMES 100000
#define EXPORT_MAX_BRICKS 10000
#define EXPORT_MAX_OPTS 10000
#define NULL_UUID "00000000-0000-0000-0000-000000000000"

/* ---------------- export ---------------- */

struct kbuf {
	char key[128];
};

static const char *k(struct kbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static const char *k(struct kbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(b->key, sizeof(b->key), fmt, ap);
	va_end(ap);
	return b->key;
}

static int export_brick(struct dict *d, const char *pfx, int j,
			const struct gd_brick *b)
{
	struct kbuf kb;
	int r = 0;

	r |= dict_set_str(d, k(&kb, "%s.brick%d.hostname", pfx, j), b->hostname);
	r |= dict_set_str(d, k(&kb, "%s.brick%d.path", pfx, j), b->path);
	r |= dict_set_int(d, k(&kb, "%s.brick%d.decommissioned", pfx, j),
			  b->decommissioned);
	r |= dict_set_str(d, k(&kb, "%s.brick%d.brick_id", pfx, j),
			  b->brick_id ? b->brick_id : "");
	r |= dict_set_str(d, k(&kb, "%s.brick%d.uuid", pfx, j),
			  b->uuid[0] ? b->uuid : NULL_UUID);
	r |= dict_set_int(d, k(&kb, "%s.brick%d.snap_status", pfx, j),
			  b->snap_status);
	r |= dict_set_str(d, k(&kb, "%s.brick%d.device_path", pfx, j),
			  b->device_path ? b->device_path : "");
	r |= dict_set_str(d, k(&kb, "%s.brick%d.fs_type", pfx, j),
			  b->fs_type ? b->fs_type : "");
	r |= dict_set_str(d, k(&kb, "%s.brick%d.mnt_opts", pfx, j),
			  b->mnt_opts ? b->mnt_opts : "");
	r |= dict_set_str(d, k(&kb, "%s.brick%d.mount_dir", pfx, j),
			  b->mount_dir ? b->mount_dir : "");
	return r ? -ENOMEM : 0;
}

static int export_volume(struct dict *d, int i, const struct gd_volinfo *v)
{
	char pfx[32];
	struct kbuf kb;
	int leaf = gd_volinfo_dist_leaf(v), r = 0;

	snprintf(pfx, sizeof(pfx), "volume%d", i);
	r |= dict_set_str(d, k(&kb, "%s.name", pfx), v->name);
	r |= dict_set_int(d, k(&kb, "%s.type", pfx), v->type);
	r |= dict_set_int(d, k(&kb, "%s.brick_count", pfx), v->brick_count);
	r |= dict_set_int(d, k(&kb, "%s.version", pfx), v->version);
	r |= dict_set_int(d, k(&kb, "%s.status", pfx), v->status);
	r |= dict_set_int(d, k(&kb, "%s.sub_count", pfx), v->sub_count);
	r |= dict_set_int(d, k(&kb, "%s.subvol_count", pfx),
			  leaf > 0 ? v->brick_count / leaf : v->brick_count);
	r |= dict_set_int(d, k(&kb, "%s.stripe_count", pfx), v->stripe_count);
	r |= dict_set_int(d, k(&kb, "%s.replica_count", pfx), v->replica_count);
	r |= dict_set_int(d, k(&kb, "%s.arbiter_count", pfx), v->arbiter_count);
	r |= dict_set_int(d, k(&kb, "%s.thin_arbiter_count", pfx),
			  v->thin_arbiter_count);
	r |= dict_set_int(d, k(&kb, "%s.disperse_count", pfx), v->disperse_count);
	r |= dict_set_int(d, k(&kb, "%s.redundancy_count", pfx),
			  v->redundancy_count);
	r |= dict_set_int(d, k(&kb, "%s.dist_count", pfx), leaf);
	r |= dict_set_int(d, k(&kb, "%s.ckusm", pfx), v->cksum);
	r |= dict_set_uint(d, k(&kb, "%s.transport_type", pfx),
			   (uint64_t)v->transport_type);
	r |= dict_set_uint(d, k(&kb, "%s.stage_deleted", pfx), 0);
	r |= dict_set_uint(d, k(&kb, "%s.is_snap_volume", pfx), 0);
	r |= dict_set_str(d, k(&kb, "%s.restored_from_snap", pfx),
			  v->restored_from_snap[0] ? v->restored_from_snap :
			  NULL_UUID);
	r |= dict_set_uint(d, k(&kb, "%s.snap-max-hard-limit", pfx),
			   (uint64_t)v->snap_max_hard_limit);
	if (v->parent_volname && v->parent_volname[0])
		r |= dict_set_str(d, k(&kb, "%s.parent_volname", pfx),
				  v->parent_volname);
	r |= dict_set_str(d, k(&kb, "%s.volume_id", pfx), v->volume_id);
	r |= dict_set_str(d, k(&kb, "%s.username", pfx), v->username);
	r |= dict_set_str(d, k(&kb, "%s.password", pfx), v->password);
	r |= dict_set_int(d, k(&kb, "%s.rebalance", pfx), v->rebalance);
	r |= dict_set_str(d, k(&kb, "%s.rebalance-id", pfx), NULL_UUID);
	r |= dict_set_uint(d, k(&kb, "%s.rebalance-op", pfx), 0);
	/* options oldest first: the importer appends in key order */
	for (size_t o = 0; o < v->opts.n; o++) {
		r |= dict_set_str(d, k(&kb, "%s.key%zu", pfx, o + 1),
				  v->opts.kv[o].key);
		r |= dict_set_str(d, k(&kb, "%s.value%zu", pfx, o + 1),
				  v->opts.kv[o].val);
	}
	r |= dict_set_int(d, k(&kb, "%s.opt-count", pfx), (int64_t)v->opts.n);
	r |= dict_set_int(d, k(&kb, "%s.gsync-count", pfx), 0);
	for (int j = 0; r == 0 && j < v->brick_count; j++)
		r = export_brick(d, pfx, j + 1, &v->bricks[j]);
	r |= dict_set_uint(d, k(&kb, "%s.op-version", pfx), v->op_version);
	r |= dict_set_uint(d, k(&kb, "%s.client-op-version", pfx),
			   v->client_op_version);
	r |= dict_set_int(d, k(&kb, "%s.quota-xattr-version", pfx), 0);
	return r ? -ENOMEM : 0;
}

int gd_export_dict(struct gd_conf *c, const char *peer_name, struct dict *d)
{
	const struct gd_volinfo *v;
	struct kbuf kb;
	int i = 0, r = 0;
	size_t n = c->global_opts.n;

	list_for_each_entry(v, &c->volumes, list) {
		r = export_volume(d, ++i, v);
		if (r < 0)
			return r;
	}
	r |= dict_set_int(d, "count", i);
	for (size_t o = 0; o < n; o++) {
		r |= dict_set_str(d, k(&kb, "global.key%zu", o + 1),
				  c->global_opts.kv[o].key);
		r |= dict_set_str(d, k(&kb, "global.val%zu", o + 1),
				  c->global_opts.kv[o].val);
	}
	r |= dict_set_str(d, k(&kb, "global.key%zu", n + 1),
			  "global-option-version");
	r |= dict_set_strf(d, k(&kb, "global.val%zu", n + 1), "%" PRIu64,
			   c->global_opt_version);
	r |= dict_set_int(d, "global-opt-count", (int64_t)n + 1);
	r |= dict_set_str(d, "hostname_in_cluster", peer_name);
	r |= dict_set_int(d, "missed_snap_count", 0);
	r |= dict_set_int(d, "snap_count", 0);
	return r ? -ENOMEM : 0;
}

/* ---------------- import ---------------- */

static const char *str_of(const struct dict *d, struct kbuf *kb,
			  const char *pfx, const char *name)
{
	return dict_get_str(d, k(kb, "%s.%s", pfx, name));
}

static int int_of(const struct dict *d, const char *pfx, const char *name,
		  bool required, int *out)
{
	struct kbuf kb;
	int32_t v = 0;

	if (dict_get_int32(d, k(&kb, "%s.%s", pfx, name), &v) < 0) {
		if (required)
			return -EINVAL;
		v = 0;
	}
	*out = v;
	return 0;
}

static int copy_uuid(char *dst, const char *src, bool required)
{
	uuid_t u;

	if (!src) {
		dst[0] = '\0';
		return required ? -EINVAL : 0;
	}
	if (gf_uuid_parse(src, u) < 0)
		return -EINVAL;
	gf_uuid_unparse(u, dst);
	return 0;
}

static char *dup_or_null(const char *s)
{
	return s && s[0] ? strdup(s) : NULL;
}

static int import_brick(struct gd_conf *c, const struct dict *d,
			const char *vpfx, int j, struct gd_brick *b)
{
	char pfx[64];
	struct kbuf kb;
	const char *host, *path, *id;

	snprintf(pfx, sizeof(pfx), "%s.brick%d", vpfx, j);
	host = str_of(d, &kb, pfx, "hostname");
	path = str_of(d, &kb, pfx, "path");
	if (!host || !path || path[0] != '/')
		return -EINVAL;
	b->hostname = strdup(host);
	b->path = strdup(path);
	b->real_path = strdup(path);
	id = str_of(d, &kb, pfx, "brick_id");
	b->brick_id = id && id[0] ? strdup(id) : NULL;
	b->mount_dir = dup_or_null(str_of(d, &kb, pfx, "mount_dir"));
	b->device_path = dup_or_null(str_of(d, &kb, pfx, "device_path"));
	b->fs_type = dup_or_null(str_of(d, &kb, pfx, "fs_type"));
	b->mnt_opts = dup_or_null(str_of(d, &kb, pfx, "mnt_opts"));
	if (!b->hostname || !b->path || !b->real_path)
		return -ENOMEM;
	(void)int_of(d, pfx, "decommissioned", false, &b->decommissioned);
	(void)int_of(d, pfx, "snap_status", false, &b->snap_status);
	if (copy_uuid(b->uuid, str_of(d, &kb, pfx, "uuid"), false) < 0)
		return -EINVAL;
	if (strcmp(b->uuid, NULL_UUID) == 0)
		b->uuid[0] = '\0';
	b->local = b->uuid[0] && strcmp(b->uuid, gd_conf_uuid(c)) == 0;
	if (b->local)
		b->fsid = gd_brick_fsid(b->path);
	return 0;
}

static int import_opts(const struct dict *d, const char *pfx,
		       struct gd_volinfo *v)
{
	int n = 0;

	if (int_of(d, pfx, "opt-count", false, &n) < 0 || n < 0 ||
	    n > EXPORT_MAX_OPTS)
		return -EINVAL;
	for (int o = 1; o <= n; o++) {
		struct kbuf kb;
		char kname[32], vname[32];
		const char *key, *val;

		snprintf(kname, sizeof(kname), "key%d", o);
		snprintf(vname, sizeof(vname), "value%d", o);
		key = str_of(d, &kb, pfx, kname);
		val = str_of(d, &kb, pfx, vname);
		if (!key || !val)
			return -EINVAL;
		if (gd_opts_set(&v->opts, key, val) < 0)
			return -ENOMEM;
	}
	return 0;
}

/* Builds volume i of d; NULL with *err set when it does not parse. */
static struct gd_volinfo *import_volume(struct gd_conf *c,
					const struct dict *d, int i, int *err)
{
	char pfx[32];
	struct kbuf kb;
	const char *name, *s;
	struct gd_volinfo *v;
	int r = 0, limit = 0;

	snprintf(pfx, sizeof(pfx), "volume%d", i);
	name = str_of(d, &kb, pfx, "name");
	if (!name || !name[0] || strchr(name, '/')) {
		*err = -EINVAL;
		return NULL;
	}
	v = gd_volinfo_new(name);
	if (!v) {
		*err = -ENOMEM;
		return NULL;
	}
	r |= int_of(d, pfx, "type", true, &v->type);
	r |= int_of(d, pfx, "brick_count", true, &v->brick_count);
	r |= int_of(d, pfx, "version", true, &v->version);
	r |= int_of(d, pfx, "status", true, &v->status);
	r |= int_of(d, pfx, "sub_count", false, &v->sub_count);
	r |= int_of(d, pfx, "stripe_count", false, &v->stripe_count);
	r |= int_of(d, pfx, "replica_count", false, &v->replica_count);
	r |= int_of(d, pfx, "arbiter_count", false, &v->arbiter_count);
	r |= int_of(d, pfx, "thin_arbiter_count", false, &v->thin_arbiter_count);
	r |= int_of(d, pfx, "disperse_count", false, &v->disperse_count);
	r |= int_of(d, pfx, "redundancy_count", false, &v->redundancy_count);
	r |= int_of(d, pfx, "transport_type", false, &v->transport_type);
	r |= int_of(d, pfx, "rebalance", false, &v->rebalance);
	r |= int_of(d, pfx, "snap-max-hard-limit", false, &limit);
	v->snap_max_hard_limit = limit;
	r |= copy_uuid(v->volume_id, str_of(d, &kb, pfx, "volume_id"), true);
	r |= copy_uuid(v->username, str_of(d, &kb, pfx, "username"), false);
	r |= copy_uuid(v->password, str_of(d, &kb, pfx, "password"), false);
	s = str_of(d, &kb, pfx, "restored_from_snap");
	r |= copy_uuid(v->restored_from_snap, s ? s : NULL_UUID, false);
	s = str_of(d, &kb, pfx, "parent_volname");
	v->parent_volname = s ? strdup(s) : NULL;
	{
		int opv = 0, copv = 0;
		r |= int_of(d, pfx, "op-version", false, &opv);
		r |= int_of(d, pfx, "client-op-version", false, &copv);
		v->op_version = (uint32_t)opv;
		v->client_op_version = (uint32_t)copv;
	}
	if (r || v->brick_count < 0 || v->brick_count > EXPORT_MAX_BRICKS) {
		*err = -EINVAL;
		return gd_volinfo_free(v);
	}
	v->bricks = calloc((size_t)v->brick_count + 1, sizeof(*v->bricks));
	if (!v->bricks) {
		*err = -ENOMEM;
		return gd_volinfo_free(v);
	}
	for (int j = 0; j < v->brick_count; j++) {
		r = import_brick(c, d, pfx, j + 1, &v->bricks[j]);
		if (r < 0) {
			*err = r;
			return gd_volinfo_free(v);
		}
	}
	r = import_opts(d, pfx, v);
	if (r < 0) {
		*err = r;
		return gd_volinfo_free(v);
	}
	gd_volinfo_derive(v);
	return v;
}

enum verdict { KEEP, TAKE, CONFLICT };

static enum verdict compare(struct gd_conf *c, const struct dict *d, int i,
			    const char *peer, int *err)
{
	char pfx[32];
	struct kbuf kb;
	const char *name;
	struct gd_volinfo *v;
	int version = 0, deleted = 0;
	int64_t cks = 0;

	snprintf(pfx, sizeof(pfx), "volume%d", i);
	name = str_of(d, &kb, pfx, "name");
	if (!name || int_of(d, pfx, "version", true, &version) < 0 ||
	    dict_get_int(d, k(&kb, "%s.ckusm", pfx), &cks) < 0) {
		*err = -EINVAL;
		return KEEP;
	}
	(void)int_of(d, pfx, "stage_deleted", false, &deleted);
	v = gd_conf_find_volume(c, name);
	if (!v)
		return deleted ? KEEP : TAKE;
	if (version > v->version) {
		log_info("Version of volume %s differ. local version = %d, "
			 "remote version = %d on peer %s", name, v->version,
			 version, peer);
		return TAKE;
	}
	if (version < v->version)
		return KEEP;
	if ((uint32_t)cks != v->cksum) {
		log_err("Version of Cksums %s differ. local cksum = %u, remote "
			"cksum = %u on peer %s", name, v->cksum, (uint32_t)cks,
			peer);
		return CONFLICT;
	}
	return KEEP;
}

/* Replaces (or adds) the volume with the imported one: local runtime
 * state of bricks that stay is kept, the store rewritten at the peer's
 * version, bricks started or stopped to match its status. */
static int install(struct gd_conf *c, struct gd_volinfo *nv)
{
	struct gd_volinfo *old = gd_conf_find_volume(c, nv->name);
	int r;

	if (old) {
		for (int j = 0; j < nv->brick_count; j++) {
			struct gd_brick *b = &nv->bricks[j];
			for (int o = 0; o < old->brick_count; o++) {
				struct gd_brick *ob = &old->bricks[o];
				if (strcmp(ob->hostname, b->hostname) ||
				    strcmp(ob->path, b->path))
					continue;
				b->port = ob->port;
				b->rdma_port = ob->rdma_port;
				b->pid = ob->pid;
				b->run_state = ob->run_state;
				b->signed_in = ob->signed_in;
				b->watch = ob->watch;
				ob->pid = 0;
				ob->watch = NULL;
				ob->run_state = GD_BRICK_STOPPED;
			}
		}
		gd_volume_stop_bricks(c, old);	/* bricks that went away */
		if (!gd_volinfo_is_started(nv))
			gd_shd_volume_stopped(c, old);
		gd_conf_remove_volume(c, old);
		gd_volinfo_free(old);
	}
	gd_conf_add_volume(c, nv);
	r = gd_volinfo_save(c->workdir, nv, c->op_version);
	if (r == 0)
		r = gd_volfiles_write(c, nv);
	if (r < 0) {
		log_err("failed to store imported volume %s: %s", nv->name,
			strerror(-r));
		return r;
	}
	if (gd_volinfo_is_started(nv)) {
		if (gd_volume_start_bricks(c, nv) < 0)
			log_warn("some bricks of %s did not start", nv->name);
		gd_shd_volume_started(c, nv);
	} else {
		gd_volume_stop_bricks(c, nv);
	}
	return 0;
}

static int import_globals(struct gd_conf *c, const struct dict *d)
{
	int64_t n = 0;
	uint64_t ver = 0;
	struct gd_opts opts;
	int r = 0;

	if (dict_get_int(d, "global-opt-count", &n) < 0 || n <= 0)
		return 0;
	if (n > EXPORT_MAX_OPTS)
		return -EINVAL;
	gd_opts_init(&opts);
	for (int64_t i = 1; r == 0 && i <= n; i++) {
		struct kbuf kk, kv;
		const char *key = dict_get_str(d, k(&kk, "global.key%d", (int)i));
		const char *val = dict_get_str(d, k(&kv, "global.val%d", (int)i));
		if (!key || !val)
			r = -EINVAL;
		else if (strcmp(key, "global-option-version") == 0)
			ver = strtoull(val, NULL, 10);
		else
			r = gd_opts_set(&opts, key, val);
	}
	if (r == 0 && ver > c->global_opt_version) {
		gd_opts_release(&c->global_opts);
		c->global_opts = opts;
		gd_opts_init(&opts);
		c->global_opt_version = ver;
		r = gd_global_opts_save(c);
	}
	gd_opts_release(&opts);
	return r;
}

int gd_import_friend_dict(struct gd_conf *c, const struct dict *d,
			  const char *peer_name,
			  enum gd_import_verdict *verdict)
{
	int64_t count = 0;
	int err = 0, r = 0;
	bool *take;

	*verdict = GD_IMPORT_REJECT;
	if (dict_get_int(d, "count", &count) < 0 || count < 0 ||
	    count > EXPORT_MAX_VOLUMES)
		return -EINVAL;
	take = calloc((size_t)count + 1, sizeof(*take));
	if (!take)
		return -ENOMEM;
	for (int i = 1; i <= count; i++) {
		enum verdict vd = compare(c, d, i, peer_name, &err);
		if (err < 0) {
			free(take);
			return err;
		}
		if (vd == CONFLICT) {
			free(take);
			return 0;	/* rejected, nothing changed */
		}
		take[i] = vd == TAKE;
	}
	*verdict = GD_IMPORT_ACCEPT;
	for (int i = 1; r == 0 && i <= count; i++) {
		struct gd_volinfo *nv;
		if (!take[i])
			continue;
		nv = import_volume(c, d, i, &err);
		if (!nv) {
			log_err("cannot import volume %d from %s: %s", i,
				peer_name, strerror(-err));
			r = err;
			break;
		}
		log_info("importing volume %s (version %d) from %s", nv->name,
			 nv->version, peer_name);
		r = install(c, nv);
	}
	if (r == 0)
		r = import_globals(c, d);
	free(take);
	gd_volfiles_changed(c);
	return r;
}
