/* brick-stage: new bricks of create and add-brick (brick-stage.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/brick-check.h"
#include "glusterd/brick-stage.h"
#include "glusterd/op.h"
#include "glusterd/peer.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/strbuf.h"

static int split_brick(const char *brick, char **host, char **path)
{
	const char *sep = strstr(brick, ":/");

	if (!sep || sep == brick)
		return -EINVAL;
	*host = strndup(brick, (size_t)(sep - brick));
	*path = strdup(sep + 1);
	return (*host && *path) ? 0 : -ENOMEM;
}

void gd_newbricks_release(struct gd_newbricks *nb)
{
	for (int i = 0; i < nb->count; i++) {
		if (nb->hosts)
			free(nb->hosts[i]);
		if (nb->paths)
			free(nb->paths[i]);
	}
	free(nb->hosts);
	free(nb->paths);
	nb->hosts = nb->paths = NULL;
	nb->names = NULL;
	nb->count = 0;
}

int gd_newbricks_parse(struct gd_txn *txn, struct gd_newbricks *nb,
		       char **bricks, int count)
{
	nb->names = bricks;
	nb->hosts = calloc((size_t)count, sizeof(char *));
	nb->paths = calloc((size_t)count, sizeof(char *));
	if (!nb->hosts || !nb->paths) {
		free(nb->hosts);
		free(nb->paths);
		nb->hosts = nb->paths = NULL;
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	}
	nb->count = count;
	for (int i = 0; i < count; i++) {
		if (split_brick(bricks[i], &nb->hosts[i], &nb->paths[i]) < 0)
			return gd_txn_fail(txn, EG_INTRNL, "Wrong brick type: "
				"%s, use <HOSTNAME>:<export-dir-abs-path>",
				bricks[i]);
		for (int j = 0; j < i; j++)
			if (strcmp(bricks[i], bricks[j]) == 0)
				return gd_txn_fail(txn, EG_INTRNL,
					"Found duplicate exports %s", bricks[i]);
	}
	return 0;
}

int gd_bricks_same_server(struct gd_txn *txn, const char *kind)
{
	return gd_txn_fail(txn, EG_INTRNL, "Multiple bricks of a %s volume are "
		"present on the same server. This setup is not optimal. Bricks "
		"should be on different nodes to have best fault tolerant "
		"configuration. Use 'force' at the end of the command if you "
		"want to override this behavior. ", kind);
}

int gd_newbricks_order_check(struct gd_txn *txn, const struct gd_newbricks *nb,
			     int set, const char *kind)
{
	if (set < 2)
		return 0;
	for (int i = 0; i < nb->count; i++)
		for (int j = i + 1; j < nb->count && j / set == i / set; j++)
			if (gd_hosts_same(nb->hosts[i], nb->hosts[j]))
				return gd_bricks_same_server(txn, kind);
	return 0;
}

static bool path_overlaps(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t n;

	while (la > 1 && a[la - 1] == '/')
		la--;
	while (lb > 1 && b[lb - 1] == '/')
		lb--;
	n = la < lb ? la : lb;
	if (strncmp(a, b, n) != 0)
		return false;
	if (la == lb)
		return true;
	return (la > lb ? a[n] : b[n]) == '/' || n == 1;
}

static int brick_available(struct gd_txn *txn, const char *host,
			   const char *path)
{
	struct gd_volinfo *v;

	list_for_each_entry(v, &txn->conf->volumes, list)
		for (int i = 0; i < v->brick_count; i++) {
			const struct gd_brick *b = &v->bricks[i];
			if (b->local && path_overlaps(b->path, path))
				return gd_txn_fail(txn, EG_INTRNL, "Brick: %s:%s "
					"not available. Brick may be containing "
					"or be contained by an existing brick.",
					host, path);
		}
	return 0;
}

/* 10.3 refuses a brick whose volfile path would reach _POSIX_PATH_MAX. */
static bool volfile_path_ok(const struct gd_conf *c, const char *vol,
			    const char *host, const char *path)
{
	char *d = gd_path_dashed_noroot(path);
	char *f = d ? xasprintf("%s/vols/%s/%s.%s.%s.vol", c->workdir, vol,
				vol, host, d) : NULL;
	bool ok = f && strlen(f) < 256;

	free(d);
	free(f);
	return ok;
}

static int path_too_long(struct gd_txn *txn, const char *vol,
			 const char *brick, enum gd_newbricks_for why)
{
	if (why == GD_NB_ADD_BRICK)
		return gd_txn_fail(txn, EG_INTRNL, "brick path %s is too long",
				   brick);
	return gd_txn_fail(txn, EG_INTRNL, "Volume file path for volume %s and "
			   "brick path %s is too long.", vol, brick);
}

/* The node owning host, when it may take part: 1 this node, 0 a
 * connected peer (which stages its own bricks), -1 failure. */
static int owner_check(struct gd_txn *txn, const char *host)
{
	const char *owner = gd_host_owner(txn->conf, host);
	const struct gd_peer *peer;

	if (!owner)
		return gd_txn_fail(txn, EG_INTRNL, "Host %s is not in "
				   "'Peer in Cluster' state", host);
	if (strcmp(owner, gd_conf_uuid(txn->conf)) == 0)
		return 1;
	peer = gd_peer_find_uuid(txn->conf, owner);
	if (!peer || !peer->connected)
		return gd_txn_fail(txn, EG_INTRNL, "Host %s not connected",
				   host);
	return 0;
}

static int stage_local(struct gd_txn *txn, const struct gd_newbricks *nb,
		       int i, const uuid_t volid, bool force)
{
	const char *h = nb->hosts[i], *p = nb->paths[i];
	char key[64];
	char *mdir;

	if (brick_available(txn, h, p) < 0 ||
	    gd_brick_prepare_local(txn, h, p, volid, force) < 0)
		return -1;
	mdir = gd_brick_mount_dir(p);
	snprintf(key, sizeof(key), "brick%d.mount_dir", i + 1);
	if (!mdir || dict_take_str(txn->dict, key, mdir) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "Failed to get brick "
				   "mount_dir for %s:%s", h, p);
	return 0;
}

int gd_newbricks_stage(struct gd_txn *txn, const char *vol,
		       const struct gd_newbricks *nb, const uuid_t volid,
		       bool force, enum gd_newbricks_for why)
{
	int last_local = 0;

	for (int i = 0; i < nb->count; i++) {
		int own;

		if (!volfile_path_ok(txn->conf, vol, nb->hosts[i], nb->paths[i]))
			return path_too_long(txn, vol, nb->names[i], why);
		own = owner_check(txn, nb->hosts[i]);
		if (own < 0)
			return -1;
		if (!own)
			continue;	/* that node stages its own bricks */
		if (stage_local(txn, nb, i, volid, force) < 0)
			return -1;
		last_local = i + 1;
	}
	/* 10.3's originator reads brick1..brick_count.mount_dir from each
	 * node's stage answer: brick_count is the last local brick */
	if (last_local && dict_set_int(txn->dict, "brick_count", last_local) < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	return 0;
}

int gd_newbrick_fill(struct gd_txn *txn, const struct gd_newbricks *nb, int i,
		     const char *vol, int id, struct gd_brick *b)
{
	char key[64];
	const char *mdir, *owner;

	b->hostname = strdup(nb->hosts[i]);
	b->path = strdup(nb->paths[i]);
	b->real_path = strdup(nb->paths[i]);
	b->brick_id = xasprintf("%s-client-%d", vol, id);
	snprintf(key, sizeof(key), "brick%d.mount_dir", i + 1);
	mdir = dict_get_str(txn->dict, key);
	b->mount_dir = strdup(mdir ? mdir : nb->paths[i]);
	if (!b->hostname || !b->path || !b->real_path || !b->brick_id ||
	    !b->mount_dir)
		return -ENOMEM;
	owner = gd_host_owner(txn->conf, b->hostname);
	if (owner)
		snprintf(b->uuid, sizeof(b->uuid), "%s", owner);
	b->local = owner && strcmp(owner, gd_conf_uuid(txn->conf)) == 0;
	if (b->local)
		b->fsid = gd_brick_fsid(b->path);
	return 0;
}
