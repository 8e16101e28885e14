/* brick-op: a single brick-operations call over a connection of its own
 * (see brick-op.h). The life of one call:
 *
 *   CONNECTING --connect--> SENT --reply/error--> done
 *        \--refused/timer-------------------------> done
 *
 * "done" runs the user's callback once, then frees the client and the
 * call. A timer bounds the whole call, connection included.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd1-xdr.h"
#include "glusterd/brick-op.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "rpc/rpc.h"

struct brick_op {
	struct ev_loop *loop;
	struct rpc_clnt *clnt;
	struct ev_timer *timer;
	gd1_mgmt_brick_op_req req;	/* name and input owned */
	unsigned timeout_ms;
	bool done;
	gd_brick_op_cb cb;
	void *arg;
};

static void brick_op_free(struct brick_op *op)
{
	free(op->req.name);
	free(op->req.input.input_val);
	free(op);
}

/* Ends the call: the callback, then the client (whose pending call, if
 * any, comes back as -ECANCELED and is ignored), then the memory. */
static void brick_op_finish(struct brick_op *op, int status, int op_ret,
			    const char *errstr, const struct dict *out)
{
	if (op->done)
		return;
	op->done = true;
	if (op->timer)
		ev_timer_del(op->timer);
	op->timer = NULL;
	op->cb(status, status ? -1 : op_ret, errstr ? errstr : "", out,
	       op->arg);
	op->clnt = rpc_clnt_free(op->clnt);
	brick_op_free(op);
}

static void brick_op_reply(int status, void *res, void *arg)
{
	struct brick_op *op = arg;
	const gd1_mgmt_brick_op_rsp *rsp = res;
	struct dict *out = NULL;

	if (op->done)
		return;	/* -ECANCELED from brick_op_finish's free */
	if (status == 0 && dict_unserialize(rsp->output.output_val,
					    rsp->output.output_len, &out) < 0)
		status = -EBADMSG;
	if (status == 0)
		brick_op_finish(op, 0, rsp->op_ret, rsp->op_errstr, out);
	else
		brick_op_finish(op, status, -1, NULL, NULL);
	dict_unref(out);
}

static void brick_op_notify(struct rpc_clnt *clnt, enum rpc_clnt_event ev,
			    void *arg)
{
	struct brick_op *op = arg;
	int r;

	(void)clnt;
	if (op->done)
		return;
	if (ev == RPC_CLNT_CONNECT_FAILED) {
		brick_op_finish(op, -ECONNREFUSED, -1, NULL, NULL);
		return;
	}
	if (ev != RPC_CLNT_CONNECT)
		return;	/* a lost connection fails the call itself */
	r = rpc_clnt_call(op->clnt, GD_PROG_BRICK, GD_PROG_BRICK_VERS,
			  (uint32_t)op->req.op,
			  (xdrproc_t)xdr_gd1_mgmt_brick_op_req, &op->req,
			  (xdrproc_t)xdr_gd1_mgmt_brick_op_rsp,
			  sizeof(gd1_mgmt_brick_op_rsp), (int)op->timeout_ms,
			  brick_op_reply, op);
	if (r < 0)
		brick_op_finish(op, r, -1, NULL, NULL);
}

static void brick_op_expired(struct ev_loop *loop, void *arg)
{
	struct brick_op *op = arg;

	(void)loop;
	op->timer = NULL;	/* freed by the loop */
	brick_op_finish(op, -ETIMEDOUT, -1, NULL, NULL);
}

static int brick_op_prepare(struct brick_op *op, int procnum,
			    const char *name, const struct dict *input)
{
	size_t len = 0;

	op->req.op = procnum;
	op->req.name = strdup(name ? name : "");
	if (!op->req.name)
		return -ENOMEM;
	if (input && dict_serialize(input, &op->req.input.input_val,
				    &len) < 0)
		return -ENOMEM;
	op->req.input.input_len = (u_int)len;
	return 0;
}

int gd_brick_op_send(struct ev_loop *loop, const char *sock, int procnum,
		     const char *name, const struct dict *input,
		     unsigned timeout_ms, gd_brick_op_cb cb, void *arg)
{
	struct brick_op *op = calloc(1, sizeof(*op));
	int r;

	if (!op)
		return -ENOMEM;
	op->loop = loop;
	op->timeout_ms = timeout_ms;
	op->cb = cb;
	op->arg = arg;
	r = brick_op_prepare(op, procnum, name, input);
	if (r == 0 && timeout_ms &&
	    !(op->timer = ev_timer_add(loop, timeout_ms, brick_op_expired,
				       op)))
		r = -ENOMEM;
	if (r == 0)
		r = rpc_clnt_new_unix(loop, sock, 0, brick_op_notify, op,
				      &op->clnt);
	if (r < 0) {
		if (op->timer)
			ev_timer_del(op->timer);
		brick_op_free(op);
		return r;
	}
	log_debug("brick op %d sent to %s", procnum, sock);
	return 0;
}
