/* handler-mgmt: our part in another node's transaction: the GD_MGMT
 * program, v2 (CLUSTER_LOCK/UNLOCK, STAGE_OP, COMMIT_OP) and v3 (LOCK,
 * PRE_VALIDATE, BRICK_OP, COMMIT, POST_VALIDATE, UNLOCK, POST_COMMIT),
 * cluster.md 4.1-4.3. Stage and commit run the same operation code as
 * on the originator; the parsed state of a stage is kept for its commit,
 * keyed by originator and transaction.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd1-xdr.h"
#include "glusterd/brick.h"
#include "glusterd/gd-errno.h"
#include "glusterd/handler.h"
#include "glusterd/locks.h"
#include "glusterd/op.h"
#include "glusterd/peer.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "rpc/rpc.h"

/* The opaque payload of a request, whatever its field names. */
struct mgmt_req {
	char uuid[GF_UUID_BUFLEN];
	int op;
	struct dict *dict;
};

static void txn_key(const struct mgmt_req *m, char *key, size_t n)
{
	size_t len = 0;
	const unsigned char *t = dict_get_bin(m->dict, "transaction_id", &len);
	const char *vol = dict_get_str(m->dict, "volname");

	if (t && len == 16)
		snprintf(key, n, "%02x%02x%02x%02x%02x%02x%02x%02x%02x%02x"
			 "%02x%02x%02x%02x%02x%02x", t[0], t[1], t[2], t[3],
			 t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
			 t[12], t[13], t[14], t[15]);
	else
		snprintf(key, n, "vol:%.59s", vol ? vol : "");
}

static struct gd_txn *find_txn(struct gd_conf *c, const struct mgmt_req *m)
{
	struct gd_txn *t;
	char key[64];

	txn_key(m, key, sizeof(key));
	list_for_each_entry(t, &c->peer_txns, link)
		if (strcmp(t->originator, m->uuid) == 0 &&
		    strcmp(t->key, key) == 0)
			return t;
	return NULL;
}

static void drop_txn(struct gd_txn *t)
{
	list_del(&t->link);
	gd_txn_free(t);
}

void gd_peer_txns_drop(struct gd_conf *c, const char *originator)
{
	struct gd_txn *t, *n;

	list_for_each_entry_safe(t, n, &c->peer_txns, link)
		if (!originator || strcmp(t->originator, originator) == 0)
			drop_txn(t);
}

/* The transaction of m, made on first use; the dict is m's latest. */
static struct gd_txn *get_txn(struct gd_conf *c, struct mgmt_req *m,
			      const struct gd_op *op)
{
	struct gd_txn *t = find_txn(c, m);

	if (t) {
		dict_unref(t->dict);
		t->dict = dict_ref(m->dict);
		free(t->errstr);
		t->errstr = NULL;
		t->op_ret = 0;
		t->op_errno = 0;
		return t;
	}
	t = gd_txn_new_participant(c, op, m->dict);
	if (!t)
		return NULL;
	snprintf(t->originator, sizeof(t->originator), "%s", m->uuid);
	txn_key(m, t->key, sizeof(t->key));
	list_add_tail(&t->link, &c->peer_txns);
	return t;
}

static int decode(struct rpc_call *call, const unsigned char *uuid, int op,
		  const char *buf, u_int len, struct mgmt_req *m)
{
	int r;

	memset(m, 0, sizeof(*m));
	gd_uuid_from_xdr(uuid, m->uuid);
	m->op = op;
	r = dict_unserialize(buf, len, &m->dict);
	if (r < 0)
		log_err("bad transaction dictionary from %s",
			rpc_conn_peer_addr(call->conn));
	return r;
}

/* Keys the stage added: what the originator merges (mount dirs...). */
struct added {
	const struct dict *before;
	struct dict *out;
};

static int collect_added(const char *key, const void *val, size_t len,
			 void *arg)
{
	struct added *a = arg;

	if (!dict_has(a->before, key))
		(void)dict_set_bin(a->out, key, val, len);
	return 0;
}

struct outcome {
	int op_ret;
	int op_errno;
	const char *errstr;
	char *buf;
	size_t len;
};

/* Runs stage or commit of m; fills o (o->buf malloc'd). */
static void run_phase(struct gd_conf *c, struct mgmt_req *m, bool commit,
		      struct outcome *o)
{
	const struct gd_op *op = gd_op_by_code(m->op);
	struct gd_txn *t;
	struct dict *before = NULL, *added = NULL;

	memset(o, 0, sizeof(*o));
	o->errstr = "";
	if (!op) {
		o->op_ret = -1;
		o->op_errno = EG_OPNOTSUP;
		o->errstr = "This operation is not supported yet by this "
			    "glusterd";
		return;
	}
	t = m->dict ? get_txn(c, m, op) : NULL;
	if (!t) {
		o->op_ret = -1;
		o->op_errno = ENOMEM;
		o->errstr = "Out of memory";
		return;
	}
	if (commit) {
		(void)gd_txn_commit_local(t);
		if (t->op_ret == 0 && t->node_rsp)
			(void)dict_serialize(t->node_rsp, &o->buf, &o->len);
	} else {
		before = dict_copy(t->dict);
		(void)gd_txn_stage_local(t);
		added = dict_new();
		if (before && added) {
			struct added a = { before, added };
			(void)dict_foreach(t->dict, collect_added, &a);
			(void)dict_serialize(added, &o->buf, &o->len);
		}
	}
	o->op_ret = t->op_ret;
	o->op_errno = t->op_errno;
	o->errstr = t->errstr ? t->errstr : "";
	log_info("%s of %s for %s: %s", commit ? "commit" : "stage", op->name,
		 m->uuid, o->op_ret == 0 ? "success" : o->errstr);
	dict_unref(before);
	dict_unref(added);
}

/* Answers a stage-like or commit-like phase with o. The v2 and v3
 * answers of a kind have the same fields in the same order (wire.md
 * 4.5), so the v3 types serve both: stage and pre-validate put op_errstr
 * before the dict, commit and post-commit after it. */
static void reply_outcome(struct rpc_call *call, struct gd_conf *c, int op,
			  const struct outcome *o, bool commit_shape)
{
	gd1_mgmt_v3_pre_val_rsp s = { 0 };
	gd1_mgmt_v3_commit_rsp k = { 0 };

	if (commit_shape) {
		gd_uuid_to_xdr(gd_conf_uuid(c), k.uuid);
		k.op = op;
		k.op_ret = o->op_ret;
		k.op_errno = o->op_errno;
		k.op_errstr = gd_unconst(o->errstr);
		k.dict.dict_val = o->buf;
		k.dict.dict_len = (u_int)o->len;
		(void)rpc_call_reply(call, (xdrproc_t)xdr_gd1_mgmt_v3_commit_rsp,
				     &k);
		return;
	}
	gd_uuid_to_xdr(gd_conf_uuid(c), s.uuid);
	s.op = op;
	s.op_ret = o->op_ret;
	s.op_errno = o->op_errno;
	s.op_errstr = gd_unconst(o->errstr);
	s.dict.dict_val = o->buf;
	s.dict.dict_len = (u_int)o->len;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gd1_mgmt_v3_pre_val_rsp, &s);
}

/* Ends a participant transaction after the reply that used its text. */
static void end_txn(struct gd_conf *c, struct mgmt_req *m, bool commit)
{
	struct gd_txn *t = m->dict ? find_txn(c, m) : NULL;

	if (t && (commit || t->op_ret != 0))
		drop_txn(t);
	dict_unref(m->dict);
}

/* ---------------- v2 ---------------- */

static int actor_v2_cluster_lock(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gd1_mgmt_cluster_lock_req req = { 0 };
	gd1_mgmt_cluster_lock_rsp rsp = { 0 };

	if (rpc_call_decode(call, call->proc == GLUSTERD_MGMT_CLUSTER_LOCK ?
			    (xdrproc_t)xdr_gd1_mgmt_cluster_lock_req :
			    (xdrproc_t)xdr_gd1_mgmt_cluster_unlock_req,
			    &req) < 0)
		return -EBADMSG;
	/* only below op-version 30600; nothing to hold at 100000 */
	gd_uuid_to_xdr(gd_conf_uuid(c), rsp.uuid);
	(void)rpc_call_reply(call, call->proc == GLUSTERD_MGMT_CLUSTER_LOCK ?
			     (xdrproc_t)xdr_gd1_mgmt_cluster_lock_rsp :
			     (xdrproc_t)xdr_gd1_mgmt_cluster_unlock_rsp, &rsp);
	return 0;
}

/* A commit whose answer waits for this node's bricks (status). */
struct held_commit {
	struct rpc_call *call;
	struct gd_conf *c;
	int op;
	struct dict *rsp;
};

static void held_commit_reply(const struct gd_asked *res, void *arg)
{
	struct held_commit *h = arg;
	struct outcome o = { .errstr = "" };

	(void)res;
	(void)dict_serialize(h->rsp, &o.buf, &o.len);
	reply_outcome(h->call, h->c, h->op, &o, true);
	free(o.buf);
	dict_unref(h->rsp);
	free(h);
}

/* After a successful commit of an op that asks the bricks: 1 when the
 * answer is on its way (sent once they answered), 0 to answer now. */
static int hold_commit(struct rpc_call *call, struct gd_conf *c,
		       struct mgmt_req *m)
{
	const struct gd_op *op = gd_op_by_code(m->op);
	struct gd_txn *t = m->dict ? find_txn(c, m) : NULL;
	struct held_commit *h;

	if (!op || !op->bricks || !t || t->op_ret != 0 || !t->node_rsp ||
	    !(h = calloc(1, sizeof(*h))))
		return 0;
	*h = (struct held_commit){ call, c, m->op, dict_ref(t->node_rsp) };
	op->bricks(t, held_commit_reply, h);
	return 1;
}

static int actor_v2_stage_commit(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	bool commit = call->proc == GLUSTERD_MGMT_COMMIT_OP;
	gd1_mgmt_stage_op_req req = { 0 };
	struct mgmt_req m;
	struct outcome o;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_stage_op_req,
			    &req) < 0)
		return -EBADMSG;
	(void)decode(call, req.uuid, req.op, req.buf.buf_val,
		     req.buf.buf_len, &m);
	run_phase(c, &m, commit, &o);
	if (!commit || o.op_ret != 0 || !hold_commit(call, c, &m))
		reply_outcome(call, c, req.op, &o, commit);
	end_txn(c, &m, commit);
	free(o.buf);
	xdr_free((xdrproc_t)xdr_gd1_mgmt_stage_op_req, (char *)&req);
	return 0;
}

static const struct rpc_actor v2_actors[GLUSTERD_MGMT_MAXVALUE] = {
	[GLUSTERD_MGMT_NULL] = { "NULL", NULL },
	[GLUSTERD_MGMT_CLUSTER_LOCK] = { "CLUSTER_LOCK", actor_v2_cluster_lock },
	[GLUSTERD_MGMT_CLUSTER_UNLOCK] = { "CLUSTER_UNLOCK",
					   actor_v2_cluster_lock },
	[GLUSTERD_MGMT_STAGE_OP] = { "STAGE_OP", actor_v2_stage_commit },
	[GLUSTERD_MGMT_COMMIT_OP] = { "COMMIT_OP", actor_v2_stage_commit },
};

/* ---------------- v3 ---------------- */

static int actor_v3_lock(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	bool lock = call->proc == GLUSTERD_MGMT_V3_LOCK;
	gd1_mgmt_v3_lock_req req = { 0 };
	gd1_mgmt_v3_lock_rsp rsp = { 0 };
	struct mgmt_req m;
	char *name = NULL;

	/* lock and unlock share one layout */
	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_v3_lock_req, &req) < 0)
		return -EBADMSG;
	if (decode(call, req.uuid, req.op, req.dict.dict_val,
		   req.dict.dict_len, &m) < 0) {
		rsp.op_ret = -1;
		rsp.op_errno = EINVAL;
	} else if (req.op != GD_OP_STATUS_VOLUME &&
		   (name = gd_txn_lock_name(m.dict))) {
		/* (status is read-only: it never waits for nor blocks a
		 * transaction here) */
		int r = lock ? gd_lock_take(c->locks, name, m.uuid) :
			gd_lock_release(c->locks, name, m.uuid);
		/* 10.3's unlock of a read-only status names the op 0: a
		 * lock that is not held is already unlocked */
		if (!lock && r == -ENOENT)
			r = 0;
		if (r < 0) {
			log_err("%s of %s for %s failed: held by %s",
				lock ? "lock" : "unlock", name, m.uuid,
				gd_lock_owner(c->locks, name) ?
				gd_lock_owner(c->locks, name) : "nobody");
			rsp.op_ret = -1;
			rsp.op_errno = lock ? EG_ANOTRANS : EINVAL;
		}
	}
	if (!lock && m.dict) {
		struct gd_txn *t = find_txn(c, &m);
		if (t)
			drop_txn(t);
	}
	gd_uuid_to_xdr(gd_conf_uuid(c), rsp.uuid);
	memcpy(rsp.txn_id, req.txn_id, 16);
	(void)rpc_call_reply(call, lock ?
			     (xdrproc_t)xdr_gd1_mgmt_v3_lock_rsp :
			     (xdrproc_t)xdr_gd1_mgmt_v3_unlock_rsp, &rsp);
	free(name);
	dict_unref(m.dict);
	xdr_free((xdrproc_t)xdr_gd1_mgmt_v3_lock_req, (char *)&req);
	return 0;
}

static int actor_v3_phase(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gd1_mgmt_v3_pre_val_req req = { 0 };
	struct mgmt_req m;
	struct outcome o = { .errstr = "" };
	bool commit = call->proc == GLUSTERD_MGMT_V3_COMMIT;
	bool stage = call->proc == GLUSTERD_MGMT_V3_PRE_VALIDATE;

	/* pre-validate, brick-op, commit and post-commit requests are all
	 * uuid, op, dict */
	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_v3_pre_val_req,
			    &req) < 0)
		return -EBADMSG;
	(void)decode(call, req.uuid, req.op, req.dict.dict_val,
		     req.dict.dict_len, &m);
	if (commit || stage)
		run_phase(c, &m, commit, &o);
	/* brick-op answers like pre-validate, post-commit like commit */
	reply_outcome(call, c, req.op, &o,
		      !(stage || call->proc == GLUSTERD_MGMT_V3_BRICK_OP));
	if (commit || stage)
		end_txn(c, &m, commit);
	else
		dict_unref(m.dict);
	free(o.buf);
	xdr_free((xdrproc_t)xdr_gd1_mgmt_v3_pre_val_req, (char *)&req);
	return 0;
}

struct post_val {
	struct rpc_call *call;
	struct gd_conf *c;
	int op;
};

static void post_val_reply(void *arg)
{
	struct post_val *pv = arg;
	gd1_mgmt_v3_post_val_rsp rsp = { 0 };

	gd_uuid_to_xdr(gd_conf_uuid(pv->c), rsp.uuid);
	rsp.op = pv->op;
	rsp.op_errstr = gd_unconst("");
	(void)rpc_call_reply(pv->call, (xdrproc_t)xdr_gd1_mgmt_v3_post_val_rsp,
			     &rsp);
	free(pv);
}

/* After a start, the answer waits for this node's bricks to serve (the
 * originator answers its CLI only after every node did). */
static int actor_v3_post_validate(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	gd1_mgmt_v3_post_val_req req = { 0 };
	struct post_val *pv;
	const struct gd_op *op;
	struct dict *d = NULL;
	const char *vol;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_v3_post_val_req,
			    &req) < 0)
		return -EBADMSG;
	pv = calloc(1, sizeof(*pv));
	if (!pv) {
		xdr_free((xdrproc_t)xdr_gd1_mgmt_v3_post_val_req, (char *)&req);
		return rpc_call_reply_error(call, RPC_ACC_SYSTEM_ERR);
	}
	*pv = (struct post_val){ call, c, req.op };
	op = gd_op_by_code(req.op);
	if (op && (op->flags & GD_OPF_WAIT_BRICKS) && req.op_ret == 0 &&
	    dict_unserialize(req.dict.dict_val, req.dict.dict_len, &d) == 0 &&
	    (vol = dict_get_str(d, "volname")))
		gd_volume_bricks_settled(c, vol, GD_BRICK_WAIT_MS,
					 post_val_reply, pv);
	else
		post_val_reply(pv);
	dict_unref(d);
	xdr_free((xdrproc_t)xdr_gd1_mgmt_v3_post_val_req, (char *)&req);
	return 0;
}

static const struct rpc_actor v3_actors[GLUSTERD_MGMT_V3_MAXVALUE] = {
	[GLUSTERD_MGMT_V3_NULL] = { "NULL", NULL },
	[GLUSTERD_MGMT_V3_LOCK] = { "MGMT_V3_LOCK", actor_v3_lock },
	[GLUSTERD_MGMT_V3_PRE_VALIDATE] = { "PRE_VAL", actor_v3_phase },
	[GLUSTERD_MGMT_V3_BRICK_OP] = { "BRCK_OP", actor_v3_phase },
	[GLUSTERD_MGMT_V3_COMMIT] = { "COMMIT", actor_v3_phase },
	[GLUSTERD_MGMT_V3_POST_VALIDATE] = { "POST_VAL",
					     actor_v3_post_validate },
	[GLUSTERD_MGMT_V3_UNLOCK] = { "MGMT_V3_UNLOCK", actor_v3_lock },
	[GLUSTERD_MGMT_V3_POST_COMMIT] = { "POST_COMMIT", actor_v3_phase },
};

void gd_mgmt_programs(struct gd_conf *conf, struct rpc_program *v2,
		      struct rpc_program *v3)
{
	*v2 = (struct rpc_program){
		.name = "GlusterD svc mgmt", .prognum = GD_PROG_MGMT,
		.progver = GD_PROG_MGMT_VERS, .actors = v2_actors,
		.nactors = GLUSTERD_MGMT_MAXVALUE, .ctx = conf,
	};
	*v3 = (struct rpc_program){
		.name = "GlusterD svc mgmt v3", .prognum = GD_PROG_MGMT,
		.progver = GD_PROG_MGMT_V3_VERS, .actors = v3_actors,
		.nactors = GLUSTERD_MGMT_V3_MAXVALUE, .ctx = conf,
	};
}
