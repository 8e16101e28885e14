/* status: the parts of `volume status V <detail|clients|mem|inode|fd|
 * callpool>` that look beyond glusterd's own state: the file system under
 * a brick (brick-facts.c) and the bricks' own answers (status-fanout.c).
 */
#ifndef GD_STATUS_H
#define GD_STATUS_H

#include <stdbool.h>
#include <stdint.h>

#include "glusterd/conf.h"

struct cli_status_entry;
struct dict;
struct rpc_call;

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
/* Answers a `volume status V <clients|mem|inode|fd|callpool>` call: the
 * local status reply, plus each online local brick's STATUS brick-op
 * answer under its "brick<index>." prefix. The reply goes out when every
 * brick answered or failed (each is bounded by a timeout). */
void gd_status_fanout(struct gd_conf *c, const struct dict *req,
		      struct rpc_call *call);

#endif
