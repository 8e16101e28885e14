/* op-volume-set: `volume set` and `volume reset` (syncop), for one volume
 * or for the cluster-wide options (`all`). Rules: cluster.md 5.3.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/op.h"
#include "glusterd/quorum.h"
#include "glusterd/restore.h"
#include "glusterd/shd.h"
#include "glusterd/volume-opts.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "xdr/cli-msg.h"

struct set_ctx {
	struct cli_set_req req;
	struct cli_reset_req reset;
	struct gd_volinfo *v;		/* NULL for `all` */
	char **canon;			/* stored key of each pair */
	char **cvals;			/* stored value of each pair */
	size_t ncanon;
	struct gd_hook_kv *hkv;		/* the pairs, for the hook scripts */
};

static void set_release(struct gd_txn *txn)
{
	struct set_ctx *s = txn->priv;

	if (!s)
		return;
	for (size_t i = 0; i < s->ncanon; i++) {
		free(s->canon[i]);
		free(s->cvals ? s->cvals[i] : NULL);
	}
	free(s->canon);
	free(s->cvals);
	free(s->hkv);
	cli_set_req_release(&s->req);
	cli_reset_req_release(&s->reset);
	free(s);
	txn->priv = NULL;
}

static struct set_ctx *set_ctx_get(struct gd_txn *txn)
{
	if (!txn->priv)
		txn->priv = calloc(1, sizeof(struct set_ctx));
	return txn->priv;
}

static bool is_all(const char *volname)
{
	return strcmp(volname, "all") == 0;
}

/* Finds the volume named by the request unless it is `all`. */
static int find_target(struct gd_txn *txn, struct set_ctx *s,
		       const char *volname)
{
	if (is_all(volname))
		return 0;
	s->v = gd_conf_find_volume(txn->conf, volname);
	if (!s->v)
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s does not exist",
				   volname);
	return 0;
}

static int set_parse(struct gd_txn *txn)
{
	struct set_ctx *s = set_ctx_get(txn);
	const char *bad = NULL;

	if (!s)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	if (s->req.volname)
		return find_target(txn, s, s->req.volname);
	if (cli_set_req_decode(txn->dict, &s->req, &bad) < 0)
		return gd_txn_fail(txn, EINVAL, "Unable to get %s",
				   bad ? bad : "the options to set");
	if (s->req.nopts == 0)
		return gd_txn_fail(txn, EINVAL, "No options received");
	return find_target(txn, s, s->req.volname);
}

static int set_stage(struct gd_txn *txn)
{
	struct set_ctx *s;

	if (set_parse(txn) < 0)
		return -1;
	s = txn->priv;
	if (s->canon)	/* a second stage of the same transaction */
		return 0;
	s->canon = calloc(s->req.nopts, sizeof(char *));
	s->cvals = calloc(s->req.nopts, sizeof(char *));
	if (!s->canon || !s->cvals)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	for (size_t i = 0; i < s->req.nopts; i++) {
		char *err = NULL;
		const struct cli_kv *kv = &s->req.opts[i];
		int r = gd_volopt_check_set(txn->conf, s->v, kv->key, kv->value,
					    (unsigned)i + 1, &s->canon[i],
					    &s->cvals[i], &err);
		s->ncanon = i + 1;
		if (r < 0) {
			gd_txn_fail(txn, EG_INTRNL, "%s",
				    err ? err : "Error, Validation Failed");
			free(err);
			return -1;
		}
	}
	return 0;
}

static int set_global_commit(struct gd_txn *txn, struct set_ctx *s)
{
	struct gd_conf *c = txn->conf;

	for (size_t i = 0; i < s->req.nopts; i++) {
		const char *key = s->canon[i], *val = s->cvals[i];
		if (strcmp(key, "cluster.op-version") == 0) {
			c->op_version = (uint32_t)strtoul(val, NULL, 10);
			if (gd_conf_save_info(c) < 0)
				return gd_txn_fail(txn, EG_INTRNL, "Failed to "
						   "store op-version");
			continue;
		}
		if (gd_opts_set(&c->global_opts, key, val) < 0)
			return gd_txn_fail(txn, ENOMEM, "Out of memory");
	}
	c->global_opt_version++;
	if (gd_global_opts_save(c) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "Failed to store the global "
				   "options");
	return 0;
}

static int set_commit(struct gd_txn *txn)
{
	struct set_ctx *s;
	struct gd_opts saved;

	if (!txn->priv && set_stage(txn) < 0)
		return -1;
	s = txn->priv;
	if (!s->v)
		return set_global_commit(txn, s);
	if (gd_opts_copy(&saved, &s->v->opts) < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	for (size_t i = 0; i < s->req.nopts; i++)
		if (gd_opts_set(&s->v->opts, s->canon[i], s->cvals[i]) < 0) {
			gd_opts_release(&s->v->opts);
			s->v->opts = saved;
			return gd_txn_fail(txn, ENOMEM, "Out of memory");
		}
	gd_volume_update_op_versions(txn->conf, s->v);
	s->v->version++;
	if (gd_volume_persist(txn->conf, s->v) < 0) {
		gd_opts_release(&s->v->opts);
		s->v->opts = saved;
		s->v->version--;
		gd_volume_update_op_versions(txn->conf, s->v);
		return gd_txn_fail(txn, EG_INTRNL, "Unable to store volume %s",
				   s->v->name);
	}
	gd_opts_release(&saved);
	gd_shd_volume_reconfigured(txn->conf, s->v);
	return 0;
}

/* ---- reset ---- */

static int reset_stage(struct gd_txn *txn)
{
	struct set_ctx *s = set_ctx_get(txn);
	const char *bad = NULL;
	char *err = NULL;

	if (!s)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	if (!s->reset.volname &&
	    cli_reset_req_decode(txn->dict, &s->reset, &bad) < 0)
		return gd_txn_fail(txn, EINVAL, "Unable to get %s",
				   bad ? bad : "volume name");
	if (find_target(txn, s, s->reset.volname) < 0)
		return -1;
	if (strcmp(s->reset.key, "all") == 0)
		return 0;
	free(s->canon ? s->canon[0] : NULL);
	free(s->canon);
	s->canon = calloc(1, sizeof(char *));
	s->ncanon = 1;
	if (!s->canon)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	if (gd_volopt_check_reset(txn->conf, s->v, s->reset.key,
				  s->reset.force, &s->canon[0], &err) < 0) {
		gd_txn_fail(txn, EG_INTRNL, "%s", err ? err : "Invalid option");
		free(err);
		return -1;
	}
	return 0;
}

static void reset_opts(struct gd_opts *o, const struct set_ctx *s)
{
	if (s->canon && s->canon[0]) {
		(void)gd_opts_del(o, s->canon[0]);
		return;
	}
	for (size_t i = o->n; i > 0; i--)
		if (gd_volopt_reset_all_removes(o->kv[i - 1].key,
						s->reset.force))
			(void)gd_opts_del(o, o->kv[i - 1].key);
}

static int reset_commit(struct gd_txn *txn)
{
	struct set_ctx *s;
	struct gd_opts saved;

	if (!txn->priv && reset_stage(txn) < 0)
		return -1;
	s = txn->priv;
	if (!s->v) {
		reset_opts(&txn->conf->global_opts, s);
		txn->conf->global_opt_version++;
		return gd_global_opts_save(txn->conf) < 0 ?
		       gd_txn_fail(txn, EG_INTRNL, "Failed to store the global "
				   "options") : 0;
	}
	/* resetting a key the volume does not set changes nothing, and 10.3
	 * leaves the version alone too */
	if (s->canon && s->canon[0] && !gd_opts_get(&s->v->opts, s->canon[0]))
		return 0;
	if (gd_opts_copy(&saved, &s->v->opts) < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	reset_opts(&s->v->opts, s);
	(void)gd_volume_reset_restore(txn->conf, s->v,
				      s->canon ? s->canon[0] : NULL);
	gd_volume_update_op_versions(txn->conf, s->v);
	s->v->version++;
	if (gd_volume_persist(txn->conf, s->v) < 0) {
		gd_opts_release(&s->v->opts);
		s->v->opts = saved;
		s->v->version--;
		return gd_txn_fail(txn, EG_INTRNL, "Unable to store volume %s",
				   s->v->name);
	}
	gd_opts_release(&saved);
	gd_shd_volume_reconfigured(txn->conf, s->v);
	return 0;
}

/* The quorum options stay settable while quorum is lost (10.3), and a
 * change of them (or of anything) may change who meets it. */
static bool set_quorum_exempt(const struct gd_txn *txn)
{
	return gd_quorum_option(dict_get_str(txn->dict, "key1"));
}

static bool reset_quorum_exempt(const struct gd_txn *txn)
{
	return gd_quorum_option(dict_get_str(txn->dict, "key"));
}

static int set_commit_requorum(struct gd_txn *txn)
{
	int r = set_commit(txn);

	if (r == 0)
		gd_quorum_check(txn->conf);
	return r;
}

static int reset_commit_requorum(struct gd_txn *txn)
{
	int r = reset_commit(txn);

	if (r == 0)
		gd_quorum_check(txn->conf);
	return r;
}

static void set_hook_args(struct gd_txn *txn, struct gd_hook_args *a)
{
	struct set_ctx *s = txn->priv;

	if (!s || !s->canon || s->ncanon == 0)
		return;
	free(s->hkv);
	s->hkv = calloc(s->ncanon, sizeof(*s->hkv));
	if (!s->hkv)
		return;
	for (size_t i = 0; i < s->ncanon; i++)
		s->hkv[i] = (struct gd_hook_kv){ s->canon[i], s->cvals[i] };
	a->opts = s->hkv;
	a->nopts = s->ncanon;
}

const struct gd_op gd_op_volume_set = {
	.name = "volume set",
	.code = GD_OP_SET_VOLUME,
	.flags = GD_OPF_SYNCOP,
	.stage = set_stage,
	.commit = set_commit_requorum,
	.quorum_exempt = set_quorum_exempt,
	.release = set_release,
	.hook = GD_HOOK_SET,
	.hook_args = set_hook_args,
};

const struct gd_op gd_op_volume_reset = {
	.name = "volume reset",
	.code = GD_OP_RESET_VOLUME,
	.flags = GD_OPF_SYNCOP,
	.stage = reset_stage,
	.commit = reset_commit_requorum,
	.quorum_exempt = reset_quorum_exempt,
	.release = set_release,
	.hook = GD_HOOK_RESET,
};
