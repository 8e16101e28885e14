/* shell: the interactive `gluster>` prompt. */
#ifndef GF_CLI_SHELL_H
#define GF_CLI_SHELL_H

#include "cli/cli.h"

/* Reads commands until EOF, `quit` or `exit`; returns 0. */
int cli_shell_run(struct cli_ctx *ctx);
/* Splits a line into words (no quoting, like 10.3); caller frees v[0]
 * (the copy of the line) and v. */
int cli_shell_split(const char *line, char ***v);

#endif
