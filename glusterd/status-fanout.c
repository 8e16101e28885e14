/* status-fanout: `volume status V clients|mem|inode|fd|callpool`, which
 * 10.3 answers with what each local brick process says about itself (a
 * STATUS brick-op, wire.md 3.6). The local status reply is built first;
 * then every online local brick is asked at once, and each answer that
 * succeeded is copied under the prefix "brick<index>." of the brick's
 * place in the volume. The CLI gets the reply once the last brick
 * answered, failed or timed out. The brick's dict is passed through as
 * it came: its keys are the brick's (mallinfo.*, poolN.*, clientN.*,
 * connN.*, callpool.*) and only the CLI reads them.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd1-xdr.h"
#include "glusterd/brick-op.h"
#include "glusterd/brick.h"
#include "glusterd/handler.h"
#include "glusterd/query.h"
#include "glusterd/status.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "xdr/cli-msg.h"

/* Brick dumps are in-memory walks; a brick that takes longer is stuck. */
#define BRICK_STATUS_TIMEOUT_MS 10000

#define STATUS_BRICK_BITS (CLI_STATUS_CLIENTS | CLI_STATUS_MEM | \
			   CLI_STATUS_INODE | CLI_STATUS_FD | \
			   CLI_STATUS_CALLPOOL)

struct fanout;

struct fanout_slot {
	struct fanout *f;
	int index;		/* the brick's place in the volume */
	char *path;		/* for the log */
};

struct fanout {
	struct rpc_call *call;
	struct gd_reply rep;
	int pending;
	int last_index;		/* of the last merged answer, -1: none */
	struct fanout_slot *slots;
	int nslots;
};

bool gd_status_asks_bricks(uint32_t cmd)
{
	return !(cmd & (CLI_STATUS_ALL | CLI_STATUS_SHD)) &&
	       (cmd & STATUS_BRICK_BITS) != 0;
}

static void fanout_free(struct fanout *f)
{
	for (int i = 0; i < f->nslots; i++)
		free(f->slots[i].path);
	free(f->slots);
	gd_reply_release(&f->rep);
	free(f);
}

/* 10.3's node count for these forms: the local entries plus the index
 * of the brick whose answer was merged last (a quirk its XML shows as
 * <nodeCount>). */
static void fanout_reply(struct fanout *f)
{
	int64_t count = 0;

	if (f->rep.op_ret == 0 && f->last_index > 0 &&
	    dict_get_int(f->rep.rsp, "count", &count) == 0 &&
	    dict_set_int(f->rep.rsp, "count", count + f->last_index) < 0)
		gd_reply_fail(&f->rep, ENOMEM, "Out of memory");
	gd_cli_reply(f->call, f->rep.op_ret, f->rep.op_errno, f->rep.errstr,
		     f->rep.rsp);
	fanout_free(f);
}

struct prefixed {
	struct dict *to;
	int index;
};

static int copy_prefixed(const char *key, const void *val, size_t len,
			 void *ctx)
{
	struct prefixed *p = ctx;
	char k[DICT_MAX_KEYLEN + 32];

	if ((size_t)snprintf(k, sizeof(k), "brick%d.%s", p->index, key) >=
	    sizeof(k))
		return 0;	/* cannot happen with the receive limits */
	return dict_set_bin(p->to, k, val, len);
}

static void brick_answered(int status, int op_ret, const char *errstr,
			   const struct dict *out, void *arg)
{
	struct fanout_slot *s = arg;
	struct fanout *f = s->f;
	struct prefixed p = { f->rep.rsp, s->index };

	if (status < 0)
		log_warn("status of brick %s: %s", s->path, strerror(-status));
	else if (op_ret != 0)
		log_debug("brick %s answered status with %d: %s", s->path,
			  op_ret, errstr);
	if (status == 0 && op_ret == 0 && f->rep.op_ret == 0) {
		if (dict_foreach(out, copy_prefixed, &p) < 0)
			gd_reply_fail(&f->rep, ENOMEM, "Out of memory");
		f->last_index = s->index;
	}
	if (--f->pending == 0)
		fanout_reply(f);
}

/* The brick-op input: the CLI's request, plus which brick and volume. */
static struct dict *brick_input(const struct dict *req,
				const struct gd_volinfo *v,
				const struct gd_brick *b)
{
	struct dict *in = dict_copy(req);

	if (in && (dict_set_str(in, "brick-name", b->path) < 0 ||
		   dict_set_str(in, "vol-id", v->volume_id) < 0))
		in = dict_unref(in);
	return in;
}

static int ask_brick(struct gd_conf *c, const struct gd_volinfo *v, int i,
		     const struct dict *req, struct fanout_slot *s)
{
	const struct gd_brick *b = &v->bricks[i];
	char *sock = gd_brick_socket(c, v, b);
	struct dict *in = brick_input(req, v, b);
	int r = sock && in ? 0 : -ENOMEM;

	s->index = i;
	s->path = strdup(b->path);
	if (r == 0 && !s->path)
		r = -ENOMEM;
	if (r == 0)
		r = gd_brick_op_send(c->loop, sock, GLUSTERD_BRICK_STATUS, "",
				     in, BRICK_STATUS_TIMEOUT_MS,
				     brick_answered, s);
	if (r < 0)
		log_warn("cannot ask brick %s for its status: %s", b->path,
			 strerror(-r));
	free(sock);
	dict_unref(in);
	return r;
}

static void ask_bricks(struct gd_conf *c, struct fanout *f,
		       const struct dict *req)
{
	const char *vol = dict_get_str(f->rep.rsp, "volname");
	struct gd_volinfo *v = vol ? gd_conf_find_volume(c, vol) : NULL;

	if (!v)
		return;
	f->slots = calloc((size_t)v->brick_count + 1, sizeof(*f->slots));
	if (!f->slots) {
		gd_reply_fail(&f->rep, ENOMEM, "Out of memory");
		return;
	}
	for (int i = 0; i < v->brick_count; i++) {
		struct gd_brick *b = &v->bricks[i];
		struct fanout_slot *s = &f->slots[f->nslots];

		if (!b->local || !gd_brick_online(b))
			continue;
		s->f = f;
		f->nslots++;
		if (ask_brick(c, v, i, req, s) == 0)
			f->pending++;
	}
}

void gd_status_fanout(struct gd_conf *c, const struct dict *req,
		      struct rpc_call *call)
{
	struct fanout *f = calloc(1, sizeof(*f));

	if (!f) {
		gd_cli_reply(call, -1, ENOMEM, "Out of memory", NULL);
		return;
	}
	f->call = call;
	f->last_index = -1;
	(void)gd_query_volume_status(c, req, &f->rep);
	if (f->rep.op_ret == 0)
		ask_bricks(c, f, req);
	if (f->pending == 0)
		fanout_reply(f);
}
