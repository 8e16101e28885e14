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
 * Client side: a blocking client for the CLI (rpc_sync_*).
 */
#ifndef GF_RPC_H
#define GF_RPC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <rpc/rpc.h>

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

#endif
