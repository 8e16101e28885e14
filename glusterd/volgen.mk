# volgen: volume state -> volfile text (pure, no I/O).
noinst_LTLIBRARIES += glusterd/libvolgen.la
glusterd_libvolgen_la_SOURCES = \
	glusterd/volgen.c glusterd/volgen.h \
	glusterd/volgen-graph.c glusterd/volgen-graph.h \
	glusterd/volgen-brick.c glusterd/volgen-client.c \
	glusterd/volgen-optab.c

EXTRA_DIST += tests/golden/volgen
dist_noinst_SCRIPTS += tests/golden/volgen/update.sh \
	tests/golden/volgen/capture-ref.sh

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-volgen
TESTS += tests/unit/test-volgen
# volinfo.c: the option list helpers of the volume model
tests_unit_test_volgen_SOURCES = tests/unit/test-volgen.c glusterd/volinfo.c
tests_unit_test_volgen_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS) \
	-DGOLDEN_DIR='"$(abs_top_srcdir)/tests/golden/volgen"'
tests_unit_test_volgen_LDADD = glusterd/libvolgen.la glusterd/libvolopt.la \
	libglusterfs/libglusterfs.la $(CMOCKA_LIBS) $(UUID_LIBS)
endif

# Rewrites tests/golden/volgen/*/*.vol from our volgen; review the diff.
update-golden-volgen: tests/unit/test-volgen$(EXEEXT)
	$(SHELL) $(top_srcdir)/tests/golden/volgen/update.sh $(abs_top_builddir)
update-golden: update-golden-volgen
.PHONY: update-golden update-golden-volgen
