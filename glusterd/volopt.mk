# volopt: GlusterFS 10.3's volume option table and the rules of
# `volume set|reset|get` (self-contained, no glusterd dependency).
noinst_LTLIBRARIES += glusterd/libvolopt.la
glusterd_libvolopt_la_SOURCES = \
	glusterd/volopt.h glusterd/volopt.c glusterd/volopt-check.c \
	glusterd/volopt-table.c

EXTRA_DIST += \
	tests/golden/volopt/get-one-dist.tsv \
	tests/golden/volopt/set-replay.tsv \
	tests/golden/volopt/volume-get-all-all.txt \
	tests/golden/volopt/volume-get-dist-all.txt \
	tests/golden/volopt/volume-get-rep3-all.txt

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-volopt
TESTS += tests/unit/test-volopt
tests_unit_test_volopt_SOURCES = tests/unit/test-volopt.c
tests_unit_test_volopt_CPPFLAGS = $(AM_CPPFLAGS) \
	-DGOLDEN_DIR='"$(abs_top_srcdir)/tests/golden"'
tests_unit_test_volopt_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_volopt_LDADD = glusterd/libvolopt.la $(CMOCKA_LIBS)
endif
