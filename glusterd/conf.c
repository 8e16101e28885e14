/* conf: daemon state, node identity and the volume list. */
#include <errno.h>
#include <inttypes.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/conf.h"
#include "libglusterfs/log.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"
#include "rpc/rpc.h"

void gd_conf_init(struct gd_conf *c)
{
	memset(c, 0, sizeof(*c));
	list_init(&c->volumes);
	list_init(&c->peers);
	list_init(&c->peer_events);
	list_init(&c->peer_txns);
	gd_opts_init(&c->global_opts);
	c->port = GD_DEFAULT_PORT;
	c->base_port = 49152;
	c->max_port = 65535;
	c->lock_timer_s = 180;
	c->op_version = GD_OP_VERSION_MAX;
	gd_pmap_init(&c->pmap);
}

void gd_conf_release(struct gd_conf *c)
{
	struct gd_volinfo *v, *n;
	list_for_each_entry_safe(v, n, &c->volumes, list) {
		list_del(&v->list);
		gd_volinfo_free(v);
	}
	gd_opts_release(&c->global_opts);
	gd_pmap_release(&c->pmap);
	free(c->workdir);
	free(c->rundir);
	free(c->logdir);
	free(c->sockfile);
	free(c->bind_addr);
	free(c->pidfile);
	free(c->logfile);
	memset(c, 0, sizeof(*c));
}

struct gd_volinfo *gd_conf_find_volume(const struct gd_conf *c,
				       const char *name)
{
	struct gd_volinfo *v;

	list_for_each_entry(v, &c->volumes, list)
		if (strcmp(v->name, name) == 0)
			return v;
	return NULL;
}

struct gd_volinfo *gd_conf_next_volume(const struct gd_conf *c,
				       const char *name)
{
	struct gd_volinfo *v;

	list_for_each_entry(v, &c->volumes, list)
		if (!name || strcmp(v->name, name) > 0)
			return v;
	return NULL;
}

void gd_conf_add_volume(struct gd_conf *c, struct gd_volinfo *v)
{
	struct gd_volinfo *pos;

	list_for_each_entry(pos, &c->volumes, list) {
		if (strcmp(pos->name, v->name) > 0) {
			list_add_tail(&v->list, &pos->list);
			c->nvolumes++;
			return;
		}
	}
	list_add_tail(&v->list, &c->volumes);
	c->nvolumes++;
}

void gd_conf_remove_volume(struct gd_conf *c, struct gd_volinfo *v)
{
	list_del(&v->list);
	c->nvolumes--;
}

int gd_conf_save_info(struct gd_conf *c)
{
	struct store_file f;
	char *path = xasprintf("%s/glusterd.info", c->workdir);
	int r = -ENOMEM;

	store_file_init(&f);
	if (!path)
		goto out;
	r = store_file_add(&f, "UUID", c->uuid);
	if (r == 0)
		r = store_file_addf(&f, "operating-version", "%" PRIu32,
				    c->op_version);
	if (r == 0)
		r = store_file_save(path, &f);
out:
	store_file_release(&f);
	free(path);
	return r;
}

const char *gd_conf_uuid(struct gd_conf *c)
{
	if (c->uuid[0])
		return c->uuid;
	gf_uuid_generate_str(c->uuid);
	if (gd_conf_save_info(c) < 0)
		log_err("could not write %s/glusterd.info", c->workdir);
	else
		log_info("generated node uuid %s", c->uuid);
	return c->uuid;
}

char *gd_conf_vol_dir(const struct gd_conf *c, const char *vol)
{
	return xasprintf("%s/vols/%s", c->workdir, vol);
}

bool gd_conf_host_is_local(const struct gd_conf *c, const char *host)
{
	struct addrinfo hints = { .ai_family = AF_UNSPEC }, *res = NULL;
	bool local = false;

	/* 10.x's test clusters run several glusterds on loopback addresses:
	 * with a bind address only that address is this node. */
	if (c->bind_addr && c->bind_addr[0])
		return strcmp(host, "localhost") == 0 ||
		       gd_hosts_same(host, c->bind_addr);
	if (getaddrinfo(host, NULL, &hints, &res) != 0)
		return false;
	for (struct addrinfo *a = res; a && !local; a = a->ai_next)
		local = rpc_addr_is_local(a->ai_addr);
	freeaddrinfo(res);
	return local;
}

bool gd_hosts_same(const char *a, const char *b)
{
	struct addrinfo hints = { .ai_family = AF_UNSPEC }, *ra = NULL, *rb = NULL;
	bool same = strcmp(a, b) == 0;

	if (same || getaddrinfo(a, NULL, &hints, &ra) != 0)
		return same;
	if (getaddrinfo(b, NULL, &hints, &rb) != 0) {
		freeaddrinfo(ra);
		return false;
	}
	for (struct addrinfo *p = ra; p && !same; p = p->ai_next)
		for (struct addrinfo *q = rb; q && !same; q = q->ai_next)
			same = rpc_addr_equal(p->ai_addr, q->ai_addr);
	freeaddrinfo(ra);
	freeaddrinfo(rb);
	return same;
}
