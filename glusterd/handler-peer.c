/* handler-peer: what other glusterds call on us: the management
 * handshake (1239873 v1) and the FRIEND program (1238437 v2), TCP only
 * (wire.md 3.7, cluster.md 3.2).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd1-xdr.h"
#include "glusterfs3-xdr.h"
#include "glusterd/conf.h"
#include "glusterd/handler.h"
#include "glusterd/peer.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/strbuf.h"
#include "rpc/rpc.h"

#define MGMT_HNDSK_VERSIONS 1
#define MGMT_HNDSK_VERSIONS_ACK 2
#define MGMT_HNDSK_MAX 3

/* ---------------- handshake ---------------- */

static int hndsk_reply(struct rpc_call *call, int op_ret, int op_errno,
		       const struct dict *d)
{
	gf_mgmt_hndsk_rsp rsp = { .op_ret = op_ret, .op_errno = op_errno };
	size_t len = 0;
	char *buf = NULL;

	if (d && dict_serialize(d, &buf, &len) < 0)
		len = 0;
	rsp.hndsk.hndsk_val = buf;
	rsp.hndsk.hndsk_len = (u_int)len;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_mgmt_hndsk_rsp, &rsp);
	free(buf);
	return 0;
}

static int decode_hndsk(struct rpc_call *call, struct dict **d)
{
	gf_mgmt_hndsk_req req = { 0 };
	int r;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf_mgmt_hndsk_req, &req) < 0)
		return -EBADMSG;
	r = dict_unserialize(req.hndsk.hndsk_val, req.hndsk.hndsk_len, d);
	xdr_free((xdrproc_t)xdr_gf_mgmt_hndsk_req, (char *)&req);
	return r < 0 ? -EINVAL : 0;
}

/* A node may talk to us when we are alone and empty, or when it is one
 * of our peers (by uuid or by the address it calls from). */
static bool caller_allowed(struct gd_conf *c, struct rpc_call *call,
			   const char *peer_id)
{
	if (list_empty(&c->peers) && list_empty(&c->volumes))
		return true;
	if (peer_id && gd_peer_find_uuid(c, peer_id))
		return true;
	return gd_peer_find_host(c, rpc_conn_peer_addr(call->conn), true);
}

static int actor_versions(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	struct dict *d = NULL, *rsp;
	int r = decode_hndsk(call, &d);

	if (r == -EBADMSG)
		return r;
	if (r < 0 || !caller_allowed(c, call, dict_get_str(d, "peer-id"))) {
		log_err("Request from peer %s has an entry in peerinfo, but "
			"uuid does not match, or is not a peer",
			rpc_conn_peer_addr(call->conn));
		dict_unref(d);
		return hndsk_reply(call, -1, EINVAL, NULL);
	}
	dict_unref(d);
	rsp = dict_new();
	if (!rsp ||
	    dict_set_uint(rsp, "operating-version", c->op_version) < 0 ||
	    dict_set_int(rsp, "minimum-operating-version",
			 GD_OP_VERSION_MIN) < 0 ||
	    dict_set_int(rsp, "maximum-operating-version",
			 GD_OP_VERSION_MAX) < 0) {
		dict_unref(rsp);
		return hndsk_reply(call, -1, ENOMEM, NULL);
	}
	/* 10.3 answers op_errno EINVAL with op_ret 0 (wire.md 3.7) */
	hndsk_reply(call, 0, EINVAL, rsp);
	dict_unref(rsp);
	return 0;
}

static int actor_versions_ack(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	struct dict *d = NULL;
	uint32_t v = 0;
	int r = decode_hndsk(call, &d);

	if (r == -EBADMSG)
		return r;
	if (r < 0 || dict_get_uint32(d, "operating-version", &v) < 0 ||
	    v < GD_OP_VERSION_MIN || v > GD_OP_VERSION_MAX ||
	    (v < c->op_version && !list_empty(&c->volumes))) {
		log_err("cannot adopt the op-version %u of %s", v,
			rpc_conn_peer_addr(call->conn));
		dict_unref(d);
		return hndsk_reply(call, -1, EINVAL, NULL);
	}
	dict_unref(d);
	if (v != c->op_version) {
		c->op_version = v;
		(void)gd_conf_save_info(c);
	}
	return hndsk_reply(call, 0, 0, NULL);
}

static const struct rpc_actor hndsk_actors[MGMT_HNDSK_MAX] = {
	[0] = { "NULL", NULL },
	[MGMT_HNDSK_VERSIONS] = { "VERSIONS", actor_versions },
	[MGMT_HNDSK_VERSIONS_ACK] = { "VERSIONS_ACK", actor_versions_ack },
};

/* ---------------- FRIEND ---------------- */

static void probe_reply(struct gd_conf *c, struct rpc_call *call,
			const char *host, int port, int op_ret, int op_errno)
{
	gd1_mgmt_probe_rsp rsp = { 0 };

	gd_uuid_to_xdr(gd_conf_uuid(c), rsp.uuid);
	rsp.hostname = gd_unconst(host);
	rsp.port = port;
	rsp.op_ret = op_ret;
	rsp.op_errno = op_errno;
	rsp.op_errstr = gd_unconst("");
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gd1_mgmt_probe_rsp, &rsp);
}

static int actor_probe_query(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gd1_mgmt_probe_req req = { 0 };
	char uuid[GF_UUID_BUFLEN];
	const char *addr = rpc_conn_peer_addr(call->conn);
	struct gd_peer *p;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_probe_req, &req) < 0)
		return -EBADMSG;
	gd_uuid_from_xdr(req.uuid, uuid);
	log_info("Received probe from uuid: %s", uuid);
	if (strcmp(uuid, gd_conf_uuid(c)) == 0) {
		probe_reply(c, call, req.hostname, req.port, -1,
			    GD_PROBE_SAME_UUID);
		goto out;
	}
	p = gd_peer_find_uuid(c, uuid);
	if (!p && (p = gd_peer_find_host(c, addr, true)) && p->uuid[0])
		p = NULL;	/* that address belongs to another node */
	if (!p) {
		if (!list_empty(&c->peers)) {
			probe_reply(c, call, req.hostname, req.port, -1,
				    GD_PROBE_ANOTHER_CLUSTER);
			goto out;
		}
		p = gd_peer_new(c, addr, GD_DEFAULT_PORT, GD_FS_PROBE_RCVD);
		if (!p) {
			probe_reply(c, call, req.hostname, req.port, -1,
				    GD_PROBE_ADD_FAILED);
			goto out;
		}
		snprintf(p->uuid, sizeof(p->uuid), "%s", uuid);
		(void)gd_peer_store(p);
		(void)gd_peer_connect(p);
	} else if (!p->uuid[0]) {
		snprintf(p->uuid, sizeof(p->uuid), "%s", uuid);
		(void)gd_peer_store(p);
	}
	probe_reply(c, call, req.hostname, req.port, 0, 0);
	log_info("Responded to %s, op_ret: 0, op_errno: 0", addr);
out:
	xdr_free((xdrproc_t)xdr_gd1_mgmt_probe_req, (char *)&req);
	return 0;
}

void gd_friend_reply(struct gd_conf *c, struct rpc_call *call,
			 const char *host, int port, int op_ret, int op_errno)
{
	gd1_mgmt_friend_rsp rsp = { 0 };

	gd_uuid_to_xdr(gd_conf_uuid(c), rsp.uuid);
	rsp.hostname = gd_unconst(host);
	rsp.port = port;
	rsp.op_ret = op_ret;
	rsp.op_errno = op_errno;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gd1_mgmt_friend_rsp, &rsp);
}

static int actor_friend_add(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gd1_mgmt_friend_req req = { 0 };
	struct gd_friend_req_ctx *x = NULL;
	char uuid[GF_UUID_BUFLEN];
	struct gd_peer *p;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_friend_req, &req) < 0)
		return -EBADMSG;
	gd_uuid_from_xdr(req.uuid, uuid);
	log_info("Received friend add from uuid: %s", uuid);
	p = gd_peer_find_uuid(c, uuid);
	if (!p) {
		gd_friend_reply(c, call, req.hostname, req.port, -1,
			     GD_PROBE_UNKNOWN_PEER);
		goto out;
	}
	x = calloc(1, sizeof(*x));
	if (!x || dict_unserialize(req.vols.vols_val, req.vols.vols_len,
				   &x->vols) < 0) {
		log_err("bad friend add payload from %s", gd_peer_name(p));
		gd_friend_reply(c, call, req.hostname, req.port, -1,
			     GD_PROBE_ADD_FAILED);
		free(x);
		goto out;
	}
	x->call = call;
	x->hostname = req.hostname ? strdup(req.hostname) : NULL;
	gd_peer_sm_inject(p, GD_FE_RCVD_FRIEND_REQ, x);
out:
	xdr_free((xdrproc_t)xdr_gd1_mgmt_friend_req, (char *)&req);
	return 0;
}

static int actor_friend_remove(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gd1_mgmt_friend_req req = { 0 };
	char uuid[GF_UUID_BUFLEN];
	struct gd_peer *p;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_friend_req, &req) < 0)
		return -EBADMSG;
	gd_uuid_from_xdr(req.uuid, uuid);
	log_info("Received friend remove from uuid: %s", uuid);
	p = gd_peer_find_uuid(c, uuid);
	if (p)
		gd_peer_sm_inject(p, GD_FE_RCVD_REMOVE_FRIEND, call);
	else
		gd_friend_reply(c, call, req.hostname, req.port, -1,
			     GD_PROBE_UNKNOWN_PEER);
	xdr_free((xdrproc_t)xdr_gd1_mgmt_friend_req, (char *)&req);
	return 0;
}

/* One entry of a FRIEND_UPDATE: a peer we may not know yet. */
static void update_one(struct gd_conf *c, const struct dict *d, int i)
{
	char key[64], uuid_key[64];
	const char *uuid, *host;
	int64_t n = 0;
	struct gd_peer *p;

	snprintf(uuid_key, sizeof(uuid_key), "friend%d.uuid", i);
	snprintf(key, sizeof(key), "friend%d.hostname", i);
	uuid = dict_get_str(d, uuid_key);
	host = dict_get_str(d, key);
	if (!uuid || !host)
		return;
	if (strcmp(uuid, gd_conf_uuid(c)) == 0) {
		log_info("Received my uuid as Friend");
		return;
	}
	p = gd_peer_find_uuid(c, uuid);
	if (!p) {
		p = gd_peer_new(c, host, GD_DEFAULT_PORT, GD_FS_BEFRIENDED);
		if (!p)
			return;
		snprintf(p->uuid, sizeof(p->uuid), "%s", uuid);
		(void)gd_peer_connect(p);
	}
	snprintf(key, sizeof(key), "friend%d.address-count", i);
	(void)dict_get_int(d, key, &n);
	for (int64_t k = 0; k < n && k < 64; k++) {
		const char *h;
		snprintf(key, sizeof(key), "friend%d.hostname%d", i, (int)k);
		if ((h = dict_get_str(d, key)))
			(void)gd_peer_add_name(p, h);
	}
	(void)gd_peer_store(p);
}

static int actor_friend_update(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gd1_mgmt_friend_update req = { 0 };
	gd1_mgmt_friend_update_rsp rsp = { 0 };
	struct dict *d = NULL;
	int64_t op = 0, count = 0;
	char uuid[GF_UUID_BUFLEN];

	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_friend_update,
			    &req) < 0)
		return -EBADMSG;
	gd_uuid_from_xdr(req.uuid, uuid);
	rsp.op_ret = -1;
	if (!gd_peer_find_uuid(c, uuid)) {
		log_err("Received friend update request from unknown peer %s",
			uuid);
		goto out;
	}
	if (dict_unserialize(req.friends.friends_val,
			     req.friends.friends_len, &d) < 0 ||
	    dict_get_int(d, "op", &op) < 0)
		goto out;
	rsp.op = (int)op;
	if (op == 2) {
		const char *host = dict_get_str(d, "hostname");
		struct gd_peer *p = host ? gd_peer_find_host(c, host, false) :
				    NULL;
		if (p && strcmp(p->uuid, uuid) != 0)
			gd_peer_sm_inject(p, GD_FE_REMOVE_FRIEND, NULL);
	} else {
		(void)dict_get_int(d, "count", &count);
		for (int64_t i = 1; i <= count && i <= 4096; i++)
			update_one(c, d, (int)i);
	}
	rsp.op_ret = 0;
out:
	gd_uuid_to_xdr(gd_conf_uuid(c), rsp.uuid);
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gd1_mgmt_friend_update_rsp,
			     &rsp);
	dict_unref(d);
	xdr_free((xdrproc_t)xdr_gd1_mgmt_friend_update, (char *)&req);
	return 0;
}

static const struct rpc_actor friend_actors[GLUSTERD_FRIEND_MAXVALUE] = {
	[GLUSTERD_FRIEND_NULL] = { "NULL", NULL },
	[GLUSTERD_PROBE_QUERY] = { "PROBE_QUERY", actor_probe_query },
	[GLUSTERD_FRIEND_ADD] = { "FRIEND_ADD", actor_friend_add },
	[GLUSTERD_FRIEND_REMOVE] = { "FRIEND_REMOVE", actor_friend_remove },
	[GLUSTERD_FRIEND_UPDATE] = { "FRIEND_UPDATE", actor_friend_update },
};

void gd_peer_programs(struct gd_conf *conf, struct rpc_program *hndsk,
		      struct rpc_program *friend)
{
	*hndsk = (struct rpc_program){
		.name = "Gluster MGMT Handshake", .prognum = GD_PROG_MGMT_HNDSK,
		.progver = GD_PROG_MGMT_HNDSK_VERS, .actors = hndsk_actors,
		.nactors = MGMT_HNDSK_MAX, .ctx = conf,
	};
	*friend = (struct rpc_program){
		.name = "GlusterD svc peer", .prognum = GD_PROG_FRIEND,
		.progver = GD_PROG_FRIEND_VERS, .actors = friend_actors,
		.nactors = GLUSTERD_FRIEND_MAXVALUE, .ctx = conf,
	};
}
