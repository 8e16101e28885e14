/* peer-cli: `peer probe` and `peer detach` from the CLI (cluster.md 3.2,
 * 3.7, 3.8). Both answer at once when there is nothing to do; otherwise
 * the call waits on the peer until the state machine has an outcome.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/handler.h"
#include "glusterd/peer.h"
#include "glusterd/quorum.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/strbuf.h"
#include "rpc/rpc.h"
#include "xdr/cli-msg.h"

void gd_peer_cli_reply(struct gd_peer *p, int op_ret, int op_errno,
		       const char *msg)
{
	struct rpc_call *call = p->cli_call;

	if (!call)
		return;
	p->cli_call = NULL;
	p->cli_kind = GD_PEER_CLI_NONE;
	gd_cli_reply(call, op_ret, op_errno, msg ? msg : "", NULL);
}

static int decode(struct rpc_call *call, bool detach, struct dict **req,
		  struct cli_peer_req *pr)
{
	int r = gd_cli_decode_dict(call, req);

	if (r < 0)
		return r;
	if (cli_peer_req_decode(*req, detach, pr, NULL) < 0) {
		gd_cli_reply(call, -1, EINVAL, "Unable to get hostname", NULL);
		return -EINVAL;
	}
	return 0;
}

int gd_cli_actor_probe(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	struct cli_peer_req pr = { 0 };
	struct dict *req = NULL;
	struct gd_peer *p;
	char msg[512];
	int r = decode(call, false, &req, &pr);

	if (r < 0)
		goto out;
	(void)gd_conf_uuid(c);	/* 10.3 writes glusterd.info here */
	log_info("Received CLI probe req %s %d", pr.hostname, pr.port);
	if (gd_quorum_any_lost(c)) {
		gd_cli_reply(call, -1, GD_PROBE_QUORUM_NOT_MET, "Cluster quorum "
			     "is not met. Changing peers is not allowed in this "
			     "state", NULL);
		goto out;
	}
	if (gd_conf_host_is_local(c, pr.hostname)) {
		gd_cli_reply(call, 0, GD_PROBE_LOCALHOST,
			     "Probe on localhost not needed", NULL);
		goto out;
	}
	p = gd_peer_find_host(c, pr.hostname, false);
	if (p && p->state == GD_FS_UNFRIEND_SENT) {
		gd_cli_reply(call, 0, GD_PROBE_FRIEND_DETACHING,
			     "Peer is already being detached from cluster.\n"
			     "Check peer status by running gluster peer status",
			     NULL);
		goto out;
	}
	if (p) {
		snprintf(msg, sizeof(msg), "Host %s port %d already in peer "
			 "list", pr.hostname, pr.port ? pr.port :
			 GD_DEFAULT_PORT);
		gd_cli_reply(call, 0, GD_PROBE_FRIEND, msg, NULL);
		goto out;
	}
	p = gd_peer_new(c, pr.hostname, pr.port ? pr.port : GD_DEFAULT_PORT,
			GD_FS_DEFAULT);
	if (!p || !(p->cli_host = strdup(pr.hostname))) {
		if (p)
			gd_peer_remove(p);
		gd_cli_reply(call, -1, ENOMEM, "Out of memory", NULL);
		goto out;
	}
	p->cli_call = call;
	p->cli_kind = GD_PEER_CLI_PROBE;
	(void)gd_peer_store(p);
	if (gd_peer_connect(p) < 0) {
		gd_peer_cli_reply(p, -1, GD_PROBE_ADD_FAILED,
				  "Failed to add peer information");
		gd_peer_remove(p);
	}
out:
	cli_peer_req_release(&pr);
	dict_unref(req);
	return r == -EBADMSG ? r : 0;
}

/* 1: some but not all bricks of a volume are on p (detach refused). */
static bool holds_some_bricks(struct gd_conf *c, const struct gd_peer *p)
{
	const struct gd_volinfo *v;

	list_for_each_entry(v, &c->volumes, list) {
		int n = 0;
		for (int i = 0; i < v->brick_count; i++)
			n += p->uuid[0] &&
			     strcmp(v->bricks[i].uuid, p->uuid) == 0;
		if (n > 0 && n < v->brick_count)
			return true;
	}
	return false;
}

static bool others_down(struct gd_conf *c, const struct gd_peer *p)
{
	const struct gd_peer *q;

	list_for_each_entry(q, &c->peers, list)
		if (q != p && (!q->connected || !gd_peer_is_friend(q)))
			return true;
	return false;
}

int gd_cli_actor_detach(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	struct cli_peer_req pr = { 0 };
	struct dict *req = NULL;
	struct gd_peer *p;
	char msg[512];
	int r = decode(call, true, &req, &pr);

	if (r < 0)
		goto out;
	log_info("Received CLI deprobe req");
	p = gd_peer_find_host(c, pr.hostname, true);
	if (!p && gd_conf_host_is_local(c, pr.hostname)) {
		snprintf(msg, sizeof(msg), "%s is localhost", pr.hostname);
		gd_cli_reply(call, -1, GD_DEPROBE_LOCALHOST, msg, NULL);
	} else if (!p) {
		snprintf(msg, sizeof(msg), "%s is not part of cluster",
			 pr.hostname);
		gd_cli_reply(call, -1, GD_DEPROBE_NOT_FRIEND, msg, NULL);
	} else if (!(pr.flags & 1) && others_down(c, p)) {
		gd_cli_reply(call, -1, GD_DEPROBE_FRIEND_DOWN, "One of the "
			     "peers is probably down. Check with 'peer status'",
			     NULL);
	} else if (!(pr.flags & 1) && gd_quorum_any_lost(c)) {
		gd_cli_reply(call, -1, GD_DEPROBE_QUORUM_NOT_MET, "Cluster "
			     "quorum is not met. Changing peers is not allowed "
			     "in this state", NULL);
	} else if (holds_some_bricks(c, p)) {
		snprintf(msg, sizeof(msg), "Peer %s hosts one or more bricks. "
			 "If the peer is in not recoverable state then use "
			 "either replace-brick or remove-brick command with "
			 "force to remove all bricks from the peer and attempt "
			 "the peer detach again.", pr.hostname);
		/* 10.3 answers this one with op_ret 1 (its CLI exits 255) */
		gd_cli_reply(call, 1, GD_DEPROBE_BRICK_EXIST, msg, NULL);
	} else if (p->state == GD_FS_UNFRIEND_SENT || p->cli_call) {
		gd_cli_reply(call, -1, GD_DEPROBE_FRIEND_DETACHING,
			     "Peer is already being detached from cluster.\n"
			     "Check peer status by running gluster peer status",
			     NULL);
	} else {
		p->cli_call = call;
		p->cli_kind = GD_PEER_CLI_DETACH;
		gd_peer_sm_inject(p, GD_FE_INIT_REMOVE_FRIEND, NULL);
	}
out:
	cli_peer_req_release(&pr);
	dict_unref(req);
	return r == -EBADMSG ? r : 0;
}
