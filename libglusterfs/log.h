/* log: upstream's line format
 *   [2026-11-24 20:14:56.123456 +0000] I [file.c:123:func] 0-management: msg
 * Levels: E error, W warning, I info, D debug, T trace.
 * Library code (libglusterfs, rpc, xdr) logs only at debug level.
 */
#ifndef GF_LOG_H
#define GF_LOG_H

#include <stdarg.h>

enum log_level {
	LOG_LVL_NONE = 0,
	LOG_LVL_CRITICAL,
	LOG_LVL_ERROR,
	LOG_LVL_WARNING,
	LOG_LVL_INFO,
	LOG_LVL_DEBUG,
	LOG_LVL_TRACE,
	LOG_LVL_MAX
};

/* path NULL or "-" logs to stderr. Returns -errno if the file can't open. */
int log_open(const char *path, const char *domain);
void log_set_level(enum log_level lvl);
enum log_level log_get_level(void);
int log_parse_level(const char *name, enum log_level *out);
void log_close(void);
/* Re-opens the file given to log_open (after logrotate); 0 when on stderr. */
int log_reopen(void);
/* "INFO", "DEBUG", ...; NULL when out of range. */
const char *log_level_name(enum log_level lvl);

void log_msg(enum log_level lvl, const char *file, int line, const char *func,
	     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void log_vmsg(enum log_level lvl, const char *file, int line, const char *func,
	      const char *fmt, va_list ap);

#define log_err(...)   log_msg(LOG_LVL_ERROR, __FILE__, __LINE__, __func__, __VA_ARGS__)
#define log_warn(...)  log_msg(LOG_LVL_WARNING, __FILE__, __LINE__, __func__, __VA_ARGS__)
#define log_info(...)  log_msg(LOG_LVL_INFO, __FILE__, __LINE__, __func__, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_LVL_DEBUG, __FILE__, __LINE__, __func__, __VA_ARGS__)
#define log_trace(...) log_msg(LOG_LVL_TRACE, __FILE__, __LINE__, __func__, __VA_ARGS__)

#endif
