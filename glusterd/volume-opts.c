/* volume-opts: glusterd's use of the option table (volopt) on volumes:
 * create defaults, op-versions, set/reset validation and `volume get`.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/volume-opts.h"
#include "glusterd/volopt.h"
#include "libglusterfs/strbuf.h"
#include "xdr/cli-msg.h"

/* 10.3 inserts these at create; its store then lists them newest first
 * (replicate: granular-entry-heal, fips, address-family, nfs.disable,
 * client-io-threads). */
int gd_volume_set_create_defaults(struct gd_volinfo *v, const char *af)
{
	int r = 0;

	if (v->type == GD_VOL_REPLICATE)
		r |= gd_opts_set(&v->opts, "performance.client-io-threads",
				 "off");
	r |= gd_opts_set(&v->opts, "nfs.disable", "on");
	r |= gd_opts_set(&v->opts, "transport.address-family", af);
	r |= gd_opts_set(&v->opts, "storage.fips-mode-rchecksum", "on");
	if (v->type == GD_VOL_REPLICATE)
		r |= gd_opts_set(&v->opts, "cluster.granular-entry-heal", "on");
	return r ? -ENOMEM : 0;
}

int gd_volume_reset_defaults(struct gd_volinfo *v)
{
	if (gd_opts_get(&v->opts, "nfs.disable"))
		return 0;
	return gd_opts_set(&v->opts, "nfs.disable", "on");
}
