/* op-volume-status: `volume status V [form]` in a pool. Each node answers
 * for what runs on it, in 10.3's per-node form (count, brick-index-max,
 * other-count): its own bricks at their place in the volume, its daemons
 * after them, and for clients/mem/inode/fd/callpool what its bricks say
 * of themselves. The commit of this syncop STATUS_VOLUME takes no lock.
 * The originator merges the answers key by key as 10.3 does: a brick
 * whose node did not answer is left out; daemons follow in node order,
 * named by their node. For client-list each node's client keys are
 * copied over the ones before, this node's first (10.3's rule, see
 * xdr/cli-msg-dump.c).
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

static struct gd_volinfo *status_volume(struct gd_txn *txn, uint32_t *cmd)
{
	const char *vol = dict_get_str(txn->dict, "volname");
	struct gd_volinfo *v = vol ? gd_conf_find_volume(txn->conf, vol) : NULL;

	*cmd = 0;
	(void)dict_get_uint32(txn->dict, "cmd", cmd);
	/* (10.3's status answers this one with EG_INTRNL, every form) */
	if (!v)
		gd_txn_fail(txn, EG_INTRNL, "Volume %s does not exist",
			    vol ? vol : "");
	return v;
}

/* `status all [form]`: our CLI asks only the originator, which answers
 * alone (handler-cli.c), but a 10.3 originator runs it through the pool
 * and wants every node to pass it. */
static bool status_all_asked(const struct gd_txn *txn)
{
	uint32_t cmd = 0;

	(void)dict_get_uint32(txn->dict, "cmd", &cmd);
	return (cmd & CLI_STATUS_ALL) != 0;
}

/* ... and to answer with the volumes' names, as 10.3 nodes do. */
static int all_share(struct gd_txn *txn, struct dict *d)
{
	struct gd_conf *c = txn->conf;
	struct cli_name_list l = { 0 };
	struct gd_volinfo *v;
	int r;

	l.names = calloc(c->nvolumes + 1, sizeof(char *));
	if (!l.names)
		return -ENOMEM;
	list_for_each_entry(v, &c->volumes, list)
		l.names[l.n++] = v->name;
	r = cli_status_all_encode(&l, d);
	free(l.names);
	return r;
}

static int status_stage(struct gd_txn *txn)
{
	uint32_t cmd;
	struct gd_volinfo *v;
	const char *why;

	if (status_all_asked(txn))
		return 0;
	v = status_volume(txn, &cmd);
	if (!v)
		return -1;
	if (!gd_volinfo_is_started(v))
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s is not started",
				   v->name);
	if ((cmd & CLI_STATUS_SHD) && (why = gd_status_shd_refusal(v)))
		return gd_txn_fail(txn, EG_INTRNL, why, v->name);
	if ((cmd & CLI_STATUS_BRICK) && gd_status_brick_index(v, txn->dict) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "No brick %s in volume %s",
				   dict_get_str(txn->dict, "brick") ?
				   dict_get_str(txn->dict, "brick") : "",
				   v->name);
	return 0;
}

/* Brick i of v as entry `at` of d, with its file system for `detail`. */
static int put_brick(const struct gd_volinfo *v, int i, uint32_t cmd, int at,
		     struct dict *d)
{
	struct cli_status_entry e;
	struct gd_brick_facts f = { 0 };
	int r;

	gd_status_brick_entry(&v->bricks[i], &e);
	if (cmd & CLI_STATUS_DETAIL) {
		gd_brick_facts_get(v->bricks[i].path, &f);
		gd_brick_facts_to_entry(&f, &e);
	}
	r = cli_status_entry_encode(&e, at, false, d);
	gd_brick_facts_release(&f);
	return r;
}

/* This node's share: what runs here of v, in 10.3's per-node form. */
static int node_share(struct gd_txn *txn, struct gd_volinfo *v, uint32_t cmd,
		      struct dict *d)
{
	int n = 0, others = 0, max = v->brick_count - 1, r = 0;

	if (cmd & CLI_STATUS_BRICK) {
		int i = gd_status_brick_index(v, txn->dict);
		max = 0;
		if (i >= 0 && v->bricks[i].local) {
			r = put_brick(v, i, cmd, 0, d);
			n++;
		}
	} else if (!(cmd & CLI_STATUS_SHD)) {
		for (int i = 0; r == 0 && i < v->brick_count; i++) {
			if (!v->bricks[i].local)
				continue;
			r = put_brick(v, i, cmd, i, d);
			n++;
		}
	} else {
		max = -1;
	}
	if (r == 0 && gd_shd_enabled(v) &&
	    ((cmd & CLI_STATUS_SHD) || gd_status_plain(cmd))) {
		struct cli_status_entry e;
		gd_status_shd_entry(txn->conf, v, &e);
		/* nodes name themselves by uuid; the originator turns it
		 * into a host name */
		e.path = gd_unconst(gd_conf_uuid(txn->conf));
		r = cli_status_entry_encode(&e, max + 1, true, d);
		n++;
		others++;
	}
	if (r == 0)
		r = dict_set_int(d, "count", n);
	if (r == 0)
		r = dict_set_int(d, "brick-index-max", max);
	if (r == 0)
		r = dict_set_int(d, "other-count", others);
	if (r == 0 && gd_status_has_tasks(cmd))
		r = dict_set_int(d, "tasks", 0);
	return r;
}

static int status_commit(struct gd_txn *txn)
{
	bool all = status_all_asked(txn);
	uint32_t cmd;
	struct gd_volinfo *v = all ? NULL : status_volume(txn, &cmd);
	struct dict *d;

	if (!all && !v)
		return -1;
	d = dict_new();
	if (!d || (all ? all_share(txn, d) : node_share(txn, v, cmd, d)) < 0) {
		dict_unref(d);
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	}
	dict_unref(txn->node_rsp);
	txn->node_rsp = d;
	return 0;
}

/* clients, mem, inode, fd, callpool: this node's bricks tell. */
static void status_bricks(struct gd_txn *txn, gd_asked_fn done, void *arg)
{
	uint32_t cmd = 0;
	struct gd_volinfo *v = status_all_asked(txn) ? NULL :
			       status_volume(txn, &cmd);
	struct gd_asked none = { 0, 0, false };
	int only = -1;

	if (v && (cmd & CLI_STATUS_BRICK)) {
		only = gd_status_brick_index(v, txn->dict);
		if (only < 0 || !v->bricks[only].local)
			v = NULL;
	}
	if (!v || !gd_status_asks_bricks(cmd) || !txn->node_rsp) {
		done(&none, arg);
		return;
	}
	gd_status_ask_bricks(txn->conf, v, only, txn->dict, txn->node_rsp,
			     done, arg);
}

/* ---------------- the originator's merge ---------------- */

struct merge {
	struct gd_txn *txn;
	struct dict *to;
	const struct dict *from;
	int max;		/* of the answer: brick-index-max */
	int from_max;		/* of the source */
	int from_others;
	int other_base;		/* first index for the source's daemons */
	int *owner;		/* per brick: the source that tells it, -1 */
	int self;		/* this source's number */
};

/* A daemon's node comes as a uuid: shown as localhost for this node,
 * else by the peer's name. */
static const char *node_name(struct gd_txn *txn, const char *uuid)
{
	const struct gd_peer *p;

	if (strcmp(uuid, gd_conf_uuid(txn->conf)) == 0)
		return "localhost";
	p = gd_peer_find_uuid(txn->conf, uuid);
	return p ? gd_peer_name(p) : uuid;
}

static int merge_key(const char *key, const void *val, size_t len, void *arg)
{
	struct merge *m = arg;
	char k[DICT_MAX_KEYLEN + 32];
	int idx, off = 0;

	if (cli_client_list_key(key))
		return dict_set_bin(m->to, key, val, len);
	if (sscanf(key, "brick%d.%n", &idx, &off) != 1 || off == 0 || idx < 0)
		return 0;
	if (idx <= m->from_max) {
		if (idx > m->max || m->owner[idx] != m->self)
			return 0;
		return dict_set_bin(m->to, key, val, len);
	}
	if (idx > m->from_max + m->from_others || !key[off])
		return 0;
	snprintf(k, sizeof(k), "brick%d.%s",
		 m->other_base + idx - m->from_max - 1, key + off);
	if (strcmp(key + off, "path") == 0 && len > 0 &&
	    ((const char *)val)[len - 1] == '\0')
		return dict_set_str(m->to, k, node_name(m->txn, val));
	return dict_set_bin(m->to, k, val, len);
}

static const struct dict *source(struct gd_txn *txn, size_t s)
{
	return s == 0 ? txn->node_rsp : txn->peer_rsps[s - 1];
}

static int merge_all(struct gd_txn *txn, int max, struct dict *to,
		     int *count, int *others)
{
	size_t nsrc = txn->npeers + 1;
	int *owner = malloc(((size_t)max + 2) * sizeof(*owner));
	struct merge m = { txn, to, NULL, max, 0, 0, max + 1, owner, 0 };
	char key[64];
	int r = 0;

	if (!owner)
		return -ENOMEM;
	for (int i = 0; i <= max; i++) {
		owner[i] = -1;
		snprintf(key, sizeof(key), "brick%d.hostname", i);
		for (size_t s = 0; s < nsrc && owner[i] < 0; s++)
			if (source(txn, s) && dict_has(source(txn, s), key))
				owner[i] = (int)s;
	}
	*count = 0;
	for (size_t s = 0; r == 0 && s < nsrc; s++) {
		int32_t n = 0, smax = max, so = 0;
		if (!(m.from = source(txn, s)))
			continue;
		(void)dict_get_int32(m.from, "count", &n);
		(void)dict_get_int32(m.from, "brick-index-max", &smax);
		(void)dict_get_int32(m.from, "other-count", &so);
		if (so < 0 || so > 64 || smax < -1 || smax > max)
			continue;	/* not an answer for this volume */
		m.self = (int)s;
		m.from_max = smax;
		m.from_others = so;
		r = dict_foreach(m.from, merge_key, &m);
		m.other_base += so;
		*count += n;
	}
	*others = m.other_base - max - 1;
	free(owner);
	return r;
}

/* Originator, after every node committed: the answer for the CLI, the
 * request with every node's share merged into it. */
static int status_finish(struct gd_txn *txn)
{
	uint32_t cmd;
	struct gd_volinfo *v = status_volume(txn, &cmd);
	int max, count = 0, others = 0, r;

	if (!v)
		return -1;
	max = (cmd & CLI_STATUS_BRICK) ? 0 :
	      (cmd & CLI_STATUS_SHD) ? -1 : v->brick_count - 1;
	txn->reply = dict_copy(txn->dict);
	if (!txn->reply)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	r = txn->bricks.nomem ? -ENOMEM :
	    merge_all(txn, max, txn->reply, &count, &others);
	/* 10.3 counts one entry more per local brick answer after the
	 * first (its XML shows that as <nodeCount>), but not for
	 * client-list, whose answers are not entries */
	if (txn->bricks.answered > 1 &&
	    (cmd & CLI_STATUS_MASK) != CLI_STATUS_CLIENT_LIST)
		count += txn->bricks.answered - 1;
	if (txn->bricks.failed)
		gd_txn_info(txn, "%s", GD_STATUS_BRICK_FAILED);
	if (r == 0)
		r = dict_set_int(txn->reply, "count", count);
	if (r == 0)
		r = dict_set_int(txn->reply, "brick-index-max", max);
	if (r == 0)
		r = dict_set_int(txn->reply, "other-count", others);
	if (r == 0)
		r = dict_set_int(txn->reply, "type", -1);
	if (r == 0)
		r = dict_set_int(txn->reply, "hot_brick_count", -1);
	if (r == 0 && gd_status_has_tasks(cmd))
		r = dict_set_int(txn->reply, "tasks", 0);
	if (r == 0 && !dict_has(txn->reply, "vol-id"))
		r = dict_set_str(txn->reply, "vol-id", v->volume_id);
	if (r < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	return 0;
}

/* 10.3 answers status while the pool lacks server quorum. */
static bool status_quorum_exempt(const struct gd_txn *txn)
{
	(void)txn;
	return true;
}

const struct gd_op gd_op_volume_status = {
	.name = "volume status",
	.code = GD_OP_STATUS_VOLUME,
	.flags = GD_OPF_SYNCOP | GD_OPF_NOLOCK,
	.stage = status_stage,
	.commit = status_commit,
	.bricks = status_bricks,
	.finish = status_finish,
	.quorum_exempt = status_quorum_exempt,
	.hook = GD_HOOK_OP_MAX,
};
