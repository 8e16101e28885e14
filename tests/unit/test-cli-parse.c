/* test-cli-parse: command words -> typed request, or the exact message
 * 10.3 prints (table driven; no daemon involved). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "cli/cli.h"
#include "cli/output.h"

/* main.c is not linked: questions answer yes (script mode). */
bool cli_confirm(struct cli_ctx *ctx, const char *question)
{
	(void)ctx;
	(void)question;
	return true;
}

struct parsed {
	struct cli_call call;
	int rc;
	char err[4096];		/* what went to stderr */
	char *words[64];
	char *orig[64];		/* the strdup'd words, for release */
};

/* Splits line, matches and parses it, capturing stderr. */
static void parse_line(const char *line, struct parsed *p)
{
	struct cli_ctx ctx = { .script = true, .out = &cli_output_text };
	char *copy = strdup(line), *save = NULL, *t;
	int argc = 0, nfixed = 0, bad = 0, saved, fd;
	const struct cli_cmd *cmd;
	FILE *tmp = tmpfile();
	size_t n;

	memset(p, 0, sizeof(*p));
	for (t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save))
		p->words[argc++] = strdup(t);
	free(copy);
	memcpy(p->orig, p->words, sizeof(p->orig));
	cmd = cli_cmd_match(argc, p->words, &nfixed, &bad);
	assert_non_null(cmd);
	p->call.cmd = cmd;
	p->call.proc = cmd->proc;
	p->call.argc = argc - nfixed;
	p->call.argv = p->words + nfixed;
	p->call.cmd_str = cli_join(argc, p->words);
	fflush(stderr);
	saved = dup(2);
	fd = fileno(tmp);
	dup2(fd, 2);
	p->rc = cmd->parse(&ctx, &p->call);
	if (p->rc == CLI_PARSE_USAGE)
		cli_usage(cmd);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	n = fread(p->err, 1, sizeof(p->err) - 1, tmp);
	p->err[n] = '\0';
	fclose(tmp);
}

static void parsed_release(struct parsed *p)
{
	/* parsers may swap argv words for canonical bricks they own */
	cli_call_release(&p->call);
	for (int i = 0; i < 64 && p->orig[i]; i++)
		free(p->orig[i]);
}

#define CREATE_USAGE \
	"\nUsage:\nvolume create <NEW-VOLNAME> [[replica <COUNT> [arbiter " \
	"<COUNT>]]|[replica 2 thin-arbiter 1]] [disperse [<COUNT>]] " \
	"[disperse-data <COUNT>] [redundancy <COUNT>] [transport " \
	"<tcp|rdma|tcp,rdma>] <NEW-BRICK> <TA-BRICK>... [force]\n\n"

struct create_case {
	const char *line;
	const char *err;	/* NULL: must parse */
	int type, count, replica, arbiter, disperse, redundancy;
};

static const struct create_case create_cases[] = {
	{ "volume create v h:/a h:/b", NULL, 0, 2, 0, 0, 0, 0 },
	{ "volume create v replica 3 h:/a h:/b h:/c", NULL, 2, 3, 3, 0, 0,
	  0 },
	{ "volume create v replica 2 arbiter 1 h:/a h:/b h:/c", NULL, 2, 3,
	  3, 1, 0, 0 },
	{ "volume create v disperse 3 h:/a h:/b h:/c", NULL, 4, 3, 0, 0, 3,
	  1 },
	{ "volume create v disperse 6 h:/1 h:/2 h:/3 h:/4 h:/5 h:/6", NULL,
	  4, 6, 0, 0, 6, 2 },
	{ .line = "volume create v disperse 7 h:/1 h:/2 h:/3 h:/4 h:/5 h:/6 h:/7", .err =
	  NULL, 4, 7, 0, 0, 7, 3 },
	{ "volume create v disperse 4 h:/1 h:/2 h:/3 h:/4", NULL, 4, 4, 0, 0,
	  4, 1 },
	{ .line = "volume create v disperse-data 2 redundancy 1 h:/a h:/b h:/c", .err =
	  NULL, 4, 3, 0, 0, 3, 1 },
	{ "volume create v disperse h:/a h:/b h:/c", NULL, 4, 3, 0, 0, 3, 1 },
	{ .line = "volume create all h:/x", .err =
	  "\"all\" cannot be the name of a volume.\n" CREATE_USAGE },
	{ .line = "volume create a.b h:/x", .err =
	  "Volume name should not contain \".\" character.\nVolume names can "
	  "onlycontain alphanumeric, '-' and '_' characters.\n"
	  CREATE_USAGE },
	{ .line = "volume create -x h:/x", .err = CREATE_USAGE },
	{ .line = "volume create v", .err = CREATE_USAGE },
	{ .line = "volume create v localhost:/x", .err =
	  "Please provide a valid hostname/ip other than localhost, 127.0.0.1"
	  " or loopback address (0.0.0.0 to 0.255.255.255).\n"
	  CREATE_USAGE },
	{ .line = "volume create v 0.1.2.3:/x", .err =
	  "Please provide a valid hostname/ip other than localhost, 127.0.0.1"
	  " or loopback address (0.0.0.0 to 0.255.255.255).\n"
	  CREATE_USAGE },
	{ .line = "volume create v h:rel", .err = "Wrong brick type: h:rel, use <HOSTNAME>:"
	  "<export-dir-abs-path>\n" CREATE_USAGE },
	{ .line = "volume create v h:/q h:/q/", .err =
	  "Found duplicate exports h:/q\n" CREATE_USAGE },
	{ .line = "volume create v replica 1 h:/x", .err =
	  "replica count should be greater than 1\n" CREATE_USAGE },
	{ .line = "volume create v replica 2 replica 2 h:/x", .err =
	  "replica option given twice\n" CREATE_USAGE },
	{ .line = "volume create v disperse 3 replica 2 h:/x", .err =
	  "replicated-dispersed volume is not supported\n" CREATE_USAGE },
	{ .line = "volume create v arbiter 1 h:/x", .err =
	  "arbiter option must be preceded by replica option.\n"
	  CREATE_USAGE },
	{ .line = "volume create v disperse 2 h:/x", .err =
	  "disperse count must be greater than 2\ndisperse option given "
	  "twice\n" CREATE_USAGE },
	{ .line = "volume create v disperse 4 redundancy 2 h:/1 h:/2 h:/3 h:/4", .err =
	  "redundancy must be greater than or equal to 1 and less than 2 for "
	  "a disperse 4 volume\n" CREATE_USAGE },
	{ .line = "volume create v disperse 3 h:/a h:/b", .err =
	  "number of bricks is not a multiple of disperse count\n"
	  CREATE_USAGE },
	/* deliberate difference from 10.3, which sends this one */
	{ .line = "volume create v replica 3 h:/a h:/b force", .err =
	  "number of bricks is not a multiple of replica count\n"
	  CREATE_USAGE },
	{ .line = "volume create v h:/x replica 2", .err =
	  "Wrong brick type: replica, use <HOSTNAME>:<export-dir-abs-path>\n"
	  CREATE_USAGE },
};

static void test_create_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(create_cases) / sizeof(*create_cases);
	     i++) {
		const struct create_case *c = &create_cases[i];
		struct parsed p;

		parse_line(c->line, &p);
		if (c->err) {
			assert_int_not_equal(p.rc, CLI_PARSE_OK);
			assert_string_equal(p.err, c->err);
		} else {
			const struct cli_create_req *r = &p.call.req.create;
			assert_int_equal(p.rc, CLI_PARSE_OK);
			assert_string_equal(p.err, "");
			assert_int_equal(r->type, c->type);
			assert_int_equal(r->count, c->count);
			assert_int_equal(r->replica_count, c->replica);
			assert_int_equal(r->arbiter_count, c->arbiter);
			assert_int_equal(r->disperse_count, c->disperse);
			assert_int_equal(r->redundancy_count, c->redundancy);
		}
		parsed_release(&p);
	}
}

static void test_create_canonical_bricks(void **state)
{
	struct parsed p;

	(void)state;
	parse_line("volume create v h://d//b1/ h:/d/b2/// force", &p);
	assert_int_equal(p.rc, CLI_PARSE_OK);
	assert_string_equal(p.call.req.create.bricks[0], "h:/d/b1");
	assert_string_equal(p.call.req.create.bricks[1], "h:/d/b2");
	assert_true(p.call.req.create.force);
	/* 10.3 sends the canonical words in cmd-str too */
	assert_string_equal(p.call.cmd_str,
			    "volume create v h:/d/b1 h:/d/b2 force");
	parsed_release(&p);
	parse_line("volume create v replica 2 thin-arbiter 1 h:/a h:/b h:/t",
		   &p);
	assert_int_equal(p.rc, CLI_PARSE_OK);
	assert_int_equal(p.call.req.create.count, 2);
	assert_string_equal(p.call.req.create.ta_brick, "h:/t");
	parsed_release(&p);
}

static void test_status_cmd_bits(void **state)
{
	static const struct { const char *line; uint32_t cmd; int rc; } t[] = {
		{ "volume status", CLI_STATUS_ALL, 0 },
		{ "volume status all", CLI_STATUS_ALL, 0 },
		{ "volume status all detail", 544, 0 },
		{ "volume status v", 256, 0 },
		{ "volume status v detail", 288, 0 },
		{ "volume status v clients", 258, 0 },
		{ "volume status v tasks", 320, 0 },
		{ "volume status v client-list", 384, 0 },
		{ "volume status v h:/b", 1024, 0 },
		{ "volume status v h:/b mem", 1025, 0 },
		{ "volume status v shd", 4096, 0 },
		{ "volume status v nfs", 2048, 0 },
		{ "volume status v detail mem", 0, CLI_PARSE_USAGE },
		{ "volume status all shd", 0, CLI_PARSE_USAGE },
		{ "volume status a b c d", 0, CLI_PARSE_USAGE },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(t) / sizeof(*t); i++) {
		struct parsed p;

		parse_line(t[i].line, &p);
		assert_int_equal(p.rc, t[i].rc);
		if (t[i].rc == 0)
			assert_int_equal(p.call.req.status.cmd, t[i].cmd);
		parsed_release(&p);
	}
}

static void test_set_get_reset_info(void **state)
{
	struct parsed p;

	(void)state;
	parse_line("volume set v a 1 b 2", &p);
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.call.req.set.nopts, 2);
	assert_string_equal(p.call.req.set.opts[1].key, "b");
	assert_false(p.call.req.set.global);
	parsed_release(&p);
	parse_line("volume set all cluster.op-version 100000", &p);
	assert_int_equal(p.rc, 0);
	assert_true(p.call.req.set.global);
	parsed_release(&p);
	parse_line("volume set v a", &p);
	assert_int_equal(p.rc, CLI_PARSE_USAGE);
	assert_string_equal(p.err, "\nUsage:\nvolume set <VOLNAME> group "
			    "<GROUP>\n\n");
	parsed_release(&p);
	parse_line("volume set v group no-such-group-file", &p);
	assert_int_equal(p.rc, CLI_PARSE_QUIET);
	assert_string_equal(p.err, "Unable to open file '/var/lib/glusterd/"
			    "groups/no-such-group-file'. Error: No such file "
			    "or directory\n");
	parsed_release(&p);
	parse_line("volume set help", &p);
	assert_int_equal(p.rc, 0);
	assert_true(p.call.req.set.help);
	parsed_release(&p);
	parse_line("volume reset v force", &p);
	assert_int_equal(p.rc, 0);
	assert_string_equal(p.call.req.reset.key, "all");
	assert_true(p.call.req.reset.force);
	parsed_release(&p);
	parse_line("volume get v", &p);
	assert_int_equal(p.rc, CLI_PARSE_USAGE);
	parsed_release(&p);
	parse_line("volume info", &p);
	assert_int_equal(p.call.req.getvol.flags, CLI_GET_NEXT_VOLUME);
	parsed_release(&p);
	parse_line("volume info v", &p);
	assert_int_equal(p.call.req.getvol.flags, CLI_GET_VOLUME);
	assert_string_equal(p.call.req.getvol.volname, "v");
	parsed_release(&p);
}

static void test_other_commands(void **state)
{
	struct parsed p;

	(void)state;
	parse_line("volume remove-brick v h:/b status", &p);
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.call.proc, CLI_PROC_DEFRAG_VOLUME);
	assert_int_equal(p.call.req.rmbrick.command, CLI_RB_STATUS);
	parsed_release(&p);
	parse_line("volume remove-brick v replica 2 h:/b force", &p);
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.call.proc, CLI_PROC_REMOVE_BRICK);
	assert_int_equal(p.call.req.rmbrick.replica_count, 2);
	parsed_release(&p);
	parse_line("volume add-brick v replica 3 arbiter 1 h:/a h:/b h:/c", &p);
	assert_int_equal(p.rc, 0);
	assert_int_equal(p.call.req.addbrick.count, 3);
	assert_int_equal(p.call.req.addbrick.arbiter_count, 1);
	parsed_release(&p);
	parse_line("volume rebalance v fix-layout start", &p);
	assert_int_equal(p.call.req.defrag.cmd, CLI_DEFRAG_START_LAYOUT_FIX);
	parsed_release(&p);
	parse_line("volume log rotate v", &p);
	assert_int_equal(p.rc, CLI_PARSE_USAGE);
	assert_string_equal(p.err, "\nUsage:\nvolume log <VOLNAME> rotate "
			    "[BRICK]\n\n");
	parsed_release(&p);
	parse_line("volume heal v statistics heal-count replica h:/b", &p);
	assert_int_equal(p.call.req.heal.heal_op, 9);
	assert_string_equal(p.call.req.heal.replica_host, "h");
	parsed_release(&p);
	parse_line("volume heal v", &p);
	assert_int_equal(p.call.req.heal.heal_op, CLI_HEAL_INDEX);
	parsed_release(&p);
	parse_line("peer detach h force", &p);
	assert_int_equal(p.call.req.peer.flags, 1);
	assert_true(p.call.req.peer.detach);
	parsed_release(&p);
	parse_line("peer probe", &p);
	assert_int_equal(p.rc, CLI_PARSE_USAGE);
	parsed_release(&p);
}

static void test_unmatched_words(void **state)
{
	char *a[] = { (char *)"volume", (char *)"foo" };
	char *b[] = { (char *)"system::", (char *)"uuid" };
	char *c[] = { (char *)"volume", (char *)"bitrot", (char *)"help" };
	int nfixed, bad;

	(void)state;
	assert_null(cli_cmd_match(2, a, &nfixed, &bad));
	assert_int_equal(bad, 1);
	assert_null(cli_cmd_match(2, b, &nfixed, &bad));
	assert_int_equal(bad, 2);	/* a prefix: "unrecognized command" */
	assert_string_equal(cli_cmd_match(3, c, &nfixed, &bad)->words,
			    "volume bitrot help");
	assert_int_equal(nfixed, 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_table),
		cmocka_unit_test(test_create_canonical_bricks),
		cmocka_unit_test(test_status_cmd_bits),
		cmocka_unit_test(test_set_get_reset_info),
		cmocka_unit_test(test_other_commands),
		cmocka_unit_test(test_unmatched_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
