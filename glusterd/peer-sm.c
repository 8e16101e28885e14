/* peer-sm: the friend state machine (cluster.md 3.3).
 *
 * Events go into one FIFO queue (in gd_conf) that is run until empty; an
 * event's action runs first and, when it fails, the event is dropped
 * without a transition. After each transition the peer's store file is
 * rewritten, except for peers that left the pool.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli1-xdr.h"
#include "glusterd1-xdr.h"
#include "glusterd/brick.h"
#include "glusterd/conf.h"
#include "glusterd/op.h"
#include "glusterd/peer-export.h"
#include "glusterd/peer.h"
#include "glusterd/quorum.h"
#include "glusterd/shd.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "rpc/rpc.h"

enum action {
	A_NONE,
	A_PROBE,		/* send PROBE_QUERY */
	A_ADD,			/* send FRIEND_ADD */
	A_HANDLE_ADD,		/* compare/import, answer FRIEND_ADD */
	A_UPDATE_ALL,		/* FRIEND_UPDATE to every friend */
	A_UPDATE_ONE,		/* FRIEND_UPDATE to this peer */
	A_REVERSE_PROBE,	/* queue PROBE */
	A_SEND_REMOVE,		/* FRIEND_REMOVE, or local removal */
	A_HANDLE_REMOVE,	/* we were detached */
	A_REMOVE,		/* drop the peer */
	A_LOG,			/* event not allowed in this state */
};

struct transition {
	bool set;		/* false: no entry (stay, do nothing) */
	unsigned char next;
	unsigned char action;
};

#define T(ev, st, ac) [GD_FE_##ev] = { true, GD_FS_##st, A_##ac }

static const struct transition table[GD_FS_MAX][GD_FE_MAX] = {
	[GD_FS_DEFAULT] = {
		T(PROBE, DEFAULT, PROBE),
		T(INIT_FRIEND_REQ, REQ_SENT, ADD),
		T(RCVD_FRIEND_REQ, REQ_RCVD, HANDLE_ADD),
		T(INIT_REMOVE_FRIEND, DEFAULT, SEND_REMOVE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
		T(CONNECTED, DEFAULT, PROBE),
	},
	[GD_FS_REQ_SENT] = {
		T(RCVD_ACC, REQ_ACCEPTED, NONE),
		T(RCVD_RJT, REJECTED, NONE),
		T(RCVD_FRIEND_REQ, REQ_SENT_RCVD, HANDLE_ADD),
		T(INIT_REMOVE_FRIEND, UNFRIEND_SENT, SEND_REMOVE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
	},
	[GD_FS_REQ_RCVD] = {
		T(INIT_FRIEND_REQ, REQ_SENT_RCVD, NONE),
		T(LOCAL_ACC, REQ_ACCEPTED, NONE),
		T(LOCAL_RJT, REJECTED, NONE),
		T(INIT_REMOVE_FRIEND, DEFAULT, SEND_REMOVE),
		T(RCVD_REMOVE_FRIEND, DEFAULT, HANDLE_REMOVE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
		T(CONNECTED, CONNECTED_RCVD, NONE),
		T(NEW_NAME, CONNECTED_RCVD, NONE),
	},
	[GD_FS_BEFRIENDED] = {
		T(RCVD_ACC, BEFRIENDED, UPDATE_ONE),
		T(LOCAL_ACC, BEFRIENDED, UPDATE_ONE),
		T(RCVD_RJT, REJECTED, NONE),
		T(LOCAL_RJT, REJECTED, NONE),
		T(RCVD_FRIEND_REQ, BEFRIENDED, HANDLE_ADD),
		T(INIT_REMOVE_FRIEND, UNFRIEND_SENT, SEND_REMOVE),
		T(RCVD_REMOVE_FRIEND, DEFAULT, HANDLE_REMOVE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
		T(CONNECTED, BEFRIENDED, ADD),
		T(NEW_NAME, BEFRIENDED, UPDATE_ALL),
	},
	[GD_FS_REQ_ACCEPTED] = {
		T(RCVD_ACC, BEFRIENDED, UPDATE_ALL),
		T(LOCAL_ACC, BEFRIENDED, UPDATE_ALL),
		T(RCVD_RJT, REJECTED, NONE),
		T(LOCAL_RJT, REJECTED, NONE),
		T(RCVD_FRIEND_REQ, REQ_ACCEPTED, HANDLE_ADD),
		T(INIT_REMOVE_FRIEND, REQ_ACCEPTED, SEND_REMOVE),
		T(RCVD_REMOVE_FRIEND, DEFAULT, HANDLE_REMOVE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
		T(CONNECTED, CONNECTED_ACCEPTED, REVERSE_PROBE),
	},
	[GD_FS_REQ_SENT_RCVD] = {
		T(RCVD_ACC, BEFRIENDED, UPDATE_ALL),
		T(RCVD_RJT, REJECTED, NONE),
		T(INIT_REMOVE_FRIEND, UNFRIEND_SENT, SEND_REMOVE),
		T(RCVD_REMOVE_FRIEND, DEFAULT, HANDLE_REMOVE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
	},
	[GD_FS_REJECTED] = {
		T(PROBE, REJECTED, PROBE),
		T(INIT_FRIEND_REQ, REQ_SENT, ADD),
		T(RCVD_ACC, BEFRIENDED, NONE),
		T(LOCAL_ACC, BEFRIENDED, NONE),
		T(RCVD_FRIEND_REQ, REQ_RCVD, HANDLE_ADD),
		T(INIT_REMOVE_FRIEND, DEFAULT, SEND_REMOVE),
		T(RCVD_REMOVE_FRIEND, DEFAULT, HANDLE_REMOVE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
		T(CONNECTED, REJECTED, ADD),
	},
	[GD_FS_UNFRIEND_SENT] = {
		T(PROBE, UNFRIEND_SENT, LOG),
		T(RCVD_RJT, UNFRIEND_SENT, LOG),
		T(LOCAL_RJT, UNFRIEND_SENT, LOG),
		T(RCVD_FRIEND_REQ, UNFRIEND_SENT, LOG),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
	},
	[GD_FS_PROBE_RCVD] = {
		T(RCVD_FRIEND_REQ, REQ_RCVD, HANDLE_ADD),
		T(INIT_REMOVE_FRIEND, DEFAULT, SEND_REMOVE),
		T(RCVD_REMOVE_FRIEND, DEFAULT, NONE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
		T(CONNECTED, CONNECTED_RCVD, NONE),
		T(NEW_NAME, DEFAULT, NONE),
	},
	[GD_FS_CONNECTED_RCVD] = {
		T(LOCAL_ACC, CONNECTED_ACCEPTED, REVERSE_PROBE),
		T(LOCAL_RJT, REJECTED, NONE),
		T(RCVD_FRIEND_REQ, CONNECTED_RCVD, HANDLE_ADD),
		T(INIT_REMOVE_FRIEND, DEFAULT, SEND_REMOVE),
		T(RCVD_REMOVE_FRIEND, DEFAULT, NONE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
	},
	[GD_FS_CONNECTED_ACCEPTED] = {
		T(PROBE, CONNECTED_ACCEPTED, PROBE),
		T(INIT_FRIEND_REQ, REQ_SENT_RCVD, ADD),
		T(INIT_REMOVE_FRIEND, DEFAULT, SEND_REMOVE),
		T(RCVD_REMOVE_FRIEND, DEFAULT, NONE),
		T(REMOVE_FRIEND, DEFAULT, REMOVE),
	},
};

static const char *const event_names[GD_FE_MAX] = {
	"NONE", "PROBE", "INIT_FRIEND_REQ", "RCVD_ACC", "LOCAL_ACC",
	"RCVD_RJT", "LOCAL_RJT", "RCVD_FRIEND_REQ", "INIT_REMOVE_FRIEND",
	"RCVD_REMOVE_FRIEND", "REMOVE_FRIEND", "CONNECTED", "NEW_NAME",
};

struct sm_event {
	struct list_head link;
	struct gd_peer *peer;
	enum gd_fevent ev;
	void *ctx;
};

void gd_friend_req_ctx_free(struct gd_friend_req_ctx *x)
{
	if (!x)
		return;
	if (x->call)
		rpc_call_drop(x->call);
	dict_unref(x->vols);
	free(x->hostname);
	free(x);
}

static void event_free(struct sm_event *e)
{
	if (e->ev == GD_FE_RCVD_FRIEND_REQ)
		gd_friend_req_ctx_free(e->ctx);
	else if (e->ev == GD_FE_RCVD_REMOVE_FRIEND && e->ctx)
		rpc_call_drop(e->ctx);
	gd_peer_unref(e->peer);
	free(e);
}

/* ---------------- actions ---------------- */

static void friend_rsp(struct gd_peer *p, struct rpc_call *call, int op_ret,
		       int op_errno)
{
	gd_friend_reply(p->conf, call, gd_peer_name(p), p->port, op_ret,
			op_errno);
}

/* FRIEND_ADD from p: compare and import, answer, queue the verdict. */
static int act_handle_add(struct gd_peer *p, struct gd_friend_req_ctx *x)
{
	enum gd_import_verdict verdict = GD_IMPORT_REJECT;
	int r = gd_import_friend_dict(p->conf, x->vols, gd_peer_name(p),
				      &verdict);
	bool ok = r == 0 && verdict == GD_IMPORT_ACCEPT;

	if (r < 0)
		log_err("could not import the data of peer %s: %s",
			gd_peer_name(p), strerror(-r));
	friend_rsp(p, x->call, ok ? 0 : -1,
		   ok ? 0 : GD_PROBE_VOLUME_CONFLICT);
	x->call = NULL;
	log_info("Responded to %s (%d), ret: %d, op_ret: %d",
		 gd_peer_name(p), p->port, 0, ok ? 0 : -1);
	gd_peer_sm_inject(p, ok ? GD_FE_LOCAL_ACC : GD_FE_LOCAL_RJT, NULL);
	return 0;
}

/* Stops and forgets a volume that no longer belongs here. */
static void drop_volume(struct gd_conf *c, struct gd_volinfo *v)
{
	log_info("Deleting stale volume %s", v->name);
	gd_volume_stop_bricks(c, v);
	gd_shd_volume_stopped(c, v);
	if (gd_volinfo_delete_store(c->workdir, v) < 0)
		log_err("could not delete the store of volume %s", v->name);
	gd_conf_remove_volume(c, v);
	gd_volinfo_free(v);
}

static int count_bricks_of(const struct gd_volinfo *v, const char *uuid)
{
	int n = 0;

	for (int i = 0; i < v->brick_count; i++)
		n += strcmp(v->bricks[i].uuid, uuid) == 0;
	return n;
}

/* We were detached: leave the pool, keep only volumes with bricks here. */
static int act_handle_remove(struct gd_peer *p, struct rpc_call *call)
{
	struct gd_conf *c = p->conf;
	struct gd_volinfo *v, *n;
	struct gd_peer *q;

	if (call)
		friend_rsp(p, call, 0, 0);
	list_for_each_entry(q, &c->peers, list)
		gd_peer_sm_inject(q, GD_FE_REMOVE_FRIEND, NULL);
	list_for_each_entry_safe(v, n, &c->volumes, list)
		if (count_bricks_of(v, gd_conf_uuid(c)) == 0)
			drop_volume(c, v);
	gd_volfiles_changed(c);
	return 0;
}

/* p leaves the pool: volumes whose bricks were all on p go with it. */
static int act_remove(struct gd_peer *p)
{
	struct gd_conf *c = p->conf;
	struct gd_volinfo *v, *n;

	if (p->uuid[0])
		list_for_each_entry_safe(v, n, &c->volumes, list)
			if (v->brick_count > 0 &&
			    count_bricks_of(v, p->uuid) == v->brick_count)
				drop_volume(c, v);
	gd_peer_remove(p);
	return 0;
}

static int run_action(struct gd_peer *p, enum action a, void **ctx)
{
	struct gd_conf *c = p->conf;
	void *x = *ctx;

	if (a == A_HANDLE_ADD || a == A_HANDLE_REMOVE)
		*ctx = NULL;	/* consumed */
	switch (a) {
	case A_NONE:
		return 0;
	case A_PROBE:
		return gd_peer_send_probe(p);
	case A_ADD:
		return gd_peer_send_add(p);
	case A_HANDLE_ADD: {
		int r = act_handle_add(p, x);
		gd_friend_req_ctx_free(x);
		return r;
	}
	case A_UPDATE_ALL:
		gd_peer_send_update(c, p, NULL, 1, NULL);
		return 0;
	case A_UPDATE_ONE:
		gd_peer_send_update(c, p, p, 1, NULL);
		return 0;
	case A_REVERSE_PROBE:
		gd_peer_sm_inject(p, GD_FE_PROBE, NULL);
		return 0;
	case A_SEND_REMOVE:
		return gd_peer_send_remove(p);
	case A_HANDLE_REMOVE:
		return act_handle_remove(p, x);
	case A_REMOVE:
		return act_remove(p);
	case A_LOG:
		log_err("peer %s is being detached; event ignored",
			gd_peer_name(p));
		return 0;
	}
	return 0;
}

static void sm_run(struct gd_conf *c)
{
	c->peer_sm_running = true;
	while (!list_empty(&c->peer_events)) {
		struct sm_event *e = list_entry(c->peer_events.next,
						struct sm_event, link);
		struct gd_peer *p = e->peer;
		const struct transition *t;
		enum gd_fstate old = p->state;

		list_del(&e->link);
		if (p->dead) {
			event_free(e);
			continue;
		}
		t = &table[p->state][e->ev];
		if (!t->set) {
			log_debug("peer %s: %s ignored in state %s",
				  gd_peer_name(p), event_names[e->ev],
				  gd_fstate_text(p->state));
			event_free(e);
			continue;
		}
		if (run_action(p, t->action, &e->ctx) < 0) {
			log_err("peer %s: action for %s failed, event dropped",
				gd_peer_name(p), event_names[e->ev]);
			event_free(e);
			continue;
		}
		if (!p->dead) {
			p->state = t->next;
			log_info("peer %s: %s --%s--> %s", gd_peer_name(p),
				  gd_fstate_text(old), event_names[e->ev],
				  gd_fstate_text(p->state));
			if (e->ev != GD_FE_INIT_REMOVE_FRIEND)
				(void)gd_peer_store(p);
		}
		event_free(e);
	}
	c->peer_sm_running = false;
	gd_quorum_check(c);
}

void gd_peer_sm_inject(struct gd_peer *p, enum gd_fevent ev, void *ctx)
{
	struct gd_conf *c = p->conf;
	struct sm_event *e = calloc(1, sizeof(*e));

	if (!e) {
		log_err("out of memory: peer event %s lost", event_names[ev]);
		if (ev == GD_FE_RCVD_FRIEND_REQ)
			gd_friend_req_ctx_free(ctx);
		else if (ev == GD_FE_RCVD_REMOVE_FRIEND && ctx)
			rpc_call_drop(ctx);
		return;
	}
	e->peer = gd_peer_ref(p);
	e->ev = ev;
	e->ctx = ctx;
	list_add_tail(&e->link, &c->peer_events);
	if (!c->peer_sm_running)
		sm_run(c);
}
