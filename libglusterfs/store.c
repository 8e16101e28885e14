/* store: key=value files written atomically, read like 10.x does. */
#include "libglusterfs/store.h"
#include "libglusterfs/mem.h"
#include "libglusterfs/strbuf.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int store_fail_countdown;

/* True when the test countdown says this I/O call must fail with EIO. */
static bool store__inject(void)
{
	if (store_fail_countdown <= 0)
		return false;
	if (--store_fail_countdown)
		return false;
	errno = EIO;
	return true;
}

/* ---- I/O wrappers: each is one "I/O call" for the countdown ---------- */

static int store__open(const char *path, int flags, unsigned mode)
{
	int fd;

	if (store__inject())
		return -EIO;
	fd = open(path, flags | O_CLOEXEC, mode);
	return fd < 0 ? -errno : fd;
}

static int store__close(int fd)
{
	if (store__inject()) {
		(void)close(fd);
		return -EIO;
	}
	return close(fd) < 0 && errno != EINTR ? -errno : 0;
}

static int store__fsync(int fd)
{
	if (store__inject())
		return -EIO;
	return fsync(fd) < 0 ? -errno : 0;
}

static int store__write_all(int fd, const char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		if (store__inject())
			return -EIO;
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

static int store__rename(const char *from, const char *to)
{
	if (store__inject())
		return -EIO;
	return rename(from, to) < 0 ? -errno : 0;
}

static int store__mkdir(const char *path, unsigned mode)
{
	if (store__inject())
		return -EIO;
	return mkdir(path, mode) < 0 ? -errno : 0;
}

/* ---- writing ------------------------------------------------------------ */

int store_sync_dir(const char *dir)
{
	int fd, ret;

	fd = store__open(dir, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0)
		return fd;
	ret = store__fsync(fd);
	(void)close(fd);
	return ret;
}

/* The directory part of path ("." when there is none). */
static char *store__parent(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return gf_strdup(".");
	if (slash == path)
		return gf_strdup("/");
	return gf_strndup(path, (size_t)(slash - path));
}

/* Writes, syncs and closes path.tmp; removes it on failure. */
static int store__write_tmp(const char *tmp, const void *buf, size_t len)
{
	int fd, ret;

	fd = store__open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return fd;
	ret = store__write_all(fd, buf, len);
	if (!ret)
		ret = store__fsync(fd);
	if (!ret)
		ret = store__close(fd);
	else
		(void)close(fd);
	if (ret)
		(void)unlink(tmp);
	return ret;
}

/* Directories whose sync store_batch_end owes (batch_depth > 0). */
static struct {
	int depth;
	char **dirs;
	size_t n, alloc;
} batch;

void store_batch_begin(void)
{
	batch.depth++;
}

/* Remembers dir for the end of the batch; syncs now when it cannot. */
static int batch_defer(char *dir)
{
	for (size_t i = 0; i < batch.n; i++)
		if (strcmp(batch.dirs[i], dir) == 0) {
			free(dir);
			return 0;
		}
	if (batch.n == batch.alloc) {
		size_t n = batch.alloc ? batch.alloc * 2 : 16;
		char **d = gf_realloc(batch.dirs, n * sizeof(*d));
		if (!d) {
			int r = store_sync_dir(dir);
			free(dir);
			return r;
		}
		batch.dirs = d;
		batch.alloc = n;
	}
	batch.dirs[batch.n++] = dir;
	return 0;
}

int store_batch_end(void)
{
	if (batch.depth <= 0 || --batch.depth > 0)
		return 0;
	return store_batch_flush();
}

int store_batch_flush(void)
{
	int r = 0;

	for (size_t i = 0; i < batch.n; i++) {
		int e = store_sync_dir(batch.dirs[i]);
		if (e < 0 && r == 0)
			r = e;
		free(batch.dirs[i]);
	}
	free(batch.dirs);
	batch.dirs = NULL;
	batch.n = batch.alloc = 0;
	return r;
}

int store_write_atomic(const char *path, const void *buf, size_t len)
{
	_cleanup_free_ char *tmp = NULL;
	_cleanup_free_ char *dir = NULL;
	int ret;

	if (!path || (!buf && len))
		return -EINVAL;
	tmp = xasprintf("%s.tmp", path);
	dir = store__parent(path);
	if (!tmp || !dir)
		return -ENOMEM;
	ret = store__write_tmp(tmp, buf, len);
	if (ret)
		return ret;
	ret = store__rename(tmp, path);
	if (ret) {
		(void)unlink(tmp);
		return ret;
	}
	if (batch.depth > 0) {
		char *d = dir;
		dir = NULL;
		return batch_defer(d);
	}
	return store_sync_dir(dir);
}

int store_write_derived(const char *path, const void *buf, size_t len)
{
	_cleanup_free_ char *tmp = NULL;
	ssize_t n;
	int fd, ret = 0;

	if (!path || (!buf && len))
		return -EINVAL;
	tmp = xasprintf("%s.tmp", path);
	if (!tmp)
		return -ENOMEM;
	fd = store__open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return fd;
	while (len > 0) {
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			ret = n < 0 ? -errno : -EIO;
			break;
		}
		buf = (const char *)buf + n;
		len -= (size_t)n;
	}
	if (close(fd) < 0 && ret == 0)
		ret = -errno;
	if (ret == 0)
		ret = store__rename(tmp, path);
	if (ret)
		(void)unlink(tmp);
	return ret;
}

/* ---- store_file --------------------------------------------------------- */

void store_file_init(struct store_file *f)
{
	f->kv = NULL;
	f->n = 0;
	f->alloc = 0;
}

void store_file_release(struct store_file *f)
{
	size_t i;

	for (i = 0; i < f->n; i++) {
		free(f->kv[i].key);
		free(f->kv[i].val);
	}
	free(f->kv);
	store_file_init(f);
}

/* Appends a pair, taking ownership of key and val (freed on failure). */
static int store__take(struct store_file *f, char *key, char *val)
{
	struct store_kv *kv;
	size_t n;

	if (!key || !val)
		goto nomem;
	if (f->n == f->alloc) {
		n = f->alloc ? f->alloc * 2 : 16;
		kv = gf_realloc(f->kv, n * sizeof(*kv));
		if (!kv)
			goto nomem;
		f->kv = kv;
		f->alloc = n;
	}
	f->kv[f->n].key = key;
	f->kv[f->n].val = val;
	f->n++;
	return 0;
nomem:
	free(key);
	free(val);
	return -ENOMEM;
}

int store_file_add(struct store_file *f, const char *key, const char *val)
{
	if (!key || !val)
		return -EINVAL;
	return store__take(f, gf_strdup(key), gf_strdup(val));
}

int store_file_addf(struct store_file *f, const char *key, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	int ret;

	if (!key)
		return -EINVAL;
	va_start(ap, fmt);
	ret = strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (ret) {
		strbuf_release(&sb);
		return ret;
	}
	return store__take(f, gf_strdup(key), strbuf_detach(&sb, NULL));
}

const char *store_file_get(const struct store_file *f, const char *key)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->kv[i].key, key) == 0)
			return f->kv[i].val;
	return NULL;
}

int store_file_save(const char *path, const struct store_file *f)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	int ret = 0;

	for (i = 0; i < f->n && !ret; i++)
		ret = strbuf_addf(&sb, "%s=%s\n", f->kv[i].key, f->kv[i].val);
	if (!ret)
		ret = store_write_atomic(path, sb.buf ? sb.buf : "", sb.len);
	strbuf_release(&sb);
	return ret;
}

/* ---- reading ------------------------------------------------------------ */

static int store__read_fd(int fd, struct strbuf *sb)
{
	char chunk[8192];
	ssize_t n;
	int ret;

	for (;;) {
		if (store__inject())
			return -EIO;
		n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			return 0;
		ret = strbuf_add(sb, chunk, (size_t)n);
		if (ret)
			return ret;
	}
}

int store_read_all(const char *path, char **buf, size_t *len)
{
	struct strbuf sb = STRBUF_INIT;
	int fd, ret;

	fd = store__open(path, O_RDONLY, 0);
	if (fd < 0)
		return fd;
	ret = store__read_fd(fd, &sb);
	(void)close(fd);
	if (!ret && !sb.buf)
		ret = strbuf_add(&sb, "", 0);
	if (ret) {
		strbuf_release(&sb);
		return ret;
	}
	*buf = strbuf_detach(&sb, len);
	return 0;
}

/* Splits one complete line (without its '\n') into a pair. */
static int store__parse_line(struct store_file *f, const char *line, size_t len)
{
	const char *eq = memchr(line, '=', len);

	if (len == 0)
		return 0;
	if (!eq || eq == line || memchr(line, '\0', len))
		return -EINVAL;
	return store__take(f, gf_strndup(line, (size_t)(eq - line)),
			   gf_strndup(eq + 1, (size_t)(line + len - eq - 1)));
}

/* Parses a whole file text; a trailing line without '\n' is ignored. */
int store_file_parse(const char *text, size_t len, struct store_file *out)
{
	const char *p = text, *end = text + len, *nl;
	int ret;

	store_file_init(out);
	while (p < end && (nl = memchr(p, '\n', (size_t)(end - p)))) {
		ret = store__parse_line(out, p, (size_t)(nl - p));
		if (ret) {
			store_file_release(out);
			return ret;
		}
		p = nl + 1;
	}
	return 0;
}

int store_file_load(const char *path, struct store_file *out)
{
	_cleanup_free_ char *text = NULL;
	size_t len;
	int ret;

	store_file_init(out);
	ret = store_read_all(path, &text, &len);
	if (ret)
		return ret;
	return store_file_parse(text, len, out);
}

/* ---- directories ------------------------------------------------------- */

static int store__mkdir_one(const char *path, unsigned mode)
{
	struct stat st;
	int ret = store__mkdir(path, mode);

	if (ret != -EEXIST)
		return ret;
	if (stat(path, &st) < 0)
		return -errno;
	return S_ISDIR(st.st_mode) ? 0 : -ENOTDIR;
}

int store_mkdir_p(const char *path, unsigned mode)
{
	_cleanup_free_ char *copy = NULL;
	char *p;
	int ret;

	if (!path || !*path)
		return -EINVAL;
	copy = gf_strdup(path);
	if (!copy)
		return -ENOMEM;
	for (p = copy + 1; *p; p++) {
		if (*p != '/' || p[-1] == '/')
			continue;
		*p = '\0';
		ret = store__mkdir_one(copy, mode);
		*p = '/';
		if (ret)
			return ret;
	}
	return store__mkdir_one(copy, mode);
}

static int store__rm_entry(const char *path, const struct stat *st, int type,
			   struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type == FTW_DP)
		return rmdir(path) < 0 && errno != ENOENT ? -errno : 0;
	return unlink(path) < 0 && errno != ENOENT ? -errno : 0;
}

int store_rmtree(const char *path)
{
	struct stat st;
	int ret;

	if (!path || !*path)
		return -EINVAL;
	if (lstat(path, &st) < 0)
		return errno == ENOENT ? 0 : -errno;
	if (!S_ISDIR(st.st_mode))
		return unlink(path) < 0 ? -errno : 0;
	ret = nftw(path, store__rm_entry, 32, FTW_DEPTH | FTW_PHYS);
	if (ret == -1)
		return -errno;
	return ret;
}
