# libglusterfs: reusable library code (no logging except debug).
noinst_LTLIBRARIES += libglusterfs/libglusterfs.la
libglusterfs_libglusterfs_la_SOURCES = \
	libglusterfs/list.h \
	libglusterfs/mem.c libglusterfs/mem.h \
	libglusterfs/strbuf.c libglusterfs/strbuf.h \
	libglusterfs/dict.c libglusterfs/dict.h
libglusterfs_libglusterfs_la_LIBADD = $(UUID_LIBS)
