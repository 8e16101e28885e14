/* Unit tests for glusterd/hooks: argv per operation against the argv
 * captured from GlusterFS 10.3 (tests/golden/hooks/argv-10.3.txt), script
 * selection and order, pre hooks (synchronous, failures ignored, time
 * budget) and post hooks (queued, asynchronous, FIFO, time budget). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "glusterd/hooks.h"
#include "libglusterfs/event.h"
#include "libglusterfs/log.h"
#include "libglusterfs/spawn.h"
#include "libglusterfs/strbuf.h"

#ifndef GOLDEN_DIR
#define GOLDEN_DIR "tests/golden"
#endif

#define REF_WD "/tmp/ref-hk/wd"

static char tmpdir[] = "/tmp/test-hooks.XXXXXX";
static char workdir[64];
static char logfile[64];
static char recfile[64];

/* ---- helpers ------------------------------------------------------------------ */

static char *slurp(const char *path)
{
	struct strbuf sb = STRBUF_INIT;
	char buf[4096];
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return strdup("");
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		assert_int_equal(strbuf_add(&sb, buf, n), 0);
	fclose(f);
	if (!sb.buf)
		return strdup("");
	return strbuf_detach(&sb, NULL);
}

static void write_script(const char *op, const char *phase, const char *name,
			 const char *body, mode_t mode)
{
	char path[700];
	FILE *f;

	snprintf(path, sizeof(path), "mkdir -p %s/hooks/1/%s/%s", workdir, op,
		 phase);
	assert_int_equal(system(path), 0);
	snprintf(path, sizeof(path), "%s/hooks/1/%s/%s/%s", workdir, op,
		 phase, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "#!/bin/sh\n%s\n", body);
	fclose(f);
	assert_int_equal(chmod(path, mode), 0);
}

/* A script that appends "<name>|<args...>|<GLUSTERD_WORKDIR>|<_GLUSTERD_CALLED_>"
 * to the record file. */
static void recording_script(const char *op, const char *phase,
			     const char *name, const char *extra, mode_t mode)
{
	char body[1024];

	snprintf(body, sizeof(body),
		 "%s\necho \"%s|$*|$GLUSTERD_WORKDIR|$_GLUSTERD_CALLED_\" >> %s",
		 extra ? extra : "", name, recfile);
	write_script(op, phase, name, body, mode);
}

static void reset_workdir(void)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), "rm -rf %s/hooks %s; mkdir -p %s/hooks",
		 workdir, recfile, workdir);
	assert_int_equal(system(cmd), 0);
	gd_hooks_set_timeouts(120000, 600000);
}

static void watchdog_cb(struct ev_loop *loop, void *arg)
{
	(void)arg;
	ev_loop_stop(loop);
	fail_msg("watchdog fired: the post hooks did not finish in time");
}

/* Stops the loop once the post queue is idle. */
static void idle_poll(struct ev_loop *loop, void *arg)
{
	if (gd_hooks_post_pending() == 0) {
		ev_loop_stop(loop);
		return;
	}
	assert_non_null(ev_timer_add(loop, 20, idle_poll, arg));
}

static struct ev_loop *new_loop(void)
{
	struct ev_loop *loop = ev_loop_new();

	assert_non_null(loop);
	assert_int_equal(spawn_init(loop), 0);
	assert_non_null(ev_timer_add(loop, 8000, watchdog_cb, NULL));
	return loop;
}

static void free_loop(struct ev_loop *loop)
{
	gd_hooks_shutdown();
	spawn_fini();
	ev_loop_free(loop);
}

static void run_until_idle(struct ev_loop *loop)
{
	assert_non_null(ev_timer_add(loop, 20, idle_poll, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(gd_hooks_post_pending(), 0);
}

/* ---- names and argv --------------------------------------------------------- */

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(gd_hook_op_name(GD_HOOK_CREATE), "create");
	assert_string_equal(gd_hook_op_name(GD_HOOK_ADD_BRICK), "add-brick");
	assert_string_equal(gd_hook_op_name(GD_HOOK_REMOVE_BRICK),
			    "remove-brick");
	assert_string_equal(gd_hook_op_name(GD_HOOK_GSYNC_CREATE),
			    "gsync-create");
	assert_null(gd_hook_op_name(GD_HOOK_OP_MAX));
	assert_null(gd_hook_op_name((enum gd_hook_op)-1));
	assert_string_equal(gd_hook_phase_name(GD_HOOK_PRE), "pre");
	assert_string_equal(gd_hook_phase_name(GD_HOOK_POST), "post");
	assert_null(gd_hook_phase_name(GD_HOOK_PHASE_MAX));
}

static const struct gd_hook_kv smb_on[] = { { "user.smb", "on" } };
static const struct gd_hook_kv cache_64[] = {
	{ "performance.cache-size", "64MB" } };
static const struct gd_hook_kv mux_off[] = {
	{ "cluster.brick-multiplex", "off" } };
static const struct gd_hook_kv samba[] = {
	{ "features.cache-invalidation", "on" },
	{ "features.cache-invalidation-timeout", "600" },
	{ "performance.cache-samba-metadata", "on" },
	{ "performance.stat-prefetch", "on" },
	{ "performance.cache-invalidation", "on" },
	{ "performance.md-cache-timeout", "600" },
	{ "network.inode-lru-limit", "200000" },
	{ "performance.nl-cache", "on" },
	{ "performance.nl-cache-timeout", "600" },
	{ "performance.readdir-ahead", "on" },
	{ "performance.parallel-readdir", "on" },
	{ "performance.write-behind", "off" },
};

#define KV(a) (a), (sizeof(a) / sizeof((a)[0]))

/* The commands of the 10.3 capture, in order; each gives a pre and a
 * post line. */
static const struct scenario {
	enum gd_hook_op op;
	const char *vol;
	unsigned started_pre, started_post;
	const struct gd_hook_kv *opts;
	size_t nopts;
} scenarios[] = {
	{ GD_HOOK_CREATE, "v1", 0, 0, NULL, 0 },
	{ GD_HOOK_SET, "v1", 0, 0, KV(smb_on) },
	{ GD_HOOK_START, "v1", 0, 1, NULL, 0 },
	{ GD_HOOK_SET, "v1", 1, 1, KV(samba) },
	{ GD_HOOK_SET, "v1", 1, 1, KV(cache_64) },
	{ GD_HOOK_RESET, "v1", 1, 1, NULL, 0 },
	{ GD_HOOK_RESET, "v1", 1, 1, NULL, 0 },
	{ GD_HOOK_SET, "all", 1, 1, KV(mux_off) },
	{ GD_HOOK_CREATE, "v2", 1, 1, NULL, 0 },
	{ GD_HOOK_START, "v2", 1, 2, NULL, 0 },
	{ GD_HOOK_STOP, "v2", 2, 1, NULL, 0 },
	{ GD_HOOK_ADD_BRICK, "v1", 1, 1, NULL, 0 },
	{ GD_HOOK_REMOVE_BRICK, "v1", 1, 1, NULL, 0 },
	{ GD_HOOK_STOP, "v1", 1, 0, NULL, 0 },
	{ GD_HOOK_DELETE, "v1", 0, 0, NULL, 0 },
	{ GD_HOOK_DELETE, "v2", 0, 0, NULL, 0 },
};

/* "<op>\t<phase>\t<argv[1]>\t...\n" as the golden file has it. */
static void add_line(struct strbuf *sb, const struct scenario *s,
		     enum gd_hook_phase phase)
{
	struct gd_hook_args a = {
		.volname = s->vol,
		.started = phase == GD_HOOK_PRE ? s->started_pre :
						  s->started_post,
		.opts = s->opts,
		.nopts = s->nopts,
	};
	struct spawn_cmd c;

	spawn_cmd_init(&c);
	assert_int_equal(gd_hooks_argv(&c, "/x/S10log.sh", REF_WD, s->op,
				       phase, &a), 0);
	assert_string_equal(c.argv[0], "/x/S10log.sh");
	assert_int_equal(c.envc, 2);
	assert_string_equal(c.env[0], "GLUSTERD_WORKDIR=" REF_WD);
	assert_string_equal(c.env[1], "_GLUSTERD_CALLED_=1");
	strbuf_addf(sb, "%s\t%s", gd_hook_op_name(s->op),
		    gd_hook_phase_name(phase));
	for (size_t i = 1; i < c.argc; i++)
		strbuf_addf(sb, "\t%s", c.argv[i]);
	strbuf_addch(sb, '\n');
	spawn_cmd_release(&c);
}

static char *golden_lines(void)
{
	struct strbuf sb = STRBUF_INIT;
	char line[4096];
	FILE *f = fopen(GOLDEN_DIR "/hooks/argv-10.3.txt", "r");

	assert_non_null(f);
	while (fgets(line, sizeof(line), f))
		if (line[0] != '#' && line[0] != '\n')
			strbuf_addstr(&sb, line);
	fclose(f);
	assert_non_null(sb.buf);
	return strbuf_detach(&sb, NULL);
}

static void test_argv_matches_10_3(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	char *want = golden_lines();

	(void)state;
	for (size_t i = 0; i < sizeof(scenarios) / sizeof(*scenarios); i++) {
		add_line(&sb, &scenarios[i], GD_HOOK_PRE);
		add_line(&sb, &scenarios[i], GD_HOOK_POST);
	}
	assert_string_equal(sb.buf, want);
	strbuf_release(&sb);
	free(want);
}

static char *argv_text(enum gd_hook_op op, enum gd_hook_phase ph,
		       const struct gd_hook_args *a)
{
	struct spawn_cmd c;
	char *t;

	spawn_cmd_init(&c);
	assert_int_equal(gd_hooks_argv(&c, "/h/S1", "/wd", op, ph, a), 0);
	t = spawn_cmd_text(&c);
	spawn_cmd_release(&c);
	return t;
}

static void test_argv_custom_and_flags(void **state)
{
	static const struct gd_hook_kv ss[] = {
		{ "cluster.enable-shared-storage", "enable" } };
	struct gd_hook_args a = { .volname = "all", .opts = ss, .nopts = 1 };
	char *t;

	(void)state;
	a.custom = "is_originator=1,local_node_hostname=h1";
	t = argv_text(GD_HOOK_SET, GD_HOOK_POST, &a);
	assert_string_equal(t, "/h/S1 --volname=all -o "
			       "cluster.enable-shared-storage=enable "
			       "is_originator=1,local_node_hostname=h1 "
			       "--gd-workdir=/wd");
	free(t);
	a.volname = "prim";
	t = argv_text(GD_HOOK_GSYNC_CREATE, GD_HOOK_POST, &a);
	assert_string_equal(t, "/h/S1 --volname=prim "
			       "is_originator=1,local_node_hostname=h1");
	free(t);
	a.custom = NULL;
	t = argv_text(GD_HOOK_GSYNC_CREATE, GD_HOOK_POST, &a);
	assert_string_equal(t, "/h/S1 --volname=prim");
	free(t);
	/* --first / --last for every count that matters. */
	a.started = 0;
	t = argv_text(GD_HOOK_START, GD_HOOK_POST, &a);
	assert_non_null(strstr(t, "--first=no"));
	free(t);
	a.started = 3;
	t = argv_text(GD_HOOK_STOP, GD_HOOK_PRE, &a);
	assert_string_equal(t, "/h/S1 --volname=prim --last=no");
	free(t);
	a.started = 0;
	t = argv_text(GD_HOOK_STOP, GD_HOOK_PRE, &a);
	assert_string_equal(t, "/h/S1 --volname=prim --last=no");
	free(t);
	/* Values with spaces stay one argument. */
	{
		static const struct gd_hook_kv sp[] = {
			{ "user.note", "a b" } };

		a.opts = sp;
		t = argv_text(GD_HOOK_SET, GD_HOOK_PRE, &a);
		assert_string_equal(t, "/h/S1 --volname=prim -o "
				       "'user.note=a b' --gd-workdir=/wd");
		free(t);
	}
}

static void test_argv_bad_input(void **state)
{
	static const struct gd_hook_kv half[] = { { "k", NULL } };
	struct gd_hook_args a = { .volname = "v" };
	struct spawn_cmd c;

	(void)state;
	spawn_cmd_init(&c);
	assert_int_equal(gd_hooks_argv(&c, "/s", "/wd", GD_HOOK_SET,
				       GD_HOOK_PRE, &a), -EINVAL);
	a.opts = half;
	a.nopts = 1;
	assert_int_equal(gd_hooks_argv(&c, "/s", "/wd", GD_HOOK_SET,
				       GD_HOOK_PRE, &a), -EINVAL);
	assert_int_equal(gd_hooks_argv(&c, "/s", "/wd", GD_HOOK_OP_MAX,
				       GD_HOOK_PRE, &a), -EINVAL);
	assert_int_equal(gd_hooks_argv(&c, "/s", "/wd", GD_HOOK_CREATE,
				       GD_HOOK_PHASE_MAX, &a), -EINVAL);
	assert_int_equal(gd_hooks_argv(&c, "/s", "", GD_HOOK_CREATE,
				       GD_HOOK_PRE, &a), -EINVAL);
	assert_int_equal(gd_hooks_argv(&c, NULL, "/wd", GD_HOOK_CREATE,
				       GD_HOOK_PRE, &a), -EINVAL);
	assert_int_equal(gd_hooks_argv(&c, "/s", "/wd", GD_HOOK_CREATE,
				       GD_HOOK_PRE, NULL), -EINVAL);
	a.volname = "";
	assert_int_equal(gd_hooks_argv(&c, "/s", "/wd", GD_HOOK_CREATE,
				       GD_HOOK_PRE, &a), -EINVAL);
	assert_int_equal(c.argc, 0);
	spawn_cmd_release(&c);
}

/* ---- which scripts ------------------------------------------------------- */

static void test_script_selection(void **state)
{
	static const char *const want[] = {
		"S05noexec.sh", "S10log.sh", "S2second.sh", "S50fail.sh",
		"S99.rpmsave.sh", "Sa.sh",
	};
	char dir[600];
	char **names = NULL;
	size_t n = 0;

	(void)state;
	reset_workdir();
	recording_script("set", "pre", "S10log.sh", NULL, 0755);
	recording_script("set", "pre", "S2second.sh", NULL, 0755);
	recording_script("set", "pre", "S50fail.sh", NULL, 0755);
	recording_script("set", "pre", "Sa.sh", NULL, 0755);
	recording_script("set", "pre", "S05noexec.sh", NULL, 0644);
	recording_script("set", "pre", "K10killed.sh", NULL, 0755);
	recording_script("set", "pre", "s01lower.sh", NULL, 0755);
	recording_script("set", "pre", "S99x.rpmsave", NULL, 0755);
	recording_script("set", "pre", "S98y.rpmnew", NULL, 0755);
	recording_script("set", "pre", "S99.rpmsave.sh", NULL, 0755);
	recording_script("set", "pre", "README", NULL, 0644);
	snprintf(dir, sizeof(dir), "%s/hooks/1/set/pre", workdir);
	assert_int_equal(gd_hooks_scripts(dir, &names, &n), 0);
	assert_int_equal(n, sizeof(want) / sizeof(*want));
	for (size_t i = 0; i < n; i++)
		assert_string_equal(names[i], want[i]);
	gd_hooks_names_free(names, n);
	gd_hooks_names_free(NULL, 0);

	snprintf(dir, sizeof(dir), "%s/hooks/1/nope/pre", workdir);
	assert_int_equal(gd_hooks_scripts(dir, &names, &n), -ENOENT);
	assert_int_equal(gd_hooks_scripts(NULL, &names, &n), -EINVAL);
	/* An empty directory: nothing, not an error. */
	snprintf(dir, sizeof(dir), "mkdir -p %s/hooks/1/empty", workdir);
	assert_int_equal(system(dir), 0);
	snprintf(dir, sizeof(dir), "%s/hooks/1/empty", workdir);
	assert_int_equal(gd_hooks_scripts(dir, &names, &n), 0);
	assert_int_equal(n, 0);
	gd_hooks_names_free(names, n);
}

/* ---- pre hooks ---------------------------------------------------------- */

static void test_pre_order_and_failures(void **state)
{
	static const struct gd_hook_kv kv[] = { { "user.smb", "on" } };
	struct gd_hook_args a = { .volname = "v1", .opts = kv, .nopts = 1 };
	char *rec, *log, want[2048], *err = (char *)"x";
	const char *args;

	(void)state;
	reset_workdir();
	recording_script("set", "pre", "S10log.sh", NULL, 0755);
	recording_script("set", "pre", "S2second.sh", NULL, 0755);
	recording_script("set", "pre", "S50fail.sh", "trap 'exit 3' EXIT",
			 0755);
	recording_script("set", "pre", "Sa.sh", NULL, 0755);
	recording_script("set", "pre", "S05noexec.sh", NULL, 0644);
	recording_script("set", "pre", "K10killed.sh", NULL, 0755);
	recording_script("set", "post", "S10post.sh", NULL, 0755);
	assert_int_equal(gd_hooks_run_pre(NULL, workdir, GD_HOOK_SET, &a,
					  &err), 0);
	assert_null(err);
	rec = slurp(recfile);
	args = "--volname=v1 -o user.smb=on --gd-workdir=";
	snprintf(want, sizeof(want),
		 "S10log.sh|%s%s|%s|1\nS2second.sh|%s%s|%s|1\n"
		 "S50fail.sh|%s%s|%s|1\nSa.sh|%s%s|%s|1\n",
		 args, workdir, workdir, args, workdir, workdir, args, workdir,
		 workdir, args, workdir, workdir);
	assert_string_equal(rec, want);
	free(rec);
	log = slurp(logfile);
	assert_non_null(strstr(log, "Failed to execute script: "));
	assert_non_null(strstr(log, "/S05noexec.sh --volname=v1"));
	assert_non_null(strstr(log, "Ran script: "));
	snprintf(want, sizeof(want),
		 "Failed to execute script: %s/hooks/1/set/pre/S50fail.sh "
		 "--volname=v1 -o user.smb=on --gd-workdir=%s", workdir,
		 workdir);
	assert_non_null(strstr(log, want));
	free(log);
}

static void test_pre_time_budget(void **state)
{
	struct gd_hook_args a = { .volname = "v1" };
	uint64_t t0;
	char *rec, *log;

	(void)state;
	reset_workdir();
	recording_script("delete", "pre", "S10slow.sh", "sleep 10", 0755);
	recording_script("delete", "pre", "S20after.sh", NULL, 0755);
	gd_hooks_set_timeouts(300, 0);
	t0 = ev_now_ms();
	assert_int_equal(gd_hooks_run_pre(NULL, workdir, GD_HOOK_DELETE, &a,
					  NULL), 0);
	assert_true(ev_now_ms() - t0 < 3000);
	rec = slurp(recfile);
	assert_string_equal(rec, "");		/* slow killed, next skipped */
	free(rec);
	log = slurp(logfile);
	assert_non_null(strstr(log, "S20after.sh (pre hooks out of time"));
	assert_non_null(strstr(log, "S10slow.sh killed: out of time"));
	free(log);
}

static void test_pre_missing_dir_and_bad_args(void **state)
{
	struct gd_hook_args a = { .volname = "v1" };
	char *err = NULL;

	(void)state;
	reset_workdir();
	assert_int_equal(gd_hooks_run_pre(NULL, workdir, GD_HOOK_CREATE, &a,
					  &err), 0);
	assert_null(err);
	assert_int_equal(gd_hooks_run_pre(NULL, workdir, GD_HOOK_SET, &a,
					  &err), -EINVAL);
	assert_non_null(err);
	assert_non_null(strstr(err, "no options"));
	free(err);
	err = NULL;
	assert_int_equal(gd_hooks_run_pre(NULL, NULL, GD_HOOK_CREATE, &a,
					  &err), -EINVAL);
	free(err);
	assert_int_equal(gd_hooks_run_pre(NULL, workdir, GD_HOOK_CREATE, NULL,
					  NULL), -EINVAL);
}

/* ---- post hooks ----------------------------------------------------------- */

static void test_post_async_fifo(void **state)
{
	struct ev_loop *loop = new_loop();
	struct gd_hook_args a = { .volname = "v1" };
	uint64_t t0;
	char *rec, want[2048];

	(void)state;
	reset_workdir();
	recording_script("create", "post", "S10slow.sh", "sleep 0.5", 0755);
	recording_script("create", "post", "S20fast.sh", NULL, 0755);
	recording_script("create", "post", "S15fail.sh", "exit 1", 0755);
	recording_script("delete", "post", "S10del.sh", NULL, 0755);
	recording_script("start", "post", "S10start.sh", NULL, 0755);
	t0 = ev_now_ms();
	gd_hooks_run_post(loop, workdir, GD_HOOK_CREATE, &a);
	a.volname = "v2";
	a.started = 1;
	gd_hooks_run_post(loop, workdir, GD_HOOK_START, &a);
	a.volname = "v1";
	gd_hooks_run_post(loop, workdir, GD_HOOK_DELETE, &a);
	assert_true(ev_now_ms() - t0 < 200);	/* nothing waited */
	assert_int_equal(gd_hooks_post_pending(), 3);
	rec = slurp(recfile);
	assert_string_equal(rec, "");		/* nothing ran yet */
	free(rec);
	run_until_idle(loop);
	rec = slurp(recfile);
	snprintf(want, sizeof(want),
		 "S10slow.sh|--volname=v1|%s|1\n"
		 "S20fast.sh|--volname=v1|%s|1\n"
		 "S10start.sh|--volname=v2 --first=yes --version=1 "
		 "--volume-op=start --gd-workdir=%s|%s|1\n"
		 "S10del.sh|--volname=v1|%s|1\n",
		 workdir, workdir, workdir, workdir, workdir);
	assert_string_equal(rec, want);
	free(rec);
	free_loop(loop);
}

/* The loop keeps serving while a post script runs. */
static void tick(struct ev_loop *loop, void *arg)
{
	int *ticks = arg;

	(*ticks)++;
	if (*ticks < 10)
		assert_non_null(ev_timer_add(loop, 20, tick, arg));
}

static void test_post_does_not_block_loop(void **state)
{
	struct ev_loop *loop = new_loop();
	struct gd_hook_args a = { .volname = "v1" };
	int ticks = 0;

	(void)state;
	reset_workdir();
	recording_script("stop", "post", "S10slow.sh", "sleep 0.6", 0755);
	gd_hooks_run_post(loop, workdir, GD_HOOK_STOP, &a);
	assert_non_null(ev_timer_add(loop, 20, tick, &ticks));
	run_until_idle(loop);
	assert_int_equal(ticks, 10);
	free_loop(loop);
}

static void test_post_time_budget(void **state)
{
	struct ev_loop *loop = new_loop();
	struct gd_hook_args a = { .volname = "v1" };
	uint64_t t0;
	char *rec, *log, want[600];

	(void)state;
	reset_workdir();
	recording_script("create", "post", "S10hang.sh", "sleep 20", 0755);
	recording_script("create", "post", "S20next.sh", NULL, 0755);
	gd_hooks_set_timeouts(0, 300);
	t0 = ev_now_ms();
	gd_hooks_run_post(loop, workdir, GD_HOOK_CREATE, &a);
	run_until_idle(loop);
	assert_true(ev_now_ms() - t0 < 3000);
	rec = slurp(recfile);
	snprintf(want, sizeof(want), "S20next.sh|--volname=v1|%s|1\n",
		 workdir);
	assert_string_equal(rec, want);
	free(rec);
	log = slurp(logfile);
	assert_non_null(strstr(log, "S10hang.sh killed: out of time"));
	free(log);
	free_loop(loop);
}

static void test_post_bad_input_and_shutdown(void **state)
{
	struct ev_loop *loop = new_loop();
	struct gd_hook_args a = { .volname = "v1" };
	char *rec;

	(void)state;
	reset_workdir();
	recording_script("create", "post", "S10a.sh", NULL, 0755);
	gd_hooks_run_post(NULL, workdir, GD_HOOK_CREATE, &a);
	gd_hooks_run_post(loop, workdir, GD_HOOK_SET, &a);	/* no opts */
	gd_hooks_run_post(loop, NULL, GD_HOOK_CREATE, &a);
	gd_hooks_run_post(loop, workdir, GD_HOOK_OP_MAX, &a);
	assert_int_equal(gd_hooks_post_pending(), 0);
	/* A missing directory is logged, the queue moves on. */
	gd_hooks_run_post(loop, workdir, GD_HOOK_RESET, &a);
	gd_hooks_run_post(loop, workdir, GD_HOOK_CREATE, &a);
	run_until_idle(loop);
	rec = slurp(recfile);
	assert_non_null(strstr(rec, "S10a.sh|--volname=v1|"));
	free(rec);
	/* Queued jobs are dropped by shutdown and never run. */
	gd_hooks_run_post(loop, workdir, GD_HOOK_CREATE, &a);
	gd_hooks_run_post(loop, workdir, GD_HOOK_CREATE, &a);
	assert_int_equal(gd_hooks_post_pending(), 2);
	gd_hooks_shutdown();
	assert_int_equal(gd_hooks_post_pending(), 0);
	free_loop(loop);
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(tmpdir))
		return -1;
	snprintf(workdir, sizeof(workdir), "%s/wd", tmpdir);
	snprintf(logfile, sizeof(logfile), "%s/glusterd.log", tmpdir);
	snprintf(recfile, sizeof(recfile), "%s/rec.txt", tmpdir);
	if (mkdir(workdir, 0755) < 0)
		return -1;
	return log_open(logfile, "management") < 0 ? -1 : 0;
}

static int teardown(void **state)
{
	char cmd[400];

	(void)state;
	log_close();
	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_argv_matches_10_3),
		cmocka_unit_test(test_argv_custom_and_flags),
		cmocka_unit_test(test_argv_bad_input),
		cmocka_unit_test(test_script_selection),
		cmocka_unit_test(test_pre_order_and_failures),
		cmocka_unit_test(test_pre_time_budget),
		cmocka_unit_test(test_pre_missing_dir_and_bad_args),
		cmocka_unit_test(test_post_async_fifo),
		cmocka_unit_test(test_post_does_not_block_loop),
		cmocka_unit_test(test_post_time_budget),
		cmocka_unit_test(test_post_bad_input_and_shutdown),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
