/* gdvol: glusterd.vol and --xlator-option management.KEY=VALUE. */
#ifndef GD_GDVOL_H
#define GD_GDVOL_H

#include <stdbool.h>

#include "glusterd/conf.h"
#include "glusterd/volinfo.h"

struct gdvol_opts {
	struct gd_opts kv;
};

void gdvol_opts_init(struct gdvol_opts *o);
void gdvol_opts_release(struct gdvol_opts *o);
/* "management.working-directory=/x" or "*.upgrade=on". */
int gdvol_opts_add_xlator_option(struct gdvol_opts *o, const char *arg);
/* Parses the "option K V" lines of the management volume. */
int gdvol_parse(const char *text, struct gdvol_opts *out);
/* Reads path (a missing default file is not an error), applies the
 * overrides and fills the settings of c. */
int gdvol_load(const char *path, bool required, const struct gdvol_opts *over,
	       struct gd_conf *c);

#endif
