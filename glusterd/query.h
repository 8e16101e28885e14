/* query: read-only CLI requests. They take no lock and never wait for a
 * transaction (info, list, get, status, peers, uuid). */
#ifndef GD_QUERY_H
#define GD_QUERY_H

#include "glusterd/conf.h"

struct dict;

struct gd_reply {
	int op_ret;
	int op_errno;
	char *errstr;		/* malloc'd or NULL */
	struct dict *rsp;	/* owned; NULL sends an empty dict */
};

typedef int (*gd_query_fn)(struct gd_conf *c, const struct dict *req,
			   struct gd_reply *rep);

/* Fails rep with a formatted message; returns 0 (the reply is complete). */
int gd_reply_fail(struct gd_reply *rep, int op_errno, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void gd_reply_release(struct gd_reply *rep);
/* Makes sure rep->rsp exists (successful replies carry a dict). */
int gd_reply_dict(struct gd_reply *rep);

int gd_query_volume_info(struct gd_conf *c, const struct dict *req,
			 struct gd_reply *rep);
int gd_query_volume_list(struct gd_conf *c, const struct dict *req,
			 struct gd_reply *rep);
int gd_query_volume_get(struct gd_conf *c, const struct dict *req,
			struct gd_reply *rep);
/* `volume status all`: the names of the volumes (the CLI then asks for
 * each one). */
int gd_query_status_all(struct gd_conf *c, struct gd_reply *rep);
int gd_query_uuid_get(struct gd_conf *c, const struct dict *req,
		      struct gd_reply *rep);
/* peer status (flags 1) and pool list (flags 2) */
int gd_query_peer_list(struct gd_conf *c, int flags, struct gd_reply *rep);

/* Pieces of `volume status` shared with its pool-wide form
 * (op-volume-status.c). */
struct cli_status_entry;
void gd_status_brick_entry(const struct gd_brick *b,
			   struct cli_status_entry *e);
void gd_status_shd_entry(struct gd_conf *c, const struct gd_volinfo *v,
			 struct cli_status_entry *e);
/* cmd asks for the plain form (bricks and daemons, no detail). */
bool gd_status_plain(uint32_t cmd);
/* The answer carries "tasks" (the plain form and `tasks`). */
bool gd_status_has_tasks(uint32_t cmd);
/* Why `volume status V shd` cannot answer (a format taking the volume
 * name), or NULL. */
const char *gd_status_shd_refusal(const struct gd_volinfo *v);

#endif
