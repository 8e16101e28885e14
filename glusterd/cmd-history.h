/* cmd-history: <logdir>/cmd_history.log, one line per transaction. */
#ifndef GD_CMD_HISTORY_H
#define GD_CMD_HISTORY_H

#include <stdbool.h>

#include "glusterd/conf.h"

void gd_cmd_history(const struct gd_conf *c, const char *cmd, bool ok,
		    const char *errstr);

#endif
