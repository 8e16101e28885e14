/* volume-opts: glusterd's use of the option table (volopt) on volumes. */
#ifndef GD_VOLUME_OPTS_H
#define GD_VOLUME_OPTS_H

#include <stdbool.h>

#include "glusterd/conf.h"

/* The options 10.3 stores at create, inserted in its order. */
int gd_volume_set_create_defaults(const struct gd_conf *c,
				  struct gd_volinfo *v, const char *af);
/* Puts back the options 10.3 restores after resetting key (NULL: every
 * key). */
int gd_volume_reset_restore(const struct gd_conf *c, struct gd_volinfo *v,
			    const char *key);
/* op-version and client-op-version from the options (cluster.md 2.8). */
void gd_volume_update_op_versions(const struct gd_conf *c,
				  struct gd_volinfo *v);

/* Validates pair number key_index (from 1) of a `volume set` for v
 * (NULL: `volume set all`). On success *canon and *canon_value are what
 * to store; on failure *errstr is the message for the user. All
 * malloc'd. */
int gd_volopt_check_set(const struct gd_conf *c, const struct gd_volinfo *v,
			const char *key, const char *value, unsigned key_index,
			char **canon, char **canon_value, char **errstr);
int gd_volopt_check_reset(const struct gd_conf *c, const struct gd_volinfo *v,
			  const char *key, bool force, char **canon,
			  char **errstr);
/* Whether `volume reset <vol|all>` removes key. */
bool gd_volopt_reset_all_removes(const char *key, bool force);

struct cli_get_rsp;
/* `volume get <v|all> <key|all>`: the pairs as 10.3 lists them. */
int gd_volopt_get(const struct gd_conf *c, const struct gd_volinfo *v,
		  const char *key, struct cli_get_rsp *out, char **errstr);

#endif
