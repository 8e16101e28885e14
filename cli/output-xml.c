/* output-xml: the --xml printer. One document per command, built with
 * libxml2's xmlTextWriter (indent on) so the bytes match 10.3's. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/encoding.h>
#include <libxml/xmlwriter.h>

#include "cli/output.h"

struct xdoc {
	xmlBufferPtr buf;
	xmlTextWriterPtr w;
};

static struct xdoc doc;

#define X(s) ((const xmlChar *)(s))

static void x_start(const char *name)
{
	(void)xmlTextWriterStartElement(doc.w, X(name));
}

static void x_end(void)
{
	(void)xmlTextWriterEndElement(doc.w);
}

static void x_elem(const char *name, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void x_elem(const char *name, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	(void)xmlTextWriterWriteVFormatElement(doc.w, X(name), fmt, ap);
	va_end(ap);
}

static void x_empty(const char *name)
{
	x_start(name);
	x_end();
}

/* Opens the document and writes the envelope header. */
static void x_begin(const struct cli_rsp *r)
{
	doc.buf = xmlBufferCreateSize(8192);
	doc.w = doc.buf ? xmlNewTextWriterMemory(doc.buf, 0) : NULL;
	if (!doc.w)
		return;
	(void)xmlTextWriterSetIndent(doc.w, 1);
	(void)xmlTextWriterSetIndentString(doc.w, X("  "));
	(void)xmlTextWriterStartDocument(doc.w, "1.0", "UTF-8", "yes");
	x_start("cliOutput");
	x_elem("opRet", "%d", r->op_ret);
	x_elem("opErrno", "%d", r->op_errno);
	if (r->op_errstr && r->op_errstr[0])
		x_elem("opErrstr", "%s", r->op_errstr);
	else
		x_empty("opErrstr");
}

/* 10.3 builds its document as a tree and saves it: text nodes come out
 * with '"' as is, where the writer escaped it. Writes text as 10.3 does
 * (attribute values keep their escapes). */
static void x_put(const char *s)
{
	bool in_tag = false;

	for (; *s; s++) {
		if (*s == '<')
			in_tag = true;
		else if (*s == '>')
			in_tag = false;
		if (!in_tag && strncmp(s, "&quot;", 6) == 0) {
			putchar('"');
			s += 5;
			continue;
		}
		putchar(*s);
	}
}

static int x_finish(void)
{
	if (!doc.w)
		return 1;
	x_end();	/* cliOutput */
	(void)xmlTextWriterEndDocument(doc.w);
	xmlFreeTextWriter(doc.w);
	doc.w = NULL;
	x_put((const char *)xmlBufferContent(doc.buf));
	fflush(stdout);
	xmlBufferFree(doc.buf);
	doc.buf = NULL;
	return 0;
}

static int xml_message(const struct cli_rsp *r, const struct cli_msg *m)
{
	x_begin(r);
	if (!doc.w)
		return 1;
	if (m && m->xml_op)
		x_elem("cliOp", "%s", m->xml_op);
	if (m && m->xml_output)
		x_elem("output", "%s", m->xml_output);
	return x_finish();
}

static int xml_vol_op(const struct cli_rsp *r, const char *elem,
		      const char *volname, const char *vol_id,
		      const struct cli_msg *m)
{
	(void)m;
	x_begin(r);
	if (!doc.w)
		return 1;
	if (r->op_ret == 0) {
		x_start(elem);
		x_start("volume");
		x_elem("name", "%s", volname ? volname : "");
		x_elem("id", "%s", vol_id ? vol_id : "");
		x_end();
		x_end();
	}
	return x_finish();
}

/* 10.3 writes each <brick> on one line (mixed content, no indentation
 * inside), the list itself indented: indentation is switched off inside
 * the element and the line break after it written by hand. */
static void xml_brick(const struct cli_brick_info *b, bool last)
{
	x_start("brick");
	(void)xmlTextWriterWriteAttribute(doc.w, X("uuid"),
					  X(b->uuid ? b->uuid : ""));
	(void)xmlTextWriterSetIndent(doc.w, 0);
	(void)xmlTextWriterWriteString(doc.w, X(b->name));
	x_elem("name", "%s", b->name);
	x_elem("hostUuid", "%s", b->uuid ? b->uuid : "");
	x_elem("isArbiter", "%d", b->is_arbiter ? 1 : 0);
	x_end();
	(void)xmlTextWriterSetIndent(doc.w, 1);
	/* </bricks> sits at depth 4 (cliOutput/volInfo/volumes/volume) */
	(void)xmlTextWriterWriteRaw(doc.w, X(last ? "\n        " : "\n"));
}

static void xml_one_volinfo(const struct cli_volinfo *v)
{
	int dist = v->dist_count > 0 ? v->dist_count : 1;

	x_start("volume");
	x_elem("name", "%s", v->name);
	x_elem("id", "%s", v->volume_id);
	x_elem("status", "%d", v->status);
	x_elem("statusStr", "%s", cli_vol_status_str(v->status));
	x_elem("snapshotCount", "%d", v->snap_count);
	x_elem("brickCount", "%d", v->brick_count);
	x_elem("distCount", "%d", v->brick_count / dist);
	x_elem("replicaCount", "%d", v->replica_count);
	x_elem("arbiterCount", "%d", v->arbiter_count);
	x_elem("disperseCount", "%d", v->disperse_count);
	x_elem("redundancyCount", "%d", v->redundancy_count);
	x_elem("type", "%d", cli_vol_type_shown(v->type, v->dist_count,
						 v->brick_count));
	x_elem("typeStr", "%s", cli_vol_type_str(v->type, v->dist_count,
						 v->brick_count));
	x_elem("transport", "%d", v->transport);
	x_start("bricks");
	for (int b = 0; b < v->brick_count; b++)
		xml_brick(&v->bricks[b], b + 1 == v->brick_count);
	x_end();
	x_elem("optCount", "%zu", v->nopts);
	x_start("options");
	for (size_t o = 0; o < v->nopts; o++) {
		x_start("option");
		x_elem("name", "%s", v->opts[o].key);
		x_elem("value", "%s", v->opts[o].value);
		x_end();
	}
	x_end();
	x_end();
}

static int xml_vol_info(const struct cli_rsp *r, const struct cli_volinfo *v,
			size_t n, const struct cli_msg *m)
{
	(void)m;
	x_begin(r);
	if (!doc.w)
		return 1;
	x_start("volInfo");
	x_start("volumes");
	for (size_t i = 0; i < n; i++)
		xml_one_volinfo(&v[i]);
	x_elem("count", "%zu", n);
	x_end();
	x_end();
	return x_finish();
}

static int xml_vol_list(const struct cli_rsp *r, const struct cli_name_list *l,
			const struct cli_msg *m)
{
	(void)m;
	x_begin(r);
	if (!doc.w)
		return 1;
	x_start("volList");
	x_elem("count", "%zu", l ? l->n : 0);
	for (size_t i = 0; l && i < l->n; i++)
		x_elem("volume", "%s", l->names[i]);
	x_end();
	return x_finish();
}

static void xml_port(const char *name, const struct cli_status_entry *e,
		     int port)
{
	if (e->status && port)
		x_elem(name, "%d", port);
	else
		x_elem(name, "%s", "N/A");
}

static void xml_status_node(const struct cli_status_entry *e, bool detail,
			    bool clients)
{
	x_start("node");
	x_elem("hostname", "%s", e->hostname);
	x_elem("path", "%s", e->path);
	x_elem("peerid", "%s", e->peerid ? e->peerid : "");
	x_elem("status", "%d", e->status);
	xml_port("port", e, e->port);
	x_start("ports");
	xml_port("tcp", e, e->port);
	xml_port("rdma", e, e->rdma_port);
	x_end();
	x_elem("pid", "%d", e->pid);
	if (clients && !e->has_clients)
		x_empty("clientsStatus");
	if (e->has_clients) {
		x_start("clientsStatus");
		x_elem("clientCount", "%zu", e->nclients);
		for (size_t c = 0; c < e->nclients; c++) {
			x_start("client");
			x_elem("hostname", "%s", e->clients[c].hostname);
			x_elem("bytesRead", "%llu", (unsigned long long)
			       e->clients[c].bytes_read);
			x_elem("bytesWrite", "%llu", (unsigned long long)
			       e->clients[c].bytes_written);
			x_elem("opVersion", "%u", e->clients[c].opversion);
			x_end();
		}
		x_end();
	}
	if (detail) {
		x_elem("sizeTotal", "%llu", (unsigned long long)e->total);
		x_elem("sizeFree", "%llu", (unsigned long long)e->free);
		x_elem("device", "%s", e->device ? e->device : "N/A");
		x_elem("blockSize", "%llu",
		       (unsigned long long)e->block_size);
		x_elem("mntOptions", "%s",
		       e->mnt_options ? e->mnt_options : "N/A");
		x_elem("fsName", "%s", e->fs_name ? e->fs_name : "N/A");
		if (e->inode_size)
			x_elem("inodeSize", "%s", e->inode_size);
		x_elem("inodesTotal", "%llu",
		       (unsigned long long)e->total_inodes);
		x_elem("inodesFree", "%llu",
		       (unsigned long long)e->free_inodes);
	}
	x_end();
}

static void xml_status_tasks(const struct cli_status_rsp *s)
{
	x_start("tasks");
	for (size_t t = 0; t < s->ntasks; t++) {
		x_start("task");
		x_elem("type", "%s", s->tasks[t].type);
		x_elem("id", "%s", s->tasks[t].id ? s->tasks[t].id : "");
		x_elem("status", "%d", s->tasks[t].status);
		x_end();
	}
	x_end();
}

static void xml_status_open(const struct cli_rsp *r)
{
	x_begin(r);
	if (!doc.w)
		return;
	x_start("volStatus");
	x_start("volumes");
}

static int xml_status_close(void)
{
	if (!doc.w)
		return 1;
	x_end();
	x_end();
	return x_finish();
}

/* ---- mem, inode, fd, callpool: what the brick processes reported ----
 * As in 10.3, a key missing ends the volume where it is: the elements
 * still open stay open (an entry or volume after it nests inside them),
 * and xml_status_close()/x_finish() close whatever is left. Each writer
 * returns false there. */

static bool xml_pool(const struct cli_status_pool *p)
{
	x_start("pool");
	if (!p || !DUMP_HAS(p, CLI_POOL_NAME))
		return false;
	x_elem("name", "%s", p->name);
	if (!DUMP_HAS(p, CLI_POOL_HOTCOUNT))
		return false;
	x_elem("hotCount", "%d", p->hotcount);
	if (!DUMP_HAS(p, CLI_POOL_COLDCOUNT))
		return false;
	x_elem("coldCount", "%d", p->coldcount);
	if (!DUMP_HAS(p, CLI_POOL_PADDEDSIZEOF))
		return false;
	x_elem("padddedSizeOf", "%" PRIu64, p->paddedsizeof);	/* sic */
	if (!DUMP_HAS(p, CLI_POOL_ALLOCCOUNT))
		return false;
	x_elem("allocCount", "%" PRIu64, p->alloccount);
	if (!DUMP_HAS(p, CLI_POOL_MAX_ALLOC))
		return false;
	x_elem("maxAlloc", "%d", p->max_alloc);
	if (!DUMP_HAS(p, CLI_POOL_MISSES))
		return false;
	x_elem("poolMisses", "%" PRIu64, p->pool_misses);
	if (!DUMP_HAS(p, CLI_POOL_MAX_STDALLOC))
		return false;
	x_elem("maxStdAlloc", "%d", p->max_stdalloc);
	x_end();
	return true;
}

static bool xml_mem(const struct cli_status_node *e)
{
	const struct cli_status_mem *m = &e->mem;
	size_t cur = 0;

	x_start("memStatus");
	x_start("mallinfo");
	for (int f = 0; f < CLI_MEM_MALLINFO_MAX; f++) {
		if (!DUMP_HAS(m, f))
			return false;
		x_elem(cli_mallinfo_keys[f], "%" PRIu64, m->mallinfo[f]);
	}
	x_end();
	x_start("mempool");
	if (!DUMP_HAS(m, CLI_MEM_POOL_COUNT))
		return false;
	x_elem("count", "%d", m->pool_count);
	for (int32_t k = 0; k < m->pool_count; k++)
		if (!xml_pool(DUMP_AT(m->pools, m->npools, &cur, k)))
			return false;
	x_end();
	x_end();
	return true;
}

static bool xml_inode_entry(const struct cli_status_inode *e)
{
	x_start("inode");
	if (!e || !DUMP_HAS(e, CLI_INODE_GFID))
		return false;
	x_elem("gfid", "%s", e->gfid);
	if (!DUMP_HAS(e, CLI_INODE_NLOOKUP))
		return false;
	x_elem("nLookup", "%" PRIu64, e->nlookup);
	if (!DUMP_HAS(e, CLI_INODE_REF))
		return false;
	x_elem("ref", "%u", e->ref);
	if (!DUMP_HAS(e, CLI_INODE_IA_TYPE))
		return false;
	x_elem("iaType", "%d", e->ia_type);
	x_end();
	return true;
}

static bool xml_itable(const struct cli_status_itable *t)
{
	static const char *const size_elem[CLI_ILIST_MAX] = {
		"activeSize", "lruSize", "purgeSize",
	};
	static const char *const list_elem[CLI_ILIST_MAX] = {
		"active", "lru", "purge",
	};

	for (int l = 0; l < CLI_ILIST_MAX; l++) {
		size_t cur = 0;

		if (!t || !DUMP_HAS(t, CLI_ITABLE_ACTIVE_SIZE + l))
			return false;
		x_elem(size_elem[l], "%u", t->size[l]);
		if (t->size[l] == 0)
			continue;
		x_start(list_elem[l]);
		for (uint32_t i = 0; i < t->size[l]; i++)
			if (!xml_inode_entry(DUMP_AT(t->inodes[l],
						     t->ninodes[l], &cur,
						     (int)i)))
				return false;
		x_end();
	}
	return true;
}

static bool xml_inode(const struct cli_status_node *e)
{
	size_t cur = 0;

	x_start("inodeStatus");
	if (!DUMP_HAS(e, CLI_NODE_CONNCOUNT))
		return false;
	x_elem("connections", "%d", e->conncount);
	for (int32_t j = 0; j < e->conncount; j++) {
		x_start("connection");
		if (!xml_itable(DUMP_AT(e->itables, e->nitables, &cur, j)))
			return false;
		x_end();
	}
	x_end();
	return true;
}

static bool xml_fdtable(const struct cli_status_fdtable *t)
{
	x_start("fdTable");
	if (!t || !DUMP_HAS(t, CLI_FDTABLE_REFCOUNT))
		return false;
	x_elem("refCount", "%d", t->refcount);
	if (!DUMP_HAS(t, CLI_FDTABLE_MAXFDS))
		return false;
	x_elem("maxFds", "%u", t->maxfds);
	if (!DUMP_HAS(t, CLI_FDTABLE_FIRSTFREE))
		return false;
	x_elem("firstFree", "%d", t->firstfree);
	if (!DUMP_HAS(t, CLI_FDTABLE_OPENFDS))
		return false;
	x_elem("openFds", "%d", t->openfds);
	for (size_t k = 0; k < t->nfds; k++) {
		const struct cli_status_fd *fd = &t->fds[k];

		if (fd->has != CLI_BIT(CLI_FD_MAX) - 1)
			continue;	/* 10.3 passes over it */
		x_start("fd");
		x_elem("entry", "%d", fd->index + 1);
		x_elem("pid", "%d", fd->pid);
		x_elem("refCount", "%d", fd->refcount);
		x_elem("flags", "%d", fd->flags);
		x_end();
	}
	x_end();
	return true;
}

static bool xml_fd(const struct cli_status_node *e)
{
	size_t cur = 0;

	x_start("fdStatus");
	if (!DUMP_HAS(e, CLI_NODE_CONNCOUNT))
		return false;
	x_elem("connections", "%d", e->conncount);
	for (int32_t j = 0; j < e->conncount; j++) {
		x_start("connection");
		if (!xml_fdtable(DUMP_AT(e->fdtables, e->nfdtables, &cur, j)))
			return false;
		x_end();
	}
	x_end();
	return true;
}

static bool xml_frame(const struct cli_status_frame *f)
{
	x_start("callFrame");
	if (!f || !DUMP_HAS(f, CLI_FRAME_REFCOUNT))
		return false;
	x_elem("refCount", "%d", f->refcount);
	if (!DUMP_HAS(f, CLI_FRAME_TRANSLATOR))
		return false;
	x_elem("translator", "%s", f->translator);
	if (!DUMP_HAS(f, CLI_FRAME_COMPLETE))
		return false;
	x_elem("complete", "%d", f->complete);
	if (DUMP_HAS(f, CLI_FRAME_PARENT))
		x_elem("parent", "%s", f->parent);
	if (DUMP_HAS(f, CLI_FRAME_WINDFROM))
		x_elem("windFrom", "%s", f->windfrom);
	if (DUMP_HAS(f, CLI_FRAME_WINDTO))
		x_elem("windTo", "%s", f->windto);
	if (DUMP_HAS(f, CLI_FRAME_UNWINDFROM))
		x_elem("unwindFrom", "%s", f->unwindfrom);
	if (DUMP_HAS(f, CLI_FRAME_UNWINDTO))
		x_elem("unwindTo", "%s", f->unwindto);
	x_end();
	return true;
}

static bool xml_stack(const struct cli_status_stack *st)
{
	size_t cur = 0;

	x_start("callStack");
	if (!st || !DUMP_HAS(st, CLI_STACK_UID))
		return false;
	x_elem("uid", "%d", st->uid);
	if (!DUMP_HAS(st, CLI_STACK_GID))
		return false;
	x_elem("gid", "%d", st->gid);
	if (!DUMP_HAS(st, CLI_STACK_PID))
		return false;
	x_elem("pid", "%d", st->pid);
	if (!DUMP_HAS(st, CLI_STACK_UNIQUE))
		return false;
	x_elem("unique", "%" PRIu64, st->unique);
	if (!DUMP_HAS(st, CLI_STACK_COUNT))
		return false;
	x_elem("frameCount", "%d", st->count);
	for (int32_t k = 0; k < st->count; k++)
		if (!xml_frame(DUMP_AT(st->frames, st->nframes, &cur, k)))
			return false;
	x_end();
	return true;
}

static bool xml_callpool(const struct cli_status_node *e)
{
	size_t cur = 0;

	x_start("callpoolStatus");
	if (!DUMP_HAS(e, CLI_NODE_CALLCOUNT))
		return false;
	x_elem("count", "%d", e->callcount);
	for (int32_t j = 0; j < e->callcount; j++)
		if (!xml_stack(DUMP_AT(e->stacks, e->nstacks, &cur, j)))
			return false;
	x_end();
	return true;
}

/* <node> up to <pid>, left open for the brick's part. */
static bool xml_dump_node_head(const struct cli_status_node *e)
{
	int rdma = DUMP_HAS(e, CLI_NODE_RDMA_PORT) ? e->rdma_port : 0;
	bool up = e->status == 1;

	x_start("node");
	x_elem("hostname", "%s", e->hostname);
	if (!DUMP_HAS(e, CLI_NODE_PATH))
		return false;
	x_elem("path", "%s", e->path);
	if (!DUMP_HAS(e, CLI_NODE_PEERID))
		return false;
	x_elem("peerid", "%s", e->peerid);
	if (!DUMP_HAS(e, CLI_NODE_STATUS))
		return false;
	x_elem("status", "%d", e->status);
	if (!DUMP_HAS(e, CLI_NODE_PORT))
		return false;
	if (up && e->port)
		x_elem("port", "%d", e->port);
	else
		x_elem("port", "N/A");
	x_start("ports");
	if (up && e->port)
		x_elem("tcp", "%d", e->port);
	else
		x_elem("tcp", "N/A");
	if (up && rdma)
		x_elem("rdma", "%d", rdma);
	else
		x_elem("rdma", "N/A");
	x_end();
	if (!DUMP_HAS(e, CLI_NODE_PID))
		return false;
	x_elem("pid", "%d", e->pid);
	return true;
}

static bool xml_dump_nodes(const struct cli_status_rsp *s)
{
	bool (*body)(const struct cli_status_node *e);
	size_t cur = 0;

	switch (s->cmd & CLI_STATUS_MASK) {
	case CLI_STATUS_MEM:
		body = xml_mem;
		break;
	case CLI_STATUS_INODE:
		body = xml_inode;
		break;
	case CLI_STATUS_FD:
		body = xml_fd;
		break;
	default:
		body = xml_callpool;
		break;
	}
	for (int i = 0; i <= s->index_max; i++) {
		const struct cli_status_node *e =
			DUMP_AT(s->nodes, s->nnodes, &cur, i);

		if (!e || !DUMP_HAS(e, CLI_NODE_HOSTNAME))
			continue;	/* no entry there */
		if (!xml_dump_node_head(e) || (e->status && !body(e)))
			return false;
		x_end();
	}
	return true;
}

/* The document's head: `status all` (loop) opens it before the first
 * volume's answer, so a note in that answer's op_errstr (a brick that
 * refused the brick-op) is not in it, as in 10.3. */
static void xml_status_open_first(const struct cli_rsp *r, bool loop)
{
	struct cli_rsp ok = { 0, 0, "", r->dict };

	xml_status_open(loop ? &ok : r);
}

/* Where a key is missing, 10.3 still prints a single volume's document,
 * but ends `status all` there with nothing printed and status 2. */
static int xml_vol_status_dump(const struct cli_rsp *r,
			       const struct cli_status_rsp *s, bool first,
			       bool last, bool loop)
{
	bool whole;

	if (first)
		xml_status_open_first(r, loop);
	if (!doc.w)
		return 1;
	x_start("volume");
	x_elem("volName", "%s", s->volname);
	whole = s->has_count;
	if (whole) {
		x_elem("nodeCount", "%d", s->count);
		whole = xml_dump_nodes(s);
	}
	if (!whole && loop)
		return 2;
	if (whole)
		x_end();
	return last ? xml_status_close() : 0;
}

static int xml_vol_status(const struct cli_rsp *r,
			  const struct cli_status_rsp *s, bool first,
			  bool last, bool loop)
{
	bool detail = (s->cmd & CLI_STATUS_DETAIL) != 0;
	bool clients = (s->cmd & CLI_STATUS_CLIENTS) != 0;

	if (cli_status_is_dump(s->cmd))
		return xml_vol_status_dump(r, s, first, last, loop);
	if (first)
		xml_status_open_first(r, loop);
	if (!doc.w)
		return 1;
	x_start("volume");
	x_elem("volName", "%s", s->volname);
	/* `tasks` alone: the volume's tasks, no nodes (10.3) */
	if ((s->cmd & CLI_STATUS_MASK) == CLI_STATUS_TASKS) {
		xml_status_tasks(s);
		x_end();
		return last ? xml_status_close() : 0;
	}
	/* the reply's count, which glusterd may make more than the
	 * entries (10.3 prints it as is) */
	if (s->has_count)
		x_elem("nodeCount", "%d", s->count);
	else
		x_elem("nodeCount", "%zu", s->nbricks + s->nothers);
	for (size_t i = 0; i < s->nbricks; i++)
		xml_status_node(&s->bricks[i], detail, clients);
	for (size_t i = 0; i < s->nothers; i++)
		xml_status_node(&s->others[i], detail, clients);
	if (s->has_tasks)
		xml_status_tasks(s);
	x_end();
	return last ? xml_status_close() : 0;
}

static int xml_vol_status_err(const struct cli_rsp *r, bool first, bool last,
			      bool loop)
{
	struct cli_msg m = { .xml_op = "volStatus",
			     .xml_output = r->op_errstr };

	if (!loop)
		return xml_message(r, &m);
	if (first) {
		/* in `volume status` (all) a volume that is not started is
		 * skipped: the document still says success, as 10.3's */
		struct cli_rsp ok = { 0, 0, "", r->dict };
		xml_status_open(&ok);
	}
	return last ? xml_status_close() : 0;
}

static int xml_vol_status_none(const struct cli_rsp *r,
			       const struct cli_msg *m)
{
	(void)m;
	xml_status_open(r);
	if (!doc.w)
		return 1;
	x_end();
	x_end();
	return x_finish();
}

static int xml_vol_get(const struct cli_rsp *r, const struct cli_get_rsp *g,
		       const struct cli_msg *m)
{
	x_begin(r);
	if (!doc.w)
		return 1;
	if (!g) {
		if (m && m->xml_op)
			x_elem("cliOp", "%s", m->xml_op);
		if (m && m->xml_output)
			x_elem("output", "%s", m->xml_output);
		/* 10.3 exits 1 here even with --xml */
		return x_finish() || (m && m->rc);
	}
	x_start("volGetopts");
	x_elem("count", "%zu", g->n);
	for (size_t i = 0; i < g->n; i++) {
		x_start("Opt");
		x_elem("Option", "%s", g->pairs[i].key);
		x_elem("Value", "%s", g->pairs[i].value);
		x_end();
	}
	x_end();
	return x_finish();
}

static void xml_peer(const struct cli_peer_info *p, bool pool)
{
	x_start("peer");
	x_elem("uuid", "%s", p->uuid);
	x_elem("hostname", "%s", p->hostname);
	if (!pool || p->state) {
		x_start("hostnames");
		for (size_t h = 0; h < p->nhostnames; h++)
			x_elem("hostname", "%s", p->hostnames[h]);
		x_end();
	}
	x_elem("connected", "%d", p->connected ? 1 : 0);
	if (p->state) {
		x_elem("state", "%d", p->state_id);
		x_elem("stateStr", "%s", p->state);
	}
	x_end();
}

static int xml_peer_list(const struct cli_rsp *r,
			 const struct cli_peer_list *l, bool pool)
{
	x_begin(r);
	if (!doc.w)
		return 1;
	if (l->n == 0) {
		x_empty("peerStatus");
		return x_finish();
	}
	x_start("peerStatus");
	for (size_t i = 0; i < l->n; i++)
		xml_peer(&l->peers[i], pool);
	x_end();
	return x_finish();
}

static int xml_uuid_get(const struct cli_rsp *r, const char *uuid)
{
	x_begin(r);
	if (!doc.w)
		return 1;
	x_start("uuidGenerate");
	x_elem("uuid", "%s", uuid);
	x_end();
	return x_finish();
}

static void xml_flush(void)
{
	if (doc.w) {
		xmlFreeTextWriter(doc.w);
		doc.w = NULL;
	}
	xmlBufferFree(doc.buf);
	doc.buf = NULL;
	fflush(stdout);
}

const struct cli_output cli_output_xml = {
	.name = "xml",
	.message = xml_message,
	.vol_op = xml_vol_op,
	.vol_info = xml_vol_info,
	.vol_list = xml_vol_list,
	.vol_status = xml_vol_status,
	.vol_status_err = xml_vol_status_err,
	.vol_status_none = xml_vol_status_none,
	.vol_get = xml_vol_get,
	.peer_list = xml_peer_list,
	.uuid_get = xml_uuid_get,
	.flush = xml_flush,
};
