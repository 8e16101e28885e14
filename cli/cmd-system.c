/* cmd-system: the hidden `system::` commands (wire.md 6.12). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli-rpc.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "libglusterfs/dict.h"

int cli_parse_sys_getspec(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	if (call->argc != 1)
		return CLI_PARSE_USAGE;
	call->arg = strdup(call->argv[0]);
	return call->arg ? CLI_PARSE_OK : CLI_PARSE_QUIET;
}

/* getspec and getwd print plain text in every mode, as 10.3 does. */
int cli_run_getspec(struct cli_ctx *ctx, struct cli_call *call)
{
	char *spec = NULL;
	size_t len = 0;
	int op_ret = -1, rc;

	rc = cli_rpc_getspec(ctx, call->arg, &op_ret, &spec, &len);
	if (rc)
		return rc;
	if (op_ret < 0 || !spec) {
		free(spec);
		return 1;
	}
	cli_out("%s", spec);
	free(spec);
	return 0;
}

int cli_run_uuid_get(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	struct cli_rsp r;
	struct dict *d = dict_new();
	const char *uuid;
	int rc = 1;

	if (d && cli_kv_req_encode(&call->req.kv, d) == 0)
		rc = cli_rpc_call(ctx, call->proc, d, &rep);
	dict_unref(d);
	if (rc)
		return rc;
	r = (struct cli_rsp){ rep.op_ret, rep.op_errno, rep.op_errstr,
			      rep.dict };
	uuid = dict_get_str(rep.dict, "uuid");
	if (rep.op_ret != 0 || !uuid) {
		struct cli_msg m = { rep.op_errstr, true, 1, NULL, NULL };
		rc = ctx->out->message(&r, &m);
	} else {
		rc = ctx->out->uuid_get(&r, uuid);
	}
	cli_reply_release(&rep);
	return rc;
}

int cli_run_getwd(struct cli_ctx *ctx, struct cli_call *call)
{
	char *wd = NULL;
	int op_ret = -1, rc;

	if (call->argc != 0) {
		cli_usage(call->cmd);
		return 1;
	}
	rc = cli_rpc_getwd(ctx, &op_ret, &wd);
	if (rc)
		return rc;
	if (op_ret == 0)
		cli_out("%s", wd);
	free(wd);
	return op_ret == 0 ? 0 : 1;
}

int cli_run_fsm_log(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	struct cli_rsp r;
	int32_t count = 0;
	int rc;

	rc = cli_rpc_fsm_log(ctx, call->argc ? call->argv[0] : "", &rep);
	if (rc)
		return rc;
	r = (struct cli_rsp){ rep.op_ret, rep.op_errno, rep.op_errstr,
			      rep.dict };
	(void)dict_get_int32(rep.dict, "count", &count);
	if (rep.op_ret != 0) {
		struct cli_msg m = { rep.op_errstr, true, 1, NULL, NULL };
		rc = ctx->out->message(&r, &m);
	} else if (count <= 0) {
		struct cli_msg m = { "No transitions", true, 0, NULL, NULL };
		rc = ctx->out->message(&r, &m);
	} else {
		for (int i = 0; i < count; i++) {
			char k[64];
			const char *o, *n, *e, *t;
			snprintf(k, sizeof(k), "log%d.old-state", i);
			o = dict_get_str(rep.dict, k);
			snprintf(k, sizeof(k), "log%d.new-state", i);
			n = dict_get_str(rep.dict, k);
			snprintf(k, sizeof(k), "log%d.event", i);
			e = dict_get_str(rep.dict, k);
			snprintf(k, sizeof(k), "log%d.time", i);
			t = dict_get_str(rep.dict, k);
			cli_out("Old State: [%s]\nNew State: [%s]\nEvent    : "
				"[%s]\ntimestamp: [%s]\n", o ? o : "",
				n ? n : "", e ? e : "", t ? t : "");
		}
	}
	cli_reply_release(&rep);
	return rc;
}
