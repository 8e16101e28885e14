# xdr: our .x definitions of the upstream wire types. rpcgen output goes
# to the build directory (xdr/<name>-xdr.[ch]); everything includes it as
# "<name>-xdr.h" through -I$(top_builddir)/xdr.

XDR_DEFS = xdr/rpc-common.x xdr/cli1.x xdr/glusterfs3.x xdr/portmap.x \
	xdr/glusterd1.x
XDR_GEN_H = xdr/rpc-common-xdr.h xdr/cli1-xdr.h xdr/glusterfs3-xdr.h \
	xdr/portmap-xdr.h xdr/glusterd1-xdr.h
XDR_GEN_C = xdr/rpc-common-xdr.c xdr/cli1-xdr.c xdr/glusterfs3-xdr.c \
	xdr/portmap-xdr.c xdr/glusterd1-xdr.c

BUILT_SOURCES += $(XDR_GEN_H)
CLEANFILES += $(XDR_GEN_H) $(XDR_GEN_C)
EXTRA_DIST += $(XDR_DEFS) xdr/gen-xdr.sh

# The generated code is compiled without our warning set (rpcgen output
# has unused variables) in its own library; hand-written sources go into
# libgfxdr.la below, with the full warning set.
noinst_LTLIBRARIES += xdr/libgfxdr_gen.la
nodist_xdr_libgfxdr_gen_la_SOURCES = $(XDR_GEN_C) $(XDR_GEN_H)
xdr_libgfxdr_gen_la_CFLAGS = $(TIRPC_CFLAGS) -w

noinst_LTLIBRARIES += xdr/libgfxdr.la
xdr_libgfxdr_la_SOURCES =
# CLI engineer: add the dict codec here, e.g.
# xdr_libgfxdr_la_SOURCES += xdr/cli-msg.c xdr/cli-msg.h xdr/cli-msg-dump.c
xdr_libgfxdr_la_SOURCES += xdr/cli-msg.c xdr/cli-msg.h xdr/cli-msg-dump.c
xdr_libgfxdr_la_LIBADD = xdr/libgfxdr_gen.la $(TIRPC_LIBS)

XDR_GEN = $(SHELL) $(srcdir)/xdr/gen-xdr.sh $(RPCGEN)
XDR_GEN_DEPS = $(srcdir)/xdr/gen-xdr.sh

xdr/rpc-common-xdr.h: $(srcdir)/xdr/rpc-common.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) h $(srcdir)/xdr/rpc-common.x $@ rpc-common
xdr/rpc-common-xdr.c: $(srcdir)/xdr/rpc-common.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) c $(srcdir)/xdr/rpc-common.x $@ rpc-common

xdr/cli1-xdr.h: $(srcdir)/xdr/cli1.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) h $(srcdir)/xdr/cli1.x $@ cli1
xdr/cli1-xdr.c: $(srcdir)/xdr/cli1.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) c $(srcdir)/xdr/cli1.x $@ cli1

xdr/glusterfs3-xdr.h: $(srcdir)/xdr/glusterfs3.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) h $(srcdir)/xdr/glusterfs3.x $@ glusterfs3
xdr/glusterfs3-xdr.c: $(srcdir)/xdr/glusterfs3.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) c $(srcdir)/xdr/glusterfs3.x $@ glusterfs3

xdr/portmap-xdr.h: $(srcdir)/xdr/portmap.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) h $(srcdir)/xdr/portmap.x $@ portmap
xdr/portmap-xdr.c: $(srcdir)/xdr/portmap.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) c $(srcdir)/xdr/portmap.x $@ portmap

xdr/glusterd1-xdr.h: $(srcdir)/xdr/glusterd1.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) h $(srcdir)/xdr/glusterd1.x $@ glusterd1
xdr/glusterd1-xdr.c: $(srcdir)/xdr/glusterd1.x $(XDR_GEN_DEPS)
	$(AM_V_GEN)$(MKDIR_P) xdr && \
	$(XDR_GEN) c $(srcdir)/xdr/glusterd1.x $@ glusterd1
