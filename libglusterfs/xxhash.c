/* xxhash: XXH64 (seeded, one-shot). */
#include "libglusterfs/xxhash.h"

#include <stdio.h>
#include <string.h>

#define P1 0x9E3779B185EBCA87ULL
#define P2 0xC2B2AE3D27D4EB4FULL
#define P3 0x165667B19E3779F9ULL
#define P4 0x85EBCA77C2B2AE63ULL
#define P5 0x27D4EB2F165667C5ULL

static uint64_t xxh__rotl(uint64_t x, unsigned r)
{
	return (x << r) | (x >> (64 - r));
}

/* Little-endian loads, independent of host order and alignment. */
static uint64_t xxh__le64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

static uint32_t xxh__le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint64_t xxh__round(uint64_t acc, uint64_t lane)
{
	acc += lane * P2;
	acc = xxh__rotl(acc, 31);
	return acc * P1;
}

static uint64_t xxh__merge(uint64_t h, uint64_t acc)
{
	h ^= xxh__round(0, acc);
	return h * P1 + P4;
}

/* The four-lane body over every complete 32-byte stripe. */
static uint64_t xxh__stripes(const unsigned char **pp, size_t len,
			     uint64_t seed)
{
	const unsigned char *p = *pp, *limit = p + len - 32;
	uint64_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
	uint64_t h;

	do {
		v1 = xxh__round(v1, xxh__le64(p));
		v2 = xxh__round(v2, xxh__le64(p + 8));
		v3 = xxh__round(v3, xxh__le64(p + 16));
		v4 = xxh__round(v4, xxh__le64(p + 24));
		p += 32;
	} while (p <= limit);
	h = xxh__rotl(v1, 1) + xxh__rotl(v2, 7) + xxh__rotl(v3, 12) +
	    xxh__rotl(v4, 18);
	h = xxh__merge(h, v1);
	h = xxh__merge(h, v2);
	h = xxh__merge(h, v3);
	h = xxh__merge(h, v4);
	*pp = p;
	return h;
}

static uint64_t xxh__avalanche(uint64_t h)
{
	h ^= h >> 33;
	h *= P2;
	h ^= h >> 29;
	h *= P3;
	h ^= h >> 32;
	return h;
}

uint64_t gf_xxh64(const void *data, size_t len, uint64_t seed)
{
	const unsigned char *p = data, *end = p + len;
	uint64_t h;

	h = len >= 32 ? xxh__stripes(&p, len, seed) : seed + P5;
	h += (uint64_t)len;
	for (; end - p >= 8; p += 8) {
		h ^= xxh__round(0, xxh__le64(p));
		h = xxh__rotl(h, 27) * P1 + P4;
	}
	if (end - p >= 4) {
		h ^= (uint64_t)xxh__le32(p) * P1;
		h = xxh__rotl(h, 23) * P2 + P3;
		p += 4;
	}
	for (; p < end; p++) {
		h ^= *p * P5;
		h = xxh__rotl(h, 11) * P1;
	}
	return xxh__avalanche(h);
}

void gf_xxh64_hex(const char *s, char out[17])
{
	snprintf(out, 17, "%016llx",
		 (unsigned long long)gf_xxh64(s, strlen(s), 0));
}
