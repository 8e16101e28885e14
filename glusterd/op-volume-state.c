/* op-volume-state: `volume start`, `volume stop` (mgmt_v3) and
 * `volume delete` (syncop). Messages: cluster.md 5.2.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>

#include "glusterd/brick.h"
#include "glusterd/op.h"
#include "glusterd/quorum.h"
#include "glusterd/shd.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "xdr/cli-msg.h"

struct volop_ctx {
	struct cli_volop_req req;
	struct gd_volinfo *v;
};

static void volop_release(struct gd_txn *txn)
{
	struct volop_ctx *c = txn->priv;

	if (!c)
		return;
	cli_volop_req_release(&c->req);
	free(c);
	txn->priv = NULL;
}

/* Parses the request and finds the volume; every phase starts here. */
static int volop_load(struct gd_txn *txn)
{
	struct volop_ctx *c = txn->priv;
	const char *bad = NULL;

	if (!c) {
		c = calloc(1, sizeof(*c));
		if (!c)
			return gd_txn_fail(txn, ENOMEM, "Out of memory");
		txn->priv = c;
		if (cli_volop_req_decode(txn->dict, &c->req, &bad) < 0)
			return gd_txn_fail(txn, EINVAL, "Unable to get %s",
					   bad ? bad : "volume name");
	}
	c->v = gd_conf_find_volume(txn->conf, c->req.volname);
	if (!c->v)
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s does not exist",
				   c->req.volname);
	return 0;
}

static bool volop_force(const struct volop_ctx *c)
{
	return c->req.flags & 1;
}

static int check_brick_dirs(struct gd_txn *txn, const struct gd_volinfo *v,
			    bool force)
{
	uuid_t want, have;

	(void)gf_uuid_parse(v->volume_id, want);
	for (int i = 0; i < v->brick_count; i++) {
		const struct gd_brick *b = &v->bricks[i];
		struct stat st;
		ssize_t n;

		if (!b->local)
			continue;
		if (stat(b->path, &st) < 0)
			return gd_txn_fail(txn, EG_INTRNL, "Failed to find brick "
				"directory %s for volume %s. Reason : %s",
				b->path, v->name, strerror(errno));
		n = getxattr(b->path, "trusted.glusterfs.volume-id", have, 16);
		if (n < 0 && force) {
			if (setxattr(b->path, "trusted.glusterfs.volume-id",
				     want, 16, 0) < 0)
				return gd_txn_fail(txn, EG_INTRNL, "Failed to set "
					"extended attribute on %s:%s: %s",
					b->hostname, b->path, strerror(errno));
			continue;
		}
		if (n != 16 || memcmp(want, have, 16) != 0) {
			char found[GF_UUID_BUFLEN] = "";
			if (n == 16)
				gf_uuid_unparse(have, found);
			return gd_txn_fail(txn, EG_INTRNL, "Volume id mismatch for "
				"brick %s:%s. Expected volume id %s, volume id %s "
				"found", b->hostname, b->path, v->volume_id, found);
		}
	}
	return 0;
}

static int start_stage(struct gd_txn *txn)
{
	struct volop_ctx *c;

	if (volop_load(txn) < 0)
		return -1;
	c = txn->priv;
	if (gd_volinfo_is_started(c->v) && !volop_force(c))
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s already started",
				   c->v->name);
	return check_brick_dirs(txn, c->v, volop_force(c));
}

/* Like gd_volume_persist but without FETCHSPEC: 10.3 sends none on start
 * or stop, and one sent during a stop makes the self-heal daemon fetch
 * (and so re-attach) the volume it is being told to detach. */
static int persist_quiet(struct gd_conf *conf, struct gd_volinfo *v)
{
	int r = gd_volinfo_save(conf->workdir, v, conf->op_version);

	if (r == 0)
		r = gd_volfiles_write(conf, v);
	if (r < 0)
		log_err("failed to store volume %s: %s", v->name, strerror(-r));
	return r;
}

static int set_status(struct gd_txn *txn, int status)
{
	struct volop_ctx *c = txn->priv;
	int old = c->v->status;

	if (dict_set_str(txn->dict, "vol-id", c->v->volume_id) < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	c->v->status = status;
	c->v->version++;
	if (persist_quiet(txn->conf, c->v) < 0) {
		c->v->status = old;
		c->v->version--;
		return gd_txn_fail(txn, EG_INTRNL, "Unable to store volume %s",
				   c->v->name);
	}
	return 0;
}

static int start_commit(struct gd_txn *txn)
{
	struct volop_ctx *c;

	if (volop_load(txn) < 0 || set_status(txn, GD_VOL_STARTED) < 0)
		return -1;
	c = txn->priv;
	if (gd_quorum_blocks(txn->conf, c->v))
		log_warn("Server quorum not met for volume %s: local bricks not "
			 "started", c->v->name);
	else if (gd_volume_start_bricks(txn->conf, c->v) < 0)
		log_warn("some bricks of %s did not start", c->v->name);
	gd_shd_volume_started(txn->conf, c->v);
	/* the brick ports chosen now go to the store */
	if (persist_quiet(txn->conf, c->v) < 0)
		log_warn("could not store the brick ports of %s", c->v->name);
	return 0;
}

static int stop_stage(struct gd_txn *txn)
{
	struct volop_ctx *c;

	if (volop_load(txn) < 0)
		return -1;
	c = txn->priv;
	if (!gd_volinfo_is_started(c->v) && !volop_force(c))
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s is not in the "
				   "started state", c->v->name);
	return 0;
}

static int stop_commit(struct gd_txn *txn)
{
	struct volop_ctx *c;

	if (volop_load(txn) < 0)
		return -1;
	c = txn->priv;
	gd_volume_stop_bricks(txn->conf, c->v);
	if (set_status(txn, GD_VOL_STOPPED) < 0)
		return -1;
	gd_shd_volume_stopped(txn->conf, c->v);
	return 0;
}

static int delete_stage(struct gd_txn *txn)
{
	struct volop_ctx *c;

	if (volop_load(txn) < 0)
		return -1;
	c = txn->priv;
	if (gd_volinfo_is_started(c->v))
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s has been started."
			"Volume needs to be stopped before deletion.",
			c->v->name);
	if (c->v->snap_count > 0)
		return gd_txn_fail(txn, EG_INTRNL, "Cannot delete Volume %s ,as "
			"it has %d snapshots. To delete the volume, first delete "
			"all the snapshots under it.", c->v->name,
			c->v->snap_count);
	/* the CLI's --xml output names the deleted volume's id */
	if (dict_set_str(txn->dict, "vol-id", c->v->volume_id) < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	return 0;
}

static int delete_commit(struct gd_txn *txn)
{
	struct volop_ctx *c;

	if (volop_load(txn) < 0)
		return -1;
	c = txn->priv;
	gd_shd_volume_stopped(txn->conf, c->v);
	if (gd_volinfo_delete_store(txn->conf->workdir, c->v) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "Failed to delete volume %s",
				   c->v->name);
	gd_conf_remove_volume(txn->conf, c->v);
	gd_volinfo_free(c->v);
	c->v = NULL;
	return 0;
}

const struct gd_op gd_op_volume_start = {
	.name = "volume start",
	.code = GD_OP_START_VOLUME,
	.flags = GD_OPF_MGMT_V3 | GD_OPF_WAIT_BRICKS,
	.stage = start_stage,
	.commit = start_commit,
	.release = volop_release,
	.hook = GD_HOOK_START,
};

const struct gd_op gd_op_volume_stop = {
	.name = "volume stop",
	.code = GD_OP_STOP_VOLUME,
	.flags = GD_OPF_MGMT_V3,
	.stage = stop_stage,
	.commit = stop_commit,
	.release = volop_release,
	.hook = GD_HOOK_STOP,
};

const struct gd_op gd_op_volume_delete = {
	.name = "volume delete",
	.code = GD_OP_DELETE_VOLUME,
	.flags = GD_OPF_SYNCOP,
	.stage = delete_stage,
	.commit = delete_commit,
	.release = volop_release,
	.hook = GD_HOOK_DELETE,
};
