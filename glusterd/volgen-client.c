/* volgen-client: the client side graphs (FUSE, gfproxy, self-heal daemon,
 * rebalance) and the pieces they share: protocol/client translators,
 * replicate/disperse sets, parallel-readdir and distribute
 * (reference/cluster.md 6.4, 6.5). */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "glusterd/volgen-graph.h"

enum client_kind {
	KIND_FUSE,		/* <vol>.tcp-fuse.vol and the trusted one */
	KIND_GFPROXY_CLIENT,	/* trusted-<vol>.tcp-gfproxy-fuse.vol */
	KIND_GFPROXYD,		/* the client half of <vol>.gfproxyd.vol */
};

static const char *vname(const struct volgen_build *b)
{
	return b->v->name;
}

const char *volgen__transport(const struct gd_volinfo *v)
{
	switch (v->transport_type) {
	case GD_TRANSPORT_RDMA:
		return "rdma";
	case GD_TRANSPORT_BOTH:
		return "tcp,rdma";
	default:
		return "tcp";
	}
}

/* The transport of protocol/client: the graph's own, else the volume's
 * with tcp,rdma reduced to tcp. */
static const char *client_transport(const struct volgen_build *b)
{
	const char *t = gd_opts_get(&b->set, "client-transport-type");

	if (t)
		return t;
	t = volgen__transport(b->v);
	return strcmp(t, "tcp,rdma") == 0 ? "tcp" : t;
}

struct volgen_node *volgen__client_xl(struct volgen_build *b,
				      const char *host, const char *subvol,
				      const char *name, const char *transport,
				      enum volgen_trust trust)
{
	const struct gd_volinfo *v = b->v;
	const char *af = gd_opts_get(&v->opts, "transport.address-family");
	struct volgen_node *n = volgen__add(&b->g, "protocol/client", "%s",
					    name);

	volgen__set(&b->g, n, "ping-timeout", "42");
	if (host)
		volgen__set(&b->g, n, "remote-host", host);
	volgen__set(&b->g, n, "remote-subvolume", subvol);
	volgen__set(&b->g, n, "transport-type", transport);
	if (af)
		volgen__set(&b->g, n, "transport.address-family", af);
	if (trust == VOLGEN_TRUSTED) {
		if (v->username[0])
			volgen__set(&b->g, n, "username", v->username);
		if (v->password[0])
			volgen__set(&b->g, n, "password", v->password);
	}
	if (volgen__opt_bool(&b->set, "client.ssl", 0) > 0)
		volgen__set(&b->g, n, "transport.socket.ssl-enabled", "true");
	volgen__ssl_opts(b, n);
	return n;
}

/* "host:/path" of the thin-arbiter brick, split. */
static int ta_split(const char *ta, char **host, const char **path)
{
	const char *sep = ta ? strstr(ta, ":/") : NULL;

	if (!sep)
		return -EINVAL;
	*host = gf_strndup(ta, (size_t)(sep - ta));
	*path = sep + 1;
	return *host ? 0 : -ENOMEM;
}

/* Brick id of the thin-arbiter client of replica set `set`. */
static char *ta_id(const struct gd_volinfo *v, int set)
{
	return xasprintf("%s-ta-%d", v->name,
			 (set + 1) * (v->replica_count + 1) - 1);
}

static int ta_client(struct volgen_build *b, int set, const char *transport,
		     enum volgen_trust trust)
{
	const char *path;
	char *host = NULL;
	char *id = ta_id(b->v, set);
	int r = id ? ta_split(b->v->ta_brick, &host, &path) : -ENOMEM;

	if (r == 0)
		volgen__client_xl(b, host, path, id, transport, trust);
	free(host);
	free(id);
	return r < 0 ? r : b->g.err;
}

static bool has_ta(const struct gd_volinfo *v)
{
	return v->thin_arbiter_count > 0 && v->ta_brick;
}

static int brick_client(struct volgen_build *b, int i, const char *transport,
			enum volgen_trust trust)
{
	const struct gd_brick *br = &b->v->bricks[i];
	char *id = br->brick_id ? NULL :
				  xasprintf("%s-client-%d", vname(b), i);

	if (!br->brick_id && !id)
		return -ENOMEM;
	volgen__client_xl(b, br->hostname, br->path, id ? id : br->brick_id,
			  transport, trust);
	free(id);
	return b->g.err;
}

int volgen__clients(struct volgen_build *b, enum volgen_trust trust)
{
	const struct gd_volinfo *v = b->v;
	const char *transport = client_transport(b);
	int leaf = gd_volinfo_dist_leaf(v);
	int set = 0;
	int r = 0;

	if (v->brick_count <= 0 || !v->bricks ||
	    (leaf < v->brick_count && v->brick_count % leaf != 0)) {
		b->errstr = "volume inconsistency: bricks do not fill the sets";
		return -EINVAL;
	}
	for (int i = 0; r >= 0 && i < v->brick_count; i++) {
		/* 10.3's test, which counts bricks only: right for one set */
		if (has_ta(v) && (i + 1) % (v->replica_count + 1) == 0)
			r = ta_client(b, set++, transport, trust);
		if (r >= 0)
			r = brick_client(b, i, transport, trust);
	}
	if (r >= 0 && has_ta(v))
		r = ta_client(b, set, transport, trust);
	return r;
}

static const char *brick_id(const struct volgen_build *b, int i,
			    char *buf, size_t len)
{
	const struct gd_brick *br = &b->v->bricks[i];

	if (br->brick_id)
		return br->brick_id;
	snprintf(buf, len, "%s-client-%d", vname(b), i);
	return buf;
}

/* afr-pending-xattr of set c: its bricks' ids (and the thin arbiter). */
static void afr_pending(struct volgen_build *b, struct volgen_node *afr,
			int c)
{
	const struct gd_volinfo *v = b->v;
	struct strbuf sb = STRBUF_INIT;
	char buf[300];
	int r = 0;

	for (int k = 0; r >= 0 && k < v->replica_count; k++) {
		int i = c * v->replica_count + k;

		if (i >= v->brick_count)
			break;
		r = strbuf_addf(&sb, "%s%s", k ? "," : "",
				brick_id(b, i, buf, sizeof(buf)));
	}
	if (r >= 0 && has_ta(v)) {
		char *id = ta_id(v, c);

		r = !id ? -ENOMEM :
		    b->op_version < 70300 ? strbuf_addf(&sb, ",%s", id) :
		    strbuf_addf(&sb, ",%s.%s", id, v->volume_id);
		free(id);
	}
	volgen__set(&b->g, afr, "afr-pending-xattr", r < 0 ? NULL : sb.buf);
	strbuf_release(&sb);
}

static int afr_sets(struct volgen_build *b)
{
	const struct gd_volinfo *v = b->v;
	struct volgen_graph *g = &b->g;
	int sets = v->brick_count / v->replica_count;
	int ta = has_ta(v) ? 1 : 0;
	int n = volgen__group(g, "cluster/replicate", "%s-replicate-%d",
			      vname(b), (size_t)(v->brick_count + ta * sets),
			      (size_t)(v->replica_count + ta), 0);
	size_t cnt = n > 0 ? (size_t)n : 0;

	/* option by option over all sets, as 10.3 sets them */
	for (size_t c = 0; b->op_version >= 30900 && c < cnt; c++)
		afr_pending(b, volgen__recent(g, cnt, c), (int)c);
	for (size_t c = 0; b->op_version >= 90000 && c < cnt; c++)
		volgen__set(g, volgen__recent(g, cnt, c), "volume-id",
			    v->volume_id);
	for (size_t c = 0; v->arbiter_count && c < cnt; c++)
		volgen__setf(g, volgen__recent(g, cnt, c), "arbiter-count",
			     "%d", v->arbiter_count);
	for (size_t c = 0; ta && c < cnt; c++)
		volgen__set(g, volgen__recent(g, cnt, c), "thin-arbiter",
			    v->ta_brick);
	return n < 0 ? n : g->err ? g->err : n;
}

static int ec_sets(struct volgen_build *b)
{
	const struct gd_volinfo *v = b->v;
	struct volgen_graph *g = &b->g;
	int n = volgen__group(g, "cluster/disperse", "%s-disperse-%d",
			      vname(b), (size_t)v->brick_count,
			      (size_t)v->disperse_count, 0);
	size_t cnt = n > 0 ? (size_t)n : 0;

	for (size_t c = 0; c < cnt; c++)
		volgen__setf(g, volgen__recent(g, cnt, c), "redundancy", "%d",
			     v->redundancy_count);
	return n < 0 ? n : g->err ? g->err : n;
}

int volgen__afr_ec(struct volgen_build *b)
{
	switch (b->v->type) {
	case GD_VOL_REPLICATE:
		return afr_sets(b);
	case GD_VOL_DISPERSE:
		return ec_sets(b);
	default:
		b->errstr = "volume inconsistency: unknown clustering type";
		return -EINVAL;
	}
}

/* A readdir-ahead per distribute subvolume when parallel-readdir is on. */
static int parallel_readdir(struct volgen_build *b, int dist)
{
	struct volgen_graph *g = &b->g;
	int n;

	if (volgen__vol_bool(&b->v->opts, "performance.parallel-readdir") == 0)
		return 0;
	n = volgen__group(g, "performance/readdir-ahead", "%s-readdir-ahead-%d",
			  vname(b), (size_t)dist, 1, 0);
	for (int c = 0; c < n; c++)
		volgen__set(g, volgen__recent(g, (size_t)n, (size_t)c),
			    "performance.readdir-ahead", "on");
	return n < 0 ? n : g->err;
}

/* Whether the subtree under n holds a client of a decommissioned brick. */
static bool decommissioned(const struct volgen_build *b,
			   const struct volgen_node *n)
{
	if (strcmp(n->type, "protocol/client") == 0) {
		const char *host = volgen__get(n, "remote-host");
		const char *path = volgen__get(n, "remote-subvolume");

		for (int i = 0; host && path && i < b->v->brick_count; i++) {
			const struct gd_brick *br = &b->v->bricks[i];

			if (br->decommissioned &&
			    strcmp(br->hostname, host) == 0 &&
			    strcmp(br->path, path) == 0)
				return true;
		}
		return false;
	}
	for (size_t k = 0; k < n->nkids; k++)
		if (decommissioned(b, n->kids[k]))
			return true;
	return false;
}

static void dht_decommissioned(struct volgen_build *b, struct volgen_node *dht)
{
	struct strbuf sb = STRBUF_INIT;
	int r = 0;

	for (size_t k = 0; r >= 0 && k < dht->nkids; k++)
		if (decommissioned(b, dht->kids[k]))
			r = strbuf_addf(&sb, "%s%s", sb.len ? "," : "",
					dht->kids[k]->name);
	if (r < 0 || sb.len)
		volgen__set(&b->g, dht, "decommissioned-bricks",
			    r < 0 ? NULL : sb.buf);
	strbuf_release(&sb);
}

static int dht(struct volgen_build *b, int dist)
{
	int nufa = volgen__opt_bool(&b->v->opts, "cluster.nufa", 0);
	int sw = volgen__opt_bool(&b->v->opts, "cluster.switch", 0);
	const char *type = "cluster/distribute";
	int n;

	if (nufa && sw) {
		b->errstr = "nufa and switch cannot be set together";
		return -EINVAL;
	}
	if (nufa)
		type = "cluster/nufa";
	if (sw)
		type = "cluster/switch";
	n = volgen__group(&b->g, type, "%s-dht", vname(b), (size_t)dist,
			  (size_t)dist, 0);
	if (n < 0)
		return n;
	dht_decommissioned(b, volgen__newest(&b->g));
	return b->g.err;
}

int volgen__clusters(struct volgen_build *b)
{
	int leaf = gd_volinfo_dist_leaf(b->v);
	int dist = b->v->brick_count / leaf;
	int r = 0;

	if (leaf > 1)
		r = volgen__afr_ec(b);
	if (r >= 0 && dist <= 0)
		r = -EINVAL;
	if (r >= 0)
		r = parallel_readdir(b, dist);
	return r < 0 ? r : dht(b, dist);
}

/* ---- the client graph ---- */

/* A translator added when a boolean option is on (off when absent). */
static int client_switched(struct volgen_build *b, const char *key,
			   const char *type, const char *opt, const char *val)
{
	int on = volgen__opt_bool(&b->set, key, 0);
	struct volgen_node *n;

	if (on < 0)
		return -EINVAL;
	if (on) {
		n = volgen__add_std(&b->g, type, vname(b));
		if (opt)
			volgen__set(&b->g, n, opt, val);
	}
	return b->g.err;
}

/* root-squash forces open-behind to read after open. */
static int root_squash(struct volgen_build *b)
{
	const struct gd_opts *vol = &b->v->opts;
	const char *rs = gd_opts_get(&b->set, "server.root-squash");
	const char *vrao = gd_opts_get(vol, "performance.read-after-open");
	bool on = false, rao = false;

	if (gd_opts_get(&b->set, "performance.read-after-open") &&
	    volgen__opt_bool(vol, "server.root-squash", 0) > 0) {
		b->errstr = "root-squash is enabled. Please turn it off to "
			    "change read-after-open option";
		return -EINVAL;
	}
	if (!rs)
		return 0;
	if (volgen__parse_bool(rs, &on) < 0)
		return -EINVAL;
	if (on && (!vrao || volgen__parse_bool(vrao, &rao) < 0 || !rao))
		volgen__setopt(b, "performance.read-after-open", "yes");
	if (!on && vrao && volgen__parse_bool(vrao, &rao) == 0 && rao)
		volgen__setopt(b, "performance.read-after-open", "yes");
	return b->g.err;
}

/* Parses "10MB"-style sizes (1024-based units). */
static int parse_size(const char *s, uint64_t *out)
{
	static const char *const units[] = { "B", "KB", "MB", "GB", "TB",
					     "PB" };
	long double val;
	char *end;

	if (!s || !isdigit((unsigned char)s[0]))
		return -EINVAL;
	val = strtold(s, &end);
	if (*end) {
		size_t u = 0;

		while (u < sizeof(units) / sizeof(units[0]) &&
		       strcasecmp(end, units[u]) != 0)
			u++;
		if (u == sizeof(units) / sizeof(units[0]))
			return -EINVAL;
		for (; u > 0; u--)
			val *= 1024;
	}
	if (val > (long double)UINT64_MAX)
		return -ERANGE;
	*out = (uint64_t)val;
	return 0;
}

/* rda-* per readdir-ahead: the cache limit is shared by the subvolumes. */
static int rda_options(struct volgen_build *b)
{
	const struct gd_opts *vol = &b->v->opts;
	int dist = b->v->brick_count / gd_volinfo_dist_leaf(b->v);
	uint64_t cache, req;
	char buf[32];

	if (dist <= 1 ||
	    !volgen__vol_bool(vol, "performance.parallel-readdir") ||
	    !volgen__vol_bool(vol, "performance.readdir-ahead"))
		return 0;
	if (parse_size(volgen__lookup(&b->set, "performance.rda-cache-limit"),
		       &cache) < 0) {
		b->errstr = "invalid number format in option "
			    "performance.rda-cache-limit";
		return -EINVAL;
	}
	if (parse_size(volgen__lookup(&b->set, "performance.rda-request-size"),
		       &req) < 0) {
		b->errstr = "invalid number format in option "
			    "performance.rda-request-size";
		return -EINVAL;
	}
	if (cache == 0 || req == 0) {
		b->errstr = "Value cannot be 0";
		return -EINVAL;
	}
	cache /= (uint64_t)dist;
	if (cache < req) {
		req = cache < 4096 ? 4096 : cache;
		cache = cache < 4096 ? 4096 : cache;
		snprintf(buf, sizeof(buf), "%" PRIu64 "B", req);
		volgen__setopt(b, "performance.rda-request-size", buf);
	}
	snprintf(buf, sizeof(buf), "%" PRIu64 "B", cache);
	volgen__setopt(b, "performance.rda-cache-limit", buf);
	return b->g.err;
}

static int perf_handler(struct volgen_build *b, const struct volgen_optdef *d,
			const char *opt, const char *val, void *arg)
{
	enum client_kind kind = *(const enum client_kind *)arg;
	bool wb = strstr(d->key, "write-behind") != NULL;
	bool on;

	if (strcmp(opt, "!perf") != 0)
		return 0;
	/* gfproxyd never loads write-behind, its thin clients only that */
	if ((kind == KIND_GFPROXYD && wb) ||
	    (kind == KIND_GFPROXY_CLIENT && !wb))
		return 0;
	if (volgen__parse_bool(val, &on) < 0)
		return kind == KIND_FUSE ? -EINVAL : 0;
	if (!on)
		return 0;
	if (strcmp(d->key, "performance.open-behind") == 0 &&
	    b->v->client_op_version > 0 &&
	    d->op_version > b->v->client_op_version)
		return 0;
	if (b->op_version < 31202 && b->v->type == GD_VOL_REPLICATE &&
	    strcmp(d->key, "performance.client-io-threads") == 0)
		return 0;
	/* with parallel-readdir it sits under dht instead */
	if (strcmp(d->key, "performance.readdir-ahead") == 0 &&
	    volgen__vol_bool(&b->v->opts, "performance.parallel-readdir"))
		return 0;
	volgen__add_std(&b->g, d->type, vname(b));
	return b->g.err;
}

static int perf_xls(struct volgen_build *b, enum client_kind kind)
{
	int r = kind == KIND_FUSE ? rda_options(b) : 0;

	return r < 0 ? r : volgen__walk(b, &b->set, perf_handler, &kind);
}

/* features.uss: snapview-client over the volume and the snapd client. */
static int snapview(struct volgen_build *b, enum volgen_trust trust)
{
	struct volgen_node *below = volgen__newest(&b->g);
	struct volgen_node *snapd, *svc;
	char *subvol = xasprintf("snapd-%s", vname(b));
	char *id = xasprintf("%s-snapd-client", vname(b));

	if (!subvol || !id) {
		free(subvol);
		free(id);
		return -ENOMEM;
	}
	snapd = volgen__client_xl(b, NULL, subvol, id, client_transport(b),
				  trust);
	svc = volgen__add(&b->g, "features/snapview-client",
			  "%s-snapview-client", vname(b));
	volgen__link(&b->g, svc, below);
	volgen__link(&b->g, svc, snapd);
	free(subvol);
	free(id);
	return b->g.err;
}

static int gfproxy_client_xl(struct volgen_build *b)
{
	char *subvol = xasprintf("gfproxyd-%s", vname(b));
	char *id = xasprintf("%s-gfproxy-client", vname(b));

	if (subvol && id)
		volgen__client_xl(b, NULL, subvol, id, "tcp", VOLGEN_TRUSTED);
	free(subvol);
	free(id);
	return subvol && id ? b->g.err : -ENOMEM;
}

/* Cluster translators, then the features stacked above them. */
static int client_base(struct volgen_build *b, enum client_kind kind,
		       enum volgen_trust trust)
{
	int r, ctime;

	if (kind == KIND_GFPROXY_CLIENT) {
		r = gfproxy_client_xl(b);
	} else {
		r = volgen__clients(b, trust);
		if (r >= 0)
			r = volgen__clusters(b);
	}
	if (r >= 0)
		r = client_switched(b, "features.cloudsync",
				    "features/cloudsync", NULL, NULL);
	if (r >= 0)
		r = client_switched(b, "features.shard", "features/shard", NULL,
				    NULL);
	ctime = volgen__opt_bool(&b->set, "features.ctime", -1);
	if (r >= 0 && b->op_version >= 50000 && ctime)
		volgen__add_std(&b->g, "features/utime", vname(b));
	if (r >= 0)
		r = client_switched(b, "network.compression", "features/cdc",
				    "mode", "client");
	if (r >= 0 && kind == KIND_GFPROXY_CLIENT)
		volgen__add_std(&b->g, "features/quiesce", vname(b));
	if (r >= 0 && b->op_version == 1 &&
	    volgen__vol_bool(&b->v->opts, "features.quota") > 0)
		volgen__add_std(&b->g, "features/quota", vname(b));
	return r < 0 ? r : b->g.err;
}

static int client_graph(struct volgen_build *b, enum client_kind kind,
			enum volgen_trust trust)
{
	int r = client_base(b, kind, trust);
	int gids;

	if (r >= 0)
		r = root_squash(b);
	gids = volgen__opt_bool(&b->set, "server.manage-gids", 0);
	if (r >= 0 && gids >= 0)
		volgen__setopt(b, "client.send-gids", gids ? "false" : "true");
	if (r >= 0)
		r = perf_xls(b, kind);
	if (r >= 0 && volgen__opt_bool(&b->set, "features.uss", 0) < 0)
		r = -EINVAL;
	if (r >= 0 && volgen__opt_bool(&b->set, "features.uss", 0) > 0)
		r = snapview(b, trust);
	if (r >= 0)
		r = volgen__debug_xl(b, "client");
	if (r < 0)
		return r;
	if (kind == KIND_GFPROXYD)
		volgen__add_top(&b->g, "debug/io-stats", "gfproxyd-%s",
				vname(b));
	else
		volgen__add_top(&b->g, "debug/io-stats", "%s", vname(b));
	r = volgen__walk(b, &b->set, volgen__iostats_handler, (void *)"client");
	if (r >= 0)
		r = volgen__walk(b, &b->set, volgen__basic_handler, NULL);
	return r;
}

int volgen__fuse_graph(struct volgen_build *b, bool trusted)
{
	return client_graph(b, KIND_FUSE,
			    trusted ? VOLGEN_TRUSTED : VOLGEN_UNTRUSTED);
}

int volgen__gfproxy_client_graph(struct volgen_build *b)
{
	return client_graph(b, KIND_GFPROXY_CLIENT, VOLGEN_TRUSTED);
}

static void gfproxyd_server(struct volgen_build *b)
{
	struct volgen_node *n = volgen__add_std(&b->g, "protocol/server",
						vname(b));
	const char *user = b->v->username[0] ? b->v->username : NULL;

	volgen__set(&b->g, n, "transport-type", volgen__transport(b->v));
	if (user)
		volgen__setk(&b->g, n, user, "auth.login.gfproxyd-%s.allow",
			     vname(b));
	if (b->v->password[0])
		volgen__setk(&b->g, n, b->v->password, "auth.login.%s.password",
			     user ? user : "(null)");
	volgen__setf(&b->g, n, "auth-path", "gfproxyd-%s", vname(b));
}

/* The client graph as a trusted client, served by protocol/server. */
int volgen__gfproxyd_graph(struct volgen_build *b)
{
	int r = client_graph(b, KIND_GFPROXYD, VOLGEN_TRUSTED);

	if (r < 0)
		return r;
	gfproxyd_server(b);
	return volgen__walk(b, &b->v->opts, volgen__basic_handler, NULL);
}
