/* op: the single table of operations and the transaction they run in.
 *
 * A mutating CLI command is one transaction (txn.c): prepare on the
 * originator, lock, stage on every node, commit on every node, unlock,
 * reply. Operations see the transaction dictionary (the request plus the
 * originator's additions), exactly what peers will receive, and keep their
 * parsed form in txn->priv.
 */
#ifndef GD_OP_H
#define GD_OP_H

#include <stdbool.h>
#include <stdint.h>

#include "glusterd/conf.h"
#include "glusterd/gd-errno.h"
#include "glusterd/hooks.h"
#include "libglusterfs/list.h"
#include "libglusterfs/strbuf.h"

struct dict;
struct rpc_call;
struct gd_txn;

/* glusterd_op_t numbers (wire.md 3.7) */
enum gd_op_code {
	GD_OP_NONE = 0,
	GD_OP_CREATE_VOLUME = 1,
	GD_OP_DELETE_VOLUME = 4,
	GD_OP_START_VOLUME = 5,
	GD_OP_STOP_VOLUME = 6,
	GD_OP_ADD_BRICK = 8,
	GD_OP_REMOVE_BRICK = 9,
	GD_OP_SET_VOLUME = 11,
	GD_OP_RESET_VOLUME = 12,
	GD_OP_STATUS_VOLUME = 18,
	GD_OP_MAX_OPVERSION = 37,
};


/* How long a transaction waits for a lock another one holds. */
#define GD_LOCK_WAIT_MS 30000

#define GD_OPF_SYNCOP  0x1	/* reply carries sync-mgmt-operation */
#define GD_OPF_MGMT_V3 0x2	/* reply carries is_synctasked */
#define GD_OPF_WAIT_BRICKS 0x8	/* answer once local bricks serve */
#define GD_BRICK_WAIT_MS 10000
#define GD_OPF_NOLOCK  0x4	/* read-only: takes no lock here; peers get
				 * LOCK/UNLOCK (10.3's need them) but ours
				 * do not lock for it */

/* What a node's processes answered when asked (gd_op.bricks). */
struct gd_asked {
	int answered;		/* answers added */
	int failed;		/* processes that answered with an error */
	bool nomem;
};
typedef void (*gd_asked_fn)(const struct gd_asked *res, void *arg);

struct gd_op {
	const char *name;	/* for logs */
	enum gd_op_code code;
	unsigned flags;
	/* Originator only, before any lock: parse, checks that need no lock,
	 * additions to the dict (ids, defaults). May fail with op_errno 0. */
	int (*prepare)(struct gd_txn *txn);
	/* Every node: validate; may record facts in the dict. */
	int (*stage)(struct gd_txn *txn);
	/* Every node: apply and persist. */
	int (*commit)(struct gd_txn *txn);
	/* Every node, after its commit succeeded: asks this node's
	 * processes (bricks) and adds their answers to txn->node_rsp; done
	 * runs once with the tally (maybe before this returns).
	 * Must not touch txn after returning: a participant's transaction
	 * may end meanwhile. NULL: none. */
	void (*bricks)(struct gd_txn *txn, gd_asked_fn done, void *arg);
	/* Originator only, after every node committed (may set reply). */
	int (*finish)(struct gd_txn *txn);
	/* Stage may go on while the volume lacks server quorum (NULL: no). */
	bool (*quorum_exempt)(const struct gd_txn *txn);
	/* Frees txn->priv. */
	void (*release)(struct gd_txn *txn);
	/* Hook scripts run around commit (cluster.md 7); GD_HOOK_OP_MAX for
	 * none. hook_args may add op-specific arguments (set: the pairs). */
	enum gd_hook_op hook;
	void (*hook_args)(struct gd_txn *txn, struct gd_hook_args *args);
};

/* The outcome handed to the caller: rsp is the dict to send back (NULL
 * for an empty one); the callee owns nothing of it after returning. */
struct gd_txn_result {
	int op_ret;
	int op_errno;
	const char *errstr;	/* "" when none */
	struct dict *rsp;
};

typedef void (*gd_txn_done_fn)(const struct gd_txn_result *res, void *arg);

struct gd_peer;

/* Peer phases of a transaction (cluster.md 4.1, 4.2). */
enum gd_txn_phase {
	GD_PH_LOCK,
	GD_PH_STAGE,		/* STAGE_OP (syncop) or PRE_VALIDATE (v3) */
	GD_PH_COMMIT,
	GD_PH_POST_COMMIT,	/* mgmt v3 only */
	GD_PH_POST_VALIDATE,	/* mgmt v3 only */
	GD_PH_UNLOCK,
};

struct gd_txn {
	struct gd_conf *conf;
	const struct gd_op *op;
	struct dict *dict;
	void *priv;
	int op_ret;
	int op_errno;
	char *errstr;
	char *info;		/* op_errstr of a success (10.3 warnings) */
	bool empty_reply_dict;	/* failures before the transaction proper */
	char *lock_name;

	/* originator: the peers taking part and the phase in flight */
	gd_txn_done_fn done;
	void *done_arg;
	struct gd_peer **peers;
	size_t npeers;
	size_t pending;
	struct strbuf peer_errs;	/* "<Phase> failed on <peer>. <E>" */
	int peer_errno;
	void (*next)(struct gd_txn *txn);
	uint64_t lock_deadline;		/* ev_now_ms() until which we wait */
	struct dict **peer_rsps;	/* peers' commit answers (by peer) */
	struct dict *reply;		/* the CLI's answer, when not dict */
	struct dict *node_rsp;		/* this node's commit answer */
	struct gd_asked bricks;		/* originator: its processes' tally */
	/* participant: transactions of other nodes (handler-mgmt.c) */
	struct list_head link;
	char originator[GF_UUID_BUFLEN];
	char key[64];
};

/* Records the user-facing failure once (later calls are ignored) and
 * returns -1 so callers can `return gd_txn_fail(...)`. */
int gd_txn_fail(struct gd_txn *txn, int op_errno, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Records a message that a successful reply carries in op_errstr (the
 * first one wins). */
void gd_txn_info(struct gd_txn *txn, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));


/* Runs op for the request dict (a reference is taken) and calls done once
 * with the outcome; done may run before gd_txn_begin returns. */
void gd_txn_begin(struct gd_conf *conf, const struct gd_op *op,
		  struct dict *req, gd_txn_done_fn done, void *arg);

/* The operation with a glusterd_op_t number, or NULL. */
const struct gd_op *gd_op_by_code(int code);
/* The lock name a transaction dict asks for ("<vol>_vol", "All_global"),
 * malloc'd, or NULL for none. */
char *gd_txn_lock_name(const struct dict *d);
/* Stage with the server-quorum check first (every node). */
int gd_txn_stage_local(struct gd_txn *txn);
/* Commit with the hook scripts around it (every node). */
int gd_txn_commit_local(struct gd_txn *txn);
/* A participant's transaction object for a peer's request. */
struct gd_txn *gd_txn_new_participant(struct gd_conf *conf,
				      const struct gd_op *op,
				      struct dict *d);
void gd_txn_free(struct gd_txn *txn);

/* txn-peer.c: sends phase ph to every peer of txn; once all answered,
 * failures are in txn->peer_errs and txn->next runs. */
void gd_txn_peers_pick(struct gd_txn *txn);
void gd_txn_peers_run(struct gd_txn *txn, enum gd_txn_phase ph,
		      void (*next)(struct gd_txn *txn));
void gd_txn_peers_release(struct gd_txn *txn);

/* The operations (op-volume-*.c). */
extern const struct gd_op gd_op_volume_create;
extern const struct gd_op gd_op_volume_delete;
extern const struct gd_op gd_op_volume_start;
extern const struct gd_op gd_op_volume_stop;
extern const struct gd_op gd_op_volume_set;
extern const struct gd_op gd_op_volume_reset;
extern const struct gd_op gd_op_volume_status;
extern const struct gd_op gd_op_volume_add_brick;

/* Regenerates and writes every volfile of v (volfile-write.c). */
int gd_volfiles_write(struct gd_conf *c, struct gd_volinfo *v);
/* Sends FETCHSPEC to every connection (volfiles were rewritten). */
void gd_volfiles_changed(struct gd_conf *c);
/* Saves v's store and volfiles after a committed change. */
int gd_volume_persist(struct gd_conf *c, struct gd_volinfo *v);

#endif
