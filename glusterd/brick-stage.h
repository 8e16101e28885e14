/* brick-stage: the new bricks of `volume create` and `volume add-brick`:
 * their parsing and what stage does with them on every node (cluster.md
 * 5.1, 5.4). Each node prepares only the bricks it owns and answers
 * brick<N>.mount_dir for them and brick_count (the last local one).
 */
#ifndef GD_BRICK_STAGE_H
#define GD_BRICK_STAGE_H

#include <stdbool.h>
#include <uuid/uuid.h>

struct gd_txn;

/* "host:/path" entries split; names are borrowed from the request. */
struct gd_newbricks {
	int count;
	char **names;
	char **hosts;
	char **paths;
};

/* Which command stages: the messages differ. */
enum gd_newbricks_for {
	GD_NB_CREATE,
	GD_NB_ADD_BRICK,
};

/* Splits bricks[0..count) ("Wrong brick type", "Found duplicate
 * exports"); failures are recorded in txn. */
int gd_newbricks_parse(struct gd_txn *txn, struct gd_newbricks *nb,
		       char **bricks, int count);
void gd_newbricks_release(struct gd_newbricks *nb);
/* Each run of `set` consecutive bricks must be on distinct servers
 * ("Multiple bricks of a <kind> volume are present on the same
 * server..."); set < 2 checks nothing. gd_bricks_same_server records
 * that failure. */
int gd_bricks_same_server(struct gd_txn *txn, const char *kind);
int gd_newbricks_order_check(struct gd_txn *txn, const struct gd_newbricks *nb,
			     int set, const char *kind);
/* Every brick: volfile path length, owner in the pool and connected;
 * this node's own: not used by another brick, directory prepared
 * (brick-check.h) with volid, brick<i>.mount_dir added to txn->dict;
 * then brick_count. */
int gd_newbricks_stage(struct gd_txn *txn, const char *vol,
		       const struct gd_newbricks *nb, const uuid_t volid,
		       bool force, enum gd_newbricks_for why);
/* Fills b (zeroed) for new brick i: names, id <vol>-client-<id>,
 * brick<i+1>.mount_dir from the stage answers, owner, local, fsid. */
struct gd_brick;
int gd_newbrick_fill(struct gd_txn *txn, const struct gd_newbricks *nb, int i,
		     const char *vol, int id, struct gd_brick *b);

#endif
