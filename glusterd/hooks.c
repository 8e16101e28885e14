/* hooks: selecting, building and running the hook scripts (see hooks.h).
 *
 * The post queue is a FIFO of jobs; the job at the head owns the one
 * running script (hooks_q.pid, watched through spawn). Each exit moves
 * the queue on; a per-script timer kills a script that outstays its
 * budget.
 */
#include "glusterd/hooks.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "libglusterfs/list.h"
#include "libglusterfs/log.h"
#include "libglusterfs/mem.h"
#include "libglusterfs/strbuf.h"

#define GD_HOOK_VERSION 1
#define GD_HOOK_PRE_TIMEOUT_MS 120000
#define GD_HOOK_POST_TIMEOUT_MS 600000

static const char *const hook_op_names[GD_HOOK_OP_MAX] = {
	[GD_HOOK_CREATE] = "create",
	[GD_HOOK_DELETE] = "delete",
	[GD_HOOK_START] = "start",
	[GD_HOOK_STOP] = "stop",
	[GD_HOOK_ADD_BRICK] = "add-brick",
	[GD_HOOK_REMOVE_BRICK] = "remove-brick",
	[GD_HOOK_SET] = "set",
	[GD_HOOK_RESET] = "reset",
	[GD_HOOK_GSYNC_CREATE] = "gsync-create",
};

static const char *const hook_phase_names[GD_HOOK_PHASE_MAX] = {
	[GD_HOOK_PRE] = "pre",
	[GD_HOOK_POST] = "post",
};

const char *gd_hook_op_name(enum gd_hook_op op)
{
	return (unsigned)op < GD_HOOK_OP_MAX ? hook_op_names[op] : NULL;
}

const char *gd_hook_phase_name(enum gd_hook_phase phase)
{
	return (unsigned)phase < GD_HOOK_PHASE_MAX ? hook_phase_names[phase] :
						     NULL;
}

/* ---- arguments ------------------------------------------------------------- */

static int hooks__check(const char *workdir, enum gd_hook_op op,
			enum gd_hook_phase phase,
			const struct gd_hook_args *a, char **errstr)
{
	const char *why = NULL;

	if (!workdir || !workdir[0])
		why = "no working directory";
	else if (!gd_hook_op_name(op) || !gd_hook_phase_name(phase))
		why = "no such hook operation";
	else if (!a || !a->volname || !a->volname[0])
		why = "no volume name";
	else if (op == GD_HOOK_SET && (!a->opts || a->nopts == 0))
		why = "no options";
	for (size_t i = 0; !why && op == GD_HOOK_SET && i < a->nopts; i++)
		if (!a->opts[i].key || !a->opts[i].value)
			why = "incomplete option";
	if (!why)
		return 0;
	if (errstr)
		*errstr = xasprintf("hook arguments: %s", why);
	return -EINVAL;
}

/* --first (start) / --last (stop), from the started count. */
static const char *hooks__yes_no(enum gd_hook_op op, enum gd_hook_phase phase,
				 unsigned started)
{
	unsigned want = (op == GD_HOOK_START) == (phase == GD_HOOK_PRE) ? 0 : 1;

	return started == want ? "yes" : "no";
}

/* --version=1 --volume-op=<op> --gd-workdir=<wd> */
static int hooks__add_versioned(struct spawn_cmd *c, enum gd_hook_op op,
				const char *workdir)
{
	int r = spawn_cmd_addf(c, "--version=%d", GD_HOOK_VERSION);

	r = r ? r : spawn_cmd_addf(c, "--volume-op=%s", gd_hook_op_name(op));
	return r ? r : spawn_cmd_addf(c, "--gd-workdir=%s", workdir);
}

/* -o k1=v1 k2=v2 ... [custom] --gd-workdir=<wd> */
static int hooks__add_set(struct spawn_cmd *c, const struct gd_hook_args *a,
			  const char *workdir)
{
	int r = spawn_cmd_add(c, "-o");

	for (size_t i = 0; r == 0 && i < a->nopts; i++)
		r = spawn_cmd_addf(c, "%s=%s", a->opts[i].key,
				   a->opts[i].value);
	if (r == 0 && a->custom)
		r = spawn_cmd_add(c, a->custom);
	return r ? r : spawn_cmd_addf(c, "--gd-workdir=%s", workdir);
}

static int hooks__add_op_args(struct spawn_cmd *c, const char *workdir,
			      enum gd_hook_op op, enum gd_hook_phase phase,
			      const struct gd_hook_args *a)
{
	int r;

	switch (op) {
	case GD_HOOK_START:
		r = spawn_cmd_addf(c, "--first=%s",
				   hooks__yes_no(op, phase, a->started));
		return r ? r : hooks__add_versioned(c, op, workdir);
	case GD_HOOK_STOP:
		return spawn_cmd_addf(c, "--last=%s",
				      hooks__yes_no(op, phase, a->started));
	case GD_HOOK_SET:
		return hooks__add_set(c, a, workdir);
	case GD_HOOK_RESET:
	case GD_HOOK_ADD_BRICK:
		return hooks__add_versioned(c, op, workdir);
	case GD_HOOK_GSYNC_CREATE:
		return a->custom ? spawn_cmd_add(c, a->custom) : 0;
	default:		/* create, delete, remove-brick: nothing */
		return 0;
	}
}

int gd_hooks_argv(struct spawn_cmd *cmd, const char *script,
		  const char *workdir, enum gd_hook_op op,
		  enum gd_hook_phase phase, const struct gd_hook_args *args)
{
	int r;

	if (!cmd || !script)
		return -EINVAL;
	r = hooks__check(workdir, op, phase, args, NULL);
	r = r ? r : spawn_cmd_add(cmd, script);
	r = r ? r : spawn_cmd_addf(cmd, "--volname=%s", args->volname);
	r = r ? r : hooks__add_op_args(cmd, workdir, op, phase, args);
	r = r ? r : spawn_cmd_setenv(cmd, "GLUSTERD_WORKDIR", workdir);
	r = r ? r : spawn_cmd_setenv(cmd, "_GLUSTERD_CALLED_", "1");
	if (r == 0) {
		cmd->stdout_fd = STDOUT_FILENO;
		cmd->stderr_fd = STDERR_FILENO;
	}
	return r;
}

/* ---- which scripts ------------------------------------------------------------ */

static bool hooks__ends_with(const char *s, const char *suffix)
{
	size_t ls = strlen(s), lx = strlen(suffix);

	return ls >= lx && !strcmp(s + ls - lx, suffix);
}

static bool hooks__enabled(const char *name)
{
	return name[0] == 'S' && !hooks__ends_with(name, ".rpmsave") &&
	       !hooks__ends_with(name, ".rpmnew");
}

static int hooks__cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void gd_hooks_names_free(char **names, size_t n)
{
	for (size_t i = 0; names && i < n; i++)
		free(names[i]);
	free(names);
}

static int hooks__push_name(char ***v, size_t *n, size_t *alloc,
			    const char *name)
{
	char **nv;

	if (*n == *alloc) {
		*alloc = *alloc ? *alloc * 2 : 8;
		nv = gf_realloc(*v, *alloc * sizeof(*nv));
		if (!nv)
			return -ENOMEM;
		*v = nv;
	}
	(*v)[*n] = gf_strdup(name);
	if (!(*v)[*n])
		return -ENOMEM;
	(*n)++;
	return 0;
}

int gd_hooks_scripts(const char *dir, char ***names, size_t *n)
{
	char **v = NULL;
	size_t cnt = 0, alloc = 0;
	struct dirent *e;
	DIR *d;
	int r = 0;

	if (!dir || !names || !n)
		return -EINVAL;
	d = opendir(dir);
	if (!d)
		return -errno;
	while (r == 0 && (e = readdir(d)) != NULL)
		if (hooks__enabled(e->d_name))
			r = hooks__push_name(&v, &cnt, &alloc, e->d_name);
	closedir(d);
	if (r < 0) {
		gd_hooks_names_free(v, cnt);
		return r;
	}
	if (cnt)
		qsort(v, cnt, sizeof(*v), hooks__cmp);
	*names = v;
	*n = cnt;
	return 0;
}

static char *hooks__dir(const char *workdir, enum gd_hook_op op,
			enum gd_hook_phase phase)
{
	return xasprintf("%s/hooks/%d/%s/%s", workdir, GD_HOOK_VERSION,
			 gd_hook_op_name(op), gd_hook_phase_name(phase));
}

/* Lists dir, logging (as 10.3 does) when it cannot be read. */
static int hooks__list(const char *dir, char ***names, size_t *n)
{
	int r = gd_hooks_scripts(dir, names, n);

	if (r < 0)
		log_err("Failed to open dir %s: %s", dir, strerror(-r));
	return r;
}

/* ---- logging an outcome -------------------------------------------------------- */

static void hooks__log_result(const struct spawn_cmd *c, int status,
			      bool timed_out)
{
	char *text = spawn_cmd_text(c);
	const char *t = text ? text : c->argv[0];

	if (status == 0) {
		log_info("Ran script: %s", t);
	} else {
		log_err("Failed to execute script: %s", t);
		if (timed_out)
			log_warn("hook script %s killed: out of time",
				 c->argv[0]);
		else if (status > 0 && WIFEXITED(status))
			log_debug("hook script %s exited with %d", c->argv[0],
				  WEXITSTATUS(status));
		else if (status > 0 && WIFSIGNALED(status))
			log_debug("hook script %s killed by signal %d",
				  c->argv[0], WTERMSIG(status));
	}
	free(text);
}

/* ---- pre: synchronous -------------------------------------------------------- */

static int hooks_pre_budget_ms = GD_HOOK_PRE_TIMEOUT_MS;
static int hooks_post_budget_ms = GD_HOOK_POST_TIMEOUT_MS;

void gd_hooks_set_timeouts(int pre_ms, int post_ms)
{
	hooks_pre_budget_ms = pre_ms;
	hooks_post_budget_ms = post_ms;
}

/* Runs one script within what is left of the budget (<0: unlimited). */
static int hooks__run_one_sync(const char *path, const char *workdir,
			       enum gd_hook_op op,
			       const struct gd_hook_args *a, int left_ms)
{
	struct spawn_cmd c;
	int r, st;

	spawn_cmd_init(&c);
	r = gd_hooks_argv(&c, path, workdir, op, GD_HOOK_PRE, a);
	if (r == 0) {
		st = spawn_run_sync(&c, left_ms);
		hooks__log_result(&c, st, st == -ETIMEDOUT);
	}
	spawn_cmd_release(&c);
	return r;
}

/* ms left before deadline (0 = no budget: -1), at least 0. */
static int hooks__left(uint64_t deadline)
{
	uint64_t now = ev_now_ms();

	if (!deadline)
		return -1;
	return now >= deadline ? 0 : (int)(deadline - now);
}

static int hooks__run_dir_sync(const char *dir, const char *workdir,
			       enum gd_hook_op op,
			       const struct gd_hook_args *a)
{
	uint64_t deadline = hooks_pre_budget_ms > 0 ?
		ev_now_ms() + (uint64_t)hooks_pre_budget_ms : 0;
	char **names = NULL;
	size_t n = 0, i;
	int r = 0;

	if (hooks__list(dir, &names, &n) < 0)
		return 0;
	for (i = 0; r == 0 && i < n && hooks__left(deadline) != 0; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);

		r = path ? hooks__run_one_sync(path, workdir, op, a,
					       hooks__left(deadline)) : -ENOMEM;
		free(path);
	}
	for (; r == 0 && i < n; i++)
		log_err("Failed to execute script: %s/%s (pre hooks out of "
			"time, skipped)", dir, names[i]);
	gd_hooks_names_free(names, n);
	return r;
}

int gd_hooks_run_pre(struct ev_loop *loop, const char *workdir,
		     enum gd_hook_op op, const struct gd_hook_args *args,
		     char **errstr)
{
	char *dir;
	int r;

	(void)loop;
	if (errstr)
		*errstr = NULL;
	r = hooks__check(workdir, op, GD_HOOK_PRE, args, errstr);
	if (r < 0)
		return r;
	dir = hooks__dir(workdir, op, GD_HOOK_PRE);
	r = dir ? hooks__run_dir_sync(dir, workdir, op, args) : -ENOMEM;
	free(dir);
	if (r == -ENOMEM && errstr && !*errstr)
		*errstr = xasprintf("hook scripts: out of memory");
	return r;
}

/* ---- post: a background queue ----------------------------------------------- */

struct hook_job {
	struct list_head node;
	enum gd_hook_op op;
	char *workdir;
	char *dir;
	/* a deep copy of the caller's gd_hook_args */
	struct gd_hook_args args;
	struct gd_hook_kv *opts;
	char *volname, *custom;
	char **strs;			/* key, value, key, ... of opts */
	char **names;			/* the scripts, once listed */
	size_t nnames, next;
	bool listed;
};

static struct {
	struct ev_loop *loop;
	struct list_head jobs;		/* head = the running job */
	struct ev_timer *kick;		/* starts the queue on the next round */
	struct ev_timer *kill_timer;	/* the running script's budget */
	struct spawn_watch *watch;
	struct spawn_cmd cur;		/* the running script */
	pid_t pid;
	bool timed_out;
} hooks_q = { .jobs = LIST_HEAD_INIT(hooks_q.jobs) };

static struct hook_job *hooks__job_free(struct hook_job *j)
{
	if (!j)
		return NULL;
	for (size_t i = 0; j->strs && i < 2 * j->args.nopts; i++)
		free(j->strs[i]);
	free(j->strs);
	free(j->opts);
	free(j->volname);
	free(j->custom);
	gd_hooks_names_free(j->names, j->nnames);
	free(j->workdir);
	free(j->dir);
	free(j);
	return NULL;
}

static int hooks__copy_opts(struct hook_job *j, const struct gd_hook_args *a)
{
	if (!a->nopts)
		return 0;
	j->opts = gf_calloc(a->nopts, sizeof(*j->opts));
	j->strs = gf_calloc(2 * a->nopts, sizeof(*j->strs));
	if (!j->opts || !j->strs)
		return -ENOMEM;
	j->args.opts = j->opts;
	j->args.nopts = a->nopts;
	for (size_t i = 0; i < a->nopts; i++) {
		j->strs[2 * i] = gf_strdup(a->opts[i].key);
		j->strs[2 * i + 1] = gf_strdup(a->opts[i].value);
		if (!j->strs[2 * i] || !j->strs[2 * i + 1])
			return -ENOMEM;
		j->opts[i].key = j->strs[2 * i];
		j->opts[i].value = j->strs[2 * i + 1];
	}
	return 0;
}

static struct hook_job *hooks__job_new(const char *workdir,
				       enum gd_hook_op op,
				       const struct gd_hook_args *a)
{
	struct hook_job *j = gf_calloc(1, sizeof(*j));

	if (!j)
		return NULL;
	list_init(&j->node);
	j->op = op;
	j->args.started = a->started;
	j->workdir = gf_strdup(workdir);
	j->dir = hooks__dir(workdir, op, GD_HOOK_POST);
	j->volname = gf_strdup(a->volname);
	j->custom = a->custom ? gf_strdup(a->custom) : NULL;
	j->args.volname = j->volname;
	j->args.custom = j->custom;
	if (!j->workdir || !j->dir || !j->volname ||
	    (a->custom && !j->custom) || hooks__copy_opts(j, a) < 0)
		return hooks__job_free(j);
	return j;
}

static void hooks__advance(void);

static void hooks__script_exited(struct ev_loop *loop, pid_t pid, int status,
				 void *arg)
{
	(void)loop;
	(void)pid;
	(void)arg;
	hooks_q.watch = NULL;
	ev_timer_del(hooks_q.kill_timer);
	hooks_q.kill_timer = NULL;
	hooks__log_result(&hooks_q.cur, status, hooks_q.timed_out);
	spawn_cmd_release(&hooks_q.cur);
	hooks_q.pid = 0;
	hooks__advance();
}

static void hooks__script_timeout(struct ev_loop *loop, void *arg)
{
	(void)loop;
	(void)arg;
	hooks_q.kill_timer = NULL;
	hooks_q.timed_out = true;
	if (hooks_q.pid > 0)
		(void)spawn_kill_group(hooks_q.pid, SIGKILL);
}

/* Starts script j->names[j->next++]: 0 when it runs, -errno when it
 * could not start (already logged). */
static int hooks__start_script(struct hook_job *j)
{
	char *path = xasprintf("%s/%s", j->dir, j->names[j->next++]);
	int r = path ? 0 : -ENOMEM;

	spawn_cmd_init(&hooks_q.cur);
	r = r ? r : gd_hooks_argv(&hooks_q.cur, path, j->workdir, j->op,
				  GD_HOOK_POST, &j->args);
	r = r ? r : spawn_start(&hooks_q.cur, &hooks_q.pid);
	if (r == 0) {
		hooks_q.watch = spawn_watch(hooks_q.loop, hooks_q.pid,
					    hooks__script_exited, NULL);
		r = hooks_q.watch ? 0 : -errno;
	}
	if (r == 0 && hooks_post_budget_ms > 0)
		hooks_q.kill_timer = ev_timer_add(hooks_q.loop,
						  (uint64_t)hooks_post_budget_ms,
						  hooks__script_timeout, NULL);
	hooks_q.timed_out = false;
	if (r < 0) {
		log_err("Failed to execute script: %s (%s)", path ? path : "",
			strerror(-r));
		spawn_cmd_release(&hooks_q.cur);
		hooks_q.pid = 0;
	}
	free(path);
	return r;
}

/* Runs the next script of the head job, moving to the next job when one
 * is done, until a script runs or the queue is empty. */
static void hooks__advance(void)
{
	struct hook_job *j;

	while (!list_empty(&hooks_q.jobs)) {
		j = list_entry(hooks_q.jobs.next, struct hook_job, node);
		if (!j->listed) {
			j->listed = true;
			(void)hooks__list(j->dir, &j->names, &j->nnames);
		}
		while (j->next < j->nnames)
			if (hooks__start_script(j) == 0)
				return;
		list_del(&j->node);
		hooks__job_free(j);
	}
}

static void hooks__kick(struct ev_loop *loop, void *arg)
{
	(void)loop;
	(void)arg;
	hooks_q.kick = NULL;
	if (hooks_q.pid == 0)
		hooks__advance();
}

void gd_hooks_run_post(struct ev_loop *loop, const char *workdir,
		       enum gd_hook_op op, const struct gd_hook_args *args)
{
	struct hook_job *j;
	char *err = NULL;

	if (!loop || hooks__check(workdir, op, GD_HOOK_POST, args, &err) < 0) {
		log_err("post hooks of %s not run: %s",
			gd_hook_op_name(op) ? gd_hook_op_name(op) : "?",
			err ? err : "no event loop");
		free(err);
		return;
	}
	if (hooks_q.loop && hooks_q.loop != loop && gd_hooks_post_pending()) {
		log_err("post hooks of %s not run: queue busy on another loop",
			gd_hook_op_name(op));
		return;
	}
	hooks_q.loop = loop;
	j = hooks__job_new(workdir, op, args);
	if (!j) {
		log_err("post hooks of %s not run: %s", gd_hook_op_name(op),
			strerror(ENOMEM));
		return;
	}
	list_add_tail(&j->node, &hooks_q.jobs);
	if (hooks_q.pid == 0 && !hooks_q.kick)
		hooks_q.kick = ev_timer_add(loop, 0, hooks__kick, NULL);
}

size_t gd_hooks_post_pending(void)
{
	struct hook_job *j;
	size_t n = 0;

	list_for_each_entry(j, &hooks_q.jobs, node)
		n++;
	return n;
}

void gd_hooks_shutdown(void)
{
	struct hook_job *j, *jn;

	spawn_unwatch(hooks_q.watch);
	hooks_q.watch = NULL;
	ev_timer_del(hooks_q.kill_timer);
	hooks_q.kill_timer = NULL;
	ev_timer_del(hooks_q.kick);
	hooks_q.kick = NULL;
	spawn_cmd_release(&hooks_q.cur);
	hooks_q.pid = 0;
	list_for_each_entry_safe(j, jn, &hooks_q.jobs, node) {
		list_del(&j->node);
		hooks__job_free(j);
	}
	hooks_q.loop = NULL;
}
