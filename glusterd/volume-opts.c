/* volume-opts: glusterd's use of the option table (volopt) on volumes:
 * create defaults, op-versions, set/reset validation and `volume get`.
 * This is the only glusterd file that translates gd_volinfo into what
 * volopt needs to know.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/volume-opts.h"
#include "glusterd/volopt.h"
#include "libglusterfs/strbuf.h"
#include "xdr/cli-msg.h"

#define GET_GLOBAL_WARNING \
	"Warning: support to get                                         " \
	"global option value using volume get                            " \
	"             <volname>` will be deprecated from                 " \
	"                        next release. Consider using `volume    " \
	"                                     get all` instead for global " \
	"options"

struct facts {
	struct volopt_vol_facts f;
	struct volopt_brick *bricks;
};

static const char *opts_lookup(void *arg, const char *key)
{
	return gd_opts_get(arg, key);
}

static int facts_init(struct facts *fx, const struct gd_volinfo *v)
{
	memset(fx, 0, sizeof(*fx));
	fx->bricks = calloc((size_t)v->brick_count + 1, sizeof(*fx->bricks));
	if (!fx->bricks)
		return -ENOMEM;
	for (int i = 0; i < v->brick_count; i++) {
		fx->bricks[i].path = v->bricks[i].path;
		fx->bricks[i].local = v->bricks[i].local;
		fx->bricks[i].started = false;
	}
	fx->f.name = v->name;
	fx->f.type = v->type == GD_VOL_REPLICATE ? VOLOPT_VOL_REPLICATE :
		     v->type == GD_VOL_DISPERSE ? VOLOPT_VOL_DISPERSE :
		     VOLOPT_VOL_DISTRIBUTE;
	fx->f.status = v->status == GD_VOL_STARTED ? VOLOPT_VOL_STARTED :
		       v->status == GD_VOL_STOPPED ? VOLOPT_VOL_STOPPED :
		       VOLOPT_VOL_CREATED;
	fx->f.transport = v->transport_type;
	fx->f.replica_count = v->replica_count > 0 ? (unsigned)v->replica_count : 1;
	fx->f.disperse_count = (unsigned)v->disperse_count;
	fx->f.redundancy_count = (unsigned)v->redundancy_count;
	fx->f.bricks = fx->bricks;
	fx->f.n_bricks = (size_t)v->brick_count;
	fx->f.get = opts_lookup;
	fx->f.get_arg = (void *)(uintptr_t)&v->opts;
	return 0;
}

static void facts_release(struct facts *fx)
{
	free(fx->bricks);
}

int gd_volume_set_create_defaults(const struct gd_conf *c,
				  struct gd_volinfo *v, const char *af)
{
	struct volopt_pair p[VOLOPT_CREATE_MAX];
	struct facts fx;
	size_t n;
	int r = 0;

	if (facts_init(&fx, v) < 0)
		return -ENOMEM;
	n = volopt_create_defaults(&fx.f, c->op_version, af, p);
	/* listed in store order, which is the reverse of insertion */
	for (size_t i = n; r == 0 && i > 0; i--)
		r = gd_opts_set(&v->opts, p[i - 1].key, p[i - 1].value);
	facts_release(&fx);
	return r;
}

int gd_volume_reset_restore(const struct gd_conf *c, struct gd_volinfo *v,
			    const char *key)
{
	struct volopt_pair p[VOLOPT_RESTORE_MAX];
	const char *quota = gd_opts_get(&v->opts, "features.quota");
	bool quota_on = false;
	struct facts fx;
	size_t n;
	int r = 0;

	if (quota)
		(void)volopt_parse_bool(quota, &quota_on);
	if (facts_init(&fx, v) < 0)
		return -ENOMEM;
	n = volopt_reset_restores(&fx.f, c->op_version, key, quota_on, p);
	for (size_t i = 0; r == 0 && i < n; i++)
		r = gd_opts_set(&v->opts, p[i].key, p[i].value);
	facts_release(&fx);
	return r;
}

void gd_volume_update_op_versions(const struct gd_conf *c,
				  struct gd_volinfo *v)
{
	struct volopt_pair *p = calloc(v->opts.n + 1, sizeof(*p));

	if (!p)
		return;
	for (size_t i = 0; i < v->opts.n; i++)
		p[i] = (struct volopt_pair){ v->opts.kv[i].key,
					     v->opts.kv[i].val };
	volopt_compute_op_versions(p, v->opts.n, v->type == GD_VOL_DISPERSE,
				   c->op_version, &v->op_version,
				   &v->client_op_version);
	free(p);
}

static bool shared_storage_exists(const struct gd_conf *c)
{
	return gd_conf_find_volume(c, "gluster_shared_storage") != NULL;
}

static void set_ctx_init(struct volopt_set_ctx *ctx, const struct gd_conf *c,
			 const struct facts *fx, unsigned key_index)
{
	memset(ctx, 0, sizeof(*ctx));
	ctx->vol = fx ? &fx->f : NULL;
	ctx->cluster_op_version = c->op_version;
	ctx->global_get = opts_lookup;
	ctx->global_arg = (void *)(uintptr_t)&c->global_opts;
	ctx->workdir = c->workdir;
	ctx->shared_storage_volume_exists = shared_storage_exists(c);
	ctx->key_index = key_index;
}

int gd_volopt_check_set(const struct gd_conf *c, const struct gd_volinfo *v,
			const char *key, const char *value, unsigned key_index,
			char **canon, char **canon_value, char **errstr)
{
	struct volopt_set_ctx ctx;
	struct facts fx;
	int r;

	if (v && facts_init(&fx, v) < 0)
		return -ENOMEM;
	set_ctx_init(&ctx, c, v ? &fx : NULL, key_index);
	r = volopt_check_set(&ctx, key, value, canon, canon_value, errstr);
	if (v)
		facts_release(&fx);
	return r;
}

int gd_volopt_check_reset(const struct gd_conf *c, const struct gd_volinfo *v,
			  const char *key, bool force, char **canon,
			  char **errstr)
{
	struct volopt_set_ctx ctx;
	struct facts fx;
	int r;

	if (v && facts_init(&fx, v) < 0)
		return -ENOMEM;
	set_ctx_init(&ctx, c, v ? &fx : NULL, 1);
	r = volopt_check_reset(&ctx, key, force, canon, errstr);
	if (v)
		facts_release(&fx);
	return r;
}

bool gd_volopt_reset_all_removes(const char *key, bool force)
{
	return volopt_reset_all_removes(key, force);
}

struct get_acc {
	struct cli_get_rsp *out;
	size_t alloc;
};

static int get_emit(void *arg, const char *key, const char *value)
{
	struct get_acc *a = arg;
	struct cli_get_rsp *o = a->out;

	if (o->n == a->alloc) {
		size_t na = a->alloc ? a->alloc * 2 : 64;
		struct cli_kv *p = realloc(o->pairs, na * sizeof(*p));
		if (!p)
			return -ENOMEM;
		o->pairs = p;
		a->alloc = na;
	}
	o->pairs[o->n].key = strdup(key);
	o->pairs[o->n].value = strdup(value ? value : "(null)");
	if (!o->pairs[o->n].key || !o->pairs[o->n].value) {
		free(o->pairs[o->n].key);
		free(o->pairs[o->n].value);
		return -ENOMEM;
	}
	o->n++;
	return 0;
}

int gd_volopt_get(const struct gd_conf *c, const struct gd_volinfo *v,
		  const char *key, struct cli_get_rsp *out, char **errstr)
{
	struct volopt_get_ctx ctx = {
		.cluster_op_version = c->op_version,
		.max_op_version = 100000,
		.global_get = opts_lookup,
		.global_arg = (void *)(uintptr_t)&c->global_opts,
	};
	struct get_acc acc = { out, 0 };
	struct facts fx;
	int r;

	if (v && facts_init(&fx, v) < 0)
		return -ENOMEM;
	ctx.vol = v ? &fx.f : NULL;
	r = volopt_get(&ctx, key, get_emit, &acc, errstr);
	if (r == 0 && v && strcmp(key, "all") != 0) {
		const struct volopt *o = NULL;
		if (volopt_complete(key, &o) == 0 && volopt_is_global(o->key))
			out->warning = strdup(GET_GLOBAL_WARNING);
	}
	if (v)
		facts_release(&fx);
	return r;
}
