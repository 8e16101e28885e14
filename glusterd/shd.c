/* shd: the self-heal daemon's lifecycle (see shd.h for the model).
 *
 * Everything that happens (a volume started or stopped, the daemon up or
 * gone, the connection up, an attach answered) ends in shd_reconcile(),
 * which compares the volumes the daemon serves with the started
 * replicate/disperse volumes and does the one next step: spawn, attach,
 * detach or stop.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "glusterd1-xdr.h"
#include "glusterd/shd.h"
#include "glusterd/volopt.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/spawn.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"
#include "libglusterfs/xxhash.h"
#include "rpc/rpc.h"

#define SHD_PROCESS_NAME "glustershd"
#define SHD_CLIENT_PID "--client-pid=-6"	/* GF_CLIENT_PID_SELF_HEALD */
#define SHD_RECONNECT_MS 1000
#define SHD_CALL_TIMEOUT_MS (600 * 1000)	/* 10.3's frame-timeout */
#define CMDLINE_MAX 65536

static const char *const state_names[GD_SHD_STATE_MAX] = {
	[GD_SHD_STOPPED] = "stopped",
	[GD_SHD_STARTING] = "starting",
	[GD_SHD_STARTED] = "started",
	[GD_SHD_STOPPING] = "stopping",
};

/* A volume the daemon serves, or is being asked to serve. */
struct shd_member {
	struct list_head list;
	char *vol;
	char *topo;		/* shape of the graph the daemon runs for vol */
	char *next_topo;	/* shape of the graph of the pending attach */
	bool attached;		/* the daemon serves vol */
	bool sending;		/* an SVC_ATTACH awaits its reply */
	bool failed;		/* refused; retried on the next volume start */
};

static struct shd {
	struct gd_conf *c;
	enum gd_shd_state state;
	pid_t pid;		/* STARTING: the parent; STARTED: the daemon */
	char *spawn_vol;	/* the volume whose pid file the parent names */
	char *sock;
	struct spawn_watch *watch;
	struct rpc_clnt *clnt;
	bool connected;
	unsigned gen;		/* one per process: stale callbacks are dropped */
	struct list_head members;
	bool busy, again;	/* shd_reconcile re-entered */
	char *program;
} S = { .members = LIST_HEAD_INIT(S.members) };

/* An outstanding call, or a watch, of process generation gen. */
struct shd_call {
	unsigned gen;
	char *vol;
};

static void shd_reconcile(void);

const char *gd_shd_state_name(enum gd_shd_state st)
{
	return st < GD_SHD_STATE_MAX ? state_names[st] : "?";
}

static void shd_set_state(enum gd_shd_state st)
{
	if (S.state == st)
		return;
	log_info("glustershd: %s -> %s", state_names[S.state],
		 state_names[st]);
	S.state = st;
}

/* ---- volumes and paths ---- */

bool gd_shd_compatible(const struct gd_volinfo *v)
{
	return v->type == GD_VOL_REPLICATE || v->type == GD_VOL_DISPERSE;
}

bool gd_shd_enabled(const struct gd_volinfo *v)
{
	const char *key = v->type == GD_VOL_DISPERSE ?
			  "cluster.disperse-self-heal-daemon" :
			  "cluster.self-heal-daemon";
	bool on = true;

	if (!gd_shd_compatible(v))
		return false;
	if (volopt_parse_bool(gd_opts_get(&v->opts, key), &on) < 0)
		on = true;
	return on;
}

static bool shd_wanted(const struct gd_volinfo *v)
{
	return gd_volinfo_is_started(v) && gd_shd_compatible(v);
}

char *gd_shd_pidfile(const struct gd_conf *c, const char *vol)
{
	return xasprintf("%s/shd/%s/%s-shd.pid", c->rundir, vol, vol);
}

char *gd_shd_socket(struct gd_conf *c, const char *vol)
{
	char *key = xasprintf("%s/shd/%s/run-%s", c->rundir, vol,
			      gd_conf_uuid(c));
	char hex[17];
	char *p = NULL;

	if (key) {
		gf_xxh64_hex(key, hex);
		p = xasprintf("%s/%s.socket", GD_SOCKET_DIR, hex);
	}
	free(key);
	return p;
}

char *gd_shd_volfile(const struct gd_conf *c, const char *vol)
{
	return xasprintf("%s/vols/%s/%s-shd.vol", c->workdir, vol, vol);
}

int gd_shd_pidfile_dict(const struct gd_conf *c, const char *vol,
			char **buf, size_t *len)
{
	struct dict *d = dict_new();
	char *pidf = gd_shd_pidfile(c, vol);
	int r = d && pidf ? dict_set_str(d, "pidfile", pidf) : -ENOMEM;

	if (r == 0)
		r = dict_serialize(d, buf, len);
	free(pidf);
	dict_unref(d);
	return r;
}

static int prepare_dirs(const struct gd_conf *c, const char *vol)
{
	char *rd = xasprintf("%s/shd/%s", c->rundir, vol);
	int r = rd ? store_mkdir_p(rd, 0755) : -ENOMEM;

	r = r ? r : store_mkdir_p(c->logdir, 0755);
	r = r ? r : store_mkdir_p(GD_SOCKET_DIR, 0755);
	free(rd);
	return r;
}

/* ---- volfile shape ---- */

static const char *skip_blanks(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* Appends "word rest-of-line" when line starts with word. */
static int topo_line(struct strbuf *sb, const char *line, size_t n,
		     const char *word)
{
	size_t w = strlen(word);

	if (n <= w || strncmp(line, word, w) != 0 ||
	    (line[w] != ' ' && line[w] != '\t'))
		return 0;
	return strbuf_addf(sb, "%s %.*s\n", word, (int)(n - w - 1),
			   line + w + 1);
}

char *gd_shd__topology(const char *text)
{
	static const char *const words[] = { "volume", "type", "subvolumes" };
	struct strbuf sb;
	int r = 0;

	strbuf_init(&sb);
	while (text && *text && r == 0) {
		const char *line = skip_blanks(text);
		size_t n = strcspn(line, "\n");

		for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
			r = r ? r : topo_line(&sb, line, n, words[i]);
		text = line[n] ? line + n + 1 : line + n;
	}
	if (r < 0) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, NULL);
}

static char *volfile_topology(const struct gd_conf *c, const char *vol)
{
	char *path = gd_shd_volfile(c, vol);
	char *text = NULL, *topo = NULL;
	size_t len = 0;

	if (path && store_read_all(path, &text, &len) == 0)
		topo = gd_shd__topology(text);
	free(path);
	free(text);
	return topo;
}

/* ---- members ---- */

static struct shd_member *member_find(const char *vol)
{
	struct shd_member *m;

	list_for_each_entry(m, &S.members, list)
		if (strcmp(m->vol, vol) == 0)
			return m;
	return NULL;
}

static struct shd_member *member_add(const char *vol)
{
	struct shd_member *m = calloc(1, sizeof(*m));

	if (!m || !(m->vol = strdup(vol))) {
		free(m);
		return NULL;
	}
	list_add_tail(&m->list, &S.members);
	return m;
}

static void member_free(struct shd_member *m)
{
	list_del(&m->list);
	free(m->vol);
	free(m->topo);
	free(m->next_topo);
	free(m);
}

/* Forgets vol; its pid file goes too (the daemon no longer serves it). */
static void member_drop(struct shd_member *m)
{
	char *pidf = S.c ? gd_shd_pidfile(S.c, m->vol) : NULL;

	if (pidf)
		(void)unlink(pidf);
	free(pidf);
	member_free(m);
}

/* drop_pidfiles: the pid files go too (else they stay for a later
 * adoption). */
static void members_clear(bool drop_pidfiles)
{
	struct shd_member *m, *n;

	list_for_each_entry_safe(m, n, &S.members, list) {
		if (drop_pidfiles)
			member_drop(m);
		else
			member_free(m);
	}
}

/* ---- calls ---- */

static struct shd_call *call_new(const char *vol)
{
	struct shd_call *k = calloc(1, sizeof(*k));

	if (k && !(k->vol = strdup(vol))) {
		free(k);
		return NULL;
	}
	if (k)
		k->gen = S.gen;
	return k;
}

static void call_free(struct shd_call *k)
{
	if (!k)
		return;
	free(k->vol);
	free(k);
}

static void attach_done(int status, void *res, void *arg)
{
	struct shd_call *k = arg;
	const gd1_mgmt_brick_op_rsp *rsp = res;
	struct shd_member *m = k->gen == S.gen ? member_find(k->vol) : NULL;

	if (!m || !m->sending || status == -ECANCELED) {
		call_free(k);
		return;
	}
	m->sending = false;
	if (status == 0 && rsp->op_ret == 0) {
		log_info("svc glustershd of volume %s attached successfully "
			 "to pid %d", m->vol, (int)S.pid);
		m->attached = true;
		m->failed = false;
		free(m->topo);
		m->topo = m->next_topo;
		m->next_topo = NULL;
	} else if (status != -ENOTCONN) {
		log_err("svc glustershd of volume %s failed to attach to pid "
			"%d: %s", m->vol, (int)S.pid, status ? strerror(-status) :
			(rsp->op_errstr && rsp->op_errstr[0] ? rsp->op_errstr :
			 "refused"));
		m->failed = !m->attached;
	}
	call_free(k);
	shd_reconcile();
}

/* SVC_ATTACH: name shd/<vol>, input the volfile text, dict {pidfile}. */
static int attach_send(struct shd_member *m)
{
	gd1_mgmt_brick_op_req req = { .op = GLUSTERD_SVC_ATTACH };
	char *path = gd_shd_volfile(S.c, m->vol);
	char *name = xasprintf("shd/%s", m->vol);
	char *text = NULL, *dbuf = NULL;
	size_t len = 0, dlen = 0;
	struct shd_call *k = call_new(m->vol);
	int r = path && name && k ? store_read_all(path, &text, &len) : -ENOMEM;

	r = r ? r : gd_shd_pidfile_dict(S.c, m->vol, &dbuf, &dlen);
	r = r ? r : prepare_dirs(S.c, m->vol);
	if (r == 0) {
		req.name = name;
		req.input.input_val = text;
		req.input.input_len = (u_int)len;
		req.dict.dict_val = dbuf;
		req.dict.dict_len = (u_int)dlen;
		free(m->next_topo);
		m->next_topo = gd_shd__topology(text);
		log_info("adding svc glustershd (volume=%s) to existing process "
			 "with pid %d", m->vol, (int)S.pid);
		r = rpc_clnt_call(S.clnt, GD_PROG_BRICK, GD_PROG_BRICK_VERS,
				  GLUSTERD_SVC_ATTACH,
				  (xdrproc_t)xdr_gd1_mgmt_brick_op_req, &req,
				  (xdrproc_t)xdr_gd1_mgmt_brick_op_rsp,
				  sizeof(gd1_mgmt_brick_op_rsp),
				  SHD_CALL_TIMEOUT_MS, attach_done, k);
	}
	if (r == 0) {
		m->sending = true;
		k = NULL;
	} else if (r != -ENOTCONN) {
		log_err("cannot attach volume %s to glustershd: %s", m->vol,
			strerror(-r));
		m->failed = !m->attached;
	}
	call_free(k);
	free(path);
	free(name);
	free(text);
	free(dbuf);
	return r;
}

static void detach_done(int status, void *res, void *arg)
{
	struct shd_call *k = arg;
	const gd1_mgmt_brick_op_rsp *rsp = res;

	if (status == 0 && rsp->op_ret == 0)
		log_info("Shd service is detached for volume %s", k->vol);
	else if (status != -ECANCELED)
		log_warn("glustershd did not detach volume %s: %s", k->vol,
			 status ? strerror(-status) : "refused");
	call_free(k);
}

/* SVC_DETACH: name shd/<vol>, nothing else. */
static void detach_send(const char *vol)
{
	gd1_mgmt_brick_op_req req = { .op = GLUSTERD_SVC_DETACH };
	char *name = xasprintf("shd/%s", vol);
	struct shd_call *k = call_new(vol);
	int r = name && k ? 0 : -ENOMEM;

	if (r == 0) {
		req.name = name;
		log_info("removing svc glustershd (volume=%s) from existing "
			 "process with pid %d", vol, (int)S.pid);
		r = rpc_clnt_call(S.clnt, GD_PROG_BRICK, GD_PROG_BRICK_VERS,
				  GLUSTERD_SVC_DETACH,
				  (xdrproc_t)xdr_gd1_mgmt_brick_op_req, &req,
				  (xdrproc_t)xdr_gd1_mgmt_brick_op_rsp,
				  sizeof(gd1_mgmt_brick_op_rsp),
				  SHD_CALL_TIMEOUT_MS, detach_done, k);
	}
	if (r == 0)
		k = NULL;
	else
		log_warn("cannot detach volume %s from glustershd: %s", vol,
			 strerror(-r));
	call_free(k);
	free(name);
}

/* ---- the connection ---- */

static void clnt_notify(struct rpc_clnt *clnt, enum rpc_clnt_event ev,
			void *arg)
{
	(void)clnt;
	if ((unsigned)(uintptr_t)arg != S.gen || ev == RPC_CLNT_CONNECT_FAILED)
		return;
	S.connected = ev == RPC_CLNT_CONNECT;
	if (S.connected) {
		log_debug("connected to glustershd on %s", S.sock);
		shd_reconcile();
	} else {
		log_info("glustershd has disconnected from glusterd.");
	}
}

static int clnt_open(void)
{
	return rpc_clnt_new_unix(S.c->loop, S.sock, SHD_RECONNECT_MS,
				 clnt_notify, (void *)(uintptr_t)S.gen,
				 &S.clnt);
}

static void clnt_close(void)
{
	S.connected = false;
	S.clnt = rpc_clnt_free(S.clnt);
}

/* ---- the process ---- */

/* Drops everything about the process (not the process itself). */
static void shd_forget(bool drop_pidfiles)
{
	clnt_close();
	spawn_unwatch(S.watch);
	S.watch = NULL;
	members_clear(drop_pidfiles);
	free(S.spawn_vol);
	S.spawn_vol = NULL;
	free(S.sock);
	S.sock = NULL;
	S.pid = 0;
	S.gen++;
}

static void daemon_exited(struct ev_loop *loop, pid_t pid, int status,
			  void *arg)
{
	enum gd_shd_state was = S.state;

	(void)loop;
	if ((unsigned)(uintptr_t)arg != S.gen || pid != S.pid)
		return;
	S.watch = NULL;
	if (was != GD_SHD_STOPPING)
		log_warn("glustershd (pid %d) exited unexpectedly (status %d)",
			 (int)pid, status);
	else
		log_info("glustershd (pid %d) exited", (int)pid);
	shd_forget(true);
	shd_set_state(GD_SHD_STOPPED);
	/* Started again by the next volume start, not in a loop here. */
	if (was == GD_SHD_STOPPING)
		shd_reconcile();
}

static int watch_daemon(pid_t pid)
{
	S.pid = pid;
	S.watch = spawn_watch(S.c->loop, pid, daemon_exited,
			      (void *)(uintptr_t)S.gen);
	if (!S.watch)
		return -(errno ? errno : ESRCH);
	shd_set_state(GD_SHD_STARTED);
	return clnt_open();
}

/* The daemonising parent exits once the daemon has its first graph (it
 * fetches the volfile from us, so we never wait for it). Its status is -1
 * when it is not our child (spawned before glusterd daemonised): then
 * the pid file alone tells. */
static void parent_exited(struct ev_loop *loop, pid_t pid, int status,
			  void *arg)
{
	char *pidf;
	pid_t daemon;
	struct shd_member *m;

	(void)loop;
	if ((unsigned)(uintptr_t)arg != S.gen || pid != S.pid ||
	    S.state != GD_SHD_STARTING)
		return;
	S.watch = NULL;
	pidf = gd_shd_pidfile(S.c, S.spawn_vol);
	daemon = pidf ? spawn_read_pidfile(pidf) : -ENOMEM;
	free(pidf);
	if ((status != 0 && status != -1) || daemon <= 0 ||
	    !spawn_pid_matches(daemon, SHD_PROCESS_NAME) ||
	    watch_daemon(daemon) < 0) {
		log_err("glustershd for %s failed to start (status %d)",
			S.spawn_vol, status);
		shd_forget(true);
		shd_set_state(GD_SHD_STOPPED);
		return;
	}
	log_info("glustershd started (pid %d)", (int)daemon);
	m = member_find(S.spawn_vol);
	if (m) {
		m->attached = true;
		m->sending = false;
	}
	shd_reconcile();
}

static const char *opt_global(const struct gd_conf *c, const char *key)
{
	return gd_opts_get(&c->global_opts, key);
}

int gd_shd__build_argv(struct gd_conf *c, const char *vol,
		       struct spawn_cmd *cmd)
{
	char *pidf = gd_shd_pidfile(c, vol);
	char *sock = gd_shd_socket(c, vol);
	const char *lt = opt_global(c, "cluster.localtime-logging");
	const char *ll = opt_global(c, "cluster.daemon-log-level");
	int r = pidf && sock ? 0 : -ENOMEM;

	r = r ? r : spawn_cmd_add(cmd, S.program ? S.program : GD_GLUSTERFS_BIN);
	r = r ? r : spawn_cmd_add(cmd, "-s");
	r = r ? r : spawn_cmd_add(cmd, c->bind_addr && c->bind_addr[0] ?
				  c->bind_addr : "localhost");
	r = r ? r : spawn_cmd_add(cmd, "--volfile-id");
	r = r ? r : spawn_cmd_addf(cmd, "shd/%s", vol);
	r = r ? r : spawn_cmd_add(cmd, "-p");
	r = r ? r : spawn_cmd_add(cmd, pidf);
	r = r ? r : spawn_cmd_add(cmd, "-l");
	r = r ? r : spawn_cmd_addf(cmd, "%s/glustershd.log", c->logdir);
	r = r ? r : spawn_cmd_add(cmd, "-S");
	r = r ? r : spawn_cmd_add(cmd, sock);
	if (lt && strcmp(lt, "enable") == 0)
		r = r ? r : spawn_cmd_add(cmd, "--localtime-logging");
	if (ll)
		r = r ? r : spawn_cmd_addf(cmd, "--log-level=%s", ll);
	r = r ? r : spawn_cmd_add(cmd, "--xlator-option");
	r = r ? r : spawn_cmd_addf(cmd, "*replicate*.node-uuid=%s",
				   gd_conf_uuid(c));
	r = r ? r : spawn_cmd_add(cmd, "--process-name");
	r = r ? r : spawn_cmd_add(cmd, SHD_PROCESS_NAME);
	r = r ? r : spawn_cmd_add(cmd, SHD_CLIENT_PID);
	free(pidf);
	free(sock);
	return r;
}

static int spawn_for(const char *vol, pid_t *pid)
{
	struct spawn_cmd cmd;
	char *pidf = gd_shd_pidfile(S.c, vol);
	char *text = NULL;
	int r = pidf && S.sock ? prepare_dirs(S.c, vol) : -ENOMEM;

	spawn_cmd_init(&cmd);
	if (r == 0) {
		(void)unlink(S.sock);
		(void)unlink(pidf);
		r = gd_shd__build_argv(S.c, vol, &cmd);
	}
	if (r == 0) {
		text = spawn_cmd_text(&cmd);
		log_info("starting glustershd: %s", text ? text : GD_GLUSTERFS_BIN);
		r = spawn_start(&cmd, pid);
	}
	free(text);
	free(pidf);
	spawn_cmd_release(&cmd);
	return r;
}

static int shd_spawn(const char *vol)
{
	struct shd_member *m;
	pid_t pid = -1;
	int r;

	shd_forget(true);
	S.spawn_vol = strdup(vol);
	S.sock = gd_shd_socket(S.c, vol);
	m = S.spawn_vol ? member_add(vol) : NULL;
	r = m ? spawn_for(vol, &pid) : -ENOMEM;
	if (r == 0) {
		m->sending = true;
		m->topo = volfile_topology(S.c, vol);
		S.pid = pid;
		S.watch = spawn_watch(S.c->loop, pid, parent_exited,
				      (void *)(uintptr_t)S.gen);
		r = S.watch ? 0 : -(errno ? errno : ESRCH);
	}
	if (r < 0) {
		log_err("glustershd for %s failed to start: %s", vol,
			strerror(-r));
		shd_forget(true);
		return r;
	}
	shd_set_state(GD_SHD_STARTING);
	return 0;
}

static void shd_stop(void)
{
	char *sock = S.sock ? strdup(S.sock) : NULL;

	log_info("Stopping glustershd daemon running in pid: %d", (int)S.pid);
	if (S.pid > 0 && kill(S.pid, SIGTERM) < 0 && errno != ESRCH)
		log_warn("cannot signal glustershd (pid %d): %s", (int)S.pid,
			 strerror(errno));
	clnt_close();
	members_clear(true);
	if (sock)
		(void)unlink(sock);
	free(sock);
	shd_set_state(GD_SHD_STOPPING);
}

/* ---- reconciliation ---- */

static const struct gd_volinfo *first_wanted(void)
{
	const struct gd_volinfo *v;

	list_for_each_entry(v, &S.c->volumes, list)
		if (shd_wanted(v))
			return v;
	return NULL;
}

static void detach_unwanted(void)
{
	struct shd_member *m, *n;

	list_for_each_entry_safe(m, n, &S.members, list) {
		const struct gd_volinfo *v = gd_conf_find_volume(S.c, m->vol);

		if (v && shd_wanted(v))
			continue;
		if (m->attached || m->sending)
			detach_send(m->vol);
		member_drop(m);
	}
}

static void attach_wanted(void)
{
	const struct gd_volinfo *v;

	list_for_each_entry(v, &S.c->volumes, list) {
		struct shd_member *m;

		if (!shd_wanted(v))
			continue;
		m = member_find(v->name);
		if (!m)
			m = member_add(v->name);
		if (m && !m->attached && !m->sending && !m->failed)
			(void)attach_send(m);
	}
}

static void reconcile_once(void)
{
	const struct gd_volinfo *first = first_wanted();

	switch (S.state) {
	case GD_SHD_STOPPED:
		if (first)
			(void)shd_spawn(first->name);
		break;
	case GD_SHD_STARTED:
		if (!first)
			shd_stop();
		else if (S.connected) {
			detach_unwanted();
			attach_wanted();
		}
		break;
	case GD_SHD_STARTING:	/* parent_exited reconciles */
	case GD_SHD_STOPPING:	/* daemon_exited reconciles */
	case GD_SHD_STATE_MAX:
		break;
	}
}

static void shd_reconcile(void)
{
	if (!S.c)
		return;
	if (S.busy) {
		S.again = true;
		return;
	}
	S.busy = true;
	do {
		S.again = false;
		reconcile_once();
	} while (S.again);
	S.busy = false;
}

/* ---- hooks ---- */

void gd_shd_volume_started(struct gd_conf *c, const struct gd_volinfo *v)
{
	struct shd_member *m;

	if (!gd_shd_compatible(v))
		return;
	S.c = c;
	m = member_find(v->name);
	if (m)
		m->failed = false;	/* `start force` tries again */
	shd_reconcile();
}

void gd_shd_volume_stopped(struct gd_conf *c, const struct gd_volinfo *v)
{
	if (!gd_shd_compatible(v) && !member_find(v->name))
		return;
	S.c = c;
	shd_reconcile();
}

void gd_shd_volume_reconfigured(struct gd_conf *c,
				const struct gd_volinfo *v)
{
	struct shd_member *m = member_find(v->name);
	char *topo;

	S.c = c;
	if (!m || !m->attached || m->sending || S.state != GD_SHD_STARTED) {
		shd_reconcile();
		return;
	}
	topo = volfile_topology(c, v->name);
	if (topo && (!m->topo || strcmp(topo, m->topo) != 0))
		(void)attach_send(m);
	free(topo);
	shd_reconcile();
}

/* ---- adoption after a restart ---- */

char *gd_shd__cmdline_arg(const char *cmdline, size_t len, const char *opt)
{
	size_t ol = strlen(opt), i = 0;

	while (i < len) {
		const char *arg = cmdline + i;
		size_t n = strnlen(arg, len - i);

		if (n == ol && memcmp(arg, opt, ol) == 0 && i + n + 1 < len)
			return strndup(arg + n + 1, len - (i + n + 1));
		if (n > ol && memcmp(arg, opt, ol) == 0 && arg[ol] == '=')
			return strndup(arg + ol + 1, n - ol - 1);
		i += n + 1;
	}
	return NULL;
}

static ssize_t read_cmdline(pid_t pid, char *buf, size_t size)
{
	char path[64];
	size_t got = 0;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/cmdline", (int)pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (got < size) {
		ssize_t n = read(fd, buf + got, size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	return (ssize_t)got;
}

static bool arg_is(const char *cl, size_t len, const char *opt,
		   const char *want, bool prefix)
{
	char *v = gd_shd__cmdline_arg(cl, len, opt);
	bool ok = v && (prefix ? strncmp(v, want, strlen(want)) == 0 :
			strcmp(v, want) == 0);

	free(v);
	return ok;
}

/* A live glustershd of ours (its pid file lies in our run directory);
 * *sock is its -S socket. */
static bool is_our_shd(const struct gd_conf *c, pid_t pid, char **sock)
{
	char *buf = malloc(CMDLINE_MAX);
	char *prefix = xasprintf("%s/shd/", c->rundir);
	ssize_t n = buf && prefix ? read_cmdline(pid, buf, CMDLINE_MAX) : -1;
	bool ok = n > 0 &&
		  arg_is(buf, (size_t)n, "--process-name", SHD_PROCESS_NAME,
			 false) &&
		  arg_is(buf, (size_t)n, "-p", prefix, true);

	*sock = ok ? gd_shd__cmdline_arg(buf, (size_t)n, "-S") : NULL;
	free(buf);
	free(prefix);
	return ok && *sock;
}

static pid_t pidfile_pid(const struct gd_conf *c, const char *vol)
{
	char *pidf = gd_shd_pidfile(c, vol);
	pid_t pid = pidf ? spawn_read_pidfile(pidf) : -ENOMEM;

	free(pidf);
	return pid;
}

static pid_t find_live_shd(const struct gd_conf *c, char **sock)
{
	const struct gd_volinfo *v;

	list_for_each_entry(v, &c->volumes, list) {
		pid_t pid;

		if (!gd_shd_compatible(v))
			continue;
		pid = pidfile_pid(c, v->name);
		if (pid > 0 && spawn_pid_matches(pid, NULL) &&
		    is_our_shd(c, pid, sock))
			return pid;
	}
	*sock = NULL;
	return 0;
}

/* The volumes whose pid file names the daemon are attached already. */
static void adopt_members(pid_t pid)
{
	const struct gd_volinfo *v;

	list_for_each_entry(v, &S.c->volumes, list) {
		struct shd_member *m;

		if (!gd_shd_compatible(v) || pidfile_pid(S.c, v->name) != pid)
			continue;
		m = member_add(v->name);
		if (m) {
			m->attached = true;
			m->topo = volfile_topology(S.c, v->name);
		}
	}
}

int gd_shd__adopt(struct gd_conf *c, pid_t pid, const char *sock)
{
	int r;

	if (S.state != GD_SHD_STOPPED)
		return -EBUSY;
	S.c = c;
	shd_forget(true);
	S.sock = strdup(sock);
	if (!S.sock)
		return -ENOMEM;
	adopt_members(pid);
	r = watch_daemon(pid);
	if (r < 0) {
		log_warn("cannot adopt glustershd (pid %d): %s", (int)pid,
			 strerror(-r));
		shd_forget(false);
		shd_set_state(GD_SHD_STOPPED);
		return r;
	}
	log_info("adopted running glustershd (pid %d)", (int)pid);
	shd_reconcile();
	return 0;
}

void gd_shd_restore(struct gd_conf *c)
{
	char *sock = NULL;
	pid_t pid;

	S.c = c;
	pid = find_live_shd(c, &sock);
	if (pid <= 0 || gd_shd__adopt(c, pid, sock) < 0)
		shd_reconcile();
	free(sock);
}

void gd_shd_release(void)
{
	shd_forget(false);
	S.state = GD_SHD_STOPPED;
	S.c = NULL;
	S.busy = S.again = false;
	free(S.program);
	S.program = NULL;
}

void gd_shd__set_program(const char *path)
{
	free(S.program);
	S.program = path ? strdup(path) : NULL;
}

/* ---- queries ---- */

bool gd_shd_volume_online(const char *vol, pid_t *pid)
{
	const struct shd_member *m = member_find(vol);

	if (S.state != GD_SHD_STARTED || !m || !m->attached ||
	    !spawn_pid_matches(S.pid, NULL))
		return false;
	if (pid)
		*pid = S.pid;
	return true;
}

enum gd_shd_state gd_shd_state(void)
{
	return S.state;
}

pid_t gd_shd_pid(void)
{
	return S.pid;
}
