/* restore: working directory set-up and store loading at start-up. */
#ifndef GD_RESTORE_H
#define GD_RESTORE_H

#include <stdbool.h>

#include "glusterd/conf.h"

/* Creates the store layout, loads glusterd.info, options and every
 * volume. *regen_volfiles is set when glusterd.upgrade was missing or
 * named another max op-version. */
int gd_restore(struct gd_conf *c, bool *regen_volfiles);
/* Writes <wd>/options (global-option-version and the global options). */
int gd_global_opts_save(struct gd_conf *c);

#endif
