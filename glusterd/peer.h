/* peer: the trusted storage pool as this node sees it (cluster.md 3).
 *
 * Each other node is a gd_peer: its uuid (unknown until its first probe
 * answer), the names it is known by, its friend state (the numbers 10.3
 * stores and prints) and our outgoing connection to it. The friend state
 * machine (peer-sm.c) moves peers between states; peer-conn.c holds the
 * outgoing calls, handler-peer.c the incoming ones, peer-cli.c the CLI's
 * probe and detach.
 */
#ifndef GD_PEER_H
#define GD_PEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <rpc/xdr.h>

#include "libglusterfs/gfuuid.h"
#include "libglusterfs/list.h"

struct gd_conf;
struct rpc_call;
struct rpc_clnt;
struct dict;

enum gd_fstate {
	GD_FS_DEFAULT = 0,		/* Establishing Connection */
	GD_FS_REQ_SENT = 1,
	GD_FS_REQ_RCVD = 2,
	GD_FS_BEFRIENDED = 3,		/* Peer in Cluster */
	GD_FS_REQ_ACCEPTED = 4,
	GD_FS_REQ_SENT_RCVD = 5,
	GD_FS_REJECTED = 6,
	GD_FS_UNFRIEND_SENT = 7,
	GD_FS_PROBE_RCVD = 8,
	GD_FS_CONNECTED_RCVD = 9,
	GD_FS_CONNECTED_ACCEPTED = 10,
	GD_FS_MAX,
};

enum gd_fevent {
	GD_FE_NONE = 0,
	GD_FE_PROBE,
	GD_FE_INIT_FRIEND_REQ,
	GD_FE_RCVD_ACC,
	GD_FE_LOCAL_ACC,
	GD_FE_RCVD_RJT,
	GD_FE_LOCAL_RJT,
	GD_FE_RCVD_FRIEND_REQ,
	GD_FE_INIT_REMOVE_FRIEND,
	GD_FE_RCVD_REMOVE_FRIEND,
	GD_FE_REMOVE_FRIEND,
	GD_FE_CONNECTED,
	GD_FE_NEW_NAME,
	GD_FE_MAX,
};

/* gf_probe_resp and gf_deprobe_resp (wire.md 6.1) */
enum gd_probe_errno {
	GD_PROBE_SUCCESS = 0,
	GD_PROBE_LOCALHOST = 1,
	GD_PROBE_FRIEND = 2,
	GD_PROBE_ANOTHER_CLUSTER = 3,
	GD_PROBE_VOLUME_CONFLICT = 4,
	GD_PROBE_SAME_UUID = 5,
	GD_PROBE_UNKNOWN_PEER = 6,
	GD_PROBE_ADD_FAILED = 7,
	GD_PROBE_QUORUM_NOT_MET = 8,
	GD_PROBE_FRIEND_DETACHING = 11,
};

enum gd_deprobe_errno {
	GD_DEPROBE_LOCALHOST = 1,
	GD_DEPROBE_NOT_FRIEND = 2,
	GD_DEPROBE_BRICK_EXIST = 3,
	GD_DEPROBE_FRIEND_DOWN = 4,
	GD_DEPROBE_QUORUM_NOT_MET = 5,
	GD_DEPROBE_FRIEND_DETACHING = 6,
};

/* The CLI request a peer's progress answers (probe or detach). */
enum gd_peer_cli { GD_PEER_CLI_NONE, GD_PEER_CLI_PROBE, GD_PEER_CLI_DETACH };

struct gd_peer {
	struct list_head list;		/* gd_conf.peers */
	struct gd_conf *conf;
	char uuid[GF_UUID_BUFLEN];	/* "" until learnt */
	char **names;			/* names[0] is the primary */
	size_t nnames;
	int port;
	enum gd_fstate state;
	bool connected;			/* our connection did its handshake */
	bool ever_connected;		/* for server quorum: known UP/DOWN */
	struct rpc_clnt *clnt;
	unsigned conn_gen;		/* guards callbacks of old connections */
	struct rpc_call *cli_call;	/* waiting probe/detach, or NULL */
	enum gd_peer_cli cli_kind;
	char *cli_host;			/* the name the CLI used */
	char *store_name;		/* file under peers/ it was saved as */
	int refs;			/* callbacks in flight keep it alive */
	bool dead;			/* removed from the pool */
};

/* ---- peer.c: the pool ---- */
const char *gd_fstate_text(int state);

/* Creates a peer in state st, appended to the pool; NULL on ENOMEM. */
struct gd_peer *gd_peer_new(struct gd_conf *c, const char *host, int port,
			    enum gd_fstate st);
/* Removes p from the pool: its store file, its connection, any queued
 * events; a waiting CLI call must have been answered. The memory goes
 * when the last reference does. */
void gd_peer_remove(struct gd_peer *p);
/* Shutdown: forgets every peer (the store stays), before the loop goes. */
void gd_peers_release(struct gd_conf *c);
struct gd_peer *gd_peer_ref(struct gd_peer *p);
void gd_peer_unref(struct gd_peer *p);

struct gd_peer *gd_peer_find_uuid(const struct gd_conf *c, const char *uuid);
/* By any of its names; with resolve, also names of the same address. */
struct gd_peer *gd_peer_find_host(const struct gd_conf *c, const char *host,
				  bool resolve);
bool gd_peer_has_name(const struct gd_peer *p, const char *host);
int gd_peer_add_name(struct gd_peer *p, const char *host);
/* Primary name, or the uuid when it has none. */
const char *gd_peer_name(const struct gd_peer *p);
bool gd_peer_is_friend(const struct gd_peer *p);	/* Peer in Cluster */
size_t gd_peer_count(const struct gd_conf *c);
/* Some peer takes part in transactions now. */
bool gd_pool_active(const struct gd_conf *c);
/* A peer takes part in transactions when befriended and connected. */
#define gd_peer_in_txn(p) (gd_peer_is_friend(p) && (p)->connected)

/* peers/<uuid> (or peers/<host> while the uuid is unknown). */
int gd_peer_store(struct gd_peer *p);
/* Loads every peers/<uuid> file and connects to each peer. */
int gd_peers_restore(struct gd_conf *c);

/* The node that owns a brick host: our uuid when the host is local,
 * else the befriended peer's uuid; NULL when neither. */
const char *gd_host_owner(struct gd_conf *c, const char *host);

/* uuid text <-> the 16-int XDR form of the peer programs. */
void gd_uuid_to_xdr(const char *text, unsigned char out[16]);
void gd_uuid_from_xdr(const unsigned char in[16], char *text);

/* ---- peer-sm.c: the friend state machine ---- */
/* Queues an event (ctx is owned by the action, freed if dropped) and
 * runs the queue unless it is already running. */
void gd_peer_sm_inject(struct gd_peer *p, enum gd_fevent ev, void *ctx);
/* (Queued events of a peer that left the pool are skipped.) */

/* A received FRIEND_ADD, the context of RCVD_FRIEND_REQ. */
struct gd_friend_req_ctx {
	struct rpc_call *call;
	struct dict *vols;
	char *hostname;		/* the name the sender uses for us */
};
void gd_friend_req_ctx_free(struct gd_friend_req_ctx *x);

/* ---- peer-conn.c: our connection and calls to a peer ---- */
int gd_peer_connect(struct gd_peer *p);
/* A call on p's connection (rpc_clnt_call); -ENOTCONN when p has none. */
int gd_peer_call(struct gd_peer *p, uint32_t prog, uint32_t vers,
		 uint32_t proc, xdrproc_t argproc, const void *args,
		 xdrproc_t resproc, size_t ressize, int timeout_ms,
		 void (*cb)(int status, void *res, void *arg), void *arg);
int gd_peer_send_probe(struct gd_peer *p);
int gd_peer_send_add(struct gd_peer *p);
int gd_peer_send_remove(struct gd_peer *p);
/* FRIEND_UPDATE listing every befriended peer (and cur, whose event
 * triggers it), to `to` or (NULL) to all of them that are connected;
 * op 1 add, 2 delete (of host, who is not sent it). */
void gd_peer_send_update(struct gd_conf *c, struct gd_peer *cur,
			 struct gd_peer *to, int op, const char *host);

/* ---- handler-peer.c ---- */
/* Answers a FRIEND_ADD or FRIEND_REMOVE call (friend_rsp). */
void gd_friend_reply(struct gd_conf *c, struct rpc_call *call,
		     const char *host, int port, int op_ret, int op_errno);

/* ---- peer-cli.c: answers to the CLI ---- */
/* Answers p's waiting CLI call, if any (msg NULL: none). */
void gd_peer_cli_reply(struct gd_peer *p, int op_ret, int op_errno,
		       const char *msg);

#endif
