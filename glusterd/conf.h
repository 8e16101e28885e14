/* conf: the daemon's state, passed explicitly to every module. */
#ifndef GD_CONF_H
#define GD_CONF_H

#include <stdbool.h>
#include <stdint.h>

#include "libglusterfs/event.h"
#include "libglusterfs/gfuuid.h"
#include "libglusterfs/list.h"
#include "glusterd/pmap.h"
#include "glusterd/volinfo.h"

#define GD_OP_VERSION_MIN 1
#define GD_OP_VERSION_MAX 100000
#define GD_DEFAULT_PORT 24007
#define GD_DEFAULT_WORKDIR "/var/lib/glusterd"
#define GD_DEFAULT_RUNDIR "/var/run/gluster"
#define GD_DEFAULT_LOGDIR "/var/log/glusterfs"
#define GD_DEFAULT_SOCKFILE "/var/run/glusterd.socket"
#define GD_DEFAULT_VOLFILE "/etc/glusterfs/glusterd.vol"
#define GD_SOCKET_DIR "/var/run/gluster"
/* the GlusterFS client (FUSE mounts, glustershd) */
#define GD_GLUSTERFS_BIN "/usr/sbin/glusterfs"

struct rpc_listener;
struct gd_locks;

struct gd_conf {
	/* settings */
	char *workdir;
	char *rundir;
	char *logdir;
	char *sockfile;
	char *bind_addr;		/* NULL: wildcard */
	uint16_t port;
	int base_port, max_port;
	int lock_timer_s;
	char *pidfile;
	char *logfile;
	bool foreground;

	/* identity */
	char uuid[GF_UUID_BUFLEN];	/* "" until first needed */
	uint32_t op_version;

	/* state */
	struct list_head volumes;	/* gd_volinfo, sorted by name */
	size_t nvolumes;
	struct gd_opts global_opts;	/* <wd>/options minus the version */
	uint64_t global_opt_version;
	struct list_head peers;		/* gd_peer (peer.h), in pool order */
	unsigned create_seq;		/* creates since start ("port" key) */
	struct list_head peer_events;	/* friend state machine queue */
	bool peer_sm_running;
	struct list_head peer_txns;	/* gd_txn we take part in */

	/* runtime */
	struct ev_loop *loop;
	struct rpc_listener *unix_listener;
	struct rpc_listener *tcp_listener;
	struct gd_locks *locks;
	struct gd_pmap pmap;
};

void gd_conf_init(struct gd_conf *c);
void gd_conf_release(struct gd_conf *c);

struct gd_volinfo *gd_conf_find_volume(const struct gd_conf *c,
				       const char *name);
/* Volume after `name` in name order (first when name is NULL). */
struct gd_volinfo *gd_conf_next_volume(const struct gd_conf *c,
				       const char *name);
void gd_conf_add_volume(struct gd_conf *c, struct gd_volinfo *v);
void gd_conf_remove_volume(struct gd_conf *c, struct gd_volinfo *v);

/* Node uuid, generated and persisted in glusterd.info on first use. */
const char *gd_conf_uuid(struct gd_conf *c);
/* Writes glusterd.info (UUID and operating-version). */
int gd_conf_save_info(struct gd_conf *c);

/* Path helpers: malloc'd "<wd>/vols/<vol>" etc. */
char *gd_conf_vol_dir(const struct gd_conf *c, const char *vol);

/* True when host names this node: with a bind address, that address
 * (or "localhost"); without, any loopback or local interface address
 * (cluster.md 1). */
bool gd_conf_host_is_local(const struct gd_conf *c, const char *host);
/* True when both names resolve to a common address. */
bool gd_hosts_same(const char *a, const char *b);

#endif
