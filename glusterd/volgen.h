/* volgen: a volume's state -> the text of each of its volfiles.
 *
 * Pure functions: no I/O, no globals, no logging. Every graph is built as
 * a list of translators (type, name, ordered options, subvolumes) and then
 * printed in the format GlusterFS 10.3 writes, so that for the same volume
 * state the output is byte-identical to 10.3's (reference/cluster.md 6).
 *
 * Errors: 0 or -errno. -EINVAL means the volume options cannot produce a
 * graph (e.g. read-only together with worm); volgen_check() gives the
 * message for the user.
 */
#ifndef GD_VOLGEN_H
#define GD_VOLGEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "glusterd/volinfo.h"

/* The cluster op-version 10.3 runs at when nothing else is known. */
#define VOLGEN_OP_VERSION_MAX 100000

struct volgen_ctx {
	const char *workdir;		/* glusterd's working directory */
	/* glusterd's transport.socket.bind-address, NULL if none. When set,
	 * each brick volfile binds the brick to the brick's own host name
	 * (10.3 only tests for presence). */
	const char *bind_addr;
	const char *node_uuid;		/* this node (unused by 10.3 graphs) */
	/* Local bricks of the volume sharing brick i's filesystem, indexed
	 * like v->bricks; 0 for remote bricks. NULL: all 0. */
	const int *shared_brick_count;
	const struct gd_opts *global_opts;	/* `volume set all` options */
	uint32_t op_version;		/* cluster op-version, 0: the maximum */
};

struct volgen_file {
	char *name;	/* file name inside <workdir>/vols/<vol>/ */
	char *text;
};

/* <vol>.<host>.<brick path without leading '/', '/' -> '-'>.vol */
int volgen_brick(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		 int brick, char **text);
/* FUSE client graph; trusted adds the internal username/password. */
int volgen_client(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		  bool trusted, char **text);
/* trusted-<vol>.tcp-gfproxy-fuse.vol: the thin client of gfproxyd. */
int volgen_gfproxy_client(const struct volgen_ctx *ctx,
			  const struct gd_volinfo *v, char **text);
/* <vol>.gfproxyd.vol */
int volgen_gfproxyd(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		    char **text);
/* <vol>-shd.vol; -ENOENT for volumes without replicate/disperse. */
int volgen_shd(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
	       char **text);
/* <vol>-rebalance.vol; -ENOENT with a single distribute subvolume. */
int volgen_rebalance(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		     char **text);
/* <vol>-snapd.vol, kept while features.uss is on and the volume is
 * started; -ENOENT otherwise. */
int volgen_snapd(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		 char **text);
/* <vol>.client.<host>.<brick>.vol: one protocol/client for the brick,
 * used by bitd/scrub/quota helpers. */
int volgen_client_per_brick(const struct volgen_ctx *ctx,
			    const struct gd_volinfo *v, int brick, char **text);

/* Every volfile 10.3 keeps for v in <workdir>/vols/<vol>/, with its text.
 * Free with volgen_files_free(). */
int volgen_files(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		 struct volgen_file **files, size_t *n);
struct volgen_file *volgen_files_free(struct volgen_file *files, size_t n);

/* File names (malloc'd, NULL on ENOMEM). */
char *volgen_brick_file_name(const struct gd_volinfo *v, int brick);
char *volgen_client_per_brick_file_name(const struct gd_volinfo *v,
					int brick);

/* Builds every graph of v; on -EINVAL *errstr (malloc'd) says why, as
 * 10.3 would refuse the change that led to v. */
int volgen_check(const struct volgen_ctx *ctx, const struct gd_volinfo *v,
		 char **errstr);

#endif
