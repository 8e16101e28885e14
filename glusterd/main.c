/* glusterd: options, daemonise, restore the store, listen, run the loop. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "glusterd/brick.h"
#include "glusterd/conf.h"
#include "glusterd/gdvol.h"
#include "glusterd/handler.h"
#include "glusterd/peer.h"
#include "glusterd/locks.h"
#include "glusterd/op.h"
#include "glusterd/restore.h"
#include "glusterd/shd.h"
#include "libglusterfs/event.h"
#include "libglusterfs/log.h"
#include "libglusterfs/spawn.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"
#include "rpc/rpc.h"

#define GD_VERSION_TEXT "glusterfs 10.3"

static int sig_pipe[2] = { -1, -1 };

static void on_signal(int sig)
{
	int saved = errno;
	unsigned char c = (unsigned char)sig;

	if (write(sig_pipe[1], &c, 1) < 0) {
		/* nothing to do: the loop is already being woken */
	}
	errno = saved;
}

static void signal_readable(struct ev_loop *loop, int fd, int events, void *arg)
{
	unsigned char c;

	(void)events;
	(void)arg;
	while (read(fd, &c, 1) == 1) {
		if (c == SIGTERM || c == SIGINT) {
			log_info("received signum (%d), shutting down", c);
			ev_loop_stop(loop);
		}
	}
}

static int setup_signals(struct ev_loop *loop)
{
	struct sigaction sa = { .sa_handler = on_signal };

	if (pipe2(sig_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
		return -errno;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGHUP, SIG_IGN);
	return ev_fd_add(loop, sig_pipe[0], EV_READ, signal_readable, NULL) ?
	       0 : -ENOMEM;
}

static void usage(FILE *f)
{
	fprintf(f, "Usage: glusterd [OPTION...]\n"
		"  -N, --no-daemon            run in the foreground\n"
		"  -f, --volfile=FILE         glusterd.vol (default %s)\n"
		"  -p, --pid-file=FILE        write the pid to FILE\n"
		"  -l, --log-file=FILE        log file (\"-\" for stderr)\n"
		"  -L, --log-level=LEVEL      CRITICAL, ERROR, WARNING, INFO, "
		"DEBUG, TRACE, NONE\n"
		"      --xlator-option=management.KEY=VALUE\n"
		"  -V, --version              print the version and exit\n",
		GD_DEFAULT_VOLFILE);
}

struct cmdline {
	const char *volfile;
	const char *loglevel;
	struct gdvol_opts xopts;	/* --xlator-option overrides */
};

static int parse_args(int argc, char **argv, struct gd_conf *c,
		      struct cmdline *cl)
{
	static const struct option longopts[] = {
		{ "no-daemon", no_argument, NULL, 'N' },
		{ "volfile", required_argument, NULL, 'f' },
		{ "pid-file", required_argument, NULL, 'p' },
		{ "log-file", required_argument, NULL, 'l' },
		{ "log-level", required_argument, NULL, 'L' },
		{ "xlator-option", required_argument, NULL, 'x' },
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;

	while ((ch = getopt_long(argc, argv, "Nf:p:l:L:Vh", longopts,
				 NULL)) != -1) {
		switch (ch) {
		case 'N': c->foreground = true; break;
		case 'f': cl->volfile = optarg; break;
		case 'p': free(c->pidfile); c->pidfile = strdup(optarg); break;
		case 'l': free(c->logfile); c->logfile = strdup(optarg); break;
		case 'L': cl->loglevel = optarg; break;
		case 'x':
			if (gdvol_opts_add_xlator_option(&cl->xopts, optarg) < 0) {
				fprintf(stderr, "glusterd: bad --xlator-option "
					"'%s'\n", optarg);
				return -EINVAL;
			}
			break;
		case 'V':
			printf("%s\n", GD_VERSION_TEXT);
			exit(0);
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); return -EINVAL;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "glusterd: unexpected argument '%s'\n",
			argv[optind]);
		return -EINVAL;
	}
	return 0;
}

static int write_pidfile(const char *path)
{
	char buf[32];
	int n = snprintf(buf, sizeof(buf), "%d\n", (int)getpid());
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

	if (fd < 0)
		return -errno;
	if (write(fd, buf, (size_t)n) != n) {
		close(fd);
		return -EIO;
	}
	return close(fd) < 0 ? -errno : 0;
}

static void conn_gone(struct rpc_conn *conn, void *ctx)
{
	struct gd_conf *c = ctx;

	gd_pmap_conn_gone(&c->pmap, conn);
}

static int start_listeners(struct gd_conf *c)
{
	static struct rpc_program cli_full, cli_ro, hndsk_tcp, hndsk_cli, pmap,
		mgmt_hndsk, friend, mgmt_v2, mgmt_v3;
	static const struct rpc_program *unix_progs[2], *tcp_progs[7];
	static struct rpc_listener_ops tcp_ops = {
		.on_disconnect = conn_gone,
	};
	int r;

	gd_cli_programs(c, &cli_full, &cli_ro);
	gd_hndsk_programs(c, &hndsk_tcp, &hndsk_cli);
	gd_pmap_program(c, &pmap);
	gd_peer_programs(c, &mgmt_hndsk, &friend);
	gd_mgmt_programs(c, &mgmt_v2, &mgmt_v3);
	unix_progs[0] = &cli_full;
	unix_progs[1] = &hndsk_cli;
	tcp_progs[0] = &cli_ro;
	tcp_progs[1] = &pmap;
	tcp_progs[2] = &hndsk_tcp;
	tcp_progs[3] = &mgmt_hndsk;
	tcp_progs[4] = &friend;
	tcp_progs[5] = &mgmt_v2;
	tcp_progs[6] = &mgmt_v3;
	r = rpc_listen_unix(c->loop, c->sockfile, unix_progs, 2, NULL,
			    &c->unix_listener);
	if (r < 0) {
		log_err("cannot listen on %s: %s", c->sockfile, strerror(-r));
		return r;
	}
	tcp_ops.ctx = c;
	r = rpc_listen_tcp(c->loop, c->bind_addr, c->port, tcp_progs,
			   sizeof(tcp_progs) / sizeof(*tcp_progs),
			   &tcp_ops, &c->tcp_listener);
	if (r < 0)
		log_err("cannot listen on %s:%u: %s",
			c->bind_addr ? c->bind_addr : "*", c->port,
			strerror(-r));
	else
		log_info("process started listening on port (%u)", c->port);
	return r;
}

static void raise_nofile(void)
{
	struct rlimit rl = { 65536, 65536 };

	if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
		log_info("could not raise the open files limit to 65536: %s",
			 strerror(errno));
}

static int regen_all_volfiles(struct gd_conf *c)
{
	struct gd_volinfo *v;
	int r = 0;

	list_for_each_entry(v, &c->volumes, list)
		if (gd_volfiles_write(c, v) < 0) {
			log_err("failed to regenerate volfiles of %s", v->name);
			r = -EIO;
		}
	return r;
}

static int daemonize(void)
{
	pid_t pid = fork();
	int fd;

	if (pid < 0)
		return -errno;
	if (pid > 0)
		_exit(0);
	if (setsid() < 0)
		return -errno;
	fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
	return chdir("/") < 0 ? -errno : 0;
}

static int init(struct gd_conf *c, struct cmdline *cl)
{
	bool regen = false;
	char *logpath;
	int r;

	r = gdvol_load(cl->volfile ? cl->volfile : GD_DEFAULT_VOLFILE,
		       cl->volfile != NULL, &cl->xopts, c);
	if (r < 0)
		return r;
	(void)store_mkdir_p(c->logdir, 0755);
	logpath = c->logfile ? strdup(c->logfile) :
		  xasprintf("%s/glusterd.log", c->logdir);
	if (!logpath || log_open(logpath, "management") < 0)
		fprintf(stderr, "glusterd: cannot open log file %s\n",
			logpath ? logpath : "?");
	free(logpath);
	if (cl->loglevel) {
		enum log_level lvl;
		if (log_parse_level(cl->loglevel, &lvl) == 0)
			log_set_level(lvl);
	}
	log_info("Started running glusterd (our management daemon, "
		 "compatible with %s)", GD_VERSION_TEXT);
	raise_nofile();
	log_info("Using %s as working directory", c->workdir);
	log_info("Using %s as pid file working directory", c->rundir);
	c->loop = ev_loop_new();
	c->locks = c->loop ? gd_locks_new(c->loop, (unsigned)c->lock_timer_s) :
		   NULL;
	if (!c->loop || !c->locks)
		return -ENOMEM;
	r = gd_restore(c, &regen);
	if (r == 0 && regen)
		r = regen_all_volfiles(c);
	if (r == 0)
		r = setup_signals(c->loop);
	if (r == 0)
		r = start_listeners(c);
	return r;
}

/* After daemonising: this process is the one that owns the children. */
static int start_children(struct gd_conf *c)
{
	int r;

	if (spawn_become_subreaper() < 0)
		log_warn("cannot become a child subreaper: brick exits may go "
			 "unnoticed");
	r = spawn_init(c->loop);
	if (r == 0) {
		gd_bricks_restore(c);
		gd_shd_restore(c);
		if (gd_peers_restore(c) < 0)
			log_err("could not restore the peers");
	}
	return r;
}

int main(int argc, char **argv)
{
	struct gd_conf conf;
	struct cmdline cl = { 0 };
	int r;

	gd_conf_init(&conf);
	gdvol_opts_init(&cl.xopts);
	if (parse_args(argc, argv, &conf, &cl) < 0)
		return 1;
	r = init(&conf, &cl);
	if (r == 0 && !conf.foreground)
		r = daemonize();
	if (r == 0 && conf.pidfile && write_pidfile(conf.pidfile) < 0)
		log_warn("cannot write pid file %s", conf.pidfile);
	if (r == 0)
		r = start_children(&conf);
	if (r == 0)
		r = ev_loop_run(conf.loop);
	if (r < 0)
		log_err("glusterd exits: %s", strerror(-r));
	conf.unix_listener = rpc_listener_free(conf.unix_listener);
	conf.tcp_listener = rpc_listener_free(conf.tcp_listener);
	if (conf.pidfile && r == 0)
		(void)unlink(conf.pidfile);
	gd_shd_release();
	gd_peers_release(&conf);
	conf.locks = gd_locks_free(conf.locks);
	conf.loop = ev_loop_free(conf.loop);
	gdvol_opts_release(&cl.xopts);
	gd_conf_release(&conf);
	log_close();
	return r < 0 ? 1 : 0;
}
