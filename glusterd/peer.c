/* peer: the pool's peer objects, their names and their store files. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "glusterd/conf.h"
#include "glusterd/handler.h"
#include "glusterd/locks.h"
#include "glusterd/peer.h"
#include "libglusterfs/log.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"
#include "rpc/rpc.h"

static const char *const fstate_text[] = {
	[GD_FS_DEFAULT] = "Establishing Connection",
	[GD_FS_REQ_SENT] = "Probe Sent to Peer",
	[GD_FS_REQ_RCVD] = "Probe Received from Peer",
	[GD_FS_BEFRIENDED] = "Peer in Cluster",
	[GD_FS_REQ_ACCEPTED] = "Accepted peer request",
	[GD_FS_REQ_SENT_RCVD] = "Sent and Received peer request",
	[GD_FS_REJECTED] = "Peer Rejected",
	[GD_FS_UNFRIEND_SENT] = "Peer detach in progress",
	[GD_FS_PROBE_RCVD] = "Probe Received from peer",
	[GD_FS_CONNECTED_RCVD] = "Connected to Peer",
	[GD_FS_CONNECTED_ACCEPTED] = "Peer is connected and Accepted",
};

const char *gd_fstate_text(int state)
{
	if (state < 0 || state >= GD_FS_MAX)
		return "Invalid State";
	return fstate_text[state];
}

struct gd_peer *gd_peer_new(struct gd_conf *c, const char *host, int port,
			    enum gd_fstate st)
{
	struct gd_peer *p = calloc(1, sizeof(*p));

	if (!p)
		return NULL;
	p->conf = c;
	p->port = port;
	p->state = st;
	p->refs = 1;
	if (host && gd_peer_add_name(p, host) < 0) {
		free(p);
		return NULL;
	}
	list_add_tail(&p->list, &c->peers);
	return p;
}

struct gd_peer *gd_peer_ref(struct gd_peer *p)
{
	p->refs++;
	return p;
}

void gd_peer_unref(struct gd_peer *p)
{
	if (!p || --p->refs > 0)
		return;
	for (size_t i = 0; i < p->nnames; i++)
		free(p->names[i]);
	free(p->names);
	free(p->cli_host);
	free(p->store_name);
	free(p);
}

static char *peer_path(const struct gd_peer *p, const char *name)
{
	return xasprintf("%s/peers/%s", p->conf->workdir, name);
}

static void store_unlink(struct gd_peer *p)
{
	char *path;

	if (!p->store_name)
		return;
	path = peer_path(p, p->store_name);
	if (path && unlink(path) < 0 && errno != ENOENT)
		log_warn("cannot remove %s: %s", path, strerror(errno));
	free(path);
	free(p->store_name);
	p->store_name = NULL;
}

static void peer_drop(struct gd_peer *p, bool unstore)
{
	if (p->dead)
		return;
	p->dead = true;
	list_del(&p->list);
	if (unstore)
		store_unlink(p);
	if (p->uuid[0] && p->conf->locks)
		gd_locks_release_owner(p->conf->locks, p->uuid);
	p->clnt = rpc_clnt_free(p->clnt);
	p->connected = false;
	gd_peer_unref(p);
}

void gd_peer_remove(struct gd_peer *p)
{
	peer_drop(p, true);
}


void gd_peers_release(struct gd_conf *c)
{
	struct gd_peer *p, *n;

	gd_peer_txns_drop(c, NULL);
	list_for_each_entry_safe(p, n, &c->peers, list) {
		if (p->cli_call)
			rpc_call_drop(p->cli_call);
		p->cli_call = NULL;
		peer_drop(p, false);
	}
}

struct gd_peer *gd_peer_find_uuid(const struct gd_conf *c, const char *uuid)
{
	struct gd_peer *p;

	if (!uuid || !uuid[0])
		return NULL;
	list_for_each_entry(p, &c->peers, list)
		if (strcmp(p->uuid, uuid) == 0)
			return p;
	return NULL;
}

bool gd_peer_has_name(const struct gd_peer *p, const char *host)
{
	for (size_t i = 0; i < p->nnames; i++)
		if (strcmp(p->names[i], host) == 0)
			return true;
	return false;
}

struct gd_peer *gd_peer_find_host(const struct gd_conf *c, const char *host,
				  bool resolve)
{
	struct gd_peer *p;

	list_for_each_entry(p, &c->peers, list)
		if (gd_peer_has_name(p, host))
			return p;
	if (!resolve)
		return NULL;
	list_for_each_entry(p, &c->peers, list)
		for (size_t i = 0; i < p->nnames; i++)
			if (gd_hosts_same(p->names[i], host))
				return p;
	return NULL;
}

int gd_peer_add_name(struct gd_peer *p, const char *host)
{
	char **n;

	if (gd_peer_has_name(p, host))
		return 0;
	n = realloc(p->names, (p->nnames + 1) * sizeof(*n));
	if (!n)
		return -ENOMEM;
	p->names = n;
	if (!(n[p->nnames] = strdup(host)))
		return -ENOMEM;
	p->nnames++;
	return 0;
}

const char *gd_peer_name(const struct gd_peer *p)
{
	return p->nnames ? p->names[0] : p->uuid;
}

bool gd_peer_is_friend(const struct gd_peer *p)
{
	return p->state == GD_FS_BEFRIENDED;
}

size_t gd_peer_count(const struct gd_conf *c)
{
	const struct gd_peer *p;
	size_t n = 0;

	list_for_each_entry(p, &c->peers, list)
		n++;
	return n;
}

bool gd_pool_active(const struct gd_conf *c)
{
	const struct gd_peer *p;

	list_for_each_entry(p, &c->peers, list)
		if (gd_peer_in_txn(p))
			return true;
	return false;
}

const char *gd_host_owner(struct gd_conf *c, const char *host)
{
	struct gd_peer *p = gd_peer_find_host(c, host, false);

	if (p && gd_peer_is_friend(p))
		return p->uuid;
	if (gd_conf_host_is_local(c, host))
		return gd_conf_uuid(c);
	p = gd_peer_find_host(c, host, true);
	return p && gd_peer_is_friend(p) ? p->uuid : NULL;
}

void gd_uuid_to_xdr(const char *text, unsigned char out[16])
{
	uuid_t u;

	memset(out, 0, 16);
	if (text && gf_uuid_parse(text, u) == 0)
		memcpy(out, u, 16);
}

void gd_uuid_from_xdr(const unsigned char in[16], char *text)
{
	uuid_t u;

	memcpy(u, in, 16);
	gf_uuid_unparse(u, text);
}

/* ---------------- store ---------------- */

int gd_peer_store(struct gd_peer *p)
{
	struct store_file f;
	const char *name = p->uuid[0] ? p->uuid : gd_peer_name(p);
	char *dir = xasprintf("%s/peers", p->conf->workdir);
	char *path = peer_path(p, name);
	int r = dir && path ? 0 : -ENOMEM;

	if (p->dead) {
		free(dir);
		free(path);
		return 0;
	}
	store_file_init(&f);
	if (r == 0)
		r = store_mkdir_p(dir, 0755);
	if (r == 0)
		r = store_file_add(&f, "uuid", p->uuid[0] ? p->uuid :
				   "00000000-0000-0000-0000-000000000000");
	if (r == 0)
		r = store_file_addf(&f, "state", "%d", (int)p->state);
	for (size_t i = 0; r == 0 && i < p->nnames; i++) {
		char key[32];
		snprintf(key, sizeof(key), "hostname%zu", i + 1);
		r = store_file_add(&f, key, p->names[i]);
	}
	if (r == 0)
		r = store_file_save(path, &f);
	if (r == 0 && (!p->store_name || strcmp(p->store_name, name) != 0)) {
		store_unlink(p);
		p->store_name = strdup(name);
	}
	if (r < 0)
		log_err("cannot write %s: %s", path ? path : "peer file",
			strerror(-r));
	store_file_release(&f);
	free(dir);
	free(path);
	return r;
}

static int load_peer(struct gd_conf *c, const char *dir, const char *name)
{
	struct store_file f;
	struct gd_peer *p;
	char *path = xasprintf("%s/%s", dir, name);
	const char *uuid, *state;
	int r;

	if (!path)
		return -ENOMEM;
	store_file_init(&f);
	r = store_file_load(path, &f);
	free(path);
	if (r < 0) {
		log_err("cannot read peer file %s: %s", name, strerror(-r));
		store_file_release(&f);
		return r;
	}
	uuid = store_file_get(&f, "uuid");
	state = store_file_get(&f, "state");
	p = gd_peer_new(c, NULL, GD_DEFAULT_PORT, GD_FS_DEFAULT);
	if (!p) {
		store_file_release(&f);
		return -ENOMEM;
	}
	if (!uuid)
		uuid = name;
	if (strlen(uuid) >= sizeof(p->uuid)) {
		store_file_release(&f);
		peer_drop(p, false);
		return -EINVAL;
	}
	memcpy(p->uuid, uuid, strlen(uuid) + 1);
	if (state) {
		int st = atoi(state);
		p->state = st >= 0 && st < GD_FS_MAX ? st : GD_FS_DEFAULT;
	}
	for (int i = 1;; i++) {
		char key[32];
		const char *h;
		snprintf(key, sizeof(key), "hostname%d", i);
		if (!(h = store_file_get(&f, key)))
			break;
		if (gd_peer_add_name(p, h) < 0)
			r = -ENOMEM;
	}
	p->store_name = strdup(name);
	store_file_release(&f);
	if (r == 0 && p->nnames)
		r = gd_peer_connect(p);
	return r;
}

int gd_peers_restore(struct gd_conf *c)
{
	char *dir = xasprintf("%s/peers", c->workdir);
	struct dirent *e;
	DIR *d;
	int r = 0;

	if (!dir)
		return -ENOMEM;
	d = opendir(dir);
	if (!d) {
		free(dir);
		return errno == ENOENT ? 0 : -errno;
	}
	while (r == 0 && (e = readdir(d))) {
		uuid_t u;
		if (e->d_name[0] == '.')
			continue;
		if (gf_uuid_parse(e->d_name, u) < 0) {
			log_info("skipping non-peer file %s", e->d_name);
			continue;
		}
		r = load_peer(c, dir, e->d_name);
	}
	closedir(d);
	free(dir);
	return r;
}
