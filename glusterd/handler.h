/* handler: the RPC programs glusterd serves. */
#ifndef GD_HANDLER_H
#define GD_HANDLER_H

#include "glusterd/conf.h"
#include "rpc/rpc.h"

/* GLUSTER_CLI: the full set (unix socket) and the read-only set (TCP). */
void gd_cli_programs(struct gd_conf *conf, struct rpc_program *full,
		     struct rpc_program *ro);
/* Handshake: the full program (TCP) and GETSPEC only (unix socket). */
void gd_hndsk_programs(struct gd_conf *conf, struct rpc_program *tcp,
		       struct rpc_program *cli);

/* Gluster Portmap (TCP). */
void gd_pmap_program(struct gd_conf *conf, struct rpc_program *prog);

#endif
