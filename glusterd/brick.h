/* brick: start, stop, adopt and observe this node's brick processes. */
#ifndef GD_BRICK_H
#define GD_BRICK_H

#include <stdbool.h>
#include <sys/types.h>

#include "glusterd/conf.h"

enum gd_brick_state {
	GD_BRICK_STOPPED = 0,
	GD_BRICK_STARTING,
	GD_BRICK_STARTED,
	GD_BRICK_STOPPING,
	GD_BRICK_STATE_MAX
};

/* <rundir>/vols/<vol>/<host>-<dashed path>.pid */
char *gd_brick_pidfile(const struct gd_conf *c, const struct gd_volinfo *v,
		       const struct gd_brick *b);
/* <vol>.<host>.<dashed path> */
char *gd_brick_volfile_id(const struct gd_volinfo *v, const struct gd_brick *b);
/* /var/run/gluster/<xxh64>.socket */
char *gd_brick_socket(const struct gd_conf *c, const struct gd_volinfo *v,
		      const struct gd_brick *b);

int gd_brick_start(struct gd_conf *c, struct gd_volinfo *v, int idx);
int gd_brick_stop(struct gd_conf *c, struct gd_volinfo *v, int idx);
/* Starts every local brick that is not running; first error returned. */
int gd_volume_start_bricks(struct gd_conf *c, struct gd_volinfo *v);
void gd_volume_stop_bricks(struct gd_conf *c, struct gd_volinfo *v);
bool gd_brick_online(const struct gd_brick *b);

/* Calls cb (from the loop, or at once) when every local brick of vol
 * has finished starting and signed in, or after timeout_ms. */
void gd_volume_bricks_settled(struct gd_conf *c, const char *vol,
			      unsigned timeout_ms, void (*cb)(void *arg),
			      void *arg);

/* Portmap notifications. */
void gd_bricks_signed_in(struct gd_conf *c, const char *path, int port,
			 pid_t pid);
void gd_bricks_signed_out(struct gd_conf *c, const char *path);
/* At start-up: adopt live bricks of started volumes, start the rest. */
void gd_bricks_restore(struct gd_conf *c);

#endif
