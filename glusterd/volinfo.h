/* volinfo: the volume model, as persisted in <wd>/vols/<vol>/.
 *
 * Field names follow the store keys (reference/cluster.md 2.7, 2.9).
 * Options keep 10.x's dictionary semantics: a new key goes to the end of
 * `opts`, a changed key keeps its place; 10.x walks its option dictionary
 * newest-first, so the store and the CLI replies list opts from the end.
 */
#ifndef GD_VOLINFO_H
#define GD_VOLINFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "libglusterfs/gfuuid.h"
#include "libglusterfs/list.h"

enum gd_vol_type {
	GD_VOL_DISTRIBUTE = 0,
	GD_VOL_STRIPE = 1,
	GD_VOL_REPLICATE = 2,
	GD_VOL_STRIPE_REPLICATE = 3,
	GD_VOL_DISPERSE = 4,
	GD_VOL_TIER = 5,
};

enum gd_vol_status {
	GD_VOL_CREATED = 0,
	GD_VOL_STARTED = 1,
	GD_VOL_STOPPED = 2,
};

enum gd_transport {
	GD_TRANSPORT_TCP = 0,
	GD_TRANSPORT_RDMA = 1,
	GD_TRANSPORT_BOTH = 2,
};

struct gd_kv {
	char *key;
	char *val;
};

/* An ordered option list with replace-in-place semantics. */
struct gd_opts {
	struct gd_kv *kv;
	size_t n, alloc;
};

void gd_opts_init(struct gd_opts *o);
void gd_opts_release(struct gd_opts *o);
int gd_opts_copy(struct gd_opts *dst, const struct gd_opts *src);
const char *gd_opts_get(const struct gd_opts *o, const char *key);
int gd_opts_set(struct gd_opts *o, const char *key, const char *val);
/* 0 when removed, -ENOENT when absent. */
int gd_opts_del(struct gd_opts *o, const char *key);

struct gd_brick {
	char *hostname;
	char *path;
	char *real_path;
	char uuid[GF_UUID_BUFLEN];	/* owner node, "" if unresolved */
	int port;
	int rdma_port;
	int decommissioned;
	char *brick_id;			/* <vol>-client-<index> */
	char *mount_dir;
	char *device_path;
	char *fs_type;
	char *mnt_opts;
	int snap_status;
	uint64_t fsid;
	struct gd_opts extra;		/* unknown store keys, kept as read */
	/* runtime only */
	bool is_arbiter;
	bool local;			/* owned by this node */
	int run_state;			/* enum gd_brick_state (brick.h) */
	pid_t pid;			/* the brick process, 0 if none */
	bool signed_in;			/* PMAP SIGNIN seen */
	bool start_held;		/* add-brick heal marks come first */
	bool stop_pending;		/* stop asked while STARTING */
	struct spawn_watch *watch;	/* exit notification of pid */
};

struct gd_volinfo {
	struct list_head list;		/* in gd_conf.volumes, sorted by name */
	char *name;
	int type;
	int brick_count;
	int status;
	int sub_count;
	int replica_count;
	int stripe_count;
	int arbiter_count;
	int disperse_count;
	int redundancy_count;
	int thin_arbiter_count;
	int version;
	int transport_type;
	char volume_id[GF_UUID_BUFLEN];
	char username[GF_UUID_BUFLEN];
	char password[GF_UUID_BUFLEN];
	uint32_t op_version;
	uint32_t client_op_version;
	int quota_version;
	char *parent_volname;
	char restored_from_snap[GF_UUID_BUFLEN];
	int snap_max_hard_limit;
	int snap_count;
	int rebalance;		/* defrag cmd shown by volume info */
	struct gd_opts opts;		/* volume options */
	struct gd_opts extra;		/* unknown info keys, kept as read */
	struct gd_brick *bricks;
	char *ta_brick;			/* thin-arbiter "host:path", or NULL */
	uint32_t cksum;			/* exported checksum (cluster.md 2.11) */
	uint32_t file_cksum;		/* value of the cksum file */
};

struct gd_volinfo *gd_volinfo_new(const char *name);
struct gd_volinfo *gd_volinfo_free(struct gd_volinfo *v);
void gd_brick_release(struct gd_brick *b);

/* Bricks per distribute leaf: replica, disperse count, or 1. */
int gd_volinfo_dist_leaf(const struct gd_volinfo *v);
/* Marks arbiter bricks and brick ids after the brick array changed. */
void gd_volinfo_derive(struct gd_volinfo *v);
bool gd_volinfo_is_started(const struct gd_volinfo *v);

/* add-brick, as 10.3 plans it (cluster.md 5.4). */
struct gd_addbrick_plan {
	int replica;	/* the new replica count; 0: unchanged */
	int type;	/* the new type; -1: unchanged */
};
/* 10.3's count checks of `add-brick` (count new bricks, replica and
 * arbiter as requested, 0 when absent). -1 with the message in err, ""
 * where 10.3 has none (it then answers "Operation failed"). */
int gd_volinfo_addbrick_check(const struct gd_volinfo *v, int count,
			      int replica, int arbiter,
			      struct gd_addbrick_plan *out, char *err,
			      size_t len);
/* The number of the next brick id: one past the highest <vol>-client-N. */
int gd_volinfo_next_brick_id(const struct gd_volinfo *v);
/* Where 10.3 puts n new bricks (replica: the new replica count, 0 when
 * unchanged): out[j], for j < brick_count + n, is the brick at position
 * j afterwards: i < brick_count the old brick i, brick_count + k the new
 * brick k. Appended, or with a replica increase one run per replica set
 * (10.3's add_brick_at_right_order). */
void gd_volinfo_addbrick_layout(const struct gd_volinfo *v, int n, int replica,
				int *out);
/* Adds the n bricks of add[] (moved: add[] is left zeroed) where
 * gd_volinfo_addbrick_layout puts them; then applies the plan and
 * arbiter (0: unchanged) and derives sub_count and the arbiter marks. */
int gd_volinfo_add_bricks(struct gd_volinfo *v, struct gd_brick *add, int n,
			  const struct gd_addbrick_plan *plan, int arbiter);

/* Drops const for the cli-msg view structs, which borrow our strings. */
static inline char *gd_unconst(const char *s)
{
	return (char *)(uintptr_t)s;
}

/* "/data/b1" -> "-data-b1" (brick file names). */
char *gd_path_dashed(const char *path);
/* "/data/b1" -> "data-b1" (volfile ids, pid files). */
char *gd_path_dashed_noroot(const char *path);
/* Brick store file name "<host>:<dashed path>". */
char *gd_brick_store_name(const struct gd_brick *b);

#endif
