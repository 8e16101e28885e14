/* rpc-int: pieces shared by the files of rpc/ (not part of the API).
 *
 *   rec.c   record-marking reassembly (RFC 5531 section 11)
 *   msg.c   CALL / REPLY headers: building records, parsing headers,
 *           credentials, XDR helpers
 *   outq.c  per-connection output queue with non-blocking writes
 */
#ifndef GF_RPC_INT_H
#define GF_RPC_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <rpc/auth.h>

#include "libglusterfs/list.h"
#include "rpc/rpc.h"

#define RPC__MARK_LAST      0x80000000u
#define RPC__MARK_LEN_MASK  0x7fffffffu
/* Largest body of a credential or verifier (RFC 5531 MAX_AUTH_BYTES). */
#define RPC__MAX_AUTH_BYTES 400
/* XDR units that groups + lk_owner may use in a v2 / v3 credential. */
#define RPC__AUTH_V2_UNITS  95
#define RPC__AUTH_V3_UNITS  91

#define RPC__MSG_CALL  0
#define RPC__MSG_REPLY 1
#define RPC__RPCVERS   2

/* ---- record reassembly ---- */

struct rpc__rec {
	uint8_t mark[4];	/* bytes of the record mark being read */
	size_t mark_have;
	size_t frag_left;	/* bytes still expected in this fragment */
	bool in_frag;
	bool last;		/* the current fragment ends the record */
	bool ready;		/* a whole record waits in buf */
	uint8_t *buf;
	size_t len, cap;
	size_t max;		/* limit of one record (all fragments) */
};

void rpc__rec_init(struct rpc__rec *r, size_t max);
void rpc__rec_release(struct rpc__rec *r);
/* Consumes bytes up to the end of the next complete record. Returns 1 when
 * a record is complete (*used tells how much of p was taken; collect it
 * with rpc__rec_take before feeding more), 0 when all of p was consumed
 * without completing one, -EMSGSIZE when the record would exceed the
 * limit, -ENOMEM. After an error the stream is unusable. */
int rpc__rec_feed(struct rpc__rec *r, const uint8_t *p, size_t n,
		  size_t *used);
/* Hands over the completed record (malloc'd, may be NULL when empty). */
uint8_t *rpc__rec_take(struct rpc__rec *r, size_t *len);
/* True between records (no partial record buffered). */
bool rpc__rec_idle(const struct rpc__rec *r);

/* ---- byte helpers ---- */

static inline uint32_t rpc__get32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static inline void rpc__put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

/* ---- messages ---- */

/* What the server makes of an incoming record. */
enum rpc__hdr_kind {
	RPC__HDR_CALL,		/* a well-formed CALL */
	RPC__HDR_REPLY,		/* a REPLY: ignored by servers */
	RPC__HDR_GARBAGE,	/* undecodable: GARBAGE_ARGS */
	RPC__HDR_RPCVERS,	/* rpcvers != 2: MSG_DENIED RPC_MISMATCH */
	RPC__HDR_AUTH,		/* bad credential: MSG_DENIED AUTH_ERROR */
};

struct rpc__callhdr {
	uint32_t xid;		/* 0 when the record was too short for it */
	uint32_t prog, vers, proc;
	uint32_t cred_flavor;	/* unknown flavors read as AUTH_NULL */
	uint32_t auth_stat;	/* for RPC__HDR_AUTH */
	size_t args_off;	/* procedure arguments start here */
};

enum rpc__hdr_kind rpc__parse_call(const uint8_t *p, size_t n,
				   struct rpc__callhdr *h);

#define RPC__DENIED (-1)	/* rpc__reply.accept of a MSG_DENIED reply */

struct rpc__reply {
	uint32_t xid;
	int accept;		/* enum rpc_accept, or RPC__DENIED */
	size_t res_off;		/* results start here (SUCCESS only) */
};

/* Returns 0 for a REPLY, 1 for a CALL (callbacks: to be skipped),
 * -EBADMSG when the header does not decode. */
int rpc__parse_reply(const uint8_t *p, size_t n, struct rpc__reply *r);

/* Builds a complete record (mark + hdr + XDR of obj) as one fragment.
 * proc NULL means an empty body. */
int rpc__record(const uint8_t *hdr, size_t hlen, xdrproc_t proc,
		const void *obj, uint8_t **out, size_t *outlen);

/* CALL with the given credential body (flavor AUTH_NULL: cred NULL/0). */
int rpc__build_call(uint32_t xid, uint32_t prog, uint32_t vers,
		    uint32_t proc, uint32_t cred_flavor, const uint8_t *cred,
		    size_t cred_len, xdrproc_t xproc, const void *args,
		    uint8_t **out, size_t *outlen);
/* CALL with the AUTH_GLUSTERFS_v2 credential every Gluster client sends
 * (pid 0, uid 0, gid 0, no groups, 4-byte zero lk_owner). */
int rpc__build_call_v2(uint32_t xid, uint32_t prog, uint32_t vers,
		       uint32_t proc, xdrproc_t xproc, const void *args,
		       uint8_t **out, size_t *outlen);
/* MSG_ACCEPTED reply with an AUTH_NULL verifier. Results (proc/res) only
 * for SUCCESS; PROG_MISMATCH carries low = high = 0. */
int rpc__build_accepted(uint32_t xid, enum rpc_accept stat, xdrproc_t proc,
			const void *res, uint8_t **out, size_t *outlen);
/* MSG_DENIED: RPC_MISMATCH (2, 2), or AUTH_ERROR with auth_stat. */
int rpc__build_rpc_mismatch(uint32_t xid, uint8_t **out, size_t *outlen);
int rpc__build_auth_error(uint32_t xid, uint32_t auth_stat, uint8_t **out,
			  size_t *outlen);

/* Decodes p/n with proc into obj (zeroed by the caller). On failure the
 * partial object is freed and -EBADMSG returned. */
int rpc__xdr_decode(const uint8_t *p, size_t n, xdrproc_t proc, void *obj);

/* ---- output queue ---- */

struct rpc__outq {
	struct list_head bufs;
	size_t bytes;		/* not yet written */
};

void rpc__outq_init(struct rpc__outq *q);
void rpc__outq_release(struct rpc__outq *q);
/* Takes ownership of data (freed on failure too). */
int rpc__outq_push(struct rpc__outq *q, uint8_t *data, size_t len);
/* Writes what the socket takes. 0 when the queue is empty, -EAGAIN when
 * bytes remain, other -errno on a write error. */
int rpc__outq_flush(struct rpc__outq *q, int fd);
static inline bool rpc__outq_empty(const struct rpc__outq *q)
{
	return q->bytes == 0;
}

/* ---- sockets (sock.c) ---- */

/* Starts a non-blocking connect of a new close-on-exec stream socket.
 * Returns 0 when connected, -EINPROGRESS while connecting (wait for
 * writability, then rpc__connect_result), or -errno (no socket left).
 * -EAGAIN from a unix socket means its backlog is full: try again later. */
int rpc__connect_unix(const char *path, int *fd);
/* src: numeric source address to bind first, or NULL. */
int rpc__connect_addr(const struct sockaddr *sa, socklen_t sl,
		      const char *src, int *fd);
/* SO_ERROR of a finished non-blocking connect, as 0 or -errno. */
int rpc__connect_result(int fd);

#endif
