/* cmd-volume-status: `volume status [all | V [daemon|brick]] [detail...]`
 * (wire.md 6.6). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli-rpc.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"

struct word_bit {
	const char *word;
	uint32_t bit;
};

static const struct word_bit detail_words[] = {
	{ "detail", CLI_STATUS_DETAIL }, { "clients", CLI_STATUS_CLIENTS },
	{ "mem", CLI_STATUS_MEM }, { "inode", CLI_STATUS_INODE },
	{ "fd", CLI_STATUS_FD }, { "callpool", CLI_STATUS_CALLPOOL },
	{ "tasks", CLI_STATUS_TASKS },
	{ "client-list", CLI_STATUS_CLIENT_LIST }, { NULL, 0 },
};

static const struct word_bit daemon_words[] = {
	{ "nfs", CLI_STATUS_NFS }, { "shd", CLI_STATUS_SHD },
	{ "quotad", CLI_STATUS_QUOTAD }, { "snapd", CLI_STATUS_SNAPD },
	{ "bitd", CLI_STATUS_BITD }, { "scrub", CLI_STATUS_SCRUB },
	{ NULL, 0 },
};

static uint32_t word_bit(const struct word_bit *t, const char *w)
{
	for (; t->word; t++)
		if (strcmp(t->word, w) == 0)
			return t->bit;
	return 0;
}

static void status_release(struct cli_call *call)
{
	cli_status_req_release(&call->req.status);
}

/* The word after the volume: a daemon, a brick or a detail word. */
static int status_target(struct cli_status_req *req, const char *w)
{
	uint32_t b = word_bit(daemon_words, w);

	if (b) {
		req->cmd = b;
		return 0;
	}
	b = word_bit(detail_words, w);
	if (b) {
		req->cmd |= b;
		return 1;
	}
	/* any other word is a brick; glusterd judges it */
	req->cmd = CLI_STATUS_BRICK;
	req->brick = strdup(w);
	return req->brick ? 0 : -1;
}

/* What 10.3 refuses to ask a daemon or a brick for, and says why. */
static const struct {
	uint32_t target;
	uint32_t words;
	const char *why;
} unavailable[] = {
	{ CLI_STATUS_NFS, CLI_STATUS_DETAIL | CLI_STATUS_FD | CLI_STATUS_TASKS,
	  "Detail/FD/Tasks status not available for NFS Servers" },
	{ CLI_STATUS_SHD, CLI_STATUS_DETAIL | CLI_STATUS_CLIENTS |
	  CLI_STATUS_FD | CLI_STATUS_TASKS,
	  "Detail/FD/Clients/Tasks status not available for Self-heal "
	  "Daemons" },
	{ CLI_STATUS_QUOTAD, CLI_STATUS_DETAIL | CLI_STATUS_CLIENTS |
	  CLI_STATUS_INODE | CLI_STATUS_FD,
	  "Detail/FD/Clients/Inode status not available for Quota Daemon" },
	{ CLI_STATUS_SNAPD, CLI_STATUS_DETAIL | CLI_STATUS_CLIENTS |
	  CLI_STATUS_INODE | CLI_STATUS_FD,
	  "Detail/FD/Clients/Inode status not available for snap daemon" },
	{ CLI_STATUS_BRICK, CLI_STATUS_TASKS,
	  "Tasks status not available for bricks" },
};

/* The last word, a detail word: usage with 10.3's reason when not. */
static int status_word(struct cli_status_req *req, const char *w)
{
	uint32_t b = word_bit(detail_words, w);

	if (!b) {
		cli_err("%s is not a valid status option", w);
		return CLI_PARSE_USAGE;
	}
	for (size_t i = 0; i < sizeof(unavailable) / sizeof(unavailable[0]);
	     i++) {
		if ((req->cmd & unavailable[i].target) &&
		    (b & unavailable[i].words)) {
			cli_err("%s", unavailable[i].why);
			return CLI_PARSE_USAGE;
		}
	}
	req->cmd |= b;
	return CLI_PARSE_OK;
}

int cli_parse_vol_status(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_status_req *req = &call->req.status;
	char **w = call->argv;
	int n = call->argc, t;

	(void)ctx;
	call->release = status_release;
	if (n > 3)
		return CLI_PARSE_USAGE;
	if (n == 0 || strcmp(w[0], "all") == 0) {
		req->cmd = CLI_STATUS_ALL;
		if (n == 3) {
			cli_err("Cannot specify brick/nfs for \"all\"");
			return CLI_PARSE_USAGE;
		}
		return n == 2 ? status_word(req, w[1]) : CLI_PARSE_OK;
	}
	req->cmd = CLI_STATUS_VOL;
	req->volname = strdup(w[0]);
	if (!req->volname)
		return CLI_PARSE_QUIET;
	if (n == 1)
		return CLI_PARSE_OK;
	t = status_target(req, w[1]);
	if (t < 0 || (t == 1 && n == 3))
		return CLI_PARSE_USAGE;
	return n == 3 ? status_word(req, w[2]) : CLI_PARSE_OK;
}

static int status_send(struct cli_ctx *ctx, struct cli_call *call,
		       const struct cli_status_req *req,
		       struct cli_reply *rep)
{
	struct cli_status_req r = *req;
	struct dict *d = dict_new();
	int rc = 1;

	r.cmd_str = call->cmd_str;
	if (d && cli_status_req_encode(&r, d) == 0)
		rc = cli_rpc_call(ctx, call->proc, d, rep);
	dict_unref(d);
	return rc;
}

/* Shows one volume's reply; first/last bracket the all loop. */
static int status_show(struct cli_ctx *ctx, const struct cli_reply *rep,
		       bool first, bool last, bool loop)
{
	struct cli_rsp r = { rep->op_ret, rep->op_errno, rep->op_errstr,
			     rep->dict };
	struct cli_status_rsp s;
	const char *bad = NULL;
	int rc;

	if (rep->op_ret != 0)
		return ctx->out->vol_status_err(&r, first, last, loop);
	rc = cli_status_rsp_decode(rep->dict, &s, &bad);
	if (rc < 0) {
		/* like 10.3: a reply it cannot read prints nothing */
		if (rc == -E2BIG)
			log_err("volume status reply refused: it asks for "
				"more than %d entries", CLI_STATUS_DUMP_BUDGET);
		else
			log_err("volume status reply refused%s%s: %s",
				bad ? " at " : "", bad ? bad : "",
				strerror(-rc));
		cli_status_rsp_release(&s);
		return 1;
	}
	rc = ctx->out->vol_status(&r, &s, first, last, loop);
	cli_status_rsp_release(&s);
	return rc;
}

static int status_all(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_status_req one = { 0 };
	struct cli_name_list l = { 0 };
	struct cli_reply rep;
	int rc = status_send(ctx, call, &call->req.status, &rep);

	if (rc)
		return rc;
	if (rep.op_ret != 0 || cli_status_all_decode(rep.dict, &l) < 0) {
		struct cli_rsp r = { rep.op_ret, rep.op_errno, rep.op_errstr,
				     rep.dict };
		rc = ctx->out->vol_status_err(&r, true, true, false);
		goto out;
	}
	if (l.n == 0) {
		struct cli_rsp r = { rep.op_ret, rep.op_errno, rep.op_errstr,
				     rep.dict };
		struct cli_msg m = { "No volumes present", true, 0, NULL,
				     NULL };
		rc = ctx->out->vol_status_none(&r, &m);
		goto out;
	}
	one.cmd = CLI_STATUS_VOL |
		  (call->req.status.cmd & CLI_STATUS_MASK);
	for (size_t i = 0; i < l.n; i++) {
		struct cli_reply vrep;

		one.volname = l.names[i];
		if (status_send(ctx, call, &one, &vrep)) {
			rc = 1;
			break;
		}
		/* in the loop a stopped volume is not an error; a reply
		 * that cannot be shown ends it */
		rc = status_show(ctx, &vrep, i == 0, i + 1 == l.n, true);
		cli_reply_release(&vrep);
		if (rc)
			break;
	}
out:
	cli_name_list_release(&l);
	cli_reply_release(&rep);
	return rc;
}

int cli_run_vol_status(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	int rc;

	if (call->req.status.cmd & CLI_STATUS_ALL)
		return status_all(ctx, call);
	rc = status_send(ctx, call, &call->req.status, &rep);
	if (rc)
		return rc;
	rc = status_show(ctx, &rep, true, true, false);
	cli_reply_release(&rep);
	return rc;
}
