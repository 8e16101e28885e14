/* peer-conn: our connection to each peer and the calls we make on it.
 *
 * Bring-up (wire.md 3.7): DUMP, MGMT_HNDSK VERSIONS with our uuid, check
 * the peer's op-version range, VERSIONS_ACK with ours; then the peer is
 * connected and the state machine gets CONNECTED. The friend calls
 * (PROBE_QUERY, FRIEND_ADD, FRIEND_REMOVE, FRIEND_UPDATE) feed their
 * answers back as events.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd1-xdr.h"
#include "glusterfs3-xdr.h"
#include "rpc-common-xdr.h"
#include "glusterd/conf.h"
#include "glusterd/handler.h"
#include "glusterd/locks.h"
#include "glusterd/peer-export.h"
#include "glusterd/peer.h"
#include "glusterd/quorum.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/strbuf.h"
#include "rpc/rpc.h"

#define PEER_RECONNECT_MS 3000
#define PEER_CALL_TIMEOUT_MS 120000
#define MGMT_HNDSK_VERSIONS 1
#define MGMT_HNDSK_VERSIONS_ACK 2

/* A call in flight on one connection of p. */
struct pcall {
	struct gd_peer *p;
	unsigned gen;
};

static struct pcall *pcall_new(struct gd_peer *p)
{
	struct pcall *pc = malloc(sizeof(*pc));

	if (!pc)
		return NULL;
	pc->p = gd_peer_ref(p);
	pc->gen = p->conn_gen;
	return pc;
}

/* Takes the peer out of pc; NULL when it left the pool or reconnected. */
static struct gd_peer *pcall_end(struct pcall *pc)
{
	struct gd_peer *p = pc->p;
	bool live = !p->dead && pc->gen == p->conn_gen;

	free(pc);
	if (live)
		return p;
	gd_peer_unref(p);
	return NULL;
}

static int call(struct gd_peer *p, uint32_t prog, uint32_t vers,
		uint32_t proc, xdrproc_t argproc, const void *args,
		xdrproc_t resproc, size_t ressize, rpc_clnt_cb cb)
{
	struct pcall *pc = pcall_new(p);
	int r;

	if (!pc)
		return -ENOMEM;
	r = rpc_clnt_call(p->clnt, prog, vers, proc, argproc, args, resproc,
			  ressize, PEER_CALL_TIMEOUT_MS, cb, pc);
	if (r < 0) {
		gd_peer_unref(pc->p);
		free(pc);
	}
	return r;
}

int gd_peer_call(struct gd_peer *p, uint32_t prog, uint32_t vers,
		 uint32_t proc, xdrproc_t argproc, const void *args,
		 xdrproc_t resproc, size_t ressize, int timeout_ms,
		 void (*cb)(int status, void *res, void *arg), void *arg)
{
	if (!p->clnt || !p->connected)
		return -ENOTCONN;
	return rpc_clnt_call(p->clnt, prog, vers, proc, argproc, args, resproc,
			     ressize, timeout_ms, cb, arg);
}

static int dict_to_opaque(const struct dict *d, char **buf, u_int *len)
{
	size_t n = 0;
	int r = dict_serialize(d, buf, &n);

	*len = (u_int)n;
	return r;
}

/* A probe that cannot complete: answer the CLI and forget the peer. */
static void probe_failed(struct gd_peer *p, int op_errno, const char *msg)
{
	if (p->cli_kind != GD_PEER_CLI_PROBE || p->state != GD_FS_DEFAULT)
		return;
	gd_peer_cli_reply(p, -1, op_errno, msg);
	gd_peer_remove(p);
}

static void another_cluster(struct gd_peer *p)
{
	char msg[512];

	snprintf(msg, sizeof(msg), "%s is either already part of another "
		 "cluster or having volumes configured",
		 p->cli_host ? p->cli_host : gd_peer_name(p));
	probe_failed(p, GD_PROBE_ANOTHER_CLUSTER, msg);
}

/* ---------------- handshake ---------------- */

static void versions_ack_cb(int status, void *res, void *arg)
{
	gf_mgmt_hndsk_rsp *rsp = res;
	struct gd_peer *p = pcall_end(arg);

	if (!p)
		return;
	if (status == 0 && rsp->op_ret == 0) {
		p->connected = true;
		p->ever_connected = true;
		log_info("handshake with peer %s done", gd_peer_name(p));
		gd_peer_sm_inject(p, GD_FE_CONNECTED, NULL);
	} else if (status == 0) {
		log_err("peer %s refused our op-version %u", gd_peer_name(p),
			p->conf->op_version);
		another_cluster(p);
	}
	gd_peer_unref(p);
}

static void versions_cb(int status, void *res, void *arg)
{
	gf_mgmt_hndsk_rsp *rsp = res;
	struct gd_peer *p = pcall_end(arg);
	struct dict *d = NULL, *ack = NULL;
	gf_mgmt_hndsk_req req = { 0 };
	uint32_t minv = 0, maxv = 0;

	if (!p)
		return;
	if (status < 0)
		goto out;
	if (rsp->op_ret != 0 ||
	    dict_unserialize(rsp->hndsk.hndsk_val, rsp->hndsk.hndsk_len,
			     &d) < 0 ||
	    dict_get_uint32(d, "minimum-operating-version", &minv) < 0 ||
	    dict_get_uint32(d, "maximum-operating-version", &maxv) < 0 ||
	    p->conf->op_version < minv || p->conf->op_version > maxv) {
		log_err("handshake with peer %s failed", gd_peer_name(p));
		another_cluster(p);
		goto out;
	}
	ack = dict_new();
	if (!ack || dict_set_uint(ack, "operating-version",
				  p->conf->op_version) < 0 ||
	    dict_to_opaque(ack, &req.hndsk.hndsk_val, &req.hndsk.hndsk_len) < 0)
		goto out;
	(void)call(p, GD_PROG_MGMT_HNDSK, GD_PROG_MGMT_HNDSK_VERS,
		   MGMT_HNDSK_VERSIONS_ACK, (xdrproc_t)xdr_gf_mgmt_hndsk_req,
		   &req, (xdrproc_t)xdr_gf_mgmt_hndsk_rsp,
		   sizeof(gf_mgmt_hndsk_rsp), versions_ack_cb);
out:
	free(req.hndsk.hndsk_val);
	dict_unref(ack);
	dict_unref(d);
	gd_peer_unref(p);
}

static void dump_cb(int status, void *res, void *arg)
{
	gf_dump_rsp *rsp = res;
	struct gd_peer *p = pcall_end(arg);
	gf_mgmt_hndsk_req req = { 0 };
	struct dict *d = NULL;
	bool found = false;

	if (!p)
		return;
	if (status < 0)
		goto out;
	for (gf_prog_detail *pd = rsp->prog; pd; pd = pd->next)
		found |= pd->prognum == GD_PROG_MGMT_HNDSK &&
			 pd->progver == GD_PROG_MGMT_HNDSK_VERS;
	if (!found) {
		log_err("peer %s does not offer the management handshake",
			gd_peer_name(p));
		another_cluster(p);
		goto out;
	}
	d = dict_new();
	if (!d || dict_set_str(d, "peer-id", gd_conf_uuid(p->conf)) < 0 ||
	    dict_to_opaque(d, &req.hndsk.hndsk_val, &req.hndsk.hndsk_len) < 0)
		goto out;
	(void)call(p, GD_PROG_MGMT_HNDSK, GD_PROG_MGMT_HNDSK_VERS,
		   MGMT_HNDSK_VERSIONS, (xdrproc_t)xdr_gf_mgmt_hndsk_req, &req,
		   (xdrproc_t)xdr_gf_mgmt_hndsk_rsp, sizeof(gf_mgmt_hndsk_rsp),
		   versions_cb);
out:
	free(req.hndsk.hndsk_val);
	dict_unref(d);
	gd_peer_unref(p);
}

static void peer_disconnected(struct gd_peer *p)
{
	bool was = p->connected;

	p->conn_gen++;
	p->connected = false;
	if (was)
		log_info("Peer <%s> (<%s>), in state <%s>, has disconnected "
			 "from glusterd.", gd_peer_name(p), p->uuid,
			 gd_fstate_text(p->state));
	if (p->uuid[0]) {
		gd_locks_release_owner(p->conf->locks, p->uuid);
		gd_peer_txns_drop(p->conf, p->uuid);
	}
	if (was)
		gd_quorum_check(p->conf);
	probe_failed(p, ENOTCONN, "Probe returned with Transport endpoint "
		     "is not connected");
}

static void notify(struct rpc_clnt *clnt, enum rpc_clnt_event ev, void *arg)
{
	struct gd_peer *p = arg;
	gf_dump_req req = { .gfs_id = 0xcafe };

	(void)clnt;
	switch (ev) {
	case RPC_CLNT_CONNECT:
		p->conn_gen++;
		if (call(p, GD_PROG_DUMP, GD_PROG_DUMP_VERS, GF_DUMP_DUMP,
			 (xdrproc_t)xdr_gf_dump_req, &req,
			 (xdrproc_t)xdr_gf_dump_rsp, sizeof(gf_dump_rsp),
			 dump_cb) < 0)
			log_err("cannot send DUMP to peer %s", gd_peer_name(p));
		break;
	case RPC_CLNT_DISCONNECT:
	case RPC_CLNT_CONNECT_FAILED:
		peer_disconnected(p);
		break;
	}
}

int gd_peer_connect(struct gd_peer *p)
{
	struct gd_conf *c = p->conf;
	int r;

	if (p->clnt || !p->nnames)
		return 0;
	r = rpc_clnt_new_tcp(c->loop, p->names[0], (uint16_t)p->port,
			     PEER_RECONNECT_MS, notify, p, &p->clnt);
	if (r == 0 && c->bind_addr && c->bind_addr[0])
		r = rpc_clnt_set_source(p->clnt, c->bind_addr);
	if (r < 0)
		log_err("cannot connect to peer %s: %s", p->names[0],
			strerror(-r));
	return r;
}

/* ---------------- friend calls ---------------- */

static void probe_cb(int status, void *res, void *arg)
{
	gd1_mgmt_probe_rsp *rsp = res;
	struct gd_peer *p = pcall_end(arg), *q;
	char uuid[GF_UUID_BUFLEN], msg[512];
	const char *host;

	if (!p)
		return;
	if (status < 0)
		goto out;
	host = p->cli_host ? p->cli_host : gd_peer_name(p);
	if (rsp->op_ret != 0) {
		if (rsp->op_errno == GD_PROBE_SAME_UUID)
			snprintf(msg, sizeof(msg), "Peer uuid (host %s) is "
				 "same as local uuid", host);
		else if (rsp->op_errno == GD_PROBE_ANOTHER_CLUSTER)
			snprintf(msg, sizeof(msg), "%s is either already part "
				 "of another cluster or having volumes "
				 "configured", host);
		else
			snprintf(msg, sizeof(msg), "Probe returned with %s",
				 rsp->op_errstr && rsp->op_errstr[0] ?
				 rsp->op_errstr : strerror(rsp->op_errno));
		probe_failed(p, rsp->op_errno, msg);
		goto out;
	}
	gd_uuid_from_xdr(rsp->uuid, uuid);
	q = gd_peer_find_uuid(p->conf, uuid);
	if (q && q != p) {
		/* a new name of a peer we know */
		(void)gd_peer_add_name(q, host);
		(void)gd_peer_store(q);
		gd_peer_cli_reply(p, 0, 0, NULL);
		gd_peer_remove(p);
		gd_peer_sm_inject(q, GD_FE_NEW_NAME, NULL);
		goto out;
	}
	if (!p->uuid[0]) {
		snprintf(p->uuid, sizeof(p->uuid), "%s", uuid);
		(void)gd_peer_store(p);
	} else if (strcmp(p->uuid, uuid) != 0) {
		log_err("peer %s answered with uuid %s, expected %s",
			gd_peer_name(p), uuid, p->uuid);
		goto out;
	}
	log_info("Received probe resp from uuid: %s, host: %s", uuid,
		 gd_peer_name(p));
	gd_peer_sm_inject(p, GD_FE_INIT_FRIEND_REQ, NULL);
out:
	gd_peer_unref(p);
}

int gd_peer_send_probe(struct gd_peer *p)
{
	gd1_mgmt_probe_req req = { 0 };

	if (!p->connected)
		return 0;
	gd_uuid_to_xdr(gd_conf_uuid(p->conf), req.uuid);
	req.hostname = gd_unconst(gd_peer_name(p));
	req.port = p->port;
	return call(p, GD_PROG_FRIEND, GD_PROG_FRIEND_VERS, GLUSTERD_PROBE_QUERY,
		    (xdrproc_t)xdr_gd1_mgmt_probe_req, &req,
		    (xdrproc_t)xdr_gd1_mgmt_probe_rsp,
		    sizeof(gd1_mgmt_probe_rsp), probe_cb);
}

static void add_cb(int status, void *res, void *arg)
{
	gd1_mgmt_friend_rsp *rsp = res;
	struct gd_peer *p = pcall_end(arg);
	const char *host;
	char msg[512];

	if (!p)
		return;
	if (status < 0)
		goto out;
	host = p->cli_host ? p->cli_host : gd_peer_name(p);
	if (rsp->op_ret == 0) {
		if (p->cli_kind == GD_PEER_CLI_PROBE)
			gd_peer_cli_reply(p, 0, 0, NULL);
		gd_peer_sm_inject(p, GD_FE_RCVD_ACC, NULL);
		goto out;
	}
	if (rsp->op_errno == GD_PROBE_UNKNOWN_PEER)
		snprintf(msg, sizeof(msg), "%s responded with 'unknown peer' "
			 "error, this could happen if %s doesn't have "
			 "localhost in its peer database", host, host);
	else if (rsp->op_errno == GD_PROBE_VOLUME_CONFLICT)
		snprintf(msg, sizeof(msg), "At least one volume on %s "
			 "conflicts with existing volumes in the cluster",
			 host);
	else
		snprintf(msg, sizeof(msg), "Failed to add peer information "
			 "on %s", host);
	if (p->cli_kind == GD_PEER_CLI_PROBE)
		gd_peer_cli_reply(p, -1, rsp->op_errno, msg);
	gd_peer_sm_inject(p, GD_FE_RCVD_RJT, NULL);
out:
	gd_peer_unref(p);
}

int gd_peer_send_add(struct gd_peer *p)
{
	gd1_mgmt_friend_req req = { 0 };
	struct dict *d = dict_new();
	int r = d ? gd_export_dict(p->conf, gd_peer_name(p), d) : -ENOMEM;

	if (r == 0)
		r = dict_to_opaque(d, &req.vols.vols_val, &req.vols.vols_len);
	dict_unref(d);
	if (r < 0)
		return r;
	gd_uuid_to_xdr(gd_conf_uuid(p->conf), req.uuid);
	req.hostname = gd_unconst(gd_peer_name(p));
	req.port = p->port;
	r = call(p, GD_PROG_FRIEND, GD_PROG_FRIEND_VERS, GLUSTERD_FRIEND_ADD,
		 (xdrproc_t)xdr_gd1_mgmt_friend_req, &req,
		 (xdrproc_t)xdr_gd1_mgmt_friend_rsp,
		 sizeof(gd1_mgmt_friend_rsp), add_cb);
	free(req.vols.vols_val);
	return r;
}

/* The detached peer is gone from the pool: tell the others. */
static void removed(struct gd_peer *p)
{
	char *host = strdup(gd_peer_name(p));

	gd_peer_cli_reply(p, 0, 0, NULL);
	gd_peer_sm_inject(p, GD_FE_REMOVE_FRIEND, NULL);
	if (host)
		gd_peer_send_update(p->conf, NULL, NULL, 2, host);
	free(host);
}

static void remove_cb(int status, void *res, void *arg)
{
	struct gd_peer *p = pcall_end(arg);

	(void)res;
	if (!p)
		return;
	if (status < 0)
		log_warn("peer %s did not answer FRIEND_REMOVE", gd_peer_name(p));
	removed(p);
	gd_peer_unref(p);
}

int gd_peer_send_remove(struct gd_peer *p)
{
	gd1_mgmt_friend_req req = { 0 };

	if (!p->connected) {
		removed(p);
		return 0;
	}
	gd_uuid_to_xdr(gd_conf_uuid(p->conf), req.uuid);
	req.hostname = gd_unconst(gd_peer_name(p));
	req.port = p->port;
	return call(p, GD_PROG_FRIEND, GD_PROG_FRIEND_VERS,
		    GLUSTERD_FRIEND_REMOVE, (xdrproc_t)xdr_gd1_mgmt_friend_req,
		    &req, (xdrproc_t)xdr_gd1_mgmt_friend_rsp,
		    sizeof(gd1_mgmt_friend_rsp), remove_cb);
}

/* 10.3 counts the peer whose event triggers the update as a friend
 * already (its state changes after the action). */
static bool in_update(const struct gd_peer *q, const struct gd_peer *cur)
{
	return gd_peer_is_friend(q) || q == cur;
}

static int update_dict(struct gd_conf *c, const struct gd_peer *cur, int op,
		       const char *host, struct dict *d)
{
	struct gd_peer *q;
	int n = 0, r = dict_set_int(d, "op", op);

	if (op == 2) {
		if (r == 0)
			r = dict_set_str(d, "hostname", host);
		return r ? r : dict_set_int(d, "count", 0);
	}
	list_for_each_entry(q, &c->peers, list) {
		char key[64];
		if (r < 0)
			break;
		if (!in_update(q, cur))
			continue;
		n++;
		snprintf(key, sizeof(key), "friend%d.uuid", n);
		r = dict_set_str(d, key, q->uuid);
		snprintf(key, sizeof(key), "friend%d.hostname", n);
		if (r == 0)
			r = dict_set_str(d, key, gd_peer_name(q));
		for (size_t i = 0; r == 0 && i < q->nnames; i++) {
			snprintf(key, sizeof(key), "friend%d.hostname%zu", n, i);
			r = dict_set_str(d, key, q->names[i]);
		}
		snprintf(key, sizeof(key), "friend%d.address-count", n);
		if (r == 0)
			r = dict_set_int(d, key, (int64_t)q->nnames);
	}
	return r ? r : dict_set_int(d, "count", n);
}

static void update_cb(int status, void *res, void *arg)
{
	struct gd_peer *p = pcall_end(arg);

	(void)res;
	if (!p)
		return;
	if (status < 0)
		log_warn("FRIEND_UPDATE to %s failed: %s", gd_peer_name(p),
			 strerror(-status));
	gd_peer_unref(p);
}

void gd_peer_send_update(struct gd_conf *c, struct gd_peer *cur,
			 struct gd_peer *to, int op, const char *host)
{
	gd1_mgmt_friend_update req = { 0 };
	struct dict *d = dict_new();
	struct gd_peer *q;

	if (!d || update_dict(c, cur, op, host, d) < 0 ||
	    dict_to_opaque(d, &req.friends.friends_val,
			   &req.friends.friends_len) < 0) {
		log_err("cannot build the friend update");
		dict_unref(d);
		free(req.friends.friends_val);
		return;
	}
	gd_uuid_to_xdr(gd_conf_uuid(c), req.uuid);
	req.port = c->port;
	list_for_each_entry(q, &c->peers, list) {
		if ((to && q != to) || !in_update(q, cur) || !q->connected ||
		    (host && gd_peer_has_name(q, host)))
			continue;
		req.port = q->port;
		log_info("sending friend update (op %d) to %s", op,
			 gd_peer_name(q));
		(void)call(q, GD_PROG_FRIEND, GD_PROG_FRIEND_VERS,
			   GLUSTERD_FRIEND_UPDATE,
			   (xdrproc_t)xdr_gd1_mgmt_friend_update, &req,
			   (xdrproc_t)xdr_gd1_mgmt_friend_update_rsp,
			   sizeof(gd1_mgmt_friend_update_rsp), update_cb);
	}
	free(req.friends.friends_val);
	dict_unref(d);
}
