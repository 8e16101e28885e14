/* cmd-history: "[<UTC time>]  : <cmd> : SUCCESS" or
 * "... : FAILED : <error>", appended to <logdir>/cmd_history.log. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

#include "glusterd/cmd-history.h"
#include "libglusterfs/log.h"
#include "libglusterfs/strbuf.h"

void gd_cmd_history(const struct gd_conf *c, const char *cmd, bool ok,
		    const char *errstr)
{
	char *path = xasprintf("%s/cmd_history.log", c->logdir);
	struct timeval tv;
	struct tm tm;
	char ts[64];
	FILE *f;

	if (!path)
		return;
	f = fopen(path, "a");
	free(path);
	if (!f) {
		log_debug("cannot open cmd_history.log");
		return;
	}
	gettimeofday(&tv, NULL);
	gmtime_r(&tv.tv_sec, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%d %H:%M:%S", &tm);
	if (ok)
		fprintf(f, "[%s.%06ld +0000]  : %s : SUCCESS\n", ts,
			(long)tv.tv_usec, cmd);
	else
		fprintf(f, "[%s.%06ld +0000]  : %s : FAILED : %s\n", ts,
			(long)tv.tv_usec, cmd, errstr);
	fclose(f);
}
