/* volgen-brick: the brick (server) graph, bottom to top
 * (reference/cluster.md 6.3). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/volgen-graph.h"

struct brick_step {
	int (*add)(struct volgen_build *b, const struct gd_brick *br, int i);
	/* name of the position for debug.* and user.xlator.* options */
	const char *pos;
};

static const char *vname(const struct volgen_build *b)
{
	return b->v->name;
}

/* A boolean volume option with its table default; -EINVAL if garbled. */
static int vol_flag(struct volgen_build *b, const char *key, bool *on)
{
	const char *val = volgen__lookup(&b->v->opts, key);

	*on = false;
	return val ? volgen__parse_bool(val, on) : 0;
}

static int add_posix(struct volgen_build *b, const struct gd_brick *br, int i)
{
	bool quota, trash, pgfid;
	struct volgen_node *n;
	int r;

	r = vol_flag(b, "features.quota", &quota);
	if (r == 0)
		r = vol_flag(b, "features.trash", &trash);
	if (r == 0)
		r = vol_flag(b, "update-link-count-parent", &pgfid);
	if (r < 0)
		return r;
	n = volgen__add_std(&b->g, "storage/posix", vname(b));
	volgen__set(&b->g, n, "directory", br->path);
	volgen__set(&b->g, n, "volume-id", b->v->volume_id);
	if (quota || pgfid || trash)
		volgen__set(&b->g, n, "update-link-count-parent", "on");
	if (b->op_version >= 70000)
		volgen__set(&b->g, n, "fips-mode-rchecksum", "on");
	volgen__setf(&b->g, n, "shared-brick-count", "%d",
		     b->ctx->shared_brick_count ?
			     b->ctx->shared_brick_count[i] : 0);
	return 0;
}

/* Only the last brick of each replica set of an arbiter volume. */
static int add_arbiter(struct volgen_build *b, const struct gd_brick *br,
		       int i)
{
	int leaf = gd_volinfo_dist_leaf(b->v);

	if (b->v->arbiter_count != 1 || i % leaf != leaf - 1)
		return 0;
	volgen__add_std(&b->g, "features/arbiter", vname(b));
	return 0;
}

static int add_trash(struct volgen_build *b, const struct gd_brick *br, int i)
{
	struct volgen_node *n = volgen__add_std(&b->g, "features/trash",
						vname(b));

	volgen__set(&b->g, n, "trash-dir", ".trashcan");
	volgen__set(&b->g, n, "brick-path", br->path);
	volgen__set(&b->g, n, "trash-internal-op", "off");
	return 0;
}

static int add_changelog(struct volgen_build *b, const struct gd_brick *br,
			 int i)
{
	int bitrot = volgen__vol_bool(&b->v->opts, "features.bitrot");
	struct volgen_node *n;

	if (bitrot < 0)
		return -EINVAL;
	n = volgen__add_std(&b->g, "features/changelog", vname(b));
	volgen__set(&b->g, n, "changelog-brick", br->path);
	volgen__setf(&b->g, n, "changelog-dir", "%s/.glusterfs/changelogs",
		     br->path);
	volgen__set(&b->g, n, "changelog-notification", bitrot ? "on" : "off");
	return 0;
}

static int add_bitrot_stub(struct volgen_build *b, const struct gd_brick *br,
			   int i)
{
	struct volgen_node *n = volgen__add_std(&b->g, "features/bitrot-stub",
						vname(b));

	volgen__set(&b->g, n, "export", br->path);
	volgen__set(&b->g, n, "bitrot",
		    volgen__lookup(&b->v->opts, "features.bitrot"));
	return 0;
}

static int add_acl(struct volgen_build *b, const struct gd_brick *br, int i)
{
	/* on by default; an unparsable value keeps it too */
	if (volgen__opt_bool(&b->set, "features.acl", 1) == 0)
		return 0;
	volgen__add_std(&b->g, "features/access-control", vname(b));
	return 0;
}

static int add_plain(struct volgen_build *b, const char *type)
{
	volgen__add_std(&b->g, type, vname(b));
	return 0;
}

static int add_locks(struct volgen_build *b, const struct gd_brick *br, int i)
{
	return add_plain(b, "features/locks");
}

static int check_ro_worm(struct volgen_build *b)
{
	if (volgen__opt_bool(&b->set, "features.read-only", 0) &&
	    (volgen__opt_bool(&b->set, "features.worm", 0) ||
	     volgen__opt_bool(&b->set, "features.worm-file-level", 0))) {
		b->errstr = "read-only and worm cannot be set together";
		return -EINVAL;
	}
	return 0;
}

static int add_worm(struct volgen_build *b, const struct gd_brick *br, int i)
{
	int r = check_ro_worm(b);

	return r < 0 ? r : add_plain(b, "features/worm");
}

static int add_ro(struct volgen_build *b, const struct gd_brick *br, int i)
{
	int r = check_ro_worm(b);
	struct volgen_node *n;

	if (r < 0)
		return r;
	n = volgen__add_std(&b->g, "features/read-only", vname(b));
	volgen__set(&b->g, n, "read-only", "off");
	return 0;
}

static int add_leases(struct volgen_build *b, const struct gd_brick *br, int i)
{
	return add_plain(b, "features/leases");
}

static int add_upcall(struct volgen_build *b, const struct gd_brick *br, int i)
{
	return add_plain(b, "features/upcall");
}

static int add_iot(struct volgen_build *b, const struct gd_brick *br, int i)
{
	return add_plain(b, "performance/io-threads");
}

static int add_selinux(struct volgen_build *b, const struct gd_brick *br,
		       int i)
{
	return add_plain(b, "features/selinux");
}

static int add_marker(struct volgen_build *b, const struct gd_brick *br, int i)
{
	struct volgen_node *n = volgen__add_std(&b->g, "features/marker",
						vname(b));

	volgen__set(&b->g, n, "volume-uuid", b->v->volume_id);
	volgen__setf(&b->g, n, "timestamp-file", "%s/vols/%s/marker.tstamp",
		     b->ctx->workdir, vname(b));
	volgen__setf(&b->g, n, "quota-version", "%d", b->v->quota_version);
	return 0;
}

static int add_barrier(struct volgen_build *b, const struct gd_brick *br,
		       int i)
{
	return add_plain(b, "features/barrier");
}

static int add_index(struct volgen_build *b, const struct gd_brick *br, int i)
{
	struct volgen_node *n = volgen__add_std(&b->g, "features/index",
						vname(b));
	int type = b->v->type;

	volgen__setf(&b->g, n, "index-base", "%s/.glusterfs/indices", br->path);
	if (type == GD_VOL_DISPERSE)
		volgen__set(&b->g, n, "xattrop64-watchlist",
			    "trusted.ec.dirty");
	if (type == GD_VOL_REPLICATE || type == GD_VOL_DISTRIBUTE) {
		volgen__set(&b->g, n, "xattrop-dirty-watchlist",
			    "trusted.afr.dirty");
		volgen__setf(&b->g, n, "xattrop-pending-watchlist",
			     "trusted.afr.%s-", vname(b));
	}
	return 0;
}

static int add_quota(struct volgen_build *b, const struct gd_brick *br, int i)
{
	struct volgen_node *n = volgen__add_std(&b->g, "features/quota",
						vname(b));
	const char *quota = volgen__lookup(&b->v->opts, "features.quota");

	volgen__set(&b->g, n, "volume-uuid", vname(b));
	if (quota)
		volgen__set(&b->g, n, "server-quota", quota);
	return 0;
}

/* A translator switched on by a boolean option (off when absent). */
static int add_switched(struct volgen_build *b, const char *key,
			const char *type, const char *opt, const char *val)
{
	int on = volgen__opt_bool(&b->set, key, 0);
	struct volgen_node *n;

	if (on < 0)
		return -EINVAL;
	if (!on)
		return 0;
	n = volgen__add_std(&b->g, type, vname(b));
	if (opt)
		volgen__set(&b->g, n, opt, val);
	return 0;
}

static int add_cdc(struct volgen_build *b, const struct gd_brick *br, int i)
{
	return add_switched(b, "network.compression", "features/cdc", "mode",
			    "server");
}

static int add_namespace(struct volgen_build *b, const struct gd_brick *br,
			 int i)
{
	return add_switched(b, "features.tag-namespaces", "features/namespace",
			    NULL, NULL);
}

static int add_sdfs(struct volgen_build *b, const struct gd_brick *br, int i)
{
	struct volgen_node *n;

	/* 10.3 treats an unparsable value as on here */
	if (volgen__opt_bool(&b->set, "features.sdfs", 0) == 0)
		return 0;
	n = volgen__add_std(&b->g, "features/sdfs", vname(b));
	volgen__set(&b->g, n, "pass-through", "false");
	return 0;
}

static int add_io_stats(struct volgen_build *b, const struct gd_brick *br,
			int i)
{
	struct volgen_node *n = volgen__add_top(&b->g, "debug/io-stats", "%s",
						br->path);

	volgen__set(&b->g, n, "unique-id", br->path);
	if (b->op_version >= 70100)
		volgen__set(&b->g, n, "volume-id", b->v->volume_id);
	return 0;
}

/* The SSL settings 10.3 copies onto transports from the options. */
void volgen__ssl_opts(struct volgen_build *b, struct volgen_node *n)
{
	static const char *const map[][2] = {
		{ "ssl.own-cert", "transport.socket.ssl-own-cert" },
		{ "ssl.private-key", "transport.socket.ssl-private-key" },
		{ "ssl.ca-list", "transport.socket.ssl-ca-list" },
		{ "ssl.crl-path", "transport.socket.ssl-crl-path" },
		{ "ssl.certificate-depth", "transport.socket.ssl-cert-depth" },
		{ "ssl.cipher-list", "transport.socket.ssl-cipher-list" },
		{ "ssl.dh-param", "transport.socket.ssl-dh-param" },
		{ "ssl.ec-curve", "transport.socket.ssl-ec-curve" },
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		const char *val = gd_opts_get(&b->set, map[i][0]);

		if (val)
			volgen__set(&b->g, n, map[i][1], val);
	}
}

static void server_auth(struct volgen_build *b, struct volgen_node *n,
			const char *path)
{
	const char *user = b->v->username[0] ? b->v->username : NULL;
	const char *pass = b->v->password[0] ? b->v->password : NULL;

	if (user)
		volgen__setk(&b->g, n, user, "auth.login.%s.allow", path);
	if (pass)
		volgen__setk(&b->g, n, pass, "auth.login.%s.password",
			     user ? user : "(null)");
	volgen__set(&b->g, n, "auth-path", path);
}

static int add_server(struct volgen_build *b, const struct gd_brick *br, int i)
{
	struct volgen_node *n = volgen__add_std(&b->g, "protocol/server",
						vname(b));
	const char *af = gd_opts_get(&b->v->opts, "transport.address-family");
	const char *ssl_allow = gd_opts_get(&b->v->opts, "auth.ssl-allow");

	volgen__set(&b->g, n, "transport-type", volgen__transport(b->v));
	/* several glusterds on one machine: bricks keep to their own IP */
	if (b->ctx->bind_addr)
		volgen__set(&b->g, n, "transport.socket.bind-address",
			    br->hostname);
	volgen__ssl_opts(b, n);
	if (af)
		volgen__set(&b->g, n, "transport.address-family", af);
	server_auth(b, n, br->path);
	if (strcmp(vname(b), "gluster_shared_storage") == 0)
		volgen__set(&b->g, n, "strict-auth-accept", "true");
	if (ssl_allow)
		volgen__setk(&b->g, n, ssl_allow, "auth.login.%s.ssl-allow",
			     br->path);
	return 0;
}

/* Top (server) to bottom (posix), as 10.3 lists them; built in reverse. */
static const struct brick_step brick_steps[] = {
	{ add_server, NULL },
	{ add_io_stats, "NULL" },
	{ add_sdfs, "sdfs" },
	{ add_namespace, "namespace" },
	{ add_cdc, NULL },
	{ add_quota, "quota" },
	{ add_index, "index" },
	{ add_barrier, NULL },
	{ add_marker, "marker" },
	{ add_selinux, "selinux" },
	{ add_iot, "io-threads" },
	{ add_upcall, "upcall" },
	{ add_leases, "leases" },
	{ add_ro, NULL },
	{ add_worm, NULL },
	{ add_locks, "locks" },
	{ add_acl, "acl" },
	{ add_bitrot_stub, "bitrot-stub" },
	{ add_changelog, "changelog" },
	{ add_trash, "trash" },
	{ add_arbiter, "arbiter" },
	{ add_posix, "posix" },
};

#define NSTEPS (sizeof(brick_steps) / sizeof(brick_steps[0]))

/* Every user.xlator.<name> must name a known position. */
static int check_user_xl(struct volgen_build *b)
{
	const struct gd_opts *o = &b->set;
	const char *prefix = "user.xlator.";

	for (size_t i = 0; i < o->n; i++) {
		const char *key = o->kv[i].key;
		bool known = false;

		if (strncmp(key, prefix, strlen(prefix)) != 0 ||
		    strchr(key + strlen(prefix), '.'))
			continue;
		for (size_t s = 0; s < NSTEPS && !known; s++)
			known = brick_steps[s].pos &&
				strcmp(brick_steps[s].pos, o->kv[i].val) == 0;
		if (!known) {
			b->errstr = "invalid user xlator position";
			return -EINVAL;
		}
	}
	return 0;
}

/* auth.allow / auth.reject -> auth.addr.<auth-path>.allow|reject */
static int server_auth_handler(struct volgen_build *b,
			       const struct volgen_optdef *d, const char *val)
{
	struct volgen_node *top = volgen__newest(&b->g);
	const char *path = volgen__get(top, "auth-path");

	if (!path) {
		b->errstr = "no auth-path in the server graph";
		return -EINVAL;
	}
	volgen__setk(&b->g, top, val, "auth.addr.%s.%s", path,
		     strchr(d->key, '.') + 1);
	return b->g.err;
}

static int server_spec_handler(struct volgen_build *b,
			       const struct volgen_optdef *d, const char *opt,
			       const char *val, void *arg)
{
	if (strcmp(opt, "!server-auth") == 0)
		return server_auth_handler(b, d, val);
	return volgen__iostats_handler(b, d, opt, val, (void *)"brick");
}

int volgen__brick_graph(struct volgen_build *b, int brick)
{
	const struct gd_brick *br = &b->v->bricks[brick];
	int r = check_user_xl(b);

	for (size_t s = NSTEPS; r >= 0 && s-- > 0;) {
		r = brick_steps[s].add(b, br, brick);
		if (r >= 0)
			r = volgen__debug_xl(b, brick_steps[s].pos);
		if (r >= 0)
			r = volgen__user_xl(b, brick_steps[s].pos);
		if (r >= 0)
			r = b->g.err;
	}
	if (r >= 0)
		r = volgen__walk(b, &b->set, server_spec_handler, NULL);
	if (r >= 0)
		r = volgen__walk(b, &b->set, volgen__basic_handler, NULL);
	return r;
}

/* <vol>-snapd.vol: the server of user-serviceable snapshots. Only the
 * server side special options reach it, there is no generic pass. */
int volgen__snapd_graph(struct volgen_build *b)
{
	const char *user = b->v->username;
	struct volgen_node *n;

	n = volgen__add_std(&b->g, "features/snapview-server", vname(b));
	volgen__set(&b->g, n, "volname", vname(b));
	volgen__add_std(&b->g, "performance/io-threads", vname(b));
	volgen__add_top(&b->g, "debug/io-stats", "snapd-%s", vname(b));
	n = volgen__add_std(&b->g, "protocol/server", vname(b));
	volgen__set(&b->g, n, "transport-type", "tcp");
	if (volgen__opt_bool(&b->set, "server.ssl", 0) > 0)
		volgen__set(&b->g, n, "transport.socket.ssl-enabled", "true");
	volgen__ssl_opts(b, n);
	volgen__setk(&b->g, n, user, "auth.login.snapd-%s.allow", vname(b));
	volgen__setk(&b->g, n, b->v->password, "auth.login.%s.password", user);
	volgen__setf(&b->g, n, "auth-path", "snapd-%s", vname(b));
	if (b->g.err)
		return b->g.err;
	return volgen__walk(b, &b->set, server_spec_handler, NULL);
}
