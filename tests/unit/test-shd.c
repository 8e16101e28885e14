/* Unit tests of glusterd/shd.c: paths, command line and helpers against
 * what 10.3 produced, then the lifecycle on a real loop: a fake daemon
 * (a sleeping child) serving a fake brick-op program on a unix socket,
 * and a fake glusterfs that daemonises like the real one. */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "glusterd1-xdr.h"
#include "glusterd/shd.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/event.h"
#include "libglusterfs/spawn.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"
#include "rpc/rpc.h"

#define REF_UUID "f6a39ffa-1224-4826-b15b-a8d336d9d7a9"
#define MAXREQ 16

static struct {
	char dir[64];
	struct gd_conf c;
	struct rpc_listener *l;
	char sock[128];
	/* what the fake daemon received */
	int nreq;
	int op[MAXREQ];
	char name[MAXREQ][64];
	char input[MAXREQ][64];
	char pidfile[MAXREQ][256];
	int answer;		/* op_ret the fake daemon replies */
} t;

/* ---- conf and volumes ---- */

static void conf_setup(const char *root)
{
	gd_conf_init(&t.c);
	t.c.workdir = xasprintf("%s/wd", root);
	t.c.rundir = xasprintf("%s/run", root);
	t.c.logdir = xasprintf("%s/log", root);
	strcpy(t.c.uuid, REF_UUID);
}

static struct gd_volinfo *add_volume(const char *name, int type, bool started)
{
	struct gd_volinfo *v = gd_volinfo_new(name);
	char *dir = xasprintf("%s/vols/%s", t.c.workdir, name);
	char *path = xasprintf("%s/%s-shd.vol", dir, name);
	char *text = xasprintf("volume %s-client-0\n    type protocol/client\n"
			       "end-volume\n\nvolume %s\n    type debug/io-stats\n"
			       "    subvolumes %s-client-0\nend-volume\n",
			       name, name, name);

	assert_non_null(v);
	v->type = type;
	v->status = started ? GD_VOL_STARTED : GD_VOL_CREATED;
	gd_conf_add_volume(&t.c, v);
	assert_int_equal(store_mkdir_p(dir, 0755), 0);
	assert_int_equal(store_write_atomic(path, text, strlen(text)), 0);
	free(dir);
	free(path);
	free(text);
	return v;
}

static int setup(void **state)
{
	(void)state;
	memset(&t, 0, sizeof(t));
	strcpy(t.dir, "/tmp/test-shd.XXXXXX");
	if (!mkdtemp(t.dir))
		return -1;
	conf_setup(t.dir);
	t.c.loop = ev_loop_new();
	return t.c.loop && spawn_init(t.c.loop) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	gd_shd_release();
	t.l = rpc_listener_free(t.l);
	spawn_fini();
	t.c.loop = ev_loop_free(t.c.loop);
	gd_conf_release(&t.c);
	return store_rmtree(t.dir);
}

/* ---- the loop ---- */

static bool (*wait_pred)(void);
static uint64_t wait_deadline;

static void wait_tick(struct ev_loop *loop, void *arg)
{
	(void)arg;
	if (wait_pred() || ev_now_ms() >= wait_deadline)
		ev_loop_stop(loop);
	else
		assert_non_null(ev_timer_add(loop, 2, wait_tick, NULL));
}

static bool run_until(bool (*pred)(void), unsigned ms)
{
	wait_pred = pred;
	wait_deadline = ev_now_ms() + ms;
	assert_non_null(ev_timer_add(t.c.loop, 0, wait_tick, NULL));
	assert_int_equal(ev_loop_run(t.c.loop), 0);
	return pred();
}

/* ---- pure helpers ---- */

static void test_paths(void **state)
{
	char *p;

	(void)state;
	free(t.c.rundir);
	t.c.rundir = strdup("/tmp/ref-shd/run");
	p = gd_shd_pidfile(&t.c, "rb");
	assert_string_equal(p, "/tmp/ref-shd/run/shd/rb/rb-shd.pid");
	free(p);
	/* the sockets 10.3 used for these volumes, run dir and uuid */
	p = gd_shd_socket(&t.c, "rb");
	assert_string_equal(p, "/var/run/gluster/3728e32d4cd1a3bd.socket");
	free(p);
	p = gd_shd_socket(&t.c, "ra");
	assert_string_equal(p, "/var/run/gluster/698573ec41ec6522.socket");
	free(p);
	p = gd_shd_volfile(&t.c, "ra");
	assert_non_null(strstr(p, "/wd/vols/ra/ra-shd.vol"));
	free(p);
}

static char *argv_text(struct spawn_cmd *cmd)
{
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < cmd->argc; i++)
		assert_int_equal(strbuf_addf(&sb, "%s%s", i ? " " : "",
					     cmd->argv[i]), 0);
	return strbuf_detach(&sb, NULL);
}

static void test_argv(void **state)
{
	struct spawn_cmd cmd;
	char *s;

	(void)state;
	free(t.c.rundir);
	free(t.c.logdir);
	t.c.rundir = strdup("/tmp/ref-shd/run");
	t.c.logdir = strdup("/tmp/ref-shd/log");
	t.c.bind_addr = strdup("127.1.9.7");
	spawn_cmd_init(&cmd);
	assert_int_equal(gd_shd__build_argv(&t.c, "rb", &cmd), 0);
	s = argv_text(&cmd);
	/* `ps -o args` of 10.3's glustershd for the same settings */
	assert_string_equal(s, "/usr/sbin/glusterfs -s 127.1.9.7 --volfile-id "
		"shd/rb -p /tmp/ref-shd/run/shd/rb/rb-shd.pid -l "
		"/tmp/ref-shd/log/glustershd.log -S "
		"/var/run/gluster/3728e32d4cd1a3bd.socket --xlator-option "
		"*replicate*.node-uuid=" REF_UUID " --process-name glustershd "
		"--client-pid=-6");
	free(s);
	spawn_cmd_release(&cmd);

	/* no bind address: localhost; daemon options from `volume set all` */
	free(t.c.bind_addr);
	t.c.bind_addr = NULL;
	gd_opts_set(&t.c.global_opts, "cluster.daemon-log-level", "DEBUG");
	gd_opts_set(&t.c.global_opts, "cluster.localtime-logging", "enable");
	spawn_cmd_init(&cmd);
	assert_int_equal(gd_shd__build_argv(&t.c, "rb", &cmd), 0);
	s = argv_text(&cmd);
	assert_non_null(strstr(s, "glusterfs -s localhost --volfile-id"));
	assert_non_null(strstr(s, ".socket --localtime-logging "
			       "--log-level=DEBUG --xlator-option"));
	free(s);
	spawn_cmd_release(&cmd);
}

static void test_compatible_enabled(void **state)
{
	struct gd_volinfo *r = gd_volinfo_new("r"), *e = gd_volinfo_new("e"),
			  *d = gd_volinfo_new("d");

	(void)state;
	r->type = GD_VOL_REPLICATE;
	e->type = GD_VOL_DISPERSE;
	d->type = GD_VOL_DISTRIBUTE;
	assert_true(gd_shd_compatible(r));
	assert_true(gd_shd_compatible(e));
	assert_false(gd_shd_compatible(d));
	assert_true(gd_shd_enabled(r));
	assert_true(gd_shd_enabled(e));
	assert_false(gd_shd_enabled(d));
	gd_opts_set(&r->opts, "cluster.self-heal-daemon", "off");
	assert_false(gd_shd_enabled(r));
	gd_opts_set(&r->opts, "cluster.self-heal-daemon", "Enable");
	assert_true(gd_shd_enabled(r));
	/* a value that is no boolean leaves the default (on) */
	gd_opts_set(&r->opts, "cluster.self-heal-daemon", "maybe");
	assert_true(gd_shd_enabled(r));
	/* each type reads its own key */
	gd_opts_set(&e->opts, "cluster.self-heal-daemon", "off");
	assert_true(gd_shd_enabled(e));
	gd_opts_set(&e->opts, "cluster.disperse-self-heal-daemon", "disable");
	assert_false(gd_shd_enabled(e));
	gd_volinfo_free(r);
	gd_volinfo_free(e);
	gd_volinfo_free(d);
}

static void test_topology(void **state)
{
	static const char a[] =
		"volume v-client-0\n    type protocol/client\n"
		"    option ping-timeout 42\nend-volume\n\n"
		"volume v-replicate-0\n    type cluster/replicate\n"
		"    option self-heal-daemon enable\n"
		"    subvolumes v-client-0\nend-volume\n";
	static const char b[] =		/* options differ only */
		"volume v-client-0\n    type protocol/client\n"
		"    option ping-timeout 20\nend-volume\n\n"
		"volume v-replicate-0\n    type cluster/replicate\n"
		"    option self-heal-daemon off\n"
		"    subvolumes v-client-0\nend-volume\n";
	static const char c[] =		/* one more client */
		"volume v-client-0\n    type protocol/client\nend-volume\n"
		"volume v-client-1\n    type protocol/client\nend-volume\n"
		"volume v-replicate-0\n    type cluster/replicate\n"
		"    subvolumes v-client-0 v-client-1\nend-volume\n";
	char *ta = gd_shd__topology(a), *tb = gd_shd__topology(b);
	char *tc = gd_shd__topology(c), *te = gd_shd__topology("");
	char *tn = gd_shd__topology(NULL);

	(void)state;
	assert_string_equal(ta, "volume v-client-0\ntype protocol/client\n"
			    "volume v-replicate-0\ntype cluster/replicate\n"
			    "subvolumes v-client-0\n");
	assert_string_equal(ta, tb);
	assert_string_not_equal(ta, tc);
	assert_string_equal(te, "");
	assert_string_equal(tn, "");
	free(tn);
	free(ta);
	free(tb);
	free(tc);
	free(te);
}

static void test_cmdline_arg(void **state)
{
	static const char cl[] = "/usr/sbin/glusterfs\0-s\0localhost\0-p\0"
				 "/run/shd/v/v-shd.pid\0--log-level=INFO\0-S";
	size_t len = sizeof(cl);	/* ends with the NUL of "-S" */
	char *v;

	(void)state;
	v = gd_shd__cmdline_arg(cl, len, "-p");
	assert_string_equal(v, "/run/shd/v/v-shd.pid");
	free(v);
	v = gd_shd__cmdline_arg(cl, len, "-s");
	assert_string_equal(v, "localhost");
	free(v);
	v = gd_shd__cmdline_arg(cl, len, "--log-level");
	assert_string_equal(v, "INFO");
	free(v);
	/* option last, without a value; absent; prefix only */
	assert_null(gd_shd__cmdline_arg(cl, len, "-S"));
	assert_null(gd_shd__cmdline_arg(cl, len, "--volfile-id"));
	assert_null(gd_shd__cmdline_arg(cl, len, "--log"));
	assert_null(gd_shd__cmdline_arg(cl, 0, "-p"));
}

static void test_pidfile_dict(void **state)
{
	struct dict *d = NULL;
	char *buf = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(gd_shd_pidfile_dict(&t.c, "vx", &buf, &len), 0);
	assert_int_equal(dict_unserialize(buf, len, &d), 0);
	assert_int_equal(dict_count(d), 1);
	assert_non_null(strstr(dict_get_str(d, "pidfile"),
			       "/run/shd/vx/vx-shd.pid"));
	dict_unref(d);
	free(buf);
}

/* ---- the fake daemon's brick-op program ---- */

static void record(const gd1_mgmt_brick_op_req *req)
{
	struct dict *d = NULL;
	int i = t.nreq++;

	assert_true(i < MAXREQ);
	t.op[i] = req->op;
	snprintf(t.name[i], sizeof(t.name[i]), "%s", req->name);
	snprintf(t.input[i], sizeof(t.input[i]), "%.*s",
		 (int)req->input.input_len, req->input.input_val ?
		 req->input.input_val : "");
	t.pidfile[i][0] = '\0';
	if (req->dict.dict_len &&
	    dict_unserialize(req->dict.dict_val, req->dict.dict_len, &d) == 0)
		snprintf(t.pidfile[i], sizeof(t.pidfile[i]), "%s",
			 dict_get_str(d, "pidfile") ? dict_get_str(d, "pidfile") :
			 "");
	dict_unref(d);
}

static int fake_svc(struct rpc_call *call)
{
	gd1_mgmt_brick_op_req req = { 0 };
	gd1_mgmt_brick_op_rsp rsp = { .op_errstr = (char *)"" };

	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_brick_op_req,
			    &req) < 0)
		return -EBADMSG;
	assert_int_equal((int)call->proc, req.op);
	record(&req);
	rsp.op_ret = t.answer;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gd1_mgmt_brick_op_rsp, &rsp);
	xdr_free((xdrproc_t)xdr_gd1_mgmt_brick_op_req, (char *)&req);
	return 0;
}

static const struct rpc_actor fake_actors[GLUSTERD_BRICK_MAXVALUE] = {
	[GLUSTERD_SVC_ATTACH] = { "SVC_ATTACH", fake_svc },
	[GLUSTERD_SVC_DETACH] = { "SVC_DETACH", fake_svc },
};

static void fake_listen(void)
{
	static const struct rpc_program prog = {
		.name = "GlusterFS Brick operations", .prognum = GD_PROG_BRICK,
		.progver = GD_PROG_BRICK_VERS, .actors = fake_actors,
		.nactors = GLUSTERD_BRICK_MAXVALUE,
	};
	static const struct rpc_program *const progs[] = { &prog };

	snprintf(t.sock, sizeof(t.sock), "%s/shd.sock", t.dir);
	assert_int_equal(rpc_listen_unix(t.c.loop, t.sock, progs, 1, NULL,
					 &t.l), 0);
}

static pid_t fake_daemon(void)
{
	struct spawn_cmd cmd;
	pid_t pid = -1;

	spawn_cmd_init(&cmd);
	assert_int_equal(spawn_cmd_add(&cmd, "sleep"), 0);
	assert_int_equal(spawn_cmd_add(&cmd, "30"), 0);
	assert_int_equal(spawn_start(&cmd, &pid), 0);
	spawn_cmd_release(&cmd);
	return pid;
}

static int want_req;

static bool never_more(void)
{
	return false;
}

static bool reqs_seen(void)
{
	return t.nreq >= want_req;
}

static bool online_va_vb(void)
{
	return gd_shd_volume_online("va", NULL) &&
	       gd_shd_volume_online("vb", NULL);
}

static bool online_va(void)
{
	return gd_shd_volume_online("va", NULL);
}

static bool stopped(void)
{
	return gd_shd_state() == GD_SHD_STOPPED;
}

static bool file_exists(const char *path)
{
	return access(path, F_OK) == 0;
}

/* Exited: no such process, or a zombie its new parent did not reap. */
static bool gone(pid_t pid)
{
	char path[64], *text = NULL, *p;
	size_t len = 0;
	bool z;

	if (kill(pid, 0) < 0)
		return true;
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	if (store_read_all(path, &text, &len) < 0)
		return true;
	p = strrchr(text, ')');
	z = p && p[1] == ' ' && p[2] == 'Z';
	free(text);
	return z;
}

static void check_attach(int i, const char *vol)
{
	char *pidf = gd_shd_pidfile(&t.c, vol);
	char *name = xasprintf("shd/%s", vol);
	char *head = xasprintf("volume %s-client-0", vol);

	assert_int_equal(t.op[i], GLUSTERD_SVC_ATTACH);
	assert_string_equal(t.name[i], name);
	assert_memory_equal(t.input[i], head, strlen(head));
	assert_string_equal(t.pidfile[i], pidf);
	free(pidf);
	free(name);
	free(head);
}

/* Adopt a daemon, attach the started volumes, detach one, stop. */
static void test_adopt_attach_detach(void **state)
{
	struct gd_volinfo *va, *vb;
	pid_t pid, got = 0;
	char *pidf_b;

	(void)state;
	va = add_volume("va", GD_VOL_REPLICATE, true);
	vb = add_volume("vb", GD_VOL_DISPERSE, true);
	(void)add_volume("vc", GD_VOL_REPLICATE, false);
	(void)add_volume("vd", GD_VOL_DISTRIBUTE, true);
	fake_listen();
	pid = fake_daemon();
	assert_false(gd_shd_volume_online("va", NULL));

	assert_int_equal(gd_shd__adopt(&t.c, pid, t.sock), 0);
	assert_int_equal(gd_shd_state(), GD_SHD_STARTED);
	assert_int_equal(gd_shd__adopt(&t.c, pid, t.sock), -EBUSY);
	want_req = 2;
	assert_true(run_until(reqs_seen, 3000));
	assert_true(run_until(online_va_vb, 3000));
	check_attach(0, "va");
	check_attach(1, "vb");
	assert_false(gd_shd_volume_online("vc", NULL));
	assert_false(gd_shd_volume_online("vd", NULL));
	assert_true(gd_shd_volume_online("vb", &got));
	assert_int_equal(got, pid);

	/* only started replicate/disperse volumes: nothing more was sent */
	(void)run_until(never_more, 200);
	assert_int_equal(t.nreq, 2);

	/* stopping vb detaches it; the daemon stays for va */
	pidf_b = gd_shd_pidfile(&t.c, "vb");
	assert_int_equal(store_write_atomic(pidf_b, "1\n", 2), 0);
	vb->status = GD_VOL_STOPPED;
	gd_shd_volume_stopped(&t.c, vb);
	want_req = 3;
	assert_true(run_until(reqs_seen, 3000));
	assert_int_equal(t.op[2], GLUSTERD_SVC_DETACH);
	assert_string_equal(t.name[2], "shd/vb");
	assert_string_equal(t.input[2], "");
	assert_string_equal(t.pidfile[2], "");
	assert_false(gd_shd_volume_online("vb", NULL));
	assert_false(file_exists(pidf_b));
	assert_true(gd_shd_volume_online("va", NULL));
	assert_int_equal(gd_shd_state(), GD_SHD_STARTED);

	/* the last one gone: SIGTERM, and the exit is observed */
	va->status = GD_VOL_STOPPED;
	gd_shd_volume_stopped(&t.c, va);
	assert_int_equal(gd_shd_state(), GD_SHD_STOPPING);
	assert_true(run_until(stopped, 5000));
	assert_int_equal(gd_shd_pid(), 0);
	assert_int_equal(t.nreq, 3);	/* no detach for the last volume */
	assert_true(gone(pid));
	free(pidf_b);
}

/* The daemon refuses a volume: it is not online and not retried until
 * the volume is started again. */
static void test_attach_refused(void **state)
{
	struct gd_volinfo *va;
	pid_t pid;

	(void)state;
	va = add_volume("va", GD_VOL_REPLICATE, true);
	fake_listen();
	t.answer = -1;
	pid = fake_daemon();
	assert_int_equal(gd_shd__adopt(&t.c, pid, t.sock), 0);
	want_req = 1;
	assert_true(run_until(reqs_seen, 3000));
	(void)run_until(never_more, 200);
	assert_int_equal(t.nreq, 1);
	assert_false(gd_shd_volume_online("va", NULL));

	t.answer = 0;
	gd_shd_volume_started(&t.c, va);	/* `start force` */
	want_req = 2;
	assert_true(run_until(reqs_seen, 3000));
	assert_true(run_until(online_va, 3000));

	/* the daemon dies: offline, and not restarted behind our back */
	assert_int_equal(kill(pid, SIGKILL), 0);
	assert_true(run_until(stopped, 5000));
	assert_false(gd_shd_volume_online("va", NULL));
	(void)run_until(never_more, 300);
	assert_int_equal(gd_shd_state(), GD_SHD_STOPPED);
}

static void write_volfile(const char *vol, const char *text)
{
	char *path = gd_shd_volfile(&t.c, vol);

	assert_int_equal(store_write_atomic(path, text, strlen(text)), 0);
	free(path);
}

/* `volume set`: a changed option only is left to FETCHSPEC; a changed
 * graph shape is attached again, as 10.3 does. */
static void test_reconfigure(void **state)
{
	struct gd_volinfo *va;
	pid_t pid;

	(void)state;
	va = add_volume("va", GD_VOL_REPLICATE, true);
	fake_listen();
	pid = fake_daemon();
	assert_int_equal(gd_shd__adopt(&t.c, pid, t.sock), 0);
	assert_true(run_until(online_va, 3000));
	assert_int_equal(t.nreq, 1);

	write_volfile("va", "volume va-client-0\n    type protocol/client\n"
		      "    option ping-timeout 20\nend-volume\n\nvolume va\n"
		      "    type debug/io-stats\n    subvolumes va-client-0\n"
		      "end-volume\n");
	gd_shd_volume_reconfigured(&t.c, va);
	(void)run_until(never_more, 200);
	assert_int_equal(t.nreq, 1);

	write_volfile("va", "volume va-client-0\n    type protocol/client\n"
		      "end-volume\nvolume va-client-1\n"
		      "    type protocol/client\nend-volume\nvolume va\n"
		      "    type debug/io-stats\n"
		      "    subvolumes va-client-0 va-client-1\nend-volume\n");
	gd_shd_volume_reconfigured(&t.c, va);
	want_req = 2;
	assert_true(run_until(reqs_seen, 3000));
	assert_int_equal(t.op[1], GLUSTERD_SVC_ATTACH);
	assert_string_equal(t.name[1], "shd/va");
	assert_true(run_until(online_va, 3000));
	/* the new shape is the one remembered */
	gd_shd_volume_reconfigured(&t.c, va);
	(void)run_until(never_more, 200);
	assert_int_equal(t.nreq, 2);
	(void)kill(pid, SIGKILL);
	assert_true(run_until(stopped, 5000));
}

/* A glusterfs stand-in that daemonises: the parent leaves a pid file and
 * exits; the daemon is a sleep named glustershd. */
static char *write_fake_glusterfs(void)
{
	char *path = xasprintf("%s/fake-glusterfs", t.dir);
	char *args = xasprintf("%s/args", t.dir);
	char *text = xasprintf(
		"#!/bin/bash\n"
		"echo \"$*\" > '%s'\n"
		"while [ $# -gt 0 ]; do [ \"$1\" = -p ] && pidf=$2; shift; done\n"
		"( exec -a glustershd-fake sleep 30 ) </dev/null >/dev/null 2>&1 &\n"
		"c=$!\n"
		/* exit only once the daemon is what it claims to be */
		"for i in $(seq 200); do grep -q glustershd-fake /proc/$c/cmdline "
		"2>/dev/null && break; sleep 0.01; done\n"
		"echo $c > \"$pidf\"\n"
		"exit 0\n", args);

	assert_int_equal(store_write_atomic(path, text, strlen(text)), 0);
	assert_int_equal(chmod(path, 0755), 0);
	free(args);
	free(text);
	return path;
}

static bool started(void)
{
	return gd_shd_state() == GD_SHD_STARTED;
}

static void test_spawn_stop(void **state)
{
	struct gd_volinfo *va, *vb;
	char *prog, *args_path, *args = NULL, *pidf;
	size_t len = 0;
	pid_t daemon;

	(void)state;
	if (access(GD_SOCKET_DIR, W_OK) != 0) {
		skip();
		return;
	}
	va = add_volume("va", GD_VOL_REPLICATE, false);
	vb = add_volume("vb", GD_VOL_REPLICATE, false);
	prog = write_fake_glusterfs();
	gd_shd__set_program(prog);

	/* stopped volumes start nothing */
	gd_shd_restore(&t.c);
	assert_int_equal(gd_shd_state(), GD_SHD_STOPPED);

	vb->status = GD_VOL_STARTED;
	gd_shd_volume_started(&t.c, vb);
	va->status = GD_VOL_STARTED;
	gd_shd_volume_started(&t.c, va);	/* queued: still starting */
	assert_int_equal(gd_shd_state(), GD_SHD_STARTING);
	assert_true(run_until(started, 5000));
	pidf = gd_shd_pidfile(&t.c, "vb");
	daemon = spawn_read_pidfile(pidf);
	assert_true(daemon > 0);
	assert_int_equal(gd_shd_pid(), daemon);
	assert_true(gd_shd_volume_online("vb", NULL));
	/* va waits for the connection, which this fake never offers */
	assert_false(gd_shd_volume_online("va", NULL));

	args_path = xasprintf("%s/args", t.dir);
	assert_int_equal(store_read_all(args_path, &args, &len), 0);
	assert_non_null(strstr(args, "--volfile-id shd/vb -p "));
	assert_non_null(strstr(args, "--process-name glustershd "
			       "--client-pid=-6"));

	/* both stopped while nothing answers: SIGTERM, pid files gone */
	va->status = vb->status = GD_VOL_STOPPED;
	gd_shd_volume_stopped(&t.c, va);
	gd_shd_volume_stopped(&t.c, vb);
	assert_true(run_until(stopped, 5000));
	assert_false(file_exists(pidf));
	assert_true(gone(daemon));
	free(prog);
	free(args_path);
	free(args);
	free(pidf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_paths, setup, teardown),
		cmocka_unit_test_setup_teardown(test_argv, setup, teardown),
		cmocka_unit_test(test_compatible_enabled),
		cmocka_unit_test(test_topology),
		cmocka_unit_test(test_cmdline_arg),
		cmocka_unit_test_setup_teardown(test_pidfile_dict, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_adopt_attach_detach, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_attach_refused, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_reconfigure, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_spawn_stop, setup,
						teardown),
	};

	signal(SIGPIPE, SIG_IGN);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
