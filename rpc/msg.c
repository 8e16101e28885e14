/* msg: ONC RPC v2 message headers (RFC 5531) as Gluster uses them
 * (reference/wire.md section 2): building CALL and REPLY records, parsing
 * incoming headers and credentials.
 */
#include <errno.h>
#include <string.h>
#include <rpc/auth.h>

#include "libglusterfs/mem.h"
#include "rpc/rpc-int.h"

/* A bounds-checked reader over one record. */
struct rd {
	const uint8_t *p;
	size_t n, off;
	bool bad;
};

static uint32_t rd_u32(struct rd *r)
{
	uint32_t v;

	if (r->bad || r->n - r->off < 4) {
		r->bad = true;
		return 0;
	}
	v = rpc__get32(r->p + r->off);
	r->off += 4;
	return v;
}

/* Skips len bytes plus XDR padding. */
static void rd_skip(struct rd *r, uint32_t len)
{
	size_t padded = ((size_t)len + 3) & ~(size_t)3;

	if (r->bad || r->n - r->off < padded) {
		r->bad = true;
		return;
	}
	r->off += padded;
}

/* ---- credentials ---- */

/* groups<> then lk_owner<>, with the budget 10.x applies: the lk_owner
 * length in bytes may not exceed the units the groups leave over. */
static bool cred_groups_owner(struct rd *r, uint32_t units)
{
	uint32_t ngroups = rd_u32(r), owner_len;

	if (r->bad || ngroups > RPC__MAX_AUTH_BYTES / 4)
		return false;
	rd_skip(r, ngroups * 4);
	owner_len = rd_u32(r);
	if (r->bad || owner_len > RPC__MAX_AUTH_BYTES)
		return false;
	rd_skip(r, owner_len);
	if (r->bad)
		return false;
	return ngroups <= units && owner_len <= units - ngroups;
}

static bool cred_glusterfs_v1(struct rd *r)
{
	/* lk_owner u64, pid, uid, gid, ngrps, groups[16] */
	uint32_t ngrps;

	rd_skip(r, 8 + 3 * 4);
	ngrps = rd_u32(r);
	rd_skip(r, 16 * 4);
	return !r->bad && ngrps <= 16;
}

static bool cred_unix(struct rd *r)
{
	uint32_t namelen, ngids;

	(void)rd_u32(r);		/* stamp */
	namelen = rd_u32(r);
	if (r->bad || namelen > 255)
		return false;
	rd_skip(r, namelen);
	rd_skip(r, 2 * 4);		/* uid, gid */
	ngids = rd_u32(r);
	if (r->bad || ngids > 16)
		return false;
	rd_skip(r, ngids * 4);
	return !r->bad;
}

/* Validates a credential body; unknown flavors are accepted as AUTH_NULL
 * (what 10.x does). */
static bool cred_check(uint32_t *flavor, const uint8_t *body, uint32_t len)
{
	struct rd r = { .p = body, .n = len };

	switch (*flavor) {
	case AUTH_NONE:
		return true;
	case AUTH_UNIX:
		return cred_unix(&r);
	case AUTH_GLUSTERFS_V1:
		return cred_glusterfs_v1(&r);
	case AUTH_GLUSTERFS_V2:
		rd_skip(&r, 3 * 4);	/* pid, uid, gid */
		return cred_groups_owner(&r, RPC__AUTH_V2_UNITS);
	case AUTH_GLUSTERFS_V3:
		rd_skip(&r, 5 * 4 + 8);	/* pid..ctime_nsec, ctime_sec */
		return cred_groups_owner(&r, RPC__AUTH_V3_UNITS);
	default:
		*flavor = AUTH_NONE;
		return true;
	}
}

/* Reads flavor + opaque body<400>; returns the body or NULL (r->bad set
 * when truncated, *too_long when the length is over the limit). */
static const uint8_t *rd_auth(struct rd *r, uint32_t *flavor, uint32_t *len,
			      bool *too_long)
{
	const uint8_t *body;

	*flavor = rd_u32(r);
	*len = rd_u32(r);
	if (r->bad)
		return NULL;
	if (*len > RPC__MAX_AUTH_BYTES) {
		*too_long = true;
		return NULL;
	}
	body = r->p + r->off;
	rd_skip(r, *len);
	return r->bad ? NULL : body;
}

enum rpc__hdr_kind rpc__parse_call(const uint8_t *p, size_t n,
				   struct rpc__callhdr *h)
{
	struct rd r = { .p = p, .n = n };
	uint32_t mtype, vflavor, clen, vlen;
	const uint8_t *cred;
	bool too_long = false;

	memset(h, 0, sizeof(*h));
	h->xid = rd_u32(&r);
	mtype = rd_u32(&r);
	if (r.bad)
		return RPC__HDR_GARBAGE;
	if (mtype == RPC__MSG_REPLY)
		return RPC__HDR_REPLY;
	if (mtype != RPC__MSG_CALL)
		return RPC__HDR_GARBAGE;
	if (rd_u32(&r) != RPC__RPCVERS)
		return r.bad ? RPC__HDR_GARBAGE : RPC__HDR_RPCVERS;
	h->prog = rd_u32(&r);
	h->vers = rd_u32(&r);
	h->proc = rd_u32(&r);
	cred = rd_auth(&r, &h->cred_flavor, &clen, &too_long);
	if (too_long) {
		h->auth_stat = AUTH_BADCRED;
		return RPC__HDR_AUTH;
	}
	(void)rd_auth(&r, &vflavor, &vlen, &too_long);
	if (too_long) {
		h->auth_stat = AUTH_BADVERF;
		return RPC__HDR_AUTH;
	}
	if (r.bad)
		return RPC__HDR_GARBAGE;
	if (!cred_check(&h->cred_flavor, cred, clen)) {
		h->auth_stat = AUTH_BADCRED;
		return RPC__HDR_AUTH;
	}
	h->args_off = r.off;
	return RPC__HDR_CALL;
}

int rpc__parse_reply(const uint8_t *p, size_t n, struct rpc__reply *rep)
{
	struct rd r = { .p = p, .n = n };
	uint32_t mtype, stat, flavor, len;
	bool too_long = false;

	memset(rep, 0, sizeof(*rep));
	rep->xid = rd_u32(&r);
	mtype = rd_u32(&r);
	if (r.bad)
		return -EBADMSG;
	if (mtype == RPC__MSG_CALL)
		return 1;
	if (mtype != RPC__MSG_REPLY)
		return -EBADMSG;
	stat = rd_u32(&r);
	if (stat == 1) {	/* MSG_DENIED: reject_stat and its body */
		(void)rd_u32(&r);
		rep->accept = RPC__DENIED;
		return r.bad ? -EBADMSG : 0;
	}
	if (stat != 0)
		return -EBADMSG;
	(void)rd_auth(&r, &flavor, &len, &too_long);
	stat = rd_u32(&r);
	if (r.bad || too_long || stat > RPC_ACC_SYSTEM_ERR)
		return -EBADMSG;
	rep->accept = (int)stat;
	rep->res_off = r.off;
	return 0;
}

/* ---- building ---- */

int rpc__record(const uint8_t *hdr, size_t hlen, xdrproc_t proc,
		const void *obj, uint8_t **out, size_t *outlen)
{
	void *o = (void *)(uintptr_t)obj;
	size_t blen = proc ? xdr_sizeof(proc, o) : 0, total;
	uint8_t *buf;
	XDR x;

	*out = NULL;
	*outlen = 0;
	if (blen > RPC__MARK_LEN_MASK - hlen)
		return -EMSGSIZE;
	total = 4 + hlen + blen;
	buf = gf_malloc(total);
	if (!buf)
		return -ENOMEM;
	rpc__put32(buf, RPC__MARK_LAST | (uint32_t)(hlen + blen));
	memcpy(buf + 4, hdr, hlen);
	if (proc) {
		xdrmem_create(&x, (char *)buf + 4 + hlen, (u_int)blen,
			      XDR_ENCODE);
		if (!proc(&x, o) || xdr_getpos(&x) != blen) {
			xdr_destroy(&x);
			gf_free(buf);
			return -EINVAL;
		}
		xdr_destroy(&x);
	}
	*out = buf;
	*outlen = total;
	return 0;
}

int rpc__build_call(uint32_t xid, uint32_t prog, uint32_t vers,
		    uint32_t proc, uint32_t cred_flavor, const uint8_t *cred,
		    size_t cred_len, xdrproc_t xproc, const void *args,
		    uint8_t **out, size_t *outlen)
{
	uint8_t hdr[10 * 4 + RPC__MAX_AUTH_BYTES];
	size_t padded = (cred_len + 3) & ~(size_t)3, off;

	if (cred_len > RPC__MAX_AUTH_BYTES)
		return -EINVAL;
	rpc__put32(hdr, xid);
	rpc__put32(hdr + 4, RPC__MSG_CALL);
	rpc__put32(hdr + 8, RPC__RPCVERS);
	rpc__put32(hdr + 12, prog);
	rpc__put32(hdr + 16, vers);
	rpc__put32(hdr + 20, proc);
	rpc__put32(hdr + 24, cred_flavor);
	rpc__put32(hdr + 28, (uint32_t)cred_len);
	memset(hdr + 32, 0, padded);
	if (cred_len)
		memcpy(hdr + 32, cred, cred_len);
	off = 32 + padded;
	rpc__put32(hdr + off, AUTH_NONE);	/* verifier */
	rpc__put32(hdr + off + 4, 0);
	return rpc__record(hdr, off + 8, xproc, args, out, outlen);
}

int rpc__build_call_v2(uint32_t xid, uint32_t prog, uint32_t vers,
		       uint32_t proc, xdrproc_t xproc, const void *args,
		       uint8_t **out, size_t *outlen)
{
	/* pid, uid, gid, ngroups, lk_owner len 4, lk_owner 0 */
	uint8_t cred[24] = { 0 };

	rpc__put32(cred + 16, 4);
	return rpc__build_call(xid, prog, vers, proc, AUTH_GLUSTERFS_V2, cred,
			       sizeof(cred), xproc, args, out, outlen);
}

int rpc__build_accepted(uint32_t xid, enum rpc_accept stat, xdrproc_t proc,
			const void *res, uint8_t **out, size_t *outlen)
{
	uint8_t hdr[8 * 4] = { 0 };
	size_t hlen = 6 * 4;

	rpc__put32(hdr, xid);
	rpc__put32(hdr + 4, RPC__MSG_REPLY);
	/* reply_stat 0 (MSG_ACCEPTED), verifier AUTH_NULL 0/0 */
	rpc__put32(hdr + 20, (uint32_t)stat);
	if (stat == RPC_ACC_PROG_MISMATCH)
		hlen += 8;	/* low = high = 0, as glusterd sends */
	if (stat != RPC_ACC_SUCCESS)
		proc = NULL;
	return rpc__record(hdr, hlen, proc, res, out, outlen);
}

int rpc__build_rpc_mismatch(uint32_t xid, uint8_t **out, size_t *outlen)
{
	uint8_t hdr[6 * 4];

	rpc__put32(hdr, xid);
	rpc__put32(hdr + 4, RPC__MSG_REPLY);
	rpc__put32(hdr + 8, 1);		/* MSG_DENIED */
	rpc__put32(hdr + 12, 0);	/* RPC_MISMATCH */
	rpc__put32(hdr + 16, RPC__RPCVERS);
	rpc__put32(hdr + 20, RPC__RPCVERS);
	return rpc__record(hdr, sizeof(hdr), NULL, NULL, out, outlen);
}

int rpc__build_auth_error(uint32_t xid, uint32_t auth_stat, uint8_t **out,
			  size_t *outlen)
{
	uint8_t hdr[5 * 4];

	rpc__put32(hdr, xid);
	rpc__put32(hdr + 4, RPC__MSG_REPLY);
	rpc__put32(hdr + 8, 1);		/* MSG_DENIED */
	rpc__put32(hdr + 12, 1);	/* AUTH_ERROR */
	rpc__put32(hdr + 16, auth_stat);
	return rpc__record(hdr, sizeof(hdr), NULL, NULL, out, outlen);
}

int rpc__xdr_decode(const uint8_t *p, size_t n, xdrproc_t proc, void *obj)
{
	XDR x;
	bool_t ok;

	if (n > UINT32_MAX)
		return -EBADMSG;
	xdrmem_create(&x, (char *)(uintptr_t)p, (u_int)n, XDR_DECODE);
	ok = proc(&x, obj);
	xdr_destroy(&x);
	if (ok)
		return 0;
	xdr_free(proc, obj);
	return -EBADMSG;
}
