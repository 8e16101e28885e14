/* volinfo-store: load and save a volume under <wd>/vols/<vol>/. */
#ifndef GD_VOLINFO_STORE_H
#define GD_VOLINFO_STORE_H

#include <stdint.h>

#include "glusterd/volinfo.h"

struct store_file;

/* The lines of the info file, in 10.x's order. */
int gd_volinfo_info_build(const struct gd_volinfo *v, uint32_t cluster_op,
			  struct store_file *f);
/* Writes the brick files, info, cksum, node_state.info and snapd.info, each
 * atomically; updates v->cksum. */
int gd_volinfo_save(const char *workdir, struct gd_volinfo *v,
		    uint32_t cluster_op);
/* -ENOENT only when vols/<name> has no info file (no volume there). */
int gd_volinfo_load(const char *workdir, const char *name,
		    struct gd_volinfo **out);
/* Moves vols/<vol> to trash/<volume-id>.deleted and removes it. */
int gd_volinfo_delete_store(const char *workdir, const struct gd_volinfo *v);

/* One field of the info file (keys of cluster.md 2.7) or of a brick file
 * (2.9), as the store writes it (*out malloc'd; a field written only when
 * non-zero is given anyway) or parsed with the store's checks. -ENOENT
 * for a key the store does not have. */
int gd_volinfo_field_get(const struct gd_volinfo *v, const char *key,
			 char **out);
int gd_volinfo_field_set(struct gd_volinfo *v, const char *key,
			 const char *val);
int gd_brick_field_get(const struct gd_brick *b, const char *key, char **out);
int gd_brick_field_set(struct gd_brick *b, const char *key, const char *val);

#endif
