/* handler-cli: the GLUSTER_CLI program (1238463 v2). Decode the request,
 * then either run a transaction (op-table) or answer a query. The unix
 * socket serves every procedure; TCP only the read-only ones (wire.md 3.2).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli1-xdr.h"
#include "glusterd/cmd-history.h"
#include "glusterd/handler.h"
#include "glusterd/op.h"
#include "glusterd/peer.h"
#include "glusterd/query.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "rpc/rpc.h"
#include "xdr/cli-msg.h"

enum cli_kind { K_NONE, K_TXN, K_QUERY, K_SPECIAL, K_UNSUPPORTED };

struct cli_entry {
	const char *name;
	enum cli_kind kind;
	bool read_only;		/* also served on TCP */
	const struct gd_op *op;
	gd_query_fn query;
	rpc_actor_fn special;
};

static int actor_dispatch(struct rpc_call *call);
static int actor_list_friends(struct rpc_call *call);
static int actor_getwd(struct rpc_call *call);
static int actor_status(struct rpc_call *call);

#define TXN(n, o)   { n, K_TXN, false, o, NULL, NULL }
#define QRY(n, q, ro) { n, K_QUERY, ro, NULL, q, NULL }
#define NOSUP(n)    { n, K_UNSUPPORTED, false, NULL, NULL, NULL }

static const struct cli_entry cli_table[CLI_PROC_MAX] = {
	[CLI_PROC_NULL] = { "NULL", K_NONE, false, NULL, NULL, NULL },
	[CLI_PROC_PROBE] = { "PROBE", K_SPECIAL, false, NULL, NULL,
			     gd_cli_actor_probe },
	[CLI_PROC_DEPROBE] = { "DEPROBE", K_SPECIAL, false, NULL, NULL,
			       gd_cli_actor_detach },
	[CLI_PROC_LIST_FRIENDS] = { "LIST_FRIENDS", K_SPECIAL, true, NULL,
				    NULL, actor_list_friends },
	[CLI_PROC_CREATE_VOLUME] = TXN("CREATE_VOLUME", &gd_op_volume_create),
	[CLI_PROC_GET_VOLUME] = QRY("GET_VOLUME", gd_query_volume_info, true),
	[CLI_PROC_GET_NEXT_VOLUME] = { "GET_NEXT_VOLUME", K_NONE, false, NULL,
				       NULL, NULL },
	[CLI_PROC_DELETE_VOLUME] = TXN("DELETE_VOLUME", &gd_op_volume_delete),
	[CLI_PROC_START_VOLUME] = TXN("START_VOLUME", &gd_op_volume_start),
	[CLI_PROC_STOP_VOLUME] = TXN("STOP_VOLUME", &gd_op_volume_stop),
	[CLI_PROC_RENAME_VOLUME] = { "RENAME_VOLUME", K_NONE, false, NULL,
				     NULL, NULL },
	[CLI_PROC_DEFRAG_VOLUME] = NOSUP("DEFRAG_VOLUME"),
	[CLI_PROC_SET_VOLUME] = TXN("SET_VOLUME", &gd_op_volume_set),
	[CLI_PROC_ADD_BRICK] = TXN("ADD_BRICK", &gd_op_volume_add_brick),
	[CLI_PROC_REMOVE_BRICK] = NOSUP("REMOVE_BRICK"),
	[CLI_PROC_REPLACE_BRICK] = NOSUP("REPLACE_BRICK"),
	[CLI_PROC_LOG_ROTATE] = NOSUP("LOG_ROTATE"),
	[CLI_PROC_SYNC_VOLUME] = NOSUP("SYNC_VOLUME"),
	[CLI_PROC_RESET_VOLUME] = TXN("RESET_VOLUME", &gd_op_volume_reset),
	[CLI_PROC_FSM_LOG] = NOSUP("FSM_LOG"),
	[CLI_PROC_GSYNC_SET] = NOSUP("GSYNC_SET"),
	[CLI_PROC_PROFILE_VOLUME] = NOSUP("PROFILE_VOLUME"),
	[CLI_PROC_QUOTA] = NOSUP("QUOTA"),
	[CLI_PROC_GETWD] = { "GETWD", K_SPECIAL, true, NULL, NULL,
			     actor_getwd },
	[CLI_PROC_STATUS_VOLUME] = { "STATUS_VOLUME", K_SPECIAL, true, NULL,
				     NULL, actor_status },
	[CLI_PROC_MOUNT] = NOSUP("MOUNT"),
	[CLI_PROC_UMOUNT] = NOSUP("UMOUNT"),
	[CLI_PROC_HEAL_VOLUME] = NOSUP("HEAL_VOLUME"),
	[CLI_PROC_STATEDUMP_VOLUME] = NOSUP("STATEDUMP_VOLUME"),
	[CLI_PROC_LIST_VOLUME] = QRY("LIST_VOLUME", gd_query_volume_list,
				     true),
	[CLI_PROC_CLRLOCKS_VOLUME] = NOSUP("CLRLOCKS_VOLUME"),
	[CLI_PROC_UUID_RESET] = NOSUP("UUID_RESET"),
	[CLI_PROC_UUID_GET] = QRY("UUID_GET", gd_query_uuid_get, true),
	[CLI_PROC_COPY_FILE] = NOSUP("COPY_FILE"),
	[CLI_PROC_SYS_EXEC] = NOSUP("SYS_EXEC"),
	[CLI_PROC_SNAP] = NOSUP("SNAP"),
	[CLI_PROC_BARRIER_VOLUME] = NOSUP("BARRIER_VOLUME"),
	[CLI_PROC_GET_VOL_OPT] = QRY("GET_VOL_OPT", gd_query_volume_get,
				     false),
	[CLI_PROC_GANESHA] = NOSUP("GANESHA"),
	[CLI_PROC_BITROT] = NOSUP("BITROT"),
	[CLI_PROC_ATTACH_TIER] = NOSUP("ATTACH_TIER"),
	[CLI_PROC_TIER] = NOSUP("TIER"),
	[CLI_PROC_GET_STATE] = NOSUP("GET_STATE"),
	[CLI_PROC_RESET_BRICK] = NOSUP("RESET_BRICK"),
	[CLI_PROC_REMOVE_TIER_BRICK] = NOSUP("REMOVE_TIER_BRICK"),
	[CLI_PROC_ADD_TIER_BRICK] = NOSUP("ADD_TIER_BRICK"),
};

static struct rpc_actor cli_actors_full[CLI_PROC_MAX];
static struct rpc_actor cli_actors_ro[CLI_PROC_MAX];

void gd_cli_reply(struct rpc_call *call, int op_ret, int op_errno,
		  const char *errstr, const struct dict *rsp)
{
	gf_cli_rsp r = { 0 };
	char *buf = NULL;
	size_t len = 0;
	struct dict *empty = NULL;

	/* a successful reply always carries a serialized dict (wire.md 12.4) */
	if (!rsp)
		rsp = empty = dict_new();
	if (rsp && dict_serialize(rsp, &buf, &len) < 0) {
		buf = NULL;
		len = 0;
	}
	r.op_ret = op_ret;
	r.op_errno = op_errno;
	r.op_errstr = gd_unconst(errstr ? errstr : "");
	r.dict.dict_len = (u_int)len;
	r.dict.dict_val = buf;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_cli_rsp, &r);
	free(buf);
	dict_unref(empty);
}

static void txn_done(const struct gd_txn_result *res, void *arg)
{
	struct rpc_call *call = arg;
	struct dict *empty = NULL;
	const struct dict *rsp = res->rsp;

	/* failures before the transaction send a zero-length dict */
	if (!rsp && res->op_ret == 0)
		rsp = empty = dict_new();
	if (!rsp) {
		gf_cli_rsp r = { .op_ret = res->op_ret,
				 .op_errno = res->op_errno,
				 .op_errstr = gd_unconst(res->errstr) };
		(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_cli_rsp, &r);
		return;
	}
	gd_cli_reply(call, res->op_ret, res->op_errno, res->errstr, rsp);
	dict_unref(empty);
}

int gd_cli_decode_dict(struct rpc_call *call, struct dict **out)
{
	gf_cli_req req = { 0 };
	int r;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf_cli_req, &req) < 0)
		return -EBADMSG;
	r = dict_unserialize(req.dict.dict_val, req.dict.dict_len, out);
	xdr_free((xdrproc_t)xdr_gf_cli_req, (char *)&req);
	if (r < 0) {
		log_warn("CLI proc %u: malformed request dictionary",
			 call->proc);
		gd_cli_reply(call, -1, EINVAL, "Failed to decode the request "
			     "dictionary", NULL);
		return -EINVAL;
	}
	return 0;
}

static int actor_dispatch(struct rpc_call *call)
{
	struct gd_conf *conf = rpc_call_program_ctx(call);
	const struct cli_entry *e = &cli_table[call->proc];
	struct dict *req = NULL;
	struct gd_reply rep = { 0 };
	int r = gd_cli_decode_dict(call, &req);

	if (r == -EBADMSG)
		return r;
	if (r < 0)
		return 0;
	log_debug("received CLI %s", e->name);
	switch (e->kind) {
	case K_TXN:
		gd_txn_begin(conf, e->op, req, txn_done, call);
		break;
	case K_QUERY:
		(void)e->query(conf, req, &rep);
		gd_cli_reply(call, rep.op_ret, rep.op_errno, rep.errstr, rep.rsp);
		gd_reply_release(&rep);
		break;
	default:
		gd_cli_reply(call, -1, EG_OPNOTSUP, "This command is not supported "
			  "yet by this glusterd", NULL);
		break;
	}
	dict_unref(req);
	return 0;
}

/* `volume status <vol> [form]` is a transaction: every node of a pool
 * tells what runs on it. `volume status all` lists the volumes. */
static int actor_status(struct rpc_call *call)
{
	struct gd_conf *conf = rpc_call_program_ctx(call);
	struct dict *req = NULL;
	struct gd_reply rep = { 0 };
	uint32_t cmd = 0;
	int r = gd_cli_decode_dict(call, &req);

	if (r < 0)
		return r == -EBADMSG ? r : 0;
	if (dict_get_uint32(req, "cmd", &cmd) < 0) {
		gd_cli_reply(call, -1, EINVAL, "Unable to get status cmd", NULL);
	} else if (!(cmd & CLI_STATUS_ALL)) {
		gd_txn_begin(conf, &gd_op_volume_status, req, txn_done, call);
	} else {
		(void)gd_query_status_all(conf, &rep);
		if (dict_get_str(req, "cmd-str"))
			gd_cmd_history(conf, dict_get_str(req, "cmd-str"),
				       rep.op_ret == 0, rep.errstr ? rep.errstr :
				       "");
		gd_cli_reply(call, rep.op_ret, rep.op_errno, rep.errstr, rep.rsp);
		gd_reply_release(&rep);
	}
	dict_unref(req);
	return 0;
}

static int actor_list_friends(struct rpc_call *call)
{
	struct gd_conf *conf = rpc_call_program_ctx(call);
	gf1_cli_peer_list_req req = { 0 };
	gf1_cli_peer_list_rsp rsp = { 0 };
	struct gd_reply rep = { 0 };
	char *buf = NULL;
	size_t len = 0;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf1_cli_peer_list_req,
			    &req) < 0)
		return -EBADMSG;
	(void)gd_query_peer_list(conf, req.flags, &rep);
	xdr_free((xdrproc_t)xdr_gf1_cli_peer_list_req, (char *)&req);
	if (rep.rsp && dict_serialize(rep.rsp, &buf, &len) < 0)
		len = 0;
	rsp.op_ret = rep.op_ret;
	rsp.op_errno = rep.op_errno;
	rsp.friends.friends_len = (u_int)len;
	rsp.friends.friends_val = buf;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf1_cli_peer_list_rsp, &rsp);
	free(buf);
	gd_reply_release(&rep);
	return 0;
}

static int actor_getwd(struct rpc_call *call)
{
	struct gd_conf *conf = rpc_call_program_ctx(call);
	gf1_cli_getwd_req req = { 0 };
	gf1_cli_getwd_rsp rsp = { 0 };

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf1_cli_getwd_req, &req) < 0)
		return -EBADMSG;
	rsp.wd = conf->workdir;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf1_cli_getwd_rsp, &rsp);
	return 0;
}

static void build_actors(void)
{
	for (int i = 0; i < CLI_PROC_MAX; i++) {
		const struct cli_entry *e = &cli_table[i];
		rpc_actor_fn fn = NULL;

		if (e->kind == K_SPECIAL)
			fn = e->special;
		else if (e->kind != K_NONE)
			fn = actor_dispatch;
		cli_actors_full[i] = (struct rpc_actor){ e->name, fn };
		cli_actors_ro[i] = (struct rpc_actor){
			e->name, e->read_only ? fn : NULL };
	}
}

void gd_cli_programs(struct gd_conf *conf, struct rpc_program *full,
		     struct rpc_program *ro)
{
	build_actors();
	*full = (struct rpc_program){
		.name = "GlusterD svc cli", .prognum = GD_PROG_CLI,
		.progver = GD_PROG_CLI_VERS, .actors = cli_actors_full,
		.nactors = CLI_PROC_MAX, .ctx = conf,
	};
	*ro = (struct rpc_program){
		.name = "GlusterD svc cli read-only", .prognum = GD_PROG_CLI,
		.progver = GD_PROG_CLI_VERS, .actors = cli_actors_ro,
		.nactors = CLI_PROC_MAX, .ctx = conf,
	};
}
