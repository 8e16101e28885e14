/* op-volume-add-brick: `gluster volume add-brick` (GD_OP_ADD_BRICK,
 * mgmt_v3). Checks and messages: cluster.md 5.4; 10.3 checks the counts
 * in its CLI handler (originator only, before any lock: our prepare),
 * then pre-validates and commits on every node; each node prepares and
 * starts its own new bricks.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/addbrick-heal.h"
#include "glusterd/brick.h"
#include "glusterd/brick-stage.h"
#include "glusterd/conf.h"
#include "glusterd/op.h"
#include "glusterd/quorum.h"
#include "glusterd/shd.h"
#include "glusterd/volinfo-store.h"
#include "glusterd/volume-opts.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "xdr/cli-msg.h"

struct addbrick_ctx {
	struct cli_addbrick_req req;
	struct gd_newbricks nb;
	struct gd_volinfo *v;
	int old_replica;	/* before the commit */
};

static void addbrick_release(struct gd_txn *txn)
{
	struct addbrick_ctx *c = txn->priv;

	if (!c)
		return;
	gd_newbricks_release(&c->nb);
	cli_addbrick_req_release(&c->req);
	free(c);
	txn->priv = NULL;
}

/* Parses the request (once) and finds the volume; every phase starts
 * here. */
static int addbrick_load(struct gd_txn *txn)
{
	struct addbrick_ctx *c = txn->priv;
	const char *bad = NULL;

	if (!c) {
		c = calloc(1, sizeof(*c));
		if (!c)
			return gd_txn_fail(txn, ENOMEM, "Out of memory");
		txn->priv = c;
		if (cli_addbrick_req_decode(txn->dict, &c->req, &bad) < 0)
			return gd_txn_fail(txn, EINVAL, "Unable to get %s",
					   bad ? bad : "the bricks");
		if (gd_newbricks_parse(txn, &c->nb, c->req.bricks,
				       c->req.count) < 0)
			return -1;
	}
	c->v = gd_conf_find_volume(txn->conf, c->req.volname);
	if (!c->v)
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s does not exist",
				   c->req.volname);
	return 0;
}

static const char *new_host(const struct addbrick_ctx *c, int at)
{
	return at < c->v->brick_count ? c->v->bricks[at].hostname :
	       c->nb.hosts[at - c->v->brick_count];
}

/* A set of consecutive bricks with a new one, two on one server. */
static bool set_shares_server(const struct addbrick_ctx *c, const int *order,
			      int from, int set)
{
	bool fresh = false;

	for (int i = from; i < from + set; i++)
		fresh |= order[i] >= c->v->brick_count;
	for (int i = from; fresh && i < from + set; i++)
		for (int j = i + 1; j < from + set; j++)
			if (gd_hosts_same(new_host(c, order[i]),
					  new_host(c, order[j])))
				return true;
	return false;
}

/* 10.3 refuses (without force) a replicate or disperse set that would
 * have two bricks on one server, counting the set's old bricks. */
static int order_check(struct gd_txn *txn, const struct addbrick_ctx *c,
		       int replica)
{
	const struct gd_volinfo *v = c->v;
	int total = v->brick_count + c->nb.count;
	int set = replica ? replica : gd_volinfo_dist_leaf(v);
	int *order;
	int r = 0;

	if (c->req.force || (v->type != GD_VOL_REPLICATE &&
			     v->type != GD_VOL_DISPERSE) || set < 2)
		return 0;
	order = calloc((size_t)total, sizeof(*order));
	if (!order)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	gd_volinfo_addbrick_layout(v, c->nb.count, replica, order);
	for (int s = 0; r == 0 && s + set <= total; s += set)
		if (set_shares_server(c, order, s, set))
			r = gd_bricks_same_server(txn, v->type == GD_VOL_DISPERSE ?
						  "disperse" : "replicate");
	free(order);
	return r;
}

/* 10.3's CLI handler: the counts, and what it adds to the dict for the
 * other phases (replica-count 0 when unchanged, type when it changes). */
static int addbrick_prepare(struct gd_txn *txn)
{
	const char *vol = dict_get_str(txn->dict, "volname");
	struct gd_addbrick_plan plan;
	struct addbrick_ctx *c;
	char err[512];

	if (!vol)
		return gd_txn_fail(txn, EINVAL, "Unable to get volume name");
	if (!gd_conf_find_volume(txn->conf, vol))
		return gd_txn_fail(txn, 0, "Unable to get volinfo for volume "
				   "name %s", vol);
	if (addbrick_load(txn) < 0) {
		free(txn->errstr);	/* 10.3 says no more than this */
		txn->errstr = NULL;
		return gd_txn_fail(txn, 0, "Operation failed");
	}
	c = txn->priv;
	if (gd_volinfo_addbrick_check(c->v, c->req.count, c->req.replica_count,
				      c->req.arbiter_count, &plan, err,
				      sizeof(err)) < 0)
		return gd_txn_fail(txn, 0, "%s", err[0] ? err : "Operation failed");
	if ((c->req.replica_count &&
	     dict_set_int(txn->dict, "replica-count", plan.replica) < 0) ||
	    (plan.type >= 0 && dict_set_int(txn->dict, "type", plan.type) < 0))
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	c->req.replica_count = plan.replica;
	return order_check(txn, c, plan.replica);
}

/* The replica count asked for, as the handler left it (0: unchanged). */
static int asked_replica(const struct gd_txn *txn)
{
	int32_t n = 0;

	return dict_get_int32(txn->dict, "replica-count", &n) == 0 ? n : 0;
}

static int replicate_checks(struct gd_txn *txn, const struct gd_volinfo *v,
			    int replica)
{
	if (v->type != GD_VOL_REPLICATE || !replica)
		return 0;
	if (v->status == GD_VOL_STOPPED)
		return gd_txn_fail(txn, EG_INTRNL, " Volume must not be in "
			"stopped state when replica-count needs to  be "
			"increased.");
	if (v->arbiter_count)
		return gd_txn_fail(txn, EG_INTRNL, "Increasing replica count "
			"for arbiter volumes is not supported.");
	return 0;
}

/* A replica increase needs this node's bricks up (without force). */
static int bricks_up_check(struct gd_txn *txn, const struct gd_volinfo *v,
			   int replica, bool force)
{
	if (force || v->replica_count >= replica)
		return 0;
	for (int i = 0; i < v->brick_count; i++)
		if (v->bricks[i].local && !gd_brick_online(&v->bricks[i]))
			return gd_txn_fail(txn, EG_INTRNL, "Brick %s is down, "
				"changing replica count needs all the bricks to "
				"be up to avoid data loss", v->bricks[i].path);
	return 0;
}

static int addbrick_stage(struct gd_txn *txn)
{
	struct addbrick_ctx *c;
	int replica = asked_replica(txn);
	uuid_t volid;

	if (addbrick_load(txn) < 0)
		return -1;
	c = txn->priv;
	if (replicate_checks(txn, c->v, replica) < 0 ||
	    bricks_up_check(txn, c->v, replica, c->req.force) < 0)
		return -1;
	if (gf_uuid_parse(c->v->volume_id, volid) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "Invalid volume id %s",
				   c->v->volume_id);
	return gd_newbricks_stage(txn, c->v->name, &c->nb, volid, c->req.force,
				  GD_NB_ADD_BRICK);
}

static struct gd_brick *new_bricks(struct gd_txn *txn,
				   const struct addbrick_ctx *c)
{
	struct gd_brick *add = calloc((size_t)c->nb.count, sizeof(*add));
	int id = gd_volinfo_next_brick_id(c->v);

	for (int i = 0; add && i < c->nb.count; i++)
		if (gd_newbrick_fill(txn, &c->nb, i, c->v->name, id + i,
				     &add[i]) < 0) {
			for (int j = 0; j <= i; j++)
				gd_brick_release(&add[j]);
			free(add);
			return NULL;
		}
	return add;
}

/* The plan the originator's handler put in the dict. */
static void dict_plan(const struct gd_txn *txn, struct gd_addbrick_plan *p)
{
	int32_t type = -1;

	p->replica = asked_replica(txn);
	p->type = dict_get_int32(txn->dict, "type", &type) == 0 ? type : -1;
}

static bool is_new(const struct addbrick_ctx *c, const struct gd_brick *b)
{
	for (int i = 0; i < c->nb.count; i++)
		if (strcmp(c->nb.paths[i], b->path) == 0 &&
		    strcmp(c->nb.hosts[i], b->hostname) == 0)
			return true;
	return false;
}

/* The indexes of the new bricks this node owns; their number. */
static int local_new(const struct addbrick_ctx *c, int *idx)
{
	const struct gd_volinfo *v = c->v;
	int n = 0;

	for (int i = 0; i < v->brick_count; i++)
		if (v->bricks[i].local && is_new(c, &v->bricks[i]))
			idx[n++] = i;
	return n;
}

/* Starts the local bricks at idx, stores their ports and lets the
 * self-heal daemon see the new graph. */
static void start_bricks(struct gd_conf *conf, struct gd_volinfo *v,
			 const int *idx, int n)
{
	if (gd_quorum_blocks(conf, v)) {
		log_warn("Server quorum not met for volume %s: new bricks not "
			 "started", v->name);
		n = 0;
	}
	for (int i = 0; i < n; i++)
		if (gd_brick_start(conf, v, idx[i]) < 0)
			log_warn("brick %s:%s did not start",
				 v->bricks[idx[i]].hostname,
				 v->bricks[idx[i]].path);
	if (n > 0 &&
	    gd_volinfo_save(conf->workdir, v, conf->op_version) < 0)
		log_warn("could not store the brick ports of %s", v->name);
	gd_shd_volume_reconfigured(conf, v);
}

/* After the heal marks: the held bricks (still the volume's, as the
 * transaction's lock is held until the bricks settle) start. */
static void marked(struct gd_conf *conf, struct gd_volinfo *v,
		   const int *idx, int n, void *arg)
{
	(void)arg;
	if (v && gd_volinfo_is_started(v))
		start_bricks(conf, v, idx, n);
}

static void start_new_bricks(struct gd_conf *conf, const struct addbrick_ctx *c)
{
	struct gd_volinfo *v = c->v;
	int *idx = calloc((size_t)v->brick_count, sizeof(*idx));
	int n;

	if (!idx) {
		log_err("out of memory: the new bricks of %s do not start",
			v->name);
		return;
	}
	n = local_new(c, idx);
	if (n == 0 || !gd_addbrick_heal_needed(v, c->old_replica) ||
	    gd_addbrick_heal_mark(conf, v, idx, n, marked, NULL) < 0)
		start_bricks(conf, v, idx, n);
	free(idx);
}

/* Mounts learn the new graph once the new bricks serve, as in 10.3 (its
 * post-validate notifies after commit started them). */
static void volfiles_notify(void *arg)
{
	gd_volfiles_changed(arg);
}

static int addbrick_apply(struct gd_txn *txn, struct addbrick_ctx *c)
{
	struct gd_volinfo *v = c->v;
	struct gd_addbrick_plan plan;
	struct gd_brick *add = new_bricks(txn, c);
	int32_t arbiter = 0;
	int r;

	if (!add)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	dict_plan(txn, &plan);
	(void)dict_get_int32(txn->dict, "arbiter-count", &arbiter);
	r = gd_volinfo_add_bricks(v, add, c->nb.count, &plan, arbiter);
	for (int i = 0; i < c->nb.count; i++)
		gd_brick_release(&add[i]);
	free(add);
	if (r < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	/* 10.3 turns client io-threads off when a volume becomes replicate */
	if (plan.type == GD_VOL_REPLICATE &&
	    gd_opts_set(&v->opts, "performance.client-io-threads", "off") < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	gd_volume_update_op_versions(txn->conf, v);
	v->version++;
	return 0;
}

static int addbrick_commit(struct gd_txn *txn)
{
	struct gd_conf *conf = txn->conf;
	struct addbrick_ctx *c;

	if (addbrick_load(txn) < 0)
		return -1;
	c = txn->priv;
	c->old_replica = c->v->replica_count;
	if (addbrick_apply(txn, c) < 0)
		return -1;
	if (gd_volinfo_save(conf->workdir, c->v, conf->op_version) < 0 ||
	    gd_volfiles_write(conf, c->v) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "Unable to store volume %s",
				   c->v->name);
	if (gd_volinfo_is_started(c->v))
		start_new_bricks(conf, c);
	gd_volume_bricks_settled(conf, c->v->name, GD_BRICK_WAIT_MS,
				 volfiles_notify, conf);
	return 0;
}

const struct gd_op gd_op_volume_add_brick = {
	.name = "volume add-brick",
	.code = GD_OP_ADD_BRICK,
	.flags = GD_OPF_MGMT_V3 | GD_OPF_WAIT_BRICKS,
	.prepare = addbrick_prepare,
	.stage = addbrick_stage,
	.commit = addbrick_commit,
	.release = addbrick_release,
	.hook = GD_HOOK_ADD_BRICK,
};
