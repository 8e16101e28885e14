/* output: how a reply is shown. main() picks cli_output_text or
 * cli_output_xml once; command code calls only through the vtable.
 *
 * Every hook returns the exit status. The text printer derives it from
 * the reply (0 on success); the XML printer returns 0 whenever a reply was
 * printed, as 10.3 does.
 */
#ifndef GF_CLI_OUTPUT_H
#define GF_CLI_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "xdr/cli-msg.h"

struct dict;

/* The reply header every command has. */
struct cli_rsp {
	int op_ret;
	int op_errno;
	const char *op_errstr;	/* never NULL */
	struct dict *dict;	/* may be NULL */
};

/* A result shown as one message. text is printed with a newline added,
 * on stderr when to_stderr; xml_op/xml_output become <cliOp>/<output>
 * after the envelope (each omitted when NULL). */
struct cli_msg {
	const char *text;
	bool to_stderr;
	int rc;			/* text mode exit status */
	const char *xml_op;
	const char *xml_output;
};

struct cli_output {
	const char *name;
	int (*message)(const struct cli_rsp *r, const struct cli_msg *m);
	/* create/start/stop/delete: elem is volCreate, volStart, ... */
	int (*vol_op)(const struct cli_rsp *r, const char *elem,
		      const char *volname, const char *vol_id,
		      const struct cli_msg *m);
	/* n == 0: m tells what text to print */
	int (*vol_info)(const struct cli_rsp *r, const struct cli_volinfo *v,
			size_t n, const struct cli_msg *m);
	int (*vol_list)(const struct cli_rsp *r, const struct cli_name_list *l,
			const struct cli_msg *m);
	/* One status reply; first/last bracket the `status all` loop, loop
	 * tells that it runs. Non-zero ends the loop with that status. */
	int (*vol_status)(const struct cli_rsp *r,
			  const struct cli_status_rsp *s, bool first,
			  bool last, bool loop);
	/* A failed status reply; loop: inside `status all`, where it is
	 * not an error. */
	int (*vol_status_err)(const struct cli_rsp *r, bool first, bool last,
			      bool loop);
	/* `status all` with no volume */
	int (*vol_status_none)(const struct cli_rsp *r,
			       const struct cli_msg *m);
	int (*vol_get)(const struct cli_rsp *r, const struct cli_get_rsp *g,
		       const struct cli_msg *m);
	int (*peer_list)(const struct cli_rsp *r, const struct cli_peer_list *l,
			 bool pool);
	int (*uuid_get)(const struct cli_rsp *r, const char *uuid);
	/* Flushes what was printed; an XML document left unfinished (a
	 * `status all` loop that ended early) is dropped unprinted. */
	void (*flush)(void);
};

extern const struct cli_output cli_output_text;
extern const struct cli_output cli_output_xml;

/* Text helpers used by both printers and by command code (usage,
 * questions): 10.3 prints these identically in both modes. */
void cli_out(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Reading what the bricks reported (mem, inode, fd, callpool; see
 * xdr/cli-msg.h): whether record rec has field f; the element of index i
 * of a sparse list (v, n), looked for from cursor *c on, which moves past
 * it (NULL: the element has no key). */
#define DUMP_HAS(rec, f) (((rec)->has & CLI_BIT(f)) != 0)
#define DUMP_AT(v, n, c, i) \
	(*(c) < (n) && (v)[*(c)].index == (i) ? &(v)[(*(c))++] : NULL)

/* Shared tables */
/* gf1_cluster_type plus 5 for the distributed forms */
int cli_vol_type_shown(int type, int dist_count, int brick_count);
const char *cli_vol_type_str(int type, int dist_count, int brick_count);
const char *cli_vol_status_str(int status);
const char *cli_transport_str(int t);

#endif
