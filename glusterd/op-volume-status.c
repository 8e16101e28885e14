/* op-volume-status: `volume status <vol>` in a pool. Each node answers
 * for what runs on it: its own bricks at their place in the volume and
 * its daemons after them (10.3's per-node form: count, brick-index-max,
 * other-count), in the commit of a syncop STATUS_VOLUME that takes no
 * lock. The originator joins its own answer with the peers': a brick
 * whose node did not answer is left out, as 10.3 does; daemons follow
 * in node order, named by their node.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/gd-errno.h"
#include "glusterd/op.h"
#include "glusterd/peer.h"
#include "glusterd/query.h"
#include "glusterd/shd.h"
#include "glusterd/status.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "xdr/cli-msg.h"

/* A local brick's entry, with its file system facts for `detail`. */
static void local_entry(const struct gd_volinfo *v, int i, uint32_t cmd,
			struct cli_status_entry *e)
{
	gd_status_brick_entry(&v->bricks[i], e);
	if (cmd & CLI_STATUS_DETAIL) {
		struct gd_brick_facts f;
		gd_brick_facts_get(v->bricks[i].path, &f);
		gd_brick_facts_to_entry(&f, e);
		/* the entry borrows f's strings: keep copies */
		e->device = e->device ? strdup(e->device) : NULL;
		e->fs_name = e->fs_name ? strdup(e->fs_name) : NULL;
		e->mnt_options = e->mnt_options ? strdup(e->mnt_options) : NULL;
		e->inode_size = e->inode_size ? strdup(e->inode_size) : NULL;
		gd_brick_facts_release(&f);
	}
}

static void release_entry(struct cli_status_entry *e)
{
	if (!e->has_detail)
		return;
	free(e->device);
	free(e->fs_name);
	free(e->mnt_options);
	free(e->inode_size);
}

static int status_stage(struct gd_txn *txn)
{
	const char *vol = dict_get_str(txn->dict, "volname");
	struct gd_volinfo *v = vol ? gd_conf_find_volume(txn->conf, vol) : NULL;

	if (!v)
		return gd_txn_fail(txn, EG_NOVOL, "Volume %s does not exist",
				   vol ? vol : "");
	if (!gd_volinfo_is_started(v))
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s is not started",
				   v->name);
	return 0;
}

/* This node's share, in 10.3's per-node numbering. */
static int status_commit(struct gd_txn *txn)
{
	const char *vol = dict_get_str(txn->dict, "volname");
	struct gd_volinfo *v = vol ? gd_conf_find_volume(txn->conf, vol) : NULL;
	uint32_t cmd = 0;
	struct dict *d;
	int n = 0, others = 0, r = 0;

	if (!v)
		return gd_txn_fail(txn, EG_NOVOL, "Volume %s does not exist",
				   vol ? vol : "");
	(void)dict_get_uint32(txn->dict, "cmd", &cmd);
	d = dict_new();
	if (!d)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	for (int i = 0; r == 0 && i < v->brick_count; i++) {
		struct cli_status_entry e;
		if (!v->bricks[i].local)
			continue;
		local_entry(v, i, cmd, &e);
		r = cli_status_entry_encode(&e, i, false, d);
		n++;
		release_entry(&e);
	}
	if (r == 0 && gd_status_plain(cmd) && gd_shd_enabled(v)) {
		struct cli_status_entry e;
		gd_status_shd_entry(txn->conf, v, &e);
		/* nodes name themselves by uuid; the originator turns it
		 * into a host name */
		e.path = gd_unconst(gd_conf_uuid(txn->conf));
		r = cli_status_entry_encode(&e, v->brick_count, true, d);
		n++;
		others++;
	}
	if (r == 0)
		r = dict_set_int(d, "count", n);
	if (r == 0)
		r = dict_set_int(d, "brick-index-max", v->brick_count - 1);
	if (r == 0)
		r = dict_set_int(d, "other-count", others);
	if (r == 0 && !(cmd & CLI_STATUS_DETAIL))
		r = dict_set_int(d, "tasks", 0);
	if (r < 0) {
		dict_unref(d);
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	}
	dict_unref(txn->node_rsp);
	txn->node_rsp = d;
	return 0;
}

struct joined {
	struct cli_status_entry *e;
	size_t n;
	bool *owned;	/* decoded entries are freed, local ones borrowed */
	bool *local_detail;	/* local entries with copied detail texts */
};

static int take(struct joined *j, const struct dict *d, int i, bool detail)
{
	int r = cli_status_entry_decode(d, i, detail, &j->e[j->n]);

	if (r == 0)
		j->owned[j->n++] = true;
	return r;
}

/* A daemon's node comes as a uuid: shown as localhost for this node,
 * else by the peer's name. */
static void rename_node(struct gd_txn *txn, struct cli_status_entry *e)
{
	const struct gd_peer *p;
	char *name;

	if (!e->path)
		return;
	if (strcmp(e->path, gd_conf_uuid(txn->conf)) == 0)
		name = strdup("localhost");
	else if ((p = gd_peer_find_uuid(txn->conf, e->path)))
		name = strdup(gd_peer_name(p));
	else
		return;
	if (name) {
		free(e->path);
		e->path = name;
	}
}

/* The reply to the CLI: all answers in the one-node form. */
static int build_reply(struct gd_txn *txn, struct gd_volinfo *v,
		       uint32_t cmd)
{
	size_t cap = (size_t)v->brick_count + 2 * (txn->npeers + 1) + 1;
	struct joined bricks = { 0 }, others = { 0 };
	struct cli_status_rsp out = { 0 };
	bool detail = cmd & CLI_STATUS_DETAIL;
	int r = -ENOMEM;

	bricks.e = calloc(cap, sizeof(*bricks.e));
	bricks.owned = calloc(cap, sizeof(bool));
	bricks.local_detail = calloc(cap, sizeof(bool));
	others.e = calloc(cap, sizeof(*others.e));
	others.owned = calloc(cap, sizeof(bool));
	if (!bricks.e || !bricks.owned || !bricks.local_detail || !others.e ||
	    !others.owned)
		goto out;
	for (int i = 0; i < v->brick_count; i++) {
		if (v->bricks[i].local) {
			local_entry(v, i, cmd, &bricks.e[bricks.n]);
			bricks.local_detail[bricks.n++] = true;
			continue;
		}
		for (size_t p = 0; p < txn->npeers; p++)
			if (txn->peer_rsps[p] &&
			    take(&bricks, txn->peer_rsps[p], i, detail) == 0)
				break;
	}
	if (gd_status_plain(cmd) && gd_shd_enabled(v))
		gd_status_shd_entry(txn->conf, v, &others.e[others.n++]);
	for (size_t p = 0; p < txn->npeers; p++) {
		const struct dict *d = txn->peer_rsps[p];
		int32_t max = -1, cnt = 0;
		if (!d || dict_get_int32(d, "brick-index-max", &max) < 0 ||
		    dict_get_int32(d, "other-count", &cnt) < 0)
			continue;
		for (int k = 0; k < cnt && k < 16; k++) {
			struct cli_status_entry *e = &others.e[others.n];
			if (others.n + 1 >= cap ||
			    take(&others, d, max + 1 + k, false) < 0)
				continue;
			rename_node(txn, e);
		}
	}
	out.volname = v->name;
	out.cmd = cmd;
	out.vol_id = v->volume_id;
	out.has_tasks = !(cmd & CLI_STATUS_DETAIL);
	out.bricks = bricks.e;
	out.nbricks = bricks.n;
	out.others = others.e;
	out.nothers = others.n;
	txn->reply = dict_new();
	r = txn->reply ? cli_status_rsp_encode(&out, txn->reply) : -ENOMEM;
out:
	for (size_t i = 0; i < bricks.n; i++)
		if (bricks.owned[i])
			cli_status_entry_release(&bricks.e[i]);
		else if (bricks.local_detail && bricks.local_detail[i])
			release_entry(&bricks.e[i]);
	for (size_t i = 0; i < others.n; i++)
		if (others.owned[i])
			cli_status_entry_release(&others.e[i]);
	free(bricks.e);
	free(bricks.owned);
	free(bricks.local_detail);
	free(others.e);
	free(others.owned);
	return r;
}

/* Originator, after every node committed: the answer for the CLI. */
static int status_finish(struct gd_txn *txn)
{
	const char *vol = dict_get_str(txn->dict, "volname");
	struct gd_volinfo *v = vol ? gd_conf_find_volume(txn->conf, vol) : NULL;
	uint32_t cmd = 0;

	if (!v)
		return gd_txn_fail(txn, EG_NOVOL, "Volume %s does not exist",
				   vol ? vol : "");
	(void)dict_get_uint32(txn->dict, "cmd", &cmd);
	if (build_reply(txn, v, cmd) < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	return 0;
}

const struct gd_op gd_op_volume_status = {
	.name = "volume status",
	.code = GD_OP_STATUS_VOLUME,
	.flags = GD_OPF_NOLOCK,
	.stage = status_stage,
	.commit = status_commit,
	.finish = status_finish,
	.hook = GD_HOOK_OP_MAX,
};
