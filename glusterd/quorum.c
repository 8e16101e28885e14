/* quorum: server-side quorum (cluster.md 4.5). A volume with
 * cluster.server-quorum-type=server runs its bricks on this node only
 * while enough of the pool is up: with cluster.server-quorum-ratio (a
 * global option, percent) set, ceil(nodes * ratio / 100), else a simple
 * majority. Nodes are this one and every befriended peer we have talked
 * to since start (up or down since); up are this one and the connected
 * ones.
 */
#include <stdlib.h>
#include <string.h>

#include "glusterd/brick.h"
#include "glusterd/peer.h"
#include "glusterd/quorum.h"
#include "glusterd/shd.h"
#include "libglusterfs/log.h"

#define QUORUM_TYPE_KEY "cluster.server-quorum-type"
#define QUORUM_RATIO_KEY "cluster.server-quorum-ratio"

bool gd_quorum_option(const char *key)
{
	return key && (!strcmp(key, QUORUM_TYPE_KEY) ||
		       !strcmp(key, QUORUM_RATIO_KEY));
}

bool gd_quorum_enabled(const struct gd_volinfo *v)
{
	const char *t = gd_opts_get(&v->opts, QUORUM_TYPE_KEY);

	return t && strcmp(t, "server") == 0;
}

bool gd_quorum_met(const struct gd_conf *c)
{
	const char *ratio = gd_opts_get(&c->global_opts, QUORUM_RATIO_KEY);
	const struct gd_peer *p;
	unsigned nodes = 1, up = 1, needed;

	list_for_each_entry(p, &c->peers, list) {
		if (!gd_peer_is_friend(p) || !p->ever_connected)
			continue;
		nodes++;
		up += p->connected;
	}
	if (ratio && ratio[0]) {
		double x = nodes * strtod(ratio, NULL) / 100.0;
		needed = (unsigned)x;
		needed += needed < x;	/* ceil */
	} else {
		needed = nodes / 2 + 1;
	}
	return up >= needed;
}

bool gd_quorum_blocks(const struct gd_conf *c, const struct gd_volinfo *v)
{
	return gd_quorum_enabled(v) && !gd_quorum_met(c);
}

bool gd_quorum_any_lost(const struct gd_conf *c)
{
	const struct gd_volinfo *v;

	list_for_each_entry(v, &c->volumes, list)
		if (gd_quorum_blocks(c, v))
			return true;
	return false;
}

void gd_quorum_check(struct gd_conf *c)
{
	bool met = gd_quorum_met(c);
	struct gd_volinfo *v;

	list_for_each_entry(v, &c->volumes, list) {
		bool running = false;

		if (!gd_quorum_enabled(v) || !gd_volinfo_is_started(v))
			continue;
		for (int i = 0; i < v->brick_count; i++)
			running |= v->bricks[i].local && v->bricks[i].pid > 0;
		if (!met && running) {
			log_warn("Server quorum lost for volume %s. Stopping "
				 "local bricks.", v->name);
			gd_volume_stop_bricks(c, v);
		} else if (met && !running) {
			bool local = false;
			for (int i = 0; i < v->brick_count; i++)
				local |= v->bricks[i].local;
			if (!local)
				continue;
			log_warn("Server quorum regained for volume %s. Starting "
				 "local bricks.", v->name);
			if (gd_volume_start_bricks(c, v) < 0)
				log_warn("some bricks of %s did not start", v->name);
		}
	}
}
