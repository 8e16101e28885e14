/* cli: shared state and the command table of the gluster CLI.
 *
 * A command runs in three steps: the row's parse function fills a
 * struct cli_call (typed request from xdr/cli-msg.h), the row's run
 * function sends it through cli/rpc.c and hands the typed reply to the
 * output vtable (cli/output.h), and its return value becomes the exit
 * status.
 */
#ifndef GF_CLI_H
#define GF_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xdr/cli-msg.h"

struct dict;
struct cli_output;
struct rpc_sync;

#define CLI_DEFAULT_SOCK "/var/run/glusterd.socket"
#define CLI_DEFAULT_PORT 24007
#define CLI_DEFAULT_TIMEOUT 120
#define CLI_DEFAULT_LOG "/var/log/glusterfs/cli.log"
#define CLI_GROUPS_DIR "/var/lib/glusterd/groups"

struct cli_ctx {
	bool script;		/* --mode=script: no questions */
	bool xml;
	bool inet6;
	const char *sock;	/* --glusterd-sock */
	const char *remote_host;
	int timeout;		/* seconds */
	const struct cli_output *out;
	struct rpc_sync *conn;	/* opened on first call */
	bool in_shell;
};

/* Parse results. */
enum {
	CLI_PARSE_OK = 0,
	CLI_PARSE_USAGE = -1,	/* print the row's usage, exit 1 */
	CLI_PARSE_QUIET = -2,	/* message printed already, exit 1 */
	CLI_PARSE_ABORT = -3,	/* user said no: nothing sent, exit 0 */
};

/* One command in flight: the typed request for its row. */
struct cli_call {
	const struct cli_cmd *cmd;
	char *cmd_str;		/* words joined by spaces */
	int argc;		/* words after the row's fixed words */
	char **argv;
	int proc;
	union {
		struct cli_create_req create;
		struct cli_volop_req volop;
		struct cli_getvol_req getvol;
		struct cli_set_req set;
		struct cli_get_req get;
		struct cli_reset_req reset;
		struct cli_status_req status;
		struct cli_peer_req peer;
		struct cli_simple_req simple;
		struct cli_addbrick_req addbrick;
		struct cli_rmbrick_req rmbrick;
		struct cli_defrag_req defrag;
		struct cli_logrotate_req logrotate;
		struct cli_heal_req heal;
		struct cli_kv_req kv;
	} req;
	void (*release)(struct cli_call *call);
	/* command specific extras */
	const char *label;	/* e.g. "volume rebalance", "quota command" */
	int sub;		/* sub-operation chosen by the parser */
	char *arg;		/* a word the printer needs (getspec key) */
};

typedef int (*cli_parse_fn)(struct cli_ctx *ctx, struct cli_call *call);
typedef int (*cli_run_fn)(struct cli_ctx *ctx, struct cli_call *call);

struct cli_cmd {
	const char *words;	/* fixed leading words: "volume create" */
	const char *synopsis;	/* for help and usage */
	const char *desc;
	cli_parse_fn parse;
	cli_run_fn run;
	int proc;		/* enum cli_proc, or -1 */
	const char *group;	/* help list it appears in; NULL: hidden */
	const char *usage;	/* usage text when it differs from synopsis */
};

/* cmd-table.c */
extern const struct cli_cmd cli_cmds[];
extern const size_t cli_ncmds;
/* Finds the row for argv; *nfixed gets the number of matched words.
 * NULL when nothing matches (then *bad_pos names the first bad word). */
const struct cli_cmd *cli_cmd_match(int argc, char **argv, int *nfixed,
				    int *bad_pos);
void cli_usage(const struct cli_cmd *cmd);
void cli_unrecognized(int argc, char **argv, int pos);
/* The usage 10.3 prints after an unknown word or option. */
void cli_global_usage(void);
int cli_help_run(struct cli_ctx *ctx, struct cli_call *call);
/* Words that may follow prefix (for completion); NULL-terminated,
 * malloc'd vector of borrowed strings. */
const char **cli_cmd_next_words(int argc, char **argv, const char *partial);

/* main.c */
int cli_run_argv(struct cli_ctx *ctx, int argc, char **argv);
/* y/n question; script mode answers yes. Returns true for yes. */
bool cli_confirm(struct cli_ctx *ctx, const char *question);

/* call helpers (cmd-table.c) */
void cli_call_release(struct cli_call *call);
char *cli_join(int argc, char **argv);

/* parse functions */
int cli_parse_vol_create(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_start(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_stop(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_delete(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_info(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_list(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_set(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_get(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_reset(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_status(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_addbrick(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_rmbrick(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_rebalance(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_log(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_heal(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_quota(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_profile(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_top(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_bitrot(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_barrier(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_statedump(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_clearlocks(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_replacebrick(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_resetbrick(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_sync(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_vol_georep(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_snapshot(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_get_state(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_ganesha(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_peer_probe(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_peer_detach(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_peer_list(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_sys_simple(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_sys_getspec(struct cli_ctx *ctx, struct cli_call *call);
int cli_parse_none(struct cli_ctx *ctx, struct cli_call *call);

/* run functions */
int cli_run_vol_create(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_vol_op(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_vol_info(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_vol_list(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_vol_set(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_vol_get(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_vol_reset(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_vol_status(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_generic(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_peer_op(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_peer_list(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_uuid_get(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_getspec(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_getwd(struct cli_ctx *ctx, struct cli_call *call);
int cli_run_fsm_log(struct cli_ctx *ctx, struct cli_call *call);

/* Helpers shared by the parsers (cmd-volume.c). */
int cli_validate_volname(const char *name, bool create);
/* Canonicalises "host:/path" (collapses //, drops a trailing /, resolves
 * . and ..); prints 10.3's message and returns -1 when invalid. */
int cli_brick_canon(const char *word, char **out);

#endif
