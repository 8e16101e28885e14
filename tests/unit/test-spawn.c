/* Unit tests for libglusterfs/spawn: the argv builder, child set-up (fds,
 * stdio, signals, env, cwd), exits seen through the loop (children, the
 * daemon half of a double fork thanks to the subreaper, adopted
 * non-children through pidfds), synchronous runs with timeouts, pidfiles
 * and /proc matching. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "libglusterfs/event.h"
#include "libglusterfs/spawn.h"

static char tmpdir[] = "/tmp/test-spawn.XXXXXX";

/* ---- helpers ---------------------------------------------------------------- */

static void watchdog_cb(struct ev_loop *loop, void *arg)
{
	(void)arg;
	ev_loop_stop(loop);
	fail_msg("watchdog fired: the loop did not stop in time");
}

static struct ev_loop *new_loop(void)
{
	struct ev_loop *loop = ev_loop_new();

	assert_non_null(loop);
	assert_non_null(ev_timer_add(loop, 5000, watchdog_cb, NULL));
	assert_int_equal(spawn_init(loop), 0);
	return loop;
}

static void free_loop(struct ev_loop *loop)
{
	spawn_fini();
	ev_loop_free(loop);
}

static char *tmppath(const char *name)
{
	static char buf[4][256];
	static int slot;
	char *p = buf[slot++ % 4];

	snprintf(p, sizeof(buf[0]), "%s/%s", tmpdir, name);
	return p;
}

static void sh_cmd(struct spawn_cmd *c, const char *script)
{
	spawn_cmd_init(c);
	assert_int_equal(spawn_cmd_add(c, "/bin/sh"), 0);
	assert_int_equal(spawn_cmd_add(c, "-c"), 0);
	assert_int_equal(spawn_cmd_add(c, script), 0);
}

/* Runs script through spawn_run_sync and returns its waitpid status. */
static int run_sh(const char *script, int timeout_ms)
{
	struct spawn_cmd c;
	int st;

	sh_cmd(&c, script);
	st = spawn_run_sync(&c, timeout_ms);
	spawn_cmd_release(&c);
	return st;
}

static char *slurp(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "r");
	size_t n;

	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static pid_t wait_pidfile(const char *path)
{
	pid_t p = -ENOENT;

	for (int i = 0; i < 500 && p <= 0; i++) {
		p = spawn_read_pidfile(path);
		if (p <= 0)
			usleep(10000);
	}
	assert_true(p > 0);
	return p;
}

struct exit_rec {
	int calls;
	pid_t pid;
	int status;
	bool stop;			/* stop the loop on exit */
};

static void record_exit(struct ev_loop *loop, pid_t pid, int status, void *arg)
{
	struct exit_rec *r = arg;

	r->calls++;
	r->pid = pid;
	r->status = status;
	if (r->stop)
		ev_loop_stop(loop);
}

static void stop_cb(struct ev_loop *loop, void *arg)
{
	(void)arg;
	ev_loop_stop(loop);
}

/* ---- the command builder -------------------------------------------------- */

static void test_cmd_builder(void **state)
{
	struct spawn_cmd c;
	char *t;

	(void)state;
	spawn_cmd_init(&c);
	assert_int_equal(c.stdout_fd, -1);
	assert_int_equal(c.stderr_fd, -1);
	assert_int_equal(spawn_cmd_add(&c, "/bin/echo"), 0);
	for (int i = 0; i < 20; i++)
		assert_int_equal(spawn_cmd_addf(&c, "--n=%d", i), 0);
	assert_int_equal(c.argc, 21);
	assert_null(c.argv[21]);
	assert_string_equal(c.argv[20], "--n=19");
	assert_int_equal(spawn_cmd_add(&c, NULL), -EINVAL);
	assert_int_equal(spawn_cmd_add(NULL, "x"), -EINVAL);
	assert_int_equal(spawn_cmd_setenv(&c, "A", "1"), 0);
	assert_int_equal(spawn_cmd_setenv(&c, "B", "2"), 0);
	assert_int_equal(spawn_cmd_setenv(&c, "A", "3"), 0);
	assert_int_equal(c.envc, 2);
	assert_string_equal(c.env[0], "A=3");
	assert_null(c.env[2]);
	assert_int_equal(spawn_cmd_setenv(&c, "A=B", "1"), -EINVAL);
	assert_int_equal(spawn_cmd_setenv(&c, "", "1"), -EINVAL);
	assert_int_equal(spawn_cmd_setenv(&c, "C", NULL), -EINVAL);
	spawn_cmd_release(&c);
	assert_int_equal(c.argc, 0);
	assert_null(c.argv);
	spawn_cmd_release(&c);
	spawn_cmd_release(NULL);

	spawn_cmd_init(&c);
	t = spawn_cmd_text(&c);
	assert_string_equal(t, "");
	free(t);
	assert_int_equal(spawn_cmd_add(&c, "/x/S10a.sh"), 0);
	assert_int_equal(spawn_cmd_add(&c, "--volname=v1"), 0);
	assert_int_equal(spawn_cmd_add(&c, "a b"), 0);
	assert_int_equal(spawn_cmd_add(&c, "it's"), 0);
	assert_int_equal(spawn_cmd_add(&c, ""), 0);
	t = spawn_cmd_text(&c);
	assert_string_equal(t, "/x/S10a.sh --volname=v1 'a b' 'it'\\''s' ''");
	free(t);
	spawn_cmd_release(&c);
}

static void test_start_bad_input(void **state)
{
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	spawn_cmd_init(&c);
	assert_int_equal(spawn_start(&c, &pid), -EINVAL);
	assert_int_equal(spawn_start(NULL, &pid), -EINVAL);
	assert_int_equal(spawn_run_sync(&c, 100), -EINVAL);
	assert_int_equal(spawn_cmd_add(&c, "/bin/true"), 0);
	assert_int_equal(spawn_start(&c, NULL), -EINVAL);
	spawn_cmd_release(&c);
	assert_int_equal(spawn_init(NULL), -EINVAL);
	assert_int_equal(spawn_kill_group(0, SIGTERM), -EINVAL);
}

/* ---- exits through the loop --------------------------------------------- */

static void test_child_exit_status(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true };
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	sh_cmd(&c, "exit 7");
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	assert_non_null(spawn_watch(loop, pid, record_exit, &r));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.calls, 1);
	assert_int_equal(r.pid, pid);
	assert_true(WIFEXITED(r.status));
	assert_int_equal(WEXITSTATUS(r.status), 7);
	/* Reaped: the pid is gone and cannot be watched any more. */
	errno = 0;
	assert_null(spawn_watch(loop, pid, record_exit, &r));
	assert_int_equal(errno, ESRCH);
	free_loop(loop);
}

/* A forked function: its result is the exit status; it runs in its own
 * process group with stdio on /dev/null and no other fd open. */
struct fork_arg {
	int want, fd;
};

static int fork_fn_body(void *arg)
{
	const struct fork_arg *a = arg;

	if (getpgid(0) != getpid() || fcntl(a->fd, F_GETFD) != -1 ||
	    write(1, "x", 1) != 1)
		return 99;
	return a->want;
}

static void test_fork_fn(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true };
	struct fork_arg a = { 42, open("/dev/null", O_RDONLY) };
	pid_t pid;

	(void)state;
	assert_true(a.fd > 2);
	assert_int_equal(spawn_fork_fn(NULL, NULL, &pid), -EINVAL);
	assert_int_equal(spawn_fork_fn(fork_fn_body, &a, NULL), -EINVAL);
	assert_int_equal(spawn_fork_fn(fork_fn_body, &a, &pid), 0);
	close(a.fd);
	assert_non_null(spawn_watch(loop, pid, record_exit, &r));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.calls, 1);
	assert_true(WIFEXITED(r.status));
	assert_int_equal(WEXITSTATUS(r.status), 42);
	free_loop(loop);
}

static void test_child_killed_by_signal(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true };
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	sh_cmd(&c, "sleep 10");
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	assert_non_null(spawn_watch(loop, pid, record_exit, &r));
	assert_int_equal(spawn_kill_group(pid, SIGTERM), 0);
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.calls, 1);
	assert_true(WIFSIGNALED(r.status));
	assert_int_equal(WTERMSIG(r.status), SIGTERM);
	free_loop(loop);
}

static void test_exec_failure_is_127(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true };
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	spawn_cmd_init(&c);
	assert_int_equal(spawn_cmd_add(&c, "/nonexistent/prog"), 0);
	assert_int_equal(spawn_start(&c, &pid), 0);
	assert_non_null(spawn_watch(loop, pid, record_exit, &r));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(WEXITSTATUS(r.status), 127);
	spawn_cmd_release(&c);
	/* No PATH match, and a cwd that does not exist: 127 as well. */
	spawn_cmd_init(&c);
	assert_int_equal(spawn_cmd_add(&c, "no-such-program-xyz"), 0);
	assert_int_equal(WEXITSTATUS(spawn_run_sync(&c, 2000)), 127);
	spawn_cmd_release(&c);
	sh_cmd(&c, "exit 0");
	c.cwd = strdup("/nonexistent-dir");
	assert_int_equal(WEXITSTATUS(spawn_run_sync(&c, 2000)), 127);
	spawn_cmd_release(&c);
	free_loop(loop);
}

/* A child that exited before it was watched is still reported. */
static void test_watch_after_exit(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true };
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	sh_cmd(&c, "exit 4");
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	usleep(200000);		/* a zombie now, not reaped: the loop is idle */
	assert_false(spawn_pid_matches(pid, NULL));
	assert_non_null(spawn_watch(loop, pid, record_exit, &r));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.calls, 1);
	assert_int_equal(WEXITSTATUS(r.status), 4);
	free_loop(loop);
}

static void test_two_watches_one_pid(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec a = { 0 }, b = { 0 };
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	sh_cmd(&c, "exit 2");
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	assert_non_null(spawn_watch(loop, pid, record_exit, &a));
	assert_non_null(spawn_watch(loop, pid, record_exit, &b));
	assert_non_null(ev_timer_add(loop, 500, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(a.calls, 1);
	assert_int_equal(b.calls, 1);
	assert_int_equal(WEXITSTATUS(a.status), 2);
	assert_int_equal(WEXITSTATUS(b.status), 2);
	free_loop(loop);
}

static void test_unwatch(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { 0 };
	struct spawn_watch *w;
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	sh_cmd(&c, "exit 0");
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	w = spawn_watch(loop, pid, record_exit, &r);
	assert_non_null(w);
	spawn_unwatch(w);
	spawn_unwatch(NULL);
	assert_non_null(ev_timer_add(loop, 300, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.calls, 0);
	/* The unwatched child was reaped anyway (no zombie left). */
	assert_int_equal(kill(pid, 0), -1);
	assert_int_equal(errno, ESRCH);
	free_loop(loop);
}

struct self_unwatch {
	struct spawn_watch *w;
	struct spawn_watch *other;
	int calls;
};

/* Unwatching itself and the second watch of the same pid from a cb. */
static void unwatch_from_cb(struct ev_loop *loop, pid_t pid, int status,
			    void *arg)
{
	struct self_unwatch *s = arg;

	(void)loop;
	(void)pid;
	(void)status;
	s->calls++;
	spawn_unwatch(s->w);
	spawn_unwatch(s->other);
}

static void test_unwatch_from_callback(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { 0 };
	struct self_unwatch s = { 0 };
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	sh_cmd(&c, "exit 0");
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	s.w = spawn_watch(loop, pid, unwatch_from_cb, &s);
	s.other = spawn_watch(loop, pid, record_exit, &r);
	assert_non_null(s.w);
	assert_non_null(s.other);
	assert_non_null(ev_timer_add(loop, 300, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(s.calls, 1);
	assert_int_equal(r.calls, 0);
	free_loop(loop);
}

static void test_watch_bad_input(void **state)
{
	struct ev_loop *loop = new_loop();
	struct ev_loop *other = ev_loop_new();
	struct exit_rec r = { 0 };
	struct spawn_watch *w;

	(void)state;
	errno = 0;
	assert_null(spawn_watch(loop, 0, record_exit, &r));
	assert_int_equal(errno, EINVAL);
	assert_null(spawn_watch(loop, getpid(), NULL, &r));
	assert_null(spawn_watch(NULL, getpid(), record_exit, &r));
	/* Bound to loop with a watch: another loop is refused. */
	w = spawn_watch(loop, getpid(), record_exit, &r);
	assert_non_null(w);
	assert_int_equal(spawn_init(other), -EBUSY);
	errno = 0;
	assert_null(spawn_watch(other, getpid(), record_exit, &r));
	assert_int_equal(errno, EBUSY);
	spawn_unwatch(w);
	ev_loop_free(other);
	free_loop(loop);
}

/* ---- double forks and adopted processes ---------------------------------- */

struct daemon_ctx {
	const char *pidfile;
	struct exit_rec parent;
	struct exit_rec daemon;
	pid_t daemon_pid;
};

static void daemon_parent_exited(struct ev_loop *loop, pid_t pid, int status,
				 void *arg)
{
	struct daemon_ctx *d = arg;

	record_exit(loop, pid, status, &d->parent);
	d->daemon_pid = spawn_read_pidfile(d->pidfile);
	assert_true(d->daemon_pid > 0);
	assert_non_null(spawn_watch(loop, d->daemon_pid, record_exit,
				    &d->daemon));
}

/* The parent writes the daemon's pid and exits; the daemon is re-parented
 * to us (subreaper) and its real exit status comes through the reaper. */
static void test_double_fork_subreaper(void **state)
{
	struct ev_loop *loop = new_loop();
	struct daemon_ctx d = { .pidfile = tmppath("daemon.pid") };
	struct spawn_cmd c;
	char script[512];
	pid_t pid;

	(void)state;
	assert_int_equal(spawn_become_subreaper(), 0);
	d.daemon.stop = true;
	snprintf(script, sizeof(script),
		 "(sleep 0.3; exit 5) & echo $! > %s.tmp && mv %s.tmp %s",
		 d.pidfile, d.pidfile, d.pidfile);
	sh_cmd(&c, script);
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	assert_non_null(spawn_watch(loop, pid, daemon_parent_exited, &d));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(d.parent.calls, 1);
	assert_int_equal(WEXITSTATUS(d.parent.status), 0);
	assert_int_equal(d.daemon.calls, 1);
	assert_int_equal(d.daemon.pid, d.daemon_pid);
	assert_true(WIFEXITED(d.daemon.status));
	assert_int_equal(WEXITSTATUS(d.daemon.status), 5);
	free_loop(loop);
}

/* A process whose parent is still alive (not our child): seen through its
 * pidfd, status -1. */
static void test_adopt_non_child_live_parent(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true }, helper = { 0 };
	const char *pf = tmppath("grand.pid");
	struct spawn_cmd c;
	char script[512];
	pid_t hpid, gpid;

	(void)state;
	snprintf(script, sizeof(script),
		 "sleep 0.3 & echo $! > %s.tmp && mv %s.tmp %s; wait; sleep 0.2",
		 pf, pf, pf);
	sh_cmd(&c, script);
	assert_int_equal(spawn_start(&c, &hpid), 0);
	spawn_cmd_release(&c);
	assert_non_null(spawn_watch(loop, hpid, record_exit, &helper));
	gpid = wait_pidfile(pf);
	assert_true(spawn_pid_matches(gpid, "sleep"));
	assert_non_null(spawn_watch(loop, gpid, record_exit, &r));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.calls, 1);
	assert_int_equal(r.pid, gpid);
	assert_int_equal(r.status, -1);
	assert_int_equal(helper.calls, 0);	/* still sleeping */
	free_loop(loop);
}

/* After a "restart": the helper that started the process is gone and we
 * are not a subreaper, so the process belongs to someone else. */
static void test_adopt_orphan_of_exited_helper(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true };
	const char *pf = tmppath("orphan.pid");
	char script[512];
	pid_t gpid;
	int st;

	(void)state;
	assert_int_equal(prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0), 0);
	snprintf(script, sizeof(script),
		 "sleep 0.4 & echo $! > %s.tmp && mv %s.tmp %s", pf, pf, pf);
	st = run_sh(script, 2000);
	assert_int_equal(prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), 0);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	gpid = spawn_read_pidfile(pf);
	assert_true(gpid > 0);
	assert_true(spawn_pid_matches(gpid, "sleep 0.4"));
	assert_non_null(spawn_watch(loop, gpid, record_exit, &r));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.calls, 1);
	assert_int_equal(r.status, -1);
	assert_false(spawn_pid_matches(gpid, NULL));
	free_loop(loop);
}

/* ---- synchronous runs --------------------------------------------------------- */

static void test_run_sync_status(void **state)
{
	int st;

	(void)state;
	st = run_sh("exit 3", 2000);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 3);
	st = run_sh("kill -KILL $$", 2000);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGKILL);
	assert_int_equal(run_sh("exit 0", -1), 0);
}

static void test_run_sync_timeout_kills_group(void **state)
{
	const char *pf = tmppath("bg.pid");
	char script[512];
	uint64_t t0;
	pid_t bg;
	int st;

	(void)state;
	snprintf(script, sizeof(script),
		 "sleep 30 & echo $! > %s.tmp && mv %s.tmp %s; sleep 30",
		 pf, pf, pf);
	t0 = ev_now_ms();
	st = run_sh(script, 300);
	assert_int_equal(st, -ETIMEDOUT);
	assert_true(ev_now_ms() - t0 < 3000);
	bg = wait_pidfile(pf);
	/* The background sleep shared the group and was killed too (it may
	 * linger as a zombie of init's for a moment). */
	for (int i = 0; i < 100 && spawn_pid_matches(bg, "sleep 30"); i++)
		usleep(10000);
	assert_false(spawn_pid_matches(bg, "sleep 30"));
}

/* A synchronous run next to a live loop reaper does not confuse either. */
static void test_run_sync_with_loop(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true };
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	sh_cmd(&c, "sleep 0.2; exit 9");
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	assert_non_null(spawn_watch(loop, pid, record_exit, &r));
	assert_int_equal(WEXITSTATUS(run_sh("exit 6", 2000)), 6);
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.calls, 1);
	assert_int_equal(WEXITSTATUS(r.status), 9);
	free_loop(loop);
}

/* ---- the child's environment -------------------------------------------- */

static void test_argv_with_spaces(void **state)
{
	const char *out = tmppath("argv.txt");
	struct spawn_cmd c;
	char script[256];

	(void)state;
	snprintf(script, sizeof(script),
		 "for a in \"$@\"; do printf '[%%s]\\n' \"$a\"; done > %s", out);
	sh_cmd(&c, script);
	assert_int_equal(spawn_cmd_add(&c, "sh"), 0);		/* $0 */
	assert_int_equal(spawn_cmd_add(&c, "a b"), 0);
	assert_int_equal(spawn_cmd_add(&c, "  two  spaces "), 0);
	assert_int_equal(spawn_cmd_add(&c, ""), 0);
	assert_int_equal(spawn_cmd_add(&c, "*"), 0);
	assert_int_equal(spawn_cmd_add(&c, "$HOME"), 0);
	assert_int_equal(spawn_run_sync(&c, 2000), 0);
	spawn_cmd_release(&c);
	assert_string_equal(slurp(out),
			    "[a b]\n[  two  spaces ]\n[]\n[*]\n[$HOME]\n");
}

static void test_fds_closed_in_child(void **state)
{
	const char *out = tmppath("fds.txt");
	char script[256];
	int fd, p[2];

	(void)state;
	fd = open("/dev/null", O_RDONLY);	/* no O_CLOEXEC on purpose */
	assert_true(fd >= 0);
	assert_int_equal(dup2(fd, 50), 50);
	assert_int_equal(pipe(p), 0);		/* no O_CLOEXEC either */
	/* exec ls: /proc/self is then ls itself, which opens only its dir. */
	snprintf(script, sizeof(script), "exec ls /proc/self/fd > %s", out);
	assert_int_equal(run_sh(script, 2000), 0);
	assert_string_equal(slurp(out), "0\n1\n2\n3\n");
	close(50);
	close(fd);
	close(p[0]);
	close(p[1]);
}

static void test_stdio(void **state)
{
	struct spawn_cmd c;
	char buf[128] = "";
	int p[2];
	ssize_t n;

	(void)state;
	assert_int_equal(pipe(p), 0);
	sh_cmd(&c, "readlink /proc/self/fd/0; echo out; echo err >&2");
	c.stdout_fd = p[1];
	c.stderr_fd = p[1];
	assert_int_equal(spawn_run_sync(&c, 2000), 0);
	close(p[1]);
	n = read(p[0], buf, sizeof(buf) - 1);
	assert_true(n > 0);
	buf[n] = '\0';
	assert_string_equal(buf, "/dev/null\nout\nerr\n");
	close(p[0]);
	spawn_cmd_release(&c);

	/* The fds given may be 1 and 2 swapped; an invalid one is /dev/null. */
	sh_cmd(&c, "echo x; echo y >&2");
	c.stdout_fd = 999;
	assert_int_equal(spawn_run_sync(&c, 2000), 0);
	spawn_cmd_release(&c);
}

static void test_env_cwd_signals(void **state)
{
	const char *out = tmppath("env.txt");
	struct spawn_cmd c;
	char script[512], *text, *end;
	sigset_t usr1;

	(void)state;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	assert_int_equal(sigprocmask(SIG_BLOCK, &usr1, NULL), 0);
	signal(SIGUSR2, SIG_IGN);
	setenv("SPAWN_TEST_KEEP", "kept", 1);
	setenv("SPAWN_TEST_OVER", "old", 1);
	sh_cmd(&c, "echo \"$SPAWN_TEST_KEEP $SPAWN_TEST_OVER $SPAWN_TEST_NEW\"; "
		   "pwd; exec grep -E '^Sig(Blk|Ign)' /proc/self/status");
	assert_int_equal(spawn_cmd_setenv(&c, "SPAWN_TEST_OVER", "new"), 0);
	assert_int_equal(spawn_cmd_setenv(&c, "SPAWN_TEST_NEW", "a b"), 0);
	c.cwd = strdup(tmpdir);
	c.stdout_fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(c.stdout_fd >= 0);
	assert_int_equal(spawn_run_sync(&c, 2000), 0);
	close(c.stdout_fd);
	spawn_cmd_release(&c);
	snprintf(script, sizeof(script), "kept new a b\n%s\nSigBlk:\t", tmpdir);
	text = slurp(out);
	assert_memory_equal(text, script, strlen(script));
	assert_int_equal(strtoull(text + strlen(script), &end, 16), 0);
	/* Signals 32 and 33 belong to the C library, which refuses to change
	 * them: they keep whatever our own parent gave us. */
	end = strstr(end, "SigIgn:\t");
	assert_non_null(end);
	assert_int_equal(strtoull(end + 8, NULL, 16) & ~0x180000000ULL, 0);
	assert_int_equal(sigprocmask(SIG_UNBLOCK, &usr1, NULL), 0);
	signal(SIGUSR2, SIG_DFL);
	unsetenv("SPAWN_TEST_KEEP");
	unsetenv("SPAWN_TEST_OVER");
}

/* ---- pidfiles and /proc --------------------------------------------------- */

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_read_pidfile(void **state)
{
	const char *p = tmppath("x.pid");

	(void)state;
	write_file(p, "1234\n");
	assert_int_equal(spawn_read_pidfile(p), 1234);
	write_file(p, "  42  \n");
	assert_int_equal(spawn_read_pidfile(p), 42);
	write_file(p, "");
	assert_int_equal(spawn_read_pidfile(p), -EINVAL);
	write_file(p, "12abc\n");
	assert_int_equal(spawn_read_pidfile(p), -EINVAL);
	write_file(p, "-5\n");
	assert_int_equal(spawn_read_pidfile(p), -EINVAL);
	write_file(p, "0\n");
	assert_int_equal(spawn_read_pidfile(p), -EINVAL);
	write_file(p, "99999999999999999999\n");
	assert_int_equal(spawn_read_pidfile(p), -EINVAL);
	write_file(p, "12\n34\n");
	assert_int_equal(spawn_read_pidfile(p), -EINVAL);
	assert_int_equal(spawn_read_pidfile(tmppath("missing.pid")), -ENOENT);
	assert_int_equal(spawn_read_pidfile(NULL), -EINVAL);
}

static void test_pid_matches(void **state)
{
	(void)state;
	assert_true(spawn_pid_matches(getpid(), NULL));
	assert_true(spawn_pid_matches(getpid(), "test-spawn"));
	assert_false(spawn_pid_matches(getpid(), "no-such-needle-here"));
	assert_false(spawn_pid_matches(0, NULL));
	assert_false(spawn_pid_matches(-1, NULL));
	assert_false(spawn_pid_matches(0x3ffffff, NULL));
}

/* Arguments are matched across the NUL separators of cmdline. */
static void test_pid_matches_args(void **state)
{
	struct ev_loop *loop = new_loop();
	struct exit_rec r = { .stop = true };
	struct spawn_cmd c;
	pid_t pid;

	(void)state;
	spawn_cmd_init(&c);
	assert_int_equal(spawn_cmd_add(&c, "sleep"), 0);
	assert_int_equal(spawn_cmd_add(&c, "0.5"), 0);
	assert_int_equal(spawn_start(&c, &pid), 0);
	spawn_cmd_release(&c);
	usleep(100000);
	assert_true(spawn_pid_matches(pid, "sleep 0.5"));
	assert_false(spawn_pid_matches(pid, "sleep 0.6"));
	assert_non_null(spawn_watch(loop, pid, record_exit, &r));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(r.status, 0);
	assert_false(spawn_pid_matches(pid, NULL));
	free_loop(loop);
}

static int setup(void **state)
{
	(void)state;
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[300];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cmd_builder),
		cmocka_unit_test(test_start_bad_input),
		cmocka_unit_test(test_child_exit_status),
		cmocka_unit_test(test_fork_fn),
		cmocka_unit_test(test_child_killed_by_signal),
		cmocka_unit_test(test_exec_failure_is_127),
		cmocka_unit_test(test_watch_after_exit),
		cmocka_unit_test(test_two_watches_one_pid),
		cmocka_unit_test(test_unwatch),
		cmocka_unit_test(test_unwatch_from_callback),
		cmocka_unit_test(test_watch_bad_input),
		cmocka_unit_test(test_double_fork_subreaper),
		cmocka_unit_test(test_adopt_non_child_live_parent),
		cmocka_unit_test(test_adopt_orphan_of_exited_helper),
		cmocka_unit_test(test_run_sync_status),
		cmocka_unit_test(test_run_sync_timeout_kills_group),
		cmocka_unit_test(test_run_sync_with_loop),
		cmocka_unit_test(test_argv_with_spaces),
		cmocka_unit_test(test_fds_closed_in_child),
		cmocka_unit_test(test_stdio),
		cmocka_unit_test(test_env_cwd_signals),
		cmocka_unit_test(test_read_pidfile),
		cmocka_unit_test(test_pid_matches),
		cmocka_unit_test(test_pid_matches_args),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
