/* clnt: the async client on the ev_loop (glusterd to bricks, daemons and
 * peers).
 *
 * States: IDLE (no socket; a connect timer may be armed), CONNECTING
 * (non-blocking connect in flight, watching for writability) and
 * CONNECTED. Every pending call sits on one list with its own timeout
 * timer; losing the connection fails them all.
 *
 * Lifetime: the owner holds one reference, every loop callback takes one
 * while it runs user code, so rpc_clnt_free from inside a callback only
 * marks the client; the memory goes with the last reference. A write
 * error inside rpc_clnt_call is not handled there (that would run user
 * callbacks under the caller): a 0 ms timer closes the connection.
 */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "libglusterfs/mem.h"
#include "rpc/rpc-int.h"

#define CLNT_FIRST_XID 2
#define CLNT_READ_ROUNDS 8
#define CLNT_READ_CHUNK 65536

enum clnt_state {
	CLNT_IDLE,
	CLNT_CONNECTING,
	CLNT_CONNECTED,
};

struct rpc_clnt {
	struct ev_loop *loop;
	int refs;
	bool enabled;
	bool freed;
	bool failing;		/* write error seen, close pending */
	char *path;		/* unix, or NULL */
	char *host;		/* tcp */
	char *source;		/* tcp source address, or NULL */
	uint16_t port;
	unsigned reconnect_ms;
	rpc_clnt_notify_fn notify;
	void *arg;
	enum clnt_state state;
	unsigned gen;		/* bumped at every close */
	int fd;
	struct ev_fd *watch;
	int events;
	struct ev_timer *conn_timer;
	struct ev_timer *fail_timer;
	struct rpc__rec rec;
	struct rpc__outq outq;
	uint32_t xid;
	struct list_head pending;
};

struct clnt_call {
	struct list_head link;
	struct rpc_clnt *clnt;
	uint32_t xid;
	xdrproc_t resproc;
	size_t ressize;
	rpc_clnt_cb cb;
	void *cbarg;
	struct ev_timer *timer;
};

static void clnt_try_connect(struct rpc_clnt *c);

static void clnt_connect_failed(struct rpc_clnt *c)
{
	if (c->notify && !c->freed)
		c->notify(c, RPC_CLNT_CONNECT_FAILED, c->arg);
}

static struct rpc_clnt *clnt_ref(struct rpc_clnt *c)
{
	c->refs++;
	return c;
}

static void clnt_unref(struct rpc_clnt *c)
{
	if (--c->refs > 0)
		return;
	gf_free(c->path);
	gf_free(c->host);
	gf_free(c->source);
	gf_free(c);
}

/* ---------------- calls ---------------- */

static void call_free(struct clnt_call *call)
{
	if (call->timer)
		ev_timer_del(call->timer);
	gf_free(call);
}

/* Runs the completion of a call already off the pending list. */
static void call_finish(struct clnt_call *call, int status, void *res)
{
	struct rpc_clnt *c = clnt_ref(call->clnt);

	call->cb(status, res, call->cbarg);
	call_free(call);
	clnt_unref(c);
}

static void call_timeout(struct ev_loop *loop, void *arg)
{
	struct clnt_call *call = arg;

	(void)loop;
	call->timer = NULL;	/* freed by the loop after this returns */
	list_del(&call->link);
	call_finish(call, -ETIMEDOUT, NULL);
}

static struct clnt_call *call_find(struct rpc_clnt *c, uint32_t xid)
{
	struct clnt_call *call;

	list_for_each_entry(call, &c->pending, link) {
		if (call->xid == xid)
			return call;
	}
	return NULL;
}

/* Completes a call with its REPLY. */
static void call_reply(struct clnt_call *call, const struct rpc__reply *rep,
		       const uint8_t *rec, size_t len)
{
	xdrproc_t resproc = call->resproc;	/* call is gone after finish */
	void *res = NULL;
	int status = 0;

	if (rep->accept != RPC_ACC_SUCCESS)
		status = -EPROTO;
	else if (call->resproc && !(res = gf_calloc(1, call->ressize)))
		status = -ENOMEM;
	else if (call->resproc)
		status = rpc__xdr_decode(rec + rep->res_off,
					 len - rep->res_off, call->resproc,
					 res);
	if (status < 0)
		res = gf_free(res);
	call_finish(call, status, res);
	if (res) {
		xdr_free(resproc, res);
		gf_free(res);
	}
}

/* ---------------- connection ---------------- */

static void clnt_connect_timer(struct ev_loop *loop, void *arg)
{
	struct rpc_clnt *c = arg;

	(void)loop;
	c->conn_timer = NULL;
	clnt_ref(c);
	clnt_try_connect(c);
	clnt_unref(c);
}

static void clnt_schedule_connect(struct rpc_clnt *c, unsigned ms)
{
	if (c->conn_timer || !c->enabled)
		return;
	c->conn_timer = ev_timer_add(c->loop, ms, clnt_connect_timer, c);
}

static void clnt_cancel_connect(struct rpc_clnt *c)
{
	if (c->conn_timer)
		ev_timer_del(c->conn_timer);
	c->conn_timer = NULL;
}

/* Closes the socket and fails every pending call with status. The caller
 * holds a reference. */
static void clnt_close(struct rpc_clnt *c, int status, bool notify)
{
	bool was_connected = c->state == CLNT_CONNECTED;
	struct list_head calls;
	struct clnt_call *call, *tmp;

	if (c->state == CLNT_IDLE)
		return;
	ev_fd_del(c->watch);
	c->watch = NULL;
	close(c->fd);
	c->fd = -1;
	c->state = CLNT_IDLE;
	c->gen++;
	c->failing = false;
	if (c->fail_timer)
		ev_timer_del(c->fail_timer);
	c->fail_timer = NULL;
	rpc__rec_release(&c->rec);
	rpc__outq_release(&c->outq);
	list_init(&calls);
	list_for_each_entry_safe(call, tmp, &c->pending, link) {
		list_del(&call->link);
		list_add_tail(&call->link, &calls);
	}
	if (c->reconnect_ms)
		clnt_schedule_connect(c, c->reconnect_ms);
	list_for_each_entry_safe(call, tmp, &calls, link) {
		list_del(&call->link);
		call_finish(call, status, NULL);
	}
	if (was_connected && notify && c->notify && !c->freed)
		c->notify(c, RPC_CLNT_DISCONNECT, c->arg);
}

static void clnt_fail_timer(struct ev_loop *loop, void *arg)
{
	struct rpc_clnt *c = arg;

	(void)loop;
	c->fail_timer = NULL;
	clnt_ref(c);
	clnt_close(c, -ENOTCONN, true);
	clnt_unref(c);
}

/* Deferred close after a write error outside the loop callbacks. */
static void clnt_fail(struct rpc_clnt *c)
{
	if (c->failing)
		return;
	c->failing = true;
	c->fail_timer = ev_timer_add(c->loop, 0, clnt_fail_timer, c);
	/* no timer: the next writable event (always soon) closes */
	if (!c->fail_timer && ev_fd_set_events(c->watch, EV_WRITE) == 0)
		c->events = EV_WRITE;
}

static void clnt_update_events(struct rpc_clnt *c)
{
	int want = EV_READ;

	if (c->state != CLNT_CONNECTED || c->failing)
		return;
	if (!rpc__outq_empty(&c->outq))
		want |= EV_WRITE;
	if (want != c->events && ev_fd_set_events(c->watch, want) == 0)
		c->events = want;
}

static void clnt_connected(struct rpc_clnt *c)
{
	c->state = CLNT_CONNECTED;
	c->events = EV_READ;
	if (ev_fd_set_events(c->watch, EV_READ) < 0) {
		clnt_close(c, -ENOTCONN, false);
		return;
	}
	if (c->notify)
		c->notify(c, RPC_CLNT_CONNECT, c->arg);
}

/* Handles one complete record (taken). */
static void clnt_record(struct rpc_clnt *c, uint8_t *rec, size_t len)
{
	struct rpc__reply rep;
	struct clnt_call *call;

	if (rpc__parse_reply(rec, len, &rep) == 0 &&
	    (call = call_find(c, rep.xid))) {
		list_del(&call->link);
		call_reply(call, &rep, rec, len);
	}
	/* CALLs from the server, late replies, garbage: ignored */
	gf_free(rec);
}

static int clnt_feed(struct rpc_clnt *c, const uint8_t *p, size_t n)
{
	unsigned gen = c->gen;
	size_t off = 0;

	while (off < n && c->gen == gen) {
		size_t used, len;
		uint8_t *rec;
		int r = rpc__rec_feed(&c->rec, p + off, n - off, &used);

		off += used;
		if (r <= 0)
			return r;
		rec = rpc__rec_take(&c->rec, &len);
		clnt_record(c, rec, len);
	}
	return 0;
}

static void clnt_read(struct rpc_clnt *c)
{
	uint8_t buf[CLNT_READ_CHUNK];
	unsigned gen = c->gen;

	for (int i = 0; i < CLNT_READ_ROUNDS && c->gen == gen; i++) {
		ssize_t n = recv(c->fd, buf, sizeof(buf), MSG_DONTWAIT);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return;
		if (n <= 0 || clnt_feed(c, buf, (size_t)n) < 0) {
			if (c->gen == gen)
				clnt_close(c, -ENOTCONN, true);
			return;
		}
	}
}

static void clnt_on_event(struct ev_loop *loop, int fd, int events,
			  void *arg)
{
	struct rpc_clnt *c = arg;
	unsigned gen = c->gen;

	(void)loop;
	(void)fd;
	clnt_ref(c);
	if (c->state == CLNT_CONNECTING) {
		if (rpc__connect_result(c->fd) == 0) {
			clnt_connected(c);
		} else {
			clnt_close(c, -ENOTCONN, false);
			clnt_connect_failed(c);
		}
	} else if (c->failing) {
		clnt_close(c, -ENOTCONN, true);
	} else {
		int r = (events & EV_WRITE) ?
			rpc__outq_flush(&c->outq, c->fd) : 0;

		if (r < 0 && r != -EAGAIN)
			clnt_close(c, -ENOTCONN, true);
		if (c->gen == gen && (events & (EV_READ | EV_ERROR)))
			clnt_read(c);
		if (c->gen == gen)
			clnt_update_events(c);
	}
	clnt_unref(c);
}

/* Opens the socket: 0 connected, -EINPROGRESS, or -errno. */
static int clnt_open(struct rpc_clnt *c, int *fd)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM,
				  .ai_flags = AI_NUMERICSERV };
	struct addrinfo *res, *ai;
	char service[8];
	int r = -EHOSTUNREACH;

	if (c->path)
		return rpc__connect_unix(c->path, fd);
	snprintf(service, sizeof(service), "%u", (unsigned)c->port);
	if (getaddrinfo(c->host, service, &hints, &res) != 0)
		return -EHOSTUNREACH;
	for (ai = res; ai; ai = ai->ai_next) {
		r = rpc__connect_addr(ai->ai_addr, ai->ai_addrlen, c->source,
				      fd);
		if (r == 0 || r == -EINPROGRESS)
			break;
	}
	freeaddrinfo(res);
	return r;
}

static void clnt_try_connect(struct rpc_clnt *c)
{
	int fd, r;

	if (!c->enabled || c->state != CLNT_IDLE)
		return;
	r = clnt_open(c, &fd);
	if (r < 0 && r != -EINPROGRESS) {
		if (c->reconnect_ms)
			clnt_schedule_connect(c, c->reconnect_ms);
		clnt_connect_failed(c);
		return;
	}
	c->watch = ev_fd_add(c->loop, fd, EV_WRITE, clnt_on_event, c);
	if (!c->watch) {
		close(fd);
		if (c->reconnect_ms)
			clnt_schedule_connect(c, c->reconnect_ms);
		return;
	}
	c->fd = fd;
	c->events = EV_WRITE;
	c->state = CLNT_CONNECTING;
	rpc__rec_init(&c->rec, RPC_MAX_RECORD);
	rpc__outq_init(&c->outq);
	if (r == 0)
		clnt_connected(c);
}

/* ---------------- API ---------------- */

static int clnt_new(struct ev_loop *loop, unsigned reconnect_ms,
		    rpc_clnt_notify_fn notify, void *arg,
		    struct rpc_clnt **out)
{
	struct rpc_clnt *c = gf_calloc(1, sizeof(*c));

	*out = NULL;
	if (!c)
		return -ENOMEM;
	c->loop = loop;
	c->refs = 1;
	c->enabled = true;
	c->reconnect_ms = reconnect_ms;
	c->notify = notify;
	c->arg = arg;
	c->fd = -1;
	c->xid = CLNT_FIRST_XID;
	list_init(&c->pending);
	rpc__rec_init(&c->rec, RPC_MAX_RECORD);
	rpc__outq_init(&c->outq);
	*out = c;
	return 0;
}

/* Arms the first connect attempt; frees c on failure. */
static int clnt_start(struct rpc_clnt *c, struct rpc_clnt **out)
{
	clnt_schedule_connect(c, 0);
	if (!c->conn_timer) {
		clnt_unref(c);
		*out = NULL;
		return -ENOMEM;
	}
	*out = c;
	return 0;
}

int rpc_clnt_new_unix(struct ev_loop *loop, const char *path,
		      unsigned reconnect_ms, rpc_clnt_notify_fn notify,
		      void *arg, struct rpc_clnt **out)
{
	struct sockaddr_un sa;
	struct rpc_clnt *c;
	int r;

	if (strlen(path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	r = clnt_new(loop, reconnect_ms, notify, arg, &c);
	if (r < 0)
		return r;
	c->path = gf_strdup(path);
	if (!c->path) {
		clnt_unref(c);
		return -ENOMEM;
	}
	return clnt_start(c, out);
}

int rpc_clnt_new_tcp(struct ev_loop *loop, const char *host, uint16_t port,
		     unsigned reconnect_ms, rpc_clnt_notify_fn notify,
		     void *arg, struct rpc_clnt **out)
{
	struct rpc_clnt *c;
	int r = clnt_new(loop, reconnect_ms, notify, arg, &c);

	if (r < 0)
		return r;
	c->host = gf_strdup(host);
	c->port = port;
	if (!c->host) {
		clnt_unref(c);
		return -ENOMEM;
	}
	return clnt_start(c, out);
}

int rpc_clnt_set_source(struct rpc_clnt *c, const char *addr)
{
	char *s = NULL;

	if (addr && !(s = gf_strdup(addr)))
		return -ENOMEM;
	gf_free(c->source);
	c->source = s;
	return 0;
}

int rpc_clnt_call(struct rpc_clnt *c, uint32_t prog, uint32_t vers,
		  uint32_t proc, xdrproc_t argproc, const void *args,
		  xdrproc_t resproc, size_t ressize, int timeout_ms,
		  rpc_clnt_cb cb, void *cbarg)
{
	struct clnt_call *call = NULL;
	uint8_t *buf;
	size_t len;
	int r;

	if (c->state != CLNT_CONNECTED || c->failing || c->freed)
		return -ENOTCONN;
	r = rpc__build_call_v2(c->xid, prog, vers, proc, argproc, args, &buf,
			       &len);
	if (r < 0)
		return r == -EMSGSIZE ? -EINVAL : r;
	if (cb) {
		call = gf_calloc(1, sizeof(*call));
		if (!call || (timeout_ms > 0 &&
			      !(call->timer = ev_timer_add(c->loop,
							   (uint64_t)timeout_ms,
							   call_timeout,
							   call)))) {
			gf_free(call);
			gf_free(buf);
			return -ENOMEM;
		}
		*call = (struct clnt_call){
			.clnt = c, .xid = c->xid, .resproc = resproc,
			.ressize = ressize, .cb = cb, .cbarg = cbarg,
			.timer = call->timer,
		};
		list_add_tail(&call->link, &c->pending);
	}
	c->xid++;
	r = rpc__outq_push(&c->outq, buf, len);
	if (r == 0)
		r = rpc__outq_flush(&c->outq, c->fd);
	if (r < 0 && r != -EAGAIN)
		clnt_fail(c);
	else
		clnt_update_events(c);
	return 0;
}

bool rpc_clnt_is_connected(const struct rpc_clnt *c)
{
	return c->state == CLNT_CONNECTED && !c->failing;
}

void rpc_clnt_disable(struct rpc_clnt *c)
{
	c->enabled = false;
	clnt_cancel_connect(c);
	clnt_ref(c);
	clnt_close(c, -ECANCELED, true);
	clnt_unref(c);
}

int rpc_clnt_enable(struct rpc_clnt *c)
{
	if (c->freed)
		return -EINVAL;
	c->enabled = true;
	if (c->state == CLNT_IDLE)
		clnt_schedule_connect(c, 0);
	return 0;
}

struct rpc_clnt *rpc_clnt_free(struct rpc_clnt *c)
{
	if (!c || c->freed)
		return NULL;
	c->freed = true;
	c->enabled = false;
	clnt_cancel_connect(c);
	clnt_ref(c);
	clnt_close(c, -ECANCELED, false);
	clnt_unref(c);
	clnt_unref(c);	/* the owner's reference */
	return NULL;
}
