/* rpc: ONC RPC v2 with record marking over unix and TCP stream sockets,
 * as GlusterFS speaks it (reference/wire.md sections 1-2).
 *
 * Server side runs on an ev_loop: listeners carry a table of programs, each
 * program a table of actors indexed by procedure number. Dispatch rejects
 * bad records before any actor runs: oversized records close the
 * connection, undecodable headers get GARBAGE_ARGS, unknown programs
 * PROG_UNAVAIL, wrong versions PROG_MISMATCH (low = high = 0), missing
 * procedures PROC_UNAVAIL.
 *
 * Client side: a blocking client for the CLI (rpc_sync_*) and an async
 * client on the ev_loop for glusterd (rpc_clnt_*, at the end).
 */
#ifndef GF_RPC_H
#define GF_RPC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <rpc/xdr.h>	/* tirpc; <rpc/rpc.h> would name this file */

#include "libglusterfs/event.h"

/* Program numbers and versions. */
#define GD_PROG_DUMP          123451501u
#define GD_PROG_DUMP_VERS     1
#define GD_PROG_CLI           1238463u
#define GD_PROG_CLI_VERS      2
#define GD_PROG_HNDSK         14398633u
#define GD_PROG_HNDSK_VERS    2
#define GD_PROG_PMAP          34123456u
#define GD_PROG_PMAP_VERS     1
#define GD_PROG_MGMT_HNDSK    1239873u
#define GD_PROG_MGMT_HNDSK_VERS 1
#define GD_PROG_FRIEND        1238437u
#define GD_PROG_FRIEND_VERS   2
#define GD_PROG_MGMT          1238433u
#define GD_PROG_MGMT_VERS     2
#define GD_PROG_MGMT_V3_VERS  3
#define GD_PROG_BRICK         4867634u
#define GD_PROG_BRICK_VERS    2
#define GD_PROG_CBK           52743234u
#define GD_PROG_CBK_VERS      1

#define AUTH_GLUSTERFS_V1     5
#define AUTH_GLUSTERFS_V2     390039
#define AUTH_GLUSTERFS_V3     390040

/* Receive-side limit of one record (all fragments). */
#define RPC_MAX_RECORD        (32u << 20)

enum rpc_accept {
	RPC_ACC_SUCCESS = 0,
	RPC_ACC_PROG_UNAVAIL = 1,
	RPC_ACC_PROG_MISMATCH = 2,
	RPC_ACC_PROC_UNAVAIL = 3,
	RPC_ACC_GARBAGE_ARGS = 4,
	RPC_ACC_SYSTEM_ERR = 5,
};

struct rpc_conn;
struct rpc_listener;

/* An incoming CALL. The actor owns it until it calls rpc_call_reply*,
 * or rpc_call_drop; it may do so later (asynchronously). If the connection
 * goes away first, the reply is discarded silently. */
struct rpc_call {
	struct rpc_conn *conn;
	uint32_t xid, prog, vers, proc;
	uint32_t cred_flavor;
	const uint8_t *args;	/* raw XDR arguments */
	size_t args_len;
	void *priv;		/* for the actor */
};

/* Return 0 once the call was replied to or kept for later; return
 * -EBADMSG to make the framework reply GARBAGE_ARGS. */
typedef int (*rpc_actor_fn)(struct rpc_call *call);

struct rpc_actor {
	const char *name;
	rpc_actor_fn fn;	/* NULL: PROC_UNAVAIL */
};

struct rpc_program {
	const char *name;	/* as listed by GF_DUMP */
	uint32_t prognum, progver;
	const struct rpc_actor *actors;
	size_t nactors;
	void *ctx;		/* handed to actors via rpc_call_program_ctx */
};

struct rpc_listener_ops {
	void (*on_connect)(struct rpc_conn *conn, void *ctx);
	void (*on_disconnect)(struct rpc_conn *conn, void *ctx);
	void *ctx;
};

/* Listens on a unix socket path (an existing socket file is replaced). */
int rpc_listen_unix(struct ev_loop *loop, const char *path,
		    const struct rpc_program *const *progs, size_t nprogs,
		    const struct rpc_listener_ops *ops,
		    struct rpc_listener **out);
/* Listens on TCP; addr NULL or "" binds the wildcard. */
int rpc_listen_tcp(struct ev_loop *loop, const char *addr, uint16_t port,
		   const struct rpc_program *const *progs, size_t nprogs,
		   const struct rpc_listener_ops *ops,
		   struct rpc_listener **out);
/* Closes the listener and every connection it accepted. Accepts NULL. */
struct rpc_listener *rpc_listener_free(struct rpc_listener *l);

/* Decodes the call's arguments; -EBADMSG when they don't decode. The
 * decoded object is freed with xdr_free(proc, args) by the caller. */
int rpc_call_decode(struct rpc_call *call, xdrproc_t proc, void *args);
void *rpc_call_program_ctx(const struct rpc_call *call);
int rpc_call_reply(struct rpc_call *call, xdrproc_t proc, const void *res);
int rpc_call_reply_error(struct rpc_call *call, enum rpc_accept stat);
/* Ends the call without any reply. */
void rpc_call_drop(struct rpc_call *call);

/* Per-connection facts and user data. */
int rpc_conn_family(const struct rpc_conn *conn);	/* AF_UNIX, AF_INET, AF_INET6 */
/* Peer address text ("" for unix) and port (0 for unix). */
const char *rpc_conn_peer_addr(const struct rpc_conn *conn);
uint16_t rpc_conn_peer_port(const struct rpc_conn *conn);
/* True for unix sockets, 127/8, ::1 and addresses of local interfaces. */
bool rpc_conn_is_local(const struct rpc_conn *conn);
/* The same test for any address: unix, loopback, or a local interface's. */
bool rpc_addr_is_local(const struct sockaddr *sa);
bool rpc_addr_equal(const struct sockaddr *a, const struct sockaddr *b);
void rpc_conn_set_data(struct rpc_conn *conn, void *data);
void *rpc_conn_get_data(const struct rpc_conn *conn);
/* Sends a CALL with AUTH_NULL credentials and expects no reply
 * (glusterd's callbacks, e.g. FETCHSPEC with an empty body: proc NULL). */
int rpc_conn_send_call(struct rpc_conn *conn, uint32_t prog, uint32_t vers,
		       uint32_t proc, xdrproc_t xproc, const void *args);
/* Iterates every live connection of a listener. */
void rpc_listener_foreach(struct rpc_listener *l,
			  void (*fn)(struct rpc_conn *conn, void *arg),
			  void *arg);

/* ---- blocking client ---- */
struct rpc_sync;

int rpc_sync_connect_unix(const char *path, int timeout_ms,
			  struct rpc_sync **out);
int rpc_sync_connect_tcp(const char *host, uint16_t port, int timeout_ms,
			 struct rpc_sync **out);
/* Sends a CALL with AUTH_GLUSTERFS_v2 (pid 0, uid 0, gid 0, no groups,
 * 4-byte zero lk_owner) and waits for the matching REPLY, skipping any
 * CALL the server sends meanwhile. Returns 0 and the decoded result, or
 * -ETIMEDOUT, -ECONNRESET, -EPROTO (rejected / not SUCCESS: see
 * rpc_sync_last_accept), -EBADMSG (result did not decode). */
int rpc_sync_call(struct rpc_sync *c, uint32_t prog, uint32_t vers,
		  uint32_t proc, xdrproc_t argproc, const void *args,
		  xdrproc_t resproc, void *res, int timeout_ms);
int rpc_sync_last_accept(const struct rpc_sync *c);
struct rpc_sync *rpc_sync_close(struct rpc_sync *c);

/* ---- additions (server and sync client) ---- */

/* rpc_sync_last_accept after a MSG_DENIED reply (RPC or auth mismatch).
 * rpc_sync_* timeouts: a negative timeout_ms waits without limit.
 * rpc_sync_call also returns -EMSGSIZE for a reply record over
 * RPC_MAX_RECORD, after which (as after a failed write) the connection
 * only returns -ECONNRESET. A timeout leaves it usable: a late reply is
 * recognised by its xid and skipped. */
#define RPC_SYNC_DENIED (-1)

/* Port a TCP listener is bound to (useful after binding port 0). */
uint16_t rpc_listener_port(const struct rpc_listener *l);
/* Closes a connection from any context: the close (and on_disconnect)
 * happens from the loop shortly after. Replies to its calls that are
 * still pending are discarded. rpc_listener_free closes connections
 * without calling on_disconnect. */
void rpc_conn_close(struct rpc_conn *conn);
/* True once the connection is closed or closing. */
bool rpc_conn_is_closed(const struct rpc_conn *conn);
/* Keeps the connection object (not the socket) alive beyond its close,
 * e.g. when a registry remembers it. unref accepts NULL, returns NULL. */
struct rpc_conn *rpc_conn_ref(struct rpc_conn *conn);
struct rpc_conn *rpc_conn_unref(struct rpc_conn *conn);

/* ---- async client (glusterd's outgoing connections) ----
 *
 * A client on the ev_loop towards one unix path or TCP host:port: brick
 * and daemon sockets, peer glusterds. It connects without blocking, in a
 * loop callback shortly after creation, and while enabled reconnects
 * every reconnect_ms after a failed attempt or a disconnect (0: connect
 * once). notify reports CONNECT and DISCONNECT (DISCONNECT only after a
 * CONNECT), and CONNECT_FAILED for each attempt that did not connect.
 * Calls carry the AUTH_GLUSTERFS_v2 credential of rpc_sync; xids count
 * from 2 per client. CALLs the server sends are ignored.
 *
 * Callbacks (notify and call completions) run from the loop, never from
 * inside rpc_clnt_call. They may call any rpc_clnt_* function, including
 * rpc_clnt_free on their own client (the memory goes once they return).
 */
struct rpc_clnt;

enum rpc_clnt_event {
	RPC_CLNT_CONNECT,
	RPC_CLNT_DISCONNECT,
	RPC_CLNT_CONNECT_FAILED,	/* an attempt failed (never connected) */
};

typedef void (*rpc_clnt_notify_fn)(struct rpc_clnt *clnt,
				   enum rpc_clnt_event ev, void *arg);
/* status: 0 with res the decoded result (NULL without resproc; freed
 * after cb returns), -ETIMEDOUT, -ENOTCONN (connection lost before the
 * reply), -ECANCELED (client disabled or freed), -EPROTO (reply not
 * SUCCESS, or MSG_DENIED), -EBADMSG (result did not decode). */
typedef void (*rpc_clnt_cb)(int status, void *res, void *cbarg);

int rpc_clnt_new_unix(struct ev_loop *loop, const char *path,
		      unsigned reconnect_ms, rpc_clnt_notify_fn notify,
		      void *arg, struct rpc_clnt **out);
int rpc_clnt_new_tcp(struct ev_loop *loop, const char *host, uint16_t port,
		     unsigned reconnect_ms, rpc_clnt_notify_fn notify,
		     void *arg, struct rpc_clnt **out);
/* TCP clients: the numeric address to bind the socket to before each
 * connect (glusterd's bind address), or NULL for the kernel's choice.
 * Takes effect from the next connect attempt. */
int rpc_clnt_set_source(struct rpc_clnt *clnt, const char *addr);
/* Sends a CALL. Returns 0 when sent or queued, and cb runs exactly once
 * later; or -ENOTCONN (not connected), -ENOMEM, -EINVAL (arguments did
 * not encode), and cb never runs. timeout_ms 0: no timeout. The result
 * is decoded by resproc into a zeroed buffer of ressize bytes. cb NULL:
 * no reply is awaited (one that comes anyway is ignored). */
int rpc_clnt_call(struct rpc_clnt *clnt, uint32_t prog, uint32_t vers,
		  uint32_t proc, xdrproc_t argproc, const void *args,
		  xdrproc_t resproc, size_t ressize, int timeout_ms,
		  rpc_clnt_cb cb, void *cbarg);
bool rpc_clnt_is_connected(const struct rpc_clnt *clnt);
/* Stops reconnecting and closes the connection: pending calls complete
 * with -ECANCELED and a connected client gets DISCONNECT, all before
 * this returns. */
void rpc_clnt_disable(struct rpc_clnt *clnt);
/* Starts connecting again (from the loop) after rpc_clnt_disable. */
int rpc_clnt_enable(struct rpc_clnt *clnt);
/* Disables without notify (pending calls still complete with
 * -ECANCELED) and frees. Accepts NULL, returns NULL. */
struct rpc_clnt *rpc_clnt_free(struct rpc_clnt *clnt);

#endif
