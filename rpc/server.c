/* server: listeners, accepted connections and call dispatch on an ev_loop.
 *
 * Lifetimes. A connection is refcounted: its listener holds one
 * reference until the connection closes, every call handed to an actor
 * holds one until it is replied to or dropped, and the loop callback
 * holds one while it runs. Closing is immediate only from the
 * connection's own loop callback; a close wanted anywhere else (write
 * error inside rpc_call_reply, rpc_conn_close) is deferred to a 0 ms
 * timer, so an actor never sees on_disconnect run under its feet.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <rpc/auth.h>
#include <ifaddrs.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "libglusterfs/mem.h"
#include "rpc-common-xdr.h"
#include "rpc/rpc-int.h"

#define LISTEN_BACKLOG   1024
#define ACCEPT_BATCH     64
#define ACCEPT_PAUSE_MS  100
#define READ_ROUNDS      8
#define READ_CHUNK       65536
/* Stop reading from a client that does not read its replies. */
#define OUTQ_HIGH        (16u << 20)

struct rpc_listener {
	struct ev_loop *loop;
	int fd;
	struct ev_fd *watch;
	struct ev_timer *pause;
	int family;
	uint16_t port;
	char *path;		/* unix: removed on free if still ours */
	dev_t dev;
	ino_t ino;
	const struct rpc_program **progs;	/* [0] is GF-DUMP */
	size_t nprogs;
	struct rpc_program dump;
	struct rpc_listener_ops ops;
	struct list_head conns;
	int busy;		/* inside the accept callback */
	bool doomed;		/* freed while busy */
};

struct rpc_conn {
	int refs;
	int fd;
	struct ev_loop *loop;
	struct ev_fd *watch;
	int events;
	struct rpc_listener *listener;	/* NULL once closed */
	struct list_head link;
	struct rpc__rec rec;
	struct rpc__outq outq;
	struct ev_timer *close_timer;
	bool closed;
	bool failing;		/* close pending */
	uint32_t cbk_xid;
	struct sockaddr_storage peer;
	char peer_text[INET6_ADDRSTRLEN];
	uint16_t peer_port;
	void *data;
};

struct call_priv {
	struct rpc_call pub;	/* first: rpc_call pointers convert back */
	void *ctx;
	uint8_t *rec;
};

/* ---------------- connections ---------------- */

struct rpc_conn *rpc_conn_ref(struct rpc_conn *c)
{
	c->refs++;
	return c;
}

struct rpc_conn *rpc_conn_unref(struct rpc_conn *c)
{
	if (!c || --c->refs > 0)
		return NULL;
	gf_free(c);
	return NULL;
}

static bool conn_usable(const struct rpc_conn *c)
{
	return !c->closed && !c->failing;
}

static void conn_update_events(struct rpc_conn *c)
{
	int want = 0;

	if (c->closed)
		return;
	if (!c->failing && c->outq.bytes < OUTQ_HIGH)
		want |= EV_READ;
	if (!rpc__outq_empty(&c->outq))
		want |= EV_WRITE;
	if (want != c->events && ev_fd_set_events(c->watch, want) == 0)
		c->events = want;
}

/* The caller holds a reference. */
static void conn_close(struct rpc_conn *c, bool notify)
{
	struct rpc_listener *l = c->listener;
	bool timer_ref = c->close_timer != NULL;

	if (c->closed)
		return;
	c->closed = true;
	if (c->close_timer) {
		ev_timer_del(c->close_timer);
		c->close_timer = NULL;
	}
	ev_fd_del(c->watch);
	c->watch = NULL;
	close(c->fd);
	c->fd = -1;
	rpc__outq_release(&c->outq);
	rpc__rec_release(&c->rec);
	c->listener = NULL;
	list_del(&c->link);
	if (notify && l && l->ops.on_disconnect)
		l->ops.on_disconnect(c, l->ops.ctx);
	if (timer_ref)
		rpc_conn_unref(c);
	rpc_conn_unref(c);	/* the listener's reference */
}

static void conn_close_timer(struct ev_loop *loop, void *arg)
{
	struct rpc_conn *c = arg;

	(void)loop;
	rpc_conn_ref(c);
	conn_close(c, true);
	rpc_conn_unref(c);
}

/* Deferred close, safe from any context. */
static void conn_fail(struct rpc_conn *c)
{
	if (!conn_usable(c))
		return;
	c->failing = true;
	c->close_timer = ev_timer_add(c->loop, 0, conn_close_timer, c);
	if (c->close_timer) {
		rpc_conn_ref(c);
	} else if (ev_fd_set_events(c->watch, EV_WRITE) == 0) {
		/* no memory for a timer: the next writable event closes */
		c->events = EV_WRITE;
		return;
	}
	conn_update_events(c);
}

void rpc_conn_close(struct rpc_conn *c)
{
	if (c)
		conn_fail(c);
}

bool rpc_conn_is_closed(const struct rpc_conn *c)
{
	return !conn_usable(c);
}

/* Queues a complete record (ownership taken) and writes what it can. */
static int conn_send(struct rpc_conn *c, uint8_t *buf, size_t len)
{
	int r;

	if (!conn_usable(c)) {
		gf_free(buf);
		return -ENOTCONN;
	}
	r = rpc__outq_push(&c->outq, buf, len);
	if (r == 0)
		r = rpc__outq_flush(&c->outq, c->fd);
	if (r < 0 && r != -EAGAIN) {
		conn_fail(c);
		return r;
	}
	conn_update_events(c);
	return 0;
}

static void conn_reply_status(struct rpc_conn *c, uint32_t xid,
			      enum rpc_accept stat)
{
	uint8_t *buf;
	size_t len;

	if (rpc__build_accepted(xid, stat, NULL, NULL, &buf, &len) == 0)
		(void)conn_send(c, buf, len);
	else
		conn_fail(c);
}

/* ---------------- calls ---------------- */

static void call_free(struct call_priv *cp)
{
	struct rpc_conn *c = cp->pub.conn;

	gf_free(cp->rec);
	gf_free(cp);
	rpc_conn_unref(c);
}

int rpc_call_decode(struct rpc_call *call, xdrproc_t proc, void *args)
{
	return rpc__xdr_decode(call->args, call->args_len, proc, args);
}

void *rpc_call_program_ctx(const struct rpc_call *call)
{
	return ((const struct call_priv *)call)->ctx;
}

int rpc_call_reply(struct rpc_call *call, xdrproc_t proc, const void *res)
{
	struct call_priv *cp = (struct call_priv *)call;
	struct rpc_conn *c = call->conn;
	uint8_t *buf;
	size_t len;
	int r;

	r = rpc__build_accepted(call->xid, RPC_ACC_SUCCESS, proc, res, &buf,
				&len);
	if (r == 0)
		r = conn_send(c, buf, len);
	else if (conn_usable(c))
		conn_reply_status(c, call->xid, RPC_ACC_SYSTEM_ERR);
	call_free(cp);
	return r;
}

int rpc_call_reply_error(struct rpc_call *call, enum rpc_accept stat)
{
	struct call_priv *cp = (struct call_priv *)call;
	uint8_t *buf;
	size_t len;
	int r;

	r = rpc__build_accepted(call->xid, stat, NULL, NULL, &buf, &len);
	if (r == 0)
		r = conn_send(call->conn, buf, len);
	call_free(cp);
	return r;
}

void rpc_call_drop(struct rpc_call *call)
{
	if (call)
		call_free((struct call_priv *)call);
}

/* Finds the program; *stat says why not when NULL. */
static const struct rpc_program *find_program(const struct rpc_listener *l,
					      uint32_t prog, uint32_t vers,
					      enum rpc_accept *stat)
{
	*stat = RPC_ACC_PROG_UNAVAIL;
	for (size_t i = 0; i < l->nprogs; i++) {
		if (l->progs[i]->prognum != prog)
			continue;
		if (l->progs[i]->progver == vers)
			return l->progs[i];
		*stat = RPC_ACC_PROG_MISMATCH;
	}
	return NULL;
}

/* Runs the actor of a well-formed CALL; takes the record. */
static void conn_call(struct rpc_conn *c, const struct rpc__callhdr *h,
		      uint8_t *rec, size_t len)
{
	const struct rpc_program *p;
	enum rpc_accept stat;
	struct call_priv *cp;
	int r;

	p = find_program(c->listener, h->prog, h->vers, &stat);
	if (p && (h->proc >= p->nactors || !p->actors[h->proc].fn)) {
		p = NULL;
		stat = RPC_ACC_PROC_UNAVAIL;
	}
	cp = p ? gf_calloc(1, sizeof(*cp)) : NULL;
	if (!cp) {
		gf_free(rec);
		conn_reply_status(c, h->xid, p ? RPC_ACC_SYSTEM_ERR : stat);
		return;
	}
	cp->pub = (struct rpc_call){
		.conn = rpc_conn_ref(c), .xid = h->xid, .prog = h->prog,
		.vers = h->vers, .proc = h->proc,
		.cred_flavor = h->cred_flavor, .args = rec + h->args_off,
		.args_len = len - h->args_off,
	};
	cp->ctx = p->ctx;
	cp->rec = rec;
	r = p->actors[h->proc].fn(&cp->pub);
	if (r < 0)
		rpc_call_reply_error(&cp->pub, r == -EBADMSG ?
				     RPC_ACC_GARBAGE_ARGS : RPC_ACC_SYSTEM_ERR);
}

/* Handles one complete record; takes it. */
static void conn_dispatch(struct rpc_conn *c, uint8_t *rec, size_t len)
{
	struct rpc__callhdr h;
	uint8_t *buf;
	size_t blen;
	int r = 0;

	switch (rpc__parse_call(rec, len, &h)) {
	case RPC__HDR_CALL:
		conn_call(c, &h, rec, len);
		return;
	case RPC__HDR_REPLY:
		break;
	case RPC__HDR_GARBAGE:
		conn_reply_status(c, h.xid, RPC_ACC_GARBAGE_ARGS);
		break;
	case RPC__HDR_RPCVERS:
		r = rpc__build_rpc_mismatch(h.xid, &buf, &blen);
		if (r == 0)
			(void)conn_send(c, buf, blen);
		break;
	case RPC__HDR_AUTH:
		r = rpc__build_auth_error(h.xid, h.auth_stat, &buf, &blen);
		if (r == 0)
			(void)conn_send(c, buf, blen);
		break;
	}
	if (r < 0)
		conn_fail(c);
	gf_free(rec);
}

/* Feeds received bytes through the reassembler, dispatching records. */
static int conn_feed(struct rpc_conn *c, const uint8_t *p, size_t n)
{
	size_t off = 0;

	while (off < n && conn_usable(c)) {
		size_t used, len;
		uint8_t *rec;
		int r = rpc__rec_feed(&c->rec, p + off, n - off, &used);

		off += used;
		if (r < 0)
			return r;
		if (r == 0)
			break;
		rec = rpc__rec_take(&c->rec, &len);
		conn_dispatch(c, rec, len);
	}
	return 0;
}

static void conn_read(struct rpc_conn *c)
{
	uint8_t buf[READ_CHUNK];

	for (int i = 0; i < READ_ROUNDS; i++) {
		ssize_t n;

		if (!conn_usable(c) || c->outq.bytes >= OUTQ_HIGH)
			return;
		n = recv(c->fd, buf, sizeof(buf), MSG_DONTWAIT);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return;
		if (n <= 0 || conn_feed(c, buf, (size_t)n) < 0) {
			conn_close(c, true);
			return;
		}
	}
}

static void conn_on_event(struct ev_loop *loop, int fd, int events, void *arg)
{
	struct rpc_conn *c = arg;

	(void)loop;
	(void)fd;
	rpc_conn_ref(c);
	if (c->failing) {
		conn_close(c, true);
	} else {
		if (events & EV_WRITE) {
			int r = rpc__outq_flush(&c->outq, c->fd);

			if (r < 0 && r != -EAGAIN)
				conn_close(c, true);
		}
		if (!c->closed && (events & (EV_READ | EV_ERROR)))
			conn_read(c);
		conn_update_events(c);
	}
	rpc_conn_unref(c);
}

/* Fills the peer address; v4-mapped IPv6 addresses read as IPv4. */
static void conn_set_peer(struct rpc_conn *c, const struct sockaddr_storage *ss)
{
	const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)ss;

	c->peer = *ss;
	if (ss->ss_family == AF_INET6 && IN6_IS_ADDR_V4MAPPED(&s6->sin6_addr)) {
		struct sockaddr_in s4 = { .sin_family = AF_INET,
					  .sin_port = s6->sin6_port };

		memcpy(&s4.sin_addr, s6->sin6_addr.s6_addr + 12, 4);
		memset(&c->peer, 0, sizeof(c->peer));
		memcpy(&c->peer, &s4, sizeof(s4));
	}
	if (c->peer.ss_family == AF_INET) {
		const struct sockaddr_in *s4 = (const struct sockaddr_in *)&c->peer;

		inet_ntop(AF_INET, &s4->sin_addr, c->peer_text,
			  sizeof(c->peer_text));
		c->peer_port = ntohs(s4->sin_port);
	} else if (c->peer.ss_family == AF_INET6) {
		s6 = (const struct sockaddr_in6 *)&c->peer;
		inet_ntop(AF_INET6, &s6->sin6_addr, c->peer_text,
			  sizeof(c->peer_text));
		c->peer_port = ntohs(s6->sin6_port);
	}
}

static int conn_new(struct rpc_listener *l, int fd,
		    const struct sockaddr_storage *ss)
{
	struct rpc_conn *c = gf_calloc(1, sizeof(*c));
	int one = 1;

	if (!c)
		return -ENOMEM;
	c->refs = 1;
	c->fd = fd;
	c->loop = l->loop;
	c->cbk_xid = 1;
	c->peer.ss_family = (sa_family_t)l->family;
	if (l->family != AF_UNIX) {
		conn_set_peer(c, ss);
		(void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one,
				 sizeof(one));
	}
	rpc__rec_init(&c->rec, RPC_MAX_RECORD);
	rpc__outq_init(&c->outq);
	c->events = EV_READ;
	c->watch = ev_fd_add(l->loop, fd, EV_READ, conn_on_event, c);
	if (!c->watch) {
		gf_free(c);
		return -ENOMEM;
	}
	c->listener = l;
	list_add_tail(&c->link, &l->conns);
	if (l->ops.on_connect)
		l->ops.on_connect(c, l->ops.ctx);
	return 0;
}

int rpc_conn_send_call(struct rpc_conn *c, uint32_t prog, uint32_t vers,
		       uint32_t proc, xdrproc_t xproc, const void *args)
{
	uint8_t *buf;
	size_t len;
	int r;

	if (!conn_usable(c))
		return -ENOTCONN;
	r = rpc__build_call(c->cbk_xid, prog, vers, proc, AUTH_NONE, NULL, 0,
			    xproc, args, &buf, &len);
	if (r < 0)
		return r;
	c->cbk_xid++;
	return conn_send(c, buf, len);
}

int rpc_conn_family(const struct rpc_conn *c)
{
	return c->peer.ss_family;
}

const char *rpc_conn_peer_addr(const struct rpc_conn *c)
{
	return c->peer_text;
}

uint16_t rpc_conn_peer_port(const struct rpc_conn *c)
{
	return c->peer_port;
}

void rpc_conn_set_data(struct rpc_conn *c, void *data)
{
	c->data = data;
}

void *rpc_conn_get_data(const struct rpc_conn *c)
{
	return c->data;
}

static bool addr_is_loopback(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;

		return (ntohl(s4->sin_addr.s_addr) >> 24) == 127;
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;

		return IN6_IS_ADDR_LOOPBACK(&s6->sin6_addr);
	}
	return false;
}

bool rpc_addr_equal(const struct sockaddr *a, const struct sockaddr *b)
{
	if (a->sa_family != b->sa_family)
		return false;
	if (a->sa_family == AF_INET)
		return ((const struct sockaddr_in *)a)->sin_addr.s_addr ==
		       ((const struct sockaddr_in *)b)->sin_addr.s_addr;
	if (a->sa_family == AF_INET6)
		return memcmp(&((const struct sockaddr_in6 *)a)->sin6_addr,
			      &((const struct sockaddr_in6 *)b)->sin6_addr,
			      sizeof(struct in6_addr)) == 0;
	return false;
}

bool rpc_addr_is_local(const struct sockaddr *sa)
{
	struct ifaddrs *ifs, *i;
	bool local = false;

	if (sa->sa_family == AF_UNIX)
		return true;
	if (addr_is_loopback(sa))
		return true;
	if (getifaddrs(&ifs) < 0)
		return false;
	for (i = ifs; i && !local; i = i->ifa_next)
		local = i->ifa_addr && rpc_addr_equal(sa, i->ifa_addr);
	freeifaddrs(ifs);
	return local;
}

bool rpc_conn_is_local(const struct rpc_conn *c)
{
	return rpc_addr_is_local((const struct sockaddr *)&c->peer);
}

/* ---------------- GF-DUMP ---------------- */

static int dump_actor(struct rpc_call *call)
{
	struct rpc_listener *l = rpc_call_program_ctx(call);
	gf_dump_req req = { 0 };
	gf_dump_rsp rsp = { 0 };
	gf_prog_detail *d;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf_dump_req, &req) < 0)
		return -EBADMSG;
	d = gf_calloc(l->nprogs, sizeof(*d));
	if (!d)
		return -ENOMEM;
	for (size_t i = 0; i < l->nprogs; i++) {
		const char *name = l->progs[i]->name ? l->progs[i]->name : "";

		d[i].progname = (char *)(uintptr_t)name;
		d[i].prognum = l->progs[i]->prognum;
		d[i].progver = l->progs[i]->progver;
		d[i].next = i + 1 < l->nprogs ? &d[i + 1] : NULL;
	}
	rsp.prog = d;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_dump_rsp, &rsp);
	gf_free(d);
	return 0;
}

static int ping_actor(struct rpc_call *call)
{
	gf_common_rsp rsp = { 0 };

	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_common_rsp, &rsp);
	return 0;
}

static const struct rpc_actor dump_actors[GF_DUMP_MAXVALUE] = {
	[GF_DUMP_DUMP] = { "DUMP", dump_actor },
	[GF_DUMP_PING] = { "PING", ping_actor },
};

/* ---------------- listeners ---------------- */

static void listener_resume(struct ev_loop *loop, void *arg)
{
	struct rpc_listener *l = arg;

	(void)loop;
	l->pause = NULL;
	(void)ev_fd_set_events(l->watch, EV_READ);
}

/* Out of descriptors or memory: stop accepting for a moment instead of
 * spinning on a listen queue we cannot drain. */
static void listener_pause(struct rpc_listener *l)
{
	if (l->pause)
		return;
	l->pause = ev_timer_add(l->loop, ACCEPT_PAUSE_MS, listener_resume, l);
	if (l->pause)
		(void)ev_fd_set_events(l->watch, 0);
}

static void listener_destroy(struct rpc_listener *l)
{
	gf_free(l->path);
	gf_free(l->progs);
	gf_free(l);
}

static void listener_on_event(struct ev_loop *loop, int fd, int events,
			      void *arg)
{
	struct rpc_listener *l = arg;

	(void)loop;
	(void)events;
	l->busy++;
	for (int i = 0; i < ACCEPT_BATCH && !l->doomed; i++) {
		struct sockaddr_storage ss = { 0 };
		socklen_t sl = sizeof(ss);
		int cfd = accept4(fd, (struct sockaddr *)&ss, &sl,
				  SOCK_NONBLOCK | SOCK_CLOEXEC);

		if (cfd < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			if (errno == EMFILE || errno == ENFILE ||
			    errno == ENOBUFS || errno == ENOMEM)
				listener_pause(l);
			break;
		}
		if (conn_new(l, cfd, &ss) < 0)
			close(cfd);
	}
	if (--l->busy == 0 && l->doomed)
		listener_destroy(l);
}

static int listener_new(struct ev_loop *loop, int fd, int family,
			const struct rpc_program *const *progs, size_t nprogs,
			const struct rpc_listener_ops *ops,
			struct rpc_listener **out)
{
	struct rpc_listener *l = gf_calloc(1, sizeof(*l));

	if (!l)
		return -ENOMEM;
	l->progs = gf_calloc(nprogs + 1, sizeof(*l->progs));
	if (!l->progs) {
		gf_free(l);
		return -ENOMEM;
	}
	l->loop = loop;
	l->fd = fd;
	l->family = family;
	list_init(&l->conns);
	if (ops)
		l->ops = *ops;
	l->dump = (struct rpc_program){
		.name = "GF-DUMP", .prognum = GD_PROG_DUMP,
		.progver = GD_PROG_DUMP_VERS, .actors = dump_actors,
		.nactors = GF_DUMP_MAXVALUE, .ctx = l,
	};
	l->progs[0] = &l->dump;
	for (size_t i = 0; i < nprogs; i++)
		l->progs[i + 1] = progs[i];
	l->nprogs = nprogs + 1;
	l->watch = ev_fd_add(loop, fd, EV_READ, listener_on_event, l);
	if (!l->watch) {
		listener_destroy(l);
		return -ENOMEM;
	}
	*out = l;
	return 0;
}

static int listen_fd(int fd, const struct sockaddr *sa, socklen_t sl)
{
	if (bind(fd, sa, sl) < 0 || listen(fd, LISTEN_BACKLOG) < 0)
		return -errno;
	return 0;
}

int rpc_listen_unix(struct ev_loop *loop, const char *path,
		    const struct rpc_program *const *progs, size_t nprogs,
		    const struct rpc_listener_ops *ops,
		    struct rpc_listener **out)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct stat st;
	char *copy;
	int fd, r;

	*out = NULL;
	if (strlen(path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	strcpy(sa.sun_path, path);
	if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
		(void)unlink(path);
	copy = gf_strdup(path);
	if (!copy)
		return -ENOMEM;
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		gf_free(copy);
		return -errno;
	}
	r = listen_fd(fd, (struct sockaddr *)&sa, sizeof(sa));
	if (r == 0 && stat(path, &st) < 0)
		r = -errno;
	if (r == 0)
		r = listener_new(loop, fd, AF_UNIX, progs, nprogs, ops, out);
	if (r < 0) {
		close(fd);
		gf_free(copy);
		return r;
	}
	(*out)->path = copy;
	(*out)->dev = st.st_dev;
	(*out)->ino = st.st_ino;
	return 0;
}

/* Resolves the bind address: NULL or "" is the IPv4 wildcard. */
static int tcp_bind_addr(const char *addr, uint16_t port,
			 struct sockaddr_storage *ss, socklen_t *sl)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM,
				  .ai_flags = AI_PASSIVE };
	struct addrinfo *res;
	struct sockaddr_in *s4 = (struct sockaddr_in *)ss;

	memset(ss, 0, sizeof(*ss));
	if (!addr || !*addr) {
		s4->sin_family = AF_INET;
		s4->sin_addr.s_addr = htonl(INADDR_ANY);
		s4->sin_port = htons(port);
		*sl = sizeof(*s4);
		return 0;
	}
	if (getaddrinfo(addr, NULL, &hints, &res) != 0)
		return -EADDRNOTAVAIL;
	memcpy(ss, res->ai_addr, res->ai_addrlen);
	*sl = res->ai_addrlen;
	freeaddrinfo(res);
	if (ss->ss_family == AF_INET)
		s4->sin_port = htons(port);
	else if (ss->ss_family == AF_INET6)
		((struct sockaddr_in6 *)ss)->sin6_port = htons(port);
	else
		return -EAFNOSUPPORT;
	return 0;
}

int rpc_listen_tcp(struct ev_loop *loop, const char *addr, uint16_t port,
		   const struct rpc_program *const *progs, size_t nprogs,
		   const struct rpc_listener_ops *ops,
		   struct rpc_listener **out)
{
	struct sockaddr_storage ss;
	socklen_t sl;
	int fd, r, one = 1;

	*out = NULL;
	r = tcp_bind_addr(addr, port, &ss, &sl);
	if (r < 0)
		return r;
	fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
		    0);
	if (fd < 0)
		return -errno;
	(void)setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	r = listen_fd(fd, (struct sockaddr *)&ss, sl);
	sl = sizeof(ss);
	if (r == 0 && getsockname(fd, (struct sockaddr *)&ss, &sl) < 0)
		r = -errno;
	if (r == 0)
		r = listener_new(loop, fd, ss.ss_family, progs, nprogs, ops,
				 out);
	if (r < 0) {
		close(fd);
		return r;
	}
	(*out)->port = ntohs(ss.ss_family == AF_INET ?
			     ((struct sockaddr_in *)&ss)->sin_port :
			     ((struct sockaddr_in6 *)&ss)->sin6_port);
	return 0;
}

uint16_t rpc_listener_port(const struct rpc_listener *l)
{
	return l->port;
}

void rpc_listener_foreach(struct rpc_listener *l,
			  void (*fn)(struct rpc_conn *conn, void *arg),
			  void *arg)
{
	struct rpc_conn *c, *n;

	list_for_each_entry_safe(c, n, &l->conns, link) {
		if (conn_usable(c))
			fn(c, arg);
	}
}

/* Removes the socket file unless someone replaced it meanwhile. */
static void listener_unlink(const struct rpc_listener *l)
{
	struct stat st;

	if (l->path && lstat(l->path, &st) == 0 && st.st_dev == l->dev &&
	    st.st_ino == l->ino)
		(void)unlink(l->path);
}

struct rpc_listener *rpc_listener_free(struct rpc_listener *l)
{
	if (!l || l->doomed)
		return NULL;
	ev_fd_del(l->watch);
	l->watch = NULL;
	if (l->pause)
		ev_timer_del(l->pause);
	l->pause = NULL;
	close(l->fd);
	listener_unlink(l);
	while (!list_empty(&l->conns)) {
		struct rpc_conn *c = list_entry(l->conns.next, struct rpc_conn,
						link);

		rpc_conn_ref(c);
		conn_close(c, false);
		rpc_conn_unref(c);
	}
	if (l->busy)
		l->doomed = true;
	else
		listener_destroy(l);
	return NULL;
}
