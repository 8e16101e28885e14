/* test-cli-msg-status: decoding `volume status V mem|inode|fd|callpool`
 * and `client-list` replies (xdr/cli-msg.c), and how client-list prints. The dicts are shaped like what 10.3's glusterd
 * sends with the brick processes' keys merged in (captured from 10.3
 * bricks), plus the odd values and counts a reply may carry. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <unistd.h>

#include "cli/output.h"
#include "libglusterfs/dict.h"
#include "xdr/cli-msg.h"

#define MALLINFO_ALL (CLI_BIT(CLI_MEM_MALLINFO_MAX) - 1)
#define NODE_COMMON (CLI_BIT(CLI_NODE_CONNCOUNT) - 1)

static void set_pairs(struct dict *d, const char *const *kv)
{
	for (; kv[0]; kv += 2)
		assert_int_equal(dict_set_str(d, kv[0], kv[1]), 0);
}

/* The header and entries of a reply for a replica 2 volume "sv" whose
 * two bricks are local and online, cmd as asked. */
static struct dict *reply_of(uint32_t cmd, const char *count)
{
	const char *const head[] = {
		"volname", "sv",
		"vol-id", "1dc3c377-00e8-4832-978a-486c8958ea71",
		"brick-index-max", "1", "type", "-1",
		"brick0.hostname", "127.1.47.1",
		"brick0.path", "/tmp/h1/root/bricks/n1/b1",
		"brick0.peerid", "d95ac495-da8a-4023-bf12-416d24c4baae",
		"brick0.port", "52803", "brick0.rdma_port", "0",
		"brick0.pid", "4636", "brick0.status", "1",
		"brick1.hostname", "127.1.47.1",
		"brick1.path", "/tmp/h1/root/bricks/n1/b2",
		"brick1.peerid", "d95ac495-da8a-4023-bf12-416d24c4baae",
		"brick1.port", "50794", "brick1.rdma_port", "0",
		"brick1.pid", "4654", "brick1.status", "1",
		"other-count", "0", "hot_brick_count", "-1", NULL,
	};
	struct dict *d = dict_new();

	assert_non_null(d);
	assert_int_equal(dict_set_uint(d, "cmd", cmd), 0);
	set_pairs(d, head);
	if (count)
		assert_int_equal(dict_set_str(d, "count", count), 0);
	return d;
}

static void decode_ok(const struct dict *d, struct cli_status_rsp *r)
{
	assert_int_equal(cli_status_rsp_decode(d, r, NULL), 0);
	assert_true(cli_status_is_dump(r->cmd));
	assert_int_equal(r->nbricks, 0);
	assert_int_equal(r->nothers, 0);
}

static void test_is_dump(void **state)
{
	(void)state;
	assert_true(cli_status_is_dump(CLI_STATUS_VOL | CLI_STATUS_MEM));
	assert_true(cli_status_is_dump(CLI_STATUS_VOL | CLI_STATUS_BRICK |
				       CLI_STATUS_CALLPOOL));
	assert_true(cli_status_is_dump(CLI_STATUS_SHD | CLI_STATUS_INODE));
	assert_false(cli_status_is_dump(CLI_STATUS_VOL));
	assert_false(cli_status_is_dump(CLI_STATUS_VOL | CLI_STATUS_CLIENTS));
	assert_false(cli_status_is_dump(CLI_STATUS_MEM | CLI_STATUS_FD));
}

/* 10.3's bricks send mallinfo and their pools under keys 10.3's CLI does
 * not read (no mempool-count); "shared-pool" has an empty value. */
static void test_mem_reply_of_10_3(void **state)
{
	const char *const mem[] = {
		"brick0.pool0.size", "256", "brick0.pool0.padded-sizeof", "256",
		"brick0.pool0.sizeof-type", "176",
		"brick0.pool0.active-count", "1",
		"brick0.pool0.name", "call_frame_t",
		"brick0.mallinfo.keepcost", "1248",
		"brick0.mallinfo.fordblks", "7517248",
		"brick0.mallinfo.uordblks", "3271616",
		"brick0.mallinfo.fsmblks", "2336",
		"brick0.mallinfo.usmblks", "0",
		"brick0.mallinfo.hblkhd", "2105344",
		"brick0.mallinfo.hblks", "8", "brick0.mallinfo.smblks", "42",
		"brick0.mallinfo.ordblks", "123",
		"brick0.mallinfo.arena", "10788864",
		"brick1.mallinfo.keepcost", "1248",
		"brick1.mallinfo.fordblks", "5626176",
		"brick1.mallinfo.uordblks", "3282624",
		"brick1.mallinfo.fsmblks", "2512",
		"brick1.mallinfo.usmblks", "0",
		"brick1.mallinfo.hblkhd", "2105344",
		"brick1.mallinfo.hblks", "8", "brick1.mallinfo.smblks", "46",
		"brick1.mallinfo.ordblks", "159",
		"brick1.mallinfo.arena", "18446744073709551615", NULL,
	};
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_MEM, "3");
	struct cli_status_rsp r;

	(void)state;
	set_pairs(d, mem);
	assert_int_equal(dict_set_bin(d, "brick0.pool0.shared-pool", "", 0), 0);
	decode_ok(d, &r);
	assert_true(r.has_count);
	assert_int_equal(r.count, 3);
	assert_int_equal(r.index_max, 1);
	assert_int_equal(r.nnodes, 2);
	for (int i = 0; i < 2; i++) {
		const struct cli_status_node *e = &r.nodes[i];

		assert_int_equal(e->index, i);
		assert_int_equal(e->has, NODE_COMMON);
		assert_string_equal(e->hostname, "127.1.47.1");
		assert_int_equal(e->status, 1);
		assert_int_equal(e->rdma_port, 0);
		assert_int_equal(e->mem.has, MALLINFO_ALL);
		assert_int_equal(e->mem.npools, 0);
		assert_null(e->itables);
		assert_null(e->stacks);
	}
	assert_string_equal(r.nodes[1].path, "/tmp/h1/root/bricks/n1/b2");
	assert_int_equal(r.nodes[0].port, 52803);
	assert_int_equal(r.nodes[0].pid, 4636);
	assert_int_equal(r.nodes[0].mem.mallinfo[CLI_MEM_ARENA], 10788864);
	assert_int_equal(r.nodes[0].mem.mallinfo[CLI_MEM_KEEPCOST], 1248);
	assert_true(r.nodes[1].mem.mallinfo[CLI_MEM_ARENA] == UINT64_MAX);
	cli_status_rsp_release(&r);
	cli_status_rsp_release(&r);	/* released twice: harmless */
	dict_unref(d);
}

/* Pools as 10.3's CLI reads them: kept up to the first that lacks a key. */
static void test_mem_pools(void **state)
{
	const char *const pools[] = {
		"brick0.mempool-count", "3",
		"brick0.pool0.name", "dict_t", "brick0.pool0.hotcount", "1",
		"brick0.pool0.coldcount", "2", "brick0.pool0.paddedsizeof", "3",
		"brick0.pool0.alloccount", "4", "brick0.pool0.max_alloc", "5",
		"brick0.pool0.max-stdalloc", "6",
		"brick0.pool0.pool-misses", "7",
		"brick0.pool1.name", "data_t", "brick0.pool1.hotcount", "1",
		"brick0.pool2.name", "never read",
		"brick1.mempool-count", "-1", "brick1.pool0.name", "not read",
		NULL,
	};
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_MEM, "2");
	struct cli_status_rsp r;
	const struct cli_status_mem *m;

	(void)state;
	set_pairs(d, pools);
	decode_ok(d, &r);
	m = &r.nodes[0].mem;
	assert_int_equal(m->has, CLI_BIT(CLI_MEM_POOL_COUNT));
	assert_int_equal(m->pool_count, 3);
	assert_int_equal(m->npools, 2);
	assert_int_equal(m->pools[0].has, CLI_BIT(CLI_POOL_MAX) - 1);
	assert_string_equal(m->pools[0].name, "dict_t");
	assert_int_equal(m->pools[0].max_stdalloc, 6);
	assert_int_equal(m->pools[0].pool_misses, 7);
	assert_int_equal(m->pools[1].index, 1);
	assert_int_equal(m->pools[1].has, CLI_BIT(CLI_POOL_NAME) |
			 CLI_BIT(CLI_POOL_HOTCOUNT));
	m = &r.nodes[1].mem;
	assert_int_equal(m->pool_count, -1);
	assert_int_equal(m->npools, 0);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

/* 10.3's bricks say 128 connections and give the sizes of the first
 * table only, without its inodes. */
static void test_inode_reply_of_10_3(void **state)
{
	const char *const inode[] = {
		"brick1.conncount", "128",
		"brick1.conn0.itable.purge_size", "0",
		"brick1.conn0.itable.lru_size", "5",
		"brick1.conn0.itable.active_size", "1",
		"brick1.conn0.itable.lru_limit", "16384",
		"brick0.conncount", "128",
		"brick0.conn0.itable.purge_size", "0",
		"brick0.conn0.itable.lru_size", "2",
		"brick0.conn0.itable.active_size", "2",
		"brick0.conn0.itable.lru_limit", "16384",
		"brick0.conn0.itable.active0.gfid",
		"00000000-0000-0000-0000-000000000001",
		"brick0.conn0.itable.active0.nlookup", "0x10",
		"brick0.conn0.itable.active0.ref", "4294967295",
		"brick0.conn0.itable.active0.ia_type", "2",
		"brick0.conn0.itable.active1.gfid", "g1",
		"brick0.conn0.itable.lru0.gfid", "g2",
		"brick0.conn7.itable.lru_limit", "9",
		NULL,
	};
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_INODE, "3");
	struct cli_status_rsp r;
	const struct cli_status_itable *t;

	(void)state;
	set_pairs(d, inode);
	decode_ok(d, &r);
	assert_int_equal(r.nnodes, 2);
	assert_int_equal(r.nodes[0].conncount, 128);
	assert_true(r.nodes[0].has & CLI_BIT(CLI_NODE_CONNCOUNT));
	/* the table of connection 0, and of 7 */
	assert_int_equal(r.nodes[0].nitables, 2);
	t = &r.nodes[0].itables[0];
	assert_int_equal(t->index, 0);
	assert_int_equal(t->has, CLI_BIT(CLI_ITABLE_MAX) - 1);
	assert_int_equal(t->lru_limit, 16384);
	assert_int_equal(t->size[CLI_ILIST_ACTIVE], 2);
	assert_int_equal(t->ninodes[CLI_ILIST_ACTIVE], 2);
	assert_int_equal(t->inodes[CLI_ILIST_ACTIVE][0].has,
			 CLI_BIT(CLI_INODE_MAX) - 1);
	assert_int_equal(t->inodes[CLI_ILIST_ACTIVE][0].nlookup, 16);
	assert_int_equal(t->inodes[CLI_ILIST_ACTIVE][0].ref, UINT32_MAX);
	assert_int_equal(t->inodes[CLI_ILIST_ACTIVE][1].has,
			 CLI_BIT(CLI_INODE_GFID));
	assert_int_equal(t->ninodes[CLI_ILIST_LRU], 1);
	assert_int_equal(t->ninodes[CLI_ILIST_PURGE], 0);
	assert_int_equal(r.nodes[0].itables[1].index, 7);
	assert_int_equal(r.nodes[0].itables[1].has,
			 CLI_BIT(CLI_ITABLE_LRU_LIMIT));
	/* 10.3's real shape: one table, no inode behind active_size */
	assert_int_equal(r.nodes[1].nitables, 1);
	assert_int_equal(r.nodes[1].itables[0].ninodes[CLI_ILIST_ACTIVE], 0);
	assert_int_equal(r.nodes[1].itables[0].size[CLI_ILIST_LRU], 5);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

static void test_fd_reply(void **state)
{
	const char *const fd[] = {
		"brick0.conncount", "2",
		"brick0.conn1.fdtable.refcount", "1",
		"brick0.conn1.fdtable.maxfds", "4",
		"brick0.conn1.fdtable.firstfree", "-1",
		"brick0.conn1.fdtable.openfds", "2",
		"brick0.conn1.fdtable.fdentry0.pid", "11",
		"brick0.conn1.fdtable.fdentry0.refcount", "1",
		"brick0.conn1.fdtable.fdentry0.flags", "32768",
		"brick0.conn1.fdtable.fdentry2.pid", "-12",
		"brick0.conn1.fdtable.fdentry2.refcount", "2",
		"brick0.conn1.fdtable.fdentry2.flags", "2",
		"brick0.conn1.fdtable.fdentry3.pid", "13",
		"brick0.conn1.fdtable.fdentry9.pid", "beyond maxfds",
		"brick1.conncount", "0",	/* what 10.3's bricks send */
		NULL,
	};
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_FD, "2");
	struct cli_status_rsp r;
	const struct cli_status_fdtable *t;

	(void)state;
	set_pairs(d, fd);
	decode_ok(d, &r);
	assert_int_equal(r.nodes[0].nfdtables, 1);
	assert_null(r.nodes[0].itables);
	t = &r.nodes[0].fdtables[0];
	assert_int_equal(t->index, 1);
	assert_int_equal(t->has, CLI_BIT(CLI_FDTABLE_MAX) - 1);
	assert_int_equal(t->firstfree, -1);
	assert_int_equal(t->nfds, 3);
	assert_int_equal(t->fds[0].index, 0);
	assert_int_equal(t->fds[0].flags, 32768);
	assert_int_equal(t->fds[1].index, 2);
	assert_int_equal(t->fds[1].pid, -12);
	assert_int_equal(t->fds[2].index, 3);
	assert_int_equal(t->fds[2].has, CLI_BIT(CLI_FD_PID));
	assert_int_equal(r.nodes[1].conncount, 0);
	assert_int_equal(r.nodes[1].nfdtables, 0);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

/* 10.3's bricks list the pending status call with a frame that has no
 * refcount; numbers are read as 10.3 reads them. */
static void test_callpool_reply_of_10_3(void **state)
{
	const char *const cp[] = {
		"brick1.callpool.stack0.frame0.timings",
		"464.270180680 -> 0.000000000",
		"brick1.callpool.stack0.frame0.complete", "0",
		"brick1.callpool.stack0.frame0.translator", "glusterfs",
		"brick1.callpool.stack0.count", "1",
		"brick1.callpool.stack0.type", "0",
		"brick1.callpool.stack0.op", "other",
		"brick1.callpool.stack0.unique", "64",
		"brick1.callpool.stack0.pid", "0",
		"brick1.callpool.stack0.gid", "0",
		"brick1.callpool.stack0.uid", "0",
		"brick1.callpool.count", "1",
		"brick0.callpool.count", "4294967298",	/* cut to 2 */
		"brick0.callpool.stack1.uid", "0x1f",
		"brick0.callpool.stack1.gid", "12abc",
		"brick0.callpool.stack1.pid", "",
		"brick0.callpool.stack1.unique", "99999999999999999999",
		"brick0.callpool.stack1.count", "-3",
		NULL,
	};
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_CALLPOOL, "3");
	struct cli_status_rsp r;
	const struct cli_status_stack *st;

	(void)state;
	set_pairs(d, cp);
	decode_ok(d, &r);
	assert_int_equal(r.nodes[1].callcount, 1);
	assert_int_equal(r.nodes[1].nstacks, 1);
	st = &r.nodes[1].stacks[0];
	assert_int_equal(st->has, CLI_BIT(CLI_STACK_MAX) - 1);
	assert_int_equal(st->unique, 64);
	assert_int_equal(st->nframes, 1);
	assert_int_equal(st->frames[0].has, CLI_BIT(CLI_FRAME_TRANSLATOR) |
			 CLI_BIT(CLI_FRAME_COMPLETE));
	assert_string_equal(st->frames[0].translator, "glusterfs");
	assert_null(st->frames[0].parent);
	assert_int_equal(r.nodes[0].callcount, 2);
	assert_int_equal(r.nodes[0].nstacks, 1);
	st = &r.nodes[0].stacks[0];
	assert_int_equal(st->index, 1);
	/* the unique number out of range counts as missing */
	assert_int_equal(st->has, CLI_BIT(CLI_STACK_UID) |
			 CLI_BIT(CLI_STACK_GID) | CLI_BIT(CLI_STACK_PID) |
			 CLI_BIT(CLI_STACK_COUNT));
	assert_int_equal(st->uid, 31);
	assert_int_equal(st->gid, 12);
	assert_int_equal(st->pid, 0);
	assert_int_equal(st->count, -3);
	assert_int_equal(st->nframes, 0);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

/* Entries are walked by index: gaps, a daemon after the bricks, an entry
 * that lacks its name are all kept as far as their keys go. */
static void test_entries_by_index(void **state)
{
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_SHD |
				  CLI_STATUS_MEM, NULL);
	struct cli_status_rsp r;

	(void)state;
	assert_int_equal(dict_set_str(d, "brick-index-max", "2"), 0);
	assert_int_equal(dict_set_str(d, "other-count", "1"), 0);
	assert_int_equal(dict_del(d, "brick0.hostname"), 0);
	assert_int_equal(dict_set_str(d, "brick3.hostname",
				      "Self-heal Daemon"), 0);
	assert_int_equal(dict_set_str(d, "brick3.status", "junk"), 0);
	decode_ok(d, &r);
	assert_false(r.has_count);
	assert_int_equal(r.index_max, 3);
	assert_int_equal(r.nnodes, 3);	/* nothing at index 2 */
	assert_int_equal(r.nodes[0].index, 0);
	assert_false(r.nodes[0].has & CLI_BIT(CLI_NODE_HOSTNAME));
	assert_int_equal(r.nodes[2].index, 3);
	assert_string_equal(r.nodes[2].hostname, "Self-heal Daemon");
	/* strtol's reading of "junk" */
	assert_true(r.nodes[2].has & CLI_BIT(CLI_NODE_STATUS));
	assert_int_equal(r.nodes[2].status, 0);
	assert_int_equal(r.nodes[2].mem.has, 0);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

/* Counts no reply can back are refused at once, not walked. */
/* `tasks` alone: 10.3's reply has no brick keys at all, ours has them;
 * both decode to the tasks with no entries. */
static void test_tasks_only(void **state)
{
	const char *const ref[] = {
		"volname", "r", "tasks", "1",
		"vol-id", "e26473bd-0a91-4f8b-b3e1-c1ba7c4d38b2",
		"task0.type", "Rebalance",
		"task0.id", "0b5c7a4e-9f55-4a53-8b55-7b8f3a1c2d11",
		"task0.status", "1", NULL,
	};
	struct dict *d = dict_new(), *ours = reply_of(320, "2");
	struct cli_status_rsp r;

	(void)state;
	assert_int_equal(dict_set_uint(d, "cmd", 320), 0);
	set_pairs(d, ref);
	assert_int_equal(cli_status_rsp_decode(d, &r, NULL), 0);
	assert_string_equal(r.volname, "r");
	assert_int_equal(r.nbricks, 0);
	assert_true(r.has_tasks);
	assert_int_equal(r.ntasks, 1);
	assert_string_equal(r.tasks[0].type, "Rebalance");
	cli_status_rsp_release(&r);
	/* without a volname it is still refused */
	dict_del(d, "volname");
	assert_int_not_equal(cli_status_rsp_decode(d, &r, NULL), 0);
	cli_status_rsp_release(&r);
	assert_int_equal(dict_set_str(ours, "tasks", "0"), 0);
	assert_int_equal(cli_status_rsp_decode(ours, &r, NULL), 0);
	assert_true(r.has_tasks);
	assert_int_equal(r.ntasks, 0);
	cli_status_rsp_release(&r);
	dict_unref(d);
	dict_unref(ours);
}

static void test_oversized_counts(void **state)
{
	static const char *const cases[][3] = {
		{ "fd", "brick0.conncount", "2000000000" },
		{ "inode", "brick1.conncount", "262145" },
		{ "callpool", "brick0.callpool.count", "2147483647" },
	};
	struct cli_status_rsp r;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint32_t form = strcmp(cases[i][0], "fd") == 0 ?
				CLI_STATUS_FD :
				strcmp(cases[i][0], "inode") == 0 ?
				CLI_STATUS_INODE : CLI_STATUS_CALLPOOL;
		struct dict *d = reply_of(CLI_STATUS_VOL | form, "2");

		assert_int_equal(dict_set_str(d, cases[i][1], cases[i][2]), 0);
		assert_int_equal(cli_status_rsp_decode(d, &r, NULL), -EINVAL);
		cli_status_rsp_release(&r);
		dict_unref(d);
	}
}

static void test_oversized_nested_counts(void **state)
{
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_FD, "2");
	struct cli_status_rsp r;

	(void)state;
	assert_int_equal(dict_set_str(d, "brick0.conncount", "1"), 0);
	assert_int_equal(dict_set_str(d, "brick0.conn0.fdtable.maxfds",
				      "4294967295"), 0);
	assert_int_equal(cli_status_rsp_decode(d, &r, NULL), -EINVAL);
	cli_status_rsp_release(&r);
	/* a stack's frame count likewise */
	dict_unref(d);
	d = reply_of(CLI_STATUS_VOL | CLI_STATUS_CALLPOOL, "2");
	assert_int_equal(dict_set_str(d, "brick1.callpool.count", "1"), 0);
	assert_int_equal(dict_set_str(d, "brick1.callpool.stack0.count",
				      "3000000"), 0);
	assert_int_equal(cli_status_rsp_decode(d, &r, NULL), -EINVAL);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

/* A list read up to its first gap takes any count: 10.3 prints "-1" of
 * a uint32 as 4294967295 and stops at the first inode it misses. */
static void test_gap_lists_take_any_count(void **state)
{
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_INODE, "2");
	struct cli_status_rsp r;

	(void)state;
	assert_int_equal(dict_set_str(d, "brick0.conncount", "1"), 0);
	assert_int_equal(dict_set_str(d, "brick0.conn0.itable.active_size",
				      "-1"), 0);
	decode_ok(d, &r);
	assert_int_equal(r.nodes[0].itables[0].size[CLI_ILIST_ACTIVE],
			 UINT32_MAX);
	assert_int_equal(r.nodes[0].itables[0].ninodes[CLI_ILIST_ACTIVE], 0);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

/* Many counts each within bounds: the reply's walk as a whole is. */
static void test_budget(void **state)
{
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_CALLPOOL, "2");
	struct cli_status_rsp r;

	(void)state;
	assert_int_equal(dict_set_str(d, "brick-index-max", "4"), 0);
	for (int i = 0; i < 5; i++) {
		char k[64];

		snprintf(k, sizeof(k), "brick%d.hostname", i);
		assert_int_equal(dict_set_str(d, k, "h"), 0);
		snprintf(k, sizeof(k), "brick%d.callpool.count", i);
		assert_int_equal(dict_set_str(d, k, "250000"), 0);
	}
	assert_int_equal(cli_status_rsp_decode(d, &r, NULL), -E2BIG);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

/* Other forms keep their entries as before, and get the count too. */

/* ---- client-list (cmd 384) ---- */

#define CL_DASHES "-----------------------------------------------------------------"
#define CL_HEAD "Name                                                       count\n" \
	"-----                                                     ------\n"

/* What the text printer writes for reply d (decoded), as a string. */
static char *client_list_text(const struct dict *d)
{
	struct cli_status_rsp s;
	struct cli_rsp r = { 0, 0, "", NULL };
	FILE *f = tmpfile();
	int saved = dup(STDOUT_FILENO);
	char *buf = calloc(1, 8192);
	size_t n;

	assert_non_null(f);
	assert_non_null(buf);
	assert_int_equal(cli_status_rsp_decode(d, &s, NULL), 0);
	fflush(stdout);
	assert_true(dup2(fileno(f), STDOUT_FILENO) >= 0);
	assert_int_equal(cli_output_text.vol_status(&r, &s, true, true, false),
			 0);
	fflush(stdout);
	assert_true(dup2(saved, STDOUT_FILENO) >= 0);
	close(saved);
	rewind(f);
	n = fread(buf, 1, 8191, f);
	buf[n] = '\0';
	fclose(f);
	cli_status_rsp_release(&s);
	return buf;
}

static struct dict *client_list_reply(const char *const *kv)
{
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_CLIENT_LIST,
				  "2");

	set_pairs(d, kv);
	return d;
}

static void test_client_kinds(void **state)
{
	(void)state;
	assert_int_equal(cli_client_kind_of("fuse"), CLI_CLIENT_FUSE);
	assert_int_equal(cli_client_kind_of("fuse2"), CLI_CLIENT_FUSE);
	assert_int_equal(cli_client_kind_of("gfapiX"), CLI_CLIENT_GFAPI);
	assert_int_equal(cli_client_kind_of("glustershd"), CLI_CLIENT_SHD);
	assert_int_equal(cli_client_kind_of("snapd"), CLI_CLIENT_SNAPD);
	assert_int_equal(cli_client_kind_of("quotad"), CLI_CLIENT_QUOTAD);
	assert_int_equal(cli_client_kind_of("rebalance"),
			 CLI_CLIENT_REBALANCE);
	assert_int_equal(cli_client_kind_of("glustershdX"), CLI_CLIENT_OTHER);
	assert_int_equal(cli_client_kind_of("snapd-a"), CLI_CLIENT_OTHER);
	assert_int_equal(cli_client_kind_of("fus"), CLI_CLIENT_OTHER);
	assert_int_equal(cli_client_kind_of("gfap"), CLI_CLIENT_OTHER);
	assert_int_equal(cli_client_kind_of("unknown"), CLI_CLIENT_OTHER);
	assert_int_equal(cli_client_kind_of(NULL), CLI_CLIENT_OTHER);
}

/* A brick's answer (captured from 10.3) as a node's answer. */
static void test_client_list_from_brick(void **state)
{
	const char *const brick[] = {
		"clientcount", "4",
		"client0.name", "glustershd",
		"client0.hostname", "127.0.0.1:49138",
		"client0.bytesread", "4704", "client0.byteswrite", "5012",
		"client0.opversion", "100000",
		"client1.name", "fuse", "client2.name", "fuse2",
		"client3.name", "unknown", NULL,
	};
	struct dict *b = dict_new(), *out = dict_new();
	int32_t v;

	(void)state;
	set_pairs(b, brick);
	assert_int_equal(cli_client_list_from_brick(b, out), 0);
	assert_int_equal(dict_get_int32(out, "client-count", &v), 0);
	assert_int_equal(v, 4);
	assert_string_equal(dict_get_str(out, "client0.name"), "glustershd");
	assert_string_equal(dict_get_str(out, "client3.name"), "unknown");
	assert_int_equal(dict_get_int32(out, "fuse-count", &v), 0);
	assert_int_equal(v, 2);
	assert_int_equal(dict_get_int32(out, "glustershd-count", &v), 0);
	assert_int_equal(v, 1);
	assert_false(dict_has(out, "gfapi-count"));
	assert_false(dict_has(out, "client0.hostname"));
	assert_int_equal(dict_count(out), 7);
	assert_true(cli_client_list_key("client-count"));
	assert_true(cli_client_list_key("client12.name"));
	assert_true(cli_client_list_key("snapd-count"));
	assert_false(cli_client_list_key("client1.hostname"));
	assert_false(cli_client_list_key("other-count"));
	assert_false(cli_client_list_key("count"));
	assert_int_equal(dict_set_str(b, "clientcount", "999999999"), 0);
	assert_int_equal(cli_client_list_from_brick(b, out), -EINVAL);
	dict_unref(b);
	dict_unref(out);
}

/* 10.3: one node, replica 2, shd and a FUSE mount without a name */
static void test_client_list_text_unknown(void **state)
{
	const char *const kv[] = {
		"client-count", "2", "client0.name", "glustershd",
		"client1.name", "unknown", "glustershd-count", "1", NULL,
	};
	struct dict *d = client_list_reply(kv);
	char *t = client_list_text(d);

	(void)state;
	assert_string_equal(t, "Client connections for volume sv\n" CL_HEAD
		"glustershd                                                     1\n"
		"unknown                                                        1\n"
		"\ntotal clients for volume sv : 1 \n" CL_DASHES "\n\n");
	free(t);
	dict_unref(d);
}

/* 10.3: a kind once (fuse2 and a second gfapi not shown), other names
 * with the count shown last, the total of the kinds shown */
static void test_client_list_text_kinds(void **state)
{
	const char *const kv[] = {
		"client-count", "9", "client0.name", "glustershd",
		"client1.name", "fuse", "client2.name", "gfapi",
		"client3.name", "foo", "client4.name", "rebalance",
		"client5.name", "quotad", "client6.name", "snapd",
		"client7.name", "fuse2", "client8.name", "gfapi",
		"fuse-count", "2", "gfapi-count", "2",
		"glustershd-count", "1", "quotad-count", "1",
		"rebalance-count", "1", "snapd-count", "1", NULL,
	};
	struct dict *d = client_list_reply(kv);
	char *t = client_list_text(d);

	(void)state;
	assert_string_equal(t, "Client connections for volume sv\n" CL_HEAD
		"glustershd                                                     1\n"
		"fuse                                                           2\n"
		"gfapi                                                          2\n"
		"foo                                                            2\n"
		"rebalance                                                      1\n"
		"quotad                                                         1\n"
		"snapd                                                          1\n"
		"\ntotal clients for volume sv : 8 \n" CL_DASHES "\n\n");
	free(t);
	dict_unref(d);
}

/* 10.3: no client-count (every brick refused): no table; a name with no
 * count before it shows 0; a missing name is skipped */
static void test_client_list_text_edges(void **state)
{
	const char *const none[] = { NULL };
	const char *const kv[] = {
		"client-count", "3", "client0.name", "unknown",
		"client2.name", "a-very-long-client-name-longer-than-"
		"forty-eight-columns", NULL,
	};
	struct dict *d = client_list_reply(none);
	char *t = client_list_text(d);

	(void)state;
	assert_string_equal(t, "Client connections for volume sv\n"
		"\ntotal clients for volume sv : 0 \n" CL_DASHES "\n\n");
	free(t);
	dict_unref(d);
	d = client_list_reply(kv);
	t = client_list_text(d);
	assert_string_equal(t, "Client connections for volume sv\n" CL_HEAD
		"unknown                                                        0\n"
		"a-very-long-client-name-longer-than-forty-eight-columns               0\n"
		"\ntotal clients for volume sv : 0 \n" CL_DASHES "\n\n");
	free(t);
	dict_unref(d);
}

/* Counts from the wire are bounded; the entries still decode. */
static void test_client_list_bounds(void **state)
{
	const char *const big[] = { "client-count", "1000000000", NULL };
	const char *const bad[] = { "client-count", "many", NULL };
	const char *const neg[] = { "client-count", "-5", NULL };
	struct cli_status_rsp r;
	const char *key = NULL;
	struct dict *d = client_list_reply(big);

	(void)state;
	assert_int_equal(cli_status_rsp_decode(d, &r, &key), -EINVAL);
	assert_string_equal(key, "client-count");
	cli_status_rsp_release(&r);
	dict_unref(d);
	d = client_list_reply(bad);
	assert_int_equal(cli_status_rsp_decode(d, &r, NULL), -EINVAL);
	cli_status_rsp_release(&r);
	dict_unref(d);
	d = client_list_reply(neg);
	assert_int_equal(cli_status_rsp_decode(d, &r, NULL), 0);
	assert_true(r.clients.present);
	assert_int_equal(r.clients.count, 0);
	assert_int_equal(r.nbricks, 2);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

/* Encode and decode agree, names and kind counts as they are. */
static void test_client_list_round_trip(void **state)
{
	const char *const kv[] = {
		"client-count", "2", "client0.name", "fuse",
		"client1.name", "x", "fuse-count", "3", NULL,
	};
	struct dict *d = client_list_reply(kv), *e = dict_new();
	struct cli_status_rsp r, r2;

	(void)state;
	assert_int_equal(cli_status_rsp_decode(d, &r, NULL), 0);
	assert_int_equal(cli_status_rsp_encode(&r, e), 0);
	assert_int_equal(cli_status_rsp_decode(e, &r2, NULL), 0);
	assert_int_equal(r2.clients.count, 2);
	assert_string_equal(r2.clients.names[1], "x");
	assert_true(r2.clients.has_kind[CLI_CLIENT_FUSE]);
	assert_int_equal(r2.clients.kind_count[CLI_CLIENT_FUSE], 3);
	assert_false(r2.clients.has_kind[CLI_CLIENT_SHD]);
	cli_status_rsp_release(&r);
	cli_status_rsp_release(&r2);
	dict_unref(d);
	dict_unref(e);
}

static void test_plain_status_untouched(void **state)
{
	struct dict *d = reply_of(CLI_STATUS_VOL | CLI_STATUS_CLIENTS, "3");
	struct cli_status_rsp r;

	(void)state;
	assert_int_equal(cli_status_rsp_decode(d, &r, NULL), 0);
	assert_int_equal(r.nbricks, 2);
	assert_int_equal(r.nnodes, 0);
	assert_null(r.nodes);
	assert_true(r.has_count);
	assert_int_equal(r.count, 3);
	cli_status_rsp_release(&r);
	dict_unref(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_is_dump),
		cmocka_unit_test(test_mem_reply_of_10_3),
		cmocka_unit_test(test_mem_pools),
		cmocka_unit_test(test_inode_reply_of_10_3),
		cmocka_unit_test(test_fd_reply),
		cmocka_unit_test(test_callpool_reply_of_10_3),
		cmocka_unit_test(test_entries_by_index),
		cmocka_unit_test(test_tasks_only),
		cmocka_unit_test(test_oversized_counts),
		cmocka_unit_test(test_oversized_nested_counts),
		cmocka_unit_test(test_gap_lists_take_any_count),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_plain_status_untouched),
		cmocka_unit_test(test_client_kinds),
		cmocka_unit_test(test_client_list_from_brick),
		cmocka_unit_test(test_client_list_text_unknown),
		cmocka_unit_test(test_client_list_text_kinds),
		cmocka_unit_test(test_client_list_text_edges),
		cmocka_unit_test(test_client_list_bounds),
		cmocka_unit_test(test_client_list_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
