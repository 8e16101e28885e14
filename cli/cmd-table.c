/* cmd-table: the gluster command grammar, one row per command.
 *
 * A row's fixed words are the leading words of its synopsis up to the
 * first placeholder; the longest row whose fixed words start argv wins.
 * Help lists, usage errors and shell completion all read this table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output.h"

#define P(p) CLI_PROC_##p
#define ROW(w, syn, desc, parse, run, proc, grp) \
	{ w, syn, desc, parse, run, proc, grp, NULL }
#define ROWU(w, syn, desc, parse, run, proc, grp, usage) \
	{ w, syn, desc, parse, run, proc, grp, usage }
/* listed by help only: the command itself is another row */
#define HELPONLY(syn, desc, grp) \
	{ NULL, syn, desc, NULL, NULL, -1, grp, NULL }

static const char georep_syn[] =
	"volume geo-replication [<PRIMARY-VOLNAME>] "
	"[<SECONDARY-IP>]::[<SECONDARY-VOLNAME>] {\\\n"
	" create [[ssh-port n] [[no-verify] \\\n"
	" | [push-pem]]] [force] \\\n"
	" | start [force] \\\n"
	" | stop [force] \\\n"
	" | pause [force] \\\n"
	" | resume [force] \\\n"
	" | config [[[\\!]<option>] [<value>]] \\\n"
	" | status [detail] \\\n"
	" | delete [reset-sync-time]} ";

static const char quota_usage[] =
	"volume quota <VOLNAME> {enable|disable|list [<path> ...]| "
	"list-objects [<path> ...] | remove <path>| remove-objects <path> | "
	"default-soft-limit <percent>}\n"
	"volume quota <VOLNAME> {limit-usage <path> <size> [<percent>]}\n"
	"volume quota <VOLNAME> {limit-objects <path> <number> "
	"[<percent>]}\n"
	"volume quota <VOLNAME> {alert-time|soft-timeout|hard-timeout} "
	"{<time>}";

const struct cli_cmd cli_cmds[] = {
	/* ---- volume ---- */
	ROW("volume add-brick", "volume add-brick <VOLNAME> [<replica> <COUNT> "
	    "[arbiter <COUNT>]] <NEW-BRICK> ... [force]",
	    "add brick to volume <VOLNAME>", cli_parse_vol_addbrick,
	    cli_run_generic, P(ADD_BRICK), "volume"),
	ROW("volume barrier", "volume barrier <VOLNAME> {enable|disable}",
	    "Barrier/unbarrier file operations on a volume",
	    cli_parse_vol_barrier, cli_run_generic, P(BARRIER_VOLUME),
	    "volume"),
	ROW("volume clear-locks", "volume clear-locks <VOLNAME> <path> kind "
	    "{blocked|granted|all}{inode [range]|entry [basename]|posix "
	    "[range]}", "Clear locks held on path", cli_parse_vol_clearlocks,
	    cli_run_generic, P(CLRLOCKS_VOLUME), "volume"),
	ROW("volume create", "volume create <NEW-VOLNAME> [[replica <COUNT> "
	    "[arbiter <COUNT>]]|[replica 2 thin-arbiter 1]] [disperse "
	    "[<COUNT>]] [disperse-data <COUNT>] [redundancy <COUNT>] "
	    "[transport <tcp|rdma|tcp,rdma>] <NEW-BRICK> <TA-BRICK>... "
	    "[force]", "create a new volume of specified type with mentioned "
	    "bricks", cli_parse_vol_create, cli_run_vol_create,
	    P(CREATE_VOLUME), "volume"),
	ROW("volume delete", "volume delete <VOLNAME>",
	    "delete volume specified by <VOLNAME>", cli_parse_vol_delete,
	    cli_run_vol_op, P(DELETE_VOLUME), "volume"),
	ROW("volume geo-replication", georep_syn, "Geo-sync operations",
	    cli_parse_vol_georep, cli_run_generic, P(GSYNC_SET), "volume"),
	ROW("volume get", "volume get <VOLNAME|all> <key|all>",
	    "Get the value of the all options or given option for volume "
	    "<VOLNAME> or all option. gluster volume get all all is to get "
	    "all global options", cli_parse_vol_get, cli_run_vol_get,
	    P(GET_VOL_OPT), "volume"),
	ROW("volume heal", "volume heal <VOLNAME> [enable | disable | full |"
	    "statistics [heal-count [replica <HOSTNAME:BRICKNAME>]] |info "
	    "[summary | split-brain] |split-brain {bigger-file <FILE> | "
	    "latest-mtime <FILE> |source-brick <HOSTNAME:BRICKNAME> "
	    "[<FILE>]} |granular-entry-heal {enable | disable}]",
	    "self-heal commands on volume specified by <VOLNAME>",
	    cli_parse_vol_heal, cli_run_generic, P(HEAL_VOLUME), "volume"),
	ROW("volume help", "volume help", "display help for volume commands",
	    cli_parse_none, cli_help_run, -1, "volume"),
	ROW("volume info", "volume info [all|<VOLNAME>]",
	    "list information of all volumes", cli_parse_vol_info,
	    cli_run_vol_info, P(GET_VOLUME), "volume"),
	ROW("volume list", "volume list", "list all volumes in cluster",
	    cli_parse_vol_list, cli_run_vol_list, P(LIST_VOLUME), "volume"),
	ROW("volume log", "volume log <VOLNAME> rotate [BRICK]",
	    "rotate the log file for corresponding volume/brick",
	    cli_parse_vol_log, cli_run_generic, P(LOG_ROTATE), "volume"),
	ROW("volume profile", "volume profile <VOLNAME> {start|info [peek|"
	    "incremental [peek]|cumulative|clear]|stop} [nfs]",
	    "volume profile operations", cli_parse_vol_profile,
	    cli_run_generic, P(PROFILE_VOLUME), "volume"),
	ROW("volume rebalance", "volume rebalance <VOLNAME> {{fix-layout "
	    "start} | {start [force]|stop|status}}", "rebalance operations",
	    cli_parse_vol_rebalance, cli_run_generic, P(DEFRAG_VOLUME),
	    "volume"),
	ROW("volume remove-brick", "volume remove-brick <VOLNAME> [replica "
	    "<COUNT>] <BRICK> ... <start|stop|status|commit|force>",
	    "remove brick from volume <VOLNAME>", cli_parse_vol_rmbrick,
	    cli_run_generic, P(REMOVE_BRICK), "volume"),
	ROW("volume replace-brick", "volume replace-brick <VOLNAME> "
	    "<SOURCE-BRICK> <NEW-BRICK> {commit force}",
	    "replace-brick operations", cli_parse_vol_replacebrick,
	    cli_run_generic, P(REPLACE_BRICK), "volume"),
	ROW("volume reset", "volume reset <VOLNAME> [option] [force]",
	    "reset all the reconfigured options", cli_parse_vol_reset,
	    cli_run_vol_reset, P(RESET_VOLUME), "volume"),
	ROW("volume reset-brick", "volume reset-brick <VOLNAME> <SOURCE-BRICK> "
	    "{{start} | {<NEW-BRICK> commit}}", "reset-brick operations",
	    cli_parse_vol_resetbrick, cli_run_generic, P(RESET_BRICK),
	    "volume"),
	HELPONLY("volume set <VOLNAME> <KEY> <VALUE>",
		 "set options for volume <VOLNAME>", "volume"),
	ROW("volume set", "volume set <VOLNAME> group <GROUP>",
	    "This option can be used for setting multiple pre-defined volume "
	    "options where group_name is a file under /var/lib/glusterd/groups "
	    "containing one key value pair per line", cli_parse_vol_set,
	    cli_run_vol_set, P(SET_VOLUME), "volume"),
	ROW("volume start", "volume start <VOLNAME> [force]",
	    "start volume specified by <VOLNAME>", cli_parse_vol_start,
	    cli_run_vol_op, P(START_VOLUME), "volume"),
	ROW("volume statedump", "volume statedump <VOLNAME> [[nfs|quotad] "
	    "[all|mem|iobuf|callpool|priv|fd|inode|history]... | [client "
	    "<hostname:process-id>]]", "perform statedump on bricks",
	    cli_parse_vol_statedump, cli_run_generic, P(STATEDUMP_VOLUME),
	    "volume"),
	ROW("volume status", "volume status [all | <VOLNAME> [nfs|shd|<BRICK>|"
	    "quotad]] [detail|clients|mem|inode|fd|callpool|tasks|"
	    "client-list]", "display status of all or specified volume(s)/"
	    "brick", cli_parse_vol_status, cli_run_vol_status,
	    P(STATUS_VOLUME), "volume"),
	ROW("volume stop", "volume stop <VOLNAME> [force]",
	    "stop volume specified by <VOLNAME>", cli_parse_vol_stop,
	    cli_run_vol_op, P(STOP_VOLUME), "volume"),
	ROW("volume sync", "volume sync <HOSTNAME> [all|<VOLNAME>]",
	    "sync the volume information from a peer", cli_parse_vol_sync,
	    cli_run_generic, P(SYNC_VOLUME), "volume"),
	ROW("volume top", "volume top <VOLNAME> {open|read|write|opendir|"
	    "readdir|clear} [nfs|brick <brick>] [list-cnt <value>] | "
	    "{read-perf|write-perf} [bs <size> count <count>] [brick <brick>] "
	    "[list-cnt <value>]", "volume top operations", cli_parse_vol_top,
	    cli_run_generic, P(PROFILE_VOLUME), "volume"),

	/* ---- bitrot ---- */
	HELPONLY("volume bitrot <VOLNAME> scrub {pause|resume|status|"
		 "ondemand}", "Pause/resume the scrubber for <VOLNAME>. Status "
		 "displays the status of the scrubber. ondemand starts the "
		 "scrubber immediately.", "bitrot"),
	HELPONLY("volume bitrot <VOLNAME> scrub-frequency {hourly|daily|"
		 "weekly|biweekly|monthly}", "Set the frequency of the "
		 "scrubber for volume <VOLNAME>", "bitrot"),
	HELPONLY("volume bitrot <VOLNAME> scrub-throttle {lazy|normal|"
		 "aggressive}", "Set the speed of the scrubber for volume "
		 "<VOLNAME>", "bitrot"),
	HELPONLY("volume bitrot <VOLNAME> signer-threads <count>",
		 "Number of signing process threads. Usually set to number of "
		 "available cores", "bitrot"),
	HELPONLY("volume bitrot <VOLNAME> signing-time <time-in-secs>",
		 "Waiting time for an object after last fd is closed to start "
		 "signing process", "bitrot"),
	ROW("volume bitrot", "volume bitrot <VOLNAME> {enable|disable}",
	    "Enable/disable bitrot for volume <VOLNAME>", cli_parse_vol_bitrot,
	    cli_run_generic, P(BITROT), "bitrot"),
	ROW("volume bitrot help", "volume bitrot help",
	    "display help for volume bitrot commands", cli_parse_none,
	    cli_help_run, -1, "bitrot"),

	/* ---- quota ---- */
	ROW("volume inode-quota", "volume inode-quota <VOLNAME> enable",
	    "Enable/disable inode-quota for <VOLNAME>", cli_parse_vol_quota,
	    cli_run_generic, P(QUOTA), "quota"),
	HELPONLY("volume quota <VOLNAME> {alert-time|soft-timeout|"
		 "hard-timeout} {<time>}", "Set quota timeout for <VOLNAME>",
		 "quota"),
	ROWU("volume quota", "volume quota <VOLNAME> {enable|disable|list "
	     "[<path> ...]| list-objects [<path> ...] | remove <path>| "
	     "remove-objects <path> | default-soft-limit <percent>}",
	     "Enable/disable and configure quota for <VOLNAME>",
	     cli_parse_vol_quota, cli_run_generic, P(QUOTA), "quota",
	     quota_usage),
	HELPONLY("volume quota <VOLNAME> {limit-objects <path> <number> "
		 "[<percent>]}", "Set the maximum number of entries allowed in "
		 "<path> for <VOLNAME>", "quota"),
	HELPONLY("volume quota <VOLNAME> {limit-usage <path> <size> "
		 "[<percent>]}", "Set maximum size for <path> for <VOLNAME>",
		 "quota"),
	ROW("volume quota help", "volume quota help",
	    "display help for volume quota commands", cli_parse_none,
	    cli_help_run, -1, "quota"),

	/* ---- peer ---- */
	ROW("peer detach", "peer detach { <HOSTNAME> | <IP-address> } [force]",
	    "detach peer specified by <HOSTNAME>", cli_parse_peer_detach,
	    cli_run_peer_op, P(DEPROBE), "peer"),
	ROW("peer help", "peer help", "display help for peer commands",
	    cli_parse_none, cli_help_run, -1, "peer"),
	ROW("peer probe", "peer probe { <HOSTNAME> | <IP-address> }",
	    "probe peer specified by <HOSTNAME>", cli_parse_peer_probe,
	    cli_run_peer_op, P(PROBE), "peer"),
	ROW("peer status", "peer status", "list status of peers",
	    cli_parse_peer_list, cli_run_peer_list, P(LIST_FRIENDS), "peer"),
	ROW("pool list", "pool list", "list all the nodes in the pool "
	    "(including localhost)", cli_parse_peer_list, cli_run_peer_list,
	    P(LIST_FRIENDS), "peer"),

	/* ---- global ---- */
	ROW("get-state", "get-state [<daemon>] [[odir </path/to/output/dir/>] "
	    "[file <filename>]] [detail|volumeoptions]",
	    "Get local state representation of mentioned daemon",
	    cli_parse_get_state, cli_run_generic, P(GET_STATE), "global"),
	ROW("global help", "global help", "list global commands",
	    cli_parse_none, cli_help_run, -1, "global"),
	ROW("nfs-ganesha", "nfs-ganesha {enable| disable} ",
	    "Enable/disable NFS-Ganesha support", cli_parse_ganesha,
	    cli_run_generic, P(GANESHA), "global"),

	/* ---- snapshot ---- */
	ROW("snapshot activate", "snapshot activate <snapname> [force]",
	    "Activate snapshot volume.", cli_parse_snapshot, cli_run_generic,
	    P(SNAP), "snapshot"),
	ROW("snapshot clone", "snapshot clone <clonename> <snapname>",
	    "Snapshot Clone.", cli_parse_snapshot, cli_run_generic, P(SNAP),
	    "snapshot"),
	ROW("snapshot config", "snapshot config [volname] ([snap-max-hard-limit"
	    " <count>] [snap-max-soft-limit <percent>]) | ([auto-delete "
	    "<enable|disable>])| ([activate-on-create <enable|disable>])",
	    "Snapshot Config.", cli_parse_snapshot, cli_run_generic, P(SNAP),
	    "snapshot"),
	ROW("snapshot create", "snapshot create <snapname> <volname> "
	    "[no-timestamp] [description <description>]", "Snapshot Create.",
	    cli_parse_snapshot, cli_run_generic, P(SNAP), "snapshot"),
	ROW("snapshot deactivate", "snapshot deactivate <snapname>",
	    "Deactivate snapshot volume.", cli_parse_snapshot,
	    cli_run_generic, P(SNAP), "snapshot"),
	ROW("snapshot delete", "snapshot delete (all | snapname | volume "
	    "<volname>)", "Snapshot Delete.", cli_parse_snapshot,
	    cli_run_generic, P(SNAP), "snapshot"),
	ROW("snapshot help", "snapshot help",
	    "display help for snapshot commands", cli_parse_none,
	    cli_help_run, -1, "snapshot"),
	ROW("snapshot info", "snapshot info [(snapname | volume <volname>)]",
	    "Snapshot Info.", cli_parse_snapshot, cli_run_generic, P(SNAP),
	    "snapshot"),
	ROW("snapshot list", "snapshot list [volname]", "Snapshot List.",
	    cli_parse_snapshot, cli_run_generic, P(SNAP), "snapshot"),
	ROW("snapshot restore", "snapshot restore <snapname>",
	    "Snapshot Restore.", cli_parse_snapshot, cli_run_generic, P(SNAP),
	    "snapshot"),
	ROW("snapshot status", "snapshot status [(snapname | volume "
	    "<volname>)]", "Snapshot Status.", cli_parse_snapshot,
	    cli_run_generic, P(SNAP), "snapshot"),

	/* ---- top level help and hidden system:: commands ---- */
	ROW("help", "help", "display command options", cli_parse_none,
	    cli_help_run, -1, NULL),
	ROW("system:: getspec", "system:: getspec <VOLNAME>",
	    "fetch the volume file for the volume <VOLNAME>",
	    cli_parse_sys_getspec, cli_run_getspec, -1, NULL),
	ROW("system:: uuid get", "system:: uuid get",
	    "get uuid of glusterd", cli_parse_sys_simple, cli_run_uuid_get,
	    P(UUID_GET), NULL),
	ROW("system:: uuid reset", "system:: uuid reset",
	    "reset the uuid of glusterd", cli_parse_sys_simple,
	    cli_run_generic, P(UUID_RESET), NULL),
	ROW("system:: getwd", "system:: getwd",
	    "query glusterd work directory", cli_parse_none, cli_run_getwd,
	    P(GETWD), NULL),
	ROW("system:: fsm log", "system:: fsm log [<peer-name>]",
	    "display fsm transitions", cli_parse_none, cli_run_fsm_log,
	    P(FSM_LOG), NULL),
	ROW("system:: copy file", "system:: copy file [<filename>]",
	    "Copy file from current node's $working_dir to $working_dir of "
	    "all cluster nodes", cli_parse_sys_simple, cli_run_generic,
	    P(COPY_FILE), NULL),
	ROW("system:: execute", "system:: execute <command> <args>",
	    "Execute the command on all the nodes in the cluster",
	    cli_parse_sys_simple, cli_run_generic, P(SYS_EXEC), NULL),
};

const size_t cli_ncmds = sizeof(cli_cmds) / sizeof(cli_cmds[0]);

/* Number of space separated words in s; NULL counts 0. */
static int word_count(const char *s)
{
	int n = 0;
	bool in = false;

	for (; s && *s; s++) {
		if (*s == ' ') {
			in = false;
		} else if (!in) {
			in = true;
			n++;
		}
	}
	return n;
}

/* The i-th word of s into buf. */
static void word_at(const char *s, int i, char *buf, size_t len)
{
	int n = -1;
	size_t k = 0;
	bool in = false;

	buf[0] = '\0';
	for (; *s; s++) {
		if (*s == ' ') {
			in = false;
			continue;
		}
		if (!in) {
			in = true;
			n++;
		}
		if (n == i && k + 1 < len) {
			buf[k++] = *s;
			buf[k] = '\0';
		} else if (n > i) {
			break;
		}
	}
}

/* How many leading argv words equal the row's words (all or partial). */
static int row_prefix(const struct cli_cmd *c, int argc, char **argv)
{
	int n = word_count(c->words), i;
	char w[64];

	for (i = 0; i < n && i < argc; i++) {
		word_at(c->words, i, w, sizeof(w));
		if (strcmp(w, argv[i]) != 0)
			break;
	}
	return i;
}

const struct cli_cmd *cli_cmd_match(int argc, char **argv, int *nfixed,
				    int *bad_pos)
{
	const struct cli_cmd *best = NULL;
	int best_n = 0, deepest = 0;

	for (size_t i = 0; i < cli_ncmds; i++) {
		const struct cli_cmd *c = &cli_cmds[i];
		int n, p;

		if (!c->words)
			continue;
		n = word_count(c->words);
		p = row_prefix(c, argc, argv);
		if (p > deepest)
			deepest = p;
		if (p == n && n > best_n) {
			best = c;
			best_n = n;
		}
	}
	*nfixed = best_n;
	*bad_pos = deepest;
	return best;
}

void cli_usage(const struct cli_cmd *cmd)
{
	cli_err("\nUsage:\n%s\n", cmd->usage ? cmd->usage : cmd->synopsis);
}

void cli_unrecognized(int argc, char **argv, int pos)
{
	if (pos < argc)
		cli_out("unrecognized word: %s (position %d)", argv[pos], pos);
	else
		cli_out("unrecognized command");
	cli_global_usage();
}

void cli_global_usage(void)
{
	cli_out("\n Usage: gluster [options] <help> <peer> <pool> <volume>");
	cli_out(" Options:");
	cli_out(" --help  Shows the help information");
	cli_out(" --version  Shows the version");
	cli_out(" --print-logdir  Shows the log directory");
	cli_out(" --print-statedumpdir Shows the state dump directory");
	cli_out("%s", "");
}

static void help_top(void)
{
	cli_out(" peer help                - display help for peer commands");
	cli_out(" volume help              - display help for volume commands");
	cli_out(" volume bitrot help       - display help for volume bitrot "
		"commands");
	cli_out(" volume quota help        - display help for volume quota "
		"commands");
	cli_out(" snapshot help            - display help for snapshot "
		"commands");
	cli_out(" global help              - list global commands");
	cli_out("\n");
}

struct help_group {
	const char *group;
	const char *title;
};

static const struct help_group help_groups[] = {
	{ "volume", "gluster volume commands\n========================" },
	{ "peer", "gluster peer commands\n======================" },
	{ "global", "gluster global commands\n========================" },
	{ "snapshot", "gluster snapshot commands\n=========================" },
	{ "bitrot", "gluster bitrot commands\n========================" },
	{ "quota", "gluster quota commands\n=======================" },
};

static void help_group(const char *group)
{
	for (size_t g = 0; g < sizeof(help_groups) / sizeof(*help_groups);
	     g++) {
		if (strcmp(help_groups[g].group, group) != 0)
			continue;
		cli_out("\n%s\n", help_groups[g].title);
	}
	for (size_t i = 0; i < cli_ncmds; i++) {
		if (!cli_cmds[i].group || strcmp(cli_cmds[i].group, group))
			continue;
		cli_out("%s - %s", cli_cmds[i].synopsis, cli_cmds[i].desc);
	}
	cli_out("\n");
}

int cli_help_run(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	if (call->argc > 0) {
		cli_usage(call->cmd);
		return 1;
	}
	if (!call->cmd->group)
		help_top();
	else
		help_group(call->cmd->group);
	return 0;
}

int cli_parse_none(struct cli_ctx *ctx, struct cli_call *call)
{
	(void)ctx;
	(void)call;
	return CLI_PARSE_OK;
}

char *cli_join(int argc, char **argv)
{
	size_t len = 1;
	char *s;

	for (int i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (int i = 0; i < argc; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

void cli_call_release(struct cli_call *call)
{
	if (!call)
		return;
	if (call->release)
		call->release(call);
	free(call->cmd_str);
	free(call->arg);
	memset(call, 0, sizeof(*call));
}

/* ---- completion ---- */

static bool seen(const char **v, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], w) == 0)
			return true;
	return false;
}

const char **cli_cmd_next_words(int argc, char **argv, const char *partial)
{
	const char **v = calloc(cli_ncmds + 1, sizeof(char *));
	size_t n = 0;
	static char words[sizeof(cli_cmds) / sizeof(cli_cmds[0])][64];

	if (!v)
		return NULL;
	for (size_t i = 0; i < cli_ncmds; i++) {
		const struct cli_cmd *c = &cli_cmds[i];

		if (!c->words || row_prefix(c, argc, argv) != argc ||
		    word_count(c->words) <= argc)
			continue;
		word_at(c->words, argc, words[i], sizeof(words[i]));
		if (strncmp(words[i], partial, strlen(partial)) != 0 ||
		    seen(v, n, words[i]))
			continue;
		v[n++] = words[i];
	}
	return v;
}
