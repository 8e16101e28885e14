# glusterd: the management daemon.
include glusterd/volopt.mk
include glusterd/volgen.mk
include glusterd/hooks.mk

noinst_LTLIBRARIES += glusterd/libgdcore.la
glusterd_libgdcore_la_SOURCES = \
	glusterd/brick.c glusterd/brick.h \
	glusterd/brick-facts.c glusterd/brick-op.c glusterd/brick-op.h \
	glusterd/status.h glusterd/status-fanout.c \
	glusterd/brick-check.c glusterd/brick-check.h \
	glusterd/brick-stage.c glusterd/brick-stage.h \
	glusterd/cmd-history.c glusterd/cmd-history.h \
	glusterd/conf.c glusterd/conf.h \
	glusterd/gd-errno.h \
	glusterd/gdvol.c glusterd/gdvol.h \
	glusterd/handler-cli.c glusterd/handler-hndsk.c glusterd/handler.h \
	glusterd/locks.c glusterd/locks.h \
	glusterd/op.h \
	glusterd/pmap.c glusterd/pmap.h \
	glusterd/quorum.c glusterd/quorum.h \
	glusterd/peer.c glusterd/peer.h glusterd/peer-sm.c glusterd/peer-conn.c \
	glusterd/peer-cli.c glusterd/handler-peer.c \
	glusterd/peer-export.c glusterd/peer-export.h \
	glusterd/op-volume-create.c glusterd/op-volume-state.c \
	glusterd/op-volume-add-brick.c \
	glusterd/addbrick-heal.c glusterd/addbrick-heal.h \
	glusterd/op-volume-set.c glusterd/op-volume-status.c \
	glusterd/query.h glusterd/query-peer.c glusterd/query-volume.c \
	glusterd/query-volume-get.c \
	glusterd/restore.c glusterd/restore.h \
	glusterd/shd.c glusterd/shd.h \
	glusterd/txn.c glusterd/txn-peer.c glusterd/handler-mgmt.c \
	glusterd/volfile-write.c \
	glusterd/volinfo.c glusterd/volinfo.h \
	glusterd/volinfo-store.c glusterd/volinfo-store.h \
	glusterd/volname.c glusterd/volname.h \
	glusterd/volume-opts.c glusterd/volume-opts.h
glusterd_libgdcore_la_LIBADD = glusterd/libvolopt.la glusterd/libvolgen.la \
	glusterd/libhooks.la \
	rpc/librpc.la xdr/libgfxdr.la libglusterfs/libglusterfs.la

sbin_PROGRAMS += glusterd/glusterd
glusterd_glusterd_SOURCES = glusterd/main.c
glusterd_glusterd_LDADD = glusterd/libgdcore.la $(TIRPC_LIBS) $(UUID_LIBS)

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-gd-store
TESTS += tests/unit/test-gd-store
tests_unit_test_gd_store_SOURCES = tests/unit/test-gd-store.c
tests_unit_test_gd_store_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_gd_store_LDADD = glusterd/libgdcore.la $(CMOCKA_LIBS) \
	$(TIRPC_LIBS) $(UUID_LIBS)

check_PROGRAMS += tests/unit/test-peer
TESTS += tests/unit/test-peer
tests_unit_test_peer_SOURCES = tests/unit/test-peer.c
tests_unit_test_peer_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_peer_LDADD = glusterd/libgdcore.la $(CMOCKA_LIBS) \
	$(TIRPC_LIBS) $(UUID_LIBS)

check_PROGRAMS += tests/unit/test-brick-op
TESTS += tests/unit/test-brick-op
tests_unit_test_brick_op_SOURCES = tests/unit/test-brick-op.c
tests_unit_test_brick_op_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_brick_op_LDADD = glusterd/libgdcore.la $(CMOCKA_LIBS) \
	$(TIRPC_LIBS) $(UUID_LIBS)

check_PROGRAMS += tests/unit/test-shd
TESTS += tests/unit/test-shd
tests_unit_test_shd_SOURCES = tests/unit/test-shd.c
tests_unit_test_shd_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_shd_LDADD = glusterd/libgdcore.la $(CMOCKA_LIBS) \
	$(TIRPC_LIBS) $(UUID_LIBS)

check_PROGRAMS += tests/unit/test-addbrick
TESTS += tests/unit/test-addbrick
tests_unit_test_addbrick_SOURCES = tests/unit/test-addbrick.c
tests_unit_test_addbrick_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_addbrick_LDADD = glusterd/libgdcore.la $(CMOCKA_LIBS) \
	$(TIRPC_LIBS) $(UUID_LIBS)

check_PROGRAMS += tests/unit/test-peer-export
TESTS += tests/unit/test-peer-export
tests_unit_test_peer_export_SOURCES = tests/unit/test-peer-export.c
tests_unit_test_peer_export_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_peer_export_LDADD = glusterd/libgdcore.la $(CMOCKA_LIBS) \
	$(TIRPC_LIBS) $(UUID_LIBS)
endif
