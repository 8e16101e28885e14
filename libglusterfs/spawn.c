/* spawn: fork+exec with a clean child, one reaper for all children (the
 * loop's SIGCHLD watch) and pidfds for processes that are not ours.
 *
 * Ownership of an exit: the loop's reaper reaps every child with
 * waitpid(-1) and passes each pid to spawn__deliver, which fires the
 * watches of that pid. A watch's pidfd turns readable when its process
 * exits; the fd callback then tries to reap it itself (waitid on the
 * pidfd: succeeds only if it is our child) or reports -1. Whichever path
 * runs first removes the watches, so each watch fires exactly once.
 */
#include "libglusterfs/spawn.h"
#include "libglusterfs/list.h"
#include "libglusterfs/mem.h"
#include "libglusterfs/strbuf.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

extern char **environ;

struct spawn_watch {
	struct list_head node;		/* spawn_state.watches, or a firing list */
	pid_t pid;
	int pidfd;			/* -1 when the kernel has no pidfds */
	struct ev_fd *evfd;
	spawn_exit_cb cb;
	void *arg;
	bool firing;			/* taken off the table, cb pending/running */
	bool cancelled;			/* spawn_unwatch while firing */
};

static struct {
	struct ev_loop *loop;
	struct list_head watches;
} spawn_state = { NULL, LIST_HEAD_INIT(spawn_state.watches) };

/* ---- struct spawn_cmd ---------------------------------------------------- */

void spawn_cmd_init(struct spawn_cmd *c)
{
	memset(c, 0, sizeof(*c));
	c->stdout_fd = -1;
	c->stderr_fd = -1;
}

static void spawn__free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void spawn_cmd_release(struct spawn_cmd *c)
{
	if (!c)
		return;
	spawn__free_strv(c->argv, c->argc);
	spawn__free_strv(c->env, c->envc);
	free(c->cwd);
	spawn_cmd_init(c);
}

/* Makes room for one more entry plus the NULL terminator. */
static int spawn__grow(char ***v, size_t n, size_t *alloc)
{
	size_t na;
	char **nv;

	if (n + 2 <= *alloc)
		return 0;
	na = *alloc ? *alloc * 2 : 8;
	nv = gf_realloc(*v, na * sizeof(*nv));
	if (!nv)
		return -ENOMEM;
	*v = nv;
	*alloc = na;
	return 0;
}

/* Appends s (taken over) to argv. */
static int spawn__take_arg(struct spawn_cmd *c, char *s)
{
	if (!s || spawn__grow(&c->argv, c->argc, &c->alloc) < 0) {
		free(s);
		return -ENOMEM;
	}
	c->argv[c->argc++] = s;
	c->argv[c->argc] = NULL;
	return 0;
}

int spawn_cmd_add(struct spawn_cmd *c, const char *arg)
{
	if (!c || !arg)
		return -EINVAL;
	return spawn__take_arg(c, gf_strdup(arg));
}

int spawn_cmd_addf(struct spawn_cmd *c, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	int r;

	if (!c || !fmt)
		return -EINVAL;
	va_start(ap, fmt);
	r = strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (r < 0) {
		strbuf_release(&sb);
		return r;
	}
	return spawn__take_arg(c, strbuf_detach(&sb, NULL));
}

static bool spawn__env_key_ok(const char *key)
{
	return key && key[0] && !strchr(key, '=');
}

/* Index of key in c->env, or -1. */
static ssize_t spawn__env_find(const struct spawn_cmd *c, const char *key)
{
	size_t kl = strlen(key);

	for (size_t i = 0; i < c->envc; i++)
		if (!strncmp(c->env[i], key, kl) && c->env[i][kl] == '=')
			return (ssize_t)i;
	return -1;
}

int spawn_cmd_setenv(struct spawn_cmd *c, const char *key, const char *val)
{
	char *kv;
	ssize_t i;

	if (!c || !spawn__env_key_ok(key) || !val)
		return -EINVAL;
	kv = xasprintf("%s=%s", key, val);
	if (!kv)
		return -ENOMEM;
	i = spawn__env_find(c, key);
	if (i >= 0) {
		free(c->env[i]);
		c->env[i] = kv;
		return 0;
	}
	if (spawn__grow(&c->env, c->envc, &c->envalloc) < 0) {
		free(kv);
		return -ENOMEM;
	}
	c->env[c->envc++] = kv;
	c->env[c->envc] = NULL;
	return 0;
}

static bool spawn__needs_quotes(const char *s)
{
	if (!*s)
		return true;
	for (; *s; s++)
		if (isspace((unsigned char)*s) || strchr("'\"\\$`!*?;&|<>()[]{}#~",
							   *s))
			return true;
	return false;
}

/* Adds s in shell single quotes ('\'' for a quote inside). */
static int spawn__add_quoted(struct strbuf *sb, const char *s)
{
	int r = strbuf_addch(sb, '\'');

	for (; r == 0 && *s; s++)
		r = *s == '\'' ? strbuf_addstr(sb, "'\\''") :
				 strbuf_addch(sb, *s);
	return r ? r : strbuf_addch(sb, '\'');
}

char *spawn_cmd_text(const struct spawn_cmd *c)
{
	struct strbuf sb = STRBUF_INIT;
	int r = 0;

	if (!c)
		return NULL;
	for (size_t i = 0; r == 0 && i < c->argc; i++) {
		if (i)
			r = strbuf_addch(&sb, ' ');
		if (r == 0)
			r = spawn__needs_quotes(c->argv[i]) ?
				    spawn__add_quoted(&sb, c->argv[i]) :
				    strbuf_addstr(&sb, c->argv[i]);
	}
	if (r == 0 && !sb.buf)
		r = strbuf_addstr(&sb, "");
	if (r < 0) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, NULL);
}

/* ---- starting a child ---------------------------------------------------- */

/* environ minus the keys c overrides, plus c's entries; the strings are
 * borrowed, only the array is allocated. */
static char **spawn__build_envp(const struct spawn_cmd *c)
{
	size_t n = 0, k = 0;
	char **envp;

	while (environ && environ[n])
		n++;
	envp = gf_calloc(n + c->envc + 1, sizeof(*envp));
	if (!envp)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		const char *eq = strchr(environ[i], '=');
		char key[256];
		size_t kl = eq ? (size_t)(eq - environ[i]) : strlen(environ[i]);

		if (kl < sizeof(key)) {
			memcpy(key, environ[i], kl);
			key[kl] = '\0';
			if (spawn__env_find(c, key) >= 0)
				continue;
		}
		envp[k++] = environ[i];
	}
	for (size_t i = 0; i < c->envc; i++)
		envp[k++] = c->env[i];
	envp[k] = NULL;
	return envp;
}

static void spawn__close_from(int lowfd)
{
	long max;

#ifdef SYS_close_range
	if (syscall(SYS_close_range, (unsigned)lowfd, ~0U, 0U) == 0)
		return;
#endif
	max = sysconf(_SC_OPEN_MAX);
	if (max < 0 || max > 1 << 20)
		max = 1 << 20;
	for (int fd = lowfd; fd < max; fd++)
		(void)close(fd);
}

static void spawn__reset_signals(void)
{
	struct sigaction sa;
	sigset_t none;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			(void)sigaction(sig, &sa, NULL);
	sigemptyset(&none);
	(void)sigprocmask(SIG_SETMASK, &none, NULL);
}

/* A copy of fd above 2, or of /dev/null when fd is -1 or unusable. */
static int spawn__high_copy(int fd, int devnull)
{
	int copy = fd >= 0 ? fcntl(fd, F_DUPFD, 3) : -1;

	return copy >= 0 ? copy : fcntl(devnull, F_DUPFD, 3);
}

/* In the child: 0 = /dev/null, 1 and 2 as asked, nothing else open. The
 * copies above 2 are made first so that fds given as 1 and 2 (even
 * swapped) survive the dup2s. */
static int spawn__child_stdio(const struct spawn_cmd *c)
{
	int devnull = open("/dev/null", O_RDWR);
	int out, err;

	if (devnull < 0)
		return -1;
	out = spawn__high_copy(c->stdout_fd, devnull);
	err = spawn__high_copy(c->stderr_fd, devnull);
	if (out < 0 || err < 0)
		return -1;
	if (dup2(devnull, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
		return -1;
	spawn__close_from(3);
	return 0;
}

static __attribute__((noreturn)) void spawn__child(const struct spawn_cmd *c,
						    char **envp)
{
	(void)setpgid(0, 0);
	spawn__reset_signals();
	if (spawn__child_stdio(c) < 0 || chdir(c->cwd ? c->cwd : "/") < 0)
		_exit(127);
	if (strchr(c->argv[0], '/'))
		(void)execve(c->argv[0], c->argv, envp);
	else
		(void)execvpe(c->argv[0], c->argv, envp);
	_exit(127);
}

int spawn_start(const struct spawn_cmd *c, pid_t *pid)
{
	char **envp;
	pid_t p;

	if (!c || !pid || c->argc == 0 || !c->argv[0][0])
		return -EINVAL;
	envp = spawn__build_envp(c);
	if (!envp)
		return -ENOMEM;
	p = fork();
	if (p == 0)
		spawn__child(c, envp);
	free(envp);
	if (p < 0)
		return -errno;
	/* Both sides set the group so it exists before anyone signals it. */
	(void)setpgid(p, p);
	*pid = p;
	return 0;
}

int spawn_fork_fn(int (*fn)(void *arg), void *arg, pid_t *pid)
{
	static const struct spawn_cmd quiet = { .stdout_fd = -1,
						.stderr_fd = -1 };
	pid_t p;

	if (!fn || !pid)
		return -EINVAL;
	p = fork();
	if (p == 0) {
		(void)setpgid(0, 0);
		spawn__reset_signals();
		if (spawn__child_stdio(&quiet) < 0 || chdir("/") < 0)
			_exit(127);
		_exit(fn(arg) & 0xff);
	}
	if (p < 0)
		return -errno;
	(void)setpgid(p, p);
	*pid = p;
	return 0;
}

int spawn_kill_group(pid_t pid, int sig)
{
	int rg, rp;

	if (pid <= 1)
		return -EINVAL;
	rg = kill(-pid, sig);
	rp = kill(pid, sig);
	return rg == 0 || rp == 0 ? 0 : -errno;
}

int spawn_become_subreaper(void)
{
	return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) < 0 ? -errno : 0;
}

/* ---- pidfds and exit status ---------------------------------------------- */

static int spawn__pidfd_open(pid_t pid)
{
#ifdef SYS_pidfd_open
	/* pidfds are always close-on-exec. */
	return (int)syscall(SYS_pidfd_open, pid, 0);
#else
	(void)pid;
	errno = ENOSYS;
	return -1;
#endif
}

/* waitid's view of an exit, as the int waitpid would have stored. */
static int spawn__status_from_siginfo(const siginfo_t *si)
{
	switch (si->si_code) {
	case CLD_EXITED:
		return (si->si_status & 0xff) << 8;
	case CLD_KILLED:
		return si->si_status & 0x7f;
	case CLD_DUMPED:
		return (si->si_status & 0x7f) | 0x80;
	default:
		return -1;
	}
}

/* Reaps the process behind pidfd if it is our child and has exited:
 * 1 with *status, 0 if it is not ours (or not gone), -errno on error. */
static int spawn__reap_pidfd(int pidfd, int *status)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	if (waitid((idtype_t)P_PIDFD, (id_t)pidfd, &si, WEXITED | WNOHANG) < 0)
		return errno == ECHILD ? 0 : -errno;
	if (si.si_pid == 0)
		return 0;
	*status = spawn__status_from_siginfo(&si);
	return 1;
}

/* ---- watches --------------------------------------------------------------- */

static void spawn__watch_close(struct spawn_watch *w)
{
	ev_fd_del(w->evfd);
	w->evfd = NULL;
	if (w->pidfd >= 0)
		(void)close(w->pidfd);
	w->pidfd = -1;
}

/* Calls back the watches gathered in list, freeing each after its cb. */
static void spawn__fire_list(struct list_head *list, pid_t pid, int status)
{
	struct spawn_watch *w;

	while (!list_empty(list)) {
		w = list_entry(list->next, struct spawn_watch, node);
		list_del(&w->node);
		spawn__watch_close(w);
		if (!w->cancelled)
			w->cb(spawn_state.loop, pid, status, w->arg);
		free(w);
	}
}

static void spawn__take(struct spawn_watch *w, struct list_head *list)
{
	list_del(&w->node);
	list_add_tail(&w->node, list);
	w->firing = true;
}

/* pid was reaped: every watch of it learns the status. */
static void spawn__deliver(pid_t pid, int status)
{
	struct list_head firing = LIST_HEAD_INIT(firing);
	struct spawn_watch *w, *n;

	list_for_each_entry_safe(w, n, &spawn_state.watches, node)
		if (w->pid == pid)
			spawn__take(w, &firing);
	spawn__fire_list(&firing, pid, status);
}

static void spawn__on_child(struct ev_loop *loop, pid_t pid, int status,
			    void *arg)
{
	(void)loop;
	(void)arg;
	spawn__deliver(pid, status);
}

static void spawn__on_pidfd(struct ev_loop *loop, int fd, int events, void *arg)
{
	struct list_head firing = LIST_HEAD_INIT(firing);
	struct spawn_watch *w = arg;
	int status = -1;

	(void)loop;
	(void)events;
	if (spawn__reap_pidfd(fd, &status) == 1) {
		spawn__deliver(w->pid, status);
		return;
	}
	/* Not our child: only this watch knows its process is gone (the pid
	 * may already belong to someone else). */
	spawn__take(w, &firing);
	spawn__fire_list(&firing, w->pid, -1);
}

int spawn_init(struct ev_loop *loop)
{
	int r;

	if (!loop)
		return -EINVAL;
	if (spawn_state.loop == loop)
		return 0;
	if (spawn_state.loop && !list_empty(&spawn_state.watches))
		return -EBUSY;
	r = ev_child_watch(loop, spawn__on_child, NULL);
	if (r < 0)
		return r;
	spawn_state.loop = loop;
	return 0;
}

void spawn_fini(void)
{
	struct spawn_watch *w, *n;

	list_for_each_entry_safe(w, n, &spawn_state.watches, node)
		spawn_unwatch(w);
	spawn_state.loop = NULL;
}

/* True when pid is a child of ours (exited or not) that nobody reaped. */
static bool spawn__is_child(pid_t pid)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	return waitid(P_PID, (id_t)pid, &si,
		      WEXITED | WNOHANG | WNOWAIT) == 0;
}

/* Opens the pidfd and registers it; without pidfd support only our own
 * children can be watched (through the reaper alone). */
static int spawn__watch_arm(struct spawn_watch *w)
{
	w->pidfd = spawn__pidfd_open(w->pid);
	if (w->pidfd < 0) {
		if (errno == ESRCH)
			return -ESRCH;
		return spawn__is_child(w->pid) ? 0 : -ENOSYS;
	}
	w->evfd = ev_fd_add(spawn_state.loop, w->pidfd, EV_READ,
			    spawn__on_pidfd, w);
	return w->evfd ? 0 : -ENOMEM;
}

struct spawn_watch *spawn_watch(struct ev_loop *loop, pid_t pid,
				spawn_exit_cb cb, void *arg)
{
	struct spawn_watch *w;
	int r;

	if (!loop || pid <= 0 || !cb) {
		errno = EINVAL;
		return NULL;
	}
	r = spawn_init(loop);
	w = r == 0 ? gf_calloc(1, sizeof(*w)) : NULL;
	if (!w) {
		errno = r < 0 ? -r : ENOMEM;
		return NULL;
	}
	w->pid = pid;
	w->cb = cb;
	w->arg = arg;
	r = spawn__watch_arm(w);
	if (r < 0) {
		spawn__watch_close(w);
		free(w);
		errno = -r;
		return NULL;
	}
	list_add_tail(&w->node, &spawn_state.watches);
	return w;
}

void spawn_unwatch(struct spawn_watch *w)
{
	if (!w)
		return;
	if (w->firing) {
		w->cancelled = true;
		return;
	}
	list_del(&w->node);
	spawn__watch_close(w);
	free(w);
}

/* ---- synchronous runs ------------------------------------------------------ */

/* Waits up to timeout_ms (<0: forever) for pidfd to turn readable:
 * 1 ready, 0 timed out, -errno. */
static int spawn__poll_pidfd(int pidfd, int timeout_ms)
{
	uint64_t deadline = timeout_ms < 0 ? 0 : ev_now_ms() + (uint64_t)timeout_ms;
	struct pollfd p = { .fd = pidfd, .events = POLLIN };
	int left = timeout_ms, n;

	for (;;) {
		n = poll(&p, 1, left);
		if (n > 0)
			return 1;
		if (n == 0)
			return 0;
		if (errno != EINTR)
			return -errno;
		if (timeout_ms >= 0) {
			uint64_t now = ev_now_ms();

			left = now >= deadline ? 0 : (int)(deadline - now);
		}
	}
}

/* Without pidfds: polls waitpid every 10 ms. 1 reaped, 0 timed out. */
static int spawn__wait_polling(pid_t pid, int timeout_ms, int *status)
{
	uint64_t deadline = ev_now_ms() + (uint64_t)(timeout_ms < 0 ? 0 : timeout_ms);
	pid_t r;

	for (;;) {
		r = waitpid(pid, status, WNOHANG);
		if (r == pid)
			return 1;
		if (r < 0 && errno != EINTR)
			return -errno;
		if (timeout_ms >= 0 && ev_now_ms() >= deadline)
			return 0;
		(void)usleep(10000);
	}
}

/* Blocking reap of our own child pid. */
static int spawn__reap(pid_t pid, int *status)
{
	while (waitpid(pid, status, 0) < 0)
		if (errno != EINTR)
			return -errno;
	return 0;
}

int spawn_run_sync(const struct spawn_cmd *c, int timeout_ms)
{
	int pidfd, status = 0, r;
	pid_t pid;

	r = spawn_start(c, &pid);
	if (r < 0)
		return r;
	pidfd = spawn__pidfd_open(pid);
	if (pidfd >= 0) {
		r = spawn__poll_pidfd(pidfd, timeout_ms);
		(void)close(pidfd);
	} else {
		r = spawn__wait_polling(pid, timeout_ms, &status);
		if (r == 1)
			return status;
	}
	if (r != 1)
		(void)spawn_kill_group(pid, SIGKILL);
	if (spawn__reap(pid, &status) < 0 && r == 1)
		return -ECHILD;
	if (r == 0)
		return -ETIMEDOUT;
	return r < 0 ? r : status;
}

/* ---- /proc and pidfiles ------------------------------------------------------ */

/* Reads up to cap-1 bytes of path into buf (NUL-terminated): length, or
 * -errno. */
static ssize_t spawn__read_small(const char *path, char *buf, size_t cap)
{
	size_t len = 0;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC), err = 0;

	if (fd < 0)
		return -errno;
	while (len + 1 < cap) {
		n = read(fd, buf + len, cap - 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			err = errno;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	(void)close(fd);
	buf[len] = '\0';
	return err && len == 0 ? -err : (ssize_t)len;
}

/* Alive means present in /proc and not a zombie (or dead). */
static bool spawn__alive(pid_t pid)
{
	char path[64], buf[1024];
	const char *rp;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	if (spawn__read_small(path, buf, sizeof(buf)) <= 0)
		return false;
	rp = strrchr(buf, ')');
	if (!rp || rp[1] != ' ')
		return false;
	return rp[2] != 'Z' && rp[2] != 'X' && rp[2] != 'x';
}

bool spawn_pid_matches(pid_t pid, const char *needle)
{
	char path[64];
	char *buf;
	ssize_t len;
	bool ok;

	if (pid <= 0 || !spawn__alive(pid))
		return false;
	if (!needle)
		return true;
	buf = gf_malloc(65536);
	if (!buf)
		return false;
	snprintf(path, sizeof(path), "/proc/%d/cmdline", (int)pid);
	len = spawn__read_small(path, buf, 65536);
	/* The arguments are NUL-separated: one string with spaces. */
	for (ssize_t i = 0; i + 1 < len; i++)
		if (buf[i] == '\0')
			buf[i] = ' ';
	ok = len > 0 && strstr(buf, needle) != NULL;
	free(buf);
	return ok;
}

pid_t spawn_read_pidfile(const char *path)
{
	char buf[64];
	char *end;
	long v;
	ssize_t n;

	if (!path)
		return -EINVAL;
	n = spawn__read_small(path, buf, sizeof(buf));
	if (n < 0)
		return (pid_t)n;
	errno = 0;
	v = strtol(buf, &end, 10);
	if (end == buf || errno)
		return -EINVAL;
	while (isspace((unsigned char)*end))
		end++;
	if (*end || v <= 0 || v > INT_MAX)
		return -EINVAL;
	return (pid_t)v;
}
