/* main: the gluster CLI entry point. Options first, then one command
 * (or the interactive shell when no command is given). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli-rpc.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "cli/shell.h"
#include "libglusterfs/log.h"

#ifndef PACKAGE_NAME
#define PACKAGE_NAME "gluster-mgmt"
#endif
#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0"
#endif

struct cli_opts {
	const char *log_file;
	const char *log_level;
	bool version;
	bool print_logdir;
	bool print_statedumpdir;
	bool help;
};

static void print_version(void)
{
	cli_out("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
	cli_out("Repository revision: none");
	cli_out("A management CLI compatible with GlusterFS 10.3.");
	cli_out("It comes with ABSOLUTELY NO WARRANTY.");
}

/* "--name=value" or "--name": returns the value, "" or NULL. */
static const char *opt_val(const char *arg, const char *name)
{
	size_t n = strlen(name);

	if (strncmp(arg, name, n) != 0)
		return NULL;
	if (arg[n] == '=')
		return arg + n + 1;
	return arg[n] == '\0' ? "" : NULL;
}

static int parse_one_opt(struct cli_ctx *ctx, struct cli_opts *o,
			 const char *a)
{
	const char *v;

	if ((v = opt_val(a, "--mode")))
		ctx->script = strcmp(v, "script") == 0;
	else if (opt_val(a, "--xml"))
		ctx->xml = true;
	else if ((v = opt_val(a, "--glusterd-sock")) && *v)
		ctx->sock = v;
	else if ((v = opt_val(a, "--remote-host")) && *v)
		ctx->remote_host = v;
	else if ((v = opt_val(a, "--timeout")) && *v)
		ctx->timeout = atoi(v);
	else if ((v = opt_val(a, "--log-file")) && *v)
		o->log_file = v;
	else if ((v = opt_val(a, "--log-level")) && *v)
		o->log_level = v;
	else if (opt_val(a, "--inet6"))
		ctx->inet6 = true;
	else if (opt_val(a, "--version"))
		o->version = true;
	else if (opt_val(a, "--print-logdir"))
		o->print_logdir = true;
	else if (opt_val(a, "--print-statedumpdir"))
		o->print_statedumpdir = true;
	else if (opt_val(a, "--help"))
		o->help = true;
	else
		return -EINVAL;
	return 0;
}

/* Moves the command words to the front; returns their number. Known
 * options are taken wherever they stand (`volume status v --xml`), as
 * 10.3 does; an unknown one, wherever it stands, ends the run with the
 * global usage (exit 255, as 10.3). */
static int parse_opts(struct cli_ctx *ctx, struct cli_opts *o, int argc,
		      char **argv)
{
	int n = 0;

	for (int i = 1; i < argc; i++) {
		if (strncmp(argv[i], "--", 2) == 0) {
			if (parse_one_opt(ctx, o, argv[i]) == 0)
				continue;
			cli_out("unrecognized option %s", argv[i]);
			cli_global_usage();
			return -1;
		}
		argv[n++] = argv[i];
	}
	return n;
}

bool cli_confirm(struct cli_ctx *ctx, const char *question)
{
	char line[64];

	if (ctx->script)
		return true;
	printf("%s (y/n) ", question);
	if (isatty(STDOUT_FILENO))
		fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		return false;
	return line[0] == 'y' || line[0] == 'Y';
}

int cli_run_argv(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_call call = { 0 };
	const struct cli_cmd *cmd;
	int nfixed = 0, bad = 0, r;

	cmd = cli_cmd_match(argc, argv, &nfixed, &bad);
	if (!cmd) {
		cli_unrecognized(argc, argv, bad);
		return 1;
	}
	call.cmd = cmd;
	call.proc = cmd->proc;
	call.argc = argc - nfixed;
	call.argv = argv + nfixed;
	call.cmd_str = cli_join(argc, argv);
	if (!call.cmd_str)
		return 1;
	log_info("Started running gluster with version %s", PACKAGE_VERSION);
	r = cmd->parse(ctx, &call);
	if (r == CLI_PARSE_USAGE)
		cli_usage(cmd);
	if (r == CLI_PARSE_OK)
		r = cmd->run(ctx, &call);
	else
		r = r == CLI_PARSE_ABORT ? 0 : 1;
	ctx->out->flush();
	cli_call_release(&call);
	return r;
}

static void open_log(const struct cli_opts *o)
{
	enum log_level lvl;

	/* a log that cannot open must not break the command */
	if (log_open(o->log_file ? o->log_file : CLI_DEFAULT_LOG, "cli") < 0)
		(void)log_open("/dev/null", "cli");
	if (o->log_level && log_parse_level(o->log_level, &lvl) == 0)
		log_set_level(lvl);
}

int main(int argc, char **argv)
{
	struct cli_ctx ctx = { .timeout = CLI_DEFAULT_TIMEOUT };
	struct cli_opts o = { 0 };
	int n, rc;

	n = parse_opts(&ctx, &o, argc, argv);
	if (n < 0)
		return 255;
	if (o.version) {
		print_version();
		return 0;
	}
	if (o.print_logdir || o.print_statedumpdir) {
		cli_out("%s", o.print_logdir ? "/var/log/glusterfs" :
			"/var/run/gluster");
		return 0;
	}
	ctx.out = ctx.xml ? &cli_output_xml : &cli_output_text;
	open_log(&o);
	if (o.help) {
		char *h[] = { (char *)"help" };
		rc = cli_run_argv(&ctx, 1, h);
	} else if (n == 0) {
		rc = cli_shell_run(&ctx);
	} else {
		rc = cli_run_argv(&ctx, n, argv);
	}
	cli_rpc_close(&ctx);
	log_close();
	return rc;
}
