/* brick-check: stage-time preparation of a local brick directory. */
#ifndef GD_BRICK_CHECK_H
#define GD_BRICK_CHECK_H

#include <stdbool.h>
#include <stdint.h>
#include <uuid/uuid.h>

struct gd_txn;

/* mkdir, directory/partition/xattr/in-use checks (partition and in-use
 * only without force), then sets trusted.glusterfs.volume-id and creates
 * .glusterfs. Failures are recorded in txn. */
int gd_brick_prepare_local(struct gd_txn *txn, const char *host,
			   const char *path, const uuid_t volid, bool force);
/* Brick path relative to its filesystem's mount point ("/" -> full). */
char *gd_brick_mount_dir(const char *path);
uint64_t gd_brick_fsid(const char *path);

#endif
