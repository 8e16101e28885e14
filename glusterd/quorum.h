/* quorum: server-side quorum of the pool (cluster.md 4.5). */
#ifndef GD_QUORUM_H
#define GD_QUORUM_H

#include <stdbool.h>

#include "glusterd/conf.h"

/* key is one of the server-quorum options. */
bool gd_quorum_option(const char *key);
/* cluster.server-quorum-type is "server" on v. */
bool gd_quorum_enabled(const struct gd_volinfo *v);
/* Enough of the pool is up. */
bool gd_quorum_met(const struct gd_conf *c);
/* v has server quorum and the pool does not meet it. */
bool gd_quorum_blocks(const struct gd_conf *c, const struct gd_volinfo *v);
/* Some volume is blocked (probe/detach are refused then). */
bool gd_quorum_any_lost(const struct gd_conf *c);
/* Stops the local bricks of started quorum volumes that lost quorum and
 * starts them again once it is back (after peer and option changes). */
void gd_quorum_check(struct gd_conf *c);

#endif
