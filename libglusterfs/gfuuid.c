/* gfuuid: uuid text helpers on top of libuuid. */
#include "libglusterfs/gfuuid.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>

void gf_uuid_generate_str(char *buf)
{
	uuid_t u;

	uuid_generate_random(u);
	uuid_unparse_lower(u, buf);
}

/* 8-4-4-4-12 hex digits, nothing before or after. */
static bool gf_uuid__well_formed(const char *text)
{
	size_t i;

	if (strnlen(text, GF_UUID_BUFLEN) != GF_UUID_STRLEN)
		return false;
	for (i = 0; i < GF_UUID_STRLEN; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (text[i] != '-')
				return false;
		} else if (!isxdigit((unsigned char)text[i])) {
			return false;
		}
	}
	return true;
}

int gf_uuid_parse(const char *text, uuid_t out)
{
	if (!text || !gf_uuid__well_formed(text))
		return -EINVAL;
	return uuid_parse(text, out) < 0 ? -EINVAL : 0;
}

void gf_uuid_unparse(const uuid_t u, char *buf)
{
	uuid_unparse_lower(u, buf);
}

bool gf_uuid_is_null(const uuid_t u)
{
	return uuid_is_null(u) != 0;
}
