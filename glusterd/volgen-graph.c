/* volgen-graph: translator graphs, their printer, and the table-driven
 * placement of volume options onto them. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "glusterd/volgen-graph.h"
#include "libglusterfs/strbuf.h"

void volgen__graph_init(struct volgen_graph *g)
{
	g->nodes = NULL;
	g->n = g->alloc = 0;
	g->err = 0;
}

static void node_free(struct volgen_node *n)
{
	for (size_t i = 0; i < n->nopts; i++) {
		free(n->opts[i].key);
		free(n->opts[i].val);
	}
	free(n->opts);
	free(n->kids);
	free(n->type);
	free(n->name);
	free(n);
}

void volgen__graph_release(struct volgen_graph *g)
{
	for (size_t i = 0; i < g->n; i++)
		node_free(g->nodes[i]);
	free(g->nodes);
	volgen__graph_init(g);
}

/* Grows *arr (of elem-sized items) to hold one more than *n. */
static int grow(void **arr, size_t *alloc, size_t n, size_t elem)
{
	size_t na;
	void *p;

	if (n < *alloc)
		return 0;
	na = *alloc ? *alloc * 2 : 8;
	p = gf_realloc(*arr, na * elem);
	if (!p)
		return -ENOMEM;
	*arr = p;
	*alloc = na;
	return 0;
}

static struct volgen_node *add_va(struct volgen_graph *g, const char *type,
				  const char *fmt, va_list ap)
{
	struct volgen_node *n;
	struct strbuf name = STRBUF_INIT;

	if (g->err)
		return NULL;
	n = gf_calloc(1, sizeof(*n));
	if (!n || strbuf_vaddf(&name, fmt, ap) < 0 ||
	    grow((void **)&g->nodes, &g->alloc, g->n, sizeof(*g->nodes)) < 0)
		goto fail;
	n->name = strbuf_detach(&name, NULL);
	n->type = gf_strdup(type);
	if (!n->type)
		goto fail;
	g->nodes[g->n++] = n;
	return n;
fail:
	strbuf_release(&name);
	if (n)
		node_free(n);
	g->err = -ENOMEM;
	return NULL;
}

struct volgen_node *volgen__add(struct volgen_graph *g, const char *type,
				const char *fmt, ...)
{
	struct volgen_node *n;
	va_list ap;

	va_start(ap, fmt);
	n = add_va(g, type, fmt, ap);
	va_end(ap);
	return n;
}

struct volgen_node *volgen__newest(const struct volgen_graph *g)
{
	return g->n ? g->nodes[g->n - 1] : NULL;
}

struct volgen_node *volgen__recent(const struct volgen_graph *g, size_t count,
				   size_t i)
{
	return count <= g->n && i < count ? g->nodes[g->n - count + i] : NULL;
}

struct volgen_node *volgen__add_top(struct volgen_graph *g, const char *type,
				    const char *fmt, ...)
{
	struct volgen_node *below = volgen__newest(g);
	struct volgen_node *n;
	va_list ap;

	va_start(ap, fmt);
	n = add_va(g, type, fmt, ap);
	va_end(ap);
	if (n && below)
		volgen__link(g, n, below);
	return n;
}

struct volgen_node *volgen__add_std(struct volgen_graph *g, const char *type,
				    const char *vol)
{
	const char *slash = strrchr(type, '/');

	return volgen__add_top(g, type, "%s-%s", vol, slash ? slash + 1 : type);
}

void volgen__link(struct volgen_graph *g, struct volgen_node *parent,
		  struct volgen_node *kid)
{
	if (g->err || !parent || !kid)
		return;
	if (grow((void **)&parent->kids, &parent->akids, parent->nkids,
		 sizeof(*parent->kids)) < 0) {
		g->err = -ENOMEM;
		return;
	}
	parent->kids[parent->nkids++] = kid;
}

static struct volgen_opt *opt_find(const struct volgen_node *n,
				   const char *key)
{
	for (size_t i = 0; i < n->nopts; i++)
		if (strcmp(n->opts[i].key, key) == 0)
			return &n->opts[i];
	return NULL;
}

const char *volgen__get(const struct volgen_node *n, const char *key)
{
	const struct volgen_opt *o = n ? opt_find(n, key) : NULL;

	return o ? o->val : NULL;
}

static int opt_append(struct volgen_node *n, const char *key, char *val)
{
	char *k;

	if (grow((void **)&n->opts, &n->aopts, n->nopts, sizeof(*n->opts)) < 0)
		return -ENOMEM;
	k = gf_strdup(key);
	if (!k)
		return -ENOMEM;
	n->opts[n->nopts].key = k;
	n->opts[n->nopts++].val = val;
	return 0;
}

/* Takes val (malloc'd, may be NULL after a failed allocation). */
static void set_take(struct volgen_graph *g, struct volgen_node *n,
		     const char *key, char *val)
{
	struct volgen_opt *o;

	if (g->err || !n || !val) {
		if (!g->err && n)
			g->err = -ENOMEM;
		free(val);
		return;
	}
	o = opt_find(n, key);
	if (o) {
		free(o->val);
		o->val = val;
		return;
	}
	if (opt_append(n, key, val) < 0) {
		free(val);
		g->err = -ENOMEM;
	}
}

void volgen__set(struct volgen_graph *g, struct volgen_node *n,
		 const char *key, const char *val)
{
	set_take(g, n, key, val ? gf_strdup(val) : NULL);
}

void volgen__setf(struct volgen_graph *g, struct volgen_node *n,
		  const char *key, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (r < 0) {
		strbuf_release(&sb);
		set_take(g, n, key, NULL);
		return;
	}
	set_take(g, n, key, strbuf_detach(&sb, NULL));
}

void volgen__setk(struct volgen_graph *g, struct volgen_node *n,
		  const char *val, const char *keyfmt, ...)
{
	struct strbuf key = STRBUF_INIT;
	va_list ap;
	int r;

	va_start(ap, keyfmt);
	r = strbuf_vaddf(&key, keyfmt, ap);
	va_end(ap);
	if (r < 0)
		set_take(g, n, "", NULL);
	else
		volgen__set(g, n, key.buf ? key.buf : "", val);
	strbuf_release(&key);
}

int volgen__group(struct volgen_graph *g, const char *type,
		  const char *namefmt, const char *vol, size_t nkids,
		  size_t per, int start)
{
	struct volgen_node *parent = NULL;
	size_t first;
	int made = 0;

	if (g->err)
		return g->err;
	if (nkids == 0 || per == 0 || nkids > g->n)
		return -EINVAL;
	first = g->n - nkids;
	for (size_t i = 0; i < nkids; i++) {
		struct volgen_node *kid = g->nodes[first + i];

		if (i % per == 0) {
			parent = volgen__add(g, type, namefmt, vol,
					     start + made);
			made++;
		}
		volgen__link(g, parent, kid);
	}
	return g->err ? g->err : made;
}

static int print_node(struct strbuf *sb, const struct volgen_node *n)
{
	int r = strbuf_addf(sb, "volume %s\n    type %s\n", n->name, n->type);

	for (size_t i = n->nopts; r >= 0 && i-- > 0;)
		r = strbuf_addf(sb, "    option %s %s\n", n->opts[i].key,
				n->opts[i].val);
	if (r >= 0 && n->nkids) {
		r = strbuf_addstr(sb, "    subvolumes");
		for (size_t i = 0; r >= 0 && i < n->nkids; i++)
			r = strbuf_addf(sb, " %s", n->kids[i]->name);
		if (r >= 0)
			r = strbuf_addch(sb, '\n');
	}
	return r < 0 ? r : strbuf_addstr(sb, "end-volume\n");
}

int volgen__print(const struct volgen_graph *g, char **text)
{
	struct strbuf sb = STRBUF_INIT;
	int r = g->err;

	for (size_t i = 0; r >= 0 && i < g->n; i++) {
		if (i > 0)
			r = strbuf_addch(&sb, '\n');
		if (r >= 0)
			r = print_node(&sb, g->nodes[i]);
	}
	if (r < 0) {
		strbuf_release(&sb);
		return r;
	}
	*text = strbuf_detach(&sb, NULL);
	return 0;
}

/* ---- option values ---- */

int volgen__parse_bool(const char *s, bool *out)
{
	static const char *const yes[] = { "1", "on", "yes", "true", "enable" };
	static const char *const no[] = { "0", "off", "no", "false",
					   "disable" };

	for (size_t i = 0; s && i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcasecmp(s, yes[i]) == 0) {
			*out = true;
			return 0;
		}
		if (strcasecmp(s, no[i]) == 0) {
			*out = false;
			return 0;
		}
	}
	return -EINVAL;
}

/* The option name of row d: its own, else the key's last component. */
static const char *optdef_option(const struct volgen_optdef *d)
{
	const char *dot;

	if (d->option)
		return d->option;
	dot = strrchr(d->key, '.');
	return dot ? dot + 1 : d->key;
}

const char *volgen__lookup(const struct gd_opts *opts, const char *key)
{
	const char *val = gd_opts_get(opts, key);
	struct volgen_optdef d;

	if (val)
		return val;
	/* like 10.3, the last row of a key repeated in the table wins */
	for (size_t i = 0; volgen__optdef(i, &d); i++)
		if (d.value && strcmp(d.key, key) == 0)
			val = d.value;
	return val;
}

int volgen__opt_bool(const struct gd_opts *opts, const char *key, int dflt)
{
	const char *val = gd_opts_get(opts, key);
	bool b;

	if (!val)
		return dflt;
	return volgen__parse_bool(val, &b) < 0 ? -1 : b;
}

int volgen__vol_bool(const struct gd_opts *opts, const char *key)
{
	const char *val = volgen__lookup(opts, key);
	bool b;

	if (!val)
		return 0;
	return volgen__parse_bool(val, &b) < 0 ? -1 : b;
}

/* ---- the table walk and its handlers ---- */

int volgen__walk(struct volgen_build *b, const struct gd_opts *opts,
		 volgen_handler_fn fn, void *arg)
{
	struct volgen_optdef d;

	for (size_t i = 0; volgen__optdef(i, &d); i++) {
		const char *val = gd_opts_get(opts, d.key);
		int r;

		if (!val)
			val = d.value;
		if (!val)
			continue;
		r = fn(b, &d, optdef_option(&d), val, arg);
		if (r < 0)
			return r;
	}
	return b->g.err;
}

int volgen__basic_handler(struct volgen_build *b,
			  const struct volgen_optdef *d, const char *opt,
			  const char *val, void *arg)
{
	struct volgen_graph *g = &b->g;
	bool ta = strcmp(opt, "ta-remote-port") == 0;

	if (opt[0] == '!')
		return 0;
	for (size_t i = 0; i < g->n; i++) {
		struct volgen_node *n = g->nodes[i];

		if (strcmp(n->type, d->type) != 0)
			continue;
		/* the thin-arbiter port only reaches the ta client */
		if (ta) {
			if (strstr(n->name, "-ta-"))
				volgen__set(g, n, "remote-port", val);
			continue;
		}
		volgen__set(g, n, opt, val);
	}
	return g->err;
}

int volgen__iostats_handler(struct volgen_build *b,
			    const struct volgen_optdef *d, const char *opt,
			    const char *val, void *role)
{
	static const struct {
		const char *special;
		const char *name;
	} map[] = {
		{ "!brick-log-level", "log-level" },
		{ "!client-log-level", "log-level" },
		{ "!sys-log-level", "sys-log-level" },
		{ "!logger", "logger" },
		{ "!log-format", "log-format" },
		{ "!log-buf-size", "log-buf-size" },
		{ "!log-flush-timeout", "log-flush-timeout" },
		{ "!brick-threads", "threads" },
		{ "!client-threads", "threads" },
	};

	if (!strstr(d->key, (const char *)role))
		return 0;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(opt, map[i].special) == 0)
			return volgen__basic_handler(b, d, map[i].name, val,
						     NULL);
	return 0;
}

/* debug.trace / error-gen / delay-gen: any value but a false one adds
 * the translator (10.3 compares the value with the position only to
 * decide where, so every enabled one lands at each matching position). */
static int debug_handler(struct volgen_build *b, const struct volgen_optdef *d,
			 const char *opt, const char *val, void *arg)
{
	bool on;

	if (strcmp(opt, "!debug") != 0)
		return 0;
	if (volgen__parse_bool(val, &on) == 0 && !on)
		return 0;
	volgen__add_std(&b->g, d->type, b->v->name);
	return b->g.err;
}

int volgen__debug_xl(struct volgen_build *b, const char *xlname)
{
	static const char *const keys[] = { "debug.trace", "debug.error-gen",
					    "debug.delay-gen" };

	for (size_t i = 0; xlname && i < sizeof(keys) / sizeof(keys[0]); i++) {
		const char *val = gd_opts_get(&b->set, keys[i]);
		int r;

		if (!val || strcmp(val, xlname) != 0)
			continue;
		r = volgen__walk(b, &b->set, debug_handler, NULL);
		if (r < 0)
			return r;
	}
	return 0;
}

#define USER_XL "user.xlator."

/* "user.xlator.<name>" (a position), not "user.xlator.<name>.<opt>". */
static const char *user_xl_name(const char *key)
{
	const char *name;

	if (strncmp(key, USER_XL, strlen(USER_XL)) != 0)
		return NULL;
	name = key + strlen(USER_XL);
	return strchr(name, '.') ? NULL : name;
}

static void user_xl_add(struct volgen_build *b, const char *name)
{
	const struct gd_opts *o = &b->set;
	struct volgen_node *n;
	size_t len = strlen(name);
	char *type = xasprintf("user/%s", name);

	n = type ? volgen__add_top(&b->g, type, "%s-%s", b->v->name, name) :
		   NULL;
	free(type);
	if (!n) {
		b->g.err = b->g.err ? b->g.err : -ENOMEM;
		return;
	}
	/* 10.3 visits its option dictionary newest first */
	for (size_t i = o->n; i-- > 0;) {
		const char *k = o->kv[i].key;

		if (strncmp(k, USER_XL, strlen(USER_XL)) == 0 &&
		    strncmp(k + strlen(USER_XL), name, len) == 0 &&
		    k[strlen(USER_XL) + len] == '.')
			volgen__set(&b->g, n, strrchr(k, '.') + 1,
				    o->kv[i].val);
	}
}

int volgen__user_xl(struct volgen_build *b, const char *xlname)
{
	const struct gd_opts *o = &b->set;

	for (size_t i = o->n; xlname && i-- > 0;) {
		const char *name = user_xl_name(o->kv[i].key);

		if (name && strcmp(o->kv[i].val, xlname) == 0)
			user_xl_add(b, name);
	}
	return b->g.err;
}

/* ---- build contexts ---- */

int volgen__build_init(struct volgen_build *b, const struct volgen_ctx *ctx,
		       const struct gd_volinfo *v)
{
	b->ctx = ctx;
	b->v = v;
	b->errstr = NULL;
	b->op_version = ctx->op_version ? ctx->op_version :
					  VOLGEN_OP_VERSION_MAX;
	volgen__graph_init(&b->g);
	return gd_opts_copy(&b->set, &v->opts);
}

void volgen__build_release(struct volgen_build *b)
{
	gd_opts_release(&b->set);
	volgen__graph_release(&b->g);
}

void volgen__setopt(struct volgen_build *b, const char *key, const char *val)
{
	if (!b->g.err && gd_opts_set(&b->set, key, val) < 0)
		b->g.err = -ENOMEM;
}

int volgen__build_finish(struct volgen_build *b, int r, char **text,
			 const char **errstr)
{
	if (r >= 0)
		r = b->g.err;
	if (r >= 0)
		r = volgen__print(&b->g, text);
	if (r == -EINVAL && errstr)
		*errstr = b->errstr ? b->errstr :
				      "the volume options make no valid graph";
	volgen__build_release(b);
	return r;
}
