/* store: key=value files as glusterd writes them.
 *
 * Saving is atomic: <path>.tmp is written (mode 0600), fsync'd, renamed over
 * <path>, then the parent directory is fsync'd. On any error the temporary
 * file is removed and the old file is untouched.
 *
 * Loading follows 10.x's reader: key = text before the first '=', value =
 * the rest of the line; empty lines are skipped; a last line without '\n'
 * is ignored. Pairs keep file order.
 */
#ifndef GF_STORE_H
#define GF_STORE_H

#include <stddef.h>

struct store_kv {
	char *key;
	char *val;
};

struct store_file {
	struct store_kv *kv;
	size_t n, alloc;
};

void store_file_init(struct store_file *f);
void store_file_release(struct store_file *f);
/* Appends a pair (copies). */
int store_file_add(struct store_file *f, const char *key, const char *val);
int store_file_addf(struct store_file *f, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* First value for key, or NULL. */
const char *store_file_get(const struct store_file *f, const char *key);

/* A line without '=' or with an empty key gives -EINVAL (out is then
 * empty); a missing file gives -ENOENT. */
int store_file_load(const char *path, struct store_file *out);
/* The same parser on a buffer already in memory. */
int store_file_parse(const char *text, size_t len, struct store_file *out);
int store_file_save(const char *path, const struct store_file *f);

/* Atomic write of an arbitrary buffer (same protocol as store_file_save). */
int store_write_atomic(const char *path, const void *buf, size_t len);
/* Between begin and end (they nest), atomic writes still write and fsync
 * the temporary file and rename it, but the fsync of each directory is
 * done once, at the outermost end (which returns its first error): one
 * commit touching ten files of a directory syncs it once. */
void store_batch_begin(void);
int store_batch_end(void);
/* The directory syncs owed so far, now (before renaming a directory that
 * was written inside a batch); the batch goes on. */
int store_batch_flush(void);
/* For files regenerated from others (volfiles): a temporary file (mode
 * 0600: brick volfiles hold credentials) renamed over path, without
 * fsync, as 10.3 writes its volfiles. After a crash
 * such a file may be empty; its owner checks and rewrites it. */
int store_write_derived(const char *path, const void *buf, size_t len);
/* Reads a whole file into a malloc'd NUL-terminated buffer. */
int store_read_all(const char *path, char **buf, size_t *len);
/* fsync a directory. */
int store_sync_dir(const char *dir);
/* mkdir -p with the given mode; existing directories are fine. */
int store_mkdir_p(const char *path, unsigned mode);
/* rm -rf. */
int store_rmtree(const char *path);

/* Test hook: when > 0, the countdown-th I/O call of store fails with EIO. */
extern int store_fail_countdown;

#endif
