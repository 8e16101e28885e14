/* cmd-peer: peer probe / detach, peer status and pool list (wire.md 6.1,
 * cluster.md 3.8-3.9). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli-rpc.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "libglusterfs/dict.h"

static void peer_release(struct cli_call *call)
{
	cli_peer_req_release(&call->req.peer);
}

int cli_parse_peer_probe(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	call->release = peer_release;
	if (call->argc != 1)
		return CLI_PARSE_USAGE;
	call->req.peer.hostname = strdup(call->argv[0]);
	call->req.peer.port = CLI_DEFAULT_PORT;
	return call->req.peer.hostname ? CLI_PARSE_OK : CLI_PARSE_QUIET;
}

int cli_parse_peer_detach(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_peer_req *req = &call->req.peer;

	call->release = peer_release;
	if (call->argc < 1 || call->argc > 2)
		return CLI_PARSE_USAGE;
	if (call->argc == 2) {
		if (strcmp(call->argv[1], "force") != 0)
			return CLI_PARSE_USAGE;
		req->flags = 1;
	}
	req->detach = true;
	req->port = CLI_DEFAULT_PORT;
	req->hostname = strdup(call->argv[0]);
	if (!req->hostname)
		return CLI_PARSE_QUIET;
	if (!cli_confirm(ctx, "All clients mounted through the peer which is "
			 "getting detached need to be remounted using one of "
			 "the other active peers in the trusted storage pool to "
			 "ensure client gets notification on any changes done "
			 "on the gluster configuration and if the same has "
			 "been done do you want to proceed?"))
		return CLI_PARSE_ABORT;
	return CLI_PARSE_OK;
}

int cli_run_peer_op(struct cli_ctx *ctx, struct cli_call *call)
{
	const char *verb = call->req.peer.detach ? "peer detach" : "peer probe";
	struct cli_reply rep;
	struct cli_msg m = { 0 };
	struct cli_rsp r;
	struct dict *d = dict_new();
	char *line = NULL;
	int rc = 1;

	call->req.peer.cmd_str = call->cmd_str;
	if (d && cli_peer_req_encode(&call->req.peer, d) == 0)
		rc = cli_rpc_call(ctx, call->proc, d, &rep);
	call->req.peer.cmd_str = NULL;
	dict_unref(d);
	if (rc)
		return rc;
	r = (struct cli_rsp){ rep.op_ret, rep.op_errno, rep.op_errstr,
			      rep.dict };
	if (rep.op_ret == 0) {
		const char *what = rep.op_errstr[0] ? rep.op_errstr : "success";
		if (asprintf(&line, "%s: %s", verb, what) < 0)
			line = NULL;
		m = (struct cli_msg){ line, false, 0, NULL, what };
		r.op_errstr = "";
	} else {
		if (asprintf(&line, "%s: failed: %s", verb, rep.op_errstr) < 0)
			line = NULL;
		/* 10.3's glusterd answers some refusals with op_ret 1 (a
		 * detach of a peer holding bricks): its CLI exits 255 */
		m = (struct cli_msg){ line, true, rep.op_ret > 0 ? 255 : 1,
				      NULL, NULL };
	}
	rc = ctx->out->message(&r, &m);
	free(line);
	cli_reply_release(&rep);
	return rc;
}

int cli_parse_peer_list(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	return call->argc == 0 ? CLI_PARSE_OK : CLI_PARSE_USAGE;
}

int cli_run_peer_list(struct cli_ctx *ctx, struct cli_call *call)
{
	bool pool = strcmp(call->cmd->words, "pool list") == 0;
	struct cli_peer_list l = { 0 };
	struct cli_reply rep;
	struct cli_rsp r;
	int rc = cli_rpc_peer_list(ctx, pool ? 2 : 1, &rep);

	if (rc)
		return rc;
	r = (struct cli_rsp){ rep.op_ret, rep.op_errno, rep.op_errstr,
			      rep.dict };
	if (rep.op_ret != 0 || cli_peer_list_decode(rep.dict, &l) < 0) {
		struct cli_msg m = { "peer status: failed", true, 1, NULL,
				     NULL };
		rc = ctx->out->message(&r, &m);
	} else {
		rc = ctx->out->peer_list(&r, &l, pool);
	}
	cli_peer_list_release(&l);
	cli_reply_release(&rep);
	return rc;
}
