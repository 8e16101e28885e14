/* query-volume: volume info, list and status (wire.md 6.4-6.6). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/brick.h"
#include "glusterd/gd-errno.h"
#include "glusterd/query.h"
#include "glusterd/shd.h"
#include "glusterd/status.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "xdr/cli-msg.h"

int gd_reply_fail(struct gd_reply *rep, int op_errno, const char *fmt, ...)
{
	va_list ap;

	free(rep->errstr);
	va_start(ap, fmt);
	if (vasprintf(&rep->errstr, fmt, ap) < 0)
		rep->errstr = NULL;
	va_end(ap);
	rep->op_ret = -1;
	rep->op_errno = op_errno;
	return 0;
}

void gd_reply_release(struct gd_reply *rep)
{
	free(rep->errstr);
	dict_unref(rep->rsp);
	memset(rep, 0, sizeof(*rep));
}

int gd_reply_dict(struct gd_reply *rep)
{
	if (!rep->rsp)
		rep->rsp = dict_new();
	return rep->rsp ? 0 : -ENOMEM;
}

/* The volume as the CLI sees it: options newest first, then the global
 * options. Pointers borrow from v and c. */
static int volinfo_view(const struct gd_conf *c, const struct gd_volinfo *v,
			struct cli_volinfo *out)
{
	size_t nopt = v->opts.n + c->global_opts.n, k = 0;

	memset(out, 0, sizeof(*out));
	out->name = v->name;
	out->type = v->type;
	out->status = v->status;
	out->brick_count = v->brick_count;
	out->dist_count = v->type == 0 ? 1 : (v->sub_count ? v->sub_count : 1);
	out->stripe_count = v->stripe_count;
	out->replica_count = v->replica_count;
	out->arbiter_count = v->arbiter_count;
	out->disperse_count = v->disperse_count;
	out->redundancy_count = v->redundancy_count;
	out->thin_arbiter_count = v->thin_arbiter_count;
	out->transport = v->transport_type;
	out->volume_id = gd_unconst(v->volume_id);
	out->rebalance = v->rebalance;
	out->snap_count = v->snap_count;
	out->ta_brick = v->ta_brick;
	out->bricks = calloc((size_t)v->brick_count + 1, sizeof(*out->bricks));
	out->opts = calloc(nopt + 1, sizeof(*out->opts));
	if (!out->bricks || !out->opts)
		return -ENOMEM;
	for (int i = 0; i < v->brick_count; i++) {
		const struct gd_brick *b = &v->bricks[i];
		out->bricks[i].name = NULL;
		if (asprintf(&out->bricks[i].name, "%s:%s", b->hostname,
			     b->path) < 0)
			return -ENOMEM;
		out->bricks[i].uuid = gd_unconst(b->uuid);
		out->bricks[i].is_arbiter = b->is_arbiter;
	}
	for (size_t i = v->opts.n; i > 0; i--, k++)
		out->opts[k] = (struct cli_kv){ v->opts.kv[i - 1].key,
						v->opts.kv[i - 1].val };
	for (size_t i = c->global_opts.n; i > 0; i--, k++)
		out->opts[k] = (struct cli_kv){ c->global_opts.kv[i - 1].key,
						c->global_opts.kv[i - 1].val };
	out->nopts = k;
	return 0;
}

static void volinfo_view_release(struct cli_volinfo *vi, int nbricks)
{
	for (int i = 0; vi->bricks && i < nbricks; i++)
		free(vi->bricks[i].name);
	free(vi->bricks);
	free(vi->opts);
}

static int add_volume(const struct gd_conf *c, const struct gd_volinfo *v,
		      int index, struct dict *d)
{
	struct cli_volinfo vi;
	int r = volinfo_view(c, v, &vi);

	if (r == 0)
		r = cli_volinfo_encode(&vi, index, d);
	volinfo_view_release(&vi, v->brick_count);
	return r;
}

int gd_query_volume_info(struct gd_conf *c, const struct dict *req,
			 struct gd_reply *rep)
{
	struct cli_getvol_req gr = { 0 };
	struct gd_volinfo *v = NULL;
	int count = 0, r;

	if (gd_reply_dict(rep) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	if (cli_getvol_req_decode(req, &gr, NULL) < 0) {
		cli_getvol_req_release(&gr);
		return gd_reply_fail(rep, EINVAL, "Unable to get flags");
	}
	if (gr.flags == CLI_GET_VOLUME_ALL) {
		list_for_each_entry(v, &c->volumes, list)
			if (add_volume(c, v, count++, rep->rsp) < 0)
				break;
	} else if (gr.flags == CLI_GET_NEXT_VOLUME) {
		v = gd_conf_next_volume(c, gr.volname);
		if (v && add_volume(c, v, 0, rep->rsp) == 0)
			count = 1;
	} else if (gr.flags == CLI_GET_VOLUME && gr.volname) {
		v = gd_conf_find_volume(c, gr.volname);
		if (v && add_volume(c, v, 0, rep->rsp) == 0)
			count = 1;
		else if (!v)
			gd_reply_fail(rep, EG_NOVOL,
				      "Volume does not exist");
	} else {
		gd_reply_fail(rep, EINVAL, "Invalid flags %d", gr.flags);
	}
	cli_getvol_req_release(&gr);
	r = dict_set_int(rep->rsp, "count", count);
	return r < 0 ? gd_reply_fail(rep, ENOMEM, "Out of memory") : 0;
}

int gd_query_volume_list(struct gd_conf *c, const struct dict *req,
			 struct gd_reply *rep)
{
	struct cli_name_list l = { 0 };
	struct gd_volinfo *v;
	size_t i = 0;

	(void)req;
	if (gd_reply_dict(rep) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	l.names = calloc(c->nvolumes + 1, sizeof(char *));
	if (!l.names)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	list_for_each_entry(v, &c->volumes, list)
		l.names[i++] = v->name;
	l.n = i;
	if (cli_vol_list_encode(&l, rep->rsp) < 0)
		gd_reply_fail(rep, ENOMEM, "Out of memory");
	free(l.names);
	return 0;
}

static int status_all(struct gd_conf *c, struct gd_reply *rep)
{
	struct cli_name_list l = { 0 };
	struct gd_volinfo *v;
	size_t i = 0;

	l.names = calloc(c->nvolumes + 1, sizeof(char *));
	if (!l.names)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	list_for_each_entry(v, &c->volumes, list)
		l.names[i++] = v->name;
	l.n = i;
	if (cli_status_all_encode(&l, rep->rsp) < 0 ||
	    dict_set_uint(rep->rsp, "cmd", CLI_STATUS_ALL) < 0)
		gd_reply_fail(rep, ENOMEM, "Out of memory");
	free(l.names);
	return 0;
}

void gd_status_brick_entry(const struct gd_brick *b,
			   struct cli_status_entry *e)
{
	memset(e, 0, sizeof(*e));
	e->hostname = b->hostname;
	e->path = b->path;
	e->peerid = gd_unconst(b->uuid);
	e->port = b->port;
	e->status = gd_brick_online(b) ? 1 : 0;
	e->pid = e->status ? (int)b->pid : -1;
}

/* The "Self-heal Daemon on localhost" entry of 10.3. */
void gd_status_shd_entry(struct gd_conf *c, const struct gd_volinfo *v,
			 struct cli_status_entry *e)
{
	pid_t pid = -1;

	memset(e, 0, sizeof(*e));
	e->hostname = gd_unconst("Self-heal Daemon");
	e->path = gd_unconst("localhost");
	e->peerid = gd_unconst(gd_conf_uuid(c));
	e->is_daemon = true;
	e->status = gd_shd_volume_online(v->name, &pid) ? 1 : 0;
	e->pid = e->status ? (int)pid : -1;
}

const char *gd_status_shd_refusal(const struct gd_volinfo *v)
{
	if (!gd_shd_compatible(v))
		return "Volume %s is not Self-heal compatible";
	if (!gd_shd_enabled(v))
		return "Self-heal Daemon is disabled for volume %s";
	return NULL;
}

/* 10.3 lists tasks for the plain form and `tasks` only */
bool gd_status_has_tasks(uint32_t cmd)
{
	return (cmd & ~(CLI_STATUS_VOL | CLI_STATUS_TASKS)) == 0;
}

bool gd_status_plain(uint32_t cmd)
{
	return (cmd & CLI_STATUS_MASK) == 0 &&
	       !(cmd & (CLI_STATUS_BRICK | CLI_STATUS_SHD));
}

int gd_query_status_all(struct gd_conf *c, struct gd_reply *rep)
{
	if (gd_reply_dict(rep) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	return status_all(c, rep);
}
