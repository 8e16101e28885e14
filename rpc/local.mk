# rpc: ONC RPC record marking, server programs/actors, blocking and async
# clients.
noinst_LTLIBRARIES += rpc/librpc.la
rpc_librpc_la_SOURCES = \
	rpc/rpc.h rpc/rpc-int.h \
	rpc/rec.c rpc/msg.c rpc/outq.c rpc/sock.c \
	rpc/server.c rpc/sync.c rpc/clnt.c
rpc_librpc_la_LIBADD = xdr/libgfxdr.la libglusterfs/libglusterfs.la \
	$(TIRPC_LIBS)

if HAVE_CMOCKA
RPC_TEST_LDADD = rpc/librpc.la $(CMOCKA_LIBS) $(TIRPC_LIBS) $(UUID_LIBS)

check_PROGRAMS += tests/unit/test-rpc-rec
TESTS += tests/unit/test-rpc-rec
tests_unit_test_rpc_rec_SOURCES = tests/unit/test-rpc-rec.c
tests_unit_test_rpc_rec_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_rpc_rec_LDADD = $(RPC_TEST_LDADD)

check_PROGRAMS += tests/unit/test-rpc-server
TESTS += tests/unit/test-rpc-server
tests_unit_test_rpc_server_SOURCES = tests/unit/test-rpc-server.c
tests_unit_test_rpc_server_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_rpc_server_LDADD = $(RPC_TEST_LDADD)

check_PROGRAMS += tests/unit/test-rpc-clnt
TESTS += tests/unit/test-rpc-clnt
tests_unit_test_rpc_clnt_SOURCES = tests/unit/test-rpc-clnt.c
tests_unit_test_rpc_clnt_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_rpc_clnt_LDADD = $(RPC_TEST_LDADD)
endif
