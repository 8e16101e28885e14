/* peer-export: the "export dictionary" of FRIEND_ADD (cluster.md 3.5) and
 * what the node receiving it does with it (3.6).
 *
 * Sending: every volume as volume<i>.* with 10.3's keys, in 10.3's order
 * and value forms (every value is text on the wire), the global options,
 * hostname_in_cluster and empty snapshot lists. The values are the
 * store's own (the field accessors of volinfo-store.c), so that both ends
 * write the same info file and so compute the same checksum.
 *
 * Receiving: the whole dict is parsed before anything changes, so that a
 * malformed one changes nothing. The global options are taken when the
 * sender's global-option-version is higher (before the volumes are
 * compared, as 10.3 does). Then, per volume: unknown here -> imported
 * (unless the sender is deleting it), newer there -> replaces ours, older
 * -> ours stays (the sender takes ours from our FRIEND_ADD), same version
 * with another checksum -> the peer is rejected and no volume imported.
 *
 * Option order: 10.3 sends a volume's options newest first (key1 is the
 * newest). We import them so that key1 stays the newest, which keeps our
 * info file line for line the sender's; a 10.3 receiver reverses them.
 * The checksum sorts the lines, so either order agrees.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "glusterd/brick.h"
#include "glusterd/brick-check.h"
#include "glusterd/conf.h"
#include "glusterd/op.h"
#include "glusterd/peer-export.h"
#include "glusterd/quorum.h"
#include "glusterd/restore.h"
#include "glusterd/shd.h"
#include "glusterd/volgen.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/strbuf.h"

#define KEY_MAX 128
#define VPFX_MAX 32	/* "volume<i>" */
#define BPFX_MAX 64	/* "volume<i>.brick<j>" */
#define NULL_UUID "00000000-0000-0000-0000-000000000000"
#define GLOBAL_VERSION_KEY "global-option-version"
#define QUORUM_RATIO_KEY "cluster.server-quorum-ratio"
/* the store refuses more (volinfo-store.c) */
#define MAX_BRICKS 65536

/* ---------------- the keys ---------------- */

#define PK_REQUIRED 0x1	/* a dict without it is malformed */
#define PK_NONEMPTY 0x2	/* not sent when empty */
#define PK_UUID     0x4	/* must parse as a uuid when not empty */

/* One key of volume<i>.* or volume<i>.brick<j>.*: either a field of the
 * store (field) or a value computed from the volume (get). */
struct peer_key {
	const char *key;
	const char *field;
	char *(*get)(const struct gd_volinfo *v);
	unsigned flags;
};

static char *get_name(const struct gd_volinfo *v)
{
	return strdup(v->name);
}

static char *get_subvols(const struct gd_volinfo *v)
{
	return xasprintf("%d", v->brick_count / gd_volinfo_dist_leaf(v));
}

static char *get_leaf(const struct gd_volinfo *v)
{
	return xasprintf("%d", gd_volinfo_dist_leaf(v));
}

static char *get_cksum(const struct gd_volinfo *v)
{
	return xasprintf("%" PRIu32, v->cksum);
}

static char *get_rebalance(const struct gd_volinfo *v)
{
	return xasprintf("%d", v->rebalance);
}

static char *get_zero(const struct gd_volinfo *v)
{
	(void)v;
	return strdup("0");
}

static char *get_null_uuid(const struct gd_volinfo *v)
{
	(void)v;
	return strdup(NULL_UUID);
}

/* glusterd_add_volume_to_dict's order (10.3 sends no stripe_count): these,
 * the options, gsync-count, the bricks, then vol_tail. */
static const struct peer_key vol_head[] = {
	{ "name", NULL, get_name, PK_REQUIRED },
	{ "type", "type", NULL, PK_REQUIRED },
	{ "brick_count", "count", NULL, PK_REQUIRED },
	{ "version", "version", NULL, PK_REQUIRED },
	{ "status", "status", NULL, PK_REQUIRED },
	{ "sub_count", "sub_count", NULL, PK_REQUIRED },
	{ "subvol_count", NULL, get_subvols, 0 },
	{ "replica_count", "replica_count", NULL, 0 },
	{ "arbiter_count", "arbiter_count", NULL, 0 },
	{ "thin_arbiter_count", "thin_arbiter_count", NULL, 0 },
	{ "disperse_count", "disperse_count", NULL, 0 },
	{ "redundancy_count", "redundancy_count", NULL, 0 },
	{ "dist_count", NULL, get_leaf, 0 },
	{ "ckusm", NULL, get_cksum, PK_REQUIRED },
	{ "transport_type", "transport-type", NULL, PK_REQUIRED },
	{ "stage_deleted", NULL, get_zero, 0 },
	{ "restored_from_snap", "restored_from_snap", NULL, PK_UUID },
	{ "parent_volname", "parent_volname", NULL, PK_NONEMPTY },
	{ "is_snap_volume", NULL, get_zero, 0 },
	{ "snap-max-hard-limit", "snap-max-hard-limit", NULL, 0 },
	{ "volume_id", "volume-id", NULL, PK_REQUIRED | PK_UUID },
	{ "username", "username", NULL, PK_NONEMPTY },
	{ "password", "password", NULL, PK_NONEMPTY },
	{ "rebalance", NULL, get_rebalance, 0 },
	{ "rebalance-id", NULL, get_null_uuid, 0 },
	{ "rebalance-op", NULL, get_zero, 0 },
};

static const struct peer_key vol_tail[] = {
	{ "op-version", "op-version", NULL, 0 },
	{ "client-op-version", "client-op-version", NULL, 0 },
	{ "quota-xattr-version", "quota-version", NULL, 0 },
};

/* glusterd_add_volume_to_dict + gd_add_brick_snap_details_to_dict */
static const struct peer_key brick_keys[] = {
	{ "hostname", "hostname", NULL, PK_REQUIRED },
	{ "path", "path", NULL, PK_REQUIRED },
	{ "decommissioned", "decommissioned", NULL, 0 },
	{ "brick_id", "brick-id", NULL, 0 },
	{ "uuid", "uuid", NULL, PK_REQUIRED | PK_UUID },
	{ "snap_status", "snap-status", NULL, 0 },
	{ "device_path", "device_path", NULL, 0 },
	{ "fs_type", "fs-type", NULL, 0 },
	{ "mnt_opts", "mnt-opts", NULL, 0 },
	{ "mount_dir", "mount_dir", NULL, 0 },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const char *pkey(char *buf, const char *pfx, const char *name)
{
	snprintf(buf, KEY_MAX, "%s.%s", pfx, name);
	return buf;
}

static const char *ikey(char *buf, const char *pfx, const char *name, int i)
{
	snprintf(buf, KEY_MAX, "%s.%s%d", pfx, name, i);
	return buf;
}

/* ---------------- export ---------------- */

static int export_keys(struct dict *d, const char *pfx,
		       const struct peer_key *tab, size_t n,
		       const struct gd_volinfo *v, const struct gd_brick *b)
{
	char key[KEY_MAX];

	for (size_t i = 0; i < n; i++) {
		const struct peer_key *pk = &tab[i];
		char *val = NULL;
		int r;

		if (pk->get)
			r = (val = pk->get(v)) ? 0 : -ENOMEM;
		else if (b)
			r = gd_brick_field_get(b, pk->field, &val);
		else
			r = gd_volinfo_field_get(v, pk->field, &val);
		if (r == 0 && (pk->flags & PK_UUID) && !val[0]) {
			free(val);
			r = (val = strdup(NULL_UUID)) ? 0 : -ENOMEM;
		}
		if (r == 0 && !((pk->flags & PK_NONEMPTY) && !val[0]))
			r = dict_take_str(d, pkey(key, pfx, pk->key), val);
		else
			free(val);
		if (r < 0)
			return r;
	}
	return 0;
}

/* Newest first, as 10.3's dict_foreach walks them; then the count. */
static int export_opts(struct dict *d, const char *pfx, const char *kname,
		       const char *vname, const struct gd_opts *o)
{
	char key[KEY_MAX];
	int r = 0;

	for (size_t i = 0; r == 0 && i < o->n; i++) {
		const struct gd_kv *kv = &o->kv[o->n - 1 - i];
		r = dict_set_str(d, ikey(key, pfx, kname, (int)i + 1), kv->key);
		if (r == 0)
			r = dict_set_str(d, ikey(key, pfx, vname, (int)i + 1),
					 kv->val);
	}
	return r;
}

static int export_volume(struct dict *d, int i, const struct gd_volinfo *v)
{
	char pfx[VPFX_MAX], bpfx[BPFX_MAX], key[KEY_MAX];
	int r;

	snprintf(pfx, sizeof(pfx), "volume%d", i);
	r = export_keys(d, pfx, vol_head, NELEM(vol_head), v, NULL);
	if (r == 0)
		r = export_opts(d, pfx, "key", "value", &v->opts);
	if (r == 0)
		r = dict_set_int(d, pkey(key, pfx, "opt-count"),
				 (int64_t)v->opts.n);
	if (r == 0)
		r = dict_set_int(d, pkey(key, pfx, "gsync-count"), 0);
	for (int j = 0; r == 0 && j < v->brick_count; j++) {
		snprintf(bpfx, sizeof(bpfx), "%s.brick%d", pfx, j + 1);
		r = export_keys(d, bpfx, brick_keys, NELEM(brick_keys), v,
				&v->bricks[j]);
	}
	if (r == 0)
		r = export_keys(d, pfx, vol_tail, NELEM(vol_tail), v, NULL);
	return r;
}

static int export_globals(struct dict *d, const struct gd_conf *c)
{
	char key[KEY_MAX];
	int n = (int)c->global_opts.n;
	int r = export_opts(d, "global", "key", "val", &c->global_opts);

	/* the version comes last: 10.3 keeps it as the oldest key */
	if (r == 0)
		r = dict_set_str(d, ikey(key, "global", "key", n + 1),
				 GLOBAL_VERSION_KEY);
	if (r == 0)
		r = dict_set_strf(d, ikey(key, "global", "val", n + 1),
				  "%" PRIu64, c->global_opt_version);
	if (r == 0)
		r = dict_set_int(d, "global-opt-count", n + 1);
	return r;
}

int gd_export_dict(struct gd_conf *c, const char *peer_name, struct dict *d)
{
	const struct gd_volinfo *v;
	int i = 0;
	int r = dict_set_str(d, "hostname_in_cluster", peer_name);

	if (r == 0)
		r = dict_set_int(d, "missed_snap_count", 0);
	if (r == 0)
		r = dict_set_int(d, "snap_count", 0);
	list_for_each_entry(v, &c->volumes, list) {
		if (r < 0)
			break;
		r = export_volume(d, ++i, v);
	}
	if (r == 0)
		r = dict_set_int(d, "count", i);
	if (r == 0)
		r = export_globals(d, c);
	return r;
}

/* ---------------- parsing ---------------- */

/* One volume of the dict, parsed. */
struct incoming {
	struct gd_volinfo *v;
	uint32_t cksum;		/* ckusm */
	bool deleting;		/* stage_deleted not 0 (or absent) */
};

static bool text_ok(const char *s)
{
	return !strchr(s, '\n');
}

static bool uuid_ok(const char *s)
{
	uuid_t u;

	return gf_uuid_parse(s, u) == 0;
}

static bool opt_key_ok(const char *k)
{
	return k[0] && text_ok(k) && !strchr(k, '=');
}

static bool volname_ok(const char *s)
{
	return s[0] && strcmp(s, ".") && strcmp(s, "..") && !strchr(s, '/') &&
	       text_ok(s) && strlen(s) < 1024;
}

/* A count in [0, limit]: a dict cannot hold more items than keys. */
static int get_count(const struct dict *d, const char *key, int limit,
		     int *out)
{
	int32_t n;

	if (dict_get_int32(d, key, &n) < 0 || n < 0 || n > limit)
		return -EINVAL;
	*out = n;
	return 0;
}

static int parse_keys(const struct dict *d, const char *pfx,
		      const struct peer_key *tab, size_t n,
		      struct gd_volinfo *v, struct gd_brick *b)
{
	char key[KEY_MAX];

	for (size_t i = 0; i < n; i++) {
		const struct peer_key *pk = &tab[i];
		const char *val;
		int r;

		if (!pk->field)
			continue;
		val = dict_get_str(d, pkey(key, pfx, pk->key));
		if (!val && (pk->flags & PK_REQUIRED))
			return -EINVAL;
		if (!val || (!val[0] && !(pk->flags & PK_REQUIRED)))
			continue;
		if (!text_ok(val) || ((pk->flags & PK_UUID) && !uuid_ok(val)))
			return -EINVAL;
		r = b ? gd_brick_field_set(b, pk->field, val) :
			gd_volinfo_field_set(v, pk->field, val);
		if (r < 0)
			return r;
	}
	return 0;
}

static int parse_brick(const struct dict *d, const char *vpfx, int j,
		       struct gd_brick *b)
{
	char pfx[BPFX_MAX];
	uuid_t u;
	int r;

	snprintf(pfx, sizeof(pfx), "%s.brick%d", vpfx, j);
	r = parse_keys(d, pfx, brick_keys, NELEM(brick_keys), NULL, b);
	if (r < 0)
		return r;
	if (!b->hostname[0] || strchr(b->hostname, '/') || b->path[0] != '/')
		return -EINVAL;
	b->real_path = strdup(b->path);
	if (!b->real_path)
		return -ENOMEM;
	/* canonical text, as the store of 10.3 writes it */
	(void)gf_uuid_parse(b->uuid, u);
	gf_uuid_unparse(u, b->uuid);
	return 0;
}

/* key1 is the newest: put the others in before it. */
static int parse_opts(const struct dict *d, const char *pfx,
		      const char *kname, const char *vname, int n,
		      struct gd_opts *o)
{
	char kk[KEY_MAX], vk[KEY_MAX];

	for (int i = n; i >= 1; i--) {
		const char *key = dict_get_str(d, ikey(kk, pfx, kname, i));
		const char *val = dict_get_str(d, ikey(vk, pfx, vname, i));
		int r;

		if (!key || !val || !opt_key_ok(key) || !text_ok(val))
			return -EINVAL;
		r = gd_opts_set(o, key, val);
		if (r < 0)
			return r;
	}
	return 0;
}

static int parse_counts(struct gd_volinfo *v)
{
	if (v->type < GD_VOL_DISTRIBUTE || v->type > GD_VOL_TIER ||
	    v->status < GD_VOL_CREATED || v->status > GD_VOL_STOPPED ||
	    v->brick_count < 1 || v->brick_count > MAX_BRICKS ||
	    v->version < 0 || v->replica_count < 0 || v->disperse_count < 0 ||
	    v->redundancy_count < 0 || v->arbiter_count < 0 ||
	    v->sub_count < 0 || v->thin_arbiter_count < 0)
		return -EINVAL;
	/* both op-versions or neither (then 1, a 3.3 peer) */
	if (!v->op_version != !v->client_op_version)
		return -EINVAL;
	if (!v->op_version)
		v->op_version = v->client_op_version = 1;
	return 0;
}

static int parse_volume_body(const struct dict *d, const char *pfx,
			     struct incoming *in)
{
	struct gd_volinfo *v = in->v;
	char key[KEY_MAX];
	int32_t reb = 0;
	uint32_t del = 1;
	int nopts, limit = (int)dict_count(d), r;

	r = parse_keys(d, pfx, vol_head, NELEM(vol_head), v, NULL);
	if (r == 0)
		r = parse_keys(d, pfx, vol_tail, NELEM(vol_tail), v, NULL);
	if (r == 0)
		r = parse_counts(v);
	if (r == 0 && v->brick_count > limit)
		r = -EINVAL;
	if (r == 0 && dict_get_uint32(d, pkey(key, pfx, "ckusm"),
				      &in->cksum) < 0)
		r = -EINVAL;
	if (r == 0 && dict_has(d, pkey(key, pfx, "rebalance")) &&
	    dict_get_int32(d, key, &reb) < 0)
		r = -EINVAL;
	v->rebalance = reb;
	if (dict_get_uint32(d, pkey(key, pfx, "stage_deleted"), &del) < 0)
		del = 1;
	in->deleting = del != 0;
	if (r == 0)
		r = get_count(d, pkey(key, pfx, "opt-count"), limit, &nopts);
	if (r == 0)
		r = parse_opts(d, pfx, "key", "value", nopts, &v->opts);
	if (r == 0) {
		v->bricks = calloc((size_t)v->brick_count, sizeof(*v->bricks));
		if (!v->bricks)
			r = -ENOMEM;
	}
	for (int j = 0; r == 0 && j < v->brick_count; j++)
		r = parse_brick(d, pfx, j + 1, &v->bricks[j]);
	return r;
}

static int parse_volume(const struct dict *d, int i, struct incoming *in)
{
	char pfx[VPFX_MAX], key[KEY_MAX];
	const char *name;
	int r;

	snprintf(pfx, sizeof(pfx), "volume%d", i);
	name = dict_get_str(d, pkey(key, pfx, "name"));
	if (!name || !volname_ok(name))
		return -EINVAL;
	in->v = gd_volinfo_new(name);
	if (!in->v)
		return -ENOMEM;
	r = parse_volume_body(d, pfx, in);
	if (r < 0)
		in->v = gd_volinfo_free(in->v);
	return r;
}

/* The sender's global options, without the version; *have is false for a
 * peer that sends none (older than 3.7). */
static int parse_globals(const struct dict *d, struct gd_opts *o,
			 uint64_t *version, bool *have)
{
	int n, r;
	const char *ver;
	char *end;

	*have = false;
	if (!dict_has(d, "global-opt-count"))
		return 0;
	r = get_count(d, "global-opt-count", (int)dict_count(d), &n);
	if (r == 0)
		r = parse_opts(d, "global", "key", "val", n, o);
	if (r < 0)
		return r;
	ver = gd_opts_get(o, GLOBAL_VERSION_KEY);
	if (!ver || ver[0] < '0' || ver[0] > '9')
		return -EINVAL;
	errno = 0;
	*version = strtoull(ver, &end, 10);
	if (errno || *end)
		return -EINVAL;
	(void)gd_opts_del(o, GLOBAL_VERSION_KEY);
	*have = true;
	return 0;
}

static void incoming_free(struct incoming *in, int n)
{
	for (int i = 0; in && i < n; i++)
		gd_volinfo_free(in[i].v);
	free(in);
}

/* Every volume of d, or -EINVAL for a malformed dict. */
static int parse_all(const struct dict *d, struct incoming **out, int *count)
{
	struct incoming *in;
	int n, r;

	r = get_count(d, "count", (int)dict_count(d), &n);
	if (r < 0)
		return r;
	in = calloc((size_t)n + 1, sizeof(*in));
	if (!in)
		return -ENOMEM;
	for (int i = 0; r == 0 && i < n; i++) {
		r = parse_volume(d, i + 1, &in[i]);
		for (int j = 0; r == 0 && j < i; j++)
			if (strcmp(in[j].v->name, in[i].v->name) == 0)
				r = -EINVAL;
	}
	if (r < 0) {
		incoming_free(in, n);
		return r;
	}
	*out = in;
	*count = n;
	return 0;
}

/* ---------------- comparing ---------------- */

enum vol_cmp { CMP_KEEP, CMP_TAKE, CMP_CONFLICT };

static enum vol_cmp compare_volume(const struct gd_conf *c,
				   const struct incoming *in,
				   const char *peer)
{
	const struct gd_volinfo *mine = gd_conf_find_volume(c, in->v->name);

	if (!mine)
		return in->deleting ? CMP_KEEP : CMP_TAKE;
	if (in->v->version > mine->version) {
		log_info("Version of volume %s differ. local version = %d, "
			 "remote version = %d on peer %s", mine->name,
			 mine->version, in->v->version, peer);
		return CMP_TAKE;
	}
	if (in->v->version < mine->version)
		return CMP_KEEP;
	if (in->cksum != mine->cksum) {
		log_err("Version of Cksums %s differ. local cksum = %u, "
			"remote cksum = %u on peer %s", mine->name,
			mine->cksum, in->cksum, peer);
		return CMP_CONFLICT;
	}
	return CMP_KEEP;
}

/* ---------------- importing ---------------- */

static int apply_globals(struct gd_conf *c, struct gd_opts *o,
			 uint64_t version, const char *peer)
{
	const char *was = gd_opts_get(&c->global_opts, QUORUM_RATIO_KEY);
	const char *now = gd_opts_get(o, QUORUM_RATIO_KEY);
	bool ratio_changed = (was || now) &&
			     (!was || !now || strcmp(was, now) != 0);
	struct gd_opts old = c->global_opts;
	uint64_t old_version = c->global_opt_version;
	int r;

	if (version <= c->global_opt_version)
		return 0;
	log_info("importing the global options of peer %s (version %" PRIu64
		 ", ours %" PRIu64 ")", peer, version, c->global_opt_version);
	c->global_opts = *o;
	c->global_opt_version = version;
	r = gd_global_opts_save(c);
	if (r < 0) {
		log_err("failed to store the global options: %s", strerror(-r));
		c->global_opts = old;
		c->global_opt_version = old_version;
		return r;
	}
	gd_opts_release(&old);
	gd_opts_init(o);
	if (ratio_changed)
		gd_quorum_check(c);
	return 0;
}

static bool same_brick(const struct gd_brick *a, const struct gd_brick *b)
{
	return strcmp(a->hostname, b->hostname) == 0 &&
	       strcmp(a->path, b->path) == 0;
}

/* The local bricks that stay keep their process, port and state. */
static void adopt_bricks(struct gd_volinfo *old, struct gd_volinfo *nv)
{
	for (int j = 0; j < nv->brick_count; j++) {
		struct gd_brick *b = &nv->bricks[j];

		for (int o = 0; b->local && o < old->brick_count; o++) {
			struct gd_brick *ob = &old->bricks[o];

			if (!ob->local || !same_brick(ob, b))
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
			break;
		}
	}
}

static void unlink_in(const char *dir, char *name)
{
	char *path = name ? xasprintf("%s/%s", dir, name) : NULL;

	if (path)
		(void)unlink(path);
	free(path);
	free(name);
}

/* Store and volfiles of bricks that left the volume. */
static void drop_stale_files(struct gd_conf *c, const struct gd_volinfo *old,
			     const struct gd_volinfo *nv)
{
	char *vdir = gd_conf_vol_dir(c, old->name);
	char *bdir = vdir ? xasprintf("%s/bricks", vdir) : NULL;

	for (int o = 0; bdir && o < old->brick_count; o++) {
		bool stays = false;

		for (int j = 0; !stays && j < nv->brick_count; j++)
			stays = same_brick(&old->bricks[o], &nv->bricks[j]);
		if (stays)
			continue;
		unlink_in(bdir, gd_brick_store_name(&old->bricks[o]));
		unlink_in(vdir, volgen_brick_file_name(old, o));
		unlink_in(vdir, volgen_client_per_brick_file_name(old, o));
	}
	free(bdir);
	free(vdir);
}

static bool mark_local(struct gd_conf *c, struct gd_volinfo *v)
{
	const char *me = gd_conf_uuid(c);
	bool any = false;

	for (int j = 0; j < v->brick_count; j++) {
		struct gd_brick *b = &v->bricks[j];

		b->local = me[0] && strcmp(b->uuid, me) == 0;
		if (b->local)
			b->fsid = gd_brick_fsid(b->path);
		any |= b->local;
	}
	return any;
}

static int store_volume(struct gd_conf *c, struct gd_volinfo *v)
{
	int r = gd_volinfo_save(c->workdir, v, c->op_version);

	if (r == 0)
		r = gd_volfiles_write(c, v);
	if (r < 0)
		log_err("failed to store imported volume %s: %s", v->name,
			strerror(-r));
	return r;
}

/* Bricks and self-heal daemon as the imported status says. */
static void run_volume(struct gd_conf *c, struct gd_volinfo *v,
		       bool was_started, bool has_local)
{
	if (!gd_volinfo_is_started(v)) {
		gd_volume_stop_bricks(c, v);
		if (was_started)
			gd_shd_volume_stopped(c, v);
		return;
	}
	if (gd_quorum_blocks(c, v))
		log_warn("Server quorum not met for volume %s: local bricks "
			 "not started", v->name);
	else if (gd_volume_start_bricks(c, v) < 0)
		log_warn("some bricks of %s did not start", v->name);
	if (was_started)
		gd_shd_volume_reconfigured(c, v);
	else
		gd_shd_volume_started(c, v);
	/* the brick ports chosen now go to the store */
	if (has_local && gd_volinfo_save(c->workdir, v, c->op_version) < 0)
		log_warn("could not store the brick ports of %s", v->name);
}

/* Puts nv (owned from now on) in place of the volume of its name. */
static int install_volume(struct gd_conf *c, struct gd_volinfo *nv,
			  const char *peer)
{
	struct gd_volinfo *old = gd_conf_find_volume(c, nv->name);
	bool was_started = old && gd_volinfo_is_started(old);
	bool has_local = mark_local(c, nv);
	int r;

	log_info("importing volume %s (version %d) from peer %s", nv->name,
		 nv->version, peer);
	gd_volinfo_derive(nv);
	if (old) {
		nv->snap_count = old->snap_count;
		adopt_bricks(old, nv);
		gd_volume_stop_bricks(c, old);	/* those no longer in it */
		drop_stale_files(c, old, nv);
		gd_conf_remove_volume(c, old);
		gd_volinfo_free(old);
	}
	gd_conf_add_volume(c, nv);
	r = store_volume(c, nv);
	if (r == 0)
		run_volume(c, nv, was_started, has_local);
	return r;
}

int gd_import_friend_dict(struct gd_conf *c, const struct dict *d,
			  const char *peer_name,
			  enum gd_import_verdict *verdict)
{
	struct incoming *in = NULL;
	struct gd_opts globals;
	uint64_t gversion = 0;
	bool have_globals = false, notify = false;
	enum vol_cmp *cmp = NULL;
	int n = 0, r;

	*verdict = GD_IMPORT_REJECT;
	gd_opts_init(&globals);
	r = parse_globals(d, &globals, &gversion, &have_globals);
	if (r == 0)
		r = parse_all(d, &in, &n);
	if (r == 0 && !(cmp = calloc((size_t)n + 1, sizeof(*cmp))))
		r = -ENOMEM;
	if (r < 0) {
		log_err("malformed volume data from peer %s: %s", peer_name,
			strerror(-r));
		goto out;
	}
	if (have_globals)
		r = apply_globals(c, &globals, gversion, peer_name);
	for (int i = 0; r == 0 && i < n; i++) {
		cmp[i] = compare_volume(c, &in[i], peer_name);
		if (cmp[i] == CMP_CONFLICT)
			goto out;	/* rejected: no volume changes */
	}
	if (r < 0)
		goto out;
	*verdict = GD_IMPORT_ACCEPT;
	for (int i = 0; i < n; i++) {
		int e;

		if (cmp[i] != CMP_TAKE)
			continue;
		notify |= gd_volinfo_is_started(in[i].v);
		e = install_volume(c, in[i].v, peer_name);
		in[i].v = NULL;
		if (e < 0 && r == 0)
			r = e;
	}
	if (notify)
		gd_volfiles_changed(c);
out:
	free(cmp);
	incoming_free(in, n);
	gd_opts_release(&globals);
	return r;
}
