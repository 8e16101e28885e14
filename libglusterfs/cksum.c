/* cksum: the XOR checksum of sorted info lines that glusterd peers compare. */
#include "libglusterfs/cksum.h"
#include "libglusterfs/mem.h"
#include "libglusterfs/strbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CKSUM_CHUNK 1024

/* The byte at offset off of a chunk, 0 outside it. */
static unsigned cksum__at(const unsigned char *d, size_t n, long off)
{
	return off >= 0 && (size_t)off < n ? d[off] : 0;
}

static uint32_t cksum__chunk(uint32_t state, const unsigned char *d, size_t n)
{
	unsigned char b[4];
	size_t i, k;

	if (state == 0)
		state = 0x0bb0bebau;
	for (k = 0; k < 4; k++)
		b[k] = (unsigned char)(state >> (8 * k));
	for (i = 0; i + 4 < n; i += 4)
		for (k = 0; k < 4; k++)
			b[k] ^= (unsigned char)(d[i + k] << k);
	for (k = 0; k <= n % 4; k++)
		b[k] ^= (unsigned char)(cksum__at(d, n, (long)n - 4 + (long)k)
					<< k);
	return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
	       (uint32_t)b[3] << 24;
}

uint32_t gf_cksum_update(uint32_t state, const void *data, size_t len)
{
	const unsigned char *d = data;
	size_t n;

	while (len > 0) {
		n = len < CKSUM_CHUNK ? len : CKSUM_CHUNK;
		state = cksum__chunk(state, d, n);
		d += n;
		len -= n;
	}
	return state;
}

struct cksum_line {
	const char *p;
	size_t len;		/* including its '\n', if any */
};

/* strcmp order: bytewise, a prefix sorts first. */
static int cksum__cmp(const void *a, const void *b)
{
	const struct cksum_line *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->p, y->p, n);

	if (c)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

static size_t cksum__count_lines(const char *text, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (text[i] == '\n')
			n++;
	return n + (len && text[len - 1] != '\n');
}

/* The info text with its lines sorted, as one buffer. */
static char *cksum__sorted(const char *text, size_t len)
{
	size_t n = cksum__count_lines(text, len), i = 0, j, start = 0;
	struct cksum_line *lines = gf_calloc(n ? n : 1, sizeof(*lines));
	char *out = gf_malloc(len ? len : 1), *w = out;

	if (!lines || !out) {
		free(lines);
		return gf_free(out);
	}
	for (j = 0; j < len; j++) {
		if (text[j] == '\n' || j == len - 1) {
			lines[i].p = text + start;
			lines[i++].len = j + 1 - start;
			start = j + 1;
		}
	}
	qsort(lines, n, sizeof(*lines), cksum__cmp);
	for (i = 0; i < n; i++) {
		memcpy(w, lines[i].p, lines[i].len);
		w += lines[i].len;
	}
	free(lines);
	return out;
}

int gf_volume_cksum(const char *info_text, size_t len, uint32_t *file_cksum,
		    uint32_t *exported)
{
	char line[32];
	char *sorted;
	uint32_t c1;
	int n;

	if (!info_text && len)
		return -EINVAL;
	sorted = cksum__sorted(info_text ? info_text : "", len);
	if (!sorted)
		return -ENOMEM;
	c1 = gf_cksum_update(0, sorted, len);
	free(sorted);
	n = snprintf(line, sizeof(line), "info=%u\n", c1);
	if (file_cksum)
		*file_cksum = c1;
	if (exported)
		*exported = gf_cksum_update(c1, line, (size_t)n);
	return 0;
}
