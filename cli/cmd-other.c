/* cmd-other: every 10.3 command our glusterd does not implement yet. Each
 * parses as 10.3 does and sends its procedure with the request dict 10.3
 * sends (wire.md 6.10-6.11 for the typed ones; the rest as ordered string
 * pairs, in 10.3's insertion order). The reply is shown as a result line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli-rpc.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "libglusterfs/dict.h"

/* call->sub selects the request form */
enum req_form { F_KV = 0, F_ADDBRICK, F_RMBRICK, F_DEFRAG, F_LOG, F_HEAL };

static void kv_release(struct cli_call *call)
{
	switch (call->sub) {
	case F_ADDBRICK: cli_addbrick_req_release(&call->req.addbrick); break;
	case F_RMBRICK: cli_rmbrick_req_release(&call->req.rmbrick); break;
	case F_DEFRAG: cli_defrag_req_release(&call->req.defrag); break;
	case F_LOG: cli_logrotate_req_release(&call->req.logrotate); break;
	case F_HEAL: cli_heal_req_release(&call->req.heal); break;
	default: cli_kv_req_release(&call->req.kv); break;
	}
}

static int kv(struct cli_call *call, const char *k, const char *v)
{
	call->release = kv_release;
	return cli_kv_req_add(&call->req.kv, k, v) < 0 ? CLI_PARSE_QUIET : 0;
}

static int kvi(struct cli_call *call, const char *k, int v)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%d", v);
	return kv(call, k, buf);
}

static int kv_cmdstr(struct cli_call *call)
{
	return kv(call, "cmd-str", call->cmd_str);
}

static bool eq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static bool same(const char *a, const char *b)
{
	return (!a && !b) || eq(a, b);
}

static int set_label(struct cli_call *call, const char *fmt, const char *arg)
{
	char *s = NULL;

	if (asprintf(&s, fmt, arg ? arg : "") < 0)
		return CLI_PARSE_QUIET;
	free(call->arg);
	call->arg = s;
	return 0;
}

/* ---- add-brick / remove-brick / rebalance / log / heal ---- */

static int collect_bricks(char **w, int n, char ***out, int *count)
{
	*out = calloc((size_t)n + 1, sizeof(char *));
	*count = 0;
	if (!*out)
		return CLI_PARSE_QUIET;
	for (int i = 0; i < n; i++) {
		char *b;
		if (cli_brick_canon(w[i], &b) < 0)
			return CLI_PARSE_USAGE;
		(*out)[(*count)++] = b;
	}
	return 0;
}

int cli_parse_vol_addbrick(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_addbrick_req *r = &call->req.addbrick;
	char **w = call->argv;
	int n = call->argc, i = 1;

	(void)ctx;
	call->sub = F_ADDBRICK;
	call->release = kv_release;
	if (n < 2)
		return CLI_PARSE_USAGE;
	if (eq(w[1], "replica")) {
		if (n < 4)
			return CLI_PARSE_USAGE;
		if ((r->replica_count = atoi(w[2])) <= 1) {
			cli_err("replica count should be greater than 1");
			return CLI_PARSE_USAGE;
		}
		i = 3;
		if (eq(w[3], "arbiter")) {
			if (n < 6 || atoi(w[4]) != 1 || r->replica_count != 3) {
				cli_err("For arbiter configuration, replica "
					"count must be 3 and arbiter count "
					"must be 1. The 3rd brick of the "
					"replica will be the arbiter");
				return CLI_PARSE_USAGE;
			}
			r->arbiter_count = 1;
			i = 5;
		}
	}
	if (eq(w[n - 1], "force")) {
		r->force = true;
		n--;
	}
	if (i >= n)
		return CLI_PARSE_USAGE;
	r->volname = strdup(w[0]);
	call->arg = strdup("volume add-brick");
	return collect_bricks(w + i, n - i, &r->bricks, &r->count);
}

struct rb_word {
	const char *word;
	int command;
	const char *label;
};

static const struct rb_word rb_words[] = {
	{ "start", CLI_RB_START, "volume remove-brick start" },
	{ "stop", CLI_RB_STOP, "volume remove-brick stop" },
	{ "status", CLI_RB_STATUS, "volume remove-brick status" },
	{ "commit", CLI_RB_COMMIT, "volume remove-brick commit" },
	{ "force", CLI_RB_COMMIT_FORCE, "volume remove-brick commit force" },
	{ NULL, 0, NULL },
};

int cli_parse_vol_rmbrick(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_rmbrick_req *r = &call->req.rmbrick;
	const struct rb_word *rw = rb_words;
	char **w = call->argv;
	int n = call->argc, i = 1;

	(void)ctx;
	call->sub = F_RMBRICK;
	call->release = kv_release;
	if (n < 3)
		return CLI_PARSE_USAGE;
	while (rw->word && !eq(rw->word, w[n - 1]))
		rw++;
	if (!rw->word)
		return CLI_PARSE_USAGE;
	if (eq(w[1], "replica")) {
		if (n < 5 || (r->replica_count = atoi(w[2])) <= 0)
			return CLI_PARSE_USAGE;
		i = 3;
	}
	r->command = rw->command;
	r->volname = strdup(w[0]);
	call->arg = strdup(rw->label);
	if (rw->command == CLI_RB_STATUS || rw->command == CLI_RB_STOP)
		call->proc = CLI_PROC_DEFRAG_VOLUME;
	return collect_bricks(w + i, n - 1 - i, &r->bricks, &r->count);
}

int cli_parse_vol_rebalance(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_defrag_req *r = &call->req.defrag;
	char **w = call->argv;
	int n = call->argc;

	(void)ctx;
	call->sub = F_DEFRAG;
	call->release = kv_release;
	if (n == 2 && eq(w[1], "start"))
		r->cmd = CLI_DEFRAG_START;
	else if (n == 3 && eq(w[1], "start") && eq(w[2], "force"))
		r->cmd = CLI_DEFRAG_START_FORCE;
	else if (n == 3 && eq(w[1], "fix-layout") && eq(w[2], "start"))
		r->cmd = CLI_DEFRAG_START_LAYOUT_FIX;
	else if (n == 2 && eq(w[1], "stop"))
		r->cmd = CLI_DEFRAG_STOP;
	else if (n == 2 && eq(w[1], "status"))
		r->cmd = CLI_DEFRAG_STATUS;
	else
		return CLI_PARSE_USAGE;
	r->volname = strdup(w[0]);
	return set_label(call, "volume rebalance: %s", w[0]);
}

int cli_parse_vol_log(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_logrotate_req *r = &call->req.logrotate;
	char **w = call->argv;

	(void)ctx;
	call->sub = F_LOG;
	call->release = kv_release;
	if (call->argc < 2 || call->argc > 3 || !eq(w[1], "rotate"))
		return CLI_PARSE_USAGE;
	r->volname = strdup(w[0]);
	if (call->argc == 3)
		r->brick = strdup(w[2]);
	call->arg = strdup("volume log-rotate");
	return 0;
}

struct heal_word {
	const char *w1, *w2;
	int op;
	const char *what;	/* "%s" is the volume */
};

static const struct heal_word heal_words[] = {
	{ NULL, NULL, CLI_HEAL_INDEX, "Launching heal operation to perform "
	  "index self heal on volume %s" },
	{ "full", NULL, CLI_HEAL_FULL, "Launching heal operation to perform "
	  "full self heal on volume %s" },
	{ "enable", NULL, CLI_HEAL_ENABLE, "Enable heal on volume %s" },
	{ "disable", NULL, CLI_HEAL_DISABLE, "Disable heal on volume %s" },
	{ "statistics", NULL, CLI_HEAL_STATISTICS, "Gathering crawl "
	  "statistics on volume %s" },
	{ "statistics", "heal-count", CLI_HEAL_STATISTICS_HEAL_COUNT,
	  "Gathering count of entries to be healed on volume %s" },
	{ "info", NULL, CLI_HEAL_INFO, "Gathering list of entries to be "
	  "healed on volume %s" },
	{ "info", "summary", CLI_HEAL_SUMMARY, "Gathering heal summary on "
	  "volume %s" },
	{ "info", "split-brain", CLI_HEAL_INFO_SPLIT_BRAIN, "Gathering list "
	  "of split brain entries on volume %s" },
	{ "granular-entry-heal", "enable", CLI_HEAL_GRANULAR_ENTRY_ENABLE,
	  "Enable granular entry heal on volume %s" },
	{ "granular-entry-heal", "disable", CLI_HEAL_GRANULAR_ENTRY_DISABLE,
	  "Disable granular entry heal on volume %s" },
	{ NULL, NULL, 0, NULL },
};

static int heal_split_brain(struct cli_call *call)
{
	struct cli_heal_req *r = &call->req.heal;
	char **w = call->argv;
	int n = call->argc;

	if (n == 4 && eq(w[2], "bigger-file"))
		r->heal_op = CLI_HEAL_BIGGER_FILE;
	else if (n == 4 && eq(w[2], "latest-mtime"))
		r->heal_op = CLI_HEAL_LATEST_MTIME;
	else if ((n == 4 || n == 5) && eq(w[2], "source-brick") &&
		 strchr(w[3], ':'))
		r->heal_op = CLI_HEAL_SOURCE_BRICK;
	else
		return CLI_PARSE_USAGE;
	return set_label(call, "Healing split-brain on volume %s", w[0]);
}

static int heal_per_replica(struct cli_call *call)
{
	struct cli_heal_req *r = &call->req.heal;
	char *colon = strrchr(call->argv[4], ':');

	if (!colon)
		return CLI_PARSE_USAGE;
	r->heal_op = CLI_HEAL_STATISTICS_HEAL_COUNT_PER_REPLICA;
	r->replica_host = strndup(call->argv[4],
				  (size_t)(colon - call->argv[4]));
	r->replica_path = strdup(colon + 1);
	return set_label(call, "Gathering count of entries to be healed per "
			 "replica on volume %s", call->argv[0]);
}

int cli_parse_vol_heal(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_heal_req *r = &call->req.heal;
	char **w = call->argv;
	int n = call->argc, rc = CLI_PARSE_USAGE;

	(void)ctx;
	call->sub = F_HEAL;
	call->release = kv_release;
	if (n < 1)
		return CLI_PARSE_USAGE;
	r->volname = strdup(w[0]);
	if (n >= 2 && eq(w[1], "split-brain"))
		return heal_split_brain(call);
	if (n == 5 && eq(w[1], "statistics") && eq(w[2], "heal-count") &&
	    eq(w[3], "replica"))
		return heal_per_replica(call);
	if (n > 3)
		return CLI_PARSE_USAGE;
	for (const struct heal_word *h = heal_words; h->what; h++) {
		if (!same(h->w1, n > 1 ? w[1] : NULL) ||
		    !same(h->w2, n > 2 ? w[2] : NULL))
			continue;
		r->heal_op = h->op;
		rc = set_label(call, h->what, w[0]);
		break;
	}
	return rc;
}

/* ---- the kv-form commands ---- */

int cli_parse_vol_barrier(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	/* enable/disable is judged by glusterd, as in 10.3 */
	if (call->argc != 2)
		return CLI_PARSE_USAGE;
	call->arg = strdup("volume barrier");
	return kv(call, "volname", call->argv[0]) ||
	       kv(call, "barrier", call->argv[1]) || kv_cmdstr(call);
}

static int quota_type(const char *w)
{
	static const struct { const char *w; int t; } t[] = {
		{ "enable", 1 }, { "disable", 2 }, { "limit-usage", 3 },
		{ "remove", 4 }, { "list", 5 }, { "alert-time", 7 },
		{ "soft-timeout", 8 }, { "hard-timeout", 9 },
		{ "default-soft-limit", 10 }, { "limit-objects", 12 },
		{ "list-objects", 13 }, { "remove-objects", 14 },
		{ NULL, 0 },
	};

	for (int i = 0; t[i].w; i++)
		if (eq(t[i].w, w))
			return t[i].t;
	return 0;
}

static int quota_args(struct cli_call *call, int type)
{
	char **w = call->argv;
	int n = call->argc, r = 0;

	if (type == 3 || type == 12) {
		if (n < 4 || n > 5)
			return CLI_PARSE_USAGE;
		r = kv(call, "path", w[2]) || kv(call, "hard-limit", w[3]);
		if (!r && n == 5)
			r = kv(call, "soft-limit", w[4]);
	} else if (type == 4 || type == 14) {
		r = n == 3 ? kv(call, "path", w[2]) : CLI_PARSE_USAGE;
	} else if (type == 5 || type == 13) {
		for (int i = 2; !r && i < n; i++) {
			char key[32];
			snprintf(key, sizeof(key), "path%d", i - 2);
			r = kv(call, key, w[i]);
		}
		if (!r)
			r = kvi(call, "count", n - 2);
	} else if (type >= 7 && type <= 10) {
		r = n == 3 ? kv(call, "value", w[2]) : CLI_PARSE_USAGE;
	} else if (n != 2) {
		r = CLI_PARSE_USAGE;
	}
	return r;
}

int cli_parse_vol_quota(struct cli_ctx *ctx, struct cli_call *call)
{
	bool inode = eq(call->cmd->words, "volume inode-quota");
	int type, r;

	(void)ctx;
	if (call->argc < 2)
		return CLI_PARSE_USAGE;
	type = inode ? (eq(call->argv[1], "enable") ? 15 : 0) :
		       quota_type(call->argv[1]);
	if (!type)
		return CLI_PARSE_USAGE;
	call->arg = strdup("quota command");
	r = kv(call, "volname", call->argv[0]);
	if (!r)
		r = inode ? (call->argc == 2 ? 0 : CLI_PARSE_USAGE) :
			    quota_args(call, type);
	return r ? r : (kvi(call, "type", type) || kv_cmdstr(call));
}

int cli_parse_vol_profile(struct cli_ctx *ctx, struct cli_call *call)
{
	char **w = call->argv;
	int n = call->argc, op = 0, info = 0, peek = 0;

	(void)ctx;
	if (n > 1 && eq(w[n - 1], "nfs"))
		n--;
	if (n == 2 && eq(w[1], "start"))
		op = 1;
	else if (n == 2 && eq(w[1], "stop"))
		op = 2;
	else if (n >= 2 && n <= 4 && eq(w[1], "info")) {
		op = 3;
		info = 1;
		if (n >= 3 && eq(w[2], "incremental"))
			info = 2;
		else if (n >= 3 && eq(w[2], "cumulative"))
			info = 3;
		else if (n >= 3 && eq(w[2], "clear"))
			info = 4;
		else if (n >= 3 && !eq(w[2], "peek"))
			return CLI_PARSE_USAGE;
		peek = eq(w[n - 1], "peek");
	} else {
		return CLI_PARSE_USAGE;
	}
	call->arg = strdup("volume profile");
	return kv(call, "volname", w[0]) || kvi(call, "op", op) ||
	       kvi(call, "info-op", info) || kvi(call, "peek", peek) ||
	       kv_cmdstr(call);
}

int cli_parse_vol_top(struct cli_ctx *ctx, struct cli_call *call)
{
	static const char *const ops[] = { "", "open", "read", "write",
		"opendir", "readdir", "read-perf", "write-perf", "clear",
		NULL };
	char **w = call->argv;
	int n = call->argc, op = 0, r;
	const char *list = "100";

	(void)ctx;
	if (n < 2)
		return CLI_PARSE_USAGE;
	for (int i = 1; ops[i]; i++)
		if (eq(ops[i], w[1]))
			op = i;
	if (!op)
		return CLI_PARSE_USAGE;
	call->arg = strdup("volume top");
	r = kv(call, "volname", w[0]) || kvi(call, "op", 4) ||
	    kvi(call, "top-op", op);
	for (int i = 2; !r && i < n; i += 2) {
		if (i + 1 >= n)
			return CLI_PARSE_USAGE;
		if (eq(w[i], "bs"))
			r = kv(call, "blk-size", w[i + 1]);
		else if (eq(w[i], "count"))
			r = kv(call, "blk-cnt", w[i + 1]);
		else if (eq(w[i], "brick"))
			r = kv(call, "brick", w[i + 1]);
		else if (eq(w[i], "list-cnt"))
			list = w[i + 1];
		else
			return CLI_PARSE_USAGE;
	}
	return r || kv(call, "list-cnt", list) || kv_cmdstr(call);
}

int cli_parse_vol_bitrot(struct cli_ctx *ctx, struct cli_call *call)
{
	char **w = call->argv;
	int n = call->argc, r;

	(void)ctx;
	if (n < 2)
		return CLI_PARSE_USAGE;
	call->arg = strdup("volume bitrot");
	r = kv(call, "volname", w[0]);
	if (r)
		return r;
	if (n == 2 && eq(w[1], "enable"))
		r = kvi(call, "type", 1);
	else if (n == 2 && eq(w[1], "disable"))
		r = kvi(call, "type", 2);
	else if (n == 3 && eq(w[1], "scrub-throttle"))
		r = kv(call, "scrub-throttle-value", w[2]) ||
		    kvi(call, "type", 3);
	else if (n == 3 && eq(w[1], "scrub-frequency"))
		r = kv(call, "scrub-frequency-value", w[2]) ||
		    kvi(call, "type", 4);
	else if (n == 3 && eq(w[1], "scrub"))
		r = kv(call, "scrub-value", w[2]) ||
		    kvi(call, "type", eq(w[2], "status") ? 7 :
			eq(w[2], "ondemand") ? 8 : 5);
	else if (n == 3 && eq(w[1], "signing-time"))
		r = kv(call, "expiry-time", w[2]) || kvi(call, "type", 6);
	else if (n == 3 && eq(w[1], "signer-threads"))
		r = kv(call, "signer-threads", w[2]) || kvi(call, "type", 9);
	else
		return CLI_PARSE_USAGE;
	return r || kv_cmdstr(call);
}

int cli_parse_vol_statedump(struct cli_ctx *ctx, struct cli_call *call)
{
	char *opts;
	int r;

	(void)ctx;
	if (call->argc < 1)
		return CLI_PARSE_USAGE;
	opts = cli_join(call->argc - 1, call->argv + 1);
	if (!opts)
		return CLI_PARSE_QUIET;
	call->arg = strdup("volume statedump");
	r = kv(call, "options", opts) ||
	    kvi(call, "option_cnt", call->argc - 1) ||
	    kv(call, "volname", call->argv[0]) || kv_cmdstr(call);
	free(opts);
	return r;
}

int cli_parse_vol_clearlocks(struct cli_ctx *ctx, struct cli_call *call)
{
	char **w = call->argv;
	int n = call->argc;

	(void)ctx;
	if (n < 5 || n > 6 || !eq(w[2], "kind") ||
	    (!eq(w[3], "blocked") && !eq(w[3], "granted") &&
	     !eq(w[3], "all")) ||
	    (!eq(w[4], "inode") && !eq(w[4], "entry") && !eq(w[4], "posix")))
		return CLI_PARSE_USAGE;
	call->arg = strdup("Volume clear-locks");
	return kv(call, "kind", w[3]) || kv(call, "type", w[4]) ||
	       kv(call, "volname", w[0]) || kv(call, "path", w[1]) ||
	       (n == 6 && kv(call, "opts", w[5])) || kv_cmdstr(call);
}

int cli_parse_vol_replacebrick(struct cli_ctx *ctx, struct cli_call *call)
{
	char **w = call->argv;

	(void)ctx;
	if (call->argc != 5 || !eq(w[3], "commit") || !eq(w[4], "force"))
		return CLI_PARSE_USAGE;
	call->arg = strdup("volume replace-brick");
	return kv(call, "volname", w[0]) || kv(call, "src-brick", w[1]) ||
	       kv(call, "dst-brick", w[2]) ||
	       kv(call, "operation", "GF_REPLACE_OP_COMMIT_FORCE") ||
	       kv_cmdstr(call);
}

int cli_parse_vol_resetbrick(struct cli_ctx *ctx, struct cli_call *call)
{
	char **w = call->argv;
	int n = call->argc;

	(void)ctx;
	call->arg = strdup("volume reset-brick");
	if (n == 3 && eq(w[2], "start"))
		return kv(call, "volname", w[0]) ||
		       kv(call, "src-brick", w[1]) ||
		       kv(call, "operation", "GF_RESET_OP_START") ||
		       kv_cmdstr(call);
	if ((n == 4 && eq(w[3], "commit")) ||
	    (n == 5 && eq(w[3], "commit") && eq(w[4], "force")))
		return kv(call, "volname", w[0]) ||
		       kv(call, "src-brick", w[1]) ||
		       kv(call, "dst-brick", w[2]) ||
		       kv(call, "operation", n == 5 ?
			  "GF_RESET_OP_COMMIT_FORCE" : "GF_RESET_OP_COMMIT") ||
		       kv_cmdstr(call);
	return CLI_PARSE_USAGE;
}

int cli_parse_vol_sync(struct cli_ctx *ctx, struct cli_call *call)
{
	char **w = call->argv;
	int n = call->argc;

	(void)ctx;
	if (n < 1 || n > 2)
		return CLI_PARSE_USAGE;
	call->arg = strdup("volume sync");
	if (n == 2 && !eq(w[1], "all") && kv(call, "volname", w[1]))
		return CLI_PARSE_QUIET;
	if (n == 1 || eq(w[1], "all"))
		if (kvi(call, "flags", 1))
			return CLI_PARSE_QUIET;
	return kv(call, "hostname", w[0]) || kv_cmdstr(call);
}

int cli_parse_vol_georep(struct cli_ctx *ctx, struct cli_call *call)
{
	char **w = call->argv;
	int n = call->argc;

	(void)ctx;
	call->arg = strdup("geo-replication command");
	if (n == 1 && eq(w[0], "status"))
		return kvi(call, "type", 4) || kv_cmdstr(call);
	if (n >= 3 && strstr(w[1], "::") && eq(w[2], "status"))
		return kv(call, "primary", w[0]) || kv(call, "volname", w[0]) ||
		       kv(call, "secondary", w[1]) || kvi(call, "type", 4) ||
		       kv_cmdstr(call);
	if (n >= 3 && strstr(w[1], "::"))
		return kv(call, "primary", w[0]) || kv(call, "volname", w[0]) ||
		       kv(call, "secondary", w[1]) || kv(call, "subop", w[2]) ||
		       kv_cmdstr(call);
	return CLI_PARSE_USAGE;
}

static int snap_type(const char *sub)
{
	static const char *const subs[] = { "", "create", "delete",
		"restore", "activate", "deactivate", "list", "status",
		"config", "clone", "info", NULL };

	for (int i = 1; subs[i]; i++)
		if (eq(subs[i], sub))
			return i;
	return 0;
}

int cli_parse_snapshot(struct cli_ctx *ctx, struct cli_call *call)
{
	const char *sub = strchr(call->cmd->words, ' ') + 1;
	int t = snap_type(sub), r;

	(void)ctx;
	r = set_label(call, "snapshot %s", sub);
	if (r)
		return r;
	if (t == 8)
		return kvi(call, "config-command", 2) || kvi(call, "type", t) ||
		       kv_cmdstr(call);
	if (t == 7)
		r = kvi(call, "hold_vol_locks", 0);
	else
		r = kvi(call, "hold_snap_locks", 1);
	if (!r && t == 1) {
		if (call->argc < 2)
			return CLI_PARSE_USAGE;
		r = kv(call, "snapname", call->argv[0]) ||
		    kv(call, "volname1", call->argv[1]) ||
		    kvi(call, "volcount", 1) || kvi(call, "flags", 0);
	} else if (!r && (t == 2 || t == 7 || t == 10)) {
		if (call->argc >= 1 && !eq(call->argv[0], "all"))
			r = kv(call, "snapname", call->argv[0]);
		if (!r)
			r = kvi(call, "sub-cmd", 0);
	} else if (!r && call->argc >= 1) {
		r = kv(call, t == 6 ? "volname" : "snapname", call->argv[0]);
	}
	return r || kvi(call, "type", t) || kv_cmdstr(call);
}

int cli_parse_get_state(struct cli_ctx *ctx, struct cli_call *call)
{
	char **w = call->argv;
	int n = call->argc, i = 0, r;

	(void)ctx;
	call->arg = strdup("get-state");
	r = kv(call, "daemon", n > 0 && !eq(w[0], "odir") &&
	       !eq(w[0], "file") ? w[i++] : "glusterd");
	for (; !r && i < n; i++) {
		if (eq(w[i], "odir") && i + 1 < n)
			r = kv(call, "odir", w[++i]);
		else if (eq(w[i], "file") && i + 1 < n)
			r = kv(call, "filename", w[++i]);
		else if (eq(w[i], "detail") || eq(w[i], "volumeoptions"))
			r = kv(call, w[i], "1");
		else
			return CLI_PARSE_USAGE;
	}
	return r || kv_cmdstr(call);
}

int cli_parse_ganesha(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	if (call->argc != 1 || (!eq(call->argv[0], "enable") &&
				!eq(call->argv[0], "disable")))
		return CLI_PARSE_USAGE;
	call->arg = strdup("nfs-ganesha");
	return kv(call, "key", "nfs-ganesha") ||
	       kv(call, "value", call->argv[0]) ||
	       kv(call, "globalname", "All") ||
	       kvi(call, "hold_global_locks", 1) || kv_cmdstr(call);
}

int cli_parse_sys_simple(struct cli_ctx *ctx, struct cli_call *call)
{
	const char *w = call->cmd->words;

	(void)ctx;
	if (eq(w, "system:: uuid get") || eq(w, "system:: uuid reset"))
		return call->argc == 0 ? kv_cmdstr(call) : CLI_PARSE_USAGE;
	if (eq(w, "system:: copy file"))
		return call->argc == 1 ? (kv(call, "source", call->argv[0]) ||
					  kv(call, "volname", "N/A") ||
					  kv_cmdstr(call)) : CLI_PARSE_USAGE;
	if (call->argc < 1)
		return CLI_PARSE_USAGE;
	for (int i = 1; i < call->argc; i++) {
		char key[32];
		snprintf(key, sizeof(key), "cmd_arg%d", i);
		if (kv(call, key, call->argv[i]))
			return CLI_PARSE_QUIET;
	}
	return kv(call, "command", call->argv[0]) ||
	       kvi(call, "cmd_args_count", call->argc - 1) ||
	       kv(call, "volname", "N/A") || kv_cmdstr(call);
}

/* ---- run ---- */

static int fill(struct cli_call *call, struct dict *d)
{
	int r;

	switch (call->sub) {
	case F_ADDBRICK:
		call->req.addbrick.cmd_str = call->cmd_str;
		r = cli_addbrick_req_encode(&call->req.addbrick, d);
		call->req.addbrick.cmd_str = NULL;
		return r;
	case F_RMBRICK:
		call->req.rmbrick.cmd_str = call->cmd_str;
		r = cli_rmbrick_req_encode(&call->req.rmbrick, d);
		call->req.rmbrick.cmd_str = NULL;
		return r;
	case F_DEFRAG:
		call->req.defrag.cmd_str = call->cmd_str;
		r = cli_defrag_req_encode(&call->req.defrag, d);
		call->req.defrag.cmd_str = NULL;
		return r;
	case F_LOG:
		call->req.logrotate.cmd_str = call->cmd_str;
		r = cli_logrotate_req_encode(&call->req.logrotate, d);
		call->req.logrotate.cmd_str = NULL;
		return r;
	case F_HEAL:
		call->req.heal.cmd_str = call->cmd_str;
		r = cli_heal_req_encode(&call->req.heal, d);
		call->req.heal.cmd_str = NULL;
		return r;
	default:
		return cli_kv_req_encode(&call->req.kv, d);
	}
}

/* Commands whose result lines are not "<label>: success|failed: ..." */
struct result_fmt {
	const char *label;
	const char *ok;		/* %s: op_errstr */
	const char *fail;	/* %s: op_errstr */
	const char *xml_op;	/* <cliOp>, <output> on success */
	const char *xml_ok;
	bool xml_fail;		/* also on failure, <output> = op_errstr */
};

static const struct result_fmt result_fmts[] = {
	{ "volume barrier", "volume barrier: command successful",
	  "volume barrier: command unsuccessful : %s", NULL, NULL, false },
	{ "quota command", "volume quota : success",
	  "quota command failed : %s", NULL, NULL, false },
	{ "Volume clear-locks", "Volume clear-locks successful\n%s",
	  "Volume clear-locks unsuccessful\n%s", NULL, NULL, false },
	{ "volume replace-brick", "volume replace-brick: success: "
	  "replace-brick commit force operation successful", NULL, NULL,
	  NULL, false },
	{ "geo-replication command", "%s", "%s\ngeo-replication command "
	  "failed", NULL, NULL, false },
	{ "volume log-rotate", NULL, NULL, "volLogRotate",
	  "log rotate successful", false },
	{ "volume add-brick", NULL, NULL, "volAddBrick",
	  "Add Brick successful", true },
	{ NULL, NULL, NULL, NULL, NULL, false },
};

static const struct result_fmt *find_fmt(const char *label)
{
	for (const struct result_fmt *f = result_fmts; f->label; f++)
		if (eq(f->label, label))
			return f;
	return NULL;
}

/* Success and failure lines of the generic commands. */
static char *generic_text(const struct cli_call *call,
			  const struct cli_reply *rep)
{
	const char *label = call->arg ? call->arg : call->cmd->words;
	const struct result_fmt *f = find_fmt(label);
	const char *fmt = f ? (rep->op_ret ? f->fail : f->ok) : NULL;
	char *s = NULL;
	int r;

	if (fmt)
		r = asprintf(&s, fmt, rep->op_errstr);
	else if (call->sub == F_HEAL)
		r = asprintf(&s, rep->op_ret ? "%s has been unsuccessful:\n%s" :
			     "%s has been successful %s", label,
			     rep->op_ret ? rep->op_errstr : "");
	else if (rep->op_ret == 0)
		r = asprintf(&s, "%s: success%s%s", label,
			     rep->op_errstr[0] ? ": " : "", rep->op_errstr);
	else if (rep->op_errstr[0])
		r = asprintf(&s, "%s: failed: %s", label, rep->op_errstr);
	else
		r = asprintf(&s, "%s: failed", label);
	return r < 0 ? NULL : s;
}

int cli_run_generic(struct cli_ctx *ctx, struct cli_call *call)
{
	struct cli_reply rep;
	struct dict *d = dict_new();
	const struct result_fmt *fmt;
	struct cli_msg m = { 0 };
	struct cli_rsp r;
	char *text;
	int rc = 1;

	if (d && fill(call, d) == 0)
		rc = cli_rpc_call(ctx, call->proc, d, &rep);
	dict_unref(d);
	if (rc)
		return rc;
	r = (struct cli_rsp){ rep.op_ret, rep.op_errno, rep.op_errstr,
			      rep.dict };
	text = generic_text(call, &rep);
	if (call->sub == F_HEAL) {
		/* heal answers in text only, --xml or not */
		if (rep.op_ret)
			cli_err("%s", text);
		else
			cli_out("%s", text);
		free(text);
		rc = rep.op_ret != 0;
		cli_reply_release(&rep);
		return rc;
	}
	fmt = find_fmt(call->arg);
	if (fmt && (rep.op_ret == 0 || fmt->xml_fail)) {
		m.xml_op = fmt->xml_op;
		m.xml_output = rep.op_ret == 0 ? fmt->xml_ok : rep.op_errstr;
	}
	m.text = text;
	m.to_stderr = rep.op_ret != 0 &&
		      !eq(call->arg, "geo-replication command");
	m.rc = rep.op_ret != 0;
	rc = ctx->out->message(&r, &m);
	free(text);
	cli_reply_release(&rep);
	return rc;
}
