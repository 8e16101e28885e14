# libglusterfs: reusable library code (no logging except debug).
noinst_LTLIBRARIES += libglusterfs/libglusterfs.la
libglusterfs_libglusterfs_la_SOURCES = \
	libglusterfs/list.h \
	libglusterfs/mem.c libglusterfs/mem.h \
	libglusterfs/strbuf.c libglusterfs/strbuf.h \
	libglusterfs/dict.c libglusterfs/dict.h \
	libglusterfs/log.c libglusterfs/log.h \
	libglusterfs/store.c libglusterfs/store.h \
	libglusterfs/gfuuid.c libglusterfs/gfuuid.h \
	libglusterfs/event.c libglusterfs/event.h \
	libglusterfs/xxhash.c libglusterfs/xxhash.h \
	libglusterfs/cksum.c libglusterfs/cksum.h \
	libglusterfs/spawn.c libglusterfs/spawn.h
libglusterfs_libglusterfs_la_LIBADD = $(UUID_LIBS)

if HAVE_CMOCKA
LIBGLUSTERFS_TESTS = tests/unit/test-dict tests/unit/test-store \
	tests/unit/test-event tests/unit/test-cksum tests/unit/test-xxhash \
	tests/unit/test-log tests/unit/test-spawn
check_PROGRAMS += $(LIBGLUSTERFS_TESTS)
TESTS += $(LIBGLUSTERFS_TESTS)
LIBGLUSTERFS_TEST_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
LIBGLUSTERFS_TEST_LDADD = libglusterfs/libglusterfs.la $(CMOCKA_LIBS)

tests_unit_test_dict_SOURCES = tests/unit/test-dict.c
tests_unit_test_dict_CFLAGS = $(LIBGLUSTERFS_TEST_CFLAGS)
tests_unit_test_dict_LDADD = $(LIBGLUSTERFS_TEST_LDADD)
tests_unit_test_store_SOURCES = tests/unit/test-store.c
tests_unit_test_store_CFLAGS = $(LIBGLUSTERFS_TEST_CFLAGS)
tests_unit_test_store_LDADD = $(LIBGLUSTERFS_TEST_LDADD)
tests_unit_test_event_SOURCES = tests/unit/test-event.c
tests_unit_test_event_CFLAGS = $(LIBGLUSTERFS_TEST_CFLAGS)
tests_unit_test_event_LDADD = $(LIBGLUSTERFS_TEST_LDADD)
tests_unit_test_cksum_SOURCES = tests/unit/test-cksum.c
tests_unit_test_cksum_CFLAGS = $(LIBGLUSTERFS_TEST_CFLAGS)
tests_unit_test_cksum_LDADD = $(LIBGLUSTERFS_TEST_LDADD)
tests_unit_test_xxhash_SOURCES = tests/unit/test-xxhash.c
tests_unit_test_xxhash_CFLAGS = $(LIBGLUSTERFS_TEST_CFLAGS)
tests_unit_test_xxhash_LDADD = $(LIBGLUSTERFS_TEST_LDADD)
tests_unit_test_log_SOURCES = tests/unit/test-log.c
tests_unit_test_log_CFLAGS = $(LIBGLUSTERFS_TEST_CFLAGS)
tests_unit_test_log_LDADD = $(LIBGLUSTERFS_TEST_LDADD)
tests_unit_test_spawn_SOURCES = tests/unit/test-spawn.c
tests_unit_test_spawn_CFLAGS = $(LIBGLUSTERFS_TEST_CFLAGS)
tests_unit_test_spawn_LDADD = $(LIBGLUSTERFS_TEST_LDADD)
endif
