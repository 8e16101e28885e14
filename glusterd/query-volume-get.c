/* query-volume-get: `volume get <vol|all> <key|all>` (wire.md 6.8). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/gd-errno.h"
#include "glusterd/query.h"
#include "glusterd/volume-opts.h"
#include "libglusterfs/dict.h"
#include "xdr/cli-msg.h"

int gd_query_volume_get(struct gd_conf *c, const struct dict *req,
			struct gd_reply *rep)
{
	struct cli_get_req gr = { 0 };
	struct cli_get_rsp out = { 0 };
	const struct gd_volinfo *v = NULL;
	char *err = NULL;

	rep->rsp = dict_new();
	if (!rep->rsp)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	if (cli_get_req_decode(req, &gr, NULL) < 0) {
		cli_get_req_release(&gr);
		return gd_reply_fail(rep, EINVAL, "Unable to get volume name "
				     "or key");
	}
	if (strcmp(gr.volname, "all") != 0) {
		v = gd_conf_find_volume(c, gr.volname);
		if (!v) {
			gd_reply_fail(rep, 0, "Volume %s does not exist",
				      gr.volname);
			goto out;
		}
	}
	if (gd_volopt_get(c, v, gr.key, &out, &err) < 0)
		gd_reply_fail(rep, 0, "%s", err ? err : "Invalid key");
	else if (cli_get_rsp_encode(&out, rep->rsp) < 0)
		gd_reply_fail(rep, ENOMEM, "Out of memory");
out:
	free(err);
	cli_get_rsp_release(&out);
	cli_get_req_release(&gr);
	return 0;
}
