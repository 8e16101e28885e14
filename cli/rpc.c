/* rpc: connect, send, receive for the CLI (cli/cli-rpc.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli-rpc.h"
#include "cli/output.h"
#include "cli1-xdr.h"
#include "glusterfs3-xdr.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "rpc/rpc.h"

#define CONNECT_FAILED \
	"Connection failed. Please check if gluster daemon is operational."

void cli_reply_release(struct cli_reply *rep)
{
	if (!rep)
		return;
	free(rep->op_errstr);
	dict_unref(rep->dict);
	memset(rep, 0, sizeof(*rep));
}

static int timeout_ms(const struct cli_ctx *ctx)
{
	return (ctx->timeout > 0 ? ctx->timeout : CLI_DEFAULT_TIMEOUT) * 1000;
}

static int cli_connect(struct cli_ctx *ctx)
{
	int r;

	if (ctx->conn)
		return 0;
	if (ctx->remote_host)
		r = rpc_sync_connect_tcp(ctx->remote_host, CLI_DEFAULT_PORT,
					 timeout_ms(ctx), &ctx->conn);
	else
		r = rpc_sync_connect_unix(ctx->sock ? ctx->sock :
					  CLI_DEFAULT_SOCK, timeout_ms(ctx),
					  &ctx->conn);
	if (r < 0) {
		log_err("connect failed: %s", strerror(-r));
		cli_out("%s", CONNECT_FAILED);
		return 1;
	}
	return 0;
}

void cli_rpc_close(struct cli_ctx *ctx)
{
	ctx->conn = rpc_sync_close(ctx->conn);
}

/* Maps a transport-level failure to 10.3's behaviour. */
static int call_failed(struct cli_ctx *ctx, int r)
{
	if (r == -ETIMEDOUT) {
		cli_out("Error : Request timed out");
	} else if (r == -EPROTO) {
		log_err("call rejected (accept_stat %d)",
			rpc_sync_last_accept(ctx->conn));
	} else if (r == -ECONNRESET || r == -EPIPE) {
		log_err("connection lost");
	} else {
		log_err("call failed: %s", strerror(-r));
	}
	return 1;
}

static int do_call(struct cli_ctx *ctx, uint32_t prog, uint32_t vers,
		   int proc, xdrproc_t aproc, const void *args,
		   xdrproc_t rproc, void *res)
{
	int r;

	if (cli_connect(ctx))
		return 1;
	r = rpc_sync_call(ctx->conn, prog, vers, (uint32_t)proc, aproc, args,
			  rproc, res, timeout_ms(ctx));
	if (r < 0)
		return call_failed(ctx, r);
	return 0;
}

static int take_dict(const char *buf, unsigned len, struct dict **out)
{
	int r = dict_unserialize(buf, len, out);

	if (r < 0)
		log_err("reply dict does not decode: %s", strerror(-r));
	return r < 0 ? 1 : 0;
}

int cli_rpc_call(struct cli_ctx *ctx, int proc, const struct dict *req,
		 struct cli_reply *rep)
{
	gf_cli_req a = { { 0, NULL } };
	gf_cli_rsp res;
	char *buf = NULL;
	size_t len = 0;
	int r;

	memset(rep, 0, sizeof(*rep));
	memset(&res, 0, sizeof(res));
	if (req && dict_serialize(req, &buf, &len) < 0)
		return 1;
	a.dict.dict_len = (u_int)len;
	a.dict.dict_val = buf;
	r = do_call(ctx, GD_PROG_CLI, GD_PROG_CLI_VERS, proc,
		    (xdrproc_t)xdr_gf_cli_req, &a, (xdrproc_t)xdr_gf_cli_rsp,
		    &res);
	free(buf);
	if (r)
		return r;
	rep->op_ret = res.op_ret;
	rep->op_errno = res.op_errno;
	rep->op_errstr = strdup(res.op_errstr ? res.op_errstr : "");
	r = take_dict(res.dict.dict_val, res.dict.dict_len, &rep->dict);
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&res);
	if (r || !rep->op_errstr) {
		cli_reply_release(rep);
		return 1;
	}
	return 0;
}

int cli_rpc_peer_list(struct cli_ctx *ctx, int flags, struct cli_reply *rep)
{
	gf1_cli_peer_list_req a = { flags, { 0, NULL } };
	gf1_cli_peer_list_rsp res;
	int r;

	memset(rep, 0, sizeof(*rep));
	memset(&res, 0, sizeof(res));
	r = do_call(ctx, GD_PROG_CLI, GD_PROG_CLI_VERS, CLI_PROC_LIST_FRIENDS,
		    (xdrproc_t)xdr_gf1_cli_peer_list_req, &a,
		    (xdrproc_t)xdr_gf1_cli_peer_list_rsp, &res);
	if (r)
		return r;
	rep->op_ret = res.op_ret;
	rep->op_errno = res.op_errno;
	rep->op_errstr = strdup("");
	r = take_dict(res.friends.friends_val, res.friends.friends_len,
		      &rep->dict);
	xdr_free((xdrproc_t)xdr_gf1_cli_peer_list_rsp, (char *)&res);
	if (r || !rep->op_errstr) {
		cli_reply_release(rep);
		return 1;
	}
	return 0;
}

static int getspec_xdata(char **buf, size_t *len)
{
	struct dict *x = dict_new();
	int r = -ENOMEM;

	if (x && dict_set_str(x, "min-op-version", "1") == 0 &&
	    dict_set_str(x, "max-op-version", "100000") == 0)
		r = dict_serialize(x, buf, len);
	dict_unref(x);
	return r;
}

int cli_rpc_getspec(struct cli_ctx *ctx, const char *key, int *op_ret,
		    char **spec, size_t *len)
{
	gf_getspec_req a;
	gf_getspec_rsp res;
	char *xbuf = NULL;
	size_t xlen = 0;
	int r;

	*spec = NULL;
	*len = 0;
	memset(&a, 0, sizeof(a));
	memset(&res, 0, sizeof(res));
	if (getspec_xdata(&xbuf, &xlen) < 0)
		return 1;
	a.flags = 0;
	a.key = strdup(key);
	a.xdata.xdata_len = (u_int)xlen;
	a.xdata.xdata_val = xbuf;
	r = do_call(ctx, GD_PROG_HNDSK, GD_PROG_HNDSK_VERS, GF_HNDSK_GETSPEC,
		    (xdrproc_t)xdr_gf_getspec_req, &a,
		    (xdrproc_t)xdr_gf_getspec_rsp, &res);
	free(xbuf);
	free(a.key);
	if (r)
		return r;
	*op_ret = res.op_ret;
	if (res.op_ret >= 0 && res.spec) {
		size_t n = strlen(res.spec);
		if ((size_t)res.op_ret < n)
			n = (size_t)res.op_ret;
		*spec = strndup(res.spec, n);
		*len = n;
	}
	xdr_free((xdrproc_t)xdr_gf_getspec_rsp, (char *)&res);
	return 0;
}

int cli_rpc_getwd(struct cli_ctx *ctx, int *op_ret, char **wd)
{
	gf1_cli_getwd_req a = { 0 };
	gf1_cli_getwd_rsp res;
	int r;

	memset(&res, 0, sizeof(res));
	r = do_call(ctx, GD_PROG_CLI, GD_PROG_CLI_VERS, CLI_PROC_GETWD,
		    (xdrproc_t)xdr_gf1_cli_getwd_req, &a,
		    (xdrproc_t)xdr_gf1_cli_getwd_rsp, &res);
	if (r)
		return r;
	*op_ret = res.op_ret;
	*wd = strdup(res.wd ? res.wd : "");
	xdr_free((xdrproc_t)xdr_gf1_cli_getwd_rsp, (char *)&res);
	return *wd ? 0 : 1;
}

int cli_rpc_fsm_log(struct cli_ctx *ctx, const char *name,
		    struct cli_reply *rep)
{
	gf1_cli_fsm_log_req a;
	gf1_cli_fsm_log_rsp res;
	int r;

	memset(rep, 0, sizeof(*rep));
	memset(&res, 0, sizeof(res));
	a.name = strdup(name);
	if (!a.name)
		return 1;
	r = do_call(ctx, GD_PROG_CLI, GD_PROG_CLI_VERS, CLI_PROC_FSM_LOG,
		    (xdrproc_t)xdr_gf1_cli_fsm_log_req, &a,
		    (xdrproc_t)xdr_gf1_cli_fsm_log_rsp, &res);
	free(a.name);
	if (r)
		return r;
	rep->op_ret = res.op_ret;
	rep->op_errno = res.op_errno;
	rep->op_errstr = strdup(res.op_errstr ? res.op_errstr : "");
	r = take_dict(res.fsm_log.fsm_log_val, res.fsm_log.fsm_log_len,
		      &rep->dict);
	xdr_free((xdrproc_t)xdr_gf1_cli_fsm_log_rsp, (char *)&res);
	if (r || !rep->op_errstr) {
		cli_reply_release(rep);
		return 1;
	}
	return 0;
}
