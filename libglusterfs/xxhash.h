/* xxhash: XXH64, written from the public algorithm description. Upstream
 * names brick sockets after the xxh64 of a path. */
#ifndef GF_XXHASH_H
#define GF_XXHASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t gf_xxh64(const void *data, size_t len, uint64_t seed);
/* xxh64(s, strlen(s), seed 0) as 16 lowercase hex digits, most significant
 * first, plus NUL. */
void gf_xxh64_hex(const char *s, char out[17]);

#endif
