/* Tests of rpc/clnt.c, the async client. Server and client share one
 * ev_loop in this process: the loop runs until a condition holds or a
 * deadline passes. */
#include <errno.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli1-xdr.h"
#include "libglusterfs/event.h"
#include "rpc-common-xdr.h"
#include "rpc/rpc-int.h"

#define TEST_PROG 0x20000002u
#define TEST_VERS 1
#define MAXCALLS 16
#define BIG_LEN (1u << 20)

enum test_proc {
	T_ECHO = 1,
	T_DEFER,
	T_DROP,
	T_CALLBACK,
	T_CLOSE,
	T_GARBAGE,
	T_BIG,
	T_MAX
};

static struct {
	struct ev_loop *loop;
	struct rpc_listener *l;
	char dir[64], path[128];
	uint32_t last_xid;
	int connects, disconnects;
	int ncalls;
	int status[MAXCALLS];
	int op_ret[MAXCALLS];
	char dict[MAXCALLS][16];
	struct rpc_clnt *clnt;
	bool free_in_cb;
} t;

/* ---------------- server side ---------------- */

static int reply(struct rpc_call *call, int op_ret, const char *errstr,
		 const void *dict, size_t dlen)
{
	gf_cli_rsp rsp = {
		.op_ret = op_ret, .op_errstr = (char *)(uintptr_t)errstr,
		.dict = { (u_int)dlen, (char *)(uintptr_t)dict },
	};

	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_cli_rsp, &rsp);
	return 0;
}

static int t_echo(struct rpc_call *call)
{
	gf_cli_req req = { 0 };

	t.last_xid = call->xid;
	if (rpc_call_decode(call, (xdrproc_t)xdr_gf_cli_req, &req) < 0)
		return -EBADMSG;
	reply(call, (int)call->xid, "", req.dict.dict_val, req.dict.dict_len);
	xdr_free((xdrproc_t)xdr_gf_cli_req, (char *)&req);
	return 0;
}

static void defer_fire(struct ev_loop *loop, void *arg)
{
	struct rpc_call *call = arg;

	(void)loop;
	reply(call, (int)call->xid, "", NULL, 0);
}

static int t_defer(struct rpc_call *call)
{
	return ev_timer_add(t.loop, 60, defer_fire, call) ? 0 : -ENOMEM;
}

static int t_drop(struct rpc_call *call)
{
	rpc_call_drop(call);
	return 0;
}

static int t_callback(struct rpc_call *call)
{
	(void)rpc_conn_send_call(call->conn, GD_PROG_CBK, GD_PROG_CBK_VERS, 1,
				 NULL, NULL);
	return reply(call, (int)call->xid, "", NULL, 0);
}

static int t_close(struct rpc_call *call)
{
	rpc_conn_close(call->conn);
	rpc_call_drop(call);
	return 0;
}

static int t_garbage(struct rpc_call *call)
{
	(void)call;
	return -EBADMSG;
}

static int t_big(struct rpc_call *call)
{
	char *s = malloc(BIG_LEN + 1);

	if (!s)
		return -ENOMEM;
	memset(s, 'y', BIG_LEN);
	s[BIG_LEN] = '\0';
	reply(call, (int)call->xid, s, NULL, 0);
	free(s);
	return 0;
}

static const struct rpc_actor actors[T_MAX] = {
	[T_ECHO] = { "ECHO", t_echo },
	[T_DEFER] = { "DEFER", t_defer },
	[T_DROP] = { "DROP", t_drop },
	[T_CALLBACK] = { "CALLBACK", t_callback },
	[T_CLOSE] = { "CLOSE", t_close },
	[T_GARBAGE] = { "GARBAGE", t_garbage },
	[T_BIG] = { "BIG", t_big },
};

static const struct rpc_program prog = {
	.name = "Clnt test", .prognum = TEST_PROG, .progver = TEST_VERS,
	.actors = actors, .nactors = T_MAX,
};

static void listen_unix(void)
{
	const struct rpc_program *progs[] = { &prog };

	assert_int_equal(rpc_listen_unix(t.loop, t.path, progs, 1, NULL,
					 &t.l), 0);
}

/* ---------------- client side ---------------- */

static void notify(struct rpc_clnt *c, enum rpc_clnt_event ev, void *arg)
{
	assert_ptr_equal(arg, &t);
	assert_ptr_equal(c, t.clnt);
	if (ev == RPC_CLNT_CONNECT)
		t.connects++;
	else
		t.disconnects++;
}

static void done(int status, void *res, void *arg)
{
	int i = (int)(intptr_t)arg;
	gf_cli_rsp *rsp = res;

	assert_true(i >= 0 && i < MAXCALLS);
	assert_int_equal(t.status[i], 1);	/* exactly once */
	t.status[i] = status;
	t.ncalls++;
	if (status == 0 && rsp) {
		t.op_ret[i] = rsp->op_ret;
		snprintf(t.dict[i], sizeof(t.dict[i]), "%.*s",
			 (int)rsp->dict.dict_len, rsp->dict.dict_val);
		if (rsp->op_errstr && strlen(rsp->op_errstr) == BIG_LEN)
			t.op_ret[i] = -2;
	}
	if (t.free_in_cb) {
		t.free_in_cb = false;
		t.clnt = rpc_clnt_free(t.clnt);
	}
}

static int call(int i, uint32_t proc, const char *dict, int tmo)
{
	gf_cli_req req = { .dict = { dict ? (u_int)strlen(dict) : 0,
				     (char *)(uintptr_t)dict } };

	t.status[i] = 1;	/* pending */
	return rpc_clnt_call(t.clnt, TEST_PROG, TEST_VERS, proc,
			     (xdrproc_t)xdr_gf_cli_req, &req,
			     (xdrproc_t)xdr_gf_cli_rsp, sizeof(gf_cli_rsp),
			     tmo, done, (void *)(intptr_t)i);
}

/* ---------------- running the loop ---------------- */

static bool (*wait_pred)(void);
static uint64_t wait_deadline;

static void wait_tick(struct ev_loop *loop, void *arg)
{
	(void)arg;
	if (wait_pred() || ev_now_ms() >= wait_deadline)
		ev_loop_stop(loop);
	else
		assert_non_null(ev_timer_add(loop, 2, wait_tick, NULL));
}

static bool run_until(bool (*pred)(void), unsigned ms)
{
	wait_pred = pred;
	wait_deadline = ev_now_ms() + ms;
	assert_non_null(ev_timer_add(t.loop, 0, wait_tick, NULL));
	assert_int_equal(ev_loop_run(t.loop), 0);
	return pred();
}

static bool never(void)
{
	return false;
}

static void run_for(unsigned ms)
{
	(void)run_until(never, ms);
}

static int want_calls, want_connects;

static bool calls_done(void)
{
	return t.ncalls >= want_calls;
}

static bool connected(void)
{
	return t.connects >= want_connects;
}

static void wait_calls(int n)
{
	want_calls = n;
	assert_true(run_until(calls_done, 3000));
}

static void wait_connects(int n)
{
	want_connects = n;
	assert_true(run_until(connected, 3000));
}

static int setup(void **state)
{
	(void)state;
	memset(&t, 0, sizeof(t));
	snprintf(t.dir, sizeof(t.dir), "/tmp/test-clnt-XXXXXX");
	if (!mkdtemp(t.dir))
		return -1;
	snprintf(t.path, sizeof(t.path), "%s/s.sock", t.dir);
	t.loop = ev_loop_new();
	return t.loop ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	t.clnt = rpc_clnt_free(t.clnt);
	t.l = rpc_listener_free(t.l);
	run_for(20);	/* let deferred frees happen */
	t.loop = ev_loop_free(t.loop);
	unlink(t.path);
	rmdir(t.dir);
	return 0;
}

static void connect_unix(unsigned reconnect_ms)
{
	assert_int_equal(rpc_clnt_new_unix(t.loop, t.path, reconnect_ms,
					   notify, &t, &t.clnt), 0);
	/* never connected synchronously */
	assert_false(rpc_clnt_is_connected(t.clnt));
	assert_int_equal(t.connects, 0);
}

/* ---------------- tests ---------------- */

static void test_connect_and_call(void **state)
{
	(void)state;
	listen_unix();
	connect_unix(50);
	assert_int_equal(call(0, T_ECHO, "x", 0), -ENOTCONN);
	wait_connects(1);
	assert_true(rpc_clnt_is_connected(t.clnt));
	assert_int_equal(call(0, T_ECHO, "abc", 1000), 0);
	assert_int_equal(t.ncalls, 0);	/* never from inside the call */
	wait_calls(1);
	assert_int_equal(t.status[0], 0);
	assert_string_equal(t.dict[0], "abc");
	assert_int_equal(t.last_xid, 2);
	assert_int_equal(call(1, T_ECHO, "de", 1000), 0);
	wait_calls(2);
	assert_int_equal(t.last_xid, 3);
	assert_int_equal(t.op_ret[1], 3);
	assert_string_equal(t.dict[1], "de");
}

/* Replies are matched by xid, whatever their order. */
static void test_outstanding_calls(void **state)
{
	(void)state;
	listen_unix();
	connect_unix(50);
	wait_connects(1);
	assert_int_equal(call(0, T_DEFER, NULL, 1000), 0);
	assert_int_equal(call(1, T_ECHO, "e", 1000), 0);
	assert_int_equal(call(2, T_CALLBACK, NULL, 1000), 0);
	assert_int_equal(call(3, T_DEFER, NULL, 1000), 0);
	wait_calls(2);
	assert_int_equal(t.status[1], 0);
	assert_int_equal(t.status[2], 0);
	assert_int_equal(t.status[0], 1);
	wait_calls(4);
	for (int i = 0; i < 4; i++) {
		assert_int_equal(t.status[i], 0);
		assert_int_equal(t.op_ret[i], 2 + i);
	}
}

static void test_timeout_and_errors(void **state)
{
	gf_cli_req req = { 0 };

	(void)state;
	listen_unix();
	connect_unix(50);
	wait_connects(1);
	assert_int_equal(call(0, T_DROP, NULL, 80), 0);
	assert_int_equal(call(1, T_GARBAGE, NULL, 1000), 0);
	wait_calls(2);
	assert_int_equal(t.status[1], -EPROTO);
	assert_int_equal(t.status[0], -ETIMEDOUT);
	/* unknown program */
	t.status[2] = 1;
	assert_int_equal(rpc_clnt_call(t.clnt, 999, 1, 1, NULL, NULL, NULL, 0,
				       1000, done, (void *)2), 0);
	/* a result that does not decode: gf_cli_rsp read as a DUMP reply */
	t.status[3] = 1;
	assert_int_equal(rpc_clnt_call(t.clnt, TEST_PROG, TEST_VERS, T_ECHO,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_dump_rsp,
				       sizeof(gf_dump_rsp), 1000, done,
				       (void *)3), 0);
	/* no reply awaited */
	assert_int_equal(rpc_clnt_call(t.clnt, TEST_PROG, TEST_VERS, T_DROP,
				       NULL, NULL, NULL, 0, 0, NULL, NULL), 0);
	wait_calls(4);
	assert_int_equal(t.status[2], -EPROTO);
	assert_int_equal(t.status[3], -EBADMSG);
	/* still connected and working */
	assert_int_equal(call(4, T_BIG, NULL, 3000), 0);
	wait_calls(5);
	assert_int_equal(t.status[4], 0);
	assert_int_equal(t.op_ret[4], -2);
	assert_int_equal(t.disconnects, 0);
}

/* The server closes: pending calls fail, DISCONNECT, then reconnect. */
static void test_disconnect_reconnect(void **state)
{
	(void)state;
	listen_unix();
	connect_unix(30);
	wait_connects(1);
	assert_int_equal(call(0, T_DEFER, NULL, 0), 0);
	assert_int_equal(call(1, T_CLOSE, NULL, 0), 0);
	wait_calls(2);
	assert_int_equal(t.status[0], -ENOTCONN);
	assert_int_equal(t.status[1], -ENOTCONN);
	assert_int_equal(t.disconnects, 1);
	assert_false(rpc_clnt_is_connected(t.clnt));
	assert_int_equal(call(2, T_ECHO, NULL, 0), -ENOTCONN);
	wait_connects(2);
	assert_int_equal(call(2, T_ECHO, "r", 1000), 0);
	wait_calls(3);
	assert_string_equal(t.dict[2], "r");
	/* the listener goes away */
	assert_int_equal(call(3, T_DEFER, NULL, 0), 0);
	t.l = rpc_listener_free(t.l);
	wait_calls(4);
	assert_int_equal(t.status[3], -ENOTCONN);
	assert_int_equal(t.disconnects, 2);
	/* and comes back */
	run_for(100);
	assert_int_equal(t.connects, 2);
	listen_unix();
	wait_connects(3);
}

static void test_disable_enable(void **state)
{
	(void)state;
	listen_unix();
	connect_unix(20);
	wait_connects(1);
	assert_int_equal(call(0, T_DROP, NULL, 0), 0);
	rpc_clnt_disable(t.clnt);
	assert_int_equal(t.status[0], -ECANCELED);
	assert_int_equal(t.disconnects, 1);
	run_for(100);
	assert_int_equal(t.connects, 1);
	rpc_clnt_disable(t.clnt);	/* twice is fine */
	assert_int_equal(t.disconnects, 1);
	assert_int_equal(rpc_clnt_enable(t.clnt), 0);
	wait_connects(2);
}

/* Connect once (reconnect_ms 0) to nothing: no notify, no retry. */
static void test_no_listener(void **state)
{
	(void)state;
	connect_unix(0);
	run_for(60);
	assert_int_equal(t.connects, 0);
	t.clnt = rpc_clnt_free(t.clnt);
	connect_unix(10);
	run_for(60);
	assert_int_equal(t.connects, 0);
	listen_unix();
	wait_connects(1);
}

static void test_free_with_pending(void **state)
{
	(void)state;
	listen_unix();
	connect_unix(20);
	wait_connects(1);
	assert_int_equal(call(0, T_DROP, NULL, 0), 0);
	assert_int_equal(call(1, T_DEFER, NULL, 0), 0);
	t.clnt = rpc_clnt_free(t.clnt);
	assert_int_equal(t.status[0], -ECANCELED);
	assert_int_equal(t.status[1], -ECANCELED);
	assert_int_equal(t.disconnects, 0);
	run_for(100);
}

static void test_free_in_callback(void **state)
{
	(void)state;
	listen_unix();
	connect_unix(20);
	wait_connects(1);
	assert_int_equal(call(0, T_ECHO, "a", 0), 0);
	assert_int_equal(call(1, T_DEFER, NULL, 0), 0);
	t.free_in_cb = true;
	wait_calls(2);
	assert_null(t.clnt);
	assert_int_equal(t.status[0], 0);
	assert_int_equal(t.status[1], -ECANCELED);
	run_for(100);
}

static bool dump_done;

static void dump_cb(int status, void *res, void *arg)
{
	gf_dump_rsp *rsp = res;

	(void)arg;
	assert_int_equal(status, 0);
	assert_int_equal(rsp->gfs_id, 0);
	assert_non_null(rsp->prog);
	assert_string_equal(rsp->prog->progname, "GF-DUMP");
	assert_non_null(rsp->prog->next);
	assert_int_equal(rsp->prog->next->prognum, TEST_PROG);
	assert_null(rsp->prog->next->next);
	dump_done = true;
}

static bool dumped(void)
{
	return dump_done;
}

static void test_tcp(void **state)
{
	const struct rpc_program *progs[] = { &prog };
	gf_dump_req req = { .gfs_id = 0xcafe };
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t sl = sizeof(sa);
	uint16_t port;
	int fd;

	(void)state;
	/* nobody listening: no CONNECT */
	fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sl), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &sl), 0);
	close(fd);
	assert_int_equal(rpc_clnt_new_tcp(t.loop, "127.0.0.1",
					  ntohs(sa.sin_port), 10, notify, &t,
					  &t.clnt), 0);
	run_for(50);
	assert_int_equal(t.connects, 0);
	t.clnt = rpc_clnt_free(t.clnt);

	assert_int_equal(rpc_listen_tcp(t.loop, "127.0.0.1", 0, progs, 1, NULL,
					&t.l), 0);
	port = rpc_listener_port(t.l);
	assert_true(port > 0);
	assert_int_equal(rpc_clnt_new_tcp(t.loop, "localhost", port, 50,
					  notify, &t, &t.clnt), 0);
	wait_connects(1);
	dump_done = false;
	assert_int_equal(rpc_clnt_call(t.clnt, GD_PROG_DUMP, 1, GF_DUMP_DUMP,
				       (xdrproc_t)xdr_gf_dump_req, &req,
				       (xdrproc_t)xdr_gf_dump_rsp,
				       sizeof(gf_dump_rsp), 1000, dump_cb,
				       NULL), 0);
	assert_true(run_until(dumped, 3000));
}

static void test_bad_args(void **state)
{
	char longpath[200];
	struct rpc_clnt *c = NULL;

	(void)state;
	memset(longpath, 'a', sizeof(longpath) - 1);
	longpath[sizeof(longpath) - 1] = '\0';
	assert_int_equal(rpc_clnt_new_unix(t.loop, longpath, 10, NULL, NULL,
					   &c), -ENAMETOOLONG);
	assert_null(c);
	assert_null(rpc_clnt_free(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_connect_and_call, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_outstanding_calls, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_timeout_and_errors, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_disconnect_reconnect,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_disable_enable, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_no_listener, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_free_with_pending, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_free_in_callback, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_tcp, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_args, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
