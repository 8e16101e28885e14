/* volgen: which volfiles a volume has, their names, and the graphs that
 * are only trusted clients of the bricks (self-heal daemon, rebalance,
 * per-brick helpers). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/volgen-graph.h"
#include "libglusterfs/strbuf.h"

static bool bad_brick(const struct gd_volinfo *v, int brick)
{
	return !v->bricks || brick < 0 || brick >= v->brick_count;
}

static bool shd_compatible(const struct gd_volinfo *v)
{
	return v->type == GD_VOL_REPLICATE || v->type == GD_VOL_DISPERSE;
}

/* Only the heal daemon's own '!' options reach it. */
static int shd_handler(struct volgen_build *b, const struct volgen_optdef *d,
		       const char *opt, const char *val, void *arg)
{
	if (strcmp(opt, "!self-heal-daemon") == 0 ||
	    strcmp(opt, "!heal-timeout") == 0)
		opt++;
	return volgen__basic_handler(b, d, opt, val, arg);
}

static void shd_options(struct volgen_build *b)
{
	const char *key = b->v->type == GD_VOL_REPLICATE ?
				  "cluster.self-heal-daemon" :
				  "cluster.disperse-self-heal-daemon";

	if (!gd_opts_get(&b->set, key))
		volgen__setopt(b, key, "enable");
	/* the daemon always heals everything, whatever the volume says */
	volgen__setopt(b, "cluster.background-self-heal-count", "0");
	volgen__setopt(b, "cluster.data-self-heal", "on");
	volgen__setopt(b, "cluster.metadata-self-heal", "on");
	volgen__setopt(b, "cluster.entry-self-heal", "on");
}

static void shd_iam(struct volgen_build *b)
{
	for (size_t i = 0; i < b->g.n; i++) {
		struct volgen_node *n = b->g.nodes[i];

		if (strcmp(n->type, "cluster/replicate") == 0 ||
		    strcmp(n->type, "cluster/disperse") == 0)
			volgen__set(&b->g, n, "iam-self-heal-daemon", "yes");
	}
}

static int shd_graph(struct volgen_build *b)
{
	int sets, r;

	shd_options(b);
	r = volgen__clients(b, VOLGEN_TRUSTED);
	sets = r < 0 ? r : volgen__afr_ec(b);
	if (sets < 0)
		return sets;
	r = volgen__walk(b, &b->set, shd_handler, NULL);
	if (r < 0)
		return r;
	shd_iam(b);
	/* no distribute: io-stats sits right on the sets */
	r = volgen__group(&b->g, "debug/io-stats", "%s", b->v->name,
			  (size_t)sets, (size_t)sets, 0);
	if (r < 0)
		return r;
	return volgen__walk(b, &b->set, volgen__iostats_handler,
			    (void *)"client");
}

static bool has_rebalance(const struct gd_volinfo *v)
{
	return v->brick_count > gd_volinfo_dist_leaf(v);
}

static bool has_snapd(const struct gd_volinfo *v)
{
	return gd_volinfo_is_started(v) &&
	       volgen__opt_bool(&v->opts, "features.uss", 0) > 0;
}

/* The transports the FUSE volfiles are made for, in 10.3's order. */
static const char *const *fuse_transports(const struct gd_volinfo *v)
{
	static const char *const tcp[] = { "tcp", NULL };
	static const char *const rdma[] = { "rdma", NULL };
	static const char *const both[] = { "tcp", "rdma", NULL };

	switch (v->transport_type) {
	case GD_TRANSPORT_RDMA:
		return rdma;
	case GD_TRANSPORT_BOTH:
		return both;
	default:
		return tcp;
	}
}

static int rebalance_graph(struct volgen_build *b)
{
	const char *const *t = fuse_transports(b->v);
	int r;

	/* 10.3 writes it last from the untrusted pass over the transports */
	while (t[1])
		t++;
	volgen__setopt(b, "client-transport-type", t[0]);
	r = volgen__clients(b, VOLGEN_TRUSTED);
	if (r >= 0)
		r = volgen__clusters(b);
	if (r < 0)
		return r;
	volgen__add_top(&b->g, "debug/io-stats", "%s", b->v->name);
	r = volgen__walk(b, &b->set, volgen__iostats_handler, (void *)"client");
	if (r >= 0)
		r = volgen__walk(b, &b->set, volgen__basic_handler, NULL);
	return r;
}

/* One protocol/client; of the volume's options only client.ssl counts. */
static int per_brick_graph(struct volgen_build *b, int brick)
{
	const struct gd_volinfo *v = b->v;
	const struct gd_brick *br = &v->bricks[brick];
	const char *ssl = gd_opts_get(&v->opts, "client.ssl");
	bool on = false;
	char *id = NULL;

	if (ssl && volgen__parse_bool(ssl, &on) < 0)
		return -EINVAL;
	gd_opts_release(&b->set);
	if (on)
		volgen__setopt(b, "client.ssl", "on");
	if (!br->brick_id) {
		id = xasprintf("%s-client-%d", v->name, brick);
		if (!id)
			return -ENOMEM;
	}
	volgen__client_xl(b, br->hostname, br->path, id ? id : br->brick_id,
			  "tcp", VOLGEN_TRUSTED);
	free(id);
	return b->g.err;
}

enum graph_kind {
	GRAPH_BRICK,
	GRAPH_FUSE,
	GRAPH_FUSE_TRUSTED,
	GRAPH_GFPROXY_CLIENT,
	GRAPH_GFPROXYD,
	GRAPH_SHD,
	GRAPH_REBALANCE,
	GRAPH_CLIENT_PER_BRICK,
	GRAPH_SNAPD,
};

static int build(struct volgen_build *b, enum graph_kind kind, int brick)
{
	switch (kind) {
	case GRAPH_BRICK:
		return volgen__brick_graph(b, brick);
	case GRAPH_FUSE:
	case GRAPH_FUSE_TRUSTED:
		return volgen__fuse_graph(b, kind == GRAPH_FUSE_TRUSTED);
	case GRAPH_GFPROXY_CLIENT:
		return volgen__gfproxy_client_graph(b);
	case GRAPH_GFPROXYD:
		return volgen__gfproxyd_graph(b);
	case GRAPH_SHD:
		return shd_graph(b);
	case GRAPH_REBALANCE:
		return rebalance_graph(b);
	case GRAPH_CLIENT_PER_BRICK:
		return per_brick_graph(b, brick);
	case GRAPH_SNAPD:
		return volgen__snapd_graph(b);
	}
	return -EINVAL;
}

static int generate(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		    enum graph_kind kind, int brick, char **text,
		    const char **errstr)
{
	struct volgen_build b;
	int r;

	if ((kind == GRAPH_BRICK || kind == GRAPH_CLIENT_PER_BRICK) &&
	    bad_brick(v, brick))
		return -EINVAL;
	if (kind == GRAPH_SHD && !shd_compatible(v))
		return -ENOENT;
	if (kind == GRAPH_REBALANCE && !has_rebalance(v))
		return -ENOENT;
	if (kind == GRAPH_SNAPD && !has_snapd(v))
		return -ENOENT;
	r = volgen__build_init(&b, ctx, v);
	if (r >= 0)
		r = build(&b, kind, brick);
	return volgen__build_finish(&b, r, text, errstr);
}

int volgen_brick(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		 int brick, char **text)
{
	return generate(ctx, v, GRAPH_BRICK, brick, text, NULL);
}

int volgen_client(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		  bool trusted, char **text)
{
	return generate(ctx, v, trusted ? GRAPH_FUSE_TRUSTED : GRAPH_FUSE, 0,
			text, NULL);
}

int volgen_gfproxy_client(const struct volgen_ctx *ctx,
			  const struct gd_volinfo *v, char **text)
{
	return generate(ctx, v, GRAPH_GFPROXY_CLIENT, 0, text, NULL);
}

int volgen_gfproxyd(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		    char **text)
{
	return generate(ctx, v, GRAPH_GFPROXYD, 0, text, NULL);
}

int volgen_shd(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
	       char **text)
{
	return generate(ctx, v, GRAPH_SHD, 0, text, NULL);
}

int volgen_rebalance(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		     char **text)
{
	return generate(ctx, v, GRAPH_REBALANCE, 0, text, NULL);
}

int volgen_snapd(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		 char **text)
{
	return generate(ctx, v, GRAPH_SNAPD, 0, text, NULL);
}

int volgen_client_per_brick(const struct volgen_ctx *ctx,
			    const struct gd_volinfo *v, int brick, char **text)
{
	return generate(ctx, v, GRAPH_CLIENT_PER_BRICK, brick, text, NULL);
}

/* ---- file names and the whole set ---- */

/* 10.3 drops the path's first character and dashes the other slashes. */
static char *brick_file_name(const struct gd_volinfo *v, int brick,
			     const char *infix)
{
	const struct gd_brick *br = &v->bricks[brick];
	char *path = gf_strdup(br->path[0] ? br->path + 1 : "");
	char *name;

	if (!path)
		return NULL;
	for (char *p = path; *p; p++)
		if (*p == '/')
			*p = '-';
	name = xasprintf("%s.%s%s.%s.vol", v->name, infix, br->hostname, path);
	free(path);
	return name;
}

char *volgen_brick_file_name(const struct gd_volinfo *v, int brick)
{
	return bad_brick(v, brick) ? NULL : brick_file_name(v, brick, "");
}

char *volgen_client_per_brick_file_name(const struct gd_volinfo *v,
					int brick)
{
	return bad_brick(v, brick) ? NULL :
				     brick_file_name(v, brick, "client.");
}

struct file_list {
	const struct volgen_ctx *ctx;
	const struct gd_volinfo *v;
	struct volgen_file *f;
	size_t n, alloc;
	const char *errstr;	/* why the first -EINVAL happened */
};

static int files_grow(struct file_list *l)
{
	size_t na;
	struct volgen_file *nf;

	if (l->n < l->alloc)
		return 0;
	na = l->alloc ? l->alloc * 2 : 16;
	nf = gf_realloc(l->f, na * sizeof(*nf));
	if (!nf)
		return -ENOMEM;
	l->f = nf;
	l->alloc = na;
	return 0;
}

/* Generates one graph into the list under name (taken, may be NULL). */
static int files_add(struct file_list *l, const struct gd_volinfo *v,
		     enum graph_kind kind, int brick, char *name)
{
	char *text = NULL;
	int r = name ? files_grow(l) : -ENOMEM;

	if (r >= 0)
		r = generate(l->ctx, v, kind, brick, &text, &l->errstr);
	if (r < 0) {
		free(name);
		return r;
	}
	l->f[l->n].name = name;
	l->f[l->n++].text = text;
	return 0;
}

/* bitd, scrub and quota helpers read single-brick client volfiles. */
static bool wants_per_brick_clients(const struct gd_volinfo *v)
{
	return volgen__vol_bool(&v->opts, "features.bitrot") > 0 ||
	       volgen__vol_bool(&v->opts, "features.quota") > 0;
}

static int files_bricks(struct file_list *l)
{
	const struct gd_volinfo *v = l->v;
	bool per_brick = wants_per_brick_clients(v);
	int r = 0;

	for (int i = 0; r >= 0 && i < v->brick_count; i++) {
		r = files_add(l, v, GRAPH_BRICK, i,
			      volgen_brick_file_name(v, i));
		if (r >= 0 && per_brick)
			r = files_add(l, v, GRAPH_CLIENT_PER_BRICK, i,
				      volgen_client_per_brick_file_name(v, i));
	}
	return r;
}

/* trusted-<vol>.<t>-fuse.vol and <vol>.<t>-fuse.vol for each transport t
 * (the untrusted one not for the shared storage volume, which only the
 * pool itself mounts), and one trusted-<vol>.<t>-gfproxy-fuse.vol. */
static int files_clients(struct file_list *l)
{
	const char *vol = l->v->name;
	bool shared = strcmp(vol, "gluster_shared_storage") == 0;
	int r = 0;

	for (const char *const *t = fuse_transports(l->v); r >= 0 && *t; t++) {
		struct gd_volinfo tv = *l->v;

		/* each file is made for one transport */
		tv.transport_type = strcmp(*t, "rdma") == 0 ?
					    GD_TRANSPORT_RDMA :
					    GD_TRANSPORT_TCP;
		r = files_add(l, &tv, GRAPH_FUSE_TRUSTED, 0,
			      xasprintf("trusted-%s.%s-fuse.vol", vol, *t));
		if (r >= 0 && !shared)
			r = files_add(l, &tv, GRAPH_FUSE, 0,
				      xasprintf("%s.%s-fuse.vol", vol, *t));
	}
	if (r >= 0 && !shared)
		r = files_add(l, l->v, GRAPH_GFPROXY_CLIENT, 0,
			      xasprintf("trusted-%s.%s-gfproxy-fuse.vol", vol,
					l->v->transport_type ==
							GD_TRANSPORT_RDMA ?
						"rdma" : "tcp"));
	return r;
}

static int files_daemons(struct file_list *l)
{
	const struct gd_volinfo *v = l->v;
	int r = files_add(l, v, GRAPH_GFPROXYD, 0,
			  xasprintf("%s.gfproxyd.vol", v->name));

	if (r >= 0 && shd_compatible(v))
		r = files_add(l, v, GRAPH_SHD, 0,
			      xasprintf("%s-shd.vol", v->name));
	if (r >= 0 && has_rebalance(v))
		r = files_add(l, v, GRAPH_REBALANCE, 0,
			      xasprintf("%s-rebalance.vol", v->name));
	if (r >= 0 && has_snapd(v))
		r = files_add(l, v, GRAPH_SNAPD, 0,
			      xasprintf("%s-snapd.vol", v->name));
	return r;
}

static int files_all(struct file_list *l)
{
	int r = files_bricks(l);

	if (r >= 0)
		r = files_clients(l);
	if (r >= 0)
		r = files_daemons(l);
	if (r < 0)
		l->f = volgen_files_free(l->f, l->n);
	return r;
}

int volgen_files(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		 struct volgen_file **files, size_t *n)
{
	struct file_list l = { .ctx = ctx, .v = v };
	int r = files_all(&l);

	if (r < 0)
		return r;
	*files = l.f;
	*n = l.n;
	return 0;
}

struct volgen_file *volgen_files_free(struct volgen_file *files, size_t n)
{
	for (size_t i = 0; files && i < n; i++) {
		free(files[i].name);
		free(files[i].text);
	}
	free(files);
	return NULL;
}

int volgen_check(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		 char **errstr)
{
	struct file_list l = { .ctx = ctx, .v = v };
	int r = files_all(&l);

	*errstr = NULL;
	if (r == -EINVAL) {
		*errstr = gf_strdup(l.errstr ? l.errstr : "invalid volume");
		if (!*errstr)
			r = -ENOMEM;
	}
	volgen_files_free(l.f, l.n);
	return r;
}
