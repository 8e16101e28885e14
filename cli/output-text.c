/* output-text: the human-readable printer, formatted as 10.3 prints. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/output.h"

#define STATUS_NAME_LEN 43
#define DASHES "------------------------------------------------------------------------------"

void cli_out(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

void cli_err(const char *fmt, ...)
{
	va_list ap;

	/* no flush of stdout first: a piped 10.3 interleaves the same way */
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fflush(stderr);
}

static const char *const vol_type_names[] = {
	"Distribute", "Stripe", "Replicate", "Striped-Replicate", "Disperse",
	"Tier", "Distributed-Stripe", "Distributed-Replicate",
	"Distributed-Striped-Replicate", "Distributed-Disperse",
};

int cli_vol_type_shown(int type, int dist_count, int brick_count)
{
	if (type > 0 && type != CLI_VOL_TIER && dist_count < brick_count)
		return type + 5;
	return type;
}

const char *cli_vol_type_str(int type, int dist_count, int brick_count)
{
	int t = cli_vol_type_shown(type, dist_count, brick_count);

	if (t < 0 || t >= (int)(sizeof(vol_type_names) / sizeof(char *)))
		return "Unknown";
	return vol_type_names[t];
}

const char *cli_vol_status_str(int status)
{
	static const char *const names[] = { "Created", "Started", "Stopped" };

	return status >= 0 && status < 3 ? names[status] : "Unknown";
}

const char *cli_transport_str(int t)
{
	static const char *const names[] = { "tcp", "rdma", "tcp,rdma" };

	return t >= 0 && t < 3 ? names[t] : "tcp";
}

static int text_message(const struct cli_rsp *r, const struct cli_msg *m)
{
	(void)r;
	if (m->text) {
		if (m->to_stderr)
			cli_err("%s", m->text);
		else
			cli_out("%s", m->text);
	}
	return m->rc;
}

static int text_vol_op(const struct cli_rsp *r, const char *elem,
		       const char *volname, const char *vol_id,
		       const struct cli_msg *m)
{
	(void)elem;
	(void)volname;
	(void)vol_id;
	return text_message(r, m);
}

static void print_brick_count(const struct cli_volinfo *v)
{
	int dist = v->dist_count > 0 ? v->dist_count : 1;
	int sets = v->brick_count / dist;

	if (v->type == CLI_VOL_DISPERSE)
		cli_out("Number of Bricks: %d x (%d + %d) = %d", sets,
			v->disperse_count - v->redundancy_count,
			v->redundancy_count, v->brick_count);
	else if (v->type == CLI_VOL_DISTRIBUTE)
		cli_out("Number of Bricks: %d", v->brick_count);
	else if (v->arbiter_count)
		cli_out("Number of Bricks: %d x (%d + %d) = %d", sets,
			v->dist_count - v->arbiter_count, v->arbiter_count,
			v->brick_count);
	else
		cli_out("Number of Bricks: %d x %d = %d", sets, v->dist_count,
			v->brick_count);
}

static void print_one_volinfo(const struct cli_volinfo *v)
{
	cli_out(" ");
	cli_out("Volume Name: %s", v->name);
	cli_out("Type: %s", cli_vol_type_str(v->type, v->dist_count,
					     v->brick_count));
	cli_out("Volume ID: %s", v->volume_id);
	cli_out("Status: %s", cli_vol_status_str(v->status));
	cli_out("Snapshot Count: %d", v->snap_count);
	print_brick_count(v);
	cli_out("Transport-type: %s", cli_transport_str(v->transport));
	cli_out("Bricks:");
	for (int b = 0; b < v->brick_count; b++)
		cli_out("Brick%d: %s%s", b + 1, v->bricks[b].name,
			v->bricks[b].is_arbiter ? " (arbiter)" : "");
	if (v->thin_arbiter_count && v->ta_brick)
		cli_out("Thin-arbiter-path: %s", v->ta_brick);
	if (v->nopts == 0)
		return;
	cli_out("Options Reconfigured:");
	for (size_t o = 0; o < v->nopts; o++)
		cli_out("%s: %s", v->opts[o].key, v->opts[o].value);
}

static int text_vol_info(const struct cli_rsp *r, const struct cli_volinfo *v,
			 size_t n, const struct cli_msg *m)
{
	(void)r;
	for (size_t i = 0; i < n; i++)
		print_one_volinfo(&v[i]);
	if (n == 0)
		return text_message(r, m);
	return m ? m->rc : 0;
}

static int text_vol_list(const struct cli_rsp *r, const struct cli_name_list *l,
			 const struct cli_msg *m)
{
	for (size_t i = 0; l && i < l->n; i++)
		cli_out("%s", l->names[i]);
	if (!l || l->n == 0)
		return text_message(r, m);
	return 0;
}

/* gf_uint64_2human_readable's format */
static void human_size(uint64_t n, char *buf, size_t len)
{
	static const char *const units[] = { "TB", "GB", "MB", "KB" };
	static const int shifts[] = { 40, 30, 20, 10 };

	for (int i = 0; i < 4; i++) {
		if (n >= (1ULL << shifts[i])) {
			snprintf(buf, len, "%.1f%s",
				 (double)n / (double)(1ULL << shifts[i]),
				 units[i]);
			return;
		}
	}
	snprintf(buf, len, "%" PRIu64 "Bytes", n);
}

static void entry_name(const struct cli_status_entry *e, char *buf,
		       size_t len)
{
	if (e->is_daemon)
		snprintf(buf, len, "%s on %s", e->hostname, e->path);
	else
		snprintf(buf, len, "Brick %s:%s", e->hostname, e->path);
}

static void pid_text(const struct cli_status_entry *e, char *buf, size_t len)
{
	if (e->pid == -1 || !e->status)
		snprintf(buf, len, "N/A");
	else
		snprintf(buf, len, "%d", e->pid);
}

static void print_status_line(const struct cli_status_entry *e)
{
	char name[4096], pid[32];
	const char *p = name;
	size_t left;

	entry_name(e, name, sizeof(name));
	pid_text(e, pid, sizeof(pid));
	left = strlen(p);
	while (left > STATUS_NAME_LEN) {
		cli_out("%.*s", STATUS_NAME_LEN, p);
		p += STATUS_NAME_LEN;
		left -= STATUS_NAME_LEN;
	}
	printf("%s%*s", p, (int)(STATUS_NAME_LEN - left + 1), "");
	if ((e->port || e->rdma_port) && e->status)
		cli_out("%-10d%-11d%-8c%-5s", e->port, e->rdma_port, 'Y', pid);
	else
		cli_out("%-10s%-11s%-8c%-5s", "N/A", "N/A",
			e->status ? 'Y' : 'N', pid);
}

static void print_detail_num(const char *label, uint64_t v)
{
	if (v)
		cli_out("%-20s : %-20" PRIu64, label, v);
	else
		cli_out("%-20s : %-20s", label, "N/A");
}

static void print_detail_str(const char *label, const char *v)
{
	cli_out("%-20s : %-20s", label, v ? v : "N/A");
}

static void print_status_detail(const struct cli_status_entry *e)
{
	char name[4096], pid[32], sz[64];

	entry_name(e, name, sizeof(name));
	pid_text(e, pid, sizeof(pid));
	cli_out("%-20s : %-20s", "Brick", name);
	if (e->status) {
		cli_out("%-20s : %-20d", "TCP Port", e->port);
		cli_out("%-20s : %-20d", "RDMA Port", e->rdma_port);
	} else {
		cli_out("%-20s : %-20s", "TCP Port", "N/A");
		cli_out("%-20s : %-20s", "RDMA Port", "N/A");
	}
	cli_out("%-20s : %-20c", "Online", e->status ? 'Y' : 'N');
	cli_out("%-20s : %-20s", "Pid", pid);
	print_detail_str("File System", e->fs_name);
	print_detail_str("Device", e->device);
	print_detail_str("Mount Options", e->mnt_options);
	print_detail_str("Inode Size", e->inode_size);
	human_size(e->free, sz, sizeof(sz));
	print_detail_str("Disk Space Free", sz);
	human_size(e->total, sz, sizeof(sz));
	print_detail_str("Total Disk Space", sz);
	print_detail_num("Inode Count", e->total_inodes);
	print_detail_num("Free Inodes", e->free_inodes);
}

static const char *task_status_str(int s)
{
	static const char *const names[] = {
		"not started", "in progress", "stopped", "completed", "failed",
		"fix-layout in progress", "fix-layout stopped",
		"fix-layout completed", "fix-layout failed",
	};

	return s >= 0 && s < 9 ? names[s] : "unknown";
}

static void print_status_tasks(const struct cli_status_rsp *s)
{
	cli_out("Task Status of Volume %s", s->volname);
	cli_out(DASHES);
	if (s->ntasks == 0) {
		cli_out("There are no active volume tasks");
		cli_out(" ");
		return;
	}
	for (size_t t = 0; t < s->ntasks; t++) {
		cli_out("%-20s : %-20s", "Task", s->tasks[t].type);
		cli_out("%-20s : %-20s", "ID", s->tasks[t].id ?
			s->tasks[t].id : "");
		cli_out("%-20s : %-20s", "Status",
			task_status_str(s->tasks[t].status));
		cli_out(" ");
	}
}

/* between the entries of clients, mem, inode, fd, callpool */
#define NODE_DASHES "----------------------------------------------"

static void print_status_clients(const struct cli_status_rsp *s)
{
	cli_out("Client connections for volume %s", s->volname);
	for (size_t i = 0; i < s->nbricks; i++) {
		const struct cli_status_entry *e = &s->bricks[i];

		cli_out(NODE_DASHES);
		cli_out("Brick : %s:%s", e->hostname, e->path);
		cli_out("Clients connected : %zu", e->nclients);
		if (e->nclients == 0)
			continue;
		cli_out("%-48s %15s %15s %15s", "Hostname", "BytesRead",
			"BytesWritten", "OpVersion");
		cli_out("%-48s %15s %15s %15s", "--------", "---------",
			"------------", "---------");
		for (size_t c = 0; c < e->nclients; c++)
			cli_out("%-48s %15" PRIu64 " %15" PRIu64 " %15u",
				e->clients[c].hostname,
				e->clients[c].bytes_read,
				e->clients[c].bytes_written,
				e->clients[c].opversion);
	}
	cli_out(NODE_DASHES);
	cli_out("%s", "");
}

/* client-list: the names in order, a kind once, with its count; any other
 * name with the count printed last (10.3's, see cli-msg-dump.c) */
static void print_status_client_list(const struct cli_status_rsp *s)
{
	const struct cli_status_client_list *l = &s->clients;
	bool shown[CLI_CLIENT_KINDS] = { false };
	int32_t cur = 0, total = 0;

	cli_out("Client connections for volume %s", s->volname);
	if (l->present) {
		cli_out("%-48s %15s", "Name", "count");
		cli_out("%-48s %15s", "-----", "------");
	}
	for (int32_t i = 0; l->present && i < l->count; i++) {
		enum cli_client_kind k;

		if (!l->names[i])
			continue;
		k = cli_client_kind_of(l->names[i]);
		if (k != CLI_CLIENT_OTHER) {
			if (shown[k])
				continue;
			shown[k] = true;
			if (l->has_kind[k]) {
				cur = l->kind_count[k];
				total += cur;
			}
		}
		cli_out("%-48s %15d", l->names[i], cur);
	}
	cli_out("\ntotal clients for volume %s : %d ", s->volname, total);
	cli_out("-----------------------------------------------------------------\n");
}

/* ---- mem, inode, fd, callpool: what the brick processes reported ----
 * Each printer goes as far as the keys go, and stops where 10.3's
 * stops: a body returning false ends the whole walk. */

static const char *const mallinfo_labels[CLI_MEM_MALLINFO_MAX] = {
	"Arena", "Ordblks", "Smblks", "Hblks", "Hblkhd", "Usmblks", "Fsmblks",
	"Uordblks", "Fordblks", "Keepcost",
};

#define POOL_COLUMNS "%-30s %9s %9s %12s %10s %8s %8s %12s"

static void print_mempools(const struct cli_status_mem *m)
{
	size_t cur = 0;

	if (!DUMP_HAS(m, CLI_MEM_POOL_COUNT))
		return;
	cli_out("Mempool Stats");
	cli_out("-------------");
	cli_out(POOL_COLUMNS, "Name", "HotCount", "ColdCount", "PaddedSizeof",
		"AllocCount", "MaxAlloc", "Misses", "Max-StdAlloc");
	cli_out(POOL_COLUMNS, "----", "--------", "---------", "------------",
		"----------", "--------", "--------", "------------");
	for (int32_t k = 0; k < m->pool_count; k++) {
		const struct cli_status_pool *p =
			DUMP_AT(m->pools, m->npools, &cur, k);

		if (!p || p->has != CLI_BIT(CLI_POOL_MAX) - 1)
			return;
		cli_out("%-30s %9d %9d %12" PRIu64 " %10" PRIu64 " %8d %8"
			PRIu64 " %12d", p->name, p->hotcount, p->coldcount,
			p->paddedsizeof, p->alloccount, p->max_alloc,
			p->pool_misses, p->max_stdalloc);
	}
}

static bool print_mem(const struct cli_status_node *e)
{
	const struct cli_status_mem *m = &e->mem;

	cli_out("Mallinfo");
	cli_out("--------");
	for (int f = 0; f < CLI_MEM_MALLINFO_MAX; f++) {
		if (!DUMP_HAS(m, f))
			return false;
		cli_out("%-8s : %" PRIu64, mallinfo_labels[f], m->mallinfo[f]);
	}
	cli_out(" ");
	print_mempools(m);
	return true;
}

static void print_itable(const struct cli_status_itable *t)
{
	static const char *const labels[CLI_ITABLE_MAX] = {
		"LRU limit     ", "Active Inodes ", "LRU Inodes    ",
		"Purge Inodes  ",
	};

	for (int f = 0; t && f < CLI_ITABLE_MAX; f++) {
		if (!DUMP_HAS(t, f))
			return;
		cli_out("%s: %u", labels[f],
			f == CLI_ITABLE_LRU_LIMIT ? t->lru_limit :
			t->size[f - CLI_ITABLE_ACTIVE_SIZE]);
	}
}

static bool print_inode(const struct cli_status_node *e)
{
	size_t cur = 0;

	if (!DUMP_HAS(e, CLI_NODE_CONNCOUNT))
		return false;
	for (int32_t j = 0; j < e->conncount; j++) {
		if (e->conncount > 1)
			cli_out("Connection %d:", j + 1);
		print_itable(DUMP_AT(e->itables, e->nitables, &cur, j));
		cli_out(" ");
	}
	return true;
}

#define FD_COLUMNS "%-19s %-19s %-19s %-19s"

static void print_fdtable(const struct cli_status_fdtable *t)
{
	const unsigned head = CLI_BIT(CLI_FDTABLE_REFCOUNT) |
			      CLI_BIT(CLI_FDTABLE_MAXFDS) |
			      CLI_BIT(CLI_FDTABLE_FIRSTFREE);

	if (!t || (t->has & head) != head)
		return;
	cli_out("RefCount = %d  MaxFDs = %d  FirstFree = %d", t->refcount,
		(int)t->maxfds, t->firstfree);
	if (!DUMP_HAS(t, CLI_FDTABLE_OPENFDS))
		return;
	if (t->openfds == 0) {
		cli_err("No open fds");
		return;
	}
	cli_out(FD_COLUMNS, "FD Entry", "PID", "RefCount", "Flags");
	cli_out(FD_COLUMNS, "--------", "---", "--------", "-----");
	for (size_t k = 0; k < t->nfds; k++) {
		const struct cli_status_fd *fd = &t->fds[k];

		if (fd->has == CLI_BIT(CLI_FD_MAX) - 1)
			cli_out("%-19d %-19d %-19d %-19d", fd->index, fd->pid,
				fd->refcount, fd->flags);
	}
}

static bool print_fd(const struct cli_status_node *e)
{
	size_t cur = 0;

	if (!DUMP_HAS(e, CLI_NODE_CONNCOUNT))
		return false;
	for (int32_t j = 0; j < e->conncount; j++) {
		cli_out("Connection %d:", j + 1);
		print_fdtable(DUMP_AT(e->fdtables, e->nfdtables, &cur, j));
		cli_out(" ");
	}
	return true;
}

static void print_frame(const struct cli_status_frame *f)
{
	const unsigned head = CLI_BIT(CLI_FRAME_REFCOUNT) |
			      CLI_BIT(CLI_FRAME_TRANSLATOR) |
			      CLI_BIT(CLI_FRAME_COMPLETE);

	if (!f || (f->has & head) != head)
		return;
	cli_out("  Ref Count   = %d", f->refcount);
	cli_out("  Translator  = %s", f->translator);
	cli_out("  Completed   = %s", f->complete ? "Yes" : "No");
	if (DUMP_HAS(f, CLI_FRAME_PARENT))
		cli_out("  Parent      = %s", f->parent);
	if (DUMP_HAS(f, CLI_FRAME_WINDFROM))
		cli_out("  Wind From   = %s", f->windfrom);
	if (DUMP_HAS(f, CLI_FRAME_WINDTO))
		cli_out("  Wind To     = %s", f->windto);
	if (DUMP_HAS(f, CLI_FRAME_UNWINDFROM))
		cli_out("  Unwind From = %s", f->unwindfrom);
	if (DUMP_HAS(f, CLI_FRAME_UNWINDTO))
		cli_out("  Unwind To   = %s", f->unwindto);
}

static void print_stack(const struct cli_status_stack *st)
{
	size_t cur = 0;

	if (!st || st->has != CLI_BIT(CLI_STACK_MAX) - 1)
		return;
	cli_out(" UID    : %d", st->uid);
	cli_out(" GID    : %d", st->gid);
	cli_out(" PID    : %d", st->pid);
	cli_out(" Unique : %" PRIu64, st->unique);
	cli_out(" Frames : %d", st->count);
	for (int32_t k = 0; k < st->count; k++) {
		cli_out(" Frame %d", k + 1);
		print_frame(DUMP_AT(st->frames, st->nframes, &cur, k));
	}
	cli_out(" ");
}

static bool print_callpool(const struct cli_status_node *e)
{
	size_t cur = 0;

	if (!DUMP_HAS(e, CLI_NODE_CALLCOUNT))
		return false;
	cli_out("Pending calls: %d", e->callcount);
	for (int32_t j = 0; j < e->callcount; j++) {
		cli_out("Call Stack%d", j + 1);
		print_stack(DUMP_AT(e->stacks, e->nstacks, &cur, j));
	}
	return true;
}

struct dump_form {
	uint32_t form;
	const char *title;	/* "%s": the volume */
	bool (*body)(const struct cli_status_node *e);
};

static const struct dump_form dump_forms[] = {
	{ CLI_STATUS_MEM, "Memory status for volume : %s", print_mem },
	{ CLI_STATUS_INODE, "Inode tables for volume %s", print_inode },
	{ CLI_STATUS_FD, "FD tables for volume %s", print_fd },
	{ CLI_STATUS_CALLPOOL, "Pending calls for volume %s", print_callpool },
};

/* One entry: false when the walk ends here. mem passes over an entry
 * without its name; the others end there. */
static bool print_dump_node(const struct dump_form *f,
			    const struct cli_status_node *e, bool notbrick)
{
	cli_out(NODE_DASHES);
	if (!e || !DUMP_HAS(e, CLI_NODE_HOSTNAME) ||
	    !DUMP_HAS(e, CLI_NODE_PATH))
		return f->form == CLI_STATUS_MEM;
	if (notbrick)
		cli_out("%s : %s", e->hostname, e->path);
	else
		cli_out("Brick : %s:%s", e->hostname, e->path);
	if (!DUMP_HAS(e, CLI_NODE_STATUS))
		return false;
	if (e->status)
		return f->body(e);
	if (notbrick)
		cli_out("%s is offline", e->hostname);
	else
		cli_out("Brick is offline");
	return true;
}

static void print_status_dump(const struct cli_status_rsp *s)
{
	const uint32_t daemons = CLI_STATUS_NFS | CLI_STATUS_SHD |
				 CLI_STATUS_QUOTAD | CLI_STATUS_SNAPD |
				 CLI_STATUS_BITD | CLI_STATUS_SCRUB;
	const struct dump_form *f = dump_forms;
	size_t cur = 0;

	while (f->form != (s->cmd & CLI_STATUS_MASK))
		f++;
	cli_out(f->title, s->volname);
	for (int i = 0; i <= s->index_max; i++)
		if (!print_dump_node(f, DUMP_AT(s->nodes, s->nnodes, &cur, i),
				     (s->cmd & daemons) != 0))
			break;
	/* mem ends with an empty line */
	cli_out(f->form == CLI_STATUS_MEM ? NODE_DASHES "\n" : NODE_DASHES);
}

static int text_vol_status(const struct cli_rsp *r,
			   const struct cli_status_rsp *s, bool first,
			   bool last, bool loop)
{
	bool detail = (s->cmd & CLI_STATUS_DETAIL) != 0;

	(void)r;
	(void)first;
	(void)last;
	(void)loop;
	if (cli_status_is_dump(s->cmd)) {
		print_status_dump(s);
		return 0;
	}
	if ((s->cmd & CLI_STATUS_CLIENTS) && !detail) {
		print_status_clients(s);
		return 0;
	}
	if ((s->cmd & CLI_STATUS_MASK) == CLI_STATUS_CLIENT_LIST) {
		print_status_client_list(s);
		return 0;
	}
	/* `tasks` alone: 10.3 prints the task section only */
	if ((s->cmd & CLI_STATUS_MASK) == CLI_STATUS_TASKS) {
		print_status_tasks(s);
		return 0;
	}
	cli_out("Status of volume: %s", s->volname);
	if (!detail) {
		cli_out("%-43s %s  %s  %s  %s", "Gluster process", "TCP Port",
			"RDMA Port", "Online", "Pid");
		cli_out(DASHES);
	}
	for (size_t i = 0; i < s->nbricks; i++) {
		if (detail) {
			cli_out(DASHES);
			print_status_detail(&s->bricks[i]);
		} else {
			print_status_line(&s->bricks[i]);
		}
	}
	for (size_t i = 0; !detail && i < s->nothers; i++)
		print_status_line(&s->others[i]);
	cli_out(" ");
	if (s->has_tasks && !detail)
		print_status_tasks(s);
	return 0;
}

static int text_vol_status_err(const struct cli_rsp *r, bool first, bool last,
			       bool loop)
{
	(void)first;
	(void)last;
	cli_err("%s", r->op_errstr);
	if (!loop)
		return 1;
	cli_out(" ");
	return 0;
}

static int text_vol_get(const struct cli_rsp *r, const struct cli_get_rsp *g,
			const struct cli_msg *m)
{
	if (!g)
		return text_message(r, m);
	if (g->warning)
		cli_out("%s", g->warning);
	cli_out("%-40s %-39s", "Option", "Value");
	cli_out("%-40s %-39s", "------", "-----");
	for (size_t i = 0; i < g->n; i++)
		cli_out("%-40s %-39s", g->pairs[i].key, g->pairs[i].value);
	return 0;
}

static void print_peer(const struct cli_peer_info *p)
{
	cli_out("%s", "");
	cli_out("Hostname: %s", p->hostname);
	cli_out("Uuid: %s", p->uuid);
	cli_out("State: %s (%s)", p->state ? p->state : "",
		p->connected ? "Connected" : "Disconnected");
	if (p->nhostnames > 1) {
		cli_out("Other names:");
		for (size_t h = 1; h < p->nhostnames; h++)
			cli_out("%s", p->hostnames[h]);
	}
}

static int text_peer_list(const struct cli_rsp *r,
			  const struct cli_peer_list *l, bool pool)
{
	int w = 8;

	(void)r;
	if (!pool) {
		cli_out("Number of Peers: %zu", l->n);
		for (size_t i = 0; i < l->n; i++)
			print_peer(&l->peers[i]);
		return 0;
	}
	for (size_t i = 0; i < l->n; i++)
		if ((int)strlen(l->peers[i].hostname) > w)
			w = (int)strlen(l->peers[i].hostname);
	cli_out("UUID\t\t\t\t\t%-*s\tState", w, "Hostname");
	for (size_t i = 0; i < l->n; i++)
		cli_out("%s\t%-*s\t%s ", l->peers[i].uuid, w,
			l->peers[i].hostname,
			l->peers[i].connected ? "Connected" : "Disconnected");
	return 0;
}

static int text_uuid_get(const struct cli_rsp *r, const char *uuid)
{
	(void)r;
	cli_out("UUID: %s", uuid);
	return 0;
}

static void text_flush(void)
{
	fflush(stdout);
}

const struct cli_output cli_output_text = {
	.name = "text",
	.message = text_message,
	.vol_op = text_vol_op,
	.vol_info = text_vol_info,
	.vol_list = text_vol_list,
	.vol_status = text_vol_status,
	.vol_status_err = text_vol_status_err,
	.vol_status_none = text_message,
	.vol_get = text_vol_get,
	.peer_list = text_peer_list,
	.uuid_get = text_uuid_get,
	.flush = text_flush,
};
