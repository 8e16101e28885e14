/* locks: the cluster lock table, name -> owner uuid, with expiry. */
#ifndef GD_LOCKS_H
#define GD_LOCKS_H

#include "libglusterfs/event.h"

struct gd_locks;

struct gd_locks *gd_locks_new(struct ev_loop *loop, unsigned timeout_s);
struct gd_locks *gd_locks_free(struct gd_locks *l);
/* -EBUSY when held (by anyone). */
int gd_lock_take(struct gd_locks *l, const char *name, const char *owner);
/* -ENOENT when not held, -EPERM when held by another owner. */
int gd_lock_release(struct gd_locks *l, const char *name, const char *owner);
const char *gd_lock_owner(const struct gd_locks *l, const char *name);
/* Drops every lock of owner (a peer went away). */
void gd_locks_release_owner(struct gd_locks *l, const char *owner);

#endif
