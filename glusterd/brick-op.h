/* brick-op: one call of the brick-operations program (4867634 v2, wire.md
 * 3.6) to a brick or daemon process, on its -S unix socket.
 *
 * Each call opens its own connection, sends one gd1_mgmt_brick_op_req
 * once connected and closes when the answer (or the end) comes: a
 * process that is gone, refuses the connection or never answers ends the
 * call with an error after at most timeout_ms. Runs on the loop; the
 * callback runs from the loop, exactly once, never from inside
 * gd_brick_op_send.
 */
#ifndef GD_BRICK_OP_H
#define GD_BRICK_OP_H

#include "libglusterfs/event.h"

struct dict;

/* status: 0 when the process answered (then op_ret, errstr and out are
 * its reply; out may be empty, never NULL, and is borrowed for the
 * callback), or -errno (-ECONNREFUSED, -ENOENT, -ETIMEDOUT, -ENOTCONN,
 * -EPROTO, -EBADMSG) with op_ret -1, errstr "" and out NULL. */
typedef void (*gd_brick_op_cb)(int status, int op_ret, const char *errstr,
			       const struct dict *out, void *arg);

/* Sends procedure op (GLUSTERD_BRICK_STATUS, ...) with name and the
 * serialized input dict to the process listening on sock. 0 when under
 * way (cb will run), -errno otherwise (cb never runs). */
int gd_brick_op_send(struct ev_loop *loop, const char *sock, int op,
		     const char *name, const struct dict *input,
		     unsigned timeout_ms, gd_brick_op_cb cb, void *arg);

#endif
