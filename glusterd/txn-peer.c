/* txn-peer: the originator's side of a transaction's peer phases: which
 * peers take part, what each phase sends (syncop: v3 LOCK, v2 STAGE_OP
 * and COMMIT_OP, v3 UNLOCK; mgmt v3: LOCK, PRE_VALIDATE, COMMIT,
 * POST_COMMIT, POST_VALIDATE, UNLOCK) and how answers are folded in
 * (cluster.md 4.1, 4.2, 4.4).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd1-xdr.h"
#include "glusterd/op.h"
#include "glusterd/peer.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "rpc/rpc.h"

#define TXN_CALL_TIMEOUT_MS 120000

union phase_rsp {
	gd1_mgmt_v3_lock_rsp lock;
	gd1_mgmt_v3_unlock_rsp unlock;
	gd1_mgmt_stage_op_rsp stage;
	gd1_mgmt_commit_op_rsp commit;
	gd1_mgmt_v3_pre_val_rsp pre_val;
	gd1_mgmt_v3_commit_rsp v3_commit;
	gd1_mgmt_v3_post_commit_rsp post_commit;
	gd1_mgmt_v3_post_val_rsp post_val;
};

/* What a reply says, whatever its type. */
struct phase_result {
	int op_ret;
	int op_errno;
	const char *errstr;
	const char *dict;
	u_int dict_len;
};

struct phase_call {
	struct gd_txn *txn;
	struct gd_peer *peer;
	enum gd_txn_phase ph;
};

void gd_txn_peers_pick(struct gd_txn *txn)
{
	struct gd_conf *c = txn->conf;
	struct gd_peer *p;
	size_t n = 0;

	list_for_each_entry(p, &c->peers, list)
		n += gd_peer_in_txn(p);
	if (!n || !(txn->peers = calloc(n, sizeof(*txn->peers))) ||
	    !(txn->peer_rsps = calloc(n, sizeof(*txn->peer_rsps)))) {
		free(txn->peers);
		txn->peers = NULL;
		return;
	}
	list_for_each_entry(p, &c->peers, list)
		if (gd_peer_in_txn(p))
			txn->peers[txn->npeers++] = gd_peer_ref(p);
}

void gd_txn_peers_release(struct gd_txn *txn)
{
	for (size_t i = 0; i < txn->npeers; i++) {
		gd_peer_unref(txn->peers[i]);
		if (txn->peer_rsps)
			dict_unref(txn->peer_rsps[i]);
	}
	free(txn->peers);
	free(txn->peer_rsps);
	txn->peers = NULL;
	txn->peer_rsps = NULL;
	txn->npeers = 0;
}

static bool is_v3(const struct gd_txn *txn)
{
	return txn->op->flags & GD_OPF_MGMT_V3;
}

static const char *phase_label(const struct gd_txn *txn, enum gd_txn_phase ph)
{
	switch (ph) {
	case GD_PH_LOCK:
		return "Locking";
	case GD_PH_STAGE:
		return is_v3(txn) ? "Pre Validation" : "Staging";
	case GD_PH_COMMIT:
		return "Commit";
	case GD_PH_POST_COMMIT:
		return "Post commit";
	case GD_PH_POST_VALIDATE:
		return "Post Validation";
	case GD_PH_UNLOCK:
		return "Unlocking";
	}
	return "?";
}

static void result_of(enum gd_txn_phase ph, bool v3, const union phase_rsp *r,
		      struct phase_result *out)
{
	memset(out, 0, sizeof(*out));
	switch (ph) {
	case GD_PH_LOCK:
		out->op_ret = r->lock.op_ret;
		out->op_errno = r->lock.op_errno;
		break;
	case GD_PH_UNLOCK:
		out->op_ret = r->unlock.op_ret;
		out->op_errno = r->unlock.op_errno;
		break;
	case GD_PH_STAGE:
		if (v3) {
			*out = (struct phase_result){ r->pre_val.op_ret,
				r->pre_val.op_errno, r->pre_val.op_errstr,
				r->pre_val.dict.dict_val,
				r->pre_val.dict.dict_len };
		} else {
			*out = (struct phase_result){ r->stage.op_ret,
				r->stage.op_errno, r->stage.op_errstr,
				r->stage.dict.dict_val,
				r->stage.dict.dict_len };
		}
		break;
	case GD_PH_COMMIT:
		if (v3) {
			*out = (struct phase_result){ r->v3_commit.op_ret,
				r->v3_commit.op_errno, r->v3_commit.op_errstr,
				r->v3_commit.dict.dict_val,
				r->v3_commit.dict.dict_len };
		} else {
			*out = (struct phase_result){ r->commit.op_ret,
				r->commit.op_errno, r->commit.op_errstr,
				r->commit.dict.dict_val,
				r->commit.dict.dict_len };
		}
		break;
	case GD_PH_POST_COMMIT:
		out->op_ret = r->post_commit.op_ret;
		out->op_errno = r->post_commit.op_errno;
		out->errstr = r->post_commit.op_errstr;
		break;
	case GD_PH_POST_VALIDATE:
		out->op_ret = r->post_val.op_ret;
		out->op_errno = r->post_val.op_errno;
		out->errstr = r->post_val.op_errstr;
		break;
	}
}

static xdrproc_t rsp_proc(enum gd_txn_phase ph, bool v3)
{
	switch (ph) {
	case GD_PH_LOCK:
		return (xdrproc_t)xdr_gd1_mgmt_v3_lock_rsp;
	case GD_PH_UNLOCK:
		return (xdrproc_t)xdr_gd1_mgmt_v3_unlock_rsp;
	case GD_PH_STAGE:
		return v3 ? (xdrproc_t)xdr_gd1_mgmt_v3_pre_val_rsp :
			    (xdrproc_t)xdr_gd1_mgmt_stage_op_rsp;
	case GD_PH_COMMIT:
		return v3 ? (xdrproc_t)xdr_gd1_mgmt_v3_commit_rsp :
			    (xdrproc_t)xdr_gd1_mgmt_commit_op_rsp;
	case GD_PH_POST_COMMIT:
		return (xdrproc_t)xdr_gd1_mgmt_v3_post_commit_rsp;
	case GD_PH_POST_VALIDATE:
		break;
	}
	return (xdrproc_t)xdr_gd1_mgmt_v3_post_val_rsp;
}

/* Keys a peer's stage answer adds (e.g. its bricks' mount_dir). */
static int merge_key(const char *key, const void *val, size_t len, void *arg)
{
	struct dict *d = arg;

	if (!dict_has(d, key))
		(void)dict_set_bin(d, key, val, len);
	return 0;
}

static void fold_result(struct gd_txn *txn, struct gd_peer *p,
			enum gd_txn_phase ph, int status,
			const struct phase_result *r)
{
	const char *label = phase_label(txn, ph);
	struct strbuf *e = &txn->peer_errs;

	if (status == 0 && r->op_ret == 0) {
		struct dict *d = NULL;
		if ((ph == GD_PH_STAGE || ph == GD_PH_COMMIT) && r->dict_len &&
		    dict_unserialize(r->dict, r->dict_len, &d) < 0)
			d = NULL;
		if (d && ph == GD_PH_STAGE)
			(void)dict_foreach(d, merge_key, txn->dict);
		for (size_t i = 0; d && ph == GD_PH_COMMIT &&
		     i < txn->npeers; i++)
			if (txn->peers[i] == p && txn->peer_rsps) {
				dict_unref(txn->peer_rsps[i]);
				txn->peer_rsps[i] = dict_ref(d);
			}
		dict_unref(d);
		return;
	}
	if (e->len)
		strbuf_addch(e, '\n');
	if (status < 0)
		log_err("%s failed on %s: %s", label, gd_peer_name(p),
			strerror(-status));
	if (status == 0 && r->errstr && r->errstr[0]) {
		if (!is_v3(txn) && (ph == GD_PH_STAGE || ph == GD_PH_COMMIT))
			strbuf_addf(e, "%s failed on %s. Error: %s", label,
				    gd_peer_name(p), r->errstr);
		else
			strbuf_addf(e, "%s failed on %s. %s", label,
				    gd_peer_name(p), r->errstr);
	} else {
		strbuf_addf(e, "%s failed on %s. Please check log file for "
			    "details.", label, gd_peer_name(p));
	}
	if (status == 0 && r->op_errno)
		txn->peer_errno = r->op_errno;
}

static void phase_done(int status, void *res, void *arg)
{
	struct phase_call *pc = arg;
	struct gd_txn *txn = pc->txn;
	struct phase_result r = { 0 };

	if (status == 0)
		result_of(pc->ph, is_v3(txn), res, &r);
	fold_result(txn, pc->peer, pc->ph, status, &r);
	free(pc);
	if (--txn->pending == 0)
		txn->next(txn);
}

static int send_phase(struct gd_txn *txn, struct gd_peer *p,
		      enum gd_txn_phase ph, char *buf, u_int len,
		      struct phase_call *pc)
{
	unsigned char me[16], tid[16] = { 0 };
	bool v3 = is_v3(txn);
	int op = (int)txn->op->code;
	uint32_t vers = GD_PROG_MGMT_V3_VERS, proc;
	xdrproc_t argproc;
	size_t tlen = 0;
	const void *t = dict_get_bin(txn->dict, "transaction_id", &tlen);
	union {
		gd1_mgmt_v3_lock_req lock;
		gd1_mgmt_v3_unlock_req unlock;
		gd1_mgmt_stage_op_req stage;
		gd1_mgmt_commit_op_req commit;
		gd1_mgmt_v3_pre_val_req pre_val;
		gd1_mgmt_v3_commit_req v3_commit;
		gd1_mgmt_v3_post_commit_req post_commit;
		gd1_mgmt_v3_post_val_req post_val;
	} a;

	gd_uuid_to_xdr(gd_conf_uuid(txn->conf), me);
	if (t && tlen == 16 && !v3)
		memcpy(tid, t, 16);
	memset(&a, 0, sizeof(a));
	switch (ph) {
	case GD_PH_LOCK:
	case GD_PH_UNLOCK:
		/* lock and unlock requests share one layout */
		memcpy(a.lock.uuid, me, 16);
		memcpy(a.lock.txn_id, tid, 16);
		a.lock.op = op;
		a.lock.dict.dict_val = buf;
		a.lock.dict.dict_len = len;
		proc = ph == GD_PH_LOCK ? GLUSTERD_MGMT_V3_LOCK :
		       GLUSTERD_MGMT_V3_UNLOCK;
		argproc = ph == GD_PH_LOCK ?
			  (xdrproc_t)xdr_gd1_mgmt_v3_lock_req :
			  (xdrproc_t)xdr_gd1_mgmt_v3_unlock_req;
		break;
	case GD_PH_STAGE:
	case GD_PH_COMMIT:
		if (!v3) {
			memcpy(a.stage.uuid, me, 16);
			a.stage.op = op;
			a.stage.buf.buf_val = buf;
			a.stage.buf.buf_len = len;
			vers = GD_PROG_MGMT_VERS;
			proc = ph == GD_PH_STAGE ? GLUSTERD_MGMT_STAGE_OP :
			       GLUSTERD_MGMT_COMMIT_OP;
			argproc = ph == GD_PH_STAGE ?
				  (xdrproc_t)xdr_gd1_mgmt_stage_op_req :
				  (xdrproc_t)xdr_gd1_mgmt_commit_op_req;
			break;
		}
		/* fall through - v3 requests are uuid, op, dict */
	case GD_PH_POST_COMMIT:
		memcpy(a.pre_val.uuid, me, 16);
		a.pre_val.op = op;
		a.pre_val.dict.dict_val = buf;
		a.pre_val.dict.dict_len = len;
		proc = ph == GD_PH_STAGE ? GLUSTERD_MGMT_V3_PRE_VALIDATE :
		       ph == GD_PH_COMMIT ? GLUSTERD_MGMT_V3_COMMIT :
		       GLUSTERD_MGMT_V3_POST_COMMIT;
		argproc = ph == GD_PH_STAGE ?
			  (xdrproc_t)xdr_gd1_mgmt_v3_pre_val_req :
			  ph == GD_PH_COMMIT ?
			  (xdrproc_t)xdr_gd1_mgmt_v3_commit_req :
			  (xdrproc_t)xdr_gd1_mgmt_v3_post_commit_req;
		break;
	case GD_PH_POST_VALIDATE:
	default:
		memcpy(a.post_val.uuid, me, 16);
		a.post_val.op = op;
		a.post_val.op_ret = txn->op_ret;
		a.post_val.dict.dict_val = buf;
		a.post_val.dict.dict_len = len;
		proc = GLUSTERD_MGMT_V3_POST_VALIDATE;
		argproc = (xdrproc_t)xdr_gd1_mgmt_v3_post_val_req;
		break;
	}
	return gd_peer_call(p, GD_PROG_MGMT, vers, proc, argproc, &a,
			    rsp_proc(ph, v3),
			    sizeof(union phase_rsp), TXN_CALL_TIMEOUT_MS,
			    phase_done, pc);
}

void gd_txn_peers_run(struct gd_txn *txn, enum gd_txn_phase ph,
		      void (*next)(struct gd_txn *txn))
{
	char *buf = NULL;
	size_t len = 0;

	txn->next = next;
	if (!txn->npeers) {
		next(txn);
		return;
	}
	if (dict_serialize(txn->dict, &buf, &len) < 0) {
		strbuf_addstr(&txn->peer_errs, "Failed to build payload. "
			      "Please check the log file for more details.");
		next(txn);
		return;
	}
	txn->pending = 1;	/* held until every call is out */
	for (size_t i = 0; i < txn->npeers; i++) {
		struct gd_peer *p = txn->peers[i];
		struct phase_call *pc = calloc(1, sizeof(*pc));
		int r = -ENOMEM;

		if (pc) {
			*pc = (struct phase_call){ txn, p, ph };
			txn->pending++;
			r = p->dead || !p->connected ? -ENOTCONN :
			    send_phase(txn, p, ph, buf, (u_int)len, pc);
			if (r < 0) {
				txn->pending--;
				free(pc);
			}
		}
		if (r < 0) {
			struct phase_result none = { 0 };
			fold_result(txn, p, ph, r, &none);
		}
	}
	free(buf);
	if (--txn->pending == 0)
		next(txn);
}
