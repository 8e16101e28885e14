/* rec: reassembles RFC 5531 records from a byte stream.
 *
 * A record is one or more fragments, each preceded by a 4-byte mark (bit
 * 31: last fragment, bits 0-30: fragment length). The limit applies to
 * the sum of the fragments and is checked as soon as a mark announces
 * more than it allows, before any of those bytes arrive. Memory grows
 * with the bytes actually received, never with what a mark announces.
 */
#include <errno.h>
#include <string.h>

#include "libglusterfs/mem.h"
#include "rpc/rpc-int.h"

#define REC_MIN_ALLOC 512

void rpc__rec_init(struct rpc__rec *r, size_t max)
{
	memset(r, 0, sizeof(*r));
	r->max = max;
}

void rpc__rec_release(struct rpc__rec *r)
{
	r->buf = gf_free(r->buf);
	rpc__rec_init(r, r->max);
}

bool rpc__rec_idle(const struct rpc__rec *r)
{
	return !r->in_frag && r->mark_have == 0 && r->len == 0 && !r->ready;
}

static int rec_reserve(struct rpc__rec *r, size_t extra)
{
	size_t want = r->len + extra, cap = r->cap ? r->cap : REC_MIN_ALLOC;
	uint8_t *nb;

	if (want <= r->cap)
		return 0;
	while (cap < want)
		cap *= 2;
	if (cap > r->max && want <= r->max)
		cap = r->max;
	nb = gf_realloc(r->buf, cap);
	if (!nb)
		return -ENOMEM;
	r->buf = nb;
	r->cap = cap;
	return 0;
}

/* Reads (part of) a mark; returns the bytes taken or -EMSGSIZE. */
static int rec_mark(struct rpc__rec *r, const uint8_t *p, size_t n,
		    size_t *used)
{
	size_t take = 4 - r->mark_have;
	uint32_t m, flen;

	if (take > n)
		take = n;
	memcpy(r->mark + r->mark_have, p, take);
	r->mark_have += take;
	*used = take;
	if (r->mark_have < 4)
		return 0;
	r->mark_have = 0;
	m = rpc__get32(r->mark);
	flen = m & RPC__MARK_LEN_MASK;
	if (flen > r->max || r->len > r->max - flen)
		return -EMSGSIZE;
	r->frag_left = flen;
	r->last = (m & RPC__MARK_LAST) != 0;
	r->in_frag = true;
	return 0;
}

/* Copies fragment bytes; returns 1 if the record just completed. */
static int rec_body(struct rpc__rec *r, const uint8_t *p, size_t n,
		    size_t *used)
{
	size_t take = r->frag_left < n ? r->frag_left : n;

	if (take > 0) {
		if (rec_reserve(r, take) < 0)
			return -ENOMEM;
		memcpy(r->buf + r->len, p, take);
		r->len += take;
		r->frag_left -= take;
	}
	*used = take;
	if (r->frag_left > 0)
		return 0;
	r->in_frag = false;
	if (!r->last)
		return 0;
	r->ready = true;
	return 1;
}

int rpc__rec_feed(struct rpc__rec *r, const uint8_t *p, size_t n,
		  size_t *used)
{
	size_t off = 0;

	*used = 0;
	if (r->ready)
		return 1;
	for (;;) {
		size_t step = 0;
		int ret;

		/* a fragment may be empty: finish it even without input */
		if (r->in_frag)
			ret = rec_body(r, p + off, n - off, &step);
		else if (off < n)
			ret = rec_mark(r, p + off, n - off, &step);
		else
			break;
		off += step;
		if (ret != 0) {
			*used = off;
			return ret;
		}
		if (off == n && !r->in_frag)
			break;
		if (off == n && r->frag_left > 0)
			break;
	}
	*used = off;
	return 0;
}

uint8_t *rpc__rec_take(struct rpc__rec *r, size_t *len)
{
	uint8_t *buf = r->buf;

	*len = r->len;
	r->buf = NULL;
	r->len = r->cap = 0;
	r->ready = false;
	r->in_frag = false;
	r->mark_have = 0;
	return buf;
}
