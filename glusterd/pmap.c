/* pmap: the brick port registry and the Gluster Portmap program
 * (34123456 v1, wire.md 8): bricks SIGNIN/SIGNOUT, clients PORTBYBRICK.
 */
#include <errno.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "glusterd/brick.h"
#include "glusterd/handler.h"
#include "glusterd/pmap.h"
#include "libglusterfs/log.h"
#include "portmap-xdr.h"
#include "rpc/rpc.h"

struct pmap_entry {
	struct list_head list;
	char *brick;		/* brick path as signed in */
	int port;
	pid_t pid;
	struct rpc_conn *conn;	/* management connection that signed in */
};

static void entry_free(struct pmap_entry *e)
{
	list_del(&e->list);
	free(e->brick);
	free(e);
}

void gd_pmap_init(struct gd_pmap *p)
{
	list_init(&p->entries);
}

void gd_pmap_release(struct gd_pmap *p)
{
	struct pmap_entry *e, *n;

	list_for_each_entry_safe(e, n, &p->entries, list)
		entry_free(e);
}

static struct pmap_entry *find_brick(const struct gd_pmap *p,
				     const char *brick)
{
	struct pmap_entry *e;

	list_for_each_entry(e, &p->entries, list)
		if (strcmp(e->brick, brick) == 0)
			return e;
	return NULL;
}

static bool port_in_registry(const struct gd_pmap *p, int port)
{
	struct pmap_entry *e;

	list_for_each_entry(e, &p->entries, list)
		if (e->port == port)
			return true;
	return false;
}

/* "Free" as 10.x decides: a test bind to the wildcard address works. */
static bool port_bindable(int port)
{
	struct sockaddr_in sin = {
		.sin_family = AF_INET,
		.sin_port = htons((uint16_t)port),
		.sin_addr.s_addr = htonl(INADDR_ANY),
	};
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	bool ok;

	if (fd < 0)
		return false;
	ok = bind(fd, (struct sockaddr *)&sin, sizeof(sin)) == 0;
	close(fd);
	return ok;
}

int gd_pmap_alloc_port(const struct gd_pmap *p, int base, int max,
		       int avoid)
{
	int span = max - base + 1;
	int start;

	if (span <= 0)
		return -EINVAL;
	start = base + (int)(random() % span);
	for (int i = 0; i < span; i++) {
		int port = base + (start - base + i) % span;
		if (port != avoid && !port_in_registry(p, port) &&
		    port_bindable(port))
			return port;
	}
	return -EADDRINUSE;
}

int gd_pmap_port_of(const struct gd_pmap *p, const char *brick)
{
	const struct pmap_entry *e = find_brick(p, brick);

	return e ? e->port : 0;
}

bool gd_pmap_signed_in(const struct gd_pmap *p, const char *brick)
{
	return find_brick(p, brick) != NULL;
}

void gd_pmap_remove(struct gd_pmap *p, const char *brick)
{
	struct pmap_entry *e = find_brick(p, brick);

	if (e)
		entry_free(e);
}

int gd_pmap_add(struct gd_pmap *p, const char *brick, int port, pid_t pid,
		struct rpc_conn *conn)
{
	struct pmap_entry *e = find_brick(p, brick);

	if (!e) {
		e = calloc(1, sizeof(*e));
		if (!e || !(e->brick = strdup(brick))) {
			free(e);
			return -ENOMEM;
		}
		list_add_tail(&e->list, &p->entries);
	}
	e->port = port;
	e->pid = pid;
	e->conn = conn;
	return 0;
}

void gd_pmap_conn_gone(struct gd_pmap *p, struct rpc_conn *conn)
{
	struct pmap_entry *e;

	list_for_each_entry(e, &p->entries, list)
		if (e->conn == conn)
			e->conn = NULL;
}

/* ---- the program ---- */

static int actor_portbybrick(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	pmap_port_by_brick_req req = { 0 };
	pmap_port_by_brick_rsp rsp = { 0 };
	int port;

	if (rpc_call_decode(call, (xdrproc_t)xdr_pmap_port_by_brick_req,
			    &req) < 0)
		return -EBADMSG;
	port = req.brick ? gd_pmap_port_of(&c->pmap, req.brick) : 0;
	rsp.op_ret = port > 0 ? 0 : -1;
	rsp.port = port;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_pmap_port_by_brick_rsp, &rsp);
	xdr_free((xdrproc_t)xdr_pmap_port_by_brick_req, (char *)&req);
	return 0;
}

static int actor_brickbyport(struct rpc_call *call)
{
	/* 10.x registers it but never answers: so do we */
	rpc_call_drop(call);
	return 0;
}

static int actor_signin(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	pmap_signin_req req = { 0 };
	pmap_signin_rsp rsp = { 0 };

	if (rpc_call_decode(call, (xdrproc_t)xdr_pmap_signin_req, &req) < 0)
		return -EBADMSG;
	if (!req.brick || req.port <= 0 || req.port > 65535) {
		rsp.op_ret = -1;
		rsp.op_errno = EINVAL;
	} else if (gd_pmap_add(&c->pmap, req.brick, req.port, req.pid,
			       call->conn) < 0) {
		rsp.op_ret = -1;
		rsp.op_errno = ENOMEM;
	} else {
		log_info("brick %s signed in on port %d (pid %d)", req.brick,
			 req.port, req.pid);
		gd_bricks_signed_in(c, req.brick, req.port, req.pid);
	}
	(void)rpc_call_reply(call, (xdrproc_t)xdr_pmap_signin_rsp, &rsp);
	xdr_free((xdrproc_t)xdr_pmap_signin_req, (char *)&req);
	return 0;
}

static int actor_signout(struct rpc_call *call)
{
	struct gd_conf *c = rpc_call_program_ctx(call);
	pmap_signout_req req = { 0 };
	pmap_signout_rsp rsp = { 0 };

	if (rpc_call_decode(call, (xdrproc_t)xdr_pmap_signout_req, &req) < 0)
		return -EBADMSG;
	if (req.brick) {
		log_info("brick %s signed out", req.brick);
		gd_pmap_remove(&c->pmap, req.brick);
		gd_bricks_signed_out(c, req.brick);
	}
	(void)rpc_call_reply(call, (xdrproc_t)xdr_pmap_signout_rsp, &rsp);
	xdr_free((xdrproc_t)xdr_pmap_signout_req, (char *)&req);
	return 0;
}

static const struct rpc_actor pmap_actors[GF_PMAP_MAXVALUE] = {
	[GF_PMAP_PORTBYBRICK] = { "PORTBYBRICK", actor_portbybrick },
	[GF_PMAP_BRICKBYPORT] = { "BRICKBYPORT", actor_brickbyport },
	[GF_PMAP_SIGNIN] = { "SIGNIN", actor_signin },
	[GF_PMAP_SIGNOUT] = { "SIGNOUT", actor_signout },
};

void gd_pmap_program(struct gd_conf *conf, struct rpc_program *prog)
{
	*prog = (struct rpc_program){
		.name = "Gluster Portmap", .prognum = GD_PROG_PMAP,
		.progver = GD_PROG_PMAP_VERS, .actors = pmap_actors,
		.nactors = GF_PMAP_MAXVALUE, .ctx = conf,
	};
}
