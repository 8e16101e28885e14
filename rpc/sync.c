/* sync: the blocking client the CLI uses.
 *
 * One connection, one call at a time. Waits are poll() on a non-blocking
 * socket against a deadline. Records that are not the awaited REPLY are
 * skipped: glusterd's callbacks (CALLs on our connection) and late
 * replies to calls that already timed out. Reassembly state survives a
 * timeout, so the stream stays in sync for the next call; a failed or
 * partial write, EOF or a protocol error marks the connection broken.
 */
#include <errno.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "libglusterfs/mem.h"
#include "rpc/rpc-int.h"

#define SYNC_CHUNK        65536
#define SYNC_FIRST_XID    2	/* what 10.x's rpc-clnt sends first */
#define SYNC_RETRY_MS     10

struct rpc_sync {
	int fd;
	uint32_t xid;
	int last_accept;
	bool broken;
	struct rpc__rec rec;
	size_t in_off, in_len;
	uint8_t in[SYNC_CHUNK];
};

/* Deadlines in ms on the monotonic clock; -1 means none. */
static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t deadline_in(int timeout_ms)
{
	return timeout_ms < 0 ? -1 : now_ms() + timeout_ms;
}

static int remaining_ms(int64_t deadline)
{
	int64_t left;

	if (deadline < 0)
		return -1;
	left = deadline - now_ms();
	if (left <= 0)
		return 0;
	return left > INT32_MAX ? INT32_MAX : (int)left;
}

/* Waits for ev on fd: 0, -ETIMEDOUT or -errno. */
static int wait_fd(int fd, short ev, int64_t deadline)
{
	for (;;) {
		struct pollfd p = { .fd = fd, .events = ev };
		int left = remaining_ms(deadline), r;

		r = poll(&p, 1, left);
		if (r > 0)
			return 0;
		if (r == 0)
			return -ETIMEDOUT;
		if (errno != EINTR)
			return -errno;
	}
}

/* Completes a connect started by rpc__connect_*; closes fd on failure. */
static int connect_finish(int fd, int r, int64_t deadline)
{
	if (r == -EINPROGRESS) {
		r = wait_fd(fd, POLLOUT, deadline);
		if (r == 0)
			r = rpc__connect_result(fd);
	}
	if (r < 0 && fd >= 0)
		close(fd);
	return r;
}

static int sync_new(int fd, struct rpc_sync **out)
{
	struct rpc_sync *c = gf_calloc(1, sizeof(*c));

	if (!c) {
		close(fd);
		return -ENOMEM;
	}
	c->fd = fd;
	c->xid = SYNC_FIRST_XID;
	c->last_accept = RPC_ACC_SUCCESS;
	rpc__rec_init(&c->rec, RPC_MAX_RECORD);
	*out = c;
	return 0;
}

int rpc_sync_connect_unix(const char *path, int timeout_ms,
			  struct rpc_sync **out)
{
	int64_t deadline = deadline_in(timeout_ms);
	int fd, r;

	*out = NULL;
	for (;;) {
		r = rpc__connect_unix(path, &fd);
		if (r != -EAGAIN)
			break;
		/* listen backlog full: retry until the deadline */
		if (remaining_ms(deadline) == 0)
			return -ETIMEDOUT;
		(void)poll(NULL, 0, SYNC_RETRY_MS);
	}
	r = connect_finish(fd, r, deadline);
	if (r < 0)
		return r;
	return sync_new(fd, out);
}

int rpc_sync_connect_tcp(const char *host, uint16_t port, int timeout_ms,
			 struct rpc_sync **out)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM,
				  .ai_flags = AI_NUMERICSERV };
	int64_t deadline = deadline_in(timeout_ms);
	struct addrinfo *res, *ai;
	char service[8];
	int fd = -1, r = -EHOSTUNREACH;

	*out = NULL;
	snprintf(service, sizeof(service), "%u", (unsigned)port);
	if (getaddrinfo(host, service, &hints, &res) != 0)
		return -EHOSTUNREACH;
	for (ai = res; ai; ai = ai->ai_next) {
		r = rpc__connect_addr(ai->ai_addr, ai->ai_addrlen, NULL, &fd);
		r = connect_finish(fd, r, deadline);
		if (r == 0 || r == -ETIMEDOUT)
			break;
	}
	freeaddrinfo(res);
	if (r < 0)
		return r;
	return sync_new(fd, out);
}

/* Writes the whole buffer before the deadline. */
static int write_all(struct rpc_sync *c, const uint8_t *p, size_t n,
		     int64_t deadline)
{
	while (n > 0) {
		ssize_t w = send(c->fd, p, n, MSG_NOSIGNAL | MSG_DONTWAIT);
		int r;

		if (w > 0) {
			p += w;
			n -= (size_t)w;
			continue;
		}
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
			return errno == EPIPE ? -ECONNRESET : -errno;
		r = wait_fd(c->fd, POLLOUT, deadline);
		if (r < 0)
			return r;
	}
	return 0;
}

/* Returns the next complete record (malloc'd) or -errno. */
static int read_record(struct rpc_sync *c, int64_t deadline, uint8_t **rec,
		       size_t *len)
{
	for (;;) {
		ssize_t n;
		int r;

		if (c->in_off < c->in_len) {
			size_t used;

			r = rpc__rec_feed(&c->rec, c->in + c->in_off,
					  c->in_len - c->in_off, &used);
			c->in_off += used;
			if (r < 0) {
				c->broken = true;
				return r;
			}
			if (r == 1) {
				*rec = rpc__rec_take(&c->rec, len);
				return 0;
			}
		}
		r = wait_fd(c->fd, POLLIN, deadline);
		if (r < 0)
			return r;
		n = recv(c->fd, c->in, sizeof(c->in), MSG_DONTWAIT);
		if (n < 0 && (errno == EINTR || errno == EAGAIN ||
			      errno == EWOULDBLOCK))
			continue;
		if (n <= 0) {
			c->broken = true;
			return -ECONNRESET;
		}
		c->in_off = 0;
		c->in_len = (size_t)n;
	}
}

/* Interprets a REPLY to our xid. */
static int take_reply(struct rpc_sync *c, const struct rpc__reply *rep,
		      const uint8_t *rec, size_t len, xdrproc_t resproc,
		      void *res)
{
	c->last_accept = rep->accept;
	if (rep->accept != RPC_ACC_SUCCESS)
		return -EPROTO;
	if (!resproc)
		return 0;
	return rpc__xdr_decode(rec + rep->res_off, len - rep->res_off,
			       resproc, res);
}

int rpc_sync_call(struct rpc_sync *c, uint32_t prog, uint32_t vers,
		  uint32_t proc, xdrproc_t argproc, const void *args,
		  xdrproc_t resproc, void *res, int timeout_ms)
{
	int64_t deadline = deadline_in(timeout_ms);
	uint32_t xid = c->xid;
	uint8_t *buf;
	size_t len;
	int r;

	if (c->broken)
		return -ECONNRESET;
	r = rpc__build_call_v2(xid, prog, vers, proc, argproc, args, &buf,
			       &len);
	if (r < 0)
		return r;
	c->xid++;
	r = write_all(c, buf, len, deadline);
	gf_free(buf);
	if (r < 0) {
		c->broken = true;	/* a partial record may be out */
		return r;
	}
	for (;;) {
		struct rpc__reply rep;

		r = read_record(c, deadline, &buf, &len);
		if (r < 0)
			return r;
		r = rpc__parse_reply(buf, len, &rep);
		if (r == 0 && rep.xid == xid) {
			r = take_reply(c, &rep, buf, len, resproc, res);
			gf_free(buf);
			return r;
		}
		/* a callback, a stale reply or garbage: not ours */
		gf_free(buf);
	}
}

int rpc_sync_last_accept(const struct rpc_sync *c)
{
	return c->last_accept;
}

struct rpc_sync *rpc_sync_close(struct rpc_sync *c)
{
	if (!c)
		return NULL;
	if (c->fd >= 0)
		close(c->fd);
	rpc__rec_release(&c->rec);
	gf_free(c);
	return NULL;
}
