/* cli-msg: the dict codec shared by gluster and glusterd.
 *
 * Every key below is written in the order 10.3's CLI (for requests) or
 * glusterd (for replies) inserts it, so the bytes on the wire match. The
 * helpers at the top keep each codec a flat list of keys.
 */
#include "xdr/cli-msg.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libglusterfs/dict.h"


/* ---------------- helpers ---------------- */

/* Runs a chain of setters; stops at the first failure. */
#define TRY(expr)                  \
	do {                       \
		int r__ = (expr);  \
		if (r__ < 0)       \
			return r__; \
	} while (0)

static int set_opt_str(struct dict *d, const char *key, const char *val)
{
	return val ? dict_set_str(d, key, val) : 0;
}

static int set_opt_int(struct dict *d, const char *key, int val)
{
	return val ? dict_set_int(d, key, val) : 0;
}

static int fail_key(const char **bad_key, const char *key, int err)
{
	if (bad_key)
		*bad_key = key;
	return err;
}

/* Copies a string value. required: -ENOENT when missing. */
static int get_str(const struct dict *d, const char *key, bool required,
		   char **out, const char **bad_key)
{
	const char *v = dict_get_str(d, key);

	if (!v) {
		if (dict_has(d, key))
			return fail_key(bad_key, key, -EINVAL);
		return required ? fail_key(bad_key, key, -ENOENT) : 0;
	}
	free(*out);
	*out = strdup(v);
	return *out ? 0 : -ENOMEM;
}

/* Reads an int; a missing optional key leaves *out untouched. */
static int get_int(const struct dict *d, const char *key, bool required,
		   int *out, const char **bad_key)
{
	int32_t v;
	int r;

	if (!dict_has(d, key))
		return required ? fail_key(bad_key, key, -ENOENT) : 0;
	r = dict_get_int32(d, key, &v);
	if (r < 0)
		return fail_key(bad_key, key, -EINVAL);
	*out = v;
	return 0;
}

static int get_bool(const struct dict *d, const char *key, bool *out,
		    const char **bad_key)
{
	int v = 0;
	int r = get_int(d, key, false, &v, bad_key);

	if (r == 0)
		*out = v != 0;
	return r;
}

static char **strv_free(char **v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
	return NULL;
}

/* " b1 b2 ... " as 10.3 sends `bricks` (leading and trailing space). */
static int set_brick_string(struct dict *d, const char *key, char **bricks,
			    int count)
{
	size_t len = 2;
	char *s, *w;
	int r;

	for (int i = 0; i < count; i++)
		len += strlen(bricks[i]) + 1;
	s = malloc(len);
	if (!s)
		return -ENOMEM;
	w = s;
	*w++ = ' ';
	for (int i = 0; i < count; i++) {
		size_t l = strlen(bricks[i]);
		memcpy(w, bricks[i], l);
		w += l;
		*w++ = ' ';
	}
	*w = '\0';
	r = dict_take_str(d, key, s);
	return r;
}

/* Splits a space separated brick string into a fresh vector. */
static int split_bricks(const char *s, char ***out, int *n)
{
	char *copy = strdup(s), *save = NULL, *tok;
	char **v = NULL;
	int cnt = 0;

	if (!copy)
		return -ENOMEM;
	for (tok = strtok_r(copy, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save)) {
		char **nv = realloc(v, sizeof(*v) * (size_t)(cnt + 2));
		if (!nv)
			goto oom;
		v = nv;
		v[cnt] = strdup(tok);
		if (!v[cnt])
			goto oom;
		v[++cnt] = NULL;
	}
	free(copy);
	*out = v;
	*n = cnt;
	return 0;
oom:
	free(copy);
	strv_free(v, (size_t)cnt);
	return -ENOMEM;
}

/* ---------------- volume create ---------------- */

static int create_counts_encode(const struct cli_create_req *r, struct dict *d)
{
	if (r->thin_arbiter_count) {
		TRY(dict_set_int(d, "thin-arbiter-count",
				 r->thin_arbiter_count));
		return set_opt_int(d, "replica-count", r->replica_count);
	}
	if (r->disperse_count) {
		TRY(dict_set_int(d, "disperse-count", r->disperse_count));
		return set_opt_int(d, "redundancy-count", r->redundancy_count);
	}
	TRY(set_opt_int(d, "arbiter-count", r->arbiter_count));
	return set_opt_int(d, "replica-count", r->replica_count);
}

int cli_create_req_encode(const struct cli_create_req *r, struct dict *d)
{
	if (!r->volname || (r->count > 0 && !r->bricks))
		return -EINVAL;
	TRY(create_counts_encode(r, d));
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(dict_set_int(d, "type", r->type));
	TRY(dict_set_str(d, "transport", r->transport ? r->transport : "tcp"));
	TRY(set_brick_string(d, "bricks", r->bricks, r->count));
	if (r->ta_brick) {
		char *one[1] = { r->ta_brick };
		TRY(set_brick_string(d, "ta-brick", one, 1));
	}
	TRY(dict_set_int(d, "count", r->count));
	TRY(dict_set_int(d, "force", r->force ? 1 : 0));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

/* ta-brick: 10.3's CLI may put junk before the leading space; the brick
 * is the last token. */
static int decode_ta_brick(const struct dict *d, struct cli_create_req *r,
			   const char **bad_key)
{
	char **v = NULL;
	int n = 0, ret;
	const char *s = dict_get_str(d, "ta-brick");

	if (!s)
		return dict_has(d, "ta-brick") ?
			fail_key(bad_key, "ta-brick", -EINVAL) : 0;
	ret = split_bricks(s, &v, &n);
	if (ret < 0)
		return ret;
	if (n < 1) {
		strv_free(v, 0);
		return fail_key(bad_key, "ta-brick", -EINVAL);
	}
	r->ta_brick = v[n - 1];
	v[n - 1] = NULL;
	strv_free(v, (size_t)n);
	return 0;
}

int cli_create_req_decode(const struct dict *d, struct cli_create_req *r,
			  const char **bad_key)
{
	const char *bricks;
	int n = 0;

	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_int(d, "type", true, &r->type, bad_key));
	TRY(get_int(d, "count", true, &r->count, bad_key));
	bricks = dict_get_str(d, "bricks");
	if (!bricks)
		return fail_key(bad_key, "bricks", -ENOENT);
	TRY(split_bricks(bricks, &r->bricks, &n));
	if (n != r->count || n <= 0)
		return fail_key(bad_key, "bricks", -EINVAL);
	TRY(get_str(d, "transport", false, &r->transport, bad_key));
	TRY(get_bool(d, "force", &r->force, bad_key));
	TRY(get_int(d, "replica-count", false, &r->replica_count, bad_key));
	TRY(get_int(d, "arbiter-count", false, &r->arbiter_count, bad_key));
	TRY(get_int(d, "disperse-count", false, &r->disperse_count, bad_key));
	TRY(get_int(d, "redundancy-count", false, &r->redundancy_count,
		    bad_key));
	TRY(get_int(d, "thin-arbiter-count", false, &r->thin_arbiter_count,
		    bad_key));
	TRY(decode_ta_brick(d, r, bad_key));
	TRY(get_str(d, "cmd-str", false, &r->cmd_str, bad_key));
	if (r->count < 0 || r->replica_count < 0 || r->disperse_count < 0 ||
	    r->redundancy_count < 0 || r->arbiter_count < 0)
		return fail_key(bad_key, "count", -EINVAL);
	return 0;
}

void cli_create_req_release(struct cli_create_req *r)
{
	if (!r)
		return;
	free(r->volname);
	strv_free(r->bricks, (size_t)(r->count > 0 ? r->count : 0));
	free(r->transport);
	free(r->ta_brick);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

/* ---------------- start / stop / delete ---------------- */

int cli_volop_req_encode(const struct cli_volop_req *r, bool with_flags,
			 struct dict *d)
{
	if (!r->volname)
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	if (with_flags)
		TRY(dict_set_int(d, "flags", r->flags));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_volop_req_decode(const struct dict *d, struct cli_volop_req *r,
			 const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_int(d, "flags", false, &r->flags, bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_volop_req_release(struct cli_volop_req *r)
{
	if (!r)
		return;
	free(r->volname);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

/* ---------------- volume info request ---------------- */

int cli_getvol_req_encode(const struct cli_getvol_req *r, struct dict *d)
{
	TRY(set_opt_str(d, "volname", r->volname));
	return dict_set_int(d, "flags", r->flags);
}

int cli_getvol_req_decode(const struct dict *d, struct cli_getvol_req *r,
			  const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	TRY(get_int(d, "flags", true, &r->flags, bad_key));
	return get_str(d, "volname", false, &r->volname, bad_key);
}

void cli_getvol_req_release(struct cli_getvol_req *r)
{
	if (!r)
		return;
	free(r->volname);
	memset(r, 0, sizeof(*r));
}

/* ---------------- volume set ---------------- */

static int set_pairs_encode(const struct cli_set_req *r, struct dict *d)
{
	char key[32];

	for (size_t i = 0; i < r->nopts; i++) {
		if (!r->opts[i].key || !r->opts[i].value)
			return -EINVAL;
		snprintf(key, sizeof(key), "key%zu", i + 1);
		TRY(dict_set_str(d, key, r->opts[i].key));
		snprintf(key, sizeof(key), "value%zu", i + 1);
		TRY(dict_set_str(d, key, r->opts[i].value));
	}
	return 0;
}

int cli_set_req_encode(const struct cli_set_req *r, struct dict *d)
{
	if (r->help) {
		TRY(dict_set_str(d, "volname", "help"));
		TRY(dict_set_str(d, "help", "help"));
		TRY(dict_set_int(d, "count", 0));
		return set_opt_str(d, "cmd-str", r->cmd_str);
	}
	if (!r->volname)
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	if (r->global) {
		TRY(dict_set_str(d, "globalname", "All"));
		TRY(dict_set_int(d, "hold_global_locks", 1));
	}
	TRY(set_pairs_encode(r, d));
	TRY(dict_set_int(d, "count", (int64_t)(2 * r->nopts)));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

static int set_pairs_decode(const struct dict *d, struct cli_set_req *r,
			    size_t n, const char **bad_key)
{
	/* static: *bad_key may point here after we return */
	static __thread char kbuf[32];

	r->opts = calloc(n + 1, sizeof(*r->opts));
	if (!r->opts)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		r->nopts = i + 1;
		snprintf(kbuf, sizeof(kbuf), "key%zu", i + 1);
		TRY(get_str(d, kbuf, true, &r->opts[i].key, bad_key));
		snprintf(kbuf, sizeof(kbuf), "value%zu", i + 1);
		TRY(get_str(d, kbuf, true, &r->opts[i].value, bad_key));
	}
	return 0;
}

static size_t set_pairs_present(const struct dict *d, size_t n)
{
	char key[32];

	for (;; n++) {
		snprintf(key, sizeof(key), "key%zu", n + 1);
		if (n >= 100000 || !dict_has(d, key))
			return n;
	}
}

int cli_set_req_decode(const struct dict *d, struct cli_set_req *r,
		       const char **bad_key)
{
	int count = 0;

	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_int(d, "count", true, &count, bad_key));
	TRY(get_str(d, "cmd-str", false, &r->cmd_str, bad_key));
	r->global = dict_has(d, "globalname");
	r->help = dict_has(d, "help");
	if (r->help)
		return 0;
	if (count < 0 || count % 2 != 0 || count > 2 * 100000)
		return fail_key(bad_key, "count", -EINVAL);
	/* `volume set V group G` from 10.3's CLI: count says 2 (the words
	 * typed) while the pairs of the expanded group follow, so the pairs
	 * are counted by their keys, as 10.3's glusterd does */
	return set_pairs_decode(d, r, set_pairs_present(d, (size_t)count / 2),
				bad_key);
}

void cli_set_req_release(struct cli_set_req *r)
{
	if (!r)
		return;
	free(r->volname);
	for (size_t i = 0; r->opts && i < r->nopts; i++) {
		free(r->opts[i].key);
		free(r->opts[i].value);
	}
	free(r->opts);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

/* ---------------- volume get / reset ---------------- */

int cli_get_req_encode(const struct cli_get_req *r, struct dict *d)
{
	if (!r->volname || !r->key)
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(dict_set_str(d, "key", r->key));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_get_req_decode(const struct dict *d, struct cli_get_req *r,
		       const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_str(d, "key", true, &r->key, bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_get_req_release(struct cli_get_req *r)
{
	if (!r)
		return;
	free(r->volname);
	free(r->key);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

int cli_reset_req_encode(const struct cli_reset_req *r, struct dict *d)
{
	if (!r->volname)
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(dict_set_str(d, "key", r->key ? r->key : "all"));
	if (r->force)
		TRY(dict_set_int(d, "force", 1));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_reset_req_decode(const struct dict *d, struct cli_reset_req *r,
			 const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_str(d, "key", true, &r->key, bad_key));
	TRY(get_bool(d, "force", &r->force, bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_reset_req_release(struct cli_reset_req *r)
{
	if (!r)
		return;
	free(r->volname);
	free(r->key);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

/* ---------------- volume status request ---------------- */

int cli_status_req_encode(const struct cli_status_req *r, struct dict *d)
{
	TRY(set_opt_str(d, "volname", r->volname));
	TRY(set_opt_str(d, "brick", r->brick));
	TRY(dict_set_uint(d, "cmd", r->cmd));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_status_req_decode(const struct dict *d, struct cli_status_req *r,
			  const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	if (!dict_has(d, "cmd"))
		return fail_key(bad_key, "cmd", -ENOENT);
	if (dict_get_uint32(d, "cmd", &r->cmd) < 0)
		return fail_key(bad_key, "cmd", -EINVAL);
	TRY(get_str(d, "volname", !(r->cmd & CLI_STATUS_ALL), &r->volname,
		    bad_key));
	TRY(get_str(d, "brick", false, &r->brick, bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_status_req_release(struct cli_status_req *r)
{
	if (!r)
		return;
	free(r->volname);
	free(r->brick);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

/* ---------------- peer probe / detach ---------------- */

int cli_peer_req_encode(const struct cli_peer_req *r, struct dict *d)
{
	if (!r->hostname)
		return -EINVAL;
	TRY(dict_set_str(d, "hostname", r->hostname));
	if (r->detach)
		TRY(dict_set_int(d, "flags", r->flags));
	TRY(dict_set_int(d, "port", r->port ? r->port : 24007));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_peer_req_decode(const struct dict *d, bool detach,
			struct cli_peer_req *r, const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	r->detach = detach;
	r->port = 24007;
	TRY(get_str(d, "hostname", true, &r->hostname, bad_key));
	TRY(get_int(d, "port", false, &r->port, bad_key));
	if (detach)
		TRY(get_int(d, "flags", false, &r->flags, bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_peer_req_release(struct cli_peer_req *r)
{
	if (!r)
		return;
	free(r->hostname);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

/* ---------------- cmd-str only ---------------- */

int cli_simple_req_encode(const struct cli_simple_req *r, struct dict *d)
{
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_simple_req_decode(const struct dict *d, struct cli_simple_req *r)
{
	memset(r, 0, sizeof(*r));
	return get_str(d, "cmd-str", false, &r->cmd_str, NULL);
}

void cli_simple_req_release(struct cli_simple_req *r)
{
	if (!r)
		return;
	free(r->cmd_str);
	r->cmd_str = NULL;
}

/* ---------------- add-brick / remove-brick / rebalance ---------------- */

int cli_addbrick_req_encode(const struct cli_addbrick_req *r, struct dict *d)
{
	if (!r->volname || (r->count > 0 && !r->bricks))
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(set_opt_int(d, "replica-count", r->replica_count));
	TRY(set_opt_int(d, "arbiter-count", r->arbiter_count));
	TRY(set_brick_string(d, "bricks", r->bricks, r->count));
	TRY(dict_set_int(d, "count", r->count));
	TRY(dict_set_int(d, "force", r->force ? 1 : 0));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_addbrick_req_decode(const struct dict *d, struct cli_addbrick_req *r,
			    const char **bad_key)
{
	const char *bricks;
	int n = 0;

	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_int(d, "count", true, &r->count, bad_key));
	bricks = dict_get_str(d, "bricks");
	if (!bricks)
		return fail_key(bad_key, "bricks", -ENOENT);
	TRY(split_bricks(bricks, &r->bricks, &n));
	if (n != r->count || n <= 0)
		return fail_key(bad_key, "bricks", -EINVAL);
	TRY(get_int(d, "replica-count", false, &r->replica_count, bad_key));
	TRY(get_int(d, "arbiter-count", false, &r->arbiter_count, bad_key));
	TRY(get_bool(d, "force", &r->force, bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_addbrick_req_release(struct cli_addbrick_req *r)
{
	if (!r)
		return;
	free(r->volname);
	strv_free(r->bricks, (size_t)(r->count > 0 ? r->count : 0));
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

static bool rmbrick_is_defrag(int command)
{
	return command == CLI_RB_STATUS || command == CLI_RB_STOP;
}

int cli_rmbrick_req_encode(const struct cli_rmbrick_req *r, struct dict *d)
{
	char key[32];

	if (!r->volname || (r->count > 0 && !r->bricks))
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(set_opt_int(d, "replica-count", r->replica_count));
	TRY(dict_set_int(d, "command", r->command));
	for (int i = 0; i < r->count; i++) {
		snprintf(key, sizeof(key), "brick%d", i + 1);
		TRY(dict_set_str(d, key, r->bricks[i]));
	}
	if (rmbrick_is_defrag(r->command))
		TRY(dict_set_int(d, "rebalance-command",
				 r->command == CLI_RB_STATUS ?
				 CLI_DEFRAG_STATUS : CLI_DEFRAG_STOP));
	else
		TRY(dict_set_int(d, "count", r->count));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

/* Brick keys run brick1.. until the first missing one when there is no
 * count (the proc 11 form). */
static int rmbrick_count(const struct dict *d, struct cli_rmbrick_req *r,
			 const char **bad_key)
{
	char key[32];

	if (dict_has(d, "count"))
		return get_int(d, "count", true, &r->count, bad_key);
	r->count = 0;
	for (;;) {
		snprintf(key, sizeof(key), "brick%d", r->count + 1);
		if (!dict_has(d, key))
			return 0;
		r->count++;
	}
}

int cli_rmbrick_req_decode(const struct dict *d, struct cli_rmbrick_req *r,
			   const char **bad_key)
{
	static __thread char kbuf[32];

	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_int(d, "command", true, &r->command, bad_key));
	TRY(get_int(d, "replica-count", false, &r->replica_count, bad_key));
	TRY(rmbrick_count(d, r, bad_key));
	if (r->count < 0 || r->count > 100000)
		return fail_key(bad_key, "count", -EINVAL);
	r->bricks = calloc((size_t)r->count + 1, sizeof(char *));
	if (!r->bricks)
		return -ENOMEM;
	for (int i = 0; i < r->count; i++) {
		snprintf(kbuf, sizeof(kbuf), "brick%d", i + 1);
		TRY(get_str(d, kbuf, true, &r->bricks[i], bad_key));
	}
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_rmbrick_req_release(struct cli_rmbrick_req *r)
{
	if (!r)
		return;
	free(r->volname);
	strv_free(r->bricks, (size_t)(r->count > 0 ? r->count : 0));
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

int cli_defrag_req_encode(const struct cli_defrag_req *r, struct dict *d)
{
	if (!r->volname)
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(dict_set_int(d, "rebalance-command", r->cmd));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_defrag_req_decode(const struct dict *d, struct cli_defrag_req *r,
			  const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_int(d, "rebalance-command", true, &r->cmd, bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_defrag_req_release(struct cli_defrag_req *r)
{
	if (!r)
		return;
	free(r->volname);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

/* ---------------- log rotate / heal ---------------- */

int cli_logrotate_req_encode(const struct cli_logrotate_req *r,
			     struct dict *d)
{
	if (!r->volname)
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(set_opt_str(d, "brick", r->brick));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_logrotate_req_decode(const struct dict *d, struct cli_logrotate_req *r,
			     const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_str(d, "brick", false, &r->brick, bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_logrotate_req_release(struct cli_logrotate_req *r)
{
	if (!r)
		return;
	free(r->volname);
	free(r->brick);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

int cli_heal_req_encode(const struct cli_heal_req *r, struct dict *d)
{
	if (!r->volname)
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(dict_set_int(d, "heal-op", r->heal_op));
	TRY(set_opt_str(d, "per-replica-cmd-hostname", r->replica_host));
	TRY(set_opt_str(d, "per-replica-cmd-path", r->replica_path));
	return set_opt_str(d, "cmd-str", r->cmd_str);
}

int cli_heal_req_decode(const struct dict *d, struct cli_heal_req *r,
			const char **bad_key)
{
	memset(r, 0, sizeof(*r));
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	TRY(get_int(d, "heal-op", true, &r->heal_op, bad_key));
	TRY(get_str(d, "per-replica-cmd-hostname", false, &r->replica_host,
		    bad_key));
	TRY(get_str(d, "per-replica-cmd-path", false, &r->replica_path,
		    bad_key));
	return get_str(d, "cmd-str", false, &r->cmd_str, bad_key);
}

void cli_heal_req_release(struct cli_heal_req *r)
{
	if (!r)
		return;
	free(r->volname);
	free(r->replica_host);
	free(r->replica_path);
	free(r->cmd_str);
	memset(r, 0, sizeof(*r));
}

/* ---------------- generic ordered pairs ---------------- */

int cli_kv_req_add(struct cli_kv_req *r, const char *key, const char *value)
{
	struct cli_kv *nkv;

	if (!key || !value)
		return -EINVAL;
	nkv = realloc(r->kv, sizeof(*nkv) * (r->n + 1));
	if (!nkv)
		return -ENOMEM;
	r->kv = nkv;
	nkv[r->n].key = strdup(key);
	nkv[r->n].value = strdup(value);
	r->n++;
	if (!nkv[r->n - 1].key || !nkv[r->n - 1].value)
		return -ENOMEM;
	return 0;
}

int cli_kv_req_encode(const struct cli_kv_req *r, struct dict *d)
{
	for (size_t i = 0; i < r->n; i++)
		TRY(dict_set_str(d, r->kv[i].key, r->kv[i].value));
	return 0;
}

void cli_kv_req_release(struct cli_kv_req *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		free(r->kv[i].key);
		free(r->kv[i].value);
	}
	free(r->kv);
	r->kv = NULL;
	r->n = 0;
}

/* ================= replies ================= */

/* Formats "<prefix><index><suffix>" keys. */
const char *cli_kf(struct cli_keyfmt *k, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(k->buf, sizeof(k->buf), fmt, ap);
	va_end(ap);
	return k->buf;
}

/* The failing key of a reply, kept past the call for *bad_key. */
static __thread struct cli_keyfmt bad_reply_key;

static int get_int_k(const struct dict *d, const char *key, bool required,
		     int *out, const char **bad_key)
{
	int r = get_int(d, key, required, out, NULL);

	if (r < 0 && bad_key) {
		snprintf(bad_reply_key.buf, sizeof(bad_reply_key.buf), "%s",
			 key);
		*bad_key = bad_reply_key.buf;
	}
	return r;
}

static int get_str_k(const struct dict *d, const char *key, bool required,
		     char **out, const char **bad_key)
{
	int r = get_str(d, key, required, out, NULL);

	if (r < 0 && bad_key) {
		snprintf(bad_reply_key.buf, sizeof(bad_reply_key.buf), "%s",
			 key);
		*bad_key = bad_reply_key.buf;
	}
	return r;
}

/* ---------------- volume info ---------------- */

static int volinfo_counts_encode(const struct cli_volinfo *v, int i,
				 struct dict *d)
{
	struct cli_keyfmt k;

	TRY(dict_set_str(d, cli_kf(&k, "volume%d.name", i), v->name));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.type", i), v->type));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.status", i), v->status));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.brick_count", i), v->brick_count));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.dist_count", i), v->dist_count));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.replica_count", i),
			 v->replica_count));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.disperse_count", i),
			 v->disperse_count));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.redundancy_count", i),
			 v->redundancy_count));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.arbiter_count", i),
			 v->arbiter_count));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.transport", i), v->transport));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.thin_arbiter_count", i),
			 v->thin_arbiter_count));
	TRY(dict_set_str(d, cli_kf(&k, "volume%d.volume_id", i),
			 v->volume_id ? v->volume_id : ""));
	TRY(dict_set_int(d, cli_kf(&k, "volume%d.rebalance", i), v->rebalance));
	return dict_set_int(d, cli_kf(&k, "volume%d.snap_count", i), v->snap_count);
}

static int volinfo_bricks_encode(const struct cli_volinfo *v, int i,
				 struct dict *d)
{
	struct cli_keyfmt k;

	for (int b = 0; b < v->brick_count; b++) {
		const struct cli_brick_info *bi = &v->bricks[b];

		TRY(dict_set_str(d, cli_kf(&k, "volume%d.brick%d", i, b + 1),
				 bi->name));
		TRY(set_opt_str(d, cli_kf(&k, "volume%d.brick%d.uuid", i, b + 1),
				bi->uuid));
		if (bi->is_arbiter)
			TRY(dict_set_int(d, cli_kf(&k, "volume%d.brick%d.isArbiter",
					       i, b + 1), 1));
	}
	if (v->thin_arbiter_count && v->ta_brick)
		TRY(dict_set_str(d, cli_kf(&k, "volume%d.thin_arbiter_brick", i),
				 v->ta_brick));
	return 0;
}

int cli_volinfo_encode(const struct cli_volinfo *v, int index, struct dict *d)
{
	struct cli_keyfmt k;

	if (!v->name || v->brick_count < 0 || (v->brick_count && !v->bricks))
		return -EINVAL;
	TRY(volinfo_counts_encode(v, index, d));
	TRY(volinfo_bricks_encode(v, index, d));
	for (size_t o = 0; o < v->nopts; o++)
		TRY(dict_set_str(d, cli_kf(&k, "volume%d.option.%s", index,
				       v->opts[o].key), v->opts[o].value));
	return dict_set_int(d, cli_kf(&k, "volume%d.opt_count", index),
			    (int64_t)v->nopts);
}

static int volinfo_counts_decode(const struct dict *d, int i,
				 struct cli_volinfo *v, const char **bad)
{
	struct cli_keyfmt k;

	TRY(get_str_k(d, cli_kf(&k, "volume%d.name", i), true, &v->name, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.type", i), true, &v->type, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.status", i), true, &v->status, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.brick_count", i), true,
		      &v->brick_count, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.dist_count", i), true,
		      &v->dist_count, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.stripe_count", i), false,
		      &v->stripe_count, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.replica_count", i), false,
		      &v->replica_count, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.disperse_count", i), true,
		      &v->disperse_count, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.redundancy_count", i), true,
		      &v->redundancy_count, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.arbiter_count", i), true,
		      &v->arbiter_count, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.thin_arbiter_count", i), true,
		      &v->thin_arbiter_count, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.transport", i), true,
		      &v->transport, bad));
	TRY(get_str_k(d, cli_kf(&k, "volume%d.volume_id", i), true,
		      &v->volume_id, bad));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.rebalance", i), false,
		      &v->rebalance, bad));
	return get_int_k(d, cli_kf(&k, "volume%d.snap_count", i), true,
			 &v->snap_count, bad);
}

static int volinfo_bricks_decode(const struct dict *d, int i,
				 struct cli_volinfo *v, const char **bad)
{
	struct cli_keyfmt k;

	if (v->brick_count < 0 || v->brick_count > 100000)
		return fail_key(bad, "brick_count", -EINVAL);
	v->bricks = calloc((size_t)v->brick_count + 1, sizeof(*v->bricks));
	if (!v->bricks)
		return -ENOMEM;
	for (int b = 0; b < v->brick_count; b++) {
		struct cli_brick_info *bi = &v->bricks[b];

		TRY(get_str_k(d, cli_kf(&k, "volume%d.brick%d", i, b + 1), true,
			      &bi->name, bad));
		TRY(get_str_k(d, cli_kf(&k, "volume%d.brick%d.uuid", i, b + 1),
			      false, &bi->uuid, bad));
		bi->is_arbiter = dict_has(d, cli_kf(&k, "volume%d.brick%d.isArbiter",
						i, b + 1));
	}
	if (v->thin_arbiter_count)
		TRY(get_str_k(d, cli_kf(&k, "volume%d.thin_arbiter_brick", i),
			      false, &v->ta_brick, bad));
	return 0;
}

struct opt_collect {
	const char *prefix;
	size_t plen;
	struct cli_volinfo *v;
	size_t alloc;
};

static int opt_collect_one(const char *key, const void *val, size_t len,
			   void *ctx)
{
	struct opt_collect *c = ctx;
	struct cli_kv *kv;

	if (strncmp(key, c->prefix, c->plen) != 0)
		return 0;
	if (len == 0 || ((const char *)val)[len - 1] != '\0')
		return 0;
	if (c->v->nopts == c->alloc) {
		size_t na = c->alloc ? 2 * c->alloc : 16;
		kv = realloc(c->v->opts, na * sizeof(*kv));
		if (!kv)
			return -ENOMEM;
		c->v->opts = kv;
		c->alloc = na;
	}
	kv = &c->v->opts[c->v->nopts];
	kv->key = strdup(key + c->plen);
	kv->value = strdup(val);
	c->v->nopts++;
	return kv->key && kv->value ? 0 : -ENOMEM;
}

int cli_volinfo_decode(const struct dict *d, int index, struct cli_volinfo *v,
		       const char **bad_key)
{
	struct cli_keyfmt k, p;
	struct opt_collect c = { 0 };
	int opt_count = 0;

	memset(v, 0, sizeof(*v));
	TRY(volinfo_counts_decode(d, index, v, bad_key));
	TRY(volinfo_bricks_decode(d, index, v, bad_key));
	TRY(get_int_k(d, cli_kf(&k, "volume%d.opt_count", index), true,
		      &opt_count, bad_key));
	c.prefix = cli_kf(&p, "volume%d.option.", index);
	c.plen = strlen(c.prefix);
	c.v = v;
	return dict_foreach(d, opt_collect_one, &c);
}

void cli_volinfo_release(struct cli_volinfo *v)
{
	if (!v)
		return;
	free(v->name);
	free(v->volume_id);
	for (int b = 0; v->bricks && b < v->brick_count; b++) {
		free(v->bricks[b].name);
		free(v->bricks[b].uuid);
	}
	free(v->bricks);
	free(v->ta_brick);
	for (size_t o = 0; v->opts && o < v->nopts; o++) {
		free(v->opts[o].key);
		free(v->opts[o].value);
	}
	free(v->opts);
	memset(v, 0, sizeof(*v));
}

/* ---------------- name lists ---------------- */

static int name_list_encode(const struct cli_name_list *l, const char *ckey,
			    const char *fmt, struct dict *d)
{
	struct cli_keyfmt k;

	for (size_t i = 0; i < l->n; i++)
		TRY(dict_set_str(d, cli_kf(&k, fmt, (int)i), l->names[i]));
	return dict_set_int(d, ckey, (int64_t)l->n);
}

static int name_list_decode(const struct dict *d, const char *ckey,
			    const char *fmt, struct cli_name_list *l)
{
	struct cli_keyfmt k;
	int n = 0;

	memset(l, 0, sizeof(*l));
	TRY(get_int(d, ckey, true, &n, NULL));
	if (n < 0 || n > 1000000)
		return -EINVAL;
	l->names = calloc((size_t)n + 1, sizeof(char *));
	if (!l->names)
		return -ENOMEM;
	for (int i = 0; i < n; i++) {
		l->n = (size_t)i + 1;
		TRY(get_str(d, cli_kf(&k, fmt, i), true, &l->names[i], NULL));
	}
	return 0;
}

int cli_vol_list_encode(const struct cli_name_list *l, struct dict *d)
{
	return name_list_encode(l, "count", "volume%d", d);
}

int cli_vol_list_decode(const struct dict *d, struct cli_name_list *l)
{
	return name_list_decode(d, "count", "volume%d", l);
}

int cli_status_all_encode(const struct cli_name_list *l, struct dict *d)
{
	return name_list_encode(l, "vol_count", "vol%d", d);
}

int cli_status_all_decode(const struct dict *d, struct cli_name_list *l)
{
	return name_list_decode(d, "vol_count", "vol%d", l);
}

void cli_name_list_release(struct cli_name_list *l)
{
	if (!l)
		return;
	strv_free(l->names, l->n);
	l->names = NULL;
	l->n = 0;
}

/* ---------------- volume get ---------------- */

int cli_get_rsp_encode(const struct cli_get_rsp *r, struct dict *d)
{
	struct cli_keyfmt k;

	TRY(set_opt_str(d, "warning", r->warning));
	for (size_t i = 0; i < r->n; i++) {
		TRY(dict_set_str(d, cli_kf(&k, "key%zu", i + 1), r->pairs[i].key));
		TRY(dict_set_str(d, cli_kf(&k, "value%zu", i + 1),
				 r->pairs[i].value));
	}
	return dict_set_int(d, "count", (int64_t)r->n);
}

int cli_get_rsp_decode(const struct dict *d, struct cli_get_rsp *r)
{
	struct cli_keyfmt k;
	int n = 0;

	memset(r, 0, sizeof(*r));
	TRY(get_int(d, "count", true, &n, NULL));
	TRY(get_str(d, "warning", false, &r->warning, NULL));
	if (n < 0 || n > 1000000)
		return -EINVAL;
	r->pairs = calloc((size_t)n + 1, sizeof(*r->pairs));
	if (!r->pairs)
		return -ENOMEM;
	for (int i = 0; i < n; i++) {
		r->n = (size_t)i + 1;
		TRY(get_str(d, cli_kf(&k, "key%d", i + 1), true, &r->pairs[i].key,
			    NULL));
		TRY(get_str(d, cli_kf(&k, "value%d", i + 1), true,
			    &r->pairs[i].value, NULL));
	}
	return 0;
}

void cli_get_rsp_release(struct cli_get_rsp *r)
{
	if (!r)
		return;
	for (size_t i = 0; r->pairs && i < r->n; i++) {
		free(r->pairs[i].key);
		free(r->pairs[i].value);
	}
	free(r->pairs);
	free(r->warning);
	memset(r, 0, sizeof(*r));
}

/* ---------------- peer list ---------------- */

/* A peer without a state text is the local node of `pool list`, which
 * 10.3 sends as uuid, hostname and connected only. */
static int peer_encode(const struct cli_peer_info *p, int i, struct dict *d)
{
	struct cli_keyfmt k;

	TRY(dict_set_str(d, cli_kf(&k, "friend%d.uuid", i), p->uuid));
	TRY(dict_set_str(d, cli_kf(&k, "friend%d.hostname", i), p->hostname));
	if (p->state) {
		TRY(dict_set_int(d, cli_kf(&k, "friend%d.port", i), p->port));
		TRY(dict_set_int(d, cli_kf(&k, "friend%d.stateId", i),
				 p->state_id));
		TRY(dict_set_str(d, cli_kf(&k, "friend%d.state", i), p->state));
	}
	TRY(dict_set_int(d, cli_kf(&k, "friend%d.connected", i),
			 p->connected ? 1 : 0));
	if (!p->state)
		return 0;
	for (size_t h = 0; h < p->nhostnames; h++)
		TRY(dict_set_str(d, cli_kf(&k, "friend%d.hostname%zu", i, h),
				 p->hostnames[h]));
	return dict_set_int(d, cli_kf(&k, "friend%d.hostname_count", i),
			    (int64_t)p->nhostnames);
}

int cli_peer_list_encode(const struct cli_peer_list *l, struct dict *d)
{
	for (size_t i = 0; i < l->n; i++) {
		if (!l->peers[i].uuid || !l->peers[i].hostname)
			return -EINVAL;
		TRY(peer_encode(&l->peers[i], (int)i + 1, d));
	}
	return dict_set_int(d, "count", (int64_t)l->n);
}

static int peer_hostnames_decode(const struct dict *d, int i,
				 struct cli_peer_info *p)
{
	struct cli_keyfmt k;
	int n = 0;

	TRY(get_int(d, cli_kf(&k, "friend%d.hostname_count", i), false, &n, NULL));
	if (n <= 0)
		return 0;
	if (n > 1024)
		return -EINVAL;
	p->hostnames = calloc((size_t)n + 1, sizeof(char *));
	if (!p->hostnames)
		return -ENOMEM;
	for (int h = 0; h < n; h++) {
		p->nhostnames = (size_t)h + 1;
		TRY(get_str(d, cli_kf(&k, "friend%d.hostname%d", i, h), true,
			    &p->hostnames[h], NULL));
	}
	return 0;
}

static int peer_decode(const struct dict *d, int i, struct cli_peer_info *p)
{
	struct cli_keyfmt k;
	bool conn = false;

	TRY(get_str(d, cli_kf(&k, "friend%d.uuid", i), true, &p->uuid, NULL));
	TRY(get_str(d, cli_kf(&k, "friend%d.hostname", i), true, &p->hostname,
		    NULL));
	TRY(get_int(d, cli_kf(&k, "friend%d.port", i), false, &p->port, NULL));
	TRY(get_int(d, cli_kf(&k, "friend%d.stateId", i), false, &p->state_id,
		    NULL));
	TRY(get_str(d, cli_kf(&k, "friend%d.state", i), false, &p->state, NULL));
	TRY(get_bool(d, cli_kf(&k, "friend%d.connected", i), &conn, NULL));
	p->connected = conn;
	return peer_hostnames_decode(d, i, p);
}

int cli_peer_list_decode(const struct dict *d, struct cli_peer_list *l)
{
	int n = 0;

	memset(l, 0, sizeof(*l));
	TRY(get_int(d, "count", true, &n, NULL));
	if (n < 0 || n > 100000)
		return -EINVAL;
	l->peers = calloc((size_t)n + 1, sizeof(*l->peers));
	if (!l->peers)
		return -ENOMEM;
	for (int i = 0; i < n; i++) {
		l->n = (size_t)i + 1;
		TRY(peer_decode(d, i + 1, &l->peers[i]));
	}
	return 0;
}

void cli_peer_list_release(struct cli_peer_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; l->peers && i < l->n; i++) {
		struct cli_peer_info *p = &l->peers[i];
		free(p->uuid);
		free(p->hostname);
		free(p->state);
		strv_free(p->hostnames, p->nhostnames);
	}
	free(l->peers);
	memset(l, 0, sizeof(*l));
}

/* ---------------- volume status reply ---------------- */

static int status_detail_encode(const struct cli_status_entry *e, int i,
				struct dict *d)
{
	struct cli_keyfmt k;

	TRY(dict_set_uint(d, cli_kf(&k, "brick%d.free", i), e->free));
	TRY(dict_set_uint(d, cli_kf(&k, "brick%d.total", i), e->total));
	TRY(dict_set_uint(d, cli_kf(&k, "brick%d.block_size", i), e->block_size));
	TRY(dict_set_uint(d, cli_kf(&k, "brick%d.total_inodes", i),
			  e->total_inodes));
	TRY(dict_set_uint(d, cli_kf(&k, "brick%d.free_inodes", i),
			  e->free_inodes));
	TRY(set_opt_str(d, cli_kf(&k, "brick%d.device", i), e->device));
	TRY(set_opt_str(d, cli_kf(&k, "brick%d.fs_name", i), e->fs_name));
	TRY(set_opt_str(d, cli_kf(&k, "brick%d.mnt_options", i), e->mnt_options));
	return set_opt_str(d, cli_kf(&k, "brick%d.inode_size", i), e->inode_size);
}

static int status_clients_encode(const struct cli_status_entry *e, int i,
				 struct dict *d)
{
	struct cli_keyfmt k;

	for (size_t c = 0; c < e->nclients; c++) {
		const struct cli_status_client *cl = &e->clients[c];

		TRY(dict_set_str(d, cli_kf(&k, "brick%d.client%zu.hostname", i, c),
				 cl->hostname));
		TRY(dict_set_uint(d, cli_kf(&k, "brick%d.client%zu.bytesread", i,
					c), cl->bytes_read));
		TRY(dict_set_uint(d, cli_kf(&k, "brick%d.client%zu.byteswrite", i,
					c), cl->bytes_written));
		TRY(dict_set_uint(d, cli_kf(&k, "brick%d.client%zu.opversion", i,
					c), cl->opversion));
		TRY(set_opt_str(d, cli_kf(&k, "brick%d.client%zu.name", i, c),
				cl->name));
	}
	return dict_set_int(d, cli_kf(&k, "brick%d.clientcount", i),
			    (int64_t)e->nclients);
}

static int status_entry_encode(const struct cli_status_entry *e, int i,
			       bool daemon, struct dict *d)
{
	struct cli_keyfmt k;

	TRY(dict_set_str(d, cli_kf(&k, "brick%d.hostname", i), e->hostname));
	TRY(dict_set_str(d, cli_kf(&k, "brick%d.path", i), e->path));
	TRY(set_opt_str(d, cli_kf(&k, "brick%d.peerid", i), e->peerid));
	TRY(dict_set_int(d, cli_kf(&k, "brick%d.port", i), e->port));
	if (!daemon)
		TRY(dict_set_int(d, cli_kf(&k, "brick%d.rdma_port", i),
				 e->rdma_port));
	TRY(dict_set_int(d, cli_kf(&k, "brick%d.pid", i), e->pid));
	TRY(dict_set_int(d, cli_kf(&k, "brick%d.status", i), e->status));
	if (e->has_clients)
		TRY(status_clients_encode(e, i, d));
	return e->has_detail ? status_detail_encode(e, i, d) : 0;
}

static int status_tasks_encode(const struct cli_status_rsp *r, struct dict *d)
{
	struct cli_keyfmt k;

	for (size_t t = 0; t < r->ntasks; t++) {
		TRY(dict_set_str(d, cli_kf(&k, "task%zu.type", t),
				 r->tasks[t].type));
		TRY(dict_set_str(d, cli_kf(&k, "task%zu.id", t), r->tasks[t].id));
		TRY(dict_set_int(d, cli_kf(&k, "task%zu.status", t),
				 r->tasks[t].status));
	}
	return dict_set_int(d, "tasks", (int64_t)r->ntasks);
}

int cli_status_rsp_encode(const struct cli_status_rsp *r, struct dict *d)
{
	int idx = 0;

	if (!r->volname)
		return -EINVAL;
	TRY(dict_set_str(d, "volname", r->volname));
	TRY(dict_set_uint(d, "cmd", r->cmd));
	TRY(set_opt_str(d, "vol-id", r->vol_id));
	TRY(dict_set_int(d, "brick-index-max", (int64_t)r->nbricks - 1));
	TRY(dict_set_int(d, "type", -1));
	for (size_t b = 0; b < r->nbricks; b++)
		TRY(status_entry_encode(&r->bricks[b], idx++, false, d));
	for (size_t o = 0; o < r->nothers; o++)
		TRY(status_entry_encode(&r->others[o], idx++, true, d));
	TRY(dict_set_int(d, "count", idx));
	TRY(dict_set_int(d, "other-count", (int64_t)r->nothers));
	TRY(dict_set_int(d, "hot_brick_count", -1));
	if (r->clients.present)
		TRY(cli_client_list_write(&r->clients, d));
	return r->has_tasks ? status_tasks_encode(r, d) : 0;
}

static int get_u64(const struct dict *d, const char *key, uint64_t *out)
{
	if (!dict_has(d, key))
		return -ENOENT;
	return dict_get_uint64(d, key, out) < 0 ? -EINVAL : 0;
}

/* Missing numbers read as 0, missing texts as NULL (10.3's printer shows
 * N/A for what it cannot find). */
static int status_detail_decode(const struct dict *d, int i,
				struct cli_status_entry *e)
{
	struct cli_keyfmt k;

	e->has_detail = true;
	(void)get_u64(d, cli_kf(&k, "brick%d.free", i), &e->free);
	(void)get_u64(d, cli_kf(&k, "brick%d.total", i), &e->total);
	(void)get_u64(d, cli_kf(&k, "brick%d.block_size", i), &e->block_size);
	(void)get_u64(d, cli_kf(&k, "brick%d.total_inodes", i), &e->total_inodes);
	(void)get_u64(d, cli_kf(&k, "brick%d.free_inodes", i), &e->free_inodes);
	TRY(get_str(d, cli_kf(&k, "brick%d.device", i), false, &e->device, NULL));
	TRY(get_str(d, cli_kf(&k, "brick%d.fs_name", i), false, &e->fs_name,
		    NULL));
	TRY(get_str(d, cli_kf(&k, "brick%d.mnt_options", i), false,
		    &e->mnt_options, NULL));
	return get_str(d, cli_kf(&k, "brick%d.inode_size", i), false,
		       &e->inode_size, NULL);
}

static int status_clients_decode(const struct dict *d, int i,
				 struct cli_status_entry *e)
{
	struct cli_keyfmt k;
	int n = 0;

	if (!dict_has(d, cli_kf(&k, "brick%d.clientcount", i)))
		return 0;
	TRY(get_int(d, k.buf, true, &n, NULL));
	if (n < 0 || n > 1000000)
		return -EINVAL;
	e->has_clients = true;
	e->clients = calloc((size_t)n + 1, sizeof(*e->clients));
	if (!e->clients)
		return -ENOMEM;
	for (int c = 0; c < n; c++) {
		struct cli_status_client *cl = &e->clients[c];
		uint32_t opv = 0;

		e->nclients = (size_t)c + 1;
		TRY(get_str(d, cli_kf(&k, "brick%d.client%d.hostname", i, c), true,
			    &cl->hostname, NULL));
		(void)get_u64(d, cli_kf(&k, "brick%d.client%d.bytesread", i, c),
			      &cl->bytes_read);
		(void)get_u64(d, cli_kf(&k, "brick%d.client%d.byteswrite", i, c),
			      &cl->bytes_written);
		if (dict_get_uint32(d, cli_kf(&k, "brick%d.client%d.opversion", i,
					  c), &opv) == 0)
			cl->opversion = opv;
		TRY(get_str(d, cli_kf(&k, "brick%d.client%d.name", i, c), false,
			    &cl->name, NULL));
	}
	return 0;
}

static void status_entry_release(struct cli_status_entry *e)
{
	for (size_t c = 0; e->clients && c < e->nclients; c++) {
		free(e->clients[c].hostname);
		free(e->clients[c].name);
	}
	free(e->clients);
	free(e->hostname);
	free(e->path);
	free(e->peerid);
	free(e->device);
	free(e->fs_name);
	free(e->mnt_options);
	free(e->inode_size);
	memset(e, 0, sizeof(*e));
}

/* Returns 1 when the entry is incomplete and must be skipped. */
static int status_entry_decode(const struct dict *d, int i, bool detail,
			       struct cli_status_entry *e)
{
	struct cli_keyfmt k;
	int r;

	memset(e, 0, sizeof(*e));
	if (get_str(d, cli_kf(&k, "brick%d.hostname", i), true, &e->hostname,
		    NULL) < 0 ||
	    get_str(d, cli_kf(&k, "brick%d.path", i), true, &e->path, NULL) < 0 ||
	    get_int(d, cli_kf(&k, "brick%d.port", i), true, &e->port, NULL) < 0 ||
	    get_int(d, cli_kf(&k, "brick%d.status", i), true, &e->status,
		    NULL) < 0 ||
	    get_int(d, cli_kf(&k, "brick%d.pid", i), true, &e->pid, NULL) < 0)
		goto skip;
	e->is_daemon = !dict_has(d, cli_kf(&k, "brick%d.rdma_port", i));
	r = get_int(d, cli_kf(&k, "brick%d.rdma_port", i), false, &e->rdma_port,
		    NULL);
	if (r == 0)
		r = get_str(d, cli_kf(&k, "brick%d.peerid", i), false, &e->peerid,
			    NULL);
	if (r == 0 && detail)
		r = status_detail_decode(d, i, e);
	if (r == 0)
		r = status_clients_decode(d, i, e);
	if (r == -ENOMEM)
		return r;
	if (r == 0)
		return 0;
skip:
	status_entry_release(e);
	return 1;
}

static int status_tasks_decode(const struct dict *d, struct cli_status_rsp *r)
{
	struct cli_keyfmt k;
	int n = 0;

	if (!dict_has(d, "tasks"))
		return 0;
	r->has_tasks = true;
	TRY(get_int(d, "tasks", true, &n, NULL));
	if (n < 0 || n > 10000)
		return -EINVAL;
	r->tasks = calloc((size_t)n + 1, sizeof(*r->tasks));
	if (!r->tasks)
		return -ENOMEM;
	for (int t = 0; t < n; t++) {
		struct cli_status_task *tk = &r->tasks[t];
		r->ntasks = (size_t)t + 1;
		TRY(get_str(d, cli_kf(&k, "task%d.type", t), true, &tk->type,
			    NULL));
		TRY(get_str(d, cli_kf(&k, "task%d.id", t), false, &tk->id, NULL));
		TRY(get_int(d, cli_kf(&k, "task%d.status", t), false, &tk->status,
			    NULL));
	}
	return 0;
}

static int status_entries_decode(const struct dict *d, int nb, int no,
				 struct cli_status_rsp *r)
{
	bool detail = (r->cmd & CLI_STATUS_DETAIL) != 0;
	int ret;

	r->bricks = calloc((size_t)nb + 1, sizeof(*r->bricks));
	r->others = calloc((size_t)no + 1, sizeof(*r->others));
	if (!r->bricks || !r->others)
		return -ENOMEM;
	for (int i = 0; i < nb + no; i++) {
		struct cli_status_entry *e = i < nb ? &r->bricks[r->nbricks] :
					     &r->others[r->nothers];
		ret = status_entry_decode(d, i, detail, e);
		if (ret < 0)
			return ret;
		if (ret > 0)
			continue;
		if (i < nb)
			r->nbricks++;
		else
			r->nothers++;
	}
	return 0;
}


int cli_status_entry_encode(const struct cli_status_entry *e, int i,
			    bool daemon, struct dict *d)
{
	return status_entry_encode(e, i, daemon, d);
}

int cli_status_entry_decode(const struct dict *d, int i, bool detail,
			    struct cli_status_entry *e)
{
	int r = status_entry_decode(d, i, detail, e);

	return r == 1 ? -ENOENT : r;
}

void cli_status_entry_release(struct cli_status_entry *e)
{
	status_entry_release(e);
}

int cli_status_rsp_decode(const struct dict *d, struct cli_status_rsp *r,
			  const char **bad_key)
{
	int max = 0, others = 0, dummy = 0;
	const char *count;

	memset(r, 0, sizeof(*r));
	if (!dict_has(d, "cmd"))
		return fail_key(bad_key, "cmd", -ENOENT);
	if (dict_get_uint32(d, "cmd", &r->cmd) < 0)
		return fail_key(bad_key, "cmd", -EINVAL);
	TRY(get_str(d, "volname", true, &r->volname, bad_key));
	/* `tasks` alone: 10.3's glusterd sends volname, vol-id and the
	 * tasks, nothing about the bricks */
	if ((r->cmd & CLI_STATUS_MASK) == CLI_STATUS_TASKS) {
		TRY(get_str(d, "vol-id", false, &r->vol_id, bad_key));
		return status_tasks_decode(d, r);
	}
	TRY(get_int(d, "brick-index-max", true, &max, bad_key));
	TRY(get_int(d, "other-count", true, &others, bad_key));
	TRY(get_int(d, "type", true, &dummy, bad_key));
	TRY(get_int(d, "hot_brick_count", true, &dummy, bad_key));
	TRY(get_str(d, "vol-id", false, &r->vol_id, bad_key));
	if (max < -1 || max > 100000 || others < 0 || others > 100000)
		return fail_key(bad_key, "brick-index-max", -EINVAL);
	count = dict_get_str(d, "count");
	r->has_count = cli_status_count_parse(count, &r->count);
	if (cli_status_is_dump(r->cmd))
		TRY(cli_status_dump_decode(d, max + others, r));
	else
		TRY(status_entries_decode(d, max + 1, others, r));
	if (r->cmd & CLI_STATUS_CLIENT_LIST) {
		int ret = cli_client_list_decode(d, &r->clients);
		if (ret < 0)
			return fail_key(bad_key, "client-count", ret);
	}
	return status_tasks_decode(d, r);
}

void cli_status_rsp_release(struct cli_status_rsp *r)
{
	if (!r)
		return;
	free(r->volname);
	free(r->vol_id);
	for (size_t i = 0; r->bricks && i < r->nbricks; i++)
		status_entry_release(&r->bricks[i]);
	for (size_t i = 0; r->others && i < r->nothers; i++)
		status_entry_release(&r->others[i]);
	free(r->bricks);
	free(r->others);
	for (size_t t = 0; r->tasks && t < r->ntasks; t++) {
		free(r->tasks[t].type);
		free(r->tasks[t].id);
	}
	free(r->tasks);
	cli_status_dump_release(r);
	cli_client_list_release(&r->clients);
	memset(r, 0, sizeof(*r));
}
