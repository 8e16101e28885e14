/* Tests of rpc/server.c and rpc/sync.c.
 *
 * The group setup forks a child that runs a server on an ev_loop: a unix
 * listener serving a test program, a CLI program (GET_VOLUME) and a
 * portmap program (SIGNIN), and a TCP listener on 127.0.0.1 serving the
 * CLI program only. The parent talks to it with rpc_sync and with raw
 * sockets, comparing bytes with the dumps of reference/wire.md section 11.
 * The sync client is also tested alone against a raw server in-process.
 */
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli1-xdr.h"
#include "libglusterfs/event.h"
#include "portmap-xdr.h"
#include "rpc-common-xdr.h"
#include "rpc/rpc-int.h"

#define TEST_PROG 0x20000001u
#define TEST_VERS 1
#define TMO 3000

enum test_proc {
	T_ECHO = 1,
	T_GARBAGE,
	T_DEFER,
	T_CALLBACK,
	T_DROP,
	T_NULLACT,
	T_BIG,
	T_COUNT,
	T_LOCAL,
	T_STOP,
	T_SYSERR,
	T_CLOSE,
	T_MAX
};

#define BIG_LEN (1u << 20)

static const char *const V2_CRED =
	"0005f397 00000018 00000000 00000000 00000000 00000000"
	" 00000004 00000000";

/* wire.md 11: GET_VOLUME {flags:"3"} call and {count:"0"} reply */
static const char *const GETVOL_CALL =
	"80000058 00000002 00000000 00000002 0012e5bf 00000002 00000005"
	" 0005f397 00000018 00000000 00000000 00000000 00000000 00000004"
	" 00000000 00000000 00000000"
	" 00000014 00000001 00000005 00000002 666c6167 73003300";
static const char *const GETVOL_REPLY =
	"8000003c 00000002 00000001 00000000 00000000 00000000 00000000"
	" 00000000 00000000 00000000"
	" 00000014 00000001 00000005 00000002 636f756e 74003000";
static const char DICT_FLAGS3[] = "\0\0\0\1\0\0\0\5\0\0\0\2flags\0" "3";
static const char DICT_COUNT0[] = "\0\0\0\1\0\0\0\5\0\0\0\2count\0" "0";

static char sock_path[108];
static char tmp_dir[64];
static uint16_t tcp_port;
static pid_t server_pid;

/* ---------------- the server (child) ---------------- */

static struct {
	struct ev_loop *loop;
	struct rpc_listener *ul, *tl;
	int connects, disconnects;
} srv;

static int reply_rsp(struct rpc_call *call, int op_ret, int op_errno,
		     const char *errstr, const void *dict, size_t dlen)
{
	gf_cli_rsp rsp = {
		.op_ret = op_ret, .op_errno = op_errno,
		.op_errstr = (char *)(uintptr_t)errstr,
		.dict = { .dict_len = (u_int)dlen,
			  .dict_val = (char *)(uintptr_t)dict },
	};

	(void)rpc_call_reply(call, (xdrproc_t)xdr_gf_cli_rsp, &rsp);
	return 0;
}

static int t_echo(struct rpc_call *call)
{
	gf_cli_req req = { 0 };

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf_cli_req, &req) < 0)
		return -EBADMSG;
	reply_rsp(call, 0, 0, "", req.dict.dict_val, req.dict.dict_len);
	xdr_free((xdrproc_t)xdr_gf_cli_req, (char *)&req);
	return 0;
}

static int t_garbage(struct rpc_call *call)
{
	(void)call;
	return -EBADMSG;
}

static void defer_fire(struct ev_loop *loop, void *arg)
{
	(void)loop;
	reply_rsp(arg, 7, 0, "later", NULL, 0);
}

static int t_defer(struct rpc_call *call)
{
	return ev_timer_add(srv.loop, 50, defer_fire, call) ? 0 : -ENOMEM;
}

static int t_callback(struct rpc_call *call)
{
	int r = rpc_conn_send_call(call->conn, GD_PROG_CBK, GD_PROG_CBK_VERS,
				   1, NULL, NULL);

	return reply_rsp(call, r, 0, "", NULL, 0);
}

static int t_drop(struct rpc_call *call)
{
	rpc_call_drop(call);
	return 0;
}

static int t_big(struct rpc_call *call)
{
	char *s = malloc(BIG_LEN + 1);

	if (!s)
		return -ENOMEM;
	memset(s, 'x', BIG_LEN);
	s[BIG_LEN] = '\0';
	reply_rsp(call, BIG_LEN, 0, s, NULL, 0);
	free(s);
	return 0;
}

static int t_count(struct rpc_call *call)
{
	return reply_rsp(call, srv.connects, srv.disconnects, "", NULL, 0);
}

static int t_local(struct rpc_call *call)
{
	return reply_rsp(call, rpc_conn_is_local(call->conn),
			 rpc_conn_family(call->conn),
			 rpc_conn_peer_addr(call->conn), NULL, 0);
}

static void stop_fire(struct ev_loop *loop, void *arg)
{
	(void)arg;
	ev_loop_stop(loop);
}

static int t_stop(struct rpc_call *call)
{
	(void)ev_timer_add(srv.loop, 20, stop_fire, NULL);
	return reply_rsp(call, 0, 0, "", NULL, 0);
}

static int t_syserr(struct rpc_call *call)
{
	(void)call;
	return -EIO;
}

static int t_close(struct rpc_call *call)
{
	rpc_conn_close(call->conn);
	/* discarded: the connection is closing */
	return reply_rsp(call, rpc_conn_is_closed(call->conn), 0, "", NULL,
			 0);
}

static const struct rpc_actor test_actors[T_MAX] = {
	[T_ECHO] = { "ECHO", t_echo },
	[T_GARBAGE] = { "GARBAGE", t_garbage },
	[T_DEFER] = { "DEFER", t_defer },
	[T_CALLBACK] = { "CALLBACK", t_callback },
	[T_DROP] = { "DROP", t_drop },
	[T_NULLACT] = { "NULLACT", NULL },
	[T_BIG] = { "BIG", t_big },
	[T_COUNT] = { "COUNT", t_count },
	[T_LOCAL] = { "LOCAL", t_local },
	[T_STOP] = { "STOP", t_stop },
	[T_SYSERR] = { "SYSERR", t_syserr },
	[T_CLOSE] = { "CLOSE", t_close },
};

/* GET_VOLUME: only {flags:"3"} decodes; replies {count:"0"}. */
static int cli_getvol(struct rpc_call *call)
{
	gf_cli_req req = { 0 };
	bool ok;

	if (rpc_call_decode(call, (xdrproc_t)xdr_gf_cli_req, &req) < 0)
		return -EBADMSG;
	ok = req.dict.dict_len == sizeof(DICT_FLAGS3) &&
	     memcmp(req.dict.dict_val, DICT_FLAGS3, sizeof(DICT_FLAGS3)) == 0;
	xdr_free((xdrproc_t)xdr_gf_cli_req, (char *)&req);
	if (!ok)
		return -EBADMSG;
	return reply_rsp(call, 0, 0, "", DICT_COUNT0, sizeof(DICT_COUNT0));
}

static const struct rpc_actor cli_actors[6] = {
	[5] = { "GET_VOLUME", cli_getvol },
};

static int pmap_signin(struct rpc_call *call)
{
	pmap_signin_req req = { 0 };
	pmap_signin_rsp rsp = { 0 };
	bool ok;

	if (rpc_call_decode(call, (xdrproc_t)xdr_pmap_signin_req, &req) < 0)
		return -EBADMSG;
	ok = strcmp(req.brick, "/data/b1") == 0 && req.port == 49153 &&
	     req.pid == 1234;
	xdr_free((xdrproc_t)xdr_pmap_signin_req, (char *)&req);
	if (!ok)
		return -EBADMSG;
	(void)rpc_call_reply(call, (xdrproc_t)xdr_pmap_signin_rsp, &rsp);
	return 0;
}

static const struct rpc_actor pmap_actors[GF_PMAP_MAXVALUE] = {
	[GF_PMAP_SIGNIN] = { "SIGNIN", pmap_signin },
};

static const struct rpc_program test_prog = {
	.name = "Test program", .prognum = TEST_PROG, .progver = TEST_VERS,
	.actors = test_actors, .nactors = T_MAX,
};
static const struct rpc_program cli_prog = {
	.name = "GlusterD svc cli", .prognum = GD_PROG_CLI,
	.progver = GD_PROG_CLI_VERS, .actors = cli_actors, .nactors = 6,
};
static const struct rpc_program pmap_prog = {
	.name = "Gluster Portmap", .prognum = GD_PROG_PMAP,
	.progver = GD_PROG_PMAP_VERS, .actors = pmap_actors,
	.nactors = GF_PMAP_MAXVALUE,
};

static void on_connect(struct rpc_conn *c, void *ctx)
{
	(void)ctx;
	rpc_conn_set_data(c, &srv);
	srv.connects++;
}

static void on_disconnect(struct rpc_conn *c, void *ctx)
{
	(void)ctx;
	if (rpc_conn_get_data(c) == &srv)
		srv.disconnects++;
}

static void server_main(int port_fd)
{
	const struct rpc_program *unix_progs[] = { &test_prog, &cli_prog,
						   &pmap_prog };
	const struct rpc_program *tcp_progs[] = { &test_prog, &cli_prog };
	const struct rpc_listener_ops ops = { on_connect, on_disconnect, NULL };
	uint16_t port;

	srv.loop = ev_loop_new();
	if (!srv.loop ||
	    rpc_listen_unix(srv.loop, sock_path, unix_progs, 3, &ops,
			    &srv.ul) < 0 ||
	    rpc_listen_tcp(srv.loop, "127.0.0.1", 0, tcp_progs, 2, &ops,
			   &srv.tl) < 0)
		_exit(2);
	port = rpc_listener_port(srv.tl);
	if (write(port_fd, &port, sizeof(port)) != sizeof(port))
		_exit(3);
	close(port_fd);
	if (ev_loop_run(srv.loop) < 0)
		_exit(4);
	srv.ul = rpc_listener_free(srv.ul);
	srv.tl = rpc_listener_free(srv.tl);
	srv.loop = ev_loop_free(srv.loop);
	exit(0);	/* not _exit: lets LeakSanitizer check the server */
}

static int group_setup(void **state)
{
	int p[2];

	(void)state;
	signal(SIGPIPE, SIG_IGN);
	snprintf(tmp_dir, sizeof(tmp_dir), "/tmp/test-rpc-XXXXXX");
	if (!mkdtemp(tmp_dir) || pipe(p) < 0)
		return -1;
	snprintf(sock_path, sizeof(sock_path), "%s/srv.sock", tmp_dir);
	server_pid = fork();
	if (server_pid < 0)
		return -1;
	if (server_pid == 0) {
		close(p[0]);
		server_main(p[1]);
	}
	close(p[1]);
	if (read(p[0], &tcp_port, sizeof(tcp_port)) != sizeof(tcp_port))
		return -1;
	close(p[0]);
	return 0;
}

/* ---------------- parent helpers ---------------- */

static size_t hex(const char *s, uint8_t *out)
{
	size_t n = 0;

	while (*s) {
		unsigned v;

		if (*s == ' ') {
			s++;
			continue;
		}
		assert_int_equal(sscanf(s, "%2x", &v), 1);
		out[n++] = (uint8_t)v;
		s += 2;
	}
	return n;
}

static int raw_connect(void)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct timeval tv = { .tv_sec = 3 };
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	assert_true(fd >= 0);
	strcpy(sa.sun_path, sock_path);
	assert_int_equal(connect(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return fd;
}

static void raw_send(int fd, const void *p, size_t n)
{
	assert_int_equal(send(fd, p, n, MSG_NOSIGNAL), (ssize_t)n);
}

static void raw_send_hex(int fd, const char *h)
{
	uint8_t buf[2048];

	raw_send(fd, buf, hex(h, buf));
}

static bool read_full(int fd, uint8_t *p, size_t n)
{
	while (n > 0) {
		ssize_t r = recv(fd, p, n, 0);

		if (r <= 0)
			return false;
		p += r;
		n -= (size_t)r;
	}
	return true;
}

/* Reads one single-fragment record, mark included. */
static size_t raw_read_record(int fd, uint8_t *buf, size_t max)
{
	uint32_t len;

	assert_true(read_full(fd, buf, 4));
	len = rpc__get32(buf) & RPC__MARK_LEN_MASK;
	assert_true(rpc__get32(buf) & RPC__MARK_LAST);
	assert_true(len + 4 <= max);
	assert_true(read_full(fd, buf + 4, len));
	return len + 4;
}

static void expect_hex(int fd, const char *h)
{
	uint8_t want[2048], got[2048];
	size_t n = hex(h, want), m = raw_read_record(fd, got, sizeof(got));

	assert_int_equal(m, n);
	assert_memory_equal(got, want, n);
}

/* A CALL with the v2 credential and raw args, as bytes. */
static void raw_call(int fd, uint32_t xid, uint32_t prog, uint32_t vers,
		     uint32_t proc, const char *args_hex)
{
	char h[2048];

	snprintf(h, sizeof(h), "00000000 %08x 00000000 00000002 %08x %08x %08x"
		 " %s 00000000 00000000 %s", xid, prog, vers, proc, V2_CRED,
		 args_hex ? args_hex : "");
	{
		uint8_t buf[2048];
		size_t n = hex(h, buf);

		rpc__put32(buf, RPC__MARK_LAST | (uint32_t)(n - 4));
		raw_send(fd, buf, n);
	}
}

static void expect_accept(int fd, uint32_t xid, uint32_t stat)
{
	char h[256];

	snprintf(h, sizeof(h), "80000018 %08x 00000001 00000000 00000000"
		 " 00000000 %08x", xid, stat);
	expect_hex(fd, h);
}

static void expect_ping_reply(int fd, uint32_t xid)
{
	char h[256];

	snprintf(h, sizeof(h), "80000024 %08x 00000001 00000000 00000000"
		 " 00000000 00000000 00000000 00000000 00000000", xid);
	expect_hex(fd, h);
}

static void ping(int fd, uint32_t xid)
{
	raw_call(fd, xid, GD_PROG_DUMP, 1, GF_DUMP_PING, NULL);
	expect_ping_reply(fd, xid);
}

static bool peer_closed(int fd)
{
	uint8_t b[64];
	ssize_t r;

	do {
		r = recv(fd, b, sizeof(b), 0);
	} while (r > 0);
	return r == 0 || errno == ECONNRESET;
}

static void server_alive(void)
{
	int fd = raw_connect();

	ping(fd, 0x7777);
	close(fd);
}

static struct rpc_sync *sync_unix(void)
{
	struct rpc_sync *c = NULL;

	assert_int_equal(rpc_sync_connect_unix(sock_path, TMO, &c), 0);
	assert_non_null(c);
	return c;
}

static int sync_test(struct rpc_sync *c, uint32_t proc, gf_cli_rsp *rsp,
		     int tmo)
{
	gf_cli_req req = { 0 };

	memset(rsp, 0, sizeof(*rsp));
	return rpc_sync_call(c, TEST_PROG, TEST_VERS, proc,
			     (xdrproc_t)xdr_gf_cli_req, &req,
			     (xdrproc_t)xdr_gf_cli_rsp, rsp, tmo);
}

/* ---------------- byte dumps ---------------- */

static void test_getvolume_dump(void **state)
{
	int fd = raw_connect();

	(void)state;
	raw_send_hex(fd, GETVOL_CALL);
	expect_hex(fd, GETVOL_REPLY);
	close(fd);
}

static void test_ping_dump(void **state)
{
	int fd = raw_connect();

	(void)state;
	ping(fd, 3);
	close(fd);
}

static void test_pmap_signin_dump(void **state)
{
	char h[512];
	int fd = raw_connect();

	(void)state;
	snprintf(h, sizeof(h), "80000054 00000003 00000000 00000002 0208aec0"
		 " 00000001 00000004 %s 00000000 00000000 00000008 2f646174"
		 " 612f6231 0000c001 000004d2", V2_CRED);
	raw_send_hex(fd, h);
	expect_hex(fd, "80000020 00000003 00000001 00000000 00000000 00000000"
		   " 00000000 00000000 00000000");
	close(fd);
}

/* The callback is a CALL with AUTH_NULL, xid counting from 1. */
static void test_callback_bytes(void **state)
{
	int fd = raw_connect();

	(void)state;
	for (uint32_t i = 1; i <= 2; i++) {
		char h[256];

		raw_call(fd, 40 + i, TEST_PROG, TEST_VERS, T_CALLBACK,
			 "00000000");
		snprintf(h, sizeof(h), "80000028 %08x 00000000 00000002"
			 " 0324cc42 00000001 00000001 00000000 00000000"
			 " 00000000 00000000", i);
		expect_hex(fd, h);
		snprintf(h, sizeof(h), "80000028 %08x 00000001 00000000"
			 " 00000000 00000000 00000000 00000000 00000000"
			 " 00000000 00000000", 40 + i);
		expect_hex(fd, h);
	}
	close(fd);
}

/* ---------------- reply codes ---------------- */

static void test_accept_errors(void **state)
{
	int fd = raw_connect();

	(void)state;
	raw_call(fd, 10, 999, 1, 1, NULL);
	expect_accept(fd, 10, RPC_ACC_PROG_UNAVAIL);
	raw_call(fd, 11, GD_PROG_CLI, 1, 5, "00000000");
	expect_hex(fd, "80000020 0000000b 00000001 00000000 00000000 00000000"
		   " 00000002 00000000 00000000");
	raw_call(fd, 12, GD_PROG_CLI, GD_PROG_CLI_VERS, 99, NULL);
	expect_accept(fd, 12, RPC_ACC_PROC_UNAVAIL);
	raw_call(fd, 13, GD_PROG_CLI, GD_PROG_CLI_VERS, 4, NULL);
	expect_accept(fd, 13, RPC_ACC_PROC_UNAVAIL);
	raw_call(fd, 14, GD_PROG_DUMP, 1, 0, NULL);
	expect_accept(fd, 14, RPC_ACC_PROC_UNAVAIL);
	raw_call(fd, 15, TEST_PROG, TEST_VERS, T_NULLACT, NULL);
	expect_accept(fd, 15, RPC_ACC_PROC_UNAVAIL);
	raw_call(fd, 16, TEST_PROG, TEST_VERS, T_GARBAGE, NULL);
	expect_accept(fd, 16, RPC_ACC_GARBAGE_ARGS);
	/* arguments that do not decode: dict length past the record */
	raw_call(fd, 17, GD_PROG_CLI, GD_PROG_CLI_VERS, 5, "00000100 0000");
	expect_accept(fd, 17, RPC_ACC_GARBAGE_ARGS);
	/* GET_VOLUME with another dict: the actor refuses it */
	raw_call(fd, 18, GD_PROG_CLI, GD_PROG_CLI_VERS, 5, "00000000");
	expect_accept(fd, 18, RPC_ACC_GARBAGE_ARGS);
	raw_call(fd, 19, TEST_PROG, TEST_VERS, T_SYSERR, NULL);
	expect_accept(fd, 19, RPC_ACC_SYSTEM_ERR);
	/* DUMP whose gfs_id is cut short */
	raw_call(fd, 20, GD_PROG_DUMP, 1, GF_DUMP_DUMP, "0000");
	expect_accept(fd, 20, RPC_ACC_GARBAGE_ARGS);
	ping(fd, 21);
	close(fd);
}

static void test_header_errors(void **state)
{
	int fd = raw_connect();
	char h[512];

	(void)state;
	/* rpcvers 3: RFC 5531 MSG_DENIED RPC_MISMATCH 2..2 */
	raw_send_hex(fd, "80000028 00000021 00000000 00000003 00000001"
		     " 00000001 00000001 00000000 00000000 00000000 00000000");
	expect_hex(fd, "80000018 00000021 00000001 00000001 00000000 00000002"
		   " 00000002");
	/* truncated header */
	raw_send_hex(fd, "8000000c 00000022 00000000 00000002");
	expect_accept(fd, 0x22, RPC_ACC_GARBAGE_ARGS);
	/* three bytes: not even an xid */
	raw_send_hex(fd, "80000003 000000");
	expect_accept(fd, 0, RPC_ACC_GARBAGE_ARGS);
	/* an empty record */
	raw_send_hex(fd, "80000000");
	expect_accept(fd, 0, RPC_ACC_GARBAGE_ARGS);
	/* bad v2 credential: lk_owner longer than the body */
	raw_send_hex(fd, "80000040 00000023 00000000 00000002 0000ffff"
		     " 00000001 00000001 0005f397 00000018 00000000 00000000"
		     " 00000000 00000000 00000064 00000000 00000000 00000000");
	expect_hex(fd, "80000014 00000023 00000001 00000001 00000001"
		   " 00000001");
	/* unknown flavor with a body: served as AUTH_NULL */
	raw_send_hex(fd, "80000030 00000024 00000000 00000002 075bb86d"
		     " 00000001 00000002 00003039 00000008 01020304 05060708"
		     " 00000000 00000000");
	expect_ping_reply(fd, 0x24);
	/* a REPLY sent to the server is ignored */
	raw_send_hex(fd, "80000018 00000025 00000001 00000000 00000000"
		     " 00000000 00000000");
	ping(fd, 0x26);
	/* a CALL in three fragments */
	snprintf(h, sizeof(h), "00000010 00000027 00000000 00000002 075bb86d"
		 " 00000010 00000001 00000002 00000000 00000000"
		 " 80000008 00000000 00000000");
	raw_send_hex(fd, h);
	expect_ping_reply(fd, 0x27);
	close(fd);
	server_alive();
}

/* ---------------- garbage ---------------- */

static void test_huge_fragment(void **state)
{
	int fd = raw_connect();

	(void)state;
	raw_send_hex(fd, "ffffffff 00000001");
	assert_true(peer_closed(fd));
	close(fd);
	/* the limit counts all fragments: 16 MiB, then 16 MiB + 1 */
	fd = raw_connect();
	{
		size_t half = RPC_MAX_RECORD / 2;
		uint8_t *big = calloc(1, 4 + half);

		assert_non_null(big);
		rpc__put32(big, (uint32_t)half);
		raw_send(fd, big, 4 + half);
		rpc__put32(big, RPC__MARK_LAST | (uint32_t)(half + 1));
		raw_send(fd, big, 4);
		free(big);
	}
	assert_true(peer_closed(fd));
	close(fd);
	server_alive();
}

static void test_random_bytes(void **state)
{
	(void)state;
	srand(12345);
	for (int round = 0; round < 20; round++) {
		uint8_t buf[4096];
		int fd = raw_connect();

		for (size_t i = 0; i < sizeof(buf); i++)
			buf[i] = (uint8_t)rand();
		(void)send(fd, buf, sizeof(buf), MSG_NOSIGNAL);
		shutdown(fd, SHUT_WR);
		(void)peer_closed(fd);
		close(fd);
	}
	server_alive();
}

/* Small random records: each gets an answer or is ignored, and the
 * connection keeps working. */
static void test_random_records(void **state)
{
	int fd = raw_connect();

	(void)state;
	srand(777);
	for (uint32_t round = 0; round < 300; round++) {
		uint8_t buf[4 + 96], rec[4096];
		size_t len = (size_t)(rand() % 96);
		uint32_t want = 0x10000 + round;

		rpc__put32(buf, RPC__MARK_LAST | (uint32_t)len);
		for (size_t i = 0; i < len; i++)
			buf[4 + i] = (uint8_t)rand();
		if (len >= 8 && round % 3 == 0)
			rpc__put32(buf + 8, 0);	/* make it a CALL */
		raw_send(fd, buf, 4 + len);
		raw_call(fd, want, GD_PROG_DUMP, 1, GF_DUMP_PING, NULL);
		for (;;) {
			size_t n = raw_read_record(fd, rec, sizeof(rec));

			if (n == 40 && rpc__get32(rec + 4) == want)
				break;
		}
	}
	close(fd);
	server_alive();
}

/* ---------------- sync client against the server ---------------- */

static void check_dump(struct rpc_sync *c, const char *const *names,
		       const uint32_t *nums, const uint32_t *vers, size_t n)
{
	gf_dump_req req = { .gfs_id = 0xcaed };
	gf_dump_rsp rsp = { 0 };
	gf_prog_detail *p;
	size_t i = 0;

	assert_int_equal(rpc_sync_call(c, GD_PROG_DUMP, 1, GF_DUMP_DUMP,
				       (xdrproc_t)xdr_gf_dump_req, &req,
				       (xdrproc_t)xdr_gf_dump_rsp, &rsp, TMO),
			 0);
	assert_int_equal(rsp.gfs_id, 0);
	assert_int_equal(rsp.op_ret, 0);
	for (p = rsp.prog; p; p = p->next, i++) {
		assert_true(i < n);
		assert_string_equal(p->progname, names[i]);
		assert_int_equal(p->prognum, nums[i]);
		assert_int_equal(p->progver, vers[i]);
	}
	assert_int_equal(i, n);
	xdr_free((xdrproc_t)xdr_gf_dump_rsp, (char *)&rsp);
}

static void test_dump_listing(void **state)
{
	static const char *const unames[] = { "GF-DUMP", "Test program",
					      "GlusterD svc cli",
					      "Gluster Portmap" };
	static const uint32_t unums[] = { GD_PROG_DUMP, TEST_PROG, GD_PROG_CLI,
					  GD_PROG_PMAP };
	static const uint32_t uvers[] = { 1, 1, 2, 1 };
	struct rpc_sync *c = sync_unix();

	(void)state;
	check_dump(c, unames, unums, uvers, 4);
	rpc_sync_close(c);
}

static void test_dump_tcp(void **state)
{
	static const char *const names[] = { "GF-DUMP", "Test program",
					     "GlusterD svc cli" };
	static const uint32_t nums[] = { GD_PROG_DUMP, TEST_PROG, GD_PROG_CLI };
	static const uint32_t vers[] = { 1, 1, 2 };
	struct rpc_sync *c = NULL;

	(void)state;
	assert_int_equal(rpc_sync_connect_tcp("127.0.0.1", tcp_port, TMO, &c),
			 0);
	check_dump(c, names, nums, vers, 3);
	rpc_sync_close(c);
}

static void test_sync_echo_big_defer(void **state)
{
	struct rpc_sync *c = sync_unix();
	gf_cli_req req = { .dict = { 3, (char *)(uintptr_t)"abc" } };
	gf_cli_rsp rsp = { 0 };

	(void)state;
	assert_int_equal(rpc_sync_call(c, TEST_PROG, TEST_VERS, T_ECHO,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_cli_rsp, &rsp, TMO), 0);
	assert_int_equal(rsp.dict.dict_len, 3);
	assert_memory_equal(rsp.dict.dict_val, "abc", 3);
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);

	assert_int_equal(sync_test(c, T_BIG, &rsp, TMO), 0);
	assert_int_equal(rsp.op_ret, BIG_LEN);
	assert_int_equal(strlen(rsp.op_errstr), BIG_LEN);
	assert_int_equal(strspn(rsp.op_errstr, "x"), BIG_LEN);
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);

	assert_int_equal(sync_test(c, T_DEFER, &rsp, TMO), 0);
	assert_int_equal(rsp.op_ret, 7);
	assert_string_equal(rsp.op_errstr, "later");
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);

	/* a callback arrives before the reply: skipped */
	assert_int_equal(sync_test(c, T_CALLBACK, &rsp, TMO), 0);
	assert_int_equal(rsp.op_ret, 0);
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);
	rpc_sync_close(c);
}

static void test_sync_errors(void **state)
{
	struct rpc_sync *c = sync_unix();
	gf_cli_req req = { 0 };
	gf_dump_rsp drsp = { 0 };
	gf_cli_rsp rsp;

	(void)state;
	assert_int_equal(rpc_sync_call(c, 999, 1, 1, (xdrproc_t)xdr_gf_cli_req,
				       &req, NULL, NULL, TMO), -EPROTO);
	assert_int_equal(rpc_sync_last_accept(c), RPC_ACC_PROG_UNAVAIL);
	assert_int_equal(rpc_sync_call(c, GD_PROG_CLI, 7, 1, NULL, NULL, NULL,
				       NULL, TMO), -EPROTO);
	assert_int_equal(rpc_sync_last_accept(c), RPC_ACC_PROG_MISMATCH);
	assert_int_equal(sync_test(c, T_NULLACT, &rsp, TMO), -EPROTO);
	assert_int_equal(rpc_sync_last_accept(c), RPC_ACC_PROC_UNAVAIL);
	assert_int_equal(sync_test(c, T_GARBAGE, &rsp, TMO), -EPROTO);
	assert_int_equal(rpc_sync_last_accept(c), RPC_ACC_GARBAGE_ARGS);
	/* a 16-byte gf_cli_rsp does not decode as a gf_dump_rsp */
	assert_int_equal(rpc_sync_call(c, TEST_PROG, TEST_VERS, T_ECHO,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_dump_rsp, &drsp, TMO),
			 -EBADMSG);
	assert_int_equal(rpc_sync_last_accept(c), RPC_ACC_SUCCESS);
	/* no reply: timeout, and the connection still works */
	assert_int_equal(sync_test(c, T_DROP, &rsp, 200), -ETIMEDOUT);
	assert_int_equal(sync_test(c, T_COUNT, &rsp, TMO), 0);
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);
	/* the server closes the connection instead of replying */
	assert_int_equal(sync_test(c, T_CLOSE, &rsp, TMO), -ECONNRESET);
	assert_int_equal(sync_test(c, T_COUNT, &rsp, TMO), -ECONNRESET);
	rpc_sync_close(c);
}

static void test_sync_connect_errors(void **state)
{
	struct rpc_sync *c = NULL;
	char longpath[200];
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t sl = sizeof(sa);
	int fd;

	(void)state;
	assert_int_equal(rpc_sync_connect_unix("/nonexistent/x.sock", TMO, &c),
			 -ENOENT);
	assert_null(c);
	memset(longpath, 'a', sizeof(longpath) - 1);
	longpath[sizeof(longpath) - 1] = '\0';
	assert_int_equal(rpc_sync_connect_unix(longpath, TMO, &c),
			 -ENAMETOOLONG);
	/* a port nobody listens on */
	fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sl), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &sl), 0);
	close(fd);
	assert_int_equal(rpc_sync_connect_tcp("127.0.0.1", ntohs(sa.sin_port),
					      TMO, &c), -ECONNREFUSED);
	assert_int_equal(rpc_sync_connect_tcp("no-such-host.invalid", 1, TMO,
					      &c), -EHOSTUNREACH);
}

static void test_conn_facts(void **state)
{
	struct rpc_sync *c = sync_unix();
	gf_cli_rsp rsp;

	(void)state;
	assert_int_equal(sync_test(c, T_LOCAL, &rsp, TMO), 0);
	assert_int_equal(rsp.op_ret, 1);
	assert_int_equal(rsp.op_errno, AF_UNIX);
	assert_string_equal(rsp.op_errstr, "");
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);
	c = rpc_sync_close(c);
	assert_int_equal(rpc_sync_connect_tcp("127.0.0.1", tcp_port, TMO, &c),
			 0);
	assert_int_equal(sync_test(c, T_LOCAL, &rsp, TMO), 0);
	assert_int_equal(rsp.op_ret, 1);
	assert_int_equal(rsp.op_errno, AF_INET);
	assert_string_equal(rsp.op_errstr, "127.0.0.1");
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);
	rpc_sync_close(c);
}

/* on_connect / on_disconnect are called once per connection. */
static void test_connect_callbacks(void **state)
{
	struct rpc_sync *c = sync_unix(), *c2;
	gf_cli_rsp rsp;
	int connects, disconnects;

	(void)state;
	assert_int_equal(sync_test(c, T_COUNT, &rsp, TMO), 0);
	connects = rsp.op_ret;
	disconnects = rsp.op_errno;
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);
	c2 = sync_unix();
	rpc_sync_close(c2);
	for (int i = 0; i < 100; i++) {
		assert_int_equal(sync_test(c, T_COUNT, &rsp, TMO), 0);
		xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);
		if (rsp.op_errno == disconnects + 1)
			break;
		poll(NULL, 0, 10);
	}
	assert_int_equal(rsp.op_ret, connects + 1);
	assert_int_equal(rsp.op_errno, disconnects + 1);
	rpc_sync_close(c);
}

/* A deferred reply whose connection is gone is dropped quietly. */
static void test_reply_after_close(void **state)
{
	int fd = raw_connect();

	(void)state;
	raw_call(fd, 50, TEST_PROG, TEST_VERS, T_DEFER, NULL);
	close(fd);
	poll(NULL, 0, 100);
	server_alive();
}

/* A client that sends big requests and never reads. */
static void test_slow_reader(void **state)
{
	int fd = raw_connect();
	int flags = fcntl(fd, F_GETFL);

	(void)state;
	fcntl(fd, F_SETFL, flags | O_NONBLOCK);
	for (uint32_t i = 0; i < 40; i++) {
		uint8_t *buf;
		size_t len;

		assert_int_equal(rpc__build_call_v2(60 + i, TEST_PROG, TEST_VERS,
						    T_BIG, NULL, NULL, &buf,
						    &len), 0);
		(void)send(fd, buf, len, MSG_NOSIGNAL);
		free(buf);
	}
	poll(NULL, 0, 100);
	close(fd);
	server_alive();
}

/* ---------------- sync client against a raw server ---------------- */

struct raw_srv {
	int lfd;
	char path[128];
};

static void raw_srv_open(struct raw_srv *s)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };

	snprintf(s->path, sizeof(s->path), "%s/raw.sock", tmp_dir);
	unlink(s->path);
	strcpy(sa.sun_path, s->path);
	s->lfd = socket(AF_UNIX, SOCK_STREAM, 0);
	assert_int_equal(bind(s->lfd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	assert_int_equal(listen(s->lfd, 4), 0);
}

static int raw_srv_accept(struct raw_srv *s)
{
	struct timeval tv = { .tv_sec = 3 };
	int fd = accept(s->lfd, NULL, NULL);

	assert_true(fd >= 0);
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return fd;
}

static void raw_srv_close(struct raw_srv *s)
{
	close(s->lfd);
	unlink(s->path);
}

static void test_sync_wire(void **state)
{
	gf_cli_req req = { .dict = { sizeof(DICT_FLAGS3),
				     (char *)(uintptr_t)DICT_FLAGS3 } };
	gf_cli_rsp rsp = { 0 };
	struct rpc_sync *c = NULL;
	struct raw_srv s;
	uint8_t buf[2048];
	size_t n;
	int fd;

	(void)state;
	raw_srv_open(&s);
	assert_int_equal(rpc_sync_connect_unix(s.path, TMO, &c), 0);
	fd = raw_srv_accept(&s);
	/* first call: xid 2, byte-exact GET_VOLUME; nobody answers */
	assert_int_equal(rpc_sync_call(c, GD_PROG_CLI, GD_PROG_CLI_VERS, 5,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_cli_rsp, &rsp, 100),
			 -ETIMEDOUT);
	expect_hex(fd, GETVOL_CALL);
	/* the late reply to xid 2, a callback, then the reply to xid 3
	 * split in two fragments: the client takes the last one */
	raw_send_hex(fd, GETVOL_REPLY);
	raw_send_hex(fd, "80000028 00000001 00000000 00000002 0324cc42"
		     " 00000001 00000001 00000000 00000000 00000000 00000000");
	n = hex(GETVOL_REPLY, buf);
	rpc__put32(buf + 4, 3);
	rpc__put32(buf, 20);
	raw_send(fd, buf, 24);
	rpc__put32(buf + 20, RPC__MARK_LAST | (uint32_t)(n - 24));
	raw_send(fd, buf + 20, n - 20);
	assert_int_equal(rpc_sync_call(c, GD_PROG_CLI, GD_PROG_CLI_VERS, 5,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_cli_rsp, &rsp, TMO), 0);
	assert_int_equal(rsp.dict.dict_len, sizeof(DICT_COUNT0));
	assert_memory_equal(rsp.dict.dict_val, DICT_COUNT0,
			    sizeof(DICT_COUNT0));
	xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);
	n = raw_read_record(fd, buf, sizeof(buf));
	assert_int_equal(rpc__get32(buf + 4), 3);
	/* MSG_DENIED (auth error) to xid 4 */
	raw_send_hex(fd, "80000014 00000004 00000001 00000001 00000001"
		     " 00000005");
	assert_int_equal(rpc_sync_call(c, GD_PROG_CLI, GD_PROG_CLI_VERS, 5,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_cli_rsp, &rsp, TMO),
			 -EPROTO);
	assert_int_equal(rpc_sync_last_accept(c), RPC_SYNC_DENIED);
	/* an oversized record breaks the connection */
	raw_send_hex(fd, "ffffffff");
	assert_int_equal(rpc_sync_call(c, GD_PROG_CLI, GD_PROG_CLI_VERS, 5,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_cli_rsp, &rsp, TMO),
			 -EMSGSIZE);
	assert_int_equal(rpc_sync_call(c, GD_PROG_CLI, GD_PROG_CLI_VERS, 5,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_cli_rsp, &rsp, TMO),
			 -ECONNRESET);
	rpc_sync_close(c);
	close(fd);

	/* EOF while waiting */
	assert_int_equal(rpc_sync_connect_unix(s.path, TMO, &c), 0);
	fd = raw_srv_accept(&s);
	shutdown(fd, SHUT_WR);
	assert_int_equal(rpc_sync_call(c, GD_PROG_CLI, GD_PROG_CLI_VERS, 5,
				       (xdrproc_t)xdr_gf_cli_req, &req,
				       (xdrproc_t)xdr_gf_cli_rsp, &rsp, TMO),
			 -ECONNRESET);
	rpc_sync_close(c);
	close(fd);
	raw_srv_close(&s);
}

/* ---------------- listeners in this process ---------------- */

static void test_listener_socket_file(void **state)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct ev_loop *loop = ev_loop_new();
	struct rpc_listener *l = NULL;
	char path[128], longpath[200];
	struct stat st;
	int fd;

	(void)state;
	assert_non_null(loop);
	snprintf(path, sizeof(path), "%s/stale.sock", tmp_dir);
	/* a stale socket file is replaced */
	strcpy(sa.sun_path, path);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	close(fd);
	assert_int_equal(rpc_listen_unix(loop, path, NULL, 0, NULL, &l), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_null(rpc_listener_free(l));
	assert_int_equal(stat(path, &st), -1);
	/* a regular file is not removed */
	fd = open(path, O_CREAT | O_WRONLY, 0600);
	close(fd);
	assert_int_equal(rpc_listen_unix(loop, path, NULL, 0, NULL, &l),
			 -EADDRINUSE);
	assert_null(l);
	assert_int_equal(stat(path, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	unlink(path);
	memset(longpath, 'a', sizeof(longpath) - 1);
	longpath[sizeof(longpath) - 1] = '\0';
	assert_int_equal(rpc_listen_unix(loop, longpath, NULL, 0, NULL, &l),
			 -ENAMETOOLONG);
	assert_int_equal(rpc_listen_tcp(loop, "256.1.1.1", 0, NULL, 0, NULL,
					&l), -EADDRNOTAVAIL);
	assert_null(rpc_listener_free(NULL));
	ev_loop_free(loop);
}

/* ---------------- teardown: the server stops cleanly ---------------- */

static int group_teardown(void **state)
{
	struct rpc_sync *c = NULL;
	char path[160];
	gf_cli_rsp rsp;
	int status = -1;

	(void)state;
	if (rpc_sync_connect_unix(sock_path, TMO, &c) == 0 &&
	    sync_test(c, T_STOP, &rsp, TMO) == 0)
		xdr_free((xdrproc_t)xdr_gf_cli_rsp, (char *)&rsp);
	rpc_sync_close(c);
	for (int i = 0; i < 300; i++) {
		if (waitpid(server_pid, &status, WNOHANG) == server_pid)
			break;
		poll(NULL, 0, 10);
		status = -1;
	}
	if (status == -1) {
		kill(server_pid, SIGKILL);
		waitpid(server_pid, &status, 0);
		status = -1;
	}
	/* leftovers of failed tests */
	snprintf(path, sizeof(path), "%s/raw.sock", tmp_dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/stale.sock", tmp_dir);
	unlink(path);
	rmdir(tmp_dir);
	/* the server must have exited by itself, with status 0, and removed
	 * its socket file */
	if (access(sock_path, F_OK) == 0) {
		unlink(sock_path);
		rmdir(tmp_dir);
		return -1;
	}
	return status == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_getvolume_dump),
		cmocka_unit_test(test_ping_dump),
		cmocka_unit_test(test_pmap_signin_dump),
		cmocka_unit_test(test_callback_bytes),
		cmocka_unit_test(test_accept_errors),
		cmocka_unit_test(test_header_errors),
		cmocka_unit_test(test_huge_fragment),
		cmocka_unit_test(test_random_bytes),
		cmocka_unit_test(test_random_records),
		cmocka_unit_test(test_dump_listing),
		cmocka_unit_test(test_dump_tcp),
		cmocka_unit_test(test_sync_echo_big_defer),
		cmocka_unit_test(test_sync_errors),
		cmocka_unit_test(test_sync_connect_errors),
		cmocka_unit_test(test_conn_facts),
		cmocka_unit_test(test_connect_callbacks),
		cmocka_unit_test(test_reply_after_close),
		cmocka_unit_test(test_slow_reader),
		cmocka_unit_test(test_sync_wire),
		cmocka_unit_test(test_listener_socket_file),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
