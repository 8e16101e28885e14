/* volopt: lookup, completion and spelling hints over the option table;
 * 10.3's value parsers and translator-side value checks; defaults,
 * op-versions and group files.
 */
#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/volopt.h"

/* Translator-side messages are formatted into a 256-byte buffer by 10.3
 * and truncated there; ours are too. */
#define VOLOPT_XL_MSG_MAX 256

char *volopt__msg(size_t cap, const char *fmt, ...)
{
	char *buf = malloc(cap);
	va_list ap;

	if (!buf)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(buf, cap, fmt, ap);
	va_end(ap);
	return buf;
}

/* ---- lookup ------------------------------------------------------------- */

const char *volopt_option_name(const struct volopt *o)
{
	const char *dot;

	if (o->option)
		return o->option;
	dot = strchr(o->key, '.');
	return dot ? dot + 1 : o->key;
}

const struct volopt *volopt_find(const char *key)
{
	size_t i;

	if (!key)
		return NULL;
	for (i = 0; i < volopt_table_len; i++)
		if (!strcmp(volopt_table[i].key, key))
			return &volopt_table[i];
	return NULL;
}

const struct volopt *volopt_find_next(const struct volopt *o)
{
	const struct volopt *end = volopt_table + volopt_table_len;
	const struct volopt *p;

	for (p = o + 1; p < end; p++)
		if (!strcmp(p->key, o->key))
			return p;
	return NULL;
}

bool volopt_is_user_key(const char *key)
{
	return key && !strncmp(key, "user.", 5);
}

/* The part of a key after its first dot. */
static const char *volopt_short(const char *key)
{
	const char *dot = strchr(key, '.');

	return dot ? dot + 1 : key;
}

int volopt_complete(const char *user_key, const struct volopt **out)
{
	const struct volopt *found = NULL;
	size_t i;

	*out = NULL;
	if (!user_key || !*user_key)
		return -ENOENT;
	if (strchr(user_key, '.')) {
		*out = volopt_find(user_key);
		return *out ? 0 : -ENOENT;
	}
	for (i = 0; i < volopt_table_len; i++) {
		const struct volopt *o = &volopt_table[i];

		if (strcmp(volopt_short(o->key), user_key))
			continue;
		if (found && strcmp(found->key, o->key))
			return -ENOENT; /* ambiguous */
		if (!found)
			found = o;
	}
	*out = found;
	return found ? 0 : -ENOENT;
}

/* ---- spelling hints ------------------------------------------------------
 *
 * 10.3 puts the dotted components of every key in a trie and looks for the
 * words at the smallest edit distance from what was typed; among equals it
 * keeps the first ones in byte order. For "dom.rest" it first picks the one
 * closest domain, then up to two closest second components in that domain.
 */

struct volopt_words {
	char **w;
	size_t n, cap;
};

static void volopt_words_release(struct volopt_words *ws)
{
	size_t i;

	for (i = 0; i < ws->n; i++)
		free(ws->w[i]);
	free(ws->w);
	ws->w = NULL;
	ws->n = ws->cap = 0;
}

static int volopt_words_add(struct volopt_words *ws, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < ws->n; i++)
		if (strlen(ws->w[i]) == len && !memcmp(ws->w[i], s, len))
			return 0;
	if (ws->n == ws->cap) {
		size_t cap = ws->cap ? 2 * ws->cap : 64;
		char **w = realloc(ws->w, cap * sizeof(*w));

		if (!w)
			return -ENOMEM;
		ws->w = w;
		ws->cap = cap;
	}
	ws->w[ws->n] = strndup(s, len);
	if (!ws->w[ws->n])
		return -ENOMEM;
	ws->n++;
	return 0;
}

/* Collects the level-0 components (domain == NULL, level0 true), or the
 * level-1 components of every key, or of the keys in one domain. */
static int volopt_words_collect(struct volopt_words *ws, bool level0,
				const char *domain)
{
	size_t i, dlen = domain ? strlen(domain) : 0;

	for (i = 0; i < volopt_table_len; i++) {
		const char *k = volopt_table[i].key;
		const char *w, *end;
		int r;

		if (level0) {
			w = k;
		} else if (domain) {
			if (strncmp(k, domain, dlen) || k[dlen] != '.')
				continue;
			w = k + dlen + 1;
		} else {
			w = strchr(k, '.');
			if (!w)
				continue;
			w++;
		}
		end = strchr(w, '.');
		r = volopt_words_add(ws, w, end ? (size_t)(end - w) : strlen(w));
		if (r)
			return r;
	}
	return 0;
}

static size_t volopt_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t *row = malloc((lb + 1) * sizeof(*row));
	size_t d;

	if (!row)
		return SIZE_MAX;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	d = row[lb];
	free(row);
	return d;
}

static int volopt_cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Picks up to max words nearest to word into pick[], in byte order. An
 * empty word leaves every candidate at the same distance (10.3 reads an
 * undefined distance there; in practice all tie). */
static size_t volopt_nearest(struct volopt_words *ws, const char *word,
			     const char **pick, size_t max)
{
	size_t best = SIZE_MAX, i, n = 0;

	qsort(ws->w, ws->n, sizeof(*ws->w), volopt_cmp_str);
	for (i = 0; i < ws->n; i++) {
		size_t d = *word ? volopt_edit_distance(word, ws->w[i]) : 0;

		if (d < best) {
			best = d;
			n = 0;
		}
		if (d == best && n < max)
			pick[n++] = ws->w[i];
	}
	return n;
}

/* Joins the hints as "a or <infix>b" (or just "a"). */
static char *volopt_hint_join(const char *prefix, const char **pick, size_t n,
			      const char *infix)
{
	char *s = NULL;
	int r;

	if (n == 0)
		return NULL;
	if (n == 1)
		r = asprintf(&s, "%s%s", prefix, pick[0]);
	else
		r = asprintf(&s, "%s%s or %s%s", prefix, pick[0], infix, pick[1]);
	return r < 0 ? NULL : s;
}

/* Up to two nearest second components of the keys in domain, joined. */
static char *volopt_suggest_in(const char *domain, const char *word)
{
	struct volopt_words ws = { 0 };
	const char *pick[2];
	char *prefix = NULL, *hint = NULL;
	size_t n;

	if (asprintf(&prefix, "%s.", domain) < 0)
		return NULL;
	if (!volopt_words_collect(&ws, false, domain)) {
		n = volopt_nearest(&ws, word, pick, 2);
		hint = volopt_hint_join(prefix, pick, n, "...");
	}
	volopt_words_release(&ws);
	free(prefix);
	return hint;
}

char *volopt_suggest(const char *key)
{
	struct volopt_words ws = { 0 };
	const char *pick[2];
	const char *dot;
	char *dom, *hint = NULL;
	size_t n;

	if (!key)
		return NULL;
	dot = strchr(key, '.');
	if (!dot) {
		if (!volopt_words_collect(&ws, false, NULL)) {
			n = volopt_nearest(&ws, key, pick, 2);
			hint = volopt_hint_join("", pick, n, "");
		}
		volopt_words_release(&ws);
		return hint;
	}
	dom = strndup(key, (size_t)(dot - key));
	if (dom && !volopt_words_collect(&ws, true, NULL) &&
	    volopt_nearest(&ws, dom, pick, 1) == 1)
		hint = volopt_suggest_in(pick[0], dot + 1);
	volopt_words_release(&ws);
	free(dom);
	return hint;
}

/* ---- parsers -------------------------------------------------------------
 * Same acceptance as libglusterfs 10.3: strtoll/strtoul/strtod with nothing
 * left over, a leading '-' refused where the value is unsigned.
 */

static bool volopt_leading_minus(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return *s == '-';
}

int volopt_parse_bool(const char *s, bool *out)
{
	static const char *const yes[] = { "1", "on", "yes", "true", "enable" };
	static const char *const no[] = { "0", "off", "no", "false", "disable" };
	size_t i;

	if (!s)
		return -EINVAL;
	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (!strcasecmp(s, yes[i])) {
			*out = true;
			return 0;
		}
		if (!strcasecmp(s, no[i])) {
			*out = false;
			return 0;
		}
	}
	return -EINVAL;
}

int volopt_parse_int64(const char *s, int64_t *out)
{
	char *tail;
	long long v;

	if (!s)
		return -EINVAL;
	errno = 0;
	v = strtoll(s, &tail, 0);
	if (tail == s || *tail)
		return -EINVAL;
	if (errno == ERANGE)
		return -ERANGE;
	*out = v;
	return 0;
}

int volopt_parse_uint64(const char *s, uint64_t *out)
{
	char *tail;
	unsigned long long v;

	if (!s || volopt_leading_minus(s))
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &tail, 0);
	if (tail == s || *tail)
		return -EINVAL;
	if (errno == ERANGE)
		return -ERANGE;
	*out = v;
	return 0;
}

#define VOLOPT_KB 1024ULL
#define VOLOPT_MB (1024ULL * VOLOPT_KB)
#define VOLOPT_GB (1024ULL * VOLOPT_MB)
#define VOLOPT_TB (1024ULL * VOLOPT_GB)
#define VOLOPT_PB (1024ULL * VOLOPT_TB)

static uint64_t volopt_unit(const char *tail, bool with_bytes)
{
	static const struct {
		const char *s;
		uint64_t mul;
	} units[] = {
		{ "KB", VOLOPT_KB }, { "MB", VOLOPT_MB }, { "GB", VOLOPT_GB },
		{ "TB", VOLOPT_TB }, { "PB", VOLOPT_PB },
	};
	size_t i;

	if (!*tail)
		return 1;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (!strcasecmp(tail, units[i].s))
			return units[i].mul;
	if (with_bytes && !strcasecmp(tail, "B"))
		return 1;
	return 0;
}

int volopt_parse_size(const char *s, uint64_t *out)
{
	char *tail;
	uint64_t mul;

	if (!s || volopt_leading_minus(s))
		return -EINVAL;
	errno = 0;
	if (strrchr(s, '.')) {
		double v = strtod(s, &tail);

		if (tail == s || errno == ERANGE)
			return -EINVAL;
		mul = volopt_unit(tail, true);
		if (!mul)
			return -EINVAL;
		v *= (double)mul;
		if (v > (double)INT64_MAX)
			return -ERANGE;
		*out = (uint64_t)v;
		return 0;
	}
	{
		long long v = strtoll(s, &tail, 10);

		if (tail == s || errno == ERANGE)
			return -EINVAL;
		mul = volopt_unit(tail, true);
		if (!mul)
			return -EINVAL;
		/* 10.3 multiplies without an overflow check */
		*out = (uint64_t)v * mul;
		if ((int64_t)*out < 0)
			return -ERANGE;
		return 0;
	}
}

int volopt_parse_time(const char *s, int64_t *out)
{
	static const struct {
		const char *s;
		int64_t mul;
	} units[] = {
		{ "", 1 },	     { "s", 1 },	{ "sec", 1 },
		{ "m", 60 },	     { "min", 60 },	{ "h", 3600 },
		{ "hr", 3600 },	     { "d", 86400 },	{ "days", 86400 },
		{ "w", 604800 },     { "wk", 604800 },
	};
	char *tail;
	long v;
	size_t i;

	if (!s || volopt_leading_minus(s))
		return -EINVAL;
	errno = 0;
	v = strtol(s, &tail, 0);
	if (tail == s || errno == ERANGE)
		return -EINVAL;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (!strcmp(tail, units[i].s)) {
			*out = (int64_t)v * units[i].mul;
			return 0;
		}
	}
	return -EINVAL;
}

int volopt_parse_percent(const char *s, double *out)
{
	char *tail;
	double v;

	if (!s || volopt_leading_minus(s))
		return -EINVAL;
	errno = 0;
	v = strtod(s, &tail);
	if (tail == s || errno == ERANGE)
		return -EINVAL;
	if (*tail && strcmp(tail, "%"))
		return -EINVAL;
	*out = v;
	return 0;
}

/* Bytes with KB..PB, or a percentage; never a "B" suffix. */
static int volopt_parse_percent_or_size(const char *s, double *out,
					bool *is_percent)
{
	char *tail;
	double v;
	uint64_t mul;

	*is_percent = false;
	if (!s || volopt_leading_minus(s))
		return -EINVAL;
	errno = 0;
	v = strtod(s, &tail);
	if (tail == s || errno == ERANGE)
		return -EINVAL;
	if (!strcmp(tail, "%")) {
		*is_percent = true;
	} else {
		mul = volopt_unit(tail, false);
		if (!mul)
			return -EINVAL;
		v *= (double)mul;
	}
	*out = v;
	return 0;
}

/* ---- internet addresses (10.3's acceptance rules) ----------------------- */

static bool volopt_valid_ipv4(const char *addr, bool wildcard)
{
	size_t len = strlen(addr);
	char *dup, *tok, *save = NULL;
	int octets = 0;
	bool ok = true, is_wild = false;

	if (!len || strstr(addr, "..") ||
	    (!isdigit((unsigned char)addr[len - 1]) && addr[len - 1] != '*'))
		return false;
	dup = strdup(addr);
	if (!dup)
		return false;
	for (tok = strtok_r(dup, ".", &save); tok;
	     tok = strtok_r(NULL, ".", &save)) {
		char *end;
		long v;

		octets++;
		if (wildcard && !strcmp(tok, "*")) {
			is_wild = true;
			continue;
		}
		v = strtol(tok, &end, 10);
		if (v > 255 || v < 0 || *end) {
			ok = false;
			break;
		}
	}
	free(dup);
	if (ok && (octets > 4 || (octets < 4 && !is_wild)))
		ok = false;
	return ok;
}

static bool volopt_valid_ipv6(const char *addr, bool wildcard)
{
	char *dup = strdup(addr), *pct, *tok, *save = NULL;
	size_t len, i;
	int groups = 0;
	bool ok = true, is_wild = false, compressed = false;

	if (!dup)
		return false;
	pct = strchr(dup, '%');
	if (pct)
		*pct = '\0';
	len = strlen(dup);
	if (!len || dup[len - 1] == ':') {
		free(dup);
		return false;
	}
	for (i = 0; i + 1 < len; i++) {
		if (dup[i] == ':' && dup[i + 1] == ':') {
			if (compressed) {
				free(dup);
				return false;
			}
			compressed = true;
		}
	}
	for (tok = strtok_r(dup, ":", &save); tok;
	     tok = strtok_r(NULL, ":", &save)) {
		char *end;
		long v;

		groups++;
		if (wildcard && !strcmp(tok, "*")) {
			is_wild = true;
			continue;
		}
		v = strtol(tok, &end, 16);
		if (v > 0xffff || v < 0 || *end) {
			ok = false;
			break;
		}
	}
	free(dup);
	if (ok && (groups > 8 || (groups < 8 && !is_wild && !compressed)))
		ok = false;
	return ok;
}

static bool volopt_valid_hostname(const char *addr)
{
	size_t len = strlen(addr), i;
	char *dup, *tok, *save = NULL;
	bool ok = true;

	if (len < 1 || len > 255)
		return false;
	if (!isalnum((unsigned char)addr[len - 1]) && addr[len - 1] != '*')
		return false;
	if (strstr(addr, ".."))
		return false;
	dup = strdup(addr);
	if (!dup)
		return false;
	for (tok = strtok_r(dup, ".", &save); tok && ok;
	     tok = strtok_r(NULL, ".", &save)) {
		size_t tl = strlen(tok);

		if (!isalnum((unsigned char)tok[0]) ||
		    !isalnum((unsigned char)tok[tl - 1]))
			ok = false;
		for (i = 1; ok && i < tl; i++)
			if (!isalnum((unsigned char)tok[i]) && tok[i] != '-')
				ok = false;
	}
	free(dup);
	return ok;
}

static bool volopt_valid_cidr(const char *addr, bool wildcard)
{
	char *dup = strdup(addr), *slash;
	int mask;
	bool ok;

	if (!dup)
		return false;
	slash = strchr(dup, '/');
	if (!slash) {
		free(dup);
		return false;
	}
	*slash = '\0';
	mask = atoi(slash + 1);
	ok = mask >= 1 && mask <= 32 && volopt_valid_ipv4(dup, wildcard);
	free(dup);
	return ok;
}

static bool volopt_valid_address(const char *addr, bool wildcard, bool cidr)
{
	if (!*addr)
		return false;
	if (wildcard && !strcmp(addr, "*"))
		return true;
	if (cidr && volopt_valid_cidr(addr, wildcard))
		return true;
	return volopt_valid_ipv4(addr, wildcard) ||
	       volopt_valid_ipv6(addr, wildcard) || volopt_valid_hostname(addr);
}

/* Every token separated by sep must be a valid address. */
static bool volopt_valid_address_tokens(char *s, const char *sep)
{
	char *tok, *save = NULL;

	for (tok = strtok_r(s, sep, &save); tok;
	     tok = strtok_r(NULL, sep, &save))
		if (!volopt_valid_address(tok, true, true))
			return false;
	return true;
}

/* "a,b,c" or "/dir(a|b),/dir2(c)". */
static bool volopt_valid_address_list(const char *value)
{
	char *dup = strdup(value), *entry, *save = NULL;
	bool ok = true;

	if (!dup)
		return false;
	if (dup[0] != '/' && !strchr(dup, '(')) {
		ok = volopt_valid_address_tokens(dup, ",");
		free(dup);
		return ok;
	}
	for (entry = strtok_r(dup, ",", &save); entry && ok;
	     entry = strtok_r(NULL, ",", &save)) {
		char *open = strchr(entry, '('), *close;

		if (entry[0] != '/' || !open) {
			ok = false;
			break;
		}
		close = strchr(open + 1, ')');
		if (close)
			*close = '\0';
		/* no address at all is refused, "/dir(a|)" is not */
		if (strspn(open + 1, "|") == strlen(open + 1))
			ok = false;
		else
			ok = volopt_valid_address_tokens(open + 1, "|");
	}
	free(dup);
	return ok;
}

/* "pattern:priority[,pattern:priority...]" */
static bool volopt_valid_priority_list(const char *value)
{
	char *dup = strdup(value), *item, *save = NULL;
	bool ok = true;

	if (!dup)
		return false;
	for (item = strtok_r(dup, ",", &save); item && ok;
	     item = strtok_r(NULL, ",", &save)) {
		char *save2 = NULL, *prio;
		int64_t v;

		(void)strtok_r(item, ":", &save2);
		prio = strtok_r(NULL, ":", &save2);
		if (!prio || volopt_parse_int64(prio, &v))
			ok = false;
	}
	free(dup);
	return ok;
}

/* Whether rest is "<kind>-<n>" with n < limit. */
static bool volopt_numbered(const char *rest, const char *kind, size_t limit)
{
	size_t kl = strlen(kind);
	unsigned long n;
	char *end;

	if (strncmp(rest, kind, kl) || rest[kl] != '-' ||
	    !isdigit((unsigned char)rest[kl + 1]))
		return false;
	n = strtoul(rest + kl + 1, &end, 10);
	return !*end && n < limit;
}

/* Names a translator of the volume's graphs may have: the volume itself,
 * <vol>-dht, <vol>-client-<i>, <vol>-replicate-<i>, <vol>-disperse-<i>. */
static bool volopt_valid_xlator_name(const char *value,
				     const struct volopt_vol_facts *vol)
{
	size_t vlen;
	const char *rest;

	if (!vol || !vol->name)
		return false;
	vlen = strlen(vol->name);
	if (!strcmp(value, vol->name))
		return true;
	if (strncmp(value, vol->name, vlen) || value[vlen] != '-')
		return false;
	rest = value + vlen + 1;
	return !strcmp(rest, "dht") ||
	       volopt_numbered(rest, "client", vol->n_bricks) ||
	       (vol->type == VOLOPT_VOL_REPLICATE &&
		volopt_numbered(rest, "replicate", vol->n_bricks)) ||
	       (vol->type == VOLOPT_VOL_DISPERSE &&
		volopt_numbered(rest, "disperse", vol->n_bricks));
}

/* ---- translator-side value checks ---------------------------------------- */

/* Integers honour a one-sided range even when both bounds are 0; the
 * other types skip the range check whenever both bounds are 0. */
static bool volopt_range_skipped(const struct volopt_schema *sc)
{
	return sc->range == VOLOPT_RANGE_BOTH && sc->min == 0 && sc->max == 0;
}

static bool volopt_no_range(const struct volopt_schema *sc)
{
	return sc->min == 0 && sc->max == 0;
}

static int volopt_fail(char **errstr, char *msg)
{
	*errstr = msg;
	return msg ? -EINVAL : -ENOMEM;
}

static int volopt_check_int(const struct volopt_schema *sc, const char *name,
			    const char *value, char **errstr)
{
	const size_t cap = VOLOPT_XL_MSG_MAX;
	int64_t v;

	if (volopt_parse_int64(value, &v) || (v == 0 && strchr(value, '-')))
		return volopt_fail(errstr, volopt__msg(cap,
			"invalid number format \"%s\" in option \"%s\"", value, name));
	if (volopt_range_skipped(sc))
		return 0;
	if (sc->range == VOLOPT_RANGE_MIN) {
		if ((double)v < sc->min)
			return volopt_fail(errstr, volopt__msg(cap,
				"'%" PRId64 "' in 'option %s %s' is smaller than minimum value '%.0f'",
				v, name, value, sc->min));
		return 0;
	}
	if (sc->range == VOLOPT_RANGE_MAX) {
		if ((double)v > sc->max)
			return volopt_fail(errstr, volopt__msg(cap,
				"'%" PRId64 "' in 'option %s %s' is greater than maximum value '%.0f'",
				v, name, value, sc->max));
		return 0;
	}
	if ((double)v < sc->min || (double)v > sc->max)
		return volopt_fail(errstr, volopt__msg(cap,
			"'%" PRId64 "' in 'option %s %s' is out of range [%.0f - %.0f]",
			v, name, value, sc->min, sc->max));
	return 0;
}

static int volopt_check_size(const struct volopt_schema *sc, const char *name,
			     const char *value, char **errstr)
{
	const size_t cap = VOLOPT_XL_MSG_MAX;
	uint64_t v;

	if (volopt_parse_size(value, &v))
		return volopt_fail(errstr, volopt__msg(cap,
			"invalid number format \"%s\" in option \"%s\"", value, name));
	if (volopt_no_range(sc))
		return 0;
	if ((double)v < sc->min || (double)v > sc->max)
		return volopt_fail(errstr, volopt__msg(cap,
			"'%" PRIu64 "' in 'option %s %s' is out of range [%.0f - %.0f]",
			v, name, value, sc->min, sc->max));
	return 0;
}

static int volopt_check_time(const struct volopt_schema *sc, const char *name,
			     const char *value, char **errstr)
{
	const size_t cap = VOLOPT_XL_MSG_MAX;
	int64_t v;

	if (volopt_parse_time(value, &v))
		return volopt_fail(errstr, volopt__msg(cap,
			"invalid time format \"%s\" in \"option %s\"", value, name));
	if (volopt_no_range(sc))
		return 0;
	if ((double)v < sc->min || (double)v > sc->max)
		return volopt_fail(errstr, volopt__msg(cap,
			"'%" PRId64 "' in 'option %s %s' is out of range [%.0f - %.0f]",
			v, name, value, sc->min, sc->max));
	return 0;
}

static int volopt_check_percent(const char *name, const char *value,
				char **errstr)
{
	const size_t cap = VOLOPT_XL_MSG_MAX;
	double v;

	if (volopt_parse_percent(value, &v))
		return volopt_fail(errstr, volopt__msg(cap,
			"invalid percent format \"%s\" in \"option %s\"", value, name));
	if (v < 0.0 || v > 100.0)
		return volopt_fail(errstr, volopt__msg(cap,
			"'%lf' in 'option %s %s' is out of range [0 - 100]",
			v, name, value));
	return 0;
}

static int volopt_check_percent_or_size(const struct volopt_schema *sc,
					const char *name, const char *value,
					char **errstr)
{
	const size_t cap = VOLOPT_XL_MSG_MAX;
	double v;
	bool pct;

	if (volopt_parse_percent_or_size(value, &v, &pct))
		return volopt_fail(errstr, volopt__msg(cap,
			"invalid number format \"%s\" in \"option %s\"", value, name));
	if (pct) {
		if (v < 0.0 || v > 100.0)
			return volopt_fail(errstr, volopt__msg(cap,
				"'%lf' in 'option %s %s' is out of range [0 - 100]",
				v, name, value));
		return 0;
	}
	if (strchr(value, '.'))
		return volopt_fail(errstr, volopt__msg(cap,
			"'%lf' in 'option %s %s' should not be fractional value. Use valid unsigned integer value.",
			v, name, value));
	if (volopt_no_range(sc))
		return 0;
	if (v < sc->min || v > sc->max)
		return volopt_fail(errstr, volopt__msg(cap,
			"'%lf' in 'option %s %s' is out of range [%.0f - %.0f]",
			v, name, value, sc->min, sc->max));
	return 0;
}

static int volopt_check_str(const struct volopt_schema *sc, const char *name,
			    const char *value, char **errstr)
{
	char buf[VOLOPT_XL_MSG_MAX];
	size_t i, len;

	if (!sc->values || !sc->values[0])
		return 0;
	for (i = 0; sc->values[i]; i++)
		if (!fnmatch(sc->values[i], value, FNM_EXTMATCH))
			return 0;
	len = (size_t)snprintf(buf, sizeof(buf),
			       "option %s %s: '%s' is not valid (possible options are ",
			       name, value, value);
	for (i = 0; sc->values[i] && len < sizeof(buf); i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s",
					sc->values[i], sc->values[i + 1] ? ", " : ".)");
	return volopt_fail(errstr, strdup(buf));
}

static int volopt_check_path(const char *name, const char *value, char **errstr)
{
	const size_t cap = VOLOPT_XL_MSG_MAX;

	if (strstr(value, "../"))
		return volopt_fail(errstr, volopt__msg(cap,
			"invalid path given '%s'", value));
	if (value[0] != '/')
		return volopt_fail(errstr, volopt__msg(cap,
			"option %s %s: '%s' is not an absolute path name",
			name, value, value));
	return 0;
}

static int volopt_check_double(const struct volopt_schema *sc, const char *name,
			       const char *value, char **errstr)
{
	const size_t cap = VOLOPT_XL_MSG_MAX;
	char *tail;
	double v;

	errno = 0;
	v = strtod(value, &tail);
	if (tail == value || *tail || errno == ERANGE)
		return volopt_fail(errstr, volopt__msg(cap,
			"invalid number format \"%s\" in option \"%s\"", value, name));
	if (volopt_no_range(sc))
		return 0;
	if (v < sc->min || v > sc->max)
		return volopt_fail(errstr, volopt__msg(cap,
			"'%f' in 'option %s %s' is out of range [%f - %f]",
			v, name, value, sc->min, sc->max));
	return 0;
}

int volopt_validate_value(const struct volopt_schema *sc, const char *name,
			  const char *value, const struct volopt_vol_facts *vol,
			  char **errstr)
{
	const size_t cap = VOLOPT_XL_MSG_MAX;
	bool b;

	*errstr = NULL;
	if (!sc || !value)
		return 0;
	if (!name)
		name = sc->name;
	switch (sc->type) {
	case VOLOPT_T_STR:
		return volopt_check_str(sc, name, value, errstr);
	case VOLOPT_T_INT:
		return volopt_check_int(sc, name, value, errstr);
	case VOLOPT_T_SIZET:
		return volopt_check_size(sc, name, value, errstr);
	case VOLOPT_T_PERCENT:
		return volopt_check_percent(name, value, errstr);
	case VOLOPT_T_PERCENT_OR_SIZET:
		return volopt_check_percent_or_size(sc, name, value, errstr);
	case VOLOPT_T_BOOL:
		if (volopt_parse_bool(value, &b))
			return volopt_fail(errstr, volopt__msg(cap,
				"option %s %s: '%s' is not a valid boolean value",
				name, value, value));
		return 0;
	case VOLOPT_T_XLATOR:
		if (!volopt_valid_xlator_name(value, vol))
			return volopt_fail(errstr, volopt__msg(cap,
				"option %s %s: '%s' is not a valid volume name",
				name, value, value));
		return 0;
	case VOLOPT_T_PATH:
		return volopt_check_path(name, value, errstr);
	case VOLOPT_T_TIME:
		return volopt_check_time(sc, name, value, errstr);
	case VOLOPT_T_DOUBLE:
		return volopt_check_double(sc, name, value, errstr);
	case VOLOPT_T_INET_ADDR:
		if (!volopt_valid_address(value, false, false))
			return volopt_fail(errstr, volopt__msg(cap,
				"option %s %s: Can not parse %s address",
				name, value, value));
		return 0;
	case VOLOPT_T_INET_ADDR_LIST:
		if (!volopt_valid_address_list(value))
			return volopt_fail(errstr, volopt__msg(4096,
				"option %s %s: '%s' is not a valid internet-address-list",
				name, value, value));
		return 0;
	case VOLOPT_T_PRIO_LIST:
		if (!volopt_valid_priority_list(value))
			return volopt_fail(errstr, volopt__msg(cap,
				"option %s %s: '%s' is not a valid priority-list",
				name, value, value));
		return 0;
	default:
		return 0;
	}
}

/* ---- defaults and op-versions ------------------------------------------- */

#define VOLOPT_OPV_3_6_0 30600
#define VOLOPT_OPV_3_7_0 30700
#define VOLOPT_OPV_3_8_0 30800
#define VOLOPT_OPV_3_9_0 30900
#define VOLOPT_OPV_7_0 70000
#define VOLOPT_OPV_9_0 90000

static const char *volopt_af(const char *address_family)
{
	return address_family && *address_family ? address_family : "inet";
}

size_t volopt_reset_restores(const struct volopt_vol_facts *vol,
			     uint32_t cluster_op_version, const char *key,
			     bool quota_enabled, struct volopt_pair *out)
{
	size_t n = 0;

	if (key && !strcmp(key, "all"))
		key = NULL;
	if (cluster_op_version >= VOLOPT_OPV_3_8_0 &&
	    (!key || !strcmp(key, "nfs.disable")))
		out[n++] = (struct volopt_pair){ "nfs.disable", "on" };
	if (cluster_op_version >= VOLOPT_OPV_3_7_0 && quota_enabled &&
	    (!key || !strcmp(key, "features.quota-deem-statfs")))
		out[n++] = (struct volopt_pair){ "features.quota-deem-statfs", "on" };
	if (cluster_op_version >= VOLOPT_OPV_3_9_0 &&
	    vol->transport == VOLOPT_TRANSPORT_TCP &&
	    (!key || !strcmp(key, "transport.address-family")))
		out[n++] = (struct volopt_pair){ "transport.address-family",
						 volopt_af(NULL) };
	if (cluster_op_version >= VOLOPT_OPV_7_0)
		out[n++] = (struct volopt_pair){ "storage.fips-mode-rchecksum", "on" };
	if (cluster_op_version >= VOLOPT_OPV_9_0 &&
	    vol->type == VOLOPT_VOL_REPLICATE &&
	    (!key || !strcmp(key, "cluster.granular-entry-heal")))
		out[n++] = (struct volopt_pair){ "cluster.granular-entry-heal", "on" };
	return n;
}

size_t volopt_create_defaults(const struct volopt_vol_facts *vol,
			      uint32_t cluster_op_version,
			      const char *address_family,
			      struct volopt_pair *out)
{
	struct volopt_pair ins[VOLOPT_CREATE_MAX];
	size_t n = 0, i;

	if (vol->type == VOLOPT_VOL_REPLICATE)
		ins[n++] = (struct volopt_pair){ "performance.client-io-threads",
						 "off" };
	n += volopt_reset_restores(vol, cluster_op_version, NULL, false, ins + n);
	for (i = 0; i < n; i++) {
		out[i] = ins[n - 1 - i];
		if (!strcmp(out[i].key, "transport.address-family"))
			out[i].value = volopt_af(address_family);
	}
	return n;
}

/* Toggles and boolean options count only when on. */
static bool volopt_counts(const struct volopt *o, const char *value)
{
	bool on;

	if (!(o->flags & VOLOPT_XLATOR_TOGGLE) &&
	    !(o->schema && o->schema->type == VOLOPT_T_BOOL))
		return true;
	return !volopt_parse_bool(value, &on) && on;
}

void volopt_compute_op_versions(const struct volopt_pair *opts, size_t n,
				bool disperse, uint32_t cluster_op_version,
				uint32_t *op_version,
				uint32_t *client_op_version)
{
	uint32_t op = 1, cop = 1;
	bool ob = true;
	size_t i;

	for (i = 0; i < n; i++) {
		const struct volopt *o = volopt_find(opts[i].key);

		if (!strcmp(opts[i].key, "performance.open-behind") &&
		    volopt_parse_bool(opts[i].value, &ob))
			ob = true;
		if (!o || !volopt_counts(o, opts[i].value))
			continue;
		if (o->op_version > op)
			op = o->op_version;
		if ((o->flags & VOLOPT_CLIENT) && o->op_version > cop)
			cop = o->op_version;
	}
	if (cluster_op_version >= 2 && ob) {
		if (op < 2)
			op = 2;
		if (cop < 2)
			cop = 2;
	}
	if (disperse) {
		if (op < VOLOPT_OPV_3_6_0)
			op = VOLOPT_OPV_3_6_0;
		if (cop < VOLOPT_OPV_3_6_0)
			cop = VOLOPT_OPV_3_6_0;
	}
	*op_version = op;
	*client_op_version = cop;
}

/* ---- get display -------------------------------------------------------- */

const char *volopt_get_display(const struct volopt *o,
			       const struct volopt_vol_facts *vol)
{
	if (vol && vol->type == VOLOPT_VOL_REPLICATE) {
		if (!strcmp(o->key, "performance.client-io-threads"))
			return "off";
		if (!strcmp(o->key, "cluster.quorum-type") &&
		    vol->replica_count % 2)
			return "auto";
	}
	return o->get_display;
}

/* ---- group files -------------------------------------------------------- */

struct volopt_kv *volopt_kvs_free(struct volopt_kv *kvs, size_t n)
{
	size_t i;

	if (!kvs)
		return NULL;
	for (i = 0; i < n; i++) {
		free(kvs[i].key);
		free(kvs[i].value);
	}
	free(kvs);
	return NULL;
}

static int volopt_group_add(struct volopt_kv **kvs, size_t *n, size_t *cap,
			    const char *key, const char *value)
{
	struct volopt_kv *p = *kvs;

	if (*n == *cap) {
		size_t c = *cap ? 2 * *cap : 16;

		p = realloc(*kvs, c * sizeof(*p));
		if (!p)
			return -ENOMEM;
		*kvs = p;
		*cap = c;
	}
	p[*n].key = strdup(key);
	p[*n].value = strdup(value);
	(*n)++;
	return p[*n - 1].key && p[*n - 1].value ? 0 : -ENOMEM;
}

static int volopt_group_parse(FILE *fp, struct volopt_kv **kvs, size_t *n)
{
	size_t cap = 0;
	char tok[4096 + 256];

	/* like fscanf("%s"): one whitespace-separated token at a time */
	while (fscanf(fp, "%4351s", tok) == 1) {
		char *save = NULL, *key, *value;

		key = strtok_r(tok, "=", &save);
		value = strtok_r(NULL, "\r\n", &save);
		if (!key || !value)
			return -EINVAL;
		if (volopt_group_add(kvs, n, &cap, key, value))
			return -ENOMEM;
	}
	return *n ? 0 : -EINVAL;
}

int volopt_read_group(const char *path, struct volopt_kv **kvs, size_t *n,
		      char **errstr)
{
	FILE *fp;
	int r;

	*kvs = NULL;
	*n = 0;
	*errstr = NULL;
	fp = fopen(path, "r");
	if (!fp) {
		r = -errno;
		if (asprintf(errstr, "Unable to open file '%s'. Error: %s",
			     path, strerror(-r)) < 0)
			*errstr = NULL;
		return r;
	}
	r = volopt_group_parse(fp, kvs, n);
	fclose(fp);
	if (r) {
		*kvs = volopt_kvs_free(*kvs, *n);
		*n = 0;
		if (r == -EINVAL &&
		    asprintf(errstr, "'%s' file format not valid.", path) < 0)
			*errstr = NULL;
	}
	return r;
}
