/* volgen-graph: volgen's internals shared by its source files.
 *
 * A graph is a list of translator nodes in creation order, which is also
 * the order they are printed in. A node keeps its options in the order
 * they were first set; setting a key again replaces the value in place.
 * Printing lists the options newest first, as 10.3 does.
 *
 * Allocation failures are sticky: the first one is kept in graph->err and
 * every later call becomes a no-op, so builders check once at the end.
 */
#ifndef GD_VOLGEN_GRAPH_H
#define GD_VOLGEN_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "glusterd/volgen.h"
#include "glusterd/volinfo.h"
#include "libglusterfs/mem.h"
#include "libglusterfs/strbuf.h"

struct volgen_opt {
	char *key;
	char *val;
};

struct volgen_node {
	char *type;			/* "protocol/client" */
	char *name;
	struct volgen_opt *opts;
	size_t nopts, aopts;
	struct volgen_node **kids;
	size_t nkids, akids;
};

struct volgen_graph {
	struct volgen_node **nodes;
	size_t n, alloc;
	int err;
};

void volgen__graph_init(struct volgen_graph *g);
void volgen__graph_release(struct volgen_graph *g);
/* A new node, not linked to anything. NULL once g->err is set. */
struct volgen_node *volgen__add(struct volgen_graph *g, const char *type,
				const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A new node whose only subvolume is the newest node so far. */
struct volgen_node *volgen__add_top(struct volgen_graph *g, const char *type,
				    const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* "<vol>-<type after the slash>" on top, as most translators are named. */
struct volgen_node *volgen__add_std(struct volgen_graph *g, const char *type,
				    const char *vol);
struct volgen_node *volgen__newest(const struct volgen_graph *g);
/* Node i (from 0, oldest first) of the newest count nodes. */
struct volgen_node *volgen__recent(const struct volgen_graph *g, size_t count,
				   size_t i);
void volgen__link(struct volgen_graph *g, struct volgen_node *parent,
		  struct volgen_node *kid);
void volgen__set(struct volgen_graph *g, struct volgen_node *n,
		 const char *key, const char *val);
void volgen__setf(struct volgen_graph *g, struct volgen_node *n,
		  const char *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Sets an option whose key is printf(keyfmt, ...). */
void volgen__setk(struct volgen_graph *g, struct volgen_node *n,
		  const char *val, const char *keyfmt, ...)
	__attribute__((format(printf, 4, 5)));
const char *volgen__get(const struct volgen_node *n, const char *key);
/* Groups the newest nkids nodes, per at a time in creation order, under
 * new nodes named printf(namefmt, vol, start + group). Returns the new
 * parents' count, or -errno. */
int volgen__group(struct volgen_graph *g, const char *type,
		  const char *namefmt, const char *vol, size_t nkids,
		  size_t per, int start);
/* Appends the volfile text to *text (malloc'd). */
int volgen__print(const struct volgen_graph *g, char **text);

/* One row of the option table (glusterd/volopt.h), as volgen sees it. */
struct volgen_optdef {
	const char *key;
	const char *type;	/* translator type */
	const char *option;	/* name on the translator, '!' = special */
	const char *value;	/* glusterd's default, NULL if none */
	uint32_t op_version;
};

/* Row i of the option table in table order; false past the end. */
bool volgen__optdef(size_t i, struct volgen_optdef *d);

/* Everything one graph build needs. */
struct volgen_build {
	const struct volgen_ctx *ctx;
	const struct gd_volinfo *v;
	struct gd_opts set;	/* volume options plus this graph's extras */
	struct volgen_graph g;
	uint32_t op_version;
	const char *errstr;	/* static text for -EINVAL */
};

int volgen__build_init(struct volgen_build *b, const struct volgen_ctx *ctx,
		       const struct gd_volinfo *v);
void volgen__build_release(struct volgen_build *b);
/* Prints the graph, or returns the build's first error (and its
 * message in *errstr when not NULL); releases b. */
int volgen__build_finish(struct volgen_build *b, int r, char **text,
			 const char **errstr);
void volgen__setopt(struct volgen_build *b, const char *key, const char *val);

/* Value of key in opts, else the table default, else NULL. */
const char *volgen__lookup(const struct gd_opts *opts, const char *key);
/* 10.3's boolean words; -EINVAL for anything else. */
int volgen__parse_bool(const char *s, bool *out);
/* key in opts as a boolean: dflt when absent, -1 when unparsable. */
int volgen__opt_bool(const struct gd_opts *opts, const char *key, int dflt);
/* Like volgen__opt_bool, falling back to the table default, else 0. */
int volgen__vol_bool(const struct gd_opts *opts, const char *key);

/* Table walk: for every row whose key is set in opts (or that has a
 * default), fn gets the row, the option name and the value. */
typedef int (*volgen_handler_fn)(struct volgen_build *b,
				 const struct volgen_optdef *d,
				 const char *opt, const char *val, void *arg);
int volgen__walk(struct volgen_build *b, const struct gd_opts *opts,
		 volgen_handler_fn fn, void *arg);
/* Sets opt=val on every node of type d->type ('!' names skipped). */
int volgen__basic_handler(struct volgen_build *b,
			  const struct volgen_optdef *d, const char *opt,
			  const char *val, void *arg);
/* The io-stats '!' options (log level, logger, threads...) of role
 * "brick" or "client". */
int volgen__iostats_handler(struct volgen_build *b,
			    const struct volgen_optdef *d, const char *opt,
			    const char *val, void *role);
/* Debug translators whose option value names the position xlname. */
int volgen__debug_xl(struct volgen_build *b, const char *xlname);
/* user.xlator.<name> = <position> translators. */
int volgen__user_xl(struct volgen_build *b, const char *xlname);

/* Client side pieces shared by the client, shd and rebalance graphs. */
enum volgen_trust {
	VOLGEN_UNTRUSTED,
	VOLGEN_TRUSTED,
};
struct volgen_node *volgen__client_xl(struct volgen_build *b,
				      const char *host, const char *subvol,
				      const char *name, const char *transport,
				      enum volgen_trust trust);
int volgen__clients(struct volgen_build *b, enum volgen_trust trust);
/* afr or ec sets over the clients; returns their count or -errno. */
int volgen__afr_ec(struct volgen_build *b);
/* afr/ec, parallel-readdir and dht over the clients. */
int volgen__clusters(struct volgen_build *b);
const char *volgen__transport(const struct gd_volinfo *v);

/* transport.socket.ssl-* from the ssl.* options. */
void volgen__ssl_opts(struct volgen_build *b, struct volgen_node *n);

/* The graphs, built into b->g. */
int volgen__brick_graph(struct volgen_build *b, int brick);
int volgen__fuse_graph(struct volgen_build *b, bool trusted);
int volgen__gfproxy_client_graph(struct volgen_build *b);
int volgen__gfproxyd_graph(struct volgen_build *b);
int volgen__snapd_graph(struct volgen_build *b);

#endif
