/* cli-rpc: the CLI's side of the GLUSTER_CLI program (and the Handshake
 * GETSPEC it uses for `system:: getspec`). One connection per process,
 * opened on the first call: unix socket, or TCP with --remote-host.
 *
 * Every function returns 0 when a SUCCESS reply was decoded; otherwise it
 * has already printed what 10.3 prints (connection failure, timeout) or
 * nothing (a rejected call), and returns 1: the exit status.
 */
#ifndef GF_CLI_RPC_H
#define GF_CLI_RPC_H

#include "cli/cli.h"

struct dict;

struct cli_reply {
	int op_ret;
	int op_errno;
	char *op_errstr;	/* never NULL after a successful call */
	struct dict *dict;	/* never NULL after a successful call */
};

void cli_reply_release(struct cli_reply *rep);

/* gf_cli_req {dict} -> gf_cli_rsp. req NULL sends a zero-length dict. */
int cli_rpc_call(struct cli_ctx *ctx, int proc, const struct dict *req,
		 struct cli_reply *rep);
/* LIST_FRIENDS: gf1_cli_peer_list_req {flags, empty dict}. */
int cli_rpc_peer_list(struct cli_ctx *ctx, int flags, struct cli_reply *rep);
/* Handshake GETSPEC; *spec gets op_ret bytes (NULL when op_ret < 0). */
int cli_rpc_getspec(struct cli_ctx *ctx, const char *key, int *op_ret,
		    char **spec, size_t *len);
/* GETWD: *wd malloc'd. */
int cli_rpc_getwd(struct cli_ctx *ctx, int *op_ret, char **wd);
/* FSM_LOG: reply fields into rep (dict = fsm_log). */
int cli_rpc_fsm_log(struct cli_ctx *ctx, const char *name,
		    struct cli_reply *rep);
void cli_rpc_close(struct cli_ctx *ctx);

#endif
