/* status: the parts of `volume status V <detail|clients|mem|inode|fd|
 * callpool>` that look beyond glusterd's own state: the file system under
 * a brick (brick-facts.c) and the bricks' own answers (status-fanout.c).
 */
#ifndef GD_STATUS_H
#define GD_STATUS_H

#include <stdbool.h>
#include <stdint.h>

#include "glusterd/conf.h"
#include "glusterd/op.h"

struct cli_status_entry;
struct dict;

/* What `detail` shows of a brick's file system (10.3: statvfs of the
 * brick path, the mount entry of the file system holding it, and the
 * inode size from xfs_info or tune2fs). */
struct gd_brick_facts {
	bool have_statvfs;
	uint64_t block_size, free, total;
	uint64_t total_inodes, free_inodes;
	char *device, *fs_name, *mnt_options;	/* NULL: unknown */
	char *inode_size;			/* NULL: unknown */
};

/* Fills f for the brick directory path; what cannot be found stays
 * unknown. Runs xfs_info/tune2fs (bounded) for xfs and ext3/4. */
void gd_brick_facts_get(const char *path, struct gd_brick_facts *f);
void gd_brick_facts_release(struct gd_brick_facts *f);
/* Points e's detail fields at f (borrowed) and marks e as detailed. */
void gd_brick_facts_to_entry(const struct gd_brick_facts *f,
			     struct cli_status_entry *e);

/* Pure helpers, exposed for the unit tests. */
/* The directory where the file system holding path is mounted: walks up
 * while the device stays the same. malloc'd, or NULL with errno. */
char *gd_brick__mount_root(const char *path);
/* The value following key in a tool's output ("isize=512" -> "512",
 * "Inode size:   256" -> "256"), malloc'd, or NULL. */
char *gd_brick__inode_size_parse(const char *text, const char *key);

/* cmd asks the bricks themselves (clients, mem, inode, fd, callpool). */
bool gd_status_asks_bricks(uint32_t cmd);

/* 10.3's op_errstr of a status whose brick-op a brick refused (a brick
 * without clients refuses `clients`); the status still succeeds. */
#define GD_STATUS_BRICK_FAILED "Glusterd Syncop Mgmt brick op 'Status' " \
	"failed. Please check brick log file for details."

/* Asks this node's online bricks of v (only the one at index only, when
 * only >= 0) for their status as req says, and adds each answer to out
 * under "brick<i>." (i: the brick's index in v, or 0 for only). done
 * runs once, when every brick answered, failed or timed out (maybe
 * before this returns). Holds its own reference to out. */
void gd_status_ask_bricks(struct gd_conf *c, const struct gd_volinfo *v,
			  int only, const struct dict *req, struct dict *out,
			  gd_asked_fn done, void *arg);
/* The index in v of the brick req names ("brick": HOST:PATH), or -1. */
int gd_status_brick_index(const struct gd_volinfo *v, const struct dict *req);
#endif
