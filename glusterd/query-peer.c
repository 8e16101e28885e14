/* query-peer: peer status, pool list, probe/detach of this node itself,
 * and `system:: uuid get` (wire.md 6.1, cluster.md 3.8-3.9). A pool of
 * several nodes arrives with the peer state machine. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/gd-errno.h"
#include "glusterd/query.h"
#include "libglusterfs/dict.h"
#include "xdr/cli-msg.h"

/* gf_probe_resp / gf_deprobe_resp */
#define GF_PROBE_LOCALHOST 1
#define GF_DEPROBE_LOCALHOST 1
#define GF_DEPROBE_NOT_FRIEND 2

int gd_query_uuid_get(struct gd_conf *c, const struct dict *req,
		      struct gd_reply *rep)
{
	(void)req;
	if (gd_reply_dict(rep) < 0 ||
	    dict_set_str(rep->rsp, "uuid", gd_conf_uuid(c)) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	return 0;
}

/* A probe names this node: its bind address, or with none any loopback
 * or local interface address (cluster.md 1). */
static bool probe_is_self(const struct gd_conf *c, const char *host)
{
	if (c->bind_addr && c->bind_addr[0])
		return gd_hosts_same(host, c->bind_addr) ||
		       strcmp(host, "localhost") == 0;
	return gd_conf_host_is_local(c, host);
}

int gd_query_peer_probe(struct gd_conf *c, const struct dict *req,
			struct gd_reply *rep)
{
	struct cli_peer_req pr = { 0 };

	if (gd_reply_dict(rep) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	if (cli_peer_req_decode(req, false, &pr, NULL) < 0) {
		cli_peer_req_release(&pr);
		return gd_reply_fail(rep, EINVAL, "Unable to get hostname");
	}
	if (probe_is_self(c, pr.hostname)) {
		rep->op_ret = 0;
		rep->op_errno = GF_PROBE_LOCALHOST;
		rep->errstr = strdup("Probe on localhost not needed");
	} else {
		gd_reply_fail(rep, EG_OPNOTSUP, "Probe of %s: peers are not "
			      "supported yet by this glusterd", pr.hostname);
	}
	cli_peer_req_release(&pr);
	return 0;
}

int gd_query_peer_detach(struct gd_conf *c, const struct dict *req,
			 struct gd_reply *rep)
{
	struct cli_peer_req pr = { 0 };

	if (gd_reply_dict(rep) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	if (cli_peer_req_decode(req, true, &pr, NULL) < 0) {
		cli_peer_req_release(&pr);
		return gd_reply_fail(rep, EINVAL, "Unable to get hostname");
	}
	if (probe_is_self(c, pr.hostname))
		gd_reply_fail(rep, GF_DEPROBE_LOCALHOST, "%s is localhost",
			      pr.hostname);
	else
		gd_reply_fail(rep, GF_DEPROBE_NOT_FRIEND,
			      "%s is not part of cluster", pr.hostname);
	cli_peer_req_release(&pr);
	return 0;
}

int gd_query_peer_list(struct gd_conf *c, int flags, struct gd_reply *rep)
{
	struct cli_peer_list l = { 0 };
	struct cli_peer_info self = { 0 };
	char *names[1] = { gd_unconst("localhost") };

	if (gd_reply_dict(rep) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	if (flags == 2) {
		self.uuid = gd_unconst(gd_conf_uuid(c));
		self.hostname = gd_unconst("localhost");
		self.connected = true;
		self.hostnames = names;
		self.nhostnames = 0;
		l.peers = &self;
		l.n = 1;
	}
	if (cli_peer_list_encode(&l, rep->rsp) < 0)
		return gd_reply_fail(rep, ENOMEM, "Out of memory");
	return 0;
}
