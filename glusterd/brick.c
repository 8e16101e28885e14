/* brick: the lifecycle of this node's brick processes (wire.md 9).
 *
 * STOPPED -> STARTING (glusterfsd spawned; it daemonises) -> STARTED (the
 * daemon's pid is known and watched) -> STOPPING (SIGTERM sent) ->
 * STOPPED (its exit was observed). PMAP SIGNIN marks the brick signed in;
 * "online" is STARTED and signed in. Exits are observed through spawn's
 * watches, never by trusting a pid file; the pid file only tells which
 * process to adopt after a glusterd restart.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "glusterd/brick.h"
#include "glusterd/quorum.h"
#include "glusterd/op.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/log.h"
#include "libglusterfs/spawn.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"
#include "libglusterfs/xxhash.h"

#define GLUSTERFSD "/usr/sbin/glusterfsd"

static const char *const state_names[GD_BRICK_STATE_MAX] = {
	[GD_BRICK_STOPPED] = "stopped",
	[GD_BRICK_STARTING] = "starting",
	[GD_BRICK_STARTED] = "started",
	[GD_BRICK_STOPPING] = "stopping",
};

static void brick_set_state(const struct gd_volinfo *v, struct gd_brick *b,
			    enum gd_brick_state st)
{
	if (b->run_state == (int)st)
		return;
	log_info("brick %s:%s of %s: %s -> %s", b->hostname, b->path, v->name,
		 state_names[b->run_state], state_names[st]);
	b->run_state = st;
}

char *gd_brick_pidfile(const struct gd_conf *c, const struct gd_volinfo *v,
		       const struct gd_brick *b)
{
	char *d = gd_path_dashed_noroot(b->path);
	char *p = d ? xasprintf("%s/vols/%s/%s-%s.pid", c->rundir, v->name,
				b->hostname, d) : NULL;

	free(d);
	return p;
}

char *gd_brick_volfile_id(const struct gd_volinfo *v, const struct gd_brick *b)
{
	char *d = gd_path_dashed_noroot(b->path);
	char *p = d ? xasprintf("%s.%s.%s", v->name, b->hostname, d) : NULL;

	free(d);
	return p;
}

char *gd_brick_socket(const struct gd_conf *c, const struct gd_volinfo *v,
		      const struct gd_brick *b)
{
	char *d = gd_path_dashed_noroot(b->path);
	char *key = d ? xasprintf("%s/vols/%s/run/%s-%s", c->rundir, v->name,
				  b->hostname, d) : NULL;
	char hex[17];
	char *p = NULL;

	if (key) {
		gf_xxh64_hex(key, hex);
		p = xasprintf("%s/%s.socket", GD_SOCKET_DIR, hex);
	}
	free(d);
	free(key);
	return p;
}

struct brick_ref {
	struct gd_conf *c;
	char *vol;
	char *path;
};

static struct gd_brick *brick_lookup(struct gd_conf *c, const char *vol,
				     const char *path, struct gd_volinfo **vp)
{
	struct gd_volinfo *v = gd_conf_find_volume(c, vol);

	for (int i = 0; v && i < v->brick_count; i++)
		if (v->bricks[i].local && strcmp(v->bricks[i].path, path) == 0) {
			if (vp)
				*vp = v;
			return &v->bricks[i];
		}
	return NULL;
}

static void brick_ref_free(struct brick_ref *r)
{
	if (!r)
		return;
	free(r->vol);
	free(r->path);
	free(r);
}

static void brick_exited(struct ev_loop *loop, pid_t pid, int status,
			 void *arg)
{
	struct brick_ref *r = arg;
	struct gd_volinfo *v = NULL;
	struct gd_brick *b = brick_lookup(r->c, r->vol, r->path, &v);

	(void)loop;
	if (b && b->pid == pid) {
		bool stopped = b->run_state == GD_BRICK_STOPPING;

		log_info("brick %s:%s (pid %d) exited (status %d)",
			 b->hostname, b->path, (int)pid, status);
		b->watch = NULL;
		b->pid = 0;
		b->signed_in = false;
		gd_pmap_remove(&r->c->pmap, b->path);
		brick_set_state(v, b, GD_BRICK_STOPPED);
		/* a brick stopped for lost quorum: if quorum came back while
		 * it was still on its way out, its start is due now */
		if (stopped && gd_quorum_enabled(v) && gd_volinfo_is_started(v))
			gd_quorum_check(r->c);
	}
	brick_ref_free(r);
}

static int brick_watch(struct gd_conf *c, struct gd_volinfo *v,
		       struct gd_brick *b, pid_t pid)
{
	struct brick_ref *r = calloc(1, sizeof(*r));

	if (!r)
		return -ENOMEM;
	r->c = c;
	r->vol = strdup(v->name);
	r->path = strdup(b->path);
	if (!r->vol || !r->path) {
		brick_ref_free(r);
		return -ENOMEM;
	}
	b->pid = pid;
	b->watch = spawn_watch(c->loop, pid, brick_exited, r);
	if (!b->watch) {
		int e = errno;
		brick_ref_free(r);
		b->pid = 0;
		return -(e ? e : ESRCH);
	}
	brick_set_state(v, b, GD_BRICK_STARTED);
	return 0;
}

static int build_argv(const struct gd_conf *c, const struct gd_volinfo *v,
		      const struct gd_brick *b, int port, struct spawn_cmd *cmd)
{
	char *id = gd_brick_volfile_id(v, b);
	char *pidf = gd_brick_pidfile(c, v, b);
	char *sock = gd_brick_socket(c, v, b);
	char *d = gd_path_dashed_noroot(b->path);
	int r = (id && pidf && sock && d) ? 0 : -ENOMEM;

	r = r ? r : spawn_cmd_add(cmd, GLUSTERFSD);
	r = r ? r : spawn_cmd_add(cmd, "-s");
	r = r ? r : spawn_cmd_add(cmd, b->hostname);
	r = r ? r : spawn_cmd_add(cmd, "--volfile-id");
	r = r ? r : spawn_cmd_add(cmd, id);
	r = r ? r : spawn_cmd_add(cmd, "-p");
	r = r ? r : spawn_cmd_add(cmd, pidf);
	r = r ? r : spawn_cmd_add(cmd, "-S");
	r = r ? r : spawn_cmd_add(cmd, sock);
	r = r ? r : spawn_cmd_add(cmd, "--brick-name");
	r = r ? r : spawn_cmd_add(cmd, b->path);
	r = r ? r : spawn_cmd_add(cmd, "-l");
	r = r ? r : spawn_cmd_addf(cmd, "%s/bricks/%s.log", c->logdir, d);
	r = r ? r : spawn_cmd_add(cmd, "--xlator-option");
	r = r ? r : spawn_cmd_addf(cmd, "*-posix.glusterd-uuid=%s", c->uuid);
	r = r ? r : spawn_cmd_add(cmd, "--process-name");
	r = r ? r : spawn_cmd_add(cmd, "brick");
	r = r ? r : spawn_cmd_add(cmd, "--brick-port");
	r = r ? r : spawn_cmd_addf(cmd, "%d", port);
	r = r ? r : spawn_cmd_add(cmd, "--xlator-option");
	r = r ? r : spawn_cmd_addf(cmd, "%s-server.listen-port=%d", v->name,
				   port);
	if (c->bind_addr && c->bind_addr[0]) {
		r = r ? r : spawn_cmd_add(cmd, "--xlator-option");
		r = r ? r : spawn_cmd_addf(cmd,
			"transport.socket.bind-address=%s", c->bind_addr);
	}
	free(id);
	free(pidf);
	free(sock);
	free(d);
	return r;
}

static int prepare_dirs(const struct gd_conf *c, const struct gd_volinfo *v)
{
	char *vr = xasprintf("%s/vols/%s", c->rundir, v->name);
	char *lb = xasprintf("%s/bricks", c->logdir);
	int r = (vr && lb) ? 0 : -ENOMEM;

	r = r ? r : store_mkdir_p(vr, 0755);
	r = r ? r : store_mkdir_p(lb, 0755);
	r = r ? r : store_mkdir_p(GD_SOCKET_DIR, 0755);
	free(vr);
	free(lb);
	return r;
}

/* The daemonising parent of glusterfsd exits once the brick has its
 * volfile (which it fetches from us, so we must not block on it); the
 * daemon's pid then comes from the pid file it wrote. */
static void parent_exited(struct ev_loop *loop, pid_t pid, int status,
			  void *arg)
{
	struct brick_ref *r = arg;
	struct gd_volinfo *v = NULL;
	struct gd_brick *b = brick_lookup(r->c, r->vol, r->path, &v);
	char *pidf = b ? gd_brick_pidfile(r->c, v, b) : NULL;
	pid_t daemon = pidf ? spawn_read_pidfile(pidf) : -1;

	(void)loop;
	(void)pid;
	if (b && b->pid == pid && b->run_state == GD_BRICK_STARTING) {
		/* a stop that came while it started reaches the daemon now */
		bool stop = b->stop_pending;

		b->stop_pending = false;
		b->watch = NULL;
		b->pid = 0;
		if (status != 0 || daemon <= 0 ||
		    brick_watch(r->c, v, b, daemon) < 0) {
			log_err("brick %s:%s of %s failed to start (status %d)",
				b->hostname, b->path, v->name, status);
			brick_set_state(v, b, GD_BRICK_STOPPED);
		} else if (stop) {
			(void)gd_brick_stop(r->c, v, (int)(b - v->bricks));
		}
	}
	free(pidf);
	brick_ref_free(r);
}

static int spawn_brick(struct gd_conf *c, struct gd_volinfo *v,
		       struct gd_brick *b, int port)
{
	struct spawn_cmd cmd;
	struct brick_ref *ref = NULL;
	char *pidf = gd_brick_pidfile(c, v, b);
	char *sock = gd_brick_socket(c, v, b);
	char *text = NULL;
	pid_t pid = -1;
	int r;

	spawn_cmd_init(&cmd);
	r = (pidf && sock) ? prepare_dirs(c, v) : -ENOMEM;
	if (r == 0) {
		(void)unlink(sock);
		(void)unlink(pidf);
		r = build_argv(c, v, b, port, &cmd);
	}
	if (r == 0) {
		ref = calloc(1, sizeof(*ref));
		r = ref && (ref->vol = strdup(v->name)) &&
		    (ref->path = strdup(b->path)) ? 0 : -ENOMEM;
	}
	if (r == 0) {
		ref->c = c;
		text = spawn_cmd_text(&cmd);
		log_info("starting brick: %s", text ? text : GLUSTERFSD);
		r = spawn_start(&cmd, &pid);
	}
	if (r == 0) {
		brick_set_state(v, b, GD_BRICK_STARTING);
		b->pid = pid;
		b->watch = spawn_watch(c->loop, pid, parent_exited, ref);
		if (b->watch)
			ref = NULL;
		else
			r = -errno;
	}
	if (r < 0) {
		log_err("brick %s:%s of %s failed to start: %s", b->hostname,
			b->path, v->name, strerror(-r));
		brick_set_state(v, b, GD_BRICK_STOPPED);
	}
	brick_ref_free(ref);
	free(text);
	free(pidf);
	free(sock);
	spawn_cmd_release(&cmd);
	return r;
}

bool gd_brick_online(const struct gd_brick *b)
{
	return b->run_state == GD_BRICK_STARTED && b->pid > 0 &&
	       b->signed_in && kill(b->pid, 0) == 0;
}

int gd_brick_start(struct gd_conf *c, struct gd_volinfo *v, int idx)
{
	struct gd_brick *b = &v->bricks[idx];
	int port;

	b->stop_pending = false;	/* (a later start wins) */
	if (!b->local || b->run_state == GD_BRICK_STARTED ||
	    b->run_state == GD_BRICK_STARTING)
		return 0;
	gd_pmap_remove(&c->pmap, b->path);
	b->signed_in = false;
	port = gd_pmap_alloc_port(&c->pmap, c->base_port, c->max_port, 0);
	if (port < 0)
		return port;
	b->port = port;
	return spawn_brick(c, v, b, port);
}

int gd_brick_stop(struct gd_conf *c, struct gd_volinfo *v, int idx)
{
	struct gd_brick *b = &v->bricks[idx];
	char *pidf;

	if (!b->local || b->pid <= 0)
		return 0;
	if (b->run_state == GD_BRICK_STARTING) {
		/* b->pid is glusterfsd's parent, which hands over to its
		 * daemon when that serves: the daemon is stopped then
		 * (parent_exited), not left running without us */
		if (!b->stop_pending)
			log_info("stopping brick %s:%s once it has started",
				 b->hostname, b->path);
		b->stop_pending = true;
		return 0;
	}
	log_info("stopping brick %s:%s (pid %d)", b->hostname, b->path,
		 (int)b->pid);
	if (kill(b->pid, SIGTERM) < 0 && errno != ESRCH)
		return -errno;
	brick_set_state(v, b, GD_BRICK_STOPPING);
	b->signed_in = false;
	gd_pmap_remove(&c->pmap, b->path);
	pidf = gd_brick_pidfile(c, v, b);
	if (pidf)
		(void)unlink(pidf);
	free(pidf);
	return 0;
}

int gd_volume_start_bricks(struct gd_conf *c, struct gd_volinfo *v)
{
	int r = 0;

	for (int i = 0; i < v->brick_count; i++) {
		int e = gd_brick_start(c, v, i);
		if (e < 0 && r == 0)
			r = e;
	}
	return r;
}

void gd_volume_stop_bricks(struct gd_conf *c, struct gd_volinfo *v)
{
	for (int i = 0; i < v->brick_count; i++)
		(void)gd_brick_stop(c, v, i);
}

static struct gd_brick *local_brick_by_path(struct gd_conf *c,
					    const char *path,
					    struct gd_volinfo **vp)
{
	struct gd_volinfo *v;

	list_for_each_entry(v, &c->volumes, list)
		for (int i = 0; i < v->brick_count; i++)
			if (v->bricks[i].local &&
			    strcmp(v->bricks[i].path, path) == 0) {
				*vp = v;
				return &v->bricks[i];
			}
	return NULL;
}

void gd_bricks_signed_in(struct gd_conf *c, const char *path, int port,
			 pid_t pid)
{
	struct gd_volinfo *v = NULL;
	struct gd_brick *b = local_brick_by_path(c, path, &v);

	if (!b)
		return;
	b->signed_in = true;
	if (port > 0)
		b->port = port;
	if (b->pid <= 0 && pid > 0)
		(void)brick_watch(c, v, b, pid);
}

void gd_bricks_signed_out(struct gd_conf *c, const char *path)
{
	struct gd_volinfo *v = NULL;
	struct gd_brick *b = local_brick_by_path(c, path, &v);

	if (b)
		b->signed_in = false;
}

/* After a restart: adopt the bricks that still run, start the others. */
void gd_bricks_restore(struct gd_conf *c)
{
	struct gd_volinfo *v;

	list_for_each_entry(v, &c->volumes, list) {
		if (!gd_volinfo_is_started(v))
			continue;
		for (int i = 0; i < v->brick_count; i++) {
			struct gd_brick *b = &v->bricks[i];
			char *pidf, *id;
			pid_t pid;

			if (!b->local)
				continue;
			pidf = gd_brick_pidfile(c, v, b);
			id = gd_brick_volfile_id(v, b);
			pid = pidf ? spawn_read_pidfile(pidf) : -1;
			if (pid > 0 && id && spawn_pid_matches(pid, id) &&
			    brick_watch(c, v, b, pid) == 0) {
				log_info("adopted running brick %s:%s (pid %d)",
					 b->hostname, b->path, (int)pid);
				b->signed_in = true;
				(void)gd_pmap_add(&c->pmap, b->path, b->port,
						  pid, NULL);
			} else {
				(void)gd_brick_start(c, v, i);
			}
			free(pidf);
			free(id);
		}
		(void)gd_volinfo_save(c->workdir, v, c->op_version);
	}
}

/* ---------------- waiting for a start ---------------- */

#define BRICK_WAIT_POLL_MS 20

struct brick_wait {
	struct gd_conf *c;
	char *vol;
	uint64_t deadline;
	void (*cb)(void *arg);
	void *arg;
};

/* Every local brick of vol has left STARTING and, when running, signed
 * in (10.3 answers a start once glusterfsd's parent has exited, which it
 * does once the brick serves). */
static bool bricks_settled(struct gd_conf *c, const char *vol)
{
	const struct gd_volinfo *v = gd_conf_find_volume(c, vol);

	for (int i = 0; v && i < v->brick_count; i++) {
		const struct gd_brick *b = &v->bricks[i];
		if (!b->local)
			continue;
		if (b->run_state == GD_BRICK_STARTING || b->start_held)
			return false;
		if (b->run_state == GD_BRICK_STARTED && !b->signed_in)
			return false;
	}
	return true;
}

static void brick_wait_tick(struct ev_loop *loop, void *arg)
{
	struct brick_wait *w = arg;

	(void)loop;
	if (!bricks_settled(w->c, w->vol) && ev_now_ms() < w->deadline &&
	    ev_timer_add(w->c->loop, BRICK_WAIT_POLL_MS, brick_wait_tick, w))
		return;
	w->cb(w->arg);
	free(w->vol);
	free(w);
}

void gd_volume_bricks_settled(struct gd_conf *c, const char *vol,
			      unsigned timeout_ms, void (*cb)(void *arg),
			      void *arg)
{
	struct brick_wait *w = NULL;

	if (bricks_settled(c, vol) || !(w = calloc(1, sizeof(*w))) ||
	    !(w->vol = strdup(vol))) {
		free(w);
		cb(arg);
		return;
	}
	w->c = c;
	w->deadline = ev_now_ms() + timeout_ms;
	w->cb = cb;
	w->arg = arg;
	if (!ev_timer_add(c->loop, BRICK_WAIT_POLL_MS, brick_wait_tick, w)) {
		free(w->vol);
		free(w);
		cb(arg);
	}
}
