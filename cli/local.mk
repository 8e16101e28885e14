# cli: the gluster command line tool.
noinst_LTLIBRARIES += cli/libcli.la
cli_libcli_la_SOURCES = \
	cli/cli.h cli/cli-rpc.h cli/output.h cli/shell.h \
	cli/cmd-table.c cli/cmd-volume.c cli/cmd-volume-create.c \
	cli/cmd-volume-status.c cli/cmd-other.c cli/cmd-peer.c \
	cli/cmd-system.c cli/rpc.c cli/output-text.c cli/output-xml.c
cli_libcli_la_CFLAGS = $(AM_CFLAGS)

CLI_LIBS = cli/libcli.la rpc/librpc.la xdr/libgfxdr.la \
	libglusterfs/libglusterfs.la $(XML_LIBS) $(TIRPC_LIBS) $(UUID_LIBS)

sbin_PROGRAMS += cli/gluster
cli_gluster_SOURCES = cli/main.c cli/shell.c
cli_gluster_LDADD = $(CLI_LIBS) $(READLINE_LIBS)

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/test-cli-msg
TESTS += tests/unit/test-cli-msg
tests_unit_test_cli_msg_SOURCES = tests/unit/test-cli-msg.c
tests_unit_test_cli_msg_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_cli_msg_LDADD = xdr/libgfxdr.la libglusterfs/libglusterfs.la \
	$(CMOCKA_LIBS) $(TIRPC_LIBS) $(UUID_LIBS)

check_PROGRAMS += tests/unit/test-cli-msg-status
TESTS += tests/unit/test-cli-msg-status
tests_unit_test_cli_msg_status_SOURCES = tests/unit/test-cli-msg-status.c
tests_unit_test_cli_msg_status_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_cli_msg_status_LDADD = $(CLI_LIBS) $(CMOCKA_LIBS)

check_PROGRAMS += tests/unit/test-cli-parse
TESTS += tests/unit/test-cli-parse
tests_unit_test_cli_parse_SOURCES = tests/unit/test-cli-parse.c
tests_unit_test_cli_parse_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_cli_parse_LDADD = $(CLI_LIBS) $(CMOCKA_LIBS)
endif

EXTRA_DIST += tests/interop/cli-vs-ref.sh tests/golden/cli
