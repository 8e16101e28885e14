/* query-peer: peer status, pool list and `system:: uuid get` (wire.md
 * 6.1, cluster.md 3.9). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/gd-errno.h"
#include "glusterd/peer.h"
#include "glusterd/query.h"
#include "libglusterfs/dict.h"
#include "xdr/cli-msg.h"

int gd_query_uuid_get(struct gd_conf *c, const struct dict *req,
		      struct gd_reply *rep)
{
	(void)req;
	if (gd_reply_dict(rep) < 0 ||
	    dict_set_str(rep->rsp, "uuid", gd_conf_uuid(c)) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	return 0;
}

static void peer_info(struct gd_peer *p, struct cli_peer_info *e)
{
	e->uuid = p->uuid;
	e->hostname = gd_unconst(gd_peer_name(p));
	e->port = p->port;
	e->state_id = (int)p->state;
	e->state = gd_unconst(gd_fstate_text(p->state));
	e->connected = p->connected;
	e->hostnames = p->names;
	e->nhostnames = p->nnames;
}

int gd_query_peer_list(struct gd_conf *c, int flags, struct gd_reply *rep)
{
	struct cli_peer_list l = { 0 };
	char *names[1] = { gd_unconst("localhost") };
	size_t n = gd_peer_count(c) + 1;
	struct gd_peer *p;
	int r;

	if (gd_reply_dict(rep) < 0 ||
	    !(l.peers = calloc(n, sizeof(*l.peers))))
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	list_for_each_entry(p, &c->peers, list)
		peer_info(p, &l.peers[l.n++]);
	if (flags == 2) {
		struct cli_peer_info *self = &l.peers[l.n++];
		self->uuid = gd_unconst(gd_conf_uuid(c));
		self->hostname = gd_unconst("localhost");
		self->connected = true;
		self->hostnames = names;
		self->nhostnames = 0;
	}
	r = cli_peer_list_encode(&l, rep->rsp);
	free(l.peers);
	if (r < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	return 0;
}
