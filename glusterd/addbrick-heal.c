/* addbrick-heal: heal marks for bricks that raised a replica count (see
 * the header; what 10.3 does was read off strace of its glusterd).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>

#include "glusterd/addbrick-heal.h"
#include "libglusterfs/log.h"
#include "libglusterfs/spawn.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"

#define CLIENT_PID_ADD_REPLICA "-12"

/* What the child needs, all resolved before the fork. */
struct mark_job {
	struct gd_conf *c;
	char *vol;
	char *volfile;		/* the new graph: <vol>.tcp-fuse.vol */
	char *log;
	char *mnt;		/* <rundir>/vols/<vol>/add-brick-mount */
	int n;
	int *idx;
	char **roots;		/* brick paths, for trusted.afr.dirty */
	char **ids;		/* brick ids, for trusted.add-brick */
	gd_heal_marked_fn done;
	void *arg;
};

/* Exit statuses of the child: the step that failed. */
enum {
	MARK_OK = 0,
	MARK_DIRTY,
	MARK_SETUP,
	MARK_MOUNT,
	MARK_XATTR,
};

static const char *mark_step(int code)
{
	switch (code) {
	case MARK_DIRTY:
		return "setting trusted.afr.dirty on the brick";
	case MARK_SETUP:
		return "preparing the mount point";
	case MARK_MOUNT:
		return "mounting the volume";
	default:
		return "setting trusted.add-brick through the mount";
	}
}

static void job_free(struct mark_job *j)
{
	for (int i = 0; i < j->n; i++) {
		free(j->roots ? j->roots[i] : NULL);
		free(j->ids ? j->ids[i] : NULL);
	}
	free(j->roots);
	free(j->ids);
	free(j->idx);
	free(j->vol);
	free(j->volfile);
	free(j->log);
	free(j->mnt);
	free(j);
}

static int mount_volume(const struct mark_job *j)
{
	struct spawn_cmd cmd;
	int r;

	spawn_cmd_init(&cmd);
	r = spawn_cmd_add(&cmd, GD_GLUSTERFS_BIN);
	r = r ? r : spawn_cmd_add(&cmd, "--volfile");
	r = r ? r : spawn_cmd_add(&cmd, j->volfile);
	r = r ? r : spawn_cmd_add(&cmd, "--client-pid");
	r = r ? r : spawn_cmd_add(&cmd, CLIENT_PID_ADD_REPLICA);
	r = r ? r : spawn_cmd_add(&cmd, "-l");
	r = r ? r : spawn_cmd_add(&cmd, j->log);
	r = r ? r : spawn_cmd_add(&cmd, j->mnt);
	/* glusterfs returns once the mount is in place */
	if (r == 0)
		r = spawn_run_sync(&cmd, GD_ADDBRICK_MARK_TIMEOUT_S * 1000);
	spawn_cmd_release(&cmd);
	return r == 0 ? 0 : -1;
}

/* In the child, one brick after the other as 10.3. */
static int mark_child(void *arg)
{
	static const unsigned char entry_dirty[12] = { [11] = 1 };
	const struct mark_job *j = arg;

	(void)alarm(GD_ADDBRICK_MARK_TIMEOUT_S);
	for (int i = 0; i < j->n; i++) {
		int r;

		if (lsetxattr(j->roots[i], "trusted.afr.dirty", entry_dirty,
			      sizeof(entry_dirty), 0) < 0)
			return MARK_DIRTY;
		(void)umount2(j->mnt, MNT_DETACH);
		if (mkdir(j->mnt, 0700) < 0 && errno != EEXIST)
			return MARK_SETUP;
		if (mount_volume(j) < 0) {
			(void)rmdir(j->mnt);
			return MARK_MOUNT;
		}
		r = lsetxattr(j->mnt, "trusted.add-brick", j->ids[i],
			      strlen(j->ids[i]) + 1, 0);
		(void)umount2(j->mnt, MNT_DETACH);
		(void)rmdir(j->mnt);
		if (r < 0)
			return MARK_XATTR;
	}
	return MARK_OK;
}

/* The volume the held bricks belong to, with their hold let go. */
static struct gd_volinfo *release_bricks(struct mark_job *j)
{
	struct gd_volinfo *v = gd_conf_find_volume(j->c, j->vol);

	for (int i = 0; v && i < j->n; i++)
		if (j->idx[i] < v->brick_count)
			v->bricks[j->idx[i]].start_held = false;
	return v;
}

static void mark_exited(struct ev_loop *loop, pid_t pid, int status,
			void *arg)
{
	struct mark_job *j = arg;

	(void)loop;
	(void)pid;
	if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		log_info("add-brick: new bricks of %s marked for self-heal",
			 j->vol);
	} else if (status >= 0 && WIFEXITED(status)) {
		log_err("add-brick: %s failed for %s (see %s): the new bricks "
			"start without heal marks",
			mark_step(WEXITSTATUS(status)), j->vol, j->log);
	} else {
		log_err("add-brick: marking the new bricks of %s for self-heal "
			"did not finish within %d s (see %s)", j->vol,
			GD_ADDBRICK_MARK_TIMEOUT_S, j->log);
		/* the child died with the mount maybe still there */
		(void)umount2(j->mnt, MNT_DETACH);
		(void)rmdir(j->mnt);
	}
	j->done(j->c, release_bricks(j), j->idx, j->n, j->arg);
	job_free(j);
}

bool gd_addbrick_heal_needed(const struct gd_volinfo *v, int old_replica)
{
	return gd_volinfo_is_started(v) && v->replica_count > old_replica &&
	       v->replica_count > 1;
}

static struct mark_job *job_new(struct gd_conf *c, struct gd_volinfo *v,
				const int *idx, int n)
{
	struct mark_job *j = calloc(1, sizeof(*j));
	char *rdir = xasprintf("%s/vols/%s", c->rundir, v->name);
	bool ok = j && rdir;

	if (ok) {
		j->c = c;
		j->n = n;
		j->vol = strdup(v->name);
		j->volfile = xasprintf("%s/vols/%s/%s.tcp-fuse.vol",
				       c->workdir, v->name, v->name);
		j->log = xasprintf("%s/%s-add-brick-mount.log", c->logdir,
				   v->name);
		j->mnt = xasprintf("%s/add-brick-mount", rdir);
		j->idx = calloc((size_t)n, sizeof(*j->idx));
		j->roots = calloc((size_t)n, sizeof(*j->roots));
		j->ids = calloc((size_t)n, sizeof(*j->ids));
		ok = j->vol && j->volfile && j->log && j->mnt && j->idx &&
		     j->roots && j->ids && store_mkdir_p(rdir, 0755) == 0;
	}
	for (int i = 0; ok && i < n; i++) {
		const struct gd_brick *b = &v->bricks[idx[i]];
		j->idx[i] = idx[i];
		j->roots[i] = strdup(b->path);
		j->ids[i] = b->brick_id ? strdup(b->brick_id) : NULL;
		ok = j->roots[i] && j->ids[i];
	}
	free(rdir);
	if (!ok && j) {
		job_free(j);
		j = NULL;
	}
	return j;
}

int gd_addbrick_heal_mark(struct gd_conf *c, struct gd_volinfo *v,
			  const int *idx, int n, gd_heal_marked_fn done,
			  void *arg)
{
	struct mark_job *j;
	pid_t pid;
	int r;

	if (n <= 0 || !done)
		return -EINVAL;
	j = job_new(c, v, idx, n);
	if (!j)
		return -ENOMEM;
	j->done = done;
	j->arg = arg;
	r = spawn_fork_fn(mark_child, j, &pid);
	if (r == 0 && !spawn_watch(c->loop, pid, mark_exited, j)) {
		r = -errno;
		(void)spawn_kill_group(pid, SIGKILL);
	}
	if (r < 0) {
		log_err("add-brick: cannot mark the new bricks of %s for "
			"self-heal: %s", v->name, strerror(-r));
		job_free(j);
		return r;
	}
	for (int i = 0; i < n; i++)
		v->bricks[idx[i]].start_held = true;
	log_info("add-brick: marking %d new brick(s) of %s for self-heal",
		 n, v->name);
	return 0;
}
