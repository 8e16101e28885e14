/* txn: the one transaction engine. Today every transaction is local to
 * this node; the phases are already those that peers will join
 * (cluster.md 4.2): prepare -> lock -> stage -> commit -> unlock. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/time.h>

#include "glusterd/cmd-history.h"
#include "glusterd/locks.h"
#include "glusterd/op.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
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

static char *txn_lock_name(const struct gd_txn *txn)
{
	bool global = false;
	const char *vol = dict_get_str(txn->dict, "volname");

	(void)dict_get_bool(txn->dict, "hold_global_locks", &global);
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

	txn->lock_name = txn_lock_name(txn);
	if (!txn->lock_name)
		return 0;
	r = gd_lock_take(txn->conf->locks, txn->lock_name,
			 gd_conf_uuid(txn->conf));
	if (r == 0)
		return 0;
	free(txn->lock_name);
	txn->lock_name = NULL;
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

static int txn_commit(struct gd_txn *txn)
{
	int r;

	txn_hooks(txn, GD_HOOK_PRE);
	r = txn_phase(txn, txn->op->commit, "Commit failed on localhost. "
		      "Please check the log file for more details.");
	if (r == 0)
		txn_hooks(txn, GD_HOOK_POST);
	return r;
}

static void txn_finish(struct gd_txn *txn, gd_txn_done_fn done, void *arg)
{
	struct gd_txn_result res = {
		.op_ret = txn->op_ret,
		.op_errno = txn->op_errno,
		.errstr = txn->op_ret == 0 ? (txn->info ? txn->info : "") :
			  (txn->errstr ? txn->errstr : ""),
		.rsp = txn->empty_reply_dict ? NULL : txn->dict,
	};
	const char *cmd = dict_get_str(txn->dict, "cmd-str");

	if (cmd)
		gd_cmd_history(txn->conf, cmd, txn->op_ret == 0, res.errstr);
	if (txn->op_ret == 0)
		log_info("%s: success", txn->op->name);
	else
		log_err("%s failed: %s", txn->op->name, res.errstr);
	done(&res, arg);
	if (txn->op->release)
		txn->op->release(txn);
	dict_unref(txn->dict);
	free(txn->errstr);
	free(txn->info);
	free(txn);
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
	if (op->prepare && op->prepare(txn) < 0) {
		if (!txn->errstr)
			gd_txn_fail(txn, EG_INTRNL, "Failed to build payload. "
				    "Please check the log file for more details.");
		txn->empty_reply_dict = true;
		txn_finish(txn, done, arg);
		return;
	}
	if (txn_add_ids(txn) < 0) {
		gd_txn_fail(txn, ENOMEM, "Out of memory");
		txn_finish(txn, done, arg);
		return;
	}
	if (txn_lock(txn) == 0) {
		if (txn_phase(txn, op->stage, "Staging failed on localhost. "
			      "Please check the log file for more details.") == 0)
			(void)txn_commit(txn);
		txn_unlock(txn);
	}
	txn_finish(txn, done, arg);
}
