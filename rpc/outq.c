/* outq: records waiting to be written to a non-blocking socket. */
#include <errno.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include "libglusterfs/mem.h"
#include "rpc/rpc-int.h"

#define OUTQ_IOV_MAX 16

struct outbuf {
	struct list_head link;
	uint8_t *data;
	size_t len, off;
};

void rpc__outq_init(struct rpc__outq *q)
{
	list_init(&q->bufs);
	q->bytes = 0;
}

static void outbuf_free(struct outbuf *b)
{
	list_del(&b->link);
	gf_free(b->data);
	gf_free(b);
}

void rpc__outq_release(struct rpc__outq *q)
{
	struct outbuf *b, *n;

	list_for_each_entry_safe(b, n, &q->bufs, link)
		outbuf_free(b);
	q->bytes = 0;
}

int rpc__outq_push(struct rpc__outq *q, uint8_t *data, size_t len)
{
	struct outbuf *b = gf_malloc(sizeof(*b));

	if (!b) {
		gf_free(data);
		return -ENOMEM;
	}
	b->data = data;
	b->len = len;
	b->off = 0;
	list_add_tail(&b->link, &q->bufs);
	q->bytes += len;
	return 0;
}

/* Drops the written bytes from the head of the queue. */
static void outq_consume(struct rpc__outq *q, size_t n)
{
	struct outbuf *b, *tmp;

	q->bytes -= n;
	list_for_each_entry_safe(b, tmp, &q->bufs, link) {
		size_t left = b->len - b->off;

		if (n < left) {
			b->off += n;
			return;
		}
		n -= left;
		outbuf_free(b);
	}
}

int rpc__outq_flush(struct rpc__outq *q, int fd)
{
	while (q->bytes > 0) {
		struct iovec iov[OUTQ_IOV_MAX];
		struct msghdr mh = { .msg_iov = iov };
		struct outbuf *b;
		ssize_t w;

		list_for_each_entry(b, &q->bufs, link) {
			if (mh.msg_iovlen == OUTQ_IOV_MAX)
				break;
			iov[mh.msg_iovlen].iov_base = b->data + b->off;
			iov[mh.msg_iovlen].iov_len = b->len - b->off;
			mh.msg_iovlen++;
		}
		w = sendmsg(fd, &mh, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return -EAGAIN;
			return -errno;
		}
		outq_consume(q, (size_t)w);
	}
	return 0;
}
