/* handler: the RPC programs glusterd serves. */
#ifndef GD_HANDLER_H
#define GD_HANDLER_H

#include "glusterd/conf.h"
#include "rpc/rpc.h"

struct dict;

/* GLUSTER_CLI: the full set (unix socket) and the read-only set (TCP). */
void gd_cli_programs(struct gd_conf *conf, struct rpc_program *full,
		     struct rpc_program *ro);
/* Handshake: the full program (TCP) and GETSPEC only (unix socket). */
void gd_hndsk_programs(struct gd_conf *conf, struct rpc_program *tcp,
		       struct rpc_program *cli);

/* CLI replies: a gf_cli_rsp carrying rsp (NULL: an empty dict). */
void gd_cli_reply(struct rpc_call *call, int op_ret, int op_errno,
		  const char *errstr, const struct dict *rsp);
/* Decodes a gf_cli_req's dict: -EBADMSG when the call does not decode
 * (the caller returns it), another -errno after answering the CLI. */
int gd_cli_decode_dict(struct rpc_call *call, struct dict **out);
/* peer probe / detach (peer-cli.c). */
int gd_cli_actor_probe(struct rpc_call *call);
int gd_cli_actor_detach(struct rpc_call *call);

/* Peer programs (TCP): management handshake and FRIEND. */
void gd_peer_programs(struct gd_conf *conf, struct rpc_program *hndsk,
		      struct rpc_program *friend);

/* Peer transactions (TCP): GD_MGMT v2 and v3 (handler-mgmt.c). */
void gd_mgmt_programs(struct gd_conf *conf, struct rpc_program *v2,
		      struct rpc_program *v3);
/* Forgets the transactions we staged for originator (NULL: all). */
void gd_peer_txns_drop(struct gd_conf *c, const char *originator);

/* Gluster Portmap (TCP). */
void gd_pmap_program(struct gd_conf *conf, struct rpc_program *prog);

#endif
