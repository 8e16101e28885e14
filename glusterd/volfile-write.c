/* volfile-write: persist a volume after a committed change: the store
 * files, then every volfile volgen produces for it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/op.h"
#include "glusterd/volgen.h"
#include "glusterd/volinfo-store.h"
#include "libglusterfs/log.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"
#include "rpc-common-xdr.h"
#include "rpc/rpc.h"

/* Local bricks of v on the same filesystem as brick i (0 for remote). */
static int *shared_brick_counts(const struct gd_volinfo *v)
{
	int *n = calloc((size_t)v->brick_count + 1, sizeof(int));

	if (!n)
		return NULL;
	for (int i = 0; i < v->brick_count; i++) {
		if (!v->bricks[i].local)
			continue;
		for (int j = 0; j < v->brick_count; j++)
			if (v->bricks[j].local &&
			    v->bricks[j].fsid == v->bricks[i].fsid)
				n[i]++;
	}
	return n;
}

int gd_volfiles_write(struct gd_conf *c, struct gd_volinfo *v)
{
	struct volgen_file *files = NULL;
	size_t n = 0;
	int *shared = shared_brick_counts(v);
	struct volgen_ctx ctx = {
		.workdir = c->workdir,
		.bind_addr = c->bind_addr,
		.node_uuid = gd_conf_uuid(c),
		.shared_brick_count = shared,
		.global_opts = &c->global_opts,
		.op_version = c->op_version,
	};
	int r = shared ? volgen_files(&ctx, v, &files, &n) : -ENOMEM;

	for (size_t i = 0; r == 0 && i < n; i++) {
		char *path = xasprintf("%s/vols/%s/%s", c->workdir, v->name,
				       files[i].name);
		r = path ? store_write_derived(path, files[i].text,
					       strlen(files[i].text)) : -ENOMEM;
		free(path);
	}
	if (r < 0)
		log_err("failed to write the volfiles of %s: %s", v->name,
			strerror(-r));
	volgen_files_free(files, n);
	free(shared);
	return r;
}

static void send_fetchspec(struct rpc_conn *conn, void *arg)
{
	(void)arg;
	(void)rpc_conn_send_call(conn, GD_PROG_CBK, GD_PROG_CBK_VERS,
				 GF_CBK_FETCHSPEC, NULL, NULL);
}

/* Every connected brick, client and daemon re-fetches its volfile (and
 * the CLI ignores the call), as after any volfile change in 10.x. */
void gd_volfiles_changed(struct gd_conf *c)
{
	if (c->tcp_listener)
		rpc_listener_foreach(c->tcp_listener, send_fetchspec, NULL);
	if (c->unix_listener)
		rpc_listener_foreach(c->unix_listener, send_fetchspec, NULL);
}

int gd_volume_persist(struct gd_conf *c, struct gd_volinfo *v)
{
	int r = gd_volinfo_save(c->workdir, v, c->op_version);

	if (r < 0) {
		log_err("failed to store volume %s: %s", v->name, strerror(-r));
		return r;
	}
	r = gd_volfiles_write(c, v);
	if (r == 0)
		gd_volfiles_changed(c);
	return r;
}
