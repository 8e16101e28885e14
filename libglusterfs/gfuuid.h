/* gfuuid: uuid text helpers on top of libuuid. */
#ifndef GF_GFUUID_H
#define GF_GFUUID_H

#include <stdbool.h>
#include <uuid/uuid.h>

#define GF_UUID_STRLEN 36
#define GF_UUID_BUFLEN 37

/* Random (v4) uuid as lowercase text, buf holds GF_UUID_BUFLEN bytes. */
void gf_uuid_generate_str(char *buf);
/* Strict parse of the canonical 36-character form. */
int gf_uuid_parse(const char *text, uuid_t out);
void gf_uuid_unparse(const uuid_t u, char *buf);
bool gf_uuid_is_null(const uuid_t u);

#endif
