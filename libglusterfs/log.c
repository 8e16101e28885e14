/* log: upstream glusterd's line format, one write(2) per line. */
#include "libglusterfs/log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define LOG_DEFAULT_DOMAIN "management"

static struct {
	int fd;			/* -1: stderr */
	enum log_level level;
	char domain[64];
	char *path;
} log_state = { -1, LOG_LVL_INFO, LOG_DEFAULT_DOMAIN, NULL };

static const char log_letters[LOG_LVL_MAX] = {
	[LOG_LVL_NONE] = ' ',
	[LOG_LVL_CRITICAL] = 'C',
	[LOG_LVL_ERROR] = 'E',
	[LOG_LVL_WARNING] = 'W',
	[LOG_LVL_INFO] = 'I',
	[LOG_LVL_DEBUG] = 'D',
	[LOG_LVL_TRACE] = 'T',
};

static const char *const log_names[LOG_LVL_MAX] = {
	[LOG_LVL_NONE] = "NONE",
	[LOG_LVL_CRITICAL] = "CRITICAL",
	[LOG_LVL_ERROR] = "ERROR",
	[LOG_LVL_WARNING] = "WARNING",
	[LOG_LVL_INFO] = "INFO",
	[LOG_LVL_DEBUG] = "DEBUG",
	[LOG_LVL_TRACE] = "TRACE",
};

static int log__open_fd(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);

	return fd < 0 ? -errno : fd;
}

static void log__close_fd(void)
{
	if (log_state.fd >= 0)
		(void)close(log_state.fd);
	log_state.fd = -1;
}

int log_open(const char *path, const char *domain)
{
	int fd = -1;
	char *copy = NULL;

	if (path && strcmp(path, "-") != 0) {
		copy = strdup(path);
		if (!copy)
			return -ENOMEM;
		fd = log__open_fd(path);
		if (fd < 0) {
			free(copy);
			return fd;
		}
	}
	log__close_fd();
	free(log_state.path);
	log_state.fd = fd;
	log_state.path = copy;
	snprintf(log_state.domain, sizeof(log_state.domain), "%s",
		 domain && *domain ? domain : LOG_DEFAULT_DOMAIN);
	return 0;
}

int log_reopen(void)
{
	int fd;

	if (!log_state.path)
		return 0;
	fd = log__open_fd(log_state.path);
	if (fd < 0)
		return fd;
	log__close_fd();
	log_state.fd = fd;
	return 0;
}

void log_close(void)
{
	log__close_fd();
	free(log_state.path);
	log_state.path = NULL;
	snprintf(log_state.domain, sizeof(log_state.domain), "%s",
		 LOG_DEFAULT_DOMAIN);
}

void log_set_level(enum log_level lvl)
{
	if (lvl < LOG_LVL_MAX)
		log_state.level = lvl;
}

enum log_level log_get_level(void)
{
	return log_state.level;
}

int log_parse_level(const char *name, enum log_level *out)
{
	int i;

	if (!name)
		return -EINVAL;
	for (i = 0; i < LOG_LVL_MAX; i++) {
		if (strcasecmp(name, log_names[i]) == 0) {
			*out = (enum log_level)i;
			return 0;
		}
	}
	return -EINVAL;
}

const char *log_level_name(enum log_level lvl)
{
	return lvl < LOG_LVL_MAX ? log_names[lvl] : NULL;
}

/* "[2026-11-24 20:14:56.123456 +0000] " */
static size_t log__stamp(char *buf, size_t size)
{
	struct timespec ts;
	struct tm tm;
	char date[32];

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(date, sizeof(date), "%Y-%m-%d %H:%M:%S", &tm);
	return (size_t)snprintf(buf, size, "[%s.%06ld +0000] ", date,
				ts.tv_nsec / 1000);
}

static void log__write(const char *line, size_t len)
{
	int fd = log_state.fd >= 0 ? log_state.fd : STDERR_FILENO;
	ssize_t n;

	while (len > 0) {
		n = write(fd, line, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		line += n;
		len -= (size_t)n;
	}
}

static const char *log__basename(const char *file)
{
	const char *slash = file ? strrchr(file, '/') : NULL;

	if (!file)
		return "";
	return slash ? slash + 1 : file;
}

void log_vmsg(enum log_level lvl, const char *file, int line, const char *func,
	      const char *fmt, va_list ap)
{
	char small[2048], head[512];
	char *msg = small, *out;
	size_t hlen, mlen;
	int n, saved_errno = errno;
	va_list cp;

	if (lvl == LOG_LVL_NONE || lvl >= LOG_LVL_MAX || lvl > log_state.level)
		return;
	va_copy(cp, ap);
	n = vsnprintf(small, sizeof(small), fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	errno = saved_errno;	/* a second %m must see the caller's errno */
	if ((size_t)n >= sizeof(small) && (msg = malloc((size_t)n + 1)))
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
	if (!msg)
		msg = small;
	mlen = strlen(msg);
	while (mlen && msg[mlen - 1] == '\n')
		mlen--;
	hlen = log__stamp(head, sizeof(head));
	hlen += (size_t)snprintf(head + hlen, sizeof(head) - hlen,
				 "%c [%s:%d:%s] 0-%s: ", log_letters[lvl],
				 log__basename(file), line, func ? func : "",
				 log_state.domain);
	if (hlen >= sizeof(head))
		hlen = sizeof(head) - 1;
	out = malloc(hlen + mlen + 1);
	if (out) {
		memcpy(out, head, hlen);
		memcpy(out + hlen, msg, mlen);
		out[hlen + mlen] = '\n';
		log__write(out, hlen + mlen + 1);
		free(out);
	} else {
		log__write(head, hlen);
		log__write(msg, mlen);
		log__write("\n", 1);
	}
	if (msg != small)
		free(msg);
	errno = saved_errno;
}

void log_msg(enum log_level lvl, const char *file, int line, const char *func,
	     const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_vmsg(lvl, file, line, func, fmt, ap);
	va_end(ap);
}
