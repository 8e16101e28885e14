/* dict: the key/value dictionary that GlusterFS puts on the wire.
 *
 * Keys are NUL-terminated strings; values are byte strings. String values
 * are stored with their terminating NUL (as on the wire), numbers as their
 * decimal text plus NUL, binary values (uuids) as raw bytes.
 *
 * Order: iteration visits pairs in insertion order. Setting an existing key
 * replaces its value in place (position unchanged). Serialization writes the
 * most recently inserted pair first, which is what 10.x does; unserializing
 * a wire buffer re-creates the sender's insertion order.
 *
 * Ownership: dict_set_* copy their arguments; dict_take_str takes a malloc'd
 * string. Getters return pointers into the dict, valid until the key is
 * changed or the dict is freed.
 *
 * Errors: 0 on success, -errno on failure (-ENOENT missing key, -EINVAL
 * value of the wrong form, -ENOMEM, -EOVERFLOW out of range).
 */
#ifndef GF_DICT_H
#define GF_DICT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Receive-side limits: a serialized dict beyond these is refused. */
#define DICT_MAX_PAIRS     (1 << 20)
#define DICT_MAX_KEYLEN    4096
#define DICT_MAX_SERIALIZED (64u << 20)

struct dict;

struct dict *dict_new(void);
struct dict *dict_ref(struct dict *d);
/* Drops one reference; frees at zero. Accepts NULL, returns NULL. */
struct dict *dict_unref(struct dict *d);
struct dict *dict_copy(const struct dict *d);

size_t dict_count(const struct dict *d);
bool dict_has(const struct dict *d, const char *key);
int dict_del(struct dict *d, const char *key);

int dict_set_str(struct dict *d, const char *key, const char *val);
int dict_take_str(struct dict *d, const char *key, char *val);
int dict_set_strf(struct dict *d, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int dict_set_int(struct dict *d, const char *key, int64_t val);
int dict_set_uint(struct dict *d, const char *key, uint64_t val);
int dict_set_double(struct dict *d, const char *key, double val);
int dict_set_bin(struct dict *d, const char *key, const void *val, size_t len);

/* String value: NULL when missing or not NUL-terminated. */
const char *dict_get_str(const struct dict *d, const char *key);
/* Parse the decimal text with full checks (whole string, range). */
int dict_get_int(const struct dict *d, const char *key, int64_t *out);
int dict_get_int32(const struct dict *d, const char *key, int32_t *out);
int dict_get_uint32(const struct dict *d, const char *key, uint32_t *out);
int dict_get_uint64(const struct dict *d, const char *key, uint64_t *out);
int dict_get_bool(const struct dict *d, const char *key, bool *out);
/* Raw bytes of any value. */
const void *dict_get_bin(const struct dict *d, const char *key, size_t *len);

/* Visits pairs in insertion order; a non-zero return stops and is returned. */
typedef int (*dict_iter_fn)(const char *key, const void *val, size_t len,
			    void *ctx);
int dict_foreach(const struct dict *d, dict_iter_fn fn, void *ctx);

/* Wire form (wire.md section 5). *buf is malloc'd. An empty dict gives
 * the 4-byte count 0. */
int dict_serialize(const struct dict *d, char **buf, size_t *len);
/* len 0 yields an empty dict. Rejects truncated, negative or oversized
 * fields with -EINVAL; never reads outside buf. */
int dict_unserialize(const void *buf, size_t len, struct dict **out);

static inline void dict_unrefp(struct dict **d) { (void)dict_unref(*d); }
#define _cleanup_dict_ __attribute__((cleanup(dict_unrefp)))

#endif
