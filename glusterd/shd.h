/* shd: this node's self-heal daemon (glustershd), as GlusterFS 10.3 runs
 * it (wire.md 3.6, 7.1, 9.2, 9.5; cluster.md 8.2).
 *
 * One process per node serves every started replicate or disperse volume.
 * The first such volume spawns it (`glusterfs ... --volfile-id shd/<vol>`);
 * each further one is attached with the brick-op SVC_ATTACH (14) over the
 * daemon's -S socket, a stopped one detached with SVC_DETACH (15), and
 * when the last one stops the daemon gets SIGTERM. Every attached volume
 * has its own pid file <rundir>/shd/<vol>/<vol>-shd.pid, written by the
 * daemon itself, all holding the one daemon pid.
 *
 * The module keeps the set of attached volumes and reconciles it with the
 * set of started replicate/disperse volumes after every event (volume
 * start/stop, daemon up, connection up, attach reply, daemon exit). The
 * process runs through STOPPED -> STARTING (spawned, daemonising) ->
 * STARTED (daemon pid known and watched) -> STOPPING (SIGTERM sent) ->
 * STOPPED; one setter logs every change. A daemon that dies on its own is
 * not restarted (10.3 does not either): the next `volume start` (force)
 * or glusterd restart starts it again, with every started volume.
 *
 * After a glusterd restart a live daemon (found through the pid files and
 * checked against its command line) is adopted: the volumes whose pid
 * file names it count as attached, the others are attached. 10.3 instead
 * kills it and starts a new one; adopting keeps heals running.
 *
 * One daemon per process: the state lives in this module, not in gd_conf.
 */
#ifndef GD_SHD_H
#define GD_SHD_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "glusterd/conf.h"

struct spawn_cmd;

enum gd_shd_state {
	GD_SHD_STOPPED = 0,
	GD_SHD_STARTING,
	GD_SHD_STARTED,
	GD_SHD_STOPPING,
	GD_SHD_STATE_MAX
};

const char *gd_shd_state_name(enum gd_shd_state st);

/* Replicate or disperse: the volume has a <vol>-shd.vol. */
bool gd_shd_compatible(const struct gd_volinfo *v);
/* cluster.self-heal-daemon (replicate) or cluster.disperse-self-heal-daemon
 * (disperse) is not off; false for other volume types. */
bool gd_shd_enabled(const struct gd_volinfo *v);

/* Paths, malloc'd (NULL on ENOMEM):
 * <rundir>/shd/<vol>/<vol>-shd.pid */
char *gd_shd_pidfile(const struct gd_conf *c, const char *vol);
/* /var/run/gluster/<xxh64 of "<rundir>/shd/<vol>/run-<uuid>">.socket */
char *gd_shd_socket(struct gd_conf *c, const char *vol);
/* <workdir>/vols/<vol>/<vol>-shd.vol */
char *gd_shd_volfile(const struct gd_conf *c, const char *vol);

/* The serialized dict {pidfile: gd_shd_pidfile()} that goes with
 * SVC_ATTACH and with the GETSPEC reply for shd/<vol> (the daemon writes
 * that pid file). *buf is malloc'd. */
int gd_shd_pidfile_dict(const struct gd_conf *c, const char *vol,
			char **buf, size_t *len);

/* Hooks of the volume operations, called after the change is committed
 * (the volume's status already says started/stopped). */
void gd_shd_volume_started(struct gd_conf *c, const struct gd_volinfo *v);
void gd_shd_volume_stopped(struct gd_conf *c, const struct gd_volinfo *v);
/* After `volume set/reset` rewrote v's volfiles: the daemon re-fetches
 * through FETCHSPEC; when the graph's shape changed, 10.3 also sends
 * SVC_ATTACH again, and so do we. */
void gd_shd_volume_reconfigured(struct gd_conf *c, const struct gd_volinfo *v);
/* At start-up, after the store is loaded: adopt a live daemon or start
 * one for the started replicate/disperse volumes. */
void gd_shd_restore(struct gd_conf *c);
/* At exit: forget the daemon (it keeps running, like the bricks). */
void gd_shd_release(void);

/* For `volume status`: true when the daemon runs and serves vol; *pid is
 * then the daemon's pid. */
bool gd_shd_volume_online(const char *vol, pid_t *pid);
enum gd_shd_state gd_shd_state(void);
/* The daemon (or, while STARTING, its daemonising parent), 0 if none. */
pid_t gd_shd_pid(void);

/* ---- internals, for this module's tests ---- */

/* The command line of a daemon started for vol (wire.md 9.5). */
int gd_shd__build_argv(struct gd_conf *c, const char *vol,
		       struct spawn_cmd *cmd);
/* The shape of a volfile: "name type subvolumes" of every translator,
 * one per line, in file order; options ignored. malloc'd. */
char *gd_shd__topology(const char *text);
/* The value following opt in a NUL-separated command line, malloc'd;
 * NULL when absent. */
char *gd_shd__cmdline_arg(const char *cmdline, size_t len, const char *opt);
/* Takes pid, serving its brick-op program on sock, as the running daemon
 * (state STARTED) and reconciles. -EBUSY when a daemon is known. */
int gd_shd__adopt(struct gd_conf *c, pid_t pid, const char *sock);
/* Overrides the program started (tests); NULL restores glusterfs. */
void gd_shd__set_program(const char *path);

#endif
