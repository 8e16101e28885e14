/* Unit tests of glusterd/brick-op.c against a fake brick process (a
 * brick-operations program on a unix socket in this process): an answer,
 * a refused connection, a process that never answers; and of the pure
 * helpers of glusterd/brick-facts.c. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "glusterd1-xdr.h"
#include "glusterd/brick-op.h"
#include "glusterd/status.h"
#include "libglusterfs/dict.h"
#include "libglusterfs/event.h"
#include "rpc/rpc.h"

static struct {
	char dir[64];
	char sock[128];
	struct ev_loop *loop;
	struct rpc_listener *l;
	bool silent;		/* the fake brick keeps calls unanswered */
	struct rpc_call *kept;
	/* what the fake brick received */
	int op;
	char brick_name[128];
	/* what the callback got */
	int calls, status, op_ret;
	char errstr[64];
	char value[64];
} t;

static int fake_status(struct rpc_call *call)
{
	gd1_mgmt_brick_op_req req = { 0 };
	gd1_mgmt_brick_op_rsp rsp = { .op_errstr = (char *)"" };
	struct dict *in = NULL, *out = dict_new();
	size_t len = 0;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gd1_mgmt_brick_op_req,
			    &req) < 0)
		return -EBADMSG;
	t.op = req.op;
	if (dict_unserialize(req.input.input_val, req.input.input_len,
			     &in) == 0 && dict_get_str(in, "brick-name"))
		snprintf(t.brick_name, sizeof(t.brick_name), "%s",
			 dict_get_str(in, "brick-name"));
	dict_unref(in);
	xdr_free((xdrproc_t)xdr_gd1_mgmt_brick_op_req, (char *)&req);
	if (t.silent) {
		t.kept = call;
		dict_unref(out);
		return 0;
	}
	assert_int_equal(dict_set_str(out, "mallinfo.arena", "8646656"), 0);
	assert_int_equal(dict_serialize(out, &rsp.output.output_val, &len), 0);
	rsp.output.output_len = (u_int)len;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_gd1_mgmt_brick_op_rsp, &rsp);
	free(rsp.output.output_val);
	dict_unref(out);
	return 0;
}

static const struct rpc_actor fake_actors[GLUSTERD_BRICK_MAXVALUE] = {
	[GLUSTERD_BRICK_STATUS] = { "STATUS", fake_status },
};

static int setup(void **state)
{
	static const struct rpc_program prog = {
		.name = "GlusterFS Brick operations", .prognum = GD_PROG_BRICK,
		.progver = GD_PROG_BRICK_VERS, .actors = fake_actors,
		.nactors = GLUSTERD_BRICK_MAXVALUE,
	};
	static const struct rpc_program *const progs[] = { &prog };

	(void)state;
	memset(&t, 0, sizeof(t));
	snprintf(t.dir, sizeof(t.dir), "/tmp/test-brick-op.XXXXXX");
	assert_non_null(mkdtemp(t.dir));
	snprintf(t.sock, sizeof(t.sock), "%s/brick.sock", t.dir);
	t.loop = ev_loop_new();
	assert_non_null(t.loop);
	assert_int_equal(rpc_listen_unix(t.loop, t.sock, progs, 1, NULL,
					 &t.l), 0);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	if (t.kept)
		rpc_call_drop(t.kept);
	t.l = rpc_listener_free(t.l);
	t.loop = ev_loop_free(t.loop);
	(void)unlink(t.sock);
	return rmdir(t.dir);
}

static void answered(int status, int op_ret, const char *errstr,
		     const struct dict *out, void *arg)
{
	const char *v = out ? dict_get_str(out, "mallinfo.arena") : NULL;

	assert_ptr_equal(arg, &t);
	t.calls++;
	t.status = status;
	t.op_ret = op_ret;
	snprintf(t.errstr, sizeof(t.errstr), "%s", errstr);
	snprintf(t.value, sizeof(t.value), "%s", v ? v : "");
	if (status < 0)
		assert_null(out);
	ev_loop_stop(t.loop);
}

static void guard(struct ev_loop *loop, void *arg)
{
	(void)arg;
	ev_loop_stop(loop);
}

/* Sends and runs the loop until the callback (or 5 s). */
static void send_and_wait(const char *sock, unsigned timeout_ms)
{
	struct dict *in = dict_new();
	struct ev_timer *g = ev_timer_add(t.loop, 5000, guard, NULL);

	assert_int_equal(dict_set_str(in, "brick-name", "/bricks/b1"), 0);
	assert_int_equal(gd_brick_op_send(t.loop, sock, GLUSTERD_BRICK_STATUS,
					  "", in, timeout_ms, answered, &t),
			 0);
	dict_unref(in);
	assert_int_equal(t.calls, 0);	/* never from inside the send */
	assert_int_equal(ev_loop_run(t.loop), 0);
	if (t.calls)
		ev_timer_del(g);
}

static void test_answer(void **state)
{
	(void)state;
	send_and_wait(t.sock, 2000);
	assert_int_equal(t.calls, 1);
	assert_int_equal(t.status, 0);
	assert_int_equal(t.op_ret, 0);
	assert_string_equal(t.value, "8646656");
	assert_int_equal(t.op, GLUSTERD_BRICK_STATUS);
	assert_string_equal(t.brick_name, "/bricks/b1");
}

static void test_refused(void **state)
{
	char gone[160];

	(void)state;
	snprintf(gone, sizeof(gone), "%s/none.sock", t.dir);
	send_and_wait(gone, 2000);
	assert_int_equal(t.calls, 1);
	assert_int_equal(t.status, -ECONNREFUSED);
	assert_int_equal(t.op_ret, -1);
	assert_string_equal(t.errstr, "");
}

static void test_silent(void **state)
{
	(void)state;
	t.silent = true;
	send_and_wait(t.sock, 200);
	assert_int_equal(t.calls, 1);
	assert_int_equal(t.status, -ETIMEDOUT);
	assert_non_null(t.kept);
}

static void test_inode_size_parse(void **state)
{
	static const char xfs[] =
		"meta-data=/dev/vdb1              isize=512    agcount=4, "
		"agsize=65536 blks\n         =                       sectsz=512\n";
	static const char ext4[] =
		"Inode count:              65536\nInode size:\t          256\n"
		"Required extra isize:     32\n";
	char *v;

	(void)state;
	v = gd_brick__inode_size_parse(xfs, "isize=");
	assert_string_equal(v, "512");
	free(v);
	v = gd_brick__inode_size_parse(ext4, "Inode size:");
	assert_string_equal(v, "256");
	free(v);
	assert_null(gd_brick__inode_size_parse(ext4, "isize="));
	assert_null(gd_brick__inode_size_parse("Inode size:\n", "Inode size:"));
}

static void test_mount_root(void **state)
{
	char *r;

	(void)state;
	r = gd_brick__mount_root("/");
	assert_string_equal(r, "/");
	free(r);
	r = gd_brick__mount_root(t.dir);
	assert_non_null(r);
	assert_memory_equal(r, t.dir, strlen(r));	/* a prefix of it */
	free(r);
	assert_null(gd_brick__mount_root("/nonexistent/brick/dir"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_answer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_silent, setup, teardown),
		cmocka_unit_test(test_inode_size_parse),
		cmocka_unit_test_setup_teardown(test_mount_root, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
