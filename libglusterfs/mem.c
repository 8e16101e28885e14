/* mem: allocation wrappers with a countdown fault hook for tests. */
#include "libglusterfs/mem.h"

#include <string.h>

int mem_fail_countdown;

/* True when this allocation must fail because the test countdown hit 0. */
static int mem__should_fail(void)
{
	if (mem_fail_countdown <= 0)
		return 0;
	return --mem_fail_countdown == 0;
}

void *gf_malloc(size_t n)
{
	if (mem__should_fail())
		return NULL;
	return malloc(n ? n : 1);
}

void *gf_calloc(size_t nmemb, size_t n)
{
	if (mem__should_fail())
		return NULL;
	if (nmemb == 0 || n == 0)
		nmemb = n = 1;
	return calloc(nmemb, n);
}

void *gf_realloc(void *p, size_t n)
{
	if (mem__should_fail())
		return NULL;
	return realloc(p, n ? n : 1);
}

char *gf_strdup(const char *s)
{
	return gf_strndup(s, strlen(s));
}

char *gf_strndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = gf_malloc(len + 1);

	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void *gf_free(void *p)
{
	free(p);
	return NULL;
}
