/* cli-msg: the typed form of every CLI <-> glusterd dict.
 *
 * Both binaries compile this one codec: the CLI encodes requests and
 * decodes replies, glusterd decodes requests and encodes replies. Every
 * key name and value form lives here and nowhere else
 * (reference/wire.md section 6).
 *
 * Conventions: strings are malloc'd and owned by the struct; *_release
 * frees the contents. decode functions return 0, -ENOENT (a required key
 * is missing: *bad_key names it when non-NULL) or -EINVAL (bad value).
 */
#ifndef GF_CLI_MSG_H
#define GF_CLI_MSG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct dict;

/* gf1_cluster_type */
enum cli_vol_type {
	CLI_VOL_DISTRIBUTE = 0,
	CLI_VOL_STRIPE = 1,
	CLI_VOL_REPLICATE = 2,
	CLI_VOL_STRIPE_REPLICATE = 3,
	CLI_VOL_DISPERSE = 4,
	CLI_VOL_TIER = 5,
};

/* gf_cli_status_type bits */
#define CLI_STATUS_MEM      0x1
#define CLI_STATUS_CLIENTS  0x2
#define CLI_STATUS_INODE    0x4
#define CLI_STATUS_FD       0x8
#define CLI_STATUS_CALLPOOL 0x10
#define CLI_STATUS_DETAIL   0x20
#define CLI_STATUS_TASKS    0x40
#define CLI_STATUS_CLIENT_LIST 0x80
#define CLI_STATUS_MASK     0xFF
#define CLI_STATUS_VOL      0x100
#define CLI_STATUS_ALL      0x200
#define CLI_STATUS_BRICK    0x400
#define CLI_STATUS_NFS      0x800
#define CLI_STATUS_SHD      0x1000
#define CLI_STATUS_QUOTAD   0x2000
#define CLI_STATUS_SNAPD    0x4000
#define CLI_STATUS_BITD     0x8000
#define CLI_STATUS_SCRUB    0x10000

/* GET_VOLUME flags */
#define CLI_GET_VOLUME_ALL  1
#define CLI_GET_VOLUME      2
#define CLI_GET_NEXT_VOLUME 3

/* CLI procedure numbers (program 1238463 v2) */
enum cli_proc {
	CLI_PROC_NULL = 0,
	CLI_PROC_PROBE = 1,
	CLI_PROC_DEPROBE = 2,
	CLI_PROC_LIST_FRIENDS = 3,
	CLI_PROC_CREATE_VOLUME = 4,
	CLI_PROC_GET_VOLUME = 5,
	CLI_PROC_GET_NEXT_VOLUME = 6,
	CLI_PROC_DELETE_VOLUME = 7,
	CLI_PROC_START_VOLUME = 8,
	CLI_PROC_STOP_VOLUME = 9,
	CLI_PROC_RENAME_VOLUME = 10,
	CLI_PROC_DEFRAG_VOLUME = 11,
	CLI_PROC_SET_VOLUME = 12,
	CLI_PROC_ADD_BRICK = 13,
	CLI_PROC_REMOVE_BRICK = 14,
	CLI_PROC_REPLACE_BRICK = 15,
	CLI_PROC_LOG_ROTATE = 16,
	CLI_PROC_GETSPEC = 17,
	CLI_PROC_PMAP_PORTBYBRICK = 18,
	CLI_PROC_SYNC_VOLUME = 19,
	CLI_PROC_RESET_VOLUME = 20,
	CLI_PROC_FSM_LOG = 21,
	CLI_PROC_GSYNC_SET = 22,
	CLI_PROC_PROFILE_VOLUME = 23,
	CLI_PROC_QUOTA = 24,
	CLI_PROC_TOP_VOLUME = 25,
	CLI_PROC_GETWD = 26,
	CLI_PROC_STATUS_VOLUME = 27,
	CLI_PROC_STATUS_ALL = 28,
	CLI_PROC_MOUNT = 29,
	CLI_PROC_UMOUNT = 30,
	CLI_PROC_HEAL_VOLUME = 31,
	CLI_PROC_STATEDUMP_VOLUME = 32,
	CLI_PROC_LIST_VOLUME = 33,
	CLI_PROC_CLRLOCKS_VOLUME = 34,
	CLI_PROC_UUID_RESET = 35,
	CLI_PROC_UUID_GET = 36,
	CLI_PROC_COPY_FILE = 37,
	CLI_PROC_SYS_EXEC = 38,
	CLI_PROC_SNAP = 39,
	CLI_PROC_BARRIER_VOLUME = 40,
	CLI_PROC_GET_VOL_OPT = 41,
	CLI_PROC_GANESHA = 42,
	CLI_PROC_BITROT = 43,
	CLI_PROC_ATTACH_TIER = 44,
	CLI_PROC_TIER = 45,
	CLI_PROC_GET_STATE = 46,
	CLI_PROC_RESET_BRICK = 47,
	CLI_PROC_REMOVE_TIER_BRICK = 48,
	CLI_PROC_ADD_TIER_BRICK = 49,
	CLI_PROC_MAX = 50,
};

/* ---------------- requests ---------------- */

/* volume create (proc 4) */
struct cli_create_req {
	char *volname;
	int type;		/* enum cli_vol_type: 0, 2 or 4 */
	int count;		/* number of bricks */
	char **bricks;		/* "host:/path", count entries */
	char *transport;	/* "tcp", "rdma", "tcp,rdma" */
	bool force;
	int replica_count;	/* 0 = absent */
	int arbiter_count;	/* 0 = absent */
	int disperse_count;	/* 0 = absent */
	int redundancy_count;	/* 0 = absent */
	int thin_arbiter_count;	/* 0 = absent */
	char *ta_brick;		/* NULL = absent */
	char *cmd_str;
};

/* volume start/stop/delete (procs 8, 9, 7): flags 1 = force */
struct cli_volop_req {
	char *volname;
	int flags;		/* delete: not on the wire */
	char *cmd_str;
};

/* volume info (proc 5) */
struct cli_getvol_req {
	int flags;		/* CLI_GET_VOLUME or CLI_GET_NEXT_VOLUME */
	char *volname;		/* NULL: first volume (with NEXT) */
};

/* volume set (proc 12) */
struct cli_kv {
	char *key;
	char *value;
};

struct cli_set_req {
	char *volname;		/* "all" for global options */
	struct cli_kv *opts;
	size_t nopts;		/* on the wire count = 2 * nopts */
	bool global;		/* adds globalname=All, hold_global_locks=1 */
	char *cmd_str;
	bool help;		/* `volume set help`: volname=help, help=help,
				 * count=0 */
};

/* volume get (proc 41) */
struct cli_get_req {
	char *volname;		/* or "all" */
	char *key;		/* or "all" */
	char *cmd_str;
};

/* volume reset (proc 20) */
struct cli_reset_req {
	char *volname;
	char *key;		/* "all" when omitted */
	bool force;
	char *cmd_str;
};

/* volume status (proc 27) */
struct cli_status_req {
	char *volname;		/* NULL with CLI_STATUS_ALL */
	uint32_t cmd;
	char *brick;		/* NULL = absent */
	char *cmd_str;
};

/* peer probe / detach (procs 1, 2) */
struct cli_peer_req {
	char *hostname;
	int port;		/* 24007 */
	int flags;		/* detach: 1 = force; probe: not on the wire */
	bool detach;
	char *cmd_str;		/* NULL = absent */
};

/* system:: uuid get (proc 36) and other requests with only cmd-str */
struct cli_simple_req {
	char *cmd_str;
};

/* volume add-brick (proc 13) */
struct cli_addbrick_req {
	char *volname;
	int count;
	char **bricks;		/* sent as " b1 b2 " like create */
	int replica_count;	/* 0 = absent */
	int arbiter_count;	/* 0 = absent */
	bool force;
	char *cmd_str;
};

/* gf1_op_commands (remove-brick `command`) */
enum cli_rb_cmd {
	CLI_RB_NONE = 0,
	CLI_RB_START = 1,
	CLI_RB_COMMIT = 2,
	CLI_RB_STOP = 3,
	CLI_RB_STATUS = 4,
	CLI_RB_COMMIT_FORCE = 5,
};

/* gf_cli_defrag_type (rebalance-command) */
enum cli_defrag_cmd {
	CLI_DEFRAG_NONE = 0,
	CLI_DEFRAG_START = 1,
	CLI_DEFRAG_STOP = 2,
	CLI_DEFRAG_STATUS = 3,
	CLI_DEFRAG_START_LAYOUT_FIX = 4,
	CLI_DEFRAG_START_FORCE = 5,
};

/* volume remove-brick (proc 14 for start/commit/force; proc 11 with
 * rebalance-command for status/stop, and then without count) */
struct cli_rmbrick_req {
	char *volname;
	int replica_count;	/* 0 = absent */
	int command;		/* enum cli_rb_cmd */
	char **bricks;		/* brick1..brickN */
	int count;
	char *cmd_str;
};

/* volume rebalance (proc 11) */
struct cli_defrag_req {
	char *volname;
	int cmd;		/* enum cli_defrag_cmd */
	char *cmd_str;
};

/* volume log <vol> rotate [brick] (proc 16) */
struct cli_logrotate_req {
	char *volname;
	char *brick;		/* NULL = absent */
	char *cmd_str;
};

/* gf_xl_afr_op_t values of heal-op */
enum cli_heal_op {
	CLI_HEAL_INVALID = 0,
	CLI_HEAL_INDEX = 1,
	CLI_HEAL_FULL = 2,
	CLI_HEAL_INFO = 3,
	CLI_HEAL_INFO_HEALED = 4,
	CLI_HEAL_INFO_HEAL_FAILED = 5,
	CLI_HEAL_INFO_SPLIT_BRAIN = 6,
	CLI_HEAL_STATISTICS = 7,
	CLI_HEAL_STATISTICS_HEAL_COUNT = 8,
	CLI_HEAL_STATISTICS_HEAL_COUNT_PER_REPLICA = 9,
	CLI_HEAL_SPLIT_BRAIN_FILES = 10,
	CLI_HEAL_ENABLE = 12,
	CLI_HEAL_DISABLE = 13,
	CLI_HEAL_BIGGER_FILE = 14,
	CLI_HEAL_LATEST_MTIME = 15,
	CLI_HEAL_SOURCE_BRICK = 16,
	CLI_HEAL_GRANULAR_ENTRY_ENABLE = 17,
	CLI_HEAL_GRANULAR_ENTRY_DISABLE = 18,
	CLI_HEAL_SUMMARY = 19,
};

/* volume heal (proc 31) */
struct cli_heal_req {
	char *volname;
	int heal_op;		/* enum cli_heal_op */
	char *replica_host;	/* per-replica-cmd-hostname, NULL = absent */
	char *replica_path;	/* per-replica-cmd-path */
	char *cmd_str;
};

/* Every other command: an ordered list of string pairs, sent in order
 * (cmd-str included as the caller placed it). */
struct cli_kv_req {
	struct cli_kv *kv;
	size_t n;
};

int cli_create_req_encode(const struct cli_create_req *r, struct dict *d);
int cli_create_req_decode(const struct dict *d, struct cli_create_req *r,
			  const char **bad_key);
void cli_create_req_release(struct cli_create_req *r);

int cli_volop_req_encode(const struct cli_volop_req *r, bool with_flags,
			 struct dict *d);
int cli_volop_req_decode(const struct dict *d, struct cli_volop_req *r,
			 const char **bad_key);
void cli_volop_req_release(struct cli_volop_req *r);

int cli_getvol_req_encode(const struct cli_getvol_req *r, struct dict *d);
int cli_getvol_req_decode(const struct dict *d, struct cli_getvol_req *r,
			  const char **bad_key);
void cli_getvol_req_release(struct cli_getvol_req *r);

int cli_set_req_encode(const struct cli_set_req *r, struct dict *d);
int cli_set_req_decode(const struct dict *d, struct cli_set_req *r,
		       const char **bad_key);
void cli_set_req_release(struct cli_set_req *r);

int cli_get_req_encode(const struct cli_get_req *r, struct dict *d);
int cli_get_req_decode(const struct dict *d, struct cli_get_req *r,
		       const char **bad_key);
void cli_get_req_release(struct cli_get_req *r);

int cli_reset_req_encode(const struct cli_reset_req *r, struct dict *d);
int cli_reset_req_decode(const struct dict *d, struct cli_reset_req *r,
			 const char **bad_key);
void cli_reset_req_release(struct cli_reset_req *r);

int cli_status_req_encode(const struct cli_status_req *r, struct dict *d);
int cli_status_req_decode(const struct dict *d, struct cli_status_req *r,
			  const char **bad_key);
void cli_status_req_release(struct cli_status_req *r);

int cli_peer_req_encode(const struct cli_peer_req *r, struct dict *d);
int cli_peer_req_decode(const struct dict *d, bool detach,
			struct cli_peer_req *r, const char **bad_key);
void cli_peer_req_release(struct cli_peer_req *r);

int cli_simple_req_encode(const struct cli_simple_req *r, struct dict *d);
int cli_simple_req_decode(const struct dict *d, struct cli_simple_req *r);
void cli_simple_req_release(struct cli_simple_req *r);

int cli_addbrick_req_encode(const struct cli_addbrick_req *r, struct dict *d);
int cli_addbrick_req_decode(const struct dict *d, struct cli_addbrick_req *r,
			    const char **bad_key);
void cli_addbrick_req_release(struct cli_addbrick_req *r);

/* For CLI_RB_STATUS / CLI_RB_STOP (sent on proc 11) the dict has no
 * count but rebalance-command (3 / 2) after the bricks. */
int cli_rmbrick_req_encode(const struct cli_rmbrick_req *r, struct dict *d);
int cli_rmbrick_req_decode(const struct dict *d, struct cli_rmbrick_req *r,
			   const char **bad_key);
void cli_rmbrick_req_release(struct cli_rmbrick_req *r);

int cli_defrag_req_encode(const struct cli_defrag_req *r, struct dict *d);
int cli_defrag_req_decode(const struct dict *d, struct cli_defrag_req *r,
			  const char **bad_key);
void cli_defrag_req_release(struct cli_defrag_req *r);

int cli_logrotate_req_encode(const struct cli_logrotate_req *r,
			     struct dict *d);
int cli_logrotate_req_decode(const struct dict *d, struct cli_logrotate_req *r,
			     const char **bad_key);
void cli_logrotate_req_release(struct cli_logrotate_req *r);

int cli_heal_req_encode(const struct cli_heal_req *r, struct dict *d);
int cli_heal_req_decode(const struct dict *d, struct cli_heal_req *r,
			const char **bad_key);
void cli_heal_req_release(struct cli_heal_req *r);

/* Appends a copy of key/value; the list grows as needed. */
int cli_kv_req_add(struct cli_kv_req *r, const char *key, const char *value);
int cli_kv_req_encode(const struct cli_kv_req *r, struct dict *d);
void cli_kv_req_release(struct cli_kv_req *r);

/* ---------------- replies ---------------- */

/* One volume of a GET_VOLUME reply (keys volume<i>.*). */
struct cli_brick_info {
	char *name;		/* "host:/path" */
	char *uuid;		/* peer uuid text */
	bool is_arbiter;
};

struct cli_volinfo {
	char *name;
	int type;		/* cli_vol_type */
	int status;		/* 0 created, 1 started, 2 stopped */
	int brick_count;
	int dist_count;		/* bricks per distribute leaf */
	int stripe_count;
	int replica_count;
	int arbiter_count;
	int disperse_count;
	int redundancy_count;
	int thin_arbiter_count;
	int transport;		/* 0 tcp, 1 rdma, 2 tcp,rdma */
	char *volume_id;
	int rebalance;
	int snap_count;
	struct cli_brick_info *bricks;	/* brick_count entries */
	char *ta_brick;		/* NULL unless thin_arbiter_count */
	struct cli_kv *opts;	/* in the order the CLI prints them */
	size_t nopts;
};

/* GET_VOLUME reply: count + volume<i> (i from 0). */
int cli_volinfo_encode(const struct cli_volinfo *v, int index, struct dict *d);
int cli_volinfo_decode(const struct dict *d, int index, struct cli_volinfo *v,
		       const char **bad_key);
void cli_volinfo_release(struct cli_volinfo *v);

/* volume list reply: count, volume0..N-1 */
struct cli_name_list {
	char **names;
	size_t n;
};
int cli_vol_list_encode(const struct cli_name_list *l, struct dict *d);
int cli_vol_list_decode(const struct dict *d, struct cli_name_list *l);
/* volume status all (cmd 512) reply: vol_count, vol0..N-1 */
int cli_status_all_encode(const struct cli_name_list *l, struct dict *d);
int cli_status_all_decode(const struct dict *d, struct cli_name_list *l);
void cli_name_list_release(struct cli_name_list *l);

/* volume get reply: count, key1..N, value1..N (from 1), optional warning */
struct cli_get_rsp {
	struct cli_kv *pairs;
	size_t n;
	char *warning;
};
int cli_get_rsp_encode(const struct cli_get_rsp *r, struct dict *d);
int cli_get_rsp_decode(const struct dict *d, struct cli_get_rsp *r);
void cli_get_rsp_release(struct cli_get_rsp *r);

/* peer status / pool list reply (friends dict) */
struct cli_peer_info {
	char *uuid;
	char *hostname;
	int port;
	int state_id;
	char *state;
	bool connected;
	char **hostnames;	/* hostname0.. */
	size_t nhostnames;
};

struct cli_peer_list {
	struct cli_peer_info *peers;
	size_t n;
};
int cli_peer_list_encode(const struct cli_peer_list *l, struct dict *d);
int cli_peer_list_decode(const struct dict *d, struct cli_peer_list *l);
void cli_peer_list_release(struct cli_peer_list *l);

/* volume status <vol> clients: brickN.clientK.* */
struct cli_status_client {
	char *hostname;
	uint64_t bytes_read;
	uint64_t bytes_written;
	uint32_t opversion;
	char *name;		/* NULL = absent */
};

/* volume status <vol> reply */
struct cli_status_entry {
	char *hostname;		/* brick host, or daemon label */
	char *path;		/* brick path, or node name */
	char *peerid;
	int port;
	int rdma_port;
	int pid;
	int status;		/* 1 online */
	bool is_daemon;		/* no rdma_port key on the wire */
	/* detail only */
	bool has_detail;
	uint64_t free, total;
	uint64_t block_size;
	char *device, *fs_name, *mnt_options;
	char *inode_size;	/* NULL when unknown */
	uint64_t total_inodes, free_inodes;
	/* clients only (brickN.clientcount present) */
	bool has_clients;
	struct cli_status_client *clients;
	size_t nclients;
};

struct cli_status_task {
	char *type;
	char *id;
	int status;
};

/* ---- volume status <vol> mem|inode|fd|callpool ----
 *
 * What each brick process reported about itself (the keys glusterd
 * merged under brickN.), with the entry it belongs to. 10.3's printers
 * walk every index and stop at the first key they miss, text and XML
 * each in its own order; so every record keeps one presence bit per
 * field (has & CLI_BIT(field)), and a list driven by a count keeps only
 * the elements that carry at least one key, by ascending index (an
 * element not kept has none). Numbers are read as 10.3's getters read
 * them: strtol/strtoul/strtoull in base 0, trailing text ignored, an
 * int32 or uint32 cut to 32 bits; only a number out of range counts as
 * missing.
 */
#define CLI_BIT(f) (1u << (f))

/* brickN.* of one entry */
enum cli_node_field {
	CLI_NODE_HOSTNAME, CLI_NODE_PATH, CLI_NODE_PEERID, CLI_NODE_STATUS,
	CLI_NODE_PORT, CLI_NODE_RDMA_PORT, CLI_NODE_PID,
	CLI_NODE_CONNCOUNT,	/* inode, fd: conncount */
	CLI_NODE_CALLCOUNT,	/* callpool: callpool.count */
	CLI_NODE_MAX,
};

/* brickN.mallinfo.<key>, then brickN.mempool-count */
enum cli_mem_field {
	CLI_MEM_ARENA, CLI_MEM_ORDBLKS, CLI_MEM_SMBLKS, CLI_MEM_HBLKS,
	CLI_MEM_HBLKHD, CLI_MEM_USMBLKS, CLI_MEM_FSMBLKS, CLI_MEM_UORDBLKS,
	CLI_MEM_FORDBLKS, CLI_MEM_KEEPCOST,
	CLI_MEM_MALLINFO_MAX,
	CLI_MEM_POOL_COUNT = CLI_MEM_MALLINFO_MAX,
	CLI_MEM_MAX,
};
/* "arena" ... "keepcost": the key and the XML element of each */
extern const char *const cli_mallinfo_keys[CLI_MEM_MALLINFO_MAX];

/* brickN.poolK.* */
enum cli_pool_field {
	CLI_POOL_NAME, CLI_POOL_HOTCOUNT, CLI_POOL_COLDCOUNT,
	CLI_POOL_PADDEDSIZEOF, CLI_POOL_ALLOCCOUNT, CLI_POOL_MAX_ALLOC,
	CLI_POOL_MAX_STDALLOC, CLI_POOL_MISSES, CLI_POOL_MAX,
};

struct cli_status_pool {
	int index;
	unsigned has;
	char *name;
	int32_t hotcount, coldcount, max_alloc, max_stdalloc;
	uint64_t paddedsizeof, alloccount, pool_misses;
};

struct cli_status_mem {
	unsigned has;		/* CLI_MEM_* */
	uint64_t mallinfo[CLI_MEM_MALLINFO_MAX];
	int32_t pool_count;
	/* up to the first pool that lacks a key: both printers stop there */
	struct cli_status_pool *pools;
	size_t npools;
};

/* <list>K.* of an inode table: active, lru, purge */
enum cli_inode_field {
	CLI_INODE_GFID, CLI_INODE_NLOOKUP, CLI_INODE_REF, CLI_INODE_IA_TYPE,
	CLI_INODE_MAX,
};

struct cli_status_inode {
	int index;
	unsigned has;
	char *gfid;
	uint64_t nlookup;
	uint32_t ref;
	int32_t ia_type;
};

enum cli_inode_list { CLI_ILIST_ACTIVE, CLI_ILIST_LRU, CLI_ILIST_PURGE,
		      CLI_ILIST_MAX };

/* brickN.connJ.itable.* */
enum cli_itable_field {
	CLI_ITABLE_LRU_LIMIT, CLI_ITABLE_ACTIVE_SIZE, CLI_ITABLE_LRU_SIZE,
	CLI_ITABLE_PURGE_SIZE, CLI_ITABLE_MAX,
};

struct cli_status_itable {
	int index;		/* J */
	unsigned has;
	uint32_t lru_limit;
	uint32_t size[CLI_ILIST_MAX];	/* active_size, lru_size, purge_size */
	/* each up to its first inode that lacks a key (XML stops there) */
	struct cli_status_inode *inodes[CLI_ILIST_MAX];
	size_t ninodes[CLI_ILIST_MAX];
};

/* brickN.connJ.fdtable.fdentryK.* */
enum cli_fd_field { CLI_FD_PID, CLI_FD_REFCOUNT, CLI_FD_FLAGS, CLI_FD_MAX };

struct cli_status_fd {
	int index;		/* K */
	unsigned has;
	int32_t pid, refcount, flags;
};

/* brickN.connJ.fdtable.* */
enum cli_fdtable_field {
	CLI_FDTABLE_REFCOUNT, CLI_FDTABLE_MAXFDS, CLI_FDTABLE_FIRSTFREE,
	CLI_FDTABLE_OPENFDS, CLI_FDTABLE_MAX,
};

struct cli_status_fdtable {
	int index;		/* J */
	unsigned has;
	int32_t refcount, firstfree, openfds;
	uint32_t maxfds;
	struct cli_status_fd *fds;	/* K < maxfds */
	size_t nfds;
};

/* brickN.callpool.stackJ.frameK.* */
enum cli_frame_field {
	CLI_FRAME_REFCOUNT, CLI_FRAME_TRANSLATOR, CLI_FRAME_COMPLETE,
	CLI_FRAME_PARENT, CLI_FRAME_WINDFROM, CLI_FRAME_WINDTO,
	CLI_FRAME_UNWINDFROM, CLI_FRAME_UNWINDTO, CLI_FRAME_MAX,
};

struct cli_status_frame {
	int index;
	unsigned has;
	int32_t refcount, complete;
	char *translator, *parent, *windfrom, *windto, *unwindfrom, *unwindto;
};

/* brickN.callpool.stackJ.* */
enum cli_stack_field {
	CLI_STACK_UID, CLI_STACK_GID, CLI_STACK_PID, CLI_STACK_UNIQUE,
	CLI_STACK_COUNT, CLI_STACK_MAX,
};

struct cli_status_stack {
	int index;
	unsigned has;
	int32_t uid, gid, pid, count;
	uint64_t unique;
	struct cli_status_frame *frames;	/* K < count */
	size_t nframes;
};

struct cli_status_node {
	int index;		/* N of brickN */
	unsigned has;		/* CLI_NODE_* */
	char *hostname, *path, *peerid;
	int32_t status, port, rdma_port, pid;
	int32_t conncount, callcount;
	struct cli_status_mem mem;		/* mem */
	struct cli_status_itable *itables;	/* inode: J < conncount */
	size_t nitables;
	struct cli_status_fdtable *fdtables;	/* fd: J < conncount */
	size_t nfdtables;
	struct cli_status_stack *stacks;	/* callpool */
	size_t nstacks;
};

/* Bounds on what a reply may make the decoder walk: a count whose every
 * index is looked at (connections, fds, stacks, frames) above
 * CLI_STATUS_DUMP_MAX_COUNT is refused with -EINVAL; the index loops of
 * one reply together beyond CLI_STATUS_DUMP_BUDGET with -E2BIG. Lists
 * read up to their first gap (pools, inodes) take any count. */
#define CLI_STATUS_DUMP_MAX_COUNT (1 << 18)
#define CLI_STATUS_DUMP_BUDGET (1 << 20)

/* cmd & CLI_STATUS_MASK is exactly one of mem, inode, fd, callpool */
bool cli_status_is_dump(uint32_t cmd);

/* ---- volume status <vol> client-list (cmd 384) ----
 * The reply's "client-count", "client<K>.name" and "<kind>-count" (the
 * rule 10.3 follows is written down in cli-msg-dump.c). */
enum cli_client_kind {
	CLI_CLIENT_FUSE,	/* a name starting with "fuse" */
	CLI_CLIENT_GFAPI,	/* ... with "gfapi" */
	CLI_CLIENT_REBALANCE,	/* exactly "rebalance", and so on */
	CLI_CLIENT_SHD,
	CLI_CLIENT_QUOTAD,
	CLI_CLIENT_SNAPD,
	CLI_CLIENT_KINDS,
	CLI_CLIENT_OTHER = CLI_CLIENT_KINDS
};
extern const char *const cli_client_kind_keys[CLI_CLIENT_KINDS];
enum cli_client_kind cli_client_kind_of(const char *name);

struct cli_status_client_list {
	bool present;		/* "client-count" was there */
	int32_t count;		/* 0 for a negative one */
	char **names;		/* count entries; NULL where a name is missing */
	bool has_kind[CLI_CLIENT_KINDS];
	int32_t kind_count[CLI_CLIENT_KINDS];
};
/* l into d as it is (client-count, the names there, the kind counts
 * there): a node's answer, or a merged reply where they need not agree. */
int cli_client_list_write(const struct cli_status_client_list *l,
			  struct dict *d);
/* A brick's STATUS answer ("clientcount", "client<K>.name") as a node's
 * answer in out; -EINVAL for a count above CLI_STATUS_DUMP_MAX_COUNT. */
int cli_client_list_from_brick(const struct dict *brick, struct dict *out);
/* key is one of a node's client-list answer */
bool cli_client_list_key(const char *key);
/* -EINVAL for a client-count that is not a number or above
 * CLI_STATUS_DUMP_MAX_COUNT; l->present false without one. */
int cli_client_list_decode(const struct dict *d,
			   struct cli_status_client_list *l);
void cli_client_list_release(struct cli_status_client_list *l);

struct cli_status_rsp {
	char *volname;
	uint32_t cmd;
	char *vol_id;
	struct cli_status_entry *bricks;
	size_t nbricks;
	struct cli_status_entry *others;	/* daemons */
	size_t nothers;
	bool has_tasks;
	struct cli_status_task *tasks;
	size_t ntasks;
	bool has_count;
	int32_t count;		/* "count": XML's nodeCount */
	/* mem, inode, fd, callpool (cli_status_is_dump): bricks and others
	 * stay empty; every index 0..index_max that has a key is here */
	int index_max;		/* brick-index-max + other-count */
	struct cli_status_node *nodes;
	size_t nnodes;
	struct cli_status_client_list clients;	/* client-list */
};
int cli_status_rsp_encode(const struct cli_status_rsp *r, struct dict *d);
/* One entry at index i: a node's share of a pool-wide status, which
 * 10.3 numbers by the brick's place in the volume (daemons after). */
int cli_status_entry_encode(const struct cli_status_entry *e, int i,
			    bool daemon, struct dict *d);
/* 0, -ENOENT when d has no (complete) entry i, or -ENOMEM. */
int cli_status_entry_decode(const struct dict *d, int i, bool detail,
			    struct cli_status_entry *e);
void cli_status_entry_release(struct cli_status_entry *e);
/* Also -EINVAL for a count out of range, -E2BIG past the dump budget. */
int cli_status_rsp_decode(const struct dict *d, struct cli_status_rsp *r,
			  const char **bad_key);
void cli_status_rsp_release(struct cli_status_rsp *r);

/* A dict key built with printf formatting, for the codecs (keys are
 * short: longer ones are cut, and then match nothing). */
struct cli_keyfmt {
	char buf[256];
};
const char *cli_kf(struct cli_keyfmt *k, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* cli-msg-dump.c, for cli_status_rsp_decode/release: the bricks' own
 * reports (r->cmd a cli_status_is_dump form) of entries 0..index_max;
 * "count" parsed as 10.3's CLI parses it. */
int cli_status_dump_decode(const struct dict *d, int index_max,
			   struct cli_status_rsp *r);
void cli_status_dump_release(struct cli_status_rsp *r);
bool cli_status_count_parse(const char *s, int32_t *out);

#endif
