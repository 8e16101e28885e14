/* volinfo: the volume model and its ordered option list. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/volinfo.h"
#include "libglusterfs/strbuf.h"

void gd_opts_init(struct gd_opts *o)
{
	o->kv = NULL;
	o->n = o->alloc = 0;
}

void gd_opts_release(struct gd_opts *o)
{
	for (size_t i = 0; i < o->n; i++) {
		free(o->kv[i].key);
		free(o->kv[i].val);
	}
	free(o->kv);
	gd_opts_init(o);
}

static struct gd_kv *opts_find(const struct gd_opts *o, const char *key)
{
	for (size_t i = 0; i < o->n; i++)
		if (strcmp(o->kv[i].key, key) == 0)
			return &o->kv[i];
	return NULL;
}

const char *gd_opts_get(const struct gd_opts *o, const char *key)
{
	struct gd_kv *kv = opts_find(o, key);
	return kv ? kv->val : NULL;
}

int gd_opts_set(struct gd_opts *o, const char *key, const char *val)
{
	struct gd_kv *kv = opts_find(o, key);
	char *v = strdup(val);

	if (!v)
		return -ENOMEM;
	if (kv) {
		free(kv->val);
		kv->val = v;
		return 0;
	}
	if (o->n == o->alloc) {
		size_t na = o->alloc ? o->alloc * 2 : 8;
		struct gd_kv *nkv = realloc(o->kv, na * sizeof(*nkv));
		if (!nkv) {
			free(v);
			return -ENOMEM;
		}
		o->kv = nkv;
		o->alloc = na;
	}
	o->kv[o->n].key = strdup(key);
	if (!o->kv[o->n].key) {
		free(v);
		return -ENOMEM;
	}
	o->kv[o->n++].val = v;
	return 0;
}

int gd_opts_del(struct gd_opts *o, const char *key)
{
	struct gd_kv *kv = opts_find(o, key);
	size_t i;

	if (!kv)
		return -ENOENT;
	i = (size_t)(kv - o->kv);
	free(kv->key);
	free(kv->val);
	memmove(&o->kv[i], &o->kv[i + 1], (o->n - i - 1) * sizeof(*kv));
	o->n--;
	return 0;
}

int gd_opts_copy(struct gd_opts *dst, const struct gd_opts *src)
{
	gd_opts_init(dst);
	for (size_t i = 0; i < src->n; i++) {
		int r = gd_opts_set(dst, src->kv[i].key, src->kv[i].val);
		if (r < 0) {
			gd_opts_release(dst);
			return r;
		}
	}
	return 0;
}

struct gd_volinfo *gd_volinfo_new(const char *name)
{
	struct gd_volinfo *v = calloc(1, sizeof(*v));

	if (!v)
		return NULL;
	v->name = strdup(name);
	v->parent_volname = strdup("N/A");
	if (!v->name || !v->parent_volname)
		return gd_volinfo_free(v);
	list_init(&v->list);
	gd_opts_init(&v->opts);
	gd_opts_init(&v->extra);
	v->replica_count = 1;
	v->stripe_count = 1;
	v->snap_max_hard_limit = 256;
	strcpy(v->restored_from_snap, "00000000-0000-0000-0000-000000000000");
	return v;
}

void gd_brick_release(struct gd_brick *b)
{
	free(b->hostname);
	free(b->path);
	free(b->real_path);
	free(b->brick_id);
	free(b->mount_dir);
	free(b->device_path);
	free(b->fs_type);
	free(b->mnt_opts);
	gd_opts_release(&b->extra);
	memset(b, 0, sizeof(*b));
}

struct gd_volinfo *gd_volinfo_free(struct gd_volinfo *v)
{
	if (!v)
		return NULL;
	for (int i = 0; v->bricks && i < v->brick_count; i++)
		gd_brick_release(&v->bricks[i]);
	free(v->bricks);
	free(v->name);
	free(v->parent_volname);
	free(v->ta_brick);
	gd_opts_release(&v->opts);
	gd_opts_release(&v->extra);
	free(v);
	return NULL;
}

int gd_volinfo_dist_leaf(const struct gd_volinfo *v)
{
	if (v->type == GD_VOL_REPLICATE && v->replica_count > 0)
		return v->replica_count;
	if (v->type == GD_VOL_DISPERSE && v->disperse_count > 0)
		return v->disperse_count;
	return 1;
}

void gd_volinfo_derive(struct gd_volinfo *v)
{
	int leaf = gd_volinfo_dist_leaf(v);

	for (int i = 0; i < v->brick_count; i++) {
		struct gd_brick *b = &v->bricks[i];
		b->is_arbiter = v->arbiter_count > 0 && leaf > 1 &&
				(i % leaf) == leaf - 1;
		if (!b->brick_id)
			b->brick_id = xasprintf("%s-client-%d", v->name, i);
	}
}

static int addbrick_replica(const struct gd_volinfo *v, int count,
			    int replica, int arbiter,
			    struct gd_addbrick_plan *out, char *err, size_t len)
{
	int total = v->brick_count + count;
	int leaf = gd_volinfo_dist_leaf(v);

	switch (v->type) {
	case GD_VOL_DISTRIBUTE:
		if (v->brick_count * replica == total) {
			out->type = GD_VOL_REPLICATE;
			out->replica = replica;
			return 0;
		}
		snprintf(err, len, "Incorrect number of bricks (%d) supplied "
			 "for replica count (%d).", count, replica);
		return -1;
	case GD_VOL_REPLICATE:
		if (replica < v->replica_count) {
			snprintf(err, len, "Incorrect replica count (%d) "
				 "supplied. Volume already has (%d)", replica,
				 v->replica_count);
			return -1;
		}
		if (replica == v->replica_count) {
			if (arbiter && !v->arbiter_count) {
				snprintf(err, len, "Cannot convert replica 3 "
					 "volume to arbiter volume.");
				return -1;
			}
			if (total % leaf == 0)
				return 0;	/* the same count: none */
		}
		/* as many distribute subvolumes before as after */
		if (replica > v->replica_count &&
		    total * leaf == v->brick_count * replica) {
			out->replica = replica;
			return 0;
		}
		return -1;
	case GD_VOL_DISPERSE:
		snprintf(err, len, "Volume %s cannot be converted from dispersed "
			 "to replicated-dispersed", v->name);
		return -1;
	}
	return -1;
}

int gd_volinfo_addbrick_check(const struct gd_volinfo *v, int count,
			      int replica, int arbiter,
			      struct gd_addbrick_plan *out, char *err,
			      size_t len)
{
	int leaf = gd_volinfo_dist_leaf(v);

	out->replica = 0;
	out->type = -1;
	if (len)
		err[0] = '\0';
	if (replica)
		return addbrick_replica(v, count, replica, arbiter, out, err,
					len);
	if (v->type == GD_VOL_DISTRIBUTE)
		return 0;
	if (v->brick_count < leaf && v->brick_count + count <= leaf)
		return 0;
	if (count % leaf) {
		snprintf(err, len, "Incorrect number of bricks supplied %d with "
			 "count %d", count, leaf);
		return -1;
	}
	return 0;
}

int gd_volinfo_next_brick_id(const struct gd_volinfo *v)
{
	int next = 0;

	for (int i = 0; i < v->brick_count; i++) {
		const char *id = v->bricks[i].brick_id;
		const char *n = id ? strrchr(id, '-') : NULL;
		int k = n ? atoi(n + 1) : i;

		if (k + 1 > next)
			next = k + 1;
	}
	return next;
}

/* 10.3's add_brick_at_right_order: new brick k (0-based) goes after the
 * idx-th brick of the list as it is then. */
static int insert_at(const struct gd_volinfo *v, int k, int replica)
{
	int sub = v->replica_count > 0 ? v->replica_count : 1;

	return k / (replica - sub) * sub + k + sub;
}

void gd_volinfo_addbrick_layout(const struct gd_volinfo *v, int n, int replica,
				int *out)
{
	int len = v->brick_count;

	for (int i = 0; i < len; i++)
		out[i] = i;
	for (int k = 0; k < n; k++) {
		int at = len;

		if (replica > v->replica_count) {
			at = insert_at(v, k, replica);
			if (at > len)
				at = len;
		}
		memmove(&out[at + 1], &out[at], (size_t)(len - at) * sizeof(*out));
		out[at] = v->brick_count + k;
		len++;
	}
}

int gd_volinfo_add_bricks(struct gd_volinfo *v, struct gd_brick *add, int n,
			  const struct gd_addbrick_plan *plan, int arbiter)
{
	int total = v->brick_count + n;
	struct gd_brick *nb = calloc((size_t)total, sizeof(*nb));
	int *order = calloc((size_t)total, sizeof(*order));
	int leaf;

	if (!nb || !order) {
		free(nb);
		free(order);
		return -ENOMEM;
	}
	gd_volinfo_addbrick_layout(v, n, plan->replica, order);
	for (int j = 0; j < total; j++) {
		int o = order[j];
		struct gd_brick *from = o < v->brick_count ? &v->bricks[o] :
					&add[o - v->brick_count];
		nb[j] = *from;
		memset(from, 0, sizeof(*from));
	}
	free(order);
	free(v->bricks);
	v->bricks = nb;
	v->brick_count = total;
	if (plan->type >= 0)
		v->type = plan->type;
	if (plan->replica)
		v->replica_count = plan->replica;
	if (arbiter)
		v->arbiter_count = arbiter;
	leaf = gd_volinfo_dist_leaf(v);
	v->sub_count = leaf == 1 ? 0 : leaf;
	gd_volinfo_derive(v);
	return 0;
}

bool gd_volinfo_is_started(const struct gd_volinfo *v)
{
	return v->status == GD_VOL_STARTED;
}

char *gd_path_dashed(const char *path)
{
	char *s = strdup(path);

	if (!s)
		return NULL;
	for (char *p = s; *p; p++)
		if (*p == '/')
			*p = '-';
	return s;
}

char *gd_path_dashed_noroot(const char *path)
{
	char *d = gd_path_dashed(path[0] == '/' ? path + 1 : path);
	size_t n;

	if (!d)
		return NULL;
	/* a trailing slash is dropped, not dashed */
	n = strlen(d);
	if (n > 0 && d[n - 1] == '-' && path[strlen(path) - 1] == '/')
		d[n - 1] = '\0';
	return d;
}

char *gd_brick_store_name(const struct gd_brick *b)
{
	char *d = gd_path_dashed(b->path);
	char *s;

	if (!d)
		return NULL;
	s = xasprintf("%s:%s", b->hostname, d);
	free(d);
	return s;
}
