/* status-fanout: `volume status V clients|mem|inode|fd|callpool`, which
 * 10.3 answers with what each brick process says about itself (a STATUS
 * brick-op, wire.md 3.6). Every node asks its own online bricks at once;
 * each answer that succeeded is copied under the prefix "brick<index>."
 * of the brick's place in the answer. The brick's dict is passed through
 * as it came: its keys are the brick's (mallinfo.*, poolN.*, clientN.*,
 * connN.*, callpool.*) and only the CLI reads them.
 * client-list is the exception: the node answers with the client names
 * of the first of its bricks that answered, in volume order, as 10.3
 * does (client-count, client<K>.name, <kind>-count; the rule is written
 * down in xdr/cli-msg-dump.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd1-xdr.h"
#include "glusterd/brick-op.h"
#include "glusterd/brick.h"
#include "glusterd/status.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "xdr/cli-msg.h"

/* Brick dumps are in-memory walks; a brick that takes longer is stuck. */
#define BRICK_STATUS_TIMEOUT_MS 10000

#define STATUS_BRICK_BITS (CLI_STATUS_CLIENTS | CLI_STATUS_MEM | \
			   CLI_STATUS_INODE | CLI_STATUS_FD | \
			   CLI_STATUS_CALLPOOL | CLI_STATUS_CLIENT_LIST)

struct ask;

struct ask_slot {
	struct ask *a;
	int index;		/* where the answer goes: "brick<index>." */
	char *path;		/* for the log */
	struct dict *list;	/* client-list: what the brick answered */
};

struct ask {
	struct dict *out;
	int pending;
	int answered;
	int failed;		/* a brick said no (op_ret != 0) */
	bool nomem;
	bool client_list;	/* keep the first brick's client names */
	struct ask_slot *slots;
	int nslots;
	gd_asked_fn done;
	void *arg;
};

bool gd_status_asks_bricks(uint32_t cmd)
{
	return !(cmd & (CLI_STATUS_ALL | CLI_STATUS_SHD)) &&
	       (cmd & STATUS_BRICK_BITS) != 0;
}

static int copy_key(const char *key, const void *val, size_t len, void *ctx)
{
	return dict_set_bin(ctx, key, val, len);
}

/* client-list: the node's answer is its first brick's list. */
static void ask_client_list(struct ask *a)
{
	for (int i = 0; i < a->nslots; i++) {
		if (!a->slots[i].list)
			continue;
		if (dict_foreach(a->slots[i].list, copy_key, a->out) < 0)
			a->nomem = true;
		break;
	}
}

static void ask_end(struct ask *a)
{
	struct gd_asked res;

	if (a->client_list)
		ask_client_list(a);
	res = (struct gd_asked){ a->answered, a->failed, a->nomem };
	a->done(&res, a->arg);
	for (int i = 0; i < a->nslots; i++) {
		free(a->slots[i].path);
		dict_unref(a->slots[i].list);
	}
	free(a->slots);
	dict_unref(a->out);
	free(a);
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
	struct ask_slot *s = arg;
	struct ask *a = s->a;
	struct prefixed p = { a->out, s->index };

	if (status < 0)
		log_warn("status of brick %s: %s", s->path, strerror(-status));
	else if (op_ret != 0)
		log_debug("brick %s answered status with %d: %s", s->path,
			  op_ret, errstr);
	if (status == 0 && op_ret != 0)
		a->failed++;
	if (status == 0 && op_ret == 0 && a->client_list) {
		int r = (s->list = dict_new()) ?
			cli_client_list_from_brick(out, s->list) : -ENOMEM;
		if (r == -ENOMEM)
			a->nomem = true;
		if (r < 0)
			s->list = dict_unref(s->list);
		a->answered++;
	} else if (status == 0 && op_ret == 0) {
		if (dict_foreach(out, copy_prefixed, &p) < 0)
			a->nomem = true;
		a->answered++;
	}
	if (--a->pending == 0)
		ask_end(a);
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

static int ask_brick(struct gd_conf *c, const struct gd_volinfo *v,
		     const struct gd_brick *b, const struct dict *req,
		     struct ask_slot *s)
{
	char *sock = gd_brick_socket(c, v, b);
	struct dict *in = brick_input(req, v, b);
	int r = sock && in ? 0 : -ENOMEM;

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

void gd_status_ask_bricks(struct gd_conf *c, const struct gd_volinfo *v,
			  int only, const struct dict *req, struct dict *out,
			  gd_asked_fn done, void *arg)
{
	struct ask *a = calloc(1, sizeof(*a));
	uint32_t cmd = 0;

	if (a)
		a->slots = calloc((size_t)v->brick_count + 1,
				  sizeof(*a->slots));
	if (!a || !a->slots) {
		struct gd_asked res = { 0, 0, true };
		free(a);
		done(&res, arg);
		return;
	}
	a->out = dict_ref(out);
	a->client_list = dict_get_uint32(req, "cmd", &cmd) == 0 &&
			 (cmd & CLI_STATUS_MASK) == CLI_STATUS_CLIENT_LIST;
	a->done = done;
	a->arg = arg;
	/* one reference for this loop, so that an early answer cannot end
	 * the walk */
	a->pending = 1;
	for (int i = 0; i < v->brick_count; i++) {
		const struct gd_brick *b = &v->bricks[i];
		struct ask_slot *s = &a->slots[a->nslots];

		if ((only >= 0 && i != only) || !b->local ||
		    !gd_brick_online(b))
			continue;
		s->a = a;
		s->index = only >= 0 ? 0 : i;
		a->nslots++;
		if (ask_brick(c, v, b, req, s) == 0)
			a->pending++;
	}
	if (--a->pending == 0)
		ask_end(a);
}

int gd_status_brick_index(const struct gd_volinfo *v, const struct dict *req)
{
	const char *name = dict_get_str(req, "brick");
	const char *colon = name ? strchr(name, ':') : NULL;

	for (int i = 0; colon && i < v->brick_count; i++) {
		const struct gd_brick *b = &v->bricks[i];
		if (strlen(b->hostname) == (size_t)(colon - name) &&
		    strncmp(b->hostname, name, (size_t)(colon - name)) == 0 &&
		    strcmp(b->path, colon + 1) == 0)
			return i;
	}
	return -1;
}
