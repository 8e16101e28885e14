/* handler-hndsk: the Gluster Handshake program (14398633 v2): GETSPEC
 * (volfile service, wire.md 7.1) and GET_VOLUME_INFO (gfapi, 7.5).
 * The unix socket serves GETSPEC only, for `gluster system:: getspec`.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterfs3-xdr.h"
#include "glusterd/handler.h"
#include "glusterd/shd.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"
#include "rpc/rpc.h"

#define HNDSK_GETSPEC 2
#define HNDSK_GET_VOLUME_INFO 6
#define HNDSK_MAXVALUE 8
#define VOLFILE_KEY_MAX 255

struct prefix_map {
	const char *prefix;
	const char *fmt;	/* file under vols/<vol>/, %s = volume */
};

static const struct prefix_map prefixes[] = {
	{ "shd/", "%s-shd.vol" },
	{ "rebalance/", "%s-rebalance.vol" },
	{ "snapd/", "%s-snapd.vol" },
	{ "gfproxy-client/", "trusted-%s.tcp-gfproxy-fuse.vol" },
	{ "gfproxyd/", "%s.gfproxyd.vol" },
};

static bool key_is_safe(const char *key)
{
	return key[0] && !strstr(key, "..") && !strchr(key, '/');
}

static bool file_exists(const char *path)
{
	FILE *f = fopen(path, "r");

	if (!f)
		return false;
	fclose(f);
	return true;
}

/* Maps a volfile-id to a path under the store, or NULL. *vol receives the
 * volume name the id belongs to (for the op-version check). */
static char *volfile_path(const struct gd_conf *c, const char *key,
			  bool trusted, char **vol)
{
	char *path = NULL;

	if (key[0] == '/')
		key++;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(*prefixes); i++) {
		size_t n = strlen(prefixes[i].prefix);
		if (strncmp(key, prefixes[i].prefix, n) != 0)
			continue;
		if (!key_is_safe(key + n))
			return NULL;
		*vol = strdup(key + n);
		char *file = xasprintf(prefixes[i].fmt, key + n);
		path = xasprintf("%s/vols/%s/%s", c->workdir, key + n, file);
		free(file);
		return path;
	}
	if (!key_is_safe(key))
		return NULL;
	*vol = gd_conf_find_volume(c, key) ? strdup(key) :
	       strndup(key, strcspn(key, "."));
	if (!*vol)
		return NULL;
	path = xasprintf("%s/vols/%s/%s.vol", c->workdir, *vol, key);
	if (path && !file_exists(path) && !strchr(key, '.')) {
		free(path);
		path = xasprintf("%s/vols/%s/%s%s.tcp-fuse.vol", c->workdir,
				 *vol, trusted ? "trusted-" : "", key);
	}
	return path;
}

static int client_opversion_ok(const struct gd_conf *c, const char *vol,
			       const gf_getspec_req *req)
{
	struct dict *x = NULL;
	uint32_t min = 1, max = 1;
	const struct gd_volinfo *v = gd_conf_find_volume(c, vol);
	bool ok;

	if (!v)
		return true;
	if (dict_unserialize(req->xdata.xdata_val, req->xdata.xdata_len,
			     &x) == 0) {
		(void)dict_get_uint32(x, "min-op-version", &min);
		(void)dict_get_uint32(x, "max-op-version", &max);
	}
	dict_unref(x);
	ok = v->client_op_version >= min && v->client_op_version <= max;
	if (!ok)
		log_err("Client doesn't support required op-version (%u). "
			"Rejecting volfile request.", v->client_op_version);
	return ok;
}

/* The self-heal daemon writes the pid file named in the reply (wire.md
 * 7.1): without it, it cannot take the graph. */
static void shd_xdata(const struct gd_conf *c, const char *key,
		      gf_getspec_rsp *rsp)
{
	char *buf = NULL;
	size_t len = 0;

	if (key[0] == '/')
		key++;
	if (strncmp(key, "shd/", 4) != 0 ||
	    gd_shd_pidfile_dict(c, key + 4, &buf, &len) < 0)
		return;
	rsp->xdata.xdata_val = buf;
	rsp->xdata.xdata_len = (u_int)len;
}

static int actor_getspec(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gf_getspec_req req = { 0 };
	gf_getspec_rsp rsp = { 0 };
	char *vol = NULL, *path = NULL, *text = NULL;
	size_t len = 0;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf_getspec_req, &req) < 0)
		return -EBADMSG;
	rsp.op_ret = -1;
	rsp.spec = (char *)"";
	if (!req.key || strlen(req.key) >= VOLFILE_KEY_MAX) {
		rsp.op_errno = EINVAL;
		goto reply;
	}
	path = volfile_path(c, req.key, rpc_conn_is_local(call->conn), &vol);
	if (!path || store_read_all(path, &text, &len) < 0) {
		rsp.op_errno = ENOENT;
		goto reply;
	}
	if (strcmp(req.key[0] == '/' ? req.key + 1 : req.key, vol) == 0 &&
	    !client_opversion_ok(c, vol, &req)) {
		rsp.op_errno = EOPNOTSUPP;
		goto reply;
	}
	rsp.op_ret = (int)len;
	rsp.spec = text;
	shd_xdata(c, req.key, &rsp);
reply:
	log_debug("GETSPEC %s -> %d", req.key ? req.key : "", rsp.op_ret);
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_getspec_rsp, &rsp);
	xdr_free((xdrproc_t)xdr_gf_getspec_req, (char *)&req);
	free(rsp.xdata.xdata_val);
	free(vol);
	free(path);
	free(text);
	return 0;
}

static int actor_get_volume_info(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gf_get_volume_info_req req = { 0 };
	gf_get_volume_info_rsp rsp = { 0 };
	struct dict *in = NULL, *out = dict_new();
	const struct gd_volinfo *v = NULL;
	char *buf = NULL;
	size_t len = 0;
	int32_t flags = 0;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf_get_volume_info_req,
			    &req) < 0) {
		dict_unref(out);
		return -EBADMSG;
	}
	rsp.op_errstr = (char *)"";
	rsp.op_ret = -1;
	rsp.op_errno = EINVAL;
	if (out && dict_unserialize(req.dict.dict_val, req.dict.dict_len,
				    &in) == 0 &&
	    dict_get_int32(in, "flags", &flags) == 0) {
		const char *name = dict_get_str(in, "volname");
		v = name ? gd_conf_find_volume(c, name) : NULL;
		rsp.op_ret = (flags & 1) && !v ? -1 : 0;
		/* 10.x answers ENOENT even on success */
		rsp.op_errno = ENOENT;
		if (v && (flags & 1) &&
		    dict_set_str(out, "volume_id", v->volume_id) == 0 &&
		    dict_serialize(out, &buf, &len) == 0) {
			rsp.dict.dict_val = buf;
			rsp.dict.dict_len = (u_int)len;
		}
	}
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_get_volume_info_rsp, &rsp);
	xdr_free((xdrproc_t)xdr_gf_get_volume_info_req, (char *)&req);
	free(buf);
	dict_unref(in);
	dict_unref(out);
	return 0;
}

static const struct rpc_actor hndsk_full[HNDSK_MAXVALUE] = {
	[HNDSK_GETSPEC] = { "GETSPEC", actor_getspec },
	[HNDSK_GET_VOLUME_INFO] = { "GET_VOLUME_INFO", actor_get_volume_info },
};

static const struct rpc_actor hndsk_cli[HNDSK_MAXVALUE] = {
	[HNDSK_GETSPEC] = { "GETSPEC", actor_getspec },
};

void gd_hndsk_programs(struct gd_conf *conf, struct rpc_program *tcp,
		       struct rpc_program *cli)
{
	*tcp = (struct rpc_program){
		.name = "Gluster Handshake", .prognum = GD_PROG_HNDSK,
		.progver = GD_PROG_HNDSK_VERS, .actors = hndsk_full,
		.nactors = HNDSK_MAXVALUE, .ctx = conf,
	};
	*cli = (struct rpc_program){
		.name = "Gluster Handshake (CLI Getspec)",
		.prognum = GD_PROG_HNDSK, .progver = GD_PROG_HNDSK_VERS,
		.actors = hndsk_cli, .nactors = HNDSK_MAXVALUE, .ctx = conf,
	};
}
