/* cmd-volume: start/stop/delete, info, list, set, get, reset (parse and
 * run). Create lives in cmd-volume-create.c, status in
 * cmd-volume-status.c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli-rpc.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "libglusterfs/dict.h"

#define EG_NOVOL 30806

/* ---- shared run helpers ---- */

static struct cli_rsp rsp_of(const struct cli_reply *rep)
{
	struct cli_rsp r = { rep->op_ret, rep->op_errno, rep->op_errstr,
			     rep->dict };
	return r;
}

/* "<prefix>: success[<ok>]" or "<prefix>: failed[: errstr]". */
static char *result_line(const char *prefix, const struct cli_reply *rep,
			 const char *ok)
{
	char *s = NULL;
	int r;

	if (rep->op_ret == 0)
		r = asprintf(&s, "%s: success%s", prefix, ok ? ok : "");
	else if (rep->op_errstr[0])
		r = asprintf(&s, "%s: failed: %s", prefix, rep->op_errstr);
	else
		r = asprintf(&s, "%s: failed", prefix);
	return r < 0 ? NULL : s;
}

/* Encodes with fn, calls proc, fills rep. */
static int send_dict(struct cli_ctx *ctx, struct cli_call *call,
		     int (*fill)(struct cli_call *call, struct dict *d),
		     struct cli_reply *rep)
{
	struct dict *d = dict_new();
	int r;

	if (!d || fill(call, d) < 0) {
		dict_unref(d);
		return 1;
	}
	r = cli_rpc_call(ctx, call->proc, d, rep);
	dict_unref(d);
	return r;
}

/* ---- start / stop / delete / create ---- */

static void volop_release(struct cli_call *call)
{
	cli_volop_req_release(&call->req.volop);
}

static int parse_volop(struct cli_call *call, bool allow_force)
{
	struct cli_volop_req *req = &call->req.volop;

	call->release = volop_release;
	if (call->argc < 1 || call->argc > (allow_force ? 2 : 1))
		return CLI_PARSE_USAGE;
	if (call->argc == 2) {
		if (strcmp(call->argv[1], "force") != 0)
			return CLI_PARSE_USAGE;
		req->flags = 1;
	}
	req->volname = strdup(call->argv[0]);
	return req->volname ? CLI_PARSE_OK : CLI_PARSE_QUIET;
}

int cli_parse_vol_start(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	return parse_volop(call, true);
}

int cli_parse_vol_stop(struct cli_ctx *ctx, struct cli_call *call)
{
	int r = parse_volop(call, true);

	if (r == CLI_PARSE_OK &&
	    !cli_confirm(ctx, "Stopping volume will make its data "
			 "inaccessible. Do you want to continue?"))
		return CLI_PARSE_ABORT;
	return r;
}

int cli_parse_vol_delete(struct cli_ctx *ctx, struct cli_call *call)
{
	int r = parse_volop(call, false);

	if (r == CLI_PARSE_OK &&
	    !cli_confirm(ctx, "Deleting volume will erase all information "
			 "about the volume. Do you want to continue?"))
		return CLI_PARSE_ABORT;
	return r;
}

static int fill_volop(struct cli_call *call, struct dict *d)
{
	call->req.volop.cmd_str = call->cmd_str;
	int r = cli_volop_req_encode(&call->req.volop,
				     call->proc != CLI_PROC_DELETE_VOLUME, d);
	call->req.volop.cmd_str = NULL;
	return r;
}

static const char *vol_id_of(const struct cli_reply *rep)
{
	const char *id = dict_get_str(rep->dict, "volume-id");

	return id ? id : dict_get_str(rep->dict, "vol-id");
}

static int show_volop(struct cli_ctx *ctx, const struct cli_reply *rep,
		      const char *verb, const char *elem, const char *volname,
		      const char *ok)
{
	struct cli_rsp r = rsp_of(rep);
	struct cli_msg m = { 0 };
	char prefix[512], *line;
	int rc;

	snprintf(prefix, sizeof(prefix), "volume %s: %s", verb, volname);
	line = result_line(prefix, rep, ok);
	m.text = line;
	m.to_stderr = rep->op_ret != 0;
	m.rc = rep->op_ret != 0;
	rc = ctx->out->vol_op(&r, elem, volname, vol_id_of(rep), &m);
	free(line);
	return rc;
}

int cli_run_vol_op(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	const char *verb = "start", *elem = "volStart";
	int rc;

	if (call->proc == CLI_PROC_STOP_VOLUME) {
		verb = "stop";
		elem = "volStop";
	} else if (call->proc == CLI_PROC_DELETE_VOLUME) {
		verb = "delete";
		elem = "volDelete";
	}
	rc = send_dict(ctx, call, fill_volop, &rep);
	if (rc)
		return rc;
	rc = show_volop(ctx, &rep, verb, elem, call->req.volop.volname, NULL);
	cli_reply_release(&rep);
	return rc;
}

static int fill_create(struct cli_call *call, struct dict *d)
{
	call->req.create.cmd_str = call->cmd_str;
	int r = cli_create_req_encode(&call->req.create, d);
	call->req.create.cmd_str = NULL;
	return r;
}

int cli_run_vol_create(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	int rc = send_dict(ctx, call, fill_create, &rep);

	if (rc)
		return rc;
	rc = show_volop(ctx, &rep, "create", "volCreate",
			call->req.create.volname,
			": please start the volume to access data");
	cli_reply_release(&rep);
	return rc;
}

/* ---- info ---- */

static void getvol_release(struct cli_call *call)
{
	cli_getvol_req_release(&call->req.getvol);
}

int cli_parse_vol_info(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	call->release = getvol_release;
	if (call->argc > 1)
		return CLI_PARSE_USAGE;
	if (call->argc == 0 || strcmp(call->argv[0], "all") == 0) {
		call->req.getvol.flags = CLI_GET_NEXT_VOLUME;
		return CLI_PARSE_OK;
	}
	call->req.getvol.flags = CLI_GET_VOLUME;
	call->req.getvol.volname = strdup(call->argv[0]);
	return call->req.getvol.volname ? CLI_PARSE_OK : CLI_PARSE_QUIET;
}

static int fill_getvol(struct cli_call *call, struct dict *d)
{
	return cli_getvol_req_encode(&call->req.getvol, d);
}

struct volinfo_set {
	struct cli_volinfo *v;
	size_t n;
};

static void volinfo_set_release(struct volinfo_set *s)
{
	for (size_t i = 0; i < s->n; i++)
		cli_volinfo_release(&s->v[i]);
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

/* Appends the volumes of one reply; returns how many it had. */
static int volinfo_take(const struct cli_reply *rep, struct volinfo_set *s)
{
	int32_t count = 0;
	struct cli_volinfo *nv;

	if (dict_get_int32(rep->dict, "count", &count) < 0 || count < 0)
		return -EINVAL;
	nv = realloc(s->v, sizeof(*nv) * (s->n + (size_t)count + 1));
	if (!nv)
		return -ENOMEM;
	s->v = nv;
	for (int i = 0; i < count; i++) {
		if (cli_volinfo_decode(rep->dict, i, &s->v[s->n], NULL) < 0) {
			cli_volinfo_release(&s->v[s->n]);
			return -EINVAL;
		}
		s->n++;
	}
	return count;
}

/* The cursor loop of `volume info [all]`: flags 3 until count 0. */
static int info_all(struct cli_ctx *ctx, struct cli_call *call,
		    struct volinfo_set *s, struct cli_reply *last)
{
	for (;;) {
		struct cli_reply rep;
		int n, rc = send_dict(ctx, call, fill_getvol, &rep);

		if (rc)
			return rc;
		n = rep.op_ret == 0 ? volinfo_take(&rep, s) : 0;
		if (n < 0) {
			cli_reply_release(&rep);
			return 1;
		}
		if (n == 0 || s->n == 0) {
			*last = rep;
			return 0;
		}
		free(call->req.getvol.volname);
		call->req.getvol.volname = strdup(s->v[s->n - 1].name);
		cli_reply_release(&rep);
		if (!call->req.getvol.volname)
			return 1;
	}
}

int cli_run_vol_info(struct cli_ctx *ctx, struct cli_call *call)
{
	bool all = call->req.getvol.flags == CLI_GET_NEXT_VOLUME;
	struct volinfo_set s = { 0 };
	struct cli_reply rep = { 0 };
	struct cli_msg m = { 0 };
	struct cli_rsp r;
	char *text = NULL;
	int rc;

	rc = all ? info_all(ctx, call, &s, &rep) :
		   send_dict(ctx, call, fill_getvol, &rep);
	if (rc)
		goto out;
	if (!all && rep.op_ret == 0 && volinfo_take(&rep, &s) < 0) {
		rc = 1;
		goto out;
	}
	if (s.n == 0 && (rep.op_ret != 0 || !all)) {
		if (asprintf(&text, "Volume %s does not exist",
			     call->req.getvol.volname ?
			     call->req.getvol.volname : "") < 0)
			text = NULL;
		m = (struct cli_msg){ text, true, 1, NULL, NULL };
	} else if (s.n == 0) {
		m = (struct cli_msg){ "No volumes present", true, 0, NULL,
				      NULL };
	}
	r = rsp_of(&rep);
	rc = ctx->out->vol_info(&r, s.v, s.n, &m);
out:
	free(text);
	volinfo_set_release(&s);
	cli_reply_release(&rep);
	return rc;
}

/* ---- list ---- */

int cli_parse_vol_list(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	return call->argc == 0 ? CLI_PARSE_OK : CLI_PARSE_USAGE;
}

int cli_run_vol_list(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	struct cli_name_list l = { 0 };
	struct cli_msg m = { "No volumes present in cluster", true, 0, NULL,
			     NULL };
	struct cli_rsp r;
	int rc = cli_rpc_call(ctx, call->proc, NULL, &rep);

	if (rc)
		return rc;
	r = rsp_of(&rep);
	if (rep.op_ret != 0) {
		m = (struct cli_msg){ rep.op_errstr, true, 1, NULL, NULL };
		rc = ctx->out->vol_list(&r, NULL, &m);
	} else if (cli_vol_list_decode(rep.dict, &l) < 0) {
		rc = 1;
	} else {
		rc = ctx->out->vol_list(&r, &l, &m);
	}
	cli_name_list_release(&l);
	cli_reply_release(&rep);
	return rc;
}

/* ---- set ---- */

static void set_release(struct cli_call *call)
{
	cli_set_req_release(&call->req.set);
}

static int set_add(struct cli_set_req *req, const char *k, const char *v)
{
	struct cli_kv *nkv = realloc(req->opts, sizeof(*nkv) *
				     (req->nopts + 1));

	if (!nkv)
		return -ENOMEM;
	req->opts = nkv;
	nkv[req->nopts].key = strdup(k);
	nkv[req->nopts].value = strdup(v);
	req->nopts++;
	return nkv[req->nopts - 1].key && nkv[req->nopts - 1].value ?
	       0 : -ENOMEM;
}

static void chomp(char *s)
{
	size_t n = strlen(s);

	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

/* Group files: key=value lines (cluster.md 5.3). */
static int set_group(struct cli_set_req *req, const char *name)
{
	char path[4096], line[4096];
	FILE *f;
	int r = 0;

	snprintf(path, sizeof(path), "%s/%s", CLI_GROUPS_DIR, name);
	f = fopen(path, "r");
	if (!f) {
		cli_err("Unable to open file '%s'. Error: %s", path,
			strerror(errno));
		return CLI_PARSE_QUIET;
	}
	while (r == 0 && fgets(line, sizeof(line), f)) {
		char *eq;

		chomp(line);
		eq = strchr(line, '=');
		if (!line[0] || line[0] == '#' || !eq)
			continue;
		*eq = '\0';
		r = set_add(req, line, eq + 1);
	}
	fclose(f);
	return r < 0 ? CLI_PARSE_QUIET : CLI_PARSE_OK;
}

int cli_parse_vol_set(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_set_req *req = &call->req.set;

	(void)ctx;
	call->release = set_release;
	if (call->argc == 1 && strcmp(call->argv[0], "help") == 0) {
		req->help = true;
		return CLI_PARSE_OK;
	}
	if (call->argc < 3 || call->argc % 2 == 0)
		return CLI_PARSE_USAGE;
	req->volname = strdup(call->argv[0]);
	if (!req->volname)
		return CLI_PARSE_QUIET;
	req->global = strcmp(req->volname, "all") == 0;
	if (call->argc == 3 && strcmp(call->argv[1], "group") == 0)
		return set_group(req, call->argv[2]);
	for (int i = 1; i + 1 < call->argc; i += 2)
		if (set_add(req, call->argv[i], call->argv[i + 1]) < 0)
			return CLI_PARSE_QUIET;
	return CLI_PARSE_OK;
}

static int fill_set(struct cli_call *call, struct dict *d)
{
	call->req.set.cmd_str = call->cmd_str;
	int r = cli_set_req_encode(&call->req.set, d);
	call->req.set.cmd_str = NULL;
	return r;
}

int cli_run_vol_set(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	struct cli_msg m = { .xml_op = "volSet" };
	struct cli_rsp r;
	char *line;
	int rc = send_dict(ctx, call, fill_set, &rep);

	if (rc)
		return rc;
	r = rsp_of(&rep);
	if (call->req.set.help && rep.op_ret == 0 &&
	    dict_get_str(rep.dict, "help-str")) {
		m = (struct cli_msg){ dict_get_str(rep.dict, "help-str"),
				      false, 0, NULL, NULL };
		rc = ctx->out->message(&r, &m);
		cli_reply_release(&rep);
		return rc;
	}
	line = result_line("volume set", &rep, NULL);
	m.text = line;
	m.to_stderr = rep.op_ret != 0;
	m.rc = rep.op_ret != 0;
	m.xml_output = rep.op_ret == 0 ? "Set volume successful" :
		       "Set volume unsuccessful";
	rc = ctx->out->message(&r, &m);
	free(line);
	cli_reply_release(&rep);
	return rc;
}

/* ---- get ---- */

static void get_release(struct cli_call *call)
{
	cli_get_req_release(&call->req.get);
}

int cli_parse_vol_get(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	call->release = get_release;
	if (call->argc != 2)
		return CLI_PARSE_USAGE;
	call->req.get.volname = strdup(call->argv[0]);
	call->req.get.key = strdup(call->argv[1]);
	return call->req.get.volname && call->req.get.key ?
	       CLI_PARSE_OK : CLI_PARSE_QUIET;
}

static int fill_get(struct cli_call *call, struct dict *d)
{
	call->req.get.cmd_str = call->cmd_str;
	int r = cli_get_req_encode(&call->req.get, d);
	call->req.get.cmd_str = NULL;
	return r;
}

int cli_run_vol_get(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	struct cli_get_rsp g = { 0 };
	struct cli_msg m = { 0 };
	struct cli_rsp r;
	char *line = NULL;
	int rc = send_dict(ctx, call, fill_get, &rep);

	if (rc)
		return rc;
	r = rsp_of(&rep);
	if (rep.op_ret != 0) {
		if (asprintf(&line, "volume get option: failed: %s",
			     rep.op_errstr) < 0)
			line = NULL;
		m = (struct cli_msg){ line, true, 1, "volGetopts", line };
		rc = ctx->out->vol_get(&r, NULL, &m);
	} else if (cli_get_rsp_decode(rep.dict, &g) < 0 || g.n == 0) {
		m = (struct cli_msg){ "volume get option failed. Check the "
				      "cli/glusterd log file for more details",
				      false, 1, NULL, NULL };
		rc = ctx->out->vol_get(&r, NULL, &m);
	} else {
		rc = ctx->out->vol_get(&r, &g, &m);
	}
	free(line);
	cli_get_rsp_release(&g);
	cli_reply_release(&rep);
	return rc;
}

/* ---- reset ---- */

static void reset_release(struct cli_call *call)
{
	cli_reset_req_release(&call->req.reset);
}

int cli_parse_vol_reset(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reset_req *req = &call->req.reset;
	int n = call->argc;

	(void)ctx;
	call->release = reset_release;
	if (n < 1 || n > 3)
		return CLI_PARSE_USAGE;
	if (n >= 2 && strcmp(call->argv[n - 1], "force") == 0) {
		req->force = true;
		n--;
	}
	if (n > 2)
		return CLI_PARSE_USAGE;
	req->volname = strdup(call->argv[0]);
	req->key = strdup(n == 2 ? call->argv[1] : "all");
	return req->volname && req->key ? CLI_PARSE_OK : CLI_PARSE_QUIET;
}

static int fill_reset(struct cli_call *call, struct dict *d)
{
	call->req.reset.cmd_str = call->cmd_str;
	int r = cli_reset_req_encode(&call->req.reset, d);
	call->req.reset.cmd_str = NULL;
	return r;
}

int cli_run_vol_reset(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	struct cli_msg m = { .xml_op = "volReset" };
	struct cli_rsp r;
	char *line = NULL;
	const char *detail;
	int rc = send_dict(ctx, call, fill_reset, &rep);

	if (rc)
		return rc;
	r = rsp_of(&rep);
	detail = rep.op_errstr[0] ? rep.op_errstr : "reset volume successful";
	if (rep.op_ret == 0 &&
	    asprintf(&line, "volume reset: success: %s", detail) < 0)
		line = NULL;
	if (rep.op_ret != 0)
		line = result_line("volume reset", &rep, NULL);
	m.text = line;
	m.to_stderr = rep.op_ret != 0;
	m.rc = rep.op_ret != 0;
	m.xml_output = rep.op_ret == 0 ? detail : rep.op_errstr;
	rc = ctx->out->message(&r, &m);
	free(line);
	cli_reply_release(&rep);
	return rc;
}
