/* pmap: which brick listens on which port (wire.md 8). */
#ifndef GD_PMAP_H
#define GD_PMAP_H

#include <stdbool.h>
#include <sys/types.h>

#include "libglusterfs/list.h"

struct rpc_conn;

struct gd_pmap {
	struct list_head entries;
};

void gd_pmap_init(struct gd_pmap *p);
void gd_pmap_release(struct gd_pmap *p);
/* A random free port in [base, max] probed upward with wrap-around, as
 * 10.x chooses them; avoid (0: none) is skipped. */
int gd_pmap_alloc_port(const struct gd_pmap *p, int base, int max, int avoid);
int gd_pmap_add(struct gd_pmap *p, const char *brick, int port, pid_t pid,
		struct rpc_conn *conn);
void gd_pmap_remove(struct gd_pmap *p, const char *brick);
/* 0 when the brick is not signed in. */
int gd_pmap_port_of(const struct gd_pmap *p, const char *brick);
bool gd_pmap_signed_in(const struct gd_pmap *p, const char *brick);
/* The management connection went away. */
void gd_pmap_conn_gone(struct gd_pmap *p, struct rpc_conn *conn);

#endif
