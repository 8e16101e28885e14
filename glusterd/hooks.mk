# hooks: GlusterFS 10.3's hook scripts (<workdir>/hooks/1/<op>/{pre,post}),
# pre hooks synchronous, post hooks queued on the loop. Needs
# libglusterfs (spawn, event, log) at link time.
noinst_LTLIBRARIES += glusterd/libhooks.la
glusterd_libhooks_la_SOURCES = glusterd/hooks.c glusterd/hooks.h

EXTRA_DIST += tests/golden/hooks/argv-10.3.txt

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-hooks
TESTS += tests/unit/test-hooks
tests_unit_test_hooks_SOURCES = tests/unit/test-hooks.c
tests_unit_test_hooks_CPPFLAGS = $(AM_CPPFLAGS) \
	-DGOLDEN_DIR='"$(abs_top_srcdir)/tests/golden"'
tests_unit_test_hooks_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_hooks_LDADD = glusterd/libhooks.la \
	libglusterfs/libglusterfs.la $(CMOCKA_LIBS)
endif
