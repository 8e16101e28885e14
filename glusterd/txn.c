/* txn: the one transaction engine (cluster.md 4.2). The originator runs
 * prepare, then lock, stage and commit here first and on every peer after
 * (mgmt v3 operations add post-commit and post-validate), then unlocks
 * the peers and itself and answers. Peer phases are asynchronous: each
 * step names the next one, run once every peer has answered. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/time.h>

#include "glusterd/brick.h"
#include "glusterd/cmd-history.h"
#include "glusterd/handler.h"
#include "glusterd/locks.h"
#include "glusterd/op.h"
#include "glusterd/quorum.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"

int gd_txn_fail(struct gd_txn *txn, int op_errno, const char *fmt, ...)
{
	va_list ap;
	char *msg = NULL;

	if (txn->errstr)
		return -1;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	txn->errstr = msg;
	txn->op_errno = op_errno;
	txn->op_ret = -1;
	return -1;
}

void gd_txn_info(struct gd_txn *txn, const char *fmt, ...)
{
	va_list ap;

	if (txn->info)
		return;
	va_start(ap, fmt);
	if (vasprintf(&txn->info, fmt, ap) < 0)
		txn->info = NULL;
	va_end(ap);
}

static int txn_add_ids(struct gd_txn *txn)
{
	uuid_t node, tid;
	int r;

	if (gf_uuid_parse(gd_conf_uuid(txn->conf), node) < 0)
		return -EINVAL;
	uuid_generate_random(tid);
	r = dict_set_bin(txn->dict, "originator_uuid", node, sizeof(node));
	if (r == 0)
		r = dict_set_bin(txn->dict, "transaction_id", tid, sizeof(tid));
	if (r == 0 && (txn->op->flags & GD_OPF_SYNCOP))
		r = dict_set_int(txn->dict, "sync-mgmt-operation",
				 txn->op->code);
	if (r == 0 && (txn->op->flags & GD_OPF_MGMT_V3))
		r = dict_set_int(txn->dict, "is_synctasked", 1);
	return r;
}

char *gd_txn_lock_name(const struct dict *d)
{
	bool global = false;
	const char *vol = dict_get_str(d, "volname");

	(void)dict_get_bool(d, "hold_global_locks", &global);
	if (global)
		return strdup("All_global");
	if (vol)
		return xasprintf("%s_vol", vol);
	return NULL;
}

static int txn_lock(struct gd_txn *txn)
{
	const char *vol = dict_get_str(txn->dict, "volname");
	int r;

	if (txn->op->flags & GD_OPF_NOLOCK)
		return 0;
	txn->lock_name = gd_txn_lock_name(txn->dict);
	if (!txn->lock_name)
		return 0;
	r = gd_lock_take(txn->conf->locks, txn->lock_name,
			 gd_conf_uuid(txn->conf));
	if (r == 0)
		return 0;
	free(txn->lock_name);
	txn->lock_name = NULL;
	if (ev_now_ms() < txn->lock_deadline)
		return -EBUSY;
	if (txn->op->flags & GD_OPF_MGMT_V3)
		return gd_txn_fail(txn, EG_ANOTRANS,
			"Another transaction is in progress. Please try "
			"again after some time.");
	return gd_txn_fail(txn, EG_ANOTRANS,
		"Another transaction is in progress for %s. Please try "
		"again after some time.", vol ? vol : "All");
}

static void txn_unlock(struct gd_txn *txn)
{
	if (!txn->lock_name)
		return;
	if (gd_lock_release(txn->conf->locks, txn->lock_name,
			    gd_conf_uuid(txn->conf)) < 0)
		log_warn("lock %s was gone at unlock", txn->lock_name);
	free(txn->lock_name);
	txn->lock_name = NULL;
}

static int txn_phase(struct gd_txn *txn, int (*fn)(struct gd_txn *),
		     const char *fallback)
{
	if (!fn || fn(txn) == 0)
		return 0;
	if (!txn->errstr)
		gd_txn_fail(txn, EG_INTRNL, "%s", fallback);
	return -1;
}

static unsigned started_volumes(const struct gd_conf *c)
{
	const struct gd_volinfo *v;
	unsigned n = 0;

	list_for_each_entry(v, &c->volumes, list)
		n += gd_volinfo_is_started(v);
	return n;
}

/* Pre hooks run synchronously before commit, post hooks are queued after
 * a successful commit; neither can fail the command (as in 10.3). */
static void txn_hooks(struct gd_txn *txn, enum gd_hook_phase phase)
{
	struct gd_hook_args a = { 0 };
	char *err = NULL;

	if (txn->op->hook >= GD_HOOK_OP_MAX)
		return;
	a.volname = dict_get_str(txn->dict, "volname");
	if (!a.volname)
		return;
	a.started = started_volumes(txn->conf);
	if (txn->op->hook_args)
		txn->op->hook_args(txn, &a);
	if (phase == GD_HOOK_PRE) {
		if (gd_hooks_run_pre(txn->conf->loop, txn->conf->workdir,
				     txn->op->hook, &a, &err) < 0)
			log_warn("pre hooks of %s: %s", txn->op->name,
				 err ? err : "failed");
		free(err);
	} else {
		gd_hooks_run_post(txn->conf->loop, txn->conf->workdir,
				  txn->op->hook, &a);
	}
}

/* 10.3 refuses operations on a volume with server quorum while the pool
 * lacks it (except those the operation exempts). */
int gd_txn_stage_local(struct gd_txn *txn)
{
	const char *vol = dict_get_str(txn->dict, "volname");
	struct gd_volinfo *v = vol ? gd_conf_find_volume(txn->conf, vol) : NULL;

	if (v && gd_quorum_blocks(txn->conf, v) &&
	    !(txn->op->quorum_exempt && txn->op->quorum_exempt(txn)))
		return gd_txn_fail(txn, EG_INTRNL, "Quorum not met. Volume "
				   "operation not allowed.");
	return txn_phase(txn, txn->op->stage, "Staging failed on localhost. "
			 "Please check the log file for more details.");
}

int gd_txn_commit_local(struct gd_txn *txn)
{
	int r;

	txn_hooks(txn, GD_HOOK_PRE);
	/* one directory sync per directory for all the files it writes */
	store_batch_begin();
	r = txn_phase(txn, txn->op->commit, "Commit failed on localhost. "
		      "Please check the log file for more details.");
	if (store_batch_end() < 0 && r == 0)
		r = gd_txn_fail(txn, EG_INTRNL, "Commit failed on localhost. "
				"Please check the log file for more details.");
	if (r == 0)
		txn_hooks(txn, GD_HOOK_POST);
	return r;
}

static const struct gd_op *const all_ops[] = {
	&gd_op_volume_create, &gd_op_volume_delete, &gd_op_volume_start,
	&gd_op_volume_stop, &gd_op_volume_set, &gd_op_volume_reset,
	&gd_op_volume_status, &gd_op_volume_add_brick,
};

const struct gd_op *gd_op_by_code(int code)
{
	for (size_t i = 0; i < sizeof(all_ops) / sizeof(*all_ops); i++)
		if ((int)all_ops[i]->code == code)
			return all_ops[i];
	return NULL;
}

void gd_txn_free(struct gd_txn *txn)
{
	if (!txn)
		return;
	if (txn->op && txn->op->release)
		txn->op->release(txn);
	gd_txn_peers_release(txn);
	dict_unref(txn->reply);
	dict_unref(txn->node_rsp);
	strbuf_release(&txn->peer_errs);
	dict_unref(txn->dict);
	free(txn->errstr);
	free(txn->info);
	free(txn->lock_name);
	free(txn);
}

struct gd_txn *gd_txn_new_participant(struct gd_conf *conf,
				      const struct gd_op *op,
				      struct dict *d)
{
	struct gd_txn *txn = calloc(1, sizeof(*txn));

	if (!txn)
		return NULL;
	txn->conf = conf;
	txn->op = op;
	txn->dict = dict_ref(d);
	list_init(&txn->link);
	strbuf_init(&txn->peer_errs);
	return txn;
}

static void txn_finish(struct gd_txn *txn)
{
	struct gd_txn_result res = {
		.op_ret = txn->op_ret,
		.op_errno = txn->op_errno,
		.errstr = txn->op_ret == 0 ? (txn->info ? txn->info : "") :
			  (txn->errstr ? txn->errstr : ""),
		.rsp = txn->empty_reply_dict ? NULL :
		       txn->reply ? txn->reply : txn->dict,
	};
	const char *cmd = dict_get_str(txn->dict, "cmd-str");

	if (cmd)
		gd_cmd_history(txn->conf, cmd, txn->op_ret == 0, res.errstr);
	if (txn->op_ret == 0)
		log_info("%s: success", txn->op->name);
	else
		log_err("%s failed: %s", txn->op->name, res.errstr);
	txn->done(&res, txn->done_arg);
	gd_txn_free(txn);
}

/* After a peer phase: its failures become the transaction's error. */
static bool peers_failed(struct gd_txn *txn)
{
	if (!txn->peer_errs.len)
		return false;
	gd_txn_fail(txn, txn->peer_errno ? txn->peer_errno : EG_INTRNL, "%s",
		    txn->peer_errs.buf);
	strbuf_reset(&txn->peer_errs);
	return true;
}

static void step_local_unlock(struct gd_txn *txn)
{
	if (txn->op_ret == 0)
		(void)peers_failed(txn);
	else
		strbuf_reset(&txn->peer_errs);
	txn_unlock(txn);
	txn_finish(txn);
}

static void step_unlock(struct gd_txn *txn)
{
	gd_txn_peers_run(txn, GD_PH_UNLOCK, step_local_unlock);
}

static void bricks_settled(void *arg)
{
	step_unlock(arg);
}

/* A start answers once this node's bricks serve, as 10.3 (whose start
 * waits for glusterfsd's parent): a mount right after it finds them. */
static void step_post_validated(struct gd_txn *txn)
{
	const char *vol = dict_get_str(txn->dict, "volname");

	if (txn->op_ret == 0 && (txn->op->flags & GD_OPF_WAIT_BRICKS) && vol)
		gd_volume_bricks_settled(txn->conf, vol, GD_BRICK_WAIT_MS,
					 bricks_settled, txn);
	else
		step_unlock(txn);
}

static void step_post_commit(struct gd_txn *txn)
{
	if (peers_failed(txn)) {
		step_unlock(txn);
		return;
	}
	gd_txn_peers_run(txn, GD_PH_POST_VALIDATE, step_post_validated);
}

static void step_committed(struct gd_txn *txn)
{
	if (!peers_failed(txn) && txn->op->finish && txn->op->finish(txn) < 0)
		gd_txn_fail(txn, EG_INTRNL, "Commit failed on localhost. Please "
			    "check the log file for more details.");
	if (txn->op_ret != 0 || !(txn->op->flags & GD_OPF_MGMT_V3)) {
		step_unlock(txn);
		return;
	}
	gd_txn_peers_run(txn, GD_PH_POST_COMMIT, step_post_commit);
}

static void bricks_asked(const struct gd_asked *res, void *arg)
{
	struct gd_txn *txn = arg;

	txn->bricks = *res;
	gd_txn_peers_run(txn, GD_PH_COMMIT, step_committed);
}

static void step_commit(struct gd_txn *txn)
{
	if (peers_failed(txn) || gd_txn_commit_local(txn) < 0) {
		step_unlock(txn);
		return;
	}
	if (txn->op->bricks)
		txn->op->bricks(txn, bricks_asked, txn);
	else
		gd_txn_peers_run(txn, GD_PH_COMMIT, step_committed);
}

static void step_lock(struct gd_txn *txn);

static void lock_retry_timer(struct ev_loop *loop, void *arg)
{
	(void)loop;
	step_lock(arg);
}

/* Waits a little (with jitter, so that two originators racing for the
 * same lock do not meet again) and tries the locks again. */
static void lock_retry(struct gd_txn *txn)
{
	uint64_t ms = 50 + (uint64_t)(random() % 200);

	if (!ev_timer_add(txn->conf->loop, ms, lock_retry_timer, txn)) {
		gd_txn_fail(txn, ENOMEM, "Out of memory");
		txn_finish(txn);
	}
}

static void step_relock(struct gd_txn *txn)
{
	strbuf_reset(&txn->peer_errs);
	txn->peer_errno = 0;
	txn_unlock(txn);
	gd_txn_peers_release(txn);
	lock_retry(txn);
}

static void step_stage(struct gd_txn *txn);

/* Peers answered LOCK: a lock a peer holds for another transaction is
 * waited for, like a local one, until the deadline. */
static void step_locked(struct gd_txn *txn)
{
	if (txn->peer_errs.len && txn->peer_errno == EG_ANOTRANS &&
	    ev_now_ms() < txn->lock_deadline) {
		strbuf_reset(&txn->peer_errs);
		gd_txn_peers_run(txn, GD_PH_UNLOCK, step_relock);
		return;
	}
	step_stage(txn);
}

/* Payloads about an existing volume carry its id: 10.3's peers check it
 * in stage / pre-validate ("vol-id"). */
static int txn_add_volid(struct gd_txn *txn)
{
	const char *vol = dict_get_str(txn->dict, "volname");
	const struct gd_volinfo *v = vol ? gd_conf_find_volume(txn->conf, vol) :
				     NULL;

	if (txn->op->code == GD_OP_CREATE_VOLUME || !v ||
	    dict_has(txn->dict, "vol-id"))
		return 0;
	return dict_set_str(txn->dict, "vol-id", v->volume_id);
}

static void step_lock(struct gd_txn *txn)
{
	int r = txn_lock(txn);

	if (r == -EBUSY) {
		lock_retry(txn);
		return;
	}
	if (r == 0 && txn_add_volid(txn) < 0) {
		gd_txn_fail(txn, ENOMEM, "Out of memory");
		txn_unlock(txn);
		r = -1;
	}
	if (r < 0) {
		txn_finish(txn);
		return;
	}
	gd_txn_peers_pick(txn);
	gd_txn_peers_run(txn, GD_PH_LOCK, step_locked);
}

static void step_stage(struct gd_txn *txn)
{
	if (peers_failed(txn) || gd_txn_stage_local(txn) < 0) {
		step_unlock(txn);
		return;
	}
	gd_txn_peers_run(txn, GD_PH_STAGE, step_commit);
}

void gd_txn_begin(struct gd_conf *conf, const struct gd_op *op,
		  struct dict *req, gd_txn_done_fn done, void *arg)
{
	struct gd_txn *txn = calloc(1, sizeof(*txn));
	struct gd_txn_result oom = { -1, ENOMEM, "Out of memory", NULL };

	if (!txn) {
		done(&oom, arg);
		return;
	}
	txn->conf = conf;
	txn->op = op;
	txn->dict = dict_ref(req);
	txn->done = done;
	txn->done_arg = arg;
	list_init(&txn->link);
	strbuf_init(&txn->peer_errs);
	if (op->prepare && op->prepare(txn) < 0) {
		if (!txn->errstr)
			gd_txn_fail(txn, EG_INTRNL, "Failed to build payload. "
				    "Please check the log file for more details.");
		txn->empty_reply_dict = true;
		txn_finish(txn);
		return;
	}
	if (txn_add_ids(txn) < 0) {
		gd_txn_fail(txn, ENOMEM, "Out of memory");
		txn_finish(txn);
		return;
	}
	txn->lock_deadline = ev_now_ms() + GD_LOCK_WAIT_MS;
	step_lock(txn);
}
