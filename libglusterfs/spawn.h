/* spawn: child processes for glusterd (bricks, helper daemons, hooks).
 *
 * A process is described by a struct spawn_cmd (argv, env additions, cwd)
 * and started with fork+exec: every fd but 0-2 is closed in the child,
 * stdin is /dev/null, stdout/stderr go to /dev/null unless given, the
 * signal mask and dispositions are reset and the child leads a new process
 * group (so spawn_kill_group reaches its helpers too).
 *
 * One reaper: spawn_init() installs the loop's SIGCHLD handler
 * (ev_child_watch), which reaps EVERY child of the process with
 * waitpid(-1); spawn keeps a table pid -> watches and hands each exit to
 * the watches of that pid (children we never watch are reaped silently).
 * Every watch also holds a pidfd, which is how processes that are not our
 * children (adopted after a restart) are observed; a process that is
 * re-parented to us later (glusterd is a child subreaper, so the daemon
 * half of a double-forking program comes back to us) is reaped by
 * whichever path sees it first, with its real status.
 * Single threaded, like the loop; one loop at a time.
 */
#ifndef GF_SPAWN_H
#define GF_SPAWN_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "libglusterfs/event.h"

struct spawn_cmd {
	char **argv;		/* NULL-terminated, owned */
	size_t argc, alloc;
	char **env;		/* "K=V" added to the environment, owned */
	size_t envc, envalloc;
	char *cwd;		/* NULL: "/" */
	int stdout_fd;		/* -1: /dev/null */
	int stderr_fd;		/* -1: /dev/null */
};

void spawn_cmd_init(struct spawn_cmd *c);
void spawn_cmd_release(struct spawn_cmd *c);
int spawn_cmd_add(struct spawn_cmd *c, const char *arg);
int spawn_cmd_addf(struct spawn_cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int spawn_cmd_setenv(struct spawn_cmd *c, const char *key, const char *val);
/* The command line as one string (for logs), malloc'd. */
char *spawn_cmd_text(const struct spawn_cmd *c);

/* Installs the single reaper of this process's children on loop (through
 * ev_child_watch, so nobody else may call ev_child_watch on it); call once
 * before spawn_watch (which otherwise calls it lazily). 0 when already
 * bound to this loop; -EBUSY when bound to another loop that still has
 * watches (spawn_fini unbinds). */
int spawn_init(struct ev_loop *loop);
/* Drops every watch without calling back and unbinds the loop (call it
 * before ev_loop_free when the loop had watches). */
void spawn_fini(void);

/* Starts the command; *pid is the child. -errno if fork fails; an exec
 * failure (or a bad cwd) shows as exit status 127. argv[0] without a '/'
 * is looked up in PATH. Does not need spawn_init, but the exit of a child
 * is only seen (and the zombie only reaped) through the loop once
 * spawn_init ran, or by spawn_run_sync. */
int spawn_start(const struct spawn_cmd *c, pid_t *pid);

/* Forks a child that runs fn(arg) and exits with its result (& 0xff):
 * for work that may block (a FUSE mount's first calls) kept off the
 * loop. The child is set up as spawn_start's (own process group, default
 * signals, stdio on /dev/null, no other fd); it must not touch the
 * parent's loop. */
int spawn_fork_fn(int (*fn)(void *arg), void *arg, pid_t *pid);

/* Sends sig to the process group led by pid (spawn_start made one) and to
 * pid itself. 0 if either was delivered, else -errno. */
int spawn_kill_group(pid_t pid, int sig);

/* Makes this process a child subreaper (PR_SET_CHILD_SUBREAPER). */
int spawn_become_subreaper(void);

/* Watches pid (any process, child or not) and calls cb once when it has
 * exited; status is its waitpid status when it was our child (reaped
 * here), or -1 when it was not. Returns a handle for spawn_unwatch, or
 * NULL (errno set: ESRCH when the process is already gone (reaped),
 * EINVAL on bad arguments, EBUSY see spawn_init). A child that already
 * exited but was not reaped yet is reported on the next loop round.
 * Several watches of one pid are all called. */
struct spawn_watch;
typedef void (*spawn_exit_cb)(struct ev_loop *loop, pid_t pid, int status,
			      void *arg);
struct spawn_watch *spawn_watch(struct ev_loop *loop, pid_t pid,
				spawn_exit_cb cb, void *arg);
/* Stops watching; accepts NULL. May be called from any callback,
 * including the watch's own; not after the cb returned (the watch is
 * freed then). */
void spawn_unwatch(struct spawn_watch *w);

/* Runs a command to completion, synchronously, with a timeout (ms, <0:
 * none); returns its waitpid status, or -ETIMEDOUT (its process group is
 * killed with SIGKILL and the child reaped), or -errno. Blocks the loop:
 * it waits on a pidfd and reaps only its own child (waitpid on that pid),
 * which is safe next to the loop's reaper because both run on the one
 * thread. Needs SIGCHLD not ignored (SIG_IGN would auto-reap). */
int spawn_run_sync(const struct spawn_cmd *c, int timeout_ms);

/* True when pid is alive and its /proc/<pid>/cmdline contains needle
 * (NULL: any). */
bool spawn_pid_matches(pid_t pid, const char *needle);
/* Reads a decimal pid from a pidfile: >0, or -errno. */
pid_t spawn_read_pidfile(const char *path);

#endif
