/* mem: allocation wrappers with a fault-injection hook for tests. */
#ifndef GF_MEM_H
#define GF_MEM_H

#include <stddef.h>
#include <stdlib.h>

/* When > 0, the countdown-th allocation through these wrappers fails. */
extern int mem_fail_countdown;

void *gf_malloc(size_t n);
void *gf_calloc(size_t nmemb, size_t n);
void *gf_realloc(void *p, size_t n);
char *gf_strdup(const char *s);
char *gf_strndup(const char *s, size_t n);
/* Frees and returns NULL. */
void *gf_free(void *p);

static inline void freep(void *p) { free(*(void **)p); }
#define _cleanup_free_ __attribute__((cleanup(freep)))

#endif
