/* op-volume-create: `gluster volume create` (GD_OP_CREATE_VOLUME, syncop).
 * Rules and messages: cluster.md 5.1.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/brick-check.h"
#include "glusterd/op.h"
#include "glusterd/peer.h"
#include "glusterd/volinfo-store.h"
#include "glusterd/volname.h"
#include "glusterd/volume-opts.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/log.h"
#include "libglusterfs/strbuf.h"
#include "xdr/cli-msg.h"

struct create_ctx {
	struct cli_create_req req;
	char **hosts;		/* split bricks, req.count entries */
	char **paths;
	uuid_t volid;
};

static void create_release(struct gd_txn *txn)
{
	struct create_ctx *cc = txn->priv;

	if (!cc)
		return;
	for (int i = 0; i < cc->req.count; i++) {
		if (cc->hosts)
			free(cc->hosts[i]);
		if (cc->paths)
			free(cc->paths[i]);
	}
	free(cc->hosts);
	free(cc->paths);
	cli_create_req_release(&cc->req);
	free(cc);
	txn->priv = NULL;
}

static int split_brick(const char *brick, char **host, char **path)
{
	const char *sep = strstr(brick, ":/");

	if (!sep || sep == brick)
		return -EINVAL;
	*host = strndup(brick, (size_t)(sep - brick));
	*path = strdup(sep + 1);
	return (*host && *path) ? 0 : -ENOMEM;
}

static int counts_check(struct gd_txn *txn, const struct cli_create_req *r)
{
	if (r->count <= 0 || r->count > 4096)
		return gd_txn_fail(txn, EG_INTRNL, "Invalid brick count %d",
				   r->count);
	if (r->type != CLI_VOL_DISTRIBUTE && r->type != CLI_VOL_REPLICATE &&
	    r->type != CLI_VOL_DISPERSE)
		return gd_txn_fail(txn, EG_INTRNL, "Unsupported volume type %d",
				   r->type);
	if (r->type == CLI_VOL_REPLICATE &&
	    (r->replica_count < 2 || r->count % r->replica_count))
		return gd_txn_fail(txn, EG_INTRNL, "number of bricks is not a "
				   "multiple of replica count");
	if (r->arbiter_count && (r->type != CLI_VOL_REPLICATE ||
				 r->arbiter_count != 1 || r->replica_count != 3))
		return gd_txn_fail(txn, EG_INTRNL, "For arbiter configuration, "
			"replica count must be 2 and arbiter count must be 1. "
			"The 3rd brick of the replica will be the arbiter");
	if (r->type == CLI_VOL_DISPERSE &&
	    (r->disperse_count < 3 || r->count % r->disperse_count))
		return gd_txn_fail(txn, EG_INTRNL, "number of bricks is not a "
				   "multiple of disperse count");
	if (r->type == CLI_VOL_DISPERSE &&
	    (r->redundancy_count < 1 ||
	     2 * r->redundancy_count >= r->disperse_count))
		return gd_txn_fail(txn, EG_INTRNL, "redundancy must be greater "
			"than or equal to 1 and less than %d for a disperse %d "
			"volume", (r->disperse_count + 1) / 2,
			r->disperse_count);
	return 0;
}

static int bricks_parse(struct gd_txn *txn, struct create_ctx *cc)
{
	const struct cli_create_req *r = &cc->req;

	cc->hosts = calloc((size_t)r->count, sizeof(char *));
	cc->paths = calloc((size_t)r->count, sizeof(char *));
	if (!cc->hosts || !cc->paths)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	for (int i = 0; i < r->count; i++) {
		if (split_brick(r->bricks[i], &cc->hosts[i], &cc->paths[i]) < 0)
			return gd_txn_fail(txn, EG_INTRNL, "Wrong brick type: "
				"%s, use <HOSTNAME>:<export-dir-abs-path>",
				r->bricks[i]);
		for (int j = 0; j < i; j++)
			if (strcmp(r->bricks[i], r->bricks[j]) == 0)
				return gd_txn_fail(txn, EG_INTRNL,
					"Found duplicate exports %s",
					r->bricks[i]);
	}
	return 0;
}

static int create_parse(struct gd_txn *txn)
{
	struct create_ctx *cc = calloc(1, sizeof(*cc));
	const char *bad = NULL;
	const char *idtext;

	if (!cc)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	txn->priv = cc;
	if (cli_create_req_decode(txn->dict, &cc->req, &bad) < 0)
		return gd_txn_fail(txn, EINVAL, "Unable to get %s",
				   bad ? bad : "the volume parameters");
	if (counts_check(txn, &cc->req) < 0 || bricks_parse(txn, cc) < 0)
		return -1;
	idtext = dict_get_str(txn->dict, "volume-id");
	if (idtext && gf_uuid_parse(idtext, cc->volid) < 0)
		return gd_txn_fail(txn, EINVAL, "Invalid volume-id %s", idtext);
	return 0;
}

static int create_prepare(struct gd_txn *txn)
{
	char id[GF_UUID_BUFLEN], user[GF_UUID_BUFLEN], pass[GF_UUID_BUFLEN];
	const char *name = dict_get_str(txn->dict, "volname");

	if (!name)
		return gd_txn_fail(txn, EINVAL, "Unable to get volume name");
	if (gd_volname_check(txn, name) < 0)
		return -1;
	if (gd_conf_find_volume(txn->conf, name))
		return gd_txn_fail(txn, 0, "Volume %s already exists", name);
	gf_uuid_generate_str(id);
	gf_uuid_generate_str(user);
	gf_uuid_generate_str(pass);
	if (dict_set_str(txn->dict, "volume-id", id) < 0 ||
	    dict_set_str(txn->dict, "internal-username", user) < 0 ||
	    dict_set_str(txn->dict, "internal-password", pass) < 0 ||
	    /* 10.3 numbers its creates from 24008 in a "port" key; its
	     * peers' commit refuses a create without it */
	    dict_set_int(txn->dict, "port",
			 GD_DEFAULT_PORT + (int)++txn->conf->create_seq) < 0 ||
	    (!dict_has(txn->dict, "transport.address-family") &&
	     dict_set_str(txn->dict, "transport.address-family", "inet") < 0))
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	return create_parse(txn);
}

/* Bricks of one replica/disperse set on one server (without force). */
static int brick_order_check(struct gd_txn *txn, const struct create_ctx *cc)
{
	const struct cli_create_req *r = &cc->req;
	int set = r->type == CLI_VOL_REPLICATE ? r->replica_count :
		  r->type == CLI_VOL_DISPERSE ? r->disperse_count : 0;
	const char *kind = r->type == CLI_VOL_DISPERSE ? "disperse" :
			   "replicate";

	if (r->force || set < 2)
		return 0;
	for (int i = 0; i < r->count; i++)
		for (int j = i + 1; j < r->count && j / set == i / set; j++)
			if (gd_hosts_same(cc->hosts[i], cc->hosts[j]))
				return gd_txn_fail(txn, EG_INTRNL,
					"Multiple bricks of a %s volume are "
					"present on the same server. This setup "
					"is not optimal. Bricks should be on "
					"different nodes to have best fault "
					"tolerant configuration. Use 'force' at "
					"the end of the command if you want to "
					"override this behavior. ", kind);
	return 0;
}

static bool path_overlaps(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t n = la < lb ? la : lb;

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

static int create_stage(struct gd_txn *txn)
{
	struct create_ctx *cc = txn->priv;
	char key[64];
	int last_local = 0;

	if (!cc && create_parse(txn) < 0)
		return -1;
	cc = txn->priv;
	if (gd_conf_find_volume(txn->conf, cc->req.volname))
		return gd_txn_fail(txn, EG_INTRNL, "Volume %s already exists",
				   cc->req.volname);
	if (brick_order_check(txn, cc) < 0)
		return -1;
	for (int i = 0; i < cc->req.count; i++) {
		const char *h = cc->hosts[i], *p = cc->paths[i], *owner;
		char *mdir;

		if (!volfile_path_ok(txn->conf, cc->req.volname, h, p))
			return gd_txn_fail(txn, EG_INTRNL, "Volume file path for "
				"volume %s and brick path %s is too long.",
				cc->req.volname, cc->req.bricks[i]);
		owner = gd_host_owner(txn->conf, h);
		if (!owner)
			return gd_txn_fail(txn, EG_INTRNL, "Host %s is not in "
					   "'Peer in Cluster' state", h);
		if (strcmp(owner, gd_conf_uuid(txn->conf)) != 0) {
			const struct gd_peer *peer =
				gd_peer_find_uuid(txn->conf, owner);
			if (!peer || !peer->connected)
				return gd_txn_fail(txn, EG_INTRNL, "Host %s not "
						   "connected", h);
			continue;	/* that node stages its own bricks */
		}
		if (brick_available(txn, h, p) < 0 ||
		    gd_brick_prepare_local(txn, h, p, cc->volid,
					   cc->req.force) < 0)
			return -1;
		mdir = gd_brick_mount_dir(p);
		snprintf(key, sizeof(key), "brick%d.mount_dir", i + 1);
		if (!mdir || dict_take_str(txn->dict, key, mdir) < 0)
			return gd_txn_fail(txn, EG_INTRNL, "Failed to get brick "
					   "mount_dir for %s:%s", h, p);
		last_local = i + 1;
	}
	/* 10.3's originator reads brick1..brick_count.mount_dir from each
	 * node's stage answer: brick_count is the last local brick */
	if (last_local && dict_set_int(txn->dict, "brick_count", last_local) < 0)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	return 0;
}

static void set_counts(struct gd_volinfo *v, const struct cli_create_req *r)
{
	v->type = r->type;
	v->brick_count = r->count;
	v->replica_count = r->type == CLI_VOL_REPLICATE ? r->replica_count : 1;
	v->arbiter_count = r->arbiter_count;
	v->disperse_count = r->type == CLI_VOL_DISPERSE ? r->disperse_count : 0;
	v->redundancy_count = r->type == CLI_VOL_DISPERSE ?
			      r->redundancy_count : 0;
	v->thin_arbiter_count = r->thin_arbiter_count;
	v->sub_count = r->type == CLI_VOL_REPLICATE ? r->replica_count :
		       r->type == CLI_VOL_DISPERSE ? r->disperse_count : 0;
	v->transport_type = !r->transport || !strcmp(r->transport, "tcp") ?
			    GD_TRANSPORT_TCP :
			    !strcmp(r->transport, "rdma") ? GD_TRANSPORT_RDMA :
			    GD_TRANSPORT_BOTH;
}

static int fill_brick(struct gd_txn *txn, struct create_ctx *cc,
		      struct gd_volinfo *v, int i)
{
	struct gd_brick *b = &v->bricks[i];
	char key[64];
	const char *mdir, *owner;

	b->hostname = strdup(cc->hosts[i]);
	b->path = strdup(cc->paths[i]);
	b->real_path = strdup(cc->paths[i]);
	b->brick_id = xasprintf("%s-client-%d", v->name, i);
	snprintf(key, sizeof(key), "brick%d.mount_dir", i + 1);
	mdir = dict_get_str(txn->dict, key);
	b->mount_dir = strdup(mdir ? mdir : cc->paths[i]);
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

static int build_volinfo(struct gd_txn *txn, struct gd_volinfo **out)
{
	struct create_ctx *cc = txn->priv;
	struct gd_volinfo *v = gd_volinfo_new(cc->req.volname);
	const char *user = dict_get_str(txn->dict, "internal-username");
	const char *pass = dict_get_str(txn->dict, "internal-password");
	const char *af = dict_get_str(txn->dict, "transport.address-family");
	int r = 0;

	if (!v)
		return -ENOMEM;
	set_counts(v, &cc->req);
	gf_uuid_unparse(cc->volid, v->volume_id);
	snprintf(v->username, sizeof(v->username), "%s", user ? user : "");
	snprintf(v->password, sizeof(v->password), "%s", pass ? pass : "");
	v->version = 1;
	v->status = GD_VOL_CREATED;
	v->bricks = calloc((size_t)v->brick_count, sizeof(*v->bricks));
	if (!v->bricks)
		r = -ENOMEM;
	for (int i = 0; r == 0 && i < v->brick_count; i++)
		r = fill_brick(txn, cc, v, i);
	if (r == 0)
		r = gd_volume_set_create_defaults(txn->conf, v, af);
	if (r == 0)
		gd_volinfo_derive(v);
	if (r == 0)
		gd_volume_update_op_versions(txn->conf, v);
	if (r < 0) {
		gd_volinfo_free(v);
		return r;
	}
	*out = v;
	return 0;
}

static int create_commit(struct gd_txn *txn)
{
	struct gd_volinfo *v = NULL;

	if (!txn->priv && create_parse(txn) < 0)
		return -1;
	if (build_volinfo(txn, &v) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "Unable to build the volume");
	if (gd_volume_persist(txn->conf, v) < 0) {
		(void)gd_volinfo_delete_store(txn->conf->workdir, v);
		gd_volinfo_free(v);
		return gd_txn_fail(txn, EG_INTRNL,
				   "Failed to create volume files");
	}
	gd_conf_add_volume(txn->conf, v);
	return 0;
}

const struct gd_op gd_op_volume_create = {
	.name = "volume create",
	.code = GD_OP_CREATE_VOLUME,
	.flags = GD_OPF_SYNCOP,
	.prepare = create_prepare,
	.stage = create_stage,
	.commit = create_commit,
	.release = create_release,
	.hook = GD_HOOK_CREATE,
};
