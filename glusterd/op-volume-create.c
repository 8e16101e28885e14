/* op-volume-create: `gluster volume create` (GD_OP_CREATE_VOLUME, syncop).
 * Rules and messages: cluster.md 5.1.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/brick-check.h"
#include "glusterd/brick-stage.h"
#include "glusterd/op.h"
#include "glusterd/peer.h"
#include "glusterd/volinfo-store.h"
#include "glusterd/volname.h"
#include "glusterd/volume-opts.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/strbuf.h"
#include "xdr/cli-msg.h"

struct create_ctx {
	struct cli_create_req req;
	struct gd_newbricks nb;	/* split req.bricks */
	uuid_t volid;
};

static void create_release(struct gd_txn *txn)
{
	struct create_ctx *cc = txn->priv;

	if (!cc)
		return;
	gd_newbricks_release(&cc->nb);
	cli_create_req_release(&cc->req);
	free(cc);
	txn->priv = NULL;
}

static int counts_check(struct gd_txn *txn, const struct cli_create_req *r)
{
	if (r->count <= 0 || r->count > 4096)
		return gd_txn_fail(txn, EG_INTRNL, "Invalid brick count %d",
				   r->count);
	if (r->type != CLI_VOL_DISTRIBUTE && r->type != CLI_VOL_REPLICATE &&
	    r->type != CLI_VOL_DISPERSE)
		return gd_txn_fail(txn, EG_INTRNL, "Unsupported volume type %d",
				   r->type);
	if (r->type == CLI_VOL_REPLICATE &&
	    (r->replica_count < 2 || r->count % r->replica_count))
		return gd_txn_fail(txn, EG_INTRNL, "number of bricks is not a "
				   "multiple of replica count");
	if (r->arbiter_count && (r->type != CLI_VOL_REPLICATE ||
				 r->arbiter_count != 1 || r->replica_count != 3))
		return gd_txn_fail(txn, EG_INTRNL, "For arbiter configuration, "
			"replica count must be 2 and arbiter count must be 1. "
			"The 3rd brick of the replica will be the arbiter");
	if (r->type == CLI_VOL_DISPERSE &&
	    (r->disperse_count < 3 || r->count % r->disperse_count))
		return gd_txn_fail(txn, EG_INTRNL, "number of bricks is not a "
				   "multiple of disperse count");
	if (r->type == CLI_VOL_DISPERSE &&
	    (r->redundancy_count < 1 ||
	     2 * r->redundancy_count >= r->disperse_count))
		return gd_txn_fail(txn, EG_INTRNL, "redundancy must be greater "
			"than or equal to 1 and less than %d for a disperse %d "
			"volume", (r->disperse_count + 1) / 2,
			r->disperse_count);
	return 0;
}

static int create_parse(struct gd_txn *txn)
{
	struct create_ctx *cc = calloc(1, sizeof(*cc));
	const char *bad = NULL;
	const char *idtext;

	if (!cc)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	txn->priv = cc;
	if (cli_create_req_decode(txn->dict, &cc->req, &bad) < 0)
		return gd_txn_fail(txn, EINVAL, "Unable to get %s",
				   bad ? bad : "the volume parameters");
	if (counts_check(txn, &cc->req) < 0 ||
	    gd_newbricks_parse(txn, &cc->nb, cc->req.bricks, cc->req.count) < 0)
		return -1;
	idtext = dict_get_str(txn->dict, "volume-id");
	if (idtext && gf_uuid_parse(idtext, cc->volid) < 0)
		return gd_txn_fail(txn, EINVAL, "Invalid volume-id %s", idtext);
	return 0;
}

static int create_prepare(struct gd_txn *txn)
{
	char id[GF_UUID_BUFLEN], user[GF_UUID_BUFLEN], pass[GF_UUID_BUFLEN];
	const char *name = dict_get_str(txn->dict, "volname");

	if (!name)
		return gd_txn_fail(txn, EINVAL, "Unable to get volume name");
	if (gd_volname_check(txn, name) < 0)
		return -1;
	if (gd_conf_find_volume(txn->conf, name))
		return gd_txn_fail(txn, 0, "Volume %s already exists", name);
	gf_uuid_generate_str(id);
	gf_uuid_generate_str(user);
	gf_uuid_generate_str(pass);
	if (dict_set_str(txn->dict, "volume-id", id) < 0 ||
	    dict_set_str(txn->dict, "internal-username", user) < 0 ||
	    dict_set_str(txn->dict, "internal-password", pass) < 0 ||
	    /* 10.3 numbers its creates from 24008 in a "port" key; its
	     * peers' commit refuses a create without it */
	    dict_set_int(txn->dict, "port",
			 GD_DEFAULT_PORT + (int)++txn->conf->create_seq) < 0 ||
	    (!dict_has(txn->dict, "transport.address-family") &&
	     dict_set_str(txn->dict, "transport.address-family", "inet") < 0))
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	return create_parse(txn);
}

/* Bricks of one replica/disperse set on one server (without force). */
static int brick_order_check(struct gd_txn *txn, const struct create_ctx *cc)
{
	const struct cli_create_req *r = &cc->req;
	int set = r->type == CLI_VOL_REPLICATE ? r->replica_count :
		  r->type == CLI_VOL_DISPERSE ? r->disperse_count : 0;

	if (r->force)
		return 0;
	return gd_newbricks_order_check(txn, &cc->nb, set,
			r->type == CLI_VOL_DISPERSE ? "disperse" : "replicate");
}

static int create_stage(struct gd_txn *txn)
{
	struct create_ctx *cc = txn->priv;

	if (!cc && create_parse(txn) < 0)
		return -1;
	cc = txn->priv;
	if (gd_conf_find_volume(txn->conf, cc->req.volname))
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s already exists",
				   cc->req.volname);
	if (brick_order_check(txn, cc) < 0)
		return -1;
	return gd_newbricks_stage(txn, cc->req.volname, &cc->nb, cc->volid,
				  cc->req.force, GD_NB_CREATE);
}

static void set_counts(struct gd_volinfo *v, const struct cli_create_req *r)
{
	v->type = r->type;
	v->brick_count = r->count;
	v->replica_count = r->type == CLI_VOL_REPLICATE ? r->replica_count : 1;
	v->arbiter_count = r->arbiter_count;
	v->disperse_count = r->type == CLI_VOL_DISPERSE ? r->disperse_count : 0;
	v->redundancy_count = r->type == CLI_VOL_DISPERSE ?
			      r->redundancy_count : 0;
	v->thin_arbiter_count = r->thin_arbiter_count;
	v->sub_count = r->type == CLI_VOL_REPLICATE ? r->replica_count :
		       r->type == CLI_VOL_DISPERSE ? r->disperse_count : 0;
	v->transport_type = !r->transport || !strcmp(r->transport, "tcp") ?
			    GD_TRANSPORT_TCP :
			    !strcmp(r->transport, "rdma") ? GD_TRANSPORT_RDMA :
			    GD_TRANSPORT_BOTH;
}

static int build_volinfo(struct gd_txn *txn, struct gd_volinfo **out)
{
	struct create_ctx *cc = txn->priv;
	struct gd_volinfo *v = gd_volinfo_new(cc->req.volname);
	const char *user = dict_get_str(txn->dict, "internal-username");
	const char *pass = dict_get_str(txn->dict, "internal-password");
	const char *af = dict_get_str(txn->dict, "transport.address-family");
	int r = 0;

	if (!v)
		return -ENOMEM;
	set_counts(v, &cc->req);
	gf_uuid_unparse(cc->volid, v->volume_id);
	snprintf(v->username, sizeof(v->username), "%s", user ? user : "");
	snprintf(v->password, sizeof(v->password), "%s", pass ? pass : "");
	v->version = 1;
	v->status = GD_VOL_CREATED;
	v->bricks = calloc((size_t)v->brick_count, sizeof(*v->bricks));
	if (!v->bricks)
		r = -ENOMEM;
	for (int i = 0; r == 0 && i < v->brick_count; i++)
		r = gd_newbrick_fill(txn, &cc->nb, i, v->name, i,
				      &v->bricks[i]);
	if (r == 0)
		r = gd_volume_set_create_defaults(txn->conf, v, af);
	if (r == 0)
		gd_volinfo_derive(v);
	if (r == 0)
		gd_volume_update_op_versions(txn->conf, v);
	if (r < 0) {
		gd_volinfo_free(v);
		return r;
	}
	*out = v;
	return 0;
}

static int create_commit(struct gd_txn *txn)
{
	struct gd_volinfo *v = NULL;

	if (!txn->priv && create_parse(txn) < 0)
		return -1;
	if (build_volinfo(txn, &v) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "Unable to build the volume");
	if (gd_volume_persist(txn->conf, v) < 0) {
		(void)gd_volinfo_delete_store(txn->conf->workdir, v);
		gd_volinfo_free(v);
		return gd_txn_fail(txn, EG_INTRNL,
				   "Failed to create volume files");
	}
	gd_conf_add_volume(txn->conf, v);
	return 0;
}

const struct gd_op gd_op_volume_create = {
	.name = "volume create",
	.code = GD_OP_CREATE_VOLUME,
	.flags = GD_OPF_SYNCOP,
	.prepare = create_prepare,
	.stage = create_stage,
	.commit = create_commit,
	.release = create_release,
	.hook = GD_HOOK_CREATE,
};
