/* cli-msg-dump: the bricks' own reports in a `volume status V mem |
 * inode | fd | callpool` reply, decoded into typed records. Each report
 * is a tree of "brick<i>.<part><j>.<field>" keys; the tables below name
 * the fields 10.3's CLI reads and how it parses each, and one generic
 * walker reads lists of records. Counts come from the wire, so every
 * walk is bounded (CLI_STATUS_DUMP_BUDGET) and memory grows only with
 * the keys that are present.
 */
#include "xdr/cli-msg.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libglusterfs/dict.h"

/* ---------------- volume status mem|inode|fd|callpool ---------------- */

const char *const cli_mallinfo_keys[CLI_MEM_MALLINFO_MAX] = {
	[CLI_MEM_ARENA] = "arena", [CLI_MEM_ORDBLKS] = "ordblks",
	[CLI_MEM_SMBLKS] = "smblks", [CLI_MEM_HBLKS] = "hblks",
	[CLI_MEM_HBLKHD] = "hblkhd", [CLI_MEM_USMBLKS] = "usmblks",
	[CLI_MEM_FSMBLKS] = "fsmblks", [CLI_MEM_UORDBLKS] = "uordblks",
	[CLI_MEM_FORDBLKS] = "fordblks", [CLI_MEM_KEEPCOST] = "keepcost",
};

bool cli_status_is_dump(uint32_t cmd)
{
	switch (cmd & CLI_STATUS_MASK) {
	case CLI_STATUS_MEM:
	case CLI_STATUS_INODE:
	case CLI_STATUS_FD:
	case CLI_STATUS_CALLPOOL:
		return true;
	default:
		return false;
	}
}

/* How 10.3 reads the value: as a string, or as a number of that type. */
enum dump_type { DUMP_STR, DUMP_I32, DUMP_U32, DUMP_U64 };

struct dump_field {
	const char *key;	/* after "<prefix>." */
	enum dump_type type;
	size_t off;		/* in the record */
};

/* [bit] = { key, type, offset of member in the record type R } */
#define DF(bit, key, type, member) [bit] = { key, type, offsetof(R, member) }

#define R struct cli_status_node
static const struct dump_field node_fields[CLI_NODE_MAX] = {
	DF(CLI_NODE_HOSTNAME, "hostname", DUMP_STR, hostname),
	DF(CLI_NODE_PATH, "path", DUMP_STR, path),
	DF(CLI_NODE_PEERID, "peerid", DUMP_STR, peerid),
	DF(CLI_NODE_STATUS, "status", DUMP_I32, status),
	DF(CLI_NODE_PORT, "port", DUMP_I32, port),
	DF(CLI_NODE_RDMA_PORT, "rdma_port", DUMP_I32, rdma_port),
	DF(CLI_NODE_PID, "pid", DUMP_I32, pid),
	DF(CLI_NODE_CONNCOUNT, "conncount", DUMP_I32, conncount),
	DF(CLI_NODE_CALLCOUNT, "callpool.count", DUMP_I32, callcount),
};
#undef R
#define R struct cli_status_pool
static const struct dump_field pool_fields[CLI_POOL_MAX] = {
	DF(CLI_POOL_NAME, "name", DUMP_STR, name),
	DF(CLI_POOL_HOTCOUNT, "hotcount", DUMP_I32, hotcount),
	DF(CLI_POOL_COLDCOUNT, "coldcount", DUMP_I32, coldcount),
	DF(CLI_POOL_PADDEDSIZEOF, "paddedsizeof", DUMP_U64, paddedsizeof),
	DF(CLI_POOL_ALLOCCOUNT, "alloccount", DUMP_U64, alloccount),
	DF(CLI_POOL_MAX_ALLOC, "max_alloc", DUMP_I32, max_alloc),
	DF(CLI_POOL_MAX_STDALLOC, "max-stdalloc", DUMP_I32, max_stdalloc),
	DF(CLI_POOL_MISSES, "pool-misses", DUMP_U64, pool_misses),
};
#undef R
#define R struct cli_status_inode
static const struct dump_field inode_fields[CLI_INODE_MAX] = {
	DF(CLI_INODE_GFID, "gfid", DUMP_STR, gfid),
	DF(CLI_INODE_NLOOKUP, "nlookup", DUMP_U64, nlookup),
	DF(CLI_INODE_REF, "ref", DUMP_U32, ref),
	DF(CLI_INODE_IA_TYPE, "ia_type", DUMP_I32, ia_type),
};
#undef R
#define R struct cli_status_itable
static const struct dump_field itable_fields[CLI_ITABLE_MAX] = {
	DF(CLI_ITABLE_LRU_LIMIT, "lru_limit", DUMP_U32, lru_limit),
	DF(CLI_ITABLE_ACTIVE_SIZE, "active_size", DUMP_U32,
	   size[CLI_ILIST_ACTIVE]),
	DF(CLI_ITABLE_LRU_SIZE, "lru_size", DUMP_U32, size[CLI_ILIST_LRU]),
	DF(CLI_ITABLE_PURGE_SIZE, "purge_size", DUMP_U32,
	   size[CLI_ILIST_PURGE]),
};
#undef R
#define R struct cli_status_fd
static const struct dump_field fd_fields[CLI_FD_MAX] = {
	DF(CLI_FD_PID, "pid", DUMP_I32, pid),
	DF(CLI_FD_REFCOUNT, "refcount", DUMP_I32, refcount),
	DF(CLI_FD_FLAGS, "flags", DUMP_I32, flags),
};
#undef R
#define R struct cli_status_fdtable
static const struct dump_field fdtable_fields[CLI_FDTABLE_MAX] = {
	DF(CLI_FDTABLE_REFCOUNT, "refcount", DUMP_I32, refcount),
	DF(CLI_FDTABLE_MAXFDS, "maxfds", DUMP_U32, maxfds),
	DF(CLI_FDTABLE_FIRSTFREE, "firstfree", DUMP_I32, firstfree),
	DF(CLI_FDTABLE_OPENFDS, "openfds", DUMP_I32, openfds),
};
#undef R
#define R struct cli_status_frame
static const struct dump_field frame_fields[CLI_FRAME_MAX] = {
	DF(CLI_FRAME_REFCOUNT, "refcount", DUMP_I32, refcount),
	DF(CLI_FRAME_TRANSLATOR, "translator", DUMP_STR, translator),
	DF(CLI_FRAME_COMPLETE, "complete", DUMP_I32, complete),
	DF(CLI_FRAME_PARENT, "parent", DUMP_STR, parent),
	DF(CLI_FRAME_WINDFROM, "windfrom", DUMP_STR, windfrom),
	DF(CLI_FRAME_WINDTO, "windto", DUMP_STR, windto),
	DF(CLI_FRAME_UNWINDFROM, "unwindfrom", DUMP_STR, unwindfrom),
	DF(CLI_FRAME_UNWINDTO, "unwindto", DUMP_STR, unwindto),
};
#undef R
#define R struct cli_status_stack
static const struct dump_field stack_fields[CLI_STACK_MAX] = {
	DF(CLI_STACK_UID, "uid", DUMP_I32, uid),
	DF(CLI_STACK_GID, "gid", DUMP_I32, gid),
	DF(CLI_STACK_PID, "pid", DUMP_I32, pid),
	DF(CLI_STACK_UNIQUE, "unique", DUMP_U64, unique),
	DF(CLI_STACK_COUNT, "count", DUMP_I32, count),
};
#undef R
#define R struct cli_status_mem
static const struct dump_field mempool_count_field[1] = {
	DF(0, "mempool-count", DUMP_I32, pool_count),
};
#undef R
#undef DF

/* The decoder's state for one reply. */
struct dump_ctx {
	const struct dict *d;
	uint32_t form;		/* cmd & CLI_STATUS_MASK */
	long budget;		/* index loops left */
};

/* A number read the way 10.3's dict getters read a received value. */
static bool dump_num(const char *s, enum dump_type t, void *out)
{
	errno = 0;
	if (t == DUMP_I32) {
		long v = strtol(s, NULL, 0);

		if (errno)
			return false;
		*(int32_t *)out = (int32_t)(uint32_t)(unsigned long)v;
	} else if (t == DUMP_U32) {
		unsigned long v = strtoul(s, NULL, 0);

		if (errno)
			return false;
		*(uint32_t *)out = (uint32_t)v;
	} else {
		unsigned long long v = strtoull(s, NULL, 0);

		if (errno)
			return false;
		*(uint64_t *)out = v;
	}
	return true;
}

/* Reads the fields found under prefix into rec; bit (first + i) of *has
 * for each field i found. */
static int fields_decode(const struct dict *d, const char *prefix,
			 const struct dump_field *f, size_t n, unsigned first,
			 void *rec, unsigned *has)
{
	struct cli_keyfmt k;

	for (size_t i = 0; i < n; i++) {
		const char *s = dict_get_str(d, cli_kf(&k, "%s.%s", prefix,
						   f[i].key));
		char *at = (char *)rec + f[i].off;

		if (!s)
			continue;
		if (f[i].type == DUMP_STR) {
			char **dst = (char **)(void *)at;

			*dst = strdup(s);
			if (!*dst)
				return -ENOMEM;
		} else if (!dump_num(s, f[i].type, at)) {
			continue;
		}
		*has |= CLI_BIT(first + i);
	}
	return 0;
}

static void fields_release(const struct dump_field *f, size_t n, void *rec)
{
	for (size_t i = 0; i < n; i++) {
		if (f[i].type == DUMP_STR) {
			char **p = (char **)(void *)((char *)rec + f[i].off);

			free(*p);
			*p = NULL;
		}
	}
}

/* Every record starts with these two. */
struct dump_head {
	int index;
	unsigned has;
};

#define HEAD_OF(T)                                                        \
	_Static_assert(offsetof(T, index) == offsetof(struct dump_head,   \
						      index) &&           \
		       offsetof(T, has) == offsetof(struct dump_head, has), \
		       #T " must start with index, has")
HEAD_OF(struct cli_status_node);
HEAD_OF(struct cli_status_pool);
HEAD_OF(struct cli_status_itable);
HEAD_OF(struct cli_status_inode);
HEAD_OF(struct cli_status_fdtable);
HEAD_OF(struct cli_status_fd);
HEAD_OF(struct cli_status_stack);
HEAD_OF(struct cli_status_frame);

/* Records "<parent>.<name><i><suffix>" for i below a count: their fields,
 * then what more they hold (lists of their own). */
struct dump_list {
	const char *name;
	const char *suffix;
	size_t size;
	const struct dump_field *fields;
	size_t nfields;
	/* keep up to the first record that lacks a field (the printers stop
	 * there); otherwise every record with a field */
	bool stop_at_gap;
	int (*more)(struct dump_ctx *c, const char *prefix, void *rec);
	void (*release_more)(void *rec);
};

static void rec_release(const struct dump_list *l, void *rec)
{
	fields_release(l->fields, l->nfields, rec);
	if (l->release_more)
		l->release_more(rec);
}

static void list_release(const struct dump_list *l, void *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		rec_release(l, (char *)v + i * l->size);
	free(v);
}

static int list_grow(const struct dump_list *l, char **v, size_t *cap)
{
	size_t ncap = *cap ? *cap * 2 : 4;
	char *nv = realloc(*v, ncap * l->size);

	if (!nv)
		return -ENOMEM;
	*v = nv;
	*cap = ncap;
	return 0;
}

/* Record i of l under parent into rec; *has gets its fields' bits. */
static int rec_decode(struct dump_ctx *c, const char *parent,
		      const struct dump_list *l, int i, char *rec,
		      unsigned *has)
{
	struct dump_head h = { i, 0 };
	struct cli_keyfmt k;
	int r;

	if (parent[0])
		cli_kf(&k, "%s.%s%d%s", parent, l->name, i, l->suffix);
	else
		cli_kf(&k, "%s%d%s", l->name, i, l->suffix);
	memset(rec, 0, l->size);
	r = fields_decode(c->d, k.buf, l->fields, l->nfields, 0, rec, &h.has);
	memcpy(rec, &h, sizeof(h));
	if (r == 0 && h.has && l->more)
		r = l->more(c, k.buf, rec);
	*has = h.has;
	return r;
}

/* Decodes records 0..count-1 of l under parent into *out (*n kept). */
static int list_decode(struct dump_ctx *c, const char *parent,
		       const struct dump_list *l, int64_t count, void **out,
		       size_t *n)
{
	const unsigned full = CLI_BIT(l->nfields) - 1;
	char *v = NULL;
	size_t cap = 0, len = 0;
	int r = 0;

	if (!l->stop_at_gap && count > CLI_STATUS_DUMP_MAX_COUNT)
		r = -EINVAL;
	for (int64_t i = 0; i < count && r == 0; i++) {
		unsigned has = 0;

		if (--c->budget < 0)
			r = -E2BIG;
		else if (len == cap)
			r = list_grow(l, &v, &cap);
		if (r < 0)
			break;
		r = rec_decode(c, parent, l, (int)i, v + len * l->size, &has);
		if (r == 0 && has)
			len++;
		else
			rec_release(l, v + len * l->size);
		if (l->stop_at_gap && has != full)
			break;
	}
	*out = v;
	*n = len;
	return r;
}

static const struct dump_list pool_list = {
	"pool", "", sizeof(struct cli_status_pool), pool_fields, CLI_POOL_MAX,
	true, NULL, NULL,
};

#define INODE_LIST(name) { name, "", sizeof(struct cli_status_inode), \
			   inode_fields, CLI_INODE_MAX, true, NULL, NULL }
static const struct dump_list inode_lists[CLI_ILIST_MAX] = {
	[CLI_ILIST_ACTIVE] = INODE_LIST("active"),
	[CLI_ILIST_LRU] = INODE_LIST("lru"),
	[CLI_ILIST_PURGE] = INODE_LIST("purge"),
};
#undef INODE_LIST

static int itable_more(struct dump_ctx *c, const char *prefix, void *rec)
{
	struct cli_status_itable *t = rec;
	int r = 0;

	for (int l = 0; l < CLI_ILIST_MAX && r == 0; l++) {
		void *v = NULL;

		if (!(t->has & CLI_BIT(CLI_ITABLE_ACTIVE_SIZE + l)))
			continue;
		r = list_decode(c, prefix, &inode_lists[l], t->size[l], &v,
				&t->ninodes[l]);
		t->inodes[l] = v;
	}
	return r;
}

static void itable_release_more(void *rec)
{
	struct cli_status_itable *t = rec;

	for (int l = 0; l < CLI_ILIST_MAX; l++)
		list_release(&inode_lists[l], t->inodes[l], t->ninodes[l]);
}

static const struct dump_list itable_list = {
	"conn", ".itable", sizeof(struct cli_status_itable), itable_fields,
	CLI_ITABLE_MAX, false, itable_more, itable_release_more,
};

static const struct dump_list fd_list = {
	"fdentry", "", sizeof(struct cli_status_fd), fd_fields, CLI_FD_MAX,
	false, NULL, NULL,
};

static int fdtable_more(struct dump_ctx *c, const char *prefix, void *rec)
{
	struct cli_status_fdtable *t = rec;
	void *v = NULL;
	int r;

	if (!(t->has & CLI_BIT(CLI_FDTABLE_MAXFDS)))
		return 0;
	r = list_decode(c, prefix, &fd_list, t->maxfds, &v, &t->nfds);
	t->fds = v;
	return r;
}

static void fdtable_release_more(void *rec)
{
	struct cli_status_fdtable *t = rec;

	list_release(&fd_list, t->fds, t->nfds);
}

static const struct dump_list fdtable_list = {
	"conn", ".fdtable", sizeof(struct cli_status_fdtable), fdtable_fields,
	CLI_FDTABLE_MAX, false, fdtable_more, fdtable_release_more,
};

static const struct dump_list frame_list = {
	"frame", "", sizeof(struct cli_status_frame), frame_fields,
	CLI_FRAME_MAX, false, NULL, NULL,
};

static int stack_more(struct dump_ctx *c, const char *prefix, void *rec)
{
	struct cli_status_stack *s = rec;
	void *v = NULL;
	int r;

	if (!(s->has & CLI_BIT(CLI_STACK_COUNT)))
		return 0;
	r = list_decode(c, prefix, &frame_list, s->count, &v, &s->nframes);
	s->frames = v;
	return r;
}

static void stack_release_more(void *rec)
{
	struct cli_status_stack *s = rec;

	list_release(&frame_list, s->frames, s->nframes);
}

static const struct dump_list stack_list = {
	"stack", "", sizeof(struct cli_status_stack), stack_fields,
	CLI_STACK_MAX, false, stack_more, stack_release_more,
};

static int mem_decode(struct dump_ctx *c, const char *prefix,
		      struct cli_status_mem *m)
{
	struct dump_field f[CLI_MEM_MALLINFO_MAX];
	struct cli_keyfmt k;
	void *v = NULL;
	int r;

	for (int i = 0; i < CLI_MEM_MALLINFO_MAX; i++)
		f[i] = (struct dump_field){
			cli_mallinfo_keys[i], DUMP_U64,
			offsetof(struct cli_status_mem, mallinfo) +
				(size_t)i * sizeof(m->mallinfo[0]) };
	r = fields_decode(c->d, cli_kf(&k, "%s.mallinfo", prefix), f,
			  CLI_MEM_MALLINFO_MAX, 0, m, &m->has);
	if (r == 0)
		r = fields_decode(c->d, prefix, mempool_count_field, 1,
				  CLI_MEM_POOL_COUNT, m, &m->has);
	if (r < 0 || !(m->has & CLI_BIT(CLI_MEM_POOL_COUNT)))
		return r;
	r = list_decode(c, prefix, &pool_list, m->pool_count, &v,
			&m->npools);
	m->pools = v;
	return r;
}

/* The brick's part, by the form asked for. */
static int node_more(struct dump_ctx *c, const char *prefix, void *rec)
{
	struct cli_status_node *e = rec;
	struct cli_keyfmt k;
	void *v = NULL;
	int r = 0;

	if (c->form == CLI_STATUS_MEM)
		return mem_decode(c, prefix, &e->mem);
	if (c->form == CLI_STATUS_CALLPOOL) {
		if (e->has & CLI_BIT(CLI_NODE_CALLCOUNT))
			r = list_decode(c, cli_kf(&k, "%s.callpool", prefix),
					&stack_list, e->callcount, &v,
					&e->nstacks);
		e->stacks = v;
	} else if (e->has & CLI_BIT(CLI_NODE_CONNCOUNT)) {
		bool inode = c->form == CLI_STATUS_INODE;

		r = list_decode(c, prefix, inode ? &itable_list : &fdtable_list,
				e->conncount, &v,
				inode ? &e->nitables : &e->nfdtables);
		if (inode)
			e->itables = v;
		else
			e->fdtables = v;
	}
	return r;
}

static void node_release_more(void *rec)
{
	struct cli_status_node *e = rec;

	list_release(&pool_list, e->mem.pools, e->mem.npools);
	list_release(&itable_list, e->itables, e->nitables);
	list_release(&fdtable_list, e->fdtables, e->nfdtables);
	list_release(&stack_list, e->stacks, e->nstacks);
}

static const struct dump_list node_list = {
	"brick", "", sizeof(struct cli_status_node), node_fields,
	CLI_NODE_MAX, false, node_more, node_release_more,
};

int cli_status_dump_decode(const struct dict *d, int index_max,
			   struct cli_status_rsp *r)
{
	struct dump_ctx c = { d, r->cmd & CLI_STATUS_MASK,
			      CLI_STATUS_DUMP_BUDGET };
	void *v = NULL;
	int ret;

	r->index_max = index_max;
	ret = list_decode(&c, "", &node_list, (int64_t)index_max + 1, &v,
			  &r->nnodes);
	r->nodes = v;
	return ret;
}

bool cli_status_count_parse(const char *s, int32_t *out)
{
	return s && dump_num(s, DUMP_I32, out);
}

void cli_status_dump_release(struct cli_status_rsp *r)
{
	list_release(&node_list, r->nodes, r->nnodes);
	r->nodes = NULL;
	r->nnodes = 0;
}

/* ---------------- volume status client-list ----------------
 *
 * What 10.3 does, found by asking its glusterd and bricks (one and two
 * nodes; FUSE mounts, clients named with --process-name, clients of a
 * single brick):
 *
 * - A brick answers the STATUS brick-op with "clientcount" and
 *   "client<K>.name" (plus hostname, bytes, opversion), one per
 *   connection; a brick without clients refuses (op_ret -1).
 * - A node answers with the list of the first of its bricks (in volume
 *   order) that answered: "client-count", "client<K>.name", and
 *   "<kind>-count" for each kind present in that list. A client of a
 *   later brick only is not seen.
 * - Kinds: a name starting with "fuse" or "gfapi", or exactly
 *   "glustershd", "rebalance", "quotad" or "snapd". A FUSE mount
 *   without --process-name is "unknown" and counts as nothing.
 * - The originator copies each node's keys over its own, its own first,
 *   then the peers': a key of a shorter list survives from a longer one.
 * - The CLI prints every name in order, but a kind only at its first
 *   name, with its count; other names print the count printed last
 *   (0 at first); the total adds the counts of the kinds printed.
 */

const char *const cli_client_kind_keys[CLI_CLIENT_KINDS] = {
	[CLI_CLIENT_FUSE] = "fuse-count",
	[CLI_CLIENT_GFAPI] = "gfapi-count",
	[CLI_CLIENT_REBALANCE] = "rebalance-count",
	[CLI_CLIENT_SHD] = "glustershd-count",
	[CLI_CLIENT_QUOTAD] = "quotad-count",
	[CLI_CLIENT_SNAPD] = "snapd-count",
};

enum cli_client_kind cli_client_kind_of(const char *name)
{
	static const char *const exact[CLI_CLIENT_KINDS] = {
		[CLI_CLIENT_REBALANCE] = "rebalance",
		[CLI_CLIENT_SHD] = "glustershd",
		[CLI_CLIENT_QUOTAD] = "quotad", [CLI_CLIENT_SNAPD] = "snapd",
	};

	if (!name)
		return CLI_CLIENT_OTHER;
	if (strncmp(name, "fuse", 4) == 0)
		return CLI_CLIENT_FUSE;
	if (strncmp(name, "gfapi", 5) == 0)
		return CLI_CLIENT_GFAPI;
	for (int k = 0; k < CLI_CLIENT_KINDS; k++)
		if (exact[k] && strcmp(name, exact[k]) == 0)
			return (enum cli_client_kind)k;
	return CLI_CLIENT_OTHER;
}

int cli_client_list_write(const struct cli_status_client_list *l,
			  struct dict *d)
{
	struct cli_keyfmt kf;
	int r = dict_set_int(d, "client-count", l->count);

	for (int32_t i = 0; r == 0 && i < l->count; i++)
		if (l->names[i])
			r = dict_set_str(d, cli_kf(&kf, "client%d.name", i),
					 l->names[i]);
	for (int k = 0; r == 0 && k < CLI_CLIENT_KINDS; k++)
		if (l->has_kind[k])
			r = dict_set_int(d, cli_client_kind_keys[k],
					 l->kind_count[k]);
	return r;
}

int cli_client_list_from_brick(const struct dict *brick, struct dict *out)
{
	struct cli_status_client_list l = { .present = true };
	struct cli_keyfmt kf;
	int32_t n = 0;
	int r = 0;

	if (dict_get_int32(brick, "clientcount", &n) < 0 || n < 0)
		n = 0;
	if (n > CLI_STATUS_DUMP_MAX_COUNT)
		return -EINVAL;
	l.names = calloc((size_t)n + 1, sizeof(*l.names));
	if (!l.names)
		return -ENOMEM;
	/* the names the brick gave, in order; a kind counted where present */
	for (int32_t i = 0; r == 0 && i < n; i++) {
		const char *s = dict_get_str(brick,
					     cli_kf(&kf, "client%d.name", i));
		enum cli_client_kind k = cli_client_kind_of(s);

		if (!s)
			continue;
		if (!(l.names[l.count++] = strdup(s)))
			r = -ENOMEM;
		if (k != CLI_CLIENT_OTHER) {
			l.has_kind[k] = true;
			l.kind_count[k]++;
		}
	}
	if (r == 0)
		r = cli_client_list_write(&l, out);
	cli_client_list_release(&l);
	return r;
}

bool cli_client_list_key(const char *key)
{
	int k, off = 0;

	if (strcmp(key, "client-count") == 0)
		return true;
	if (sscanf(key, "client%d.name%n", &k, &off) == 1 &&
	    off > 0 && key[off] == '\0' && k >= 0)
		return true;
	for (int i = 0; i < CLI_CLIENT_KINDS; i++)
		if (strcmp(key, cli_client_kind_keys[i]) == 0)
			return true;
	return false;
}

int cli_client_list_decode(const struct dict *d,
			   struct cli_status_client_list *l)
{
	struct cli_keyfmt kf;
	int32_t n = 0;

	memset(l, 0, sizeof(*l));
	if (!dict_has(d, "client-count"))
		return 0;
	if (dict_get_int32(d, "client-count", &n) < 0)
		return -EINVAL;
	if (n > CLI_STATUS_DUMP_MAX_COUNT)
		return -EINVAL;
	l->present = true;
	l->count = n < 0 ? 0 : n;
	l->names = calloc((size_t)l->count + 1, sizeof(*l->names));
	if (!l->names)
		return -ENOMEM;
	for (int32_t i = 0; i < l->count; i++) {
		const char *s = dict_get_str(d, cli_kf(&kf, "client%d.name",
						       i));
		if (s && !(l->names[i] = strdup(s)))
			return -ENOMEM;
	}
	for (int k = 0; k < CLI_CLIENT_KINDS; k++)
		l->has_kind[k] = dict_get_int32(d, cli_client_kind_keys[k],
						&l->kind_count[k]) == 0;
	return 0;
}

void cli_client_list_release(struct cli_status_client_list *l)
{
	for (int32_t i = 0; l->names && i < l->count; i++)
		free(l->names[i]);
	free(l->names);
	memset(l, 0, sizeof(*l));
}
