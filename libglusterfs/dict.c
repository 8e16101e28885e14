/* dict: insertion-ordered key/value pairs with a hash index and the
 * GlusterFS 10.x wire form. */
#include "libglusterfs/dict.h"
#include "libglusterfs/list.h"
#include "libglusterfs/mem.h"
#include "libglusterfs/strbuf.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DICT_MIN_BUCKETS 16

struct dict_pair {
	struct list_head order;		/* insertion order, oldest first */
	struct dict_pair *hnext;	/* hash chain */
	uint32_t hash;
	size_t keylen;
	size_t vlen;
	char *val;			/* vlen bytes, plus a guard NUL */
	char key[];
};

struct dict {
	int refs;
	size_t count;
	struct list_head pairs;
	struct dict_pair **buckets;
	size_t nbuckets;		/* 0 or a power of two */
};

/* FNV-1a over the key bytes. */
static uint32_t dict__hash(const char *key, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)key[i];
		h *= 16777619u;
	}
	return h;
}

struct dict *dict_new(void)
{
	struct dict *d = gf_calloc(1, sizeof(*d));

	if (!d)
		return NULL;
	d->refs = 1;
	list_init(&d->pairs);
	return d;
}

struct dict *dict_ref(struct dict *d)
{
	if (d)
		d->refs++;
	return d;
}

static void dict__pair_free(struct dict_pair *p)
{
	free(p->val);
	free(p);
}

static void dict__free(struct dict *d)
{
	struct dict_pair *p, *n;

	list_for_each_entry_safe(p, n, &d->pairs, order)
		dict__pair_free(p);
	free(d->buckets);
	free(d);
}

struct dict *dict_unref(struct dict *d)
{
	if (!d)
		return NULL;
	if (--d->refs <= 0)
		dict__free(d);
	return NULL;
}

size_t dict_count(const struct dict *d)
{
	return d ? d->count : 0;
}

static struct dict_pair *dict__find(const struct dict *d, const char *key,
				    size_t keylen, uint32_t hash)
{
	struct dict_pair *p;

	if (!d->nbuckets)
		return NULL;
	for (p = d->buckets[hash & (d->nbuckets - 1)]; p; p = p->hnext)
		if (p->hash == hash && p->keylen == keylen &&
		    memcmp(p->key, key, keylen) == 0)
			return p;
	return NULL;
}

static struct dict_pair *dict__lookup(const struct dict *d, const char *key)
{
	size_t len;

	if (!d || !key)
		return NULL;
	len = strlen(key);
	return dict__find(d, key, len, dict__hash(key, len));
}

/* Doubles the bucket array once the load factor reaches 1. */
static int dict__grow(struct dict *d)
{
	size_t n = d->nbuckets ? d->nbuckets * 2 : DICT_MIN_BUCKETS;
	struct dict_pair **b, *p;

	if (d->count < d->nbuckets)
		return 0;
	b = gf_calloc(n, sizeof(*b));
	if (!b)
		return -ENOMEM;
	list_for_each_entry(p, &d->pairs, order) {
		p->hnext = b[p->hash & (n - 1)];
		b[p->hash & (n - 1)] = p;
	}
	free(d->buckets);
	d->buckets = b;
	d->nbuckets = n;
	return 0;
}

static void dict__unlink_hash(struct dict *d, struct dict_pair *p)
{
	struct dict_pair **pp = &d->buckets[p->hash & (d->nbuckets - 1)];

	while (*pp != p)
		pp = &(*pp)->hnext;
	*pp = p->hnext;
}

bool dict_has(const struct dict *d, const char *key)
{
	return dict__lookup(d, key) != NULL;
}

int dict_del(struct dict *d, const char *key)
{
	struct dict_pair *p = dict__lookup(d, key);

	if (!p)
		return -ENOENT;
	dict__unlink_hash(d, p);
	list_del(&p->order);
	d->count--;
	dict__pair_free(p);
	return 0;
}

/* Stores val (already a private, NUL-guarded buffer) under key; consumes
 * val in every case. New keys go last in order, or first when at_head. */
static int dict__store(struct dict *d, const char *key, size_t keylen,
		       char *val, size_t vlen, bool at_head)
{
	uint32_t hash = dict__hash(key, keylen);
	struct dict_pair *p = dict__find(d, key, keylen, hash);

	if (p) {
		free(p->val);
		p->val = val;
		p->vlen = vlen;
		return 0;
	}
	if (dict__grow(d) < 0 ||
	    !(p = gf_malloc(sizeof(*p) + keylen + 1))) {
		free(val);
		return -ENOMEM;
	}
	memcpy(p->key, key, keylen);
	p->key[keylen] = '\0';
	p->keylen = keylen;
	p->hash = hash;
	p->val = val;
	p->vlen = vlen;
	p->hnext = d->buckets[hash & (d->nbuckets - 1)];
	d->buckets[hash & (d->nbuckets - 1)] = p;
	if (at_head)
		list_add(&p->order, &d->pairs);
	else
		list_add_tail(&p->order, &d->pairs);
	d->count++;
	return 0;
}

/* A private copy of len bytes followed by a guard NUL. */
static char *dict__dup_bytes(const void *val, size_t len)
{
	char *v;

	if (len == SIZE_MAX)
		return NULL;
	v = gf_malloc(len + 1);
	if (!v)
		return NULL;
	if (len)
		memcpy(v, val, len);
	v[len] = '\0';
	return v;
}

int dict_set_bin(struct dict *d, const char *key, const void *val, size_t len)
{
	char *v;

	if (!d || !key || (!val && len))
		return -EINVAL;
	v = dict__dup_bytes(val, len);
	if (!v)
		return -ENOMEM;
	return dict__store(d, key, strlen(key), v, len, false);
}

int dict_set_str(struct dict *d, const char *key, const char *val)
{
	if (!val)
		return -EINVAL;
	return dict_set_bin(d, key, val, strlen(val) + 1);
}

int dict_take_str(struct dict *d, const char *key, char *val)
{
	if (!d || !key || !val) {
		free(val);
		return -EINVAL;
	}
	return dict__store(d, key, strlen(key), val, strlen(val) + 1, false);
}

int dict_set_strf(struct dict *d, const char *key, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (ret) {
		strbuf_release(&sb);
		return ret;
	}
	return dict_take_str(d, key, strbuf_detach(&sb, NULL));
}

int dict_set_int(struct dict *d, const char *key, int64_t val)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", (long long)val);
	return dict_set_str(d, key, buf);
}

int dict_set_uint(struct dict *d, const char *key, uint64_t val)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%llu", (unsigned long long)val);
	return dict_set_str(d, key, buf);
}

int dict_set_double(struct dict *d, const char *key, double val)
{
	return dict_set_strf(d, key, "%f", val);
}

const char *dict_get_str(const struct dict *d, const char *key)
{
	const struct dict_pair *p = dict__lookup(d, key);

	if (!p || p->vlen == 0 || p->val[p->vlen - 1] != '\0')
		return NULL;
	return p->val;
}

const void *dict_get_bin(const struct dict *d, const char *key, size_t *len)
{
	const struct dict_pair *p = dict__lookup(d, key);

	if (!p)
		return NULL;
	if (len)
		*len = p->vlen;
	return p->val;
}

/* The value as number text: its bytes, minus one optional trailing NUL,
 * with no other NUL inside and nothing but [+-]digits. */
static int dict__num_text(const struct dict *d, const char *key,
			  const char **text)
{
	const struct dict_pair *p = dict__lookup(d, key);
	size_t len;

	if (!p)
		return -ENOENT;
	len = p->vlen;
	if (len && p->val[len - 1] == '\0')
		len--;
	if (len == 0 || strlen(p->val) != len)
		return -EINVAL;
	*text = p->val;		/* the guard NUL terminates it */
	return 0;
}

/* Base-10 digits only after an optional sign; no spaces, no junk. */
static bool dict__is_decimal(const char *s, bool allow_minus)
{
	if (*s == '+' || (allow_minus && *s == '-'))
		s++;
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

int dict_get_int(const struct dict *d, const char *key, int64_t *out)
{
	const char *s;
	long long v;
	int ret = dict__num_text(d, key, &s);

	if (ret)
		return ret;
	if (!dict__is_decimal(s, true))
		return -EINVAL;
	errno = 0;
	v = strtoll(s, NULL, 10);
	if (errno == ERANGE)
		return -EOVERFLOW;
	*out = v;
	return 0;
}

int dict_get_uint64(const struct dict *d, const char *key, uint64_t *out)
{
	const char *s;
	unsigned long long v;
	int ret = dict__num_text(d, key, &s);

	if (ret)
		return ret;
	if (!dict__is_decimal(s, false))
		return -EINVAL;
	errno = 0;
	v = strtoull(s, NULL, 10);
	if (errno == ERANGE)
		return -EOVERFLOW;
	*out = v;
	return 0;
}

int dict_get_int32(const struct dict *d, const char *key, int32_t *out)
{
	int64_t v;
	int ret = dict_get_int(d, key, &v);

	if (ret)
		return ret;
	if (v < INT32_MIN || v > INT32_MAX)
		return -EOVERFLOW;
	*out = (int32_t)v;
	return 0;
}

int dict_get_uint32(const struct dict *d, const char *key, uint32_t *out)
{
	uint64_t v;
	int ret = dict_get_uint64(d, key, &v);

	if (ret)
		return ret;
	if (v > UINT32_MAX)
		return -EOVERFLOW;
	*out = (uint32_t)v;
	return 0;
}

int dict_get_bool(const struct dict *d, const char *key, bool *out)
{
	static const char *const yes[] = { "on", "yes", "true", "enable" };
	static const char *const no[] = { "off", "no", "false", "disable" };
	const char *s;
	int64_t v;
	size_t i;
	int ret = dict_get_int(d, key, &v);

	if (ret != -EINVAL) {
		if (ret == 0)
			*out = v != 0;
		return ret == -EOVERFLOW ? -EINVAL : ret;
	}
	s = dict_get_str(d, key);
	if (!s)
		return -EINVAL;
	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcasecmp(s, yes[i]) == 0) {
			*out = true;
			return 0;
		}
		if (strcasecmp(s, no[i]) == 0) {
			*out = false;
			return 0;
		}
	}
	return -EINVAL;
}

int dict_foreach(const struct dict *d, dict_iter_fn fn, void *ctx)
{
	struct dict_pair *p, *n;
	int ret;

	if (!d)
		return 0;
	list_for_each_entry_safe(p, n, &d->pairs, order) {
		ret = fn(p->key, p->val, p->vlen, ctx);
		if (ret)
			return ret;
	}
	return 0;
}

struct dict *dict_copy(const struct dict *d)
{
	struct dict *c = dict_new();
	struct dict_pair *p;

	if (!c || !d)
		return c;
	list_for_each_entry(p, &d->pairs, order) {
		char *v = dict__dup_bytes(p->val, p->vlen);

		if (!v || dict__store(c, p->key, p->keylen, v, p->vlen,
				      false) < 0)
			return dict_unref(c);
	}
	return c;
}

/* ---- wire form -------------------------------------------------------- */

static char *dict__put_u32(char *w, uint32_t v)
{
	w[0] = (char)(v >> 24);
	w[1] = (char)(v >> 16);
	w[2] = (char)(v >> 8);
	w[3] = (char)v;
	return w + 4;
}

static uint32_t dict__get_u32(const unsigned char *r)
{
	return (uint32_t)r[0] << 24 | (uint32_t)r[1] << 16 |
	       (uint32_t)r[2] << 8 | (uint32_t)r[3];
}

/* Bytes the wire form needs, or 0 when a field does not fit. */
static size_t dict__wire_len(const struct dict *d)
{
	const struct dict_pair *p;
	size_t total = 4;

	if (d->count > UINT32_MAX)
		return 0;
	list_for_each_entry(p, &d->pairs, order) {
		if (p->keylen > UINT32_MAX || p->vlen > UINT32_MAX ||
		    total > SIZE_MAX - 9 - p->keylen - p->vlen)
			return 0;
		total += 9 + p->keylen + p->vlen;
	}
	return total;
}

int dict_serialize(const struct dict *d, char **buf, size_t *len)
{
	const struct dict_pair *p;
	size_t total;
	char *out, *w;

	if (!d || !buf || !len)
		return -EINVAL;
	total = dict__wire_len(d);
	if (!total)
		return -EOVERFLOW;
	out = gf_malloc(total);
	if (!out)
		return -ENOMEM;
	w = dict__put_u32(out, (uint32_t)d->count);
	/* newest first: walk the insertion order backwards */
	for (p = list_entry(d->pairs.prev, struct dict_pair, order);
	     &p->order != &d->pairs;
	     p = list_entry(p->order.prev, struct dict_pair, order)) {
		w = dict__put_u32(w, (uint32_t)p->keylen);
		w = dict__put_u32(w, (uint32_t)p->vlen);
		memcpy(w, p->key, p->keylen + 1);
		w += p->keylen + 1;
		if (p->vlen)
			memcpy(w, p->val, p->vlen);
		w += p->vlen;
	}
	*buf = out;
	*len = total;
	return 0;
}

/* Reads one signed 32-bit length; negative or above max is refused. */
static int dict__read_len(const unsigned char **r, const unsigned char *end,
			  uint32_t max, uint32_t *out)
{
	uint32_t v;

	if (end - *r < 4)
		return -EINVAL;
	v = dict__get_u32(*r);
	*r += 4;
	if (v > INT32_MAX || v > max)
		return -EINVAL;
	*out = v;
	return 0;
}

/* Decodes one pair at *r and stores it at the head of the order. */
static int dict__read_pair(struct dict *d, const unsigned char **r,
			   const unsigned char *end)
{
	uint32_t klen, vlen;
	const char *key;
	char *val;

	if (dict__read_len(r, end, DICT_MAX_KEYLEN, &klen) < 0 ||
	    dict__read_len(r, end, INT32_MAX, &vlen) < 0)
		return -EINVAL;
	if ((size_t)(end - *r) < (size_t)klen + 1 + vlen)
		return -EINVAL;
	key = (const char *)*r;
	if (key[klen] != '\0' || memchr(key, '\0', klen))
		return -EINVAL;
	*r += klen + 1;
	val = dict__dup_bytes(*r, vlen);
	if (!val)
		return -ENOMEM;
	*r += vlen;
	return dict__store(d, key, klen, val, vlen, true);
}

int dict_unserialize(const void *buf, size_t len, struct dict **out)
{
	const unsigned char *r = buf, *end;
	struct dict *d;
	uint32_t count, i;
	int ret;

	if (!out || (len && !buf))
		return -EINVAL;
	if (len > DICT_MAX_SERIALIZED)
		return -EINVAL;
	if (len == 0) {
		*out = dict_new();
		return *out ? 0 : -ENOMEM;
	}
	end = r + len;
	if (dict__read_len(&r, end, DICT_MAX_PAIRS, &count) < 0)
		return -EINVAL;
	if (count > (size_t)(end - r) / 9)	/* each pair needs >= 9 bytes */
		return -EINVAL;
	d = dict_new();
	if (!d)
		return -ENOMEM;
	for (i = 0; i < count; i++) {
		ret = dict__read_pair(d, &r, end);
		if (ret < 0) {
			dict_unref(d);
			return ret;
		}
	}
	*out = d;
	return 0;
}
