/* hooks: the user hook scripts of GlusterFS 10.3 (cluster.md 7).
 *
 * <workdir>/hooks/1/<op>/{pre,post}/: every entry whose name starts with
 * 'S' and does not end in ".rpmsave"/".rpmnew" runs, in strcmp order, as
 *   <dir>/<name> --volname=<vol> <op arguments>
 * with GLUSTERD_WORKDIR=<workdir> and _GLUSTERD_CALLED_=1 added to the
 * environment, stdin on /dev/null, stdout/stderr shared with glusterd,
 * cwd "/". A script that cannot run or exits non-zero is logged ("Failed
 * to execute script: ...") and the next one runs: hooks never fail a
 * command (10.3 ignores them too, observed and in its source).
 *
 * pre hooks run synchronously before the commit changes anything (the
 * loop is blocked, as 10.3 blocks under its big lock) but, unlike 10.3,
 * with a time budget: once spent, the running script's process group is
 * killed and the remaining scripts are skipped.
 * post hooks run after a successful commit, in the background: jobs are
 * queued FIFO and their scripts run one at a time through spawn and the
 * loop, so a slow script never delays a volume operation.
 */
#ifndef GD_HOOKS_H
#define GD_HOOKS_H

#include <stddef.h>

#include "libglusterfs/event.h"
#include "libglusterfs/spawn.h"

enum gd_hook_op {
	GD_HOOK_CREATE,
	GD_HOOK_DELETE,
	GD_HOOK_START,
	GD_HOOK_STOP,
	GD_HOOK_ADD_BRICK,
	GD_HOOK_REMOVE_BRICK,
	GD_HOOK_SET,
	GD_HOOK_RESET,
	GD_HOOK_GSYNC_CREATE,
	GD_HOOK_OP_MAX
};

enum gd_hook_phase {
	GD_HOOK_PRE,
	GD_HOOK_POST,
	GD_HOOK_PHASE_MAX
};

/* The directory name of op ("add-brick"), or of phase ("pre"); NULL when
 * out of range. */
const char *gd_hook_op_name(enum gd_hook_op op);
const char *gd_hook_phase_name(enum gd_hook_phase phase);

struct gd_hook_kv {
	const char *key;		/* as stored: "performance.cache-size" */
	const char *value;
};

/* What the arguments are made of; borrowed, copied where kept. */
struct gd_hook_args {
	const char *volname;		/* "all" for `volume set all ...` */
	/* Number of volumes in the started state at the time of the call:
	 * start pre: before v is started, post: after; stop pre: before v is
	 * stopped, post: after. --first / --last derive from it exactly as
	 * 10.3 does (start: pre 0 / post 1 -> yes; stop: pre 1 / post 0 ->
	 * yes). */
	unsigned started;
	const struct gd_hook_kv *opts;	/* set: the pairs, in request order */
	size_t nopts;			/* set: at least 1 */
	/* One extra argument, after the pairs for set and alone for
	 * gsync-create (10.3's "hooks_args", e.g. "is_originator=1,
	 * local_node_hostname=h" for cluster.enable-shared-storage); NULL:
	 * none. */
	const char *custom;
};

/* Fills cmd (initialised by the caller) with one script's command line:
 * script path, then argv[1..] of 10.3 for (op, phase). -EINVAL on bad
 * args (no volname; set without options), -ENOMEM. */
int gd_hooks_argv(struct spawn_cmd *cmd, const char *script,
		  const char *workdir, enum gd_hook_op op,
		  enum gd_hook_phase phase, const struct gd_hook_args *args);

/* The scripts of a directory that run, sorted: *names is a malloc'd array
 * of *n malloc'd names (free with gd_hooks_names_free). -errno when the
 * directory cannot be read (-ENOENT when missing). */
int gd_hooks_scripts(const char *dir, char ***names, size_t *n);
void gd_hooks_names_free(char **names, size_t n);

/* Runs the pre hooks of op now, one after another, blocking. Returns 0
 * whatever the scripts did (each failure is logged); -EINVAL / -ENOMEM
 * for bad args or no memory, with *errstr (malloc'd, may be NULL)
 * describing it. The caller logs that and goes on with the command, as
 * 10.3 would. loop may be NULL (it is not used while blocking). */
int gd_hooks_run_pre(struct ev_loop *loop, const char *workdir,
		     enum gd_hook_op op, const struct gd_hook_args *args,
		     char **errstr);

/* Queues the post hooks of op and returns at once; they run in the
 * background on loop, after the jobs queued before. The directory is read
 * when the job starts; args are copied now. Errors are logged. */
void gd_hooks_run_post(struct ev_loop *loop, const char *workdir,
		       enum gd_hook_op op, const struct gd_hook_args *args);

/* Budgets in ms (<= 0: unlimited): pre is for all the pre scripts of one
 * call together (default 120 s), post for each post script (default
 * 600 s). */
void gd_hooks_set_timeouts(int pre_ms, int post_ms);

/* Post jobs queued or running (0 when idle). */
size_t gd_hooks_post_pending(void);

/* Drops the queued post jobs and stops following the running script
 * (which is left to finish on its own; spawn's reaper still reaps it).
 * For shutdown and tests: call it before the loop is freed. */
void gd_hooks_shutdown(void);

#endif
