/* volopt-check: the rules of `volume set`, `volume reset` and `volume get`
 * as GlusterFS 10.3 applies them, in the same order, with the same texts.
 *
 * Value checking follows 10.3's model: glusterd builds the volume's graphs
 * (bricks, client, self-heal daemon) with the new value and lets every
 * translator in them check the options it receives. So a key is checked
 * only when its translator is part of a graph of that volume, and turning
 * a translator on re-checks the options already stored for it.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "glusterd/volopt.h"

#define VOLOPT_OP_VERSION_MIN 1
#define VOLOPT_OP_VERSION_MAX 100000
#define VOLOPT_MSG_MAX 2048

static int volopt_err(char **errstr, char *msg)
{
	*errstr = msg;
	return msg ? -EINVAL : -ENOMEM;
}

#define volopt_errf(errstr, ...) \
	volopt_err((errstr), volopt__msg(VOLOPT_MSG_MAX, __VA_ARGS__))

/* ---- cluster-wide keys -------------------------------------------------- */

/* `volume set all` keys, in 10.3's `volume get all all` order, with the
 * value shown while unset (NULL: computed). */
static const struct volopt_pair volopt_globals[] = {
	{ "cluster.server-quorum-ratio", "51" },
	{ "cluster.enable-shared-storage", "disable" },
	{ "cluster.op-version", NULL },
	{ "cluster.max-op-version", NULL },
	{ "cluster.brick-multiplex", "disable" },
	{ "cluster.max-bricks-per-process", "250" },
	{ "glusterd.vol_count_per_thread", "100" },
	{ "cluster.localtime-logging", "disable" },
	{ "cluster.daemon-log-level", "INFO" },
	{ "cluster.brick-graceful-cleanup", "disable" },
};
#define VOLOPT_N_GLOBALS (sizeof(volopt_globals) / sizeof(volopt_globals[0]))

bool volopt_is_global(const char *key)
{
	size_t i;

	for (i = 0; key && i < VOLOPT_N_GLOBALS; i++)
		if (!strcmp(volopt_globals[i].key, key))
			return true;
	return false;
}

static const char *volopt_global_get(const struct volopt_set_ctx *ctx,
				     const char *key)
{
	return ctx->global_get ? ctx->global_get(ctx->global_arg, key) : NULL;
}

/* ---- the value being checked, on top of the volume's options ------------ */

struct volopt_eval {
	const struct volopt_set_ctx *ctx;
	const char *key, *value; /* the pair being set */
};

static const char *volopt_eval_get(const struct volopt_eval *ev,
				   const char *key)
{
	const struct volopt_vol_facts *vol = ev->ctx->vol;

	if (ev->key && !strcmp(ev->key, key))
		return ev->value;
	return vol && vol->get ? vol->get(vol->get_arg, key) : NULL;
}

/* A toggle's value, or the default glusterd applies while it is unset. */
static bool volopt_eval_on(const struct volopt_eval *ev, const char *key)
{
	const char *v = volopt_eval_get(ev, key);
	const struct volopt *o;
	bool on = false;

	for (o = volopt_find(key); !v && o; o = volopt_find_next(o))
		v = o->value;
	if (v)
		(void)volopt_parse_bool(v, &on);
	return on;
}

/* ---- which translators the volume's graphs hold ------------------------- */

enum volopt_graph {
	VOLOPT_G_BRICK = 1u << 0,
	VOLOPT_G_CLIENT = 1u << 1,
	VOLOPT_G_SHD = 1u << 2,
};

enum volopt_when {
	VOLOPT_ALWAYS,
	VOLOPT_IF_ON, /* toggle key is on */
	VOLOPT_IF_REPLICATE,
	VOLOPT_IF_DISPERSE,
	VOLOPT_IF_DHT, /* neither nufa nor switch */
	VOLOPT_IF_RDA, /* readdir-ahead or parallel-readdir */
};

struct volopt_place {
	const char *xlator;
	unsigned graphs;
	unsigned char when;
	const char *toggle;
};

/* Bottom-up, the order 10.3 checks them in. */
static const struct volopt_place volopt_places[] = {
	{ "storage/posix", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/trash", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/changelog", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/bitrot-stub", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/access-control", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/locks", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/worm", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/read-only", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/leases", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/upcall", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "performance/io-threads", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/selinux", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/marker", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/barrier", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/index", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "features/quota", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
	{ "protocol/client", VOLOPT_G_CLIENT | VOLOPT_G_SHD, VOLOPT_ALWAYS, NULL },
	{ "cluster/replicate", VOLOPT_G_CLIENT | VOLOPT_G_SHD,
	  VOLOPT_IF_REPLICATE, NULL },
	{ "cluster/disperse", VOLOPT_G_CLIENT | VOLOPT_G_SHD,
	  VOLOPT_IF_DISPERSE, NULL },
	{ "cluster/distribute", VOLOPT_G_CLIENT, VOLOPT_IF_DHT, NULL },
	{ "cluster/nufa", VOLOPT_G_CLIENT, VOLOPT_IF_ON, "cluster.nufa" },
	{ "cluster/switch", VOLOPT_G_CLIENT, VOLOPT_IF_ON, "cluster.switch" },
	{ "features/utime", VOLOPT_G_CLIENT, VOLOPT_IF_ON, "features.ctime" },
	{ "features/shard", VOLOPT_G_CLIENT, VOLOPT_IF_ON, "features.shard" },
	{ "features/snapview-client", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "features.uss" },
	{ "features/cdc", VOLOPT_G_BRICK | VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "network.compression" },
	{ "features/cloudsync", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "features.cloudsync" },
	{ "performance/write-behind", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "performance.write-behind" },
	{ "performance/read-ahead", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "performance.read-ahead" },
	{ "performance/readdir-ahead", VOLOPT_G_CLIENT, VOLOPT_IF_RDA, NULL },
	{ "performance/io-cache", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "performance.io-cache" },
	{ "performance/open-behind", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "performance.open-behind" },
	{ "performance/quick-read", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "performance.quick-read" },
	{ "performance/nl-cache", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "performance.nl-cache" },
	{ "performance/md-cache", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "performance.stat-prefetch" },
	{ "performance/io-threads", VOLOPT_G_CLIENT, VOLOPT_IF_ON,
	  "performance.client-io-threads" },
	{ "debug/io-stats", VOLOPT_G_BRICK | VOLOPT_G_CLIENT | VOLOPT_G_SHD,
	  VOLOPT_ALWAYS, NULL },
	{ "protocol/server", VOLOPT_G_BRICK, VOLOPT_ALWAYS, NULL },
};

static bool volopt_place_present(const struct volopt_eval *ev,
				 const struct volopt_place *p)
{
	const struct volopt_vol_facts *vol = ev->ctx->vol;

	switch (p->when) {
	case VOLOPT_IF_ON:
		return volopt_eval_on(ev, p->toggle);
	case VOLOPT_IF_REPLICATE:
		return vol->type == VOLOPT_VOL_REPLICATE;
	case VOLOPT_IF_DISPERSE:
		return vol->type == VOLOPT_VOL_DISPERSE;
	case VOLOPT_IF_DHT:
		return !volopt_eval_on(ev, "cluster.nufa") &&
		       !volopt_eval_on(ev, "cluster.switch");
	case VOLOPT_IF_RDA:
		return volopt_eval_on(ev, "performance.readdir-ahead") ||
		       volopt_eval_on(ev, "performance.parallel-readdir");
	default:
		return true;
	}
}

/* Checks one row's value as the translator would. */
static int volopt_row_check(const struct volopt_eval *ev, const struct volopt *o,
			    const char *value, char **errstr)
{
	const struct volopt_vol_facts *vol = ev->ctx->vol;
	const char *what;
	size_t i;
	int r;

	if (!o->option || strcmp(o->option, "!server-auth"))
		return volopt_validate_value(o->schema, NULL, value, vol, errstr);
	/* auth.allow/reject land on protocol/server as
	 * auth.addr.<brick path>.allow|reject, once per brick */
	what = strrchr(o->key, '.') + 1;
	for (i = 0; i < vol->n_bricks; i++) {
		char *name = NULL;

		if (asprintf(&name, "auth.addr.%s.%s", vol->bricks[i].path,
			     what) < 0)
			return -ENOMEM;
		r = volopt_validate_value(o->schema, name, value, vol, errstr);
		free(name);
		if (r)
			return r;
	}
	return 0;
}

static int volopt_place_check(const struct volopt_eval *ev,
			      const struct volopt_place *p, unsigned graph,
			      char **errstr)
{
	size_t i;
	int r;

	for (i = 0; i < volopt_table_len; i++) {
		const struct volopt *o = &volopt_table[i];
		const char *value;

		if (!o->schema || strcmp(o->xlator, p->xlator))
			continue;
		if (o->scope == VOLOPT_SCOPE_NONE ||
		    (o->scope == VOLOPT_SCOPE_SHD && graph != VOLOPT_G_SHD))
			continue;
		value = volopt_eval_get(ev, o->key);
		if (!value)
			continue;
		r = volopt_row_check(ev, o, value, errstr);
		if (r)
			return r;
	}
	return 0;
}

/* Every translator of every graph of the volume checks its options. */
static int volopt_graphs_check(const struct volopt_eval *ev, char **errstr)
{
	static const unsigned graphs[] = { VOLOPT_G_BRICK, VOLOPT_G_CLIENT,
					   VOLOPT_G_SHD };
	const struct volopt_vol_facts *vol = ev->ctx->vol;
	size_t g, i;
	int r;

	for (g = 0; g < sizeof(graphs) / sizeof(graphs[0]); g++) {
		if (graphs[g] == VOLOPT_G_SHD &&
		    vol->type != VOLOPT_VOL_REPLICATE &&
		    vol->type != VOLOPT_VOL_DISPERSE)
			continue;
		for (i = 0; i < sizeof(volopt_places) / sizeof(volopt_places[0]);
		     i++) {
			const struct volopt_place *p = &volopt_places[i];

			if (!(p->graphs & graphs[g]) ||
			    !volopt_place_present(ev, p))
				continue;
			r = volopt_place_check(ev, p, graphs[g], errstr);
			if (r)
				return r;
		}
	}
	return 0;
}

/* A toggle that is not a boolean makes volgen fail before any check. */
static int volopt_toggle_check(const struct volopt *o, const char *value,
			       char **errstr)
{
	bool b;

	for (; o; o = volopt_find_next(o))
		if (o->check == VOLOPT_CHECK_TOGGLE &&
		    volopt_parse_bool(value, &b))
			return volopt_err(errstr,
					  strdup(VOLOPT_MSG_VALIDATION_FAILED));
	return 0;
}

/* ---- glusterd's dedicated checks ---------------------------------------- */

struct volopt_vctx {
	const struct volopt_set_ctx *ctx;
	const struct volopt_vol_facts *vol; /* NULL on `all` */
	const char *key; /* as the user typed it */
	const char *value;
};

static const char *volopt_vol_get(const struct volopt_vol_facts *vol,
				  const char *key)
{
	return vol && vol->get ? vol->get(vol->get_arg, key) : NULL;
}

static int volopt_v_boolean(const struct volopt_vctx *v, char **errstr)
{
	bool b;

	if (!volopt_parse_bool(v->value, &b))
		return 0;
	return volopt_errf(errstr,
			   "%s is not a valid boolean value. %s expects a valid boolean value.",
			   v->value, v->key);
}

static unsigned volopt_subvol_count(const struct volopt_vol_facts *vol)
{
	unsigned leaf = 1;

	if (vol->type == VOLOPT_VOL_REPLICATE && vol->replica_count)
		leaf = vol->replica_count;
	else if (vol->type == VOLOPT_VOL_DISPERSE && vol->disperse_count)
		leaf = vol->disperse_count;
	return (unsigned)(vol->n_bricks / leaf);
}

static int volopt_v_subvols(const struct volopt_vctx *v, char **errstr)
{
	int n = atoi(v->value);
	unsigned subvols = volopt_subvol_count(v->vol);

	if (n <= (int)subvols)
		return 0;
	return volopt_errf(errstr,
			   "subvols-per-directory(%d) is greater than the number of subvolumes(%u).",
			   n, subvols);
}

static long volopt_nprocs(const struct volopt_set_ctx *ctx)
{
	long n = ctx->nprocs ? (long)ctx->nprocs : sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? n : 1;
}

static int volopt_v_rebal_throttle(const struct volopt_vctx *v, char **errstr)
{
	int64_t n;

	if (!strcasecmp(v->value, "lazy") || !strcasecmp(v->value, "normal") ||
	    !strcasecmp(v->value, "aggressive"))
		return 0;
	if (volopt_parse_int64(v->value, &n))
		return volopt_errf(errstr,
				   "%s should be {lazy|normal|aggressive} or a number up to number of cores available (cores available - 2)",
				   v->key);
	if (n > 0 && n <= volopt_nprocs(v->ctx))
		return 0;
	return volopt_errf(errstr,
			   "%s should be within range of 0 and maximum number of cores available (cores available - 2)",
			   v->key);
}

static int volopt_v_lock_migration(const struct volopt_vctx *v, char **errstr)
{
	bool b;

	if (v->vol->replica_count > 1 || v->vol->disperse_count)
		return volopt_errf(errstr,
				   "Lock migration is a experimental feature. Currently works with pure distribute volume only");
	if (volopt_parse_bool(v->value, &b))
		return volopt_errf(errstr,
				   "Invalid value for volume set command. Use on/off only.");
	return 0;
}

static int volopt_v_replica_only(const struct volopt_vctx *v, char **errstr)
{
	if (v->vol->replica_count > 1)
		return 0;
	return volopt_errf(errstr, "Cannot set %s for a non-replicate volume.",
			   v->key);
}

static int volopt_v_replica_type(const struct volopt_vctx *v, char **errstr)
{
	if (v->vol->type == VOLOPT_VOL_REPLICATE)
		return 0;
	return volopt_errf(errstr, "Volume %s is not of replicate type",
			   v->vol->name);
}

static int volopt_v_disperse_type(const struct volopt_vctx *v, char **errstr)
{
	if (v->vol->type == VOLOPT_VOL_DISPERSE)
		return 0;
	return volopt_errf(errstr, "Volume %s is not of disperse type",
			   v->vol->name);
}

static int volopt_v_disperse_only(const struct volopt_vctx *v, char **errstr)
{
	if (v->vol->type == VOLOPT_VOL_DISPERSE)
		return 0;
	return volopt_errf(errstr, "Cannot set %s for a non-disperse volume.",
			   v->key);
}

/* gf_string2int: a long, base 0, nothing left over */
static int volopt_parse_int(const char *s, int *out)
{
	int64_t n;

	if (volopt_parse_int64(s, &n) || n < INT32_MIN || n > INT32_MAX)
		return -EINVAL;
	*out = (int)n;
	return 0;
}

static int volopt_v_quorum_count(const struct volopt_vctx *v, char **errstr)
{
	int n;

	if (volopt_parse_int(v->value, &n))
		return volopt_errf(errstr,
				   "%s is not an integer. %s expects a valid integer value.",
				   v->value, v->key);
	if (n >= 1 && n <= (int)v->vol->replica_count)
		return 0;
	return volopt_errf(errstr, "%d in %s %d is out of range [1 - %u]", n,
			   v->key, n, v->vol->replica_count);
}

static int volopt_v_disperse_quorum(const struct volopt_vctx *v, char **errstr)
{
	int n, data;

	if (volopt_parse_int(v->value, &n))
		return volopt_errf(errstr,
				   "%s is not an integer. %s expects a valid integer value.",
				   v->value, v->key);
	if (v->vol->type != VOLOPT_VOL_DISPERSE)
		return volopt_errf(errstr,
				   "Cannot set %s for a non-disperse volume.",
				   v->key);
	data = (int)v->vol->disperse_count - (int)v->vol->redundancy_count;
	if (n >= data && n <= (int)v->vol->disperse_count)
		return 0;
	return volopt_errf(errstr, "%d for %s is out of range [%d - %u]", n,
			   v->key, data, v->vol->disperse_count);
}

static int volopt_v_cache_min_max(const struct volopt_vctx *v, char **errstr)
{
	const char *min_s = NULL, *max_s = NULL;
	uint64_t min = 0, max = 0;

	if (!strcmp(v->key, "performance.cache-min-file-size") ||
	    !strcmp(v->key, "cache-min-file-size")) {
		max_s = volopt_vol_get(v->vol, "performance.cache-max-file-size");
		if (max_s) {
			(void)volopt_parse_size(max_s, &max);
			(void)volopt_parse_size(v->value, &min);
			min_s = v->value;
		}
	} else {
		min_s = volopt_vol_get(v->vol, "performance.cache-min-file-size");
		if (min_s) {
			(void)volopt_parse_size(min_s, &min);
			(void)volopt_parse_size(v->value, &max);
			max_s = v->value;
		}
	}
	if (min <= max)
		return 0;
	return volopt_errf(errstr,
			   "cache-min-file-size (%s) is greater than cache-max-file-size (%s)",
			   min_s, max_s);
}

static int volopt_v_statedump_path(const struct volopt_vctx *v, char **errstr)
{
	struct stat st;

	if (!stat(v->value, &st) && S_ISDIR(st.st_mode))
		return 0;
	return volopt_errf(errstr, "Failed: %s is not a directory", v->value);
}

static int volopt_v_listen_backlog(const struct volopt_vctx *v, char **errstr)
{
	int64_t n;

	if (volopt_parse_int64(v->value, &n))
		return volopt_errf(errstr,
				   "%s is not a compatible value. %s expects an integer value.",
				   v->value, v->key);
	if (n < 0)
		return volopt_errf(errstr,
				   "%s is not a compatible value. %s expects a positiveinteger value.",
				   v->value, v->key);
	return 0;
}

static int volopt_v_uss_dir(const struct volopt_vctx *v, char **errstr)
{
	size_t len = strlen(v->value);

	if (len > 255)
		return volopt_errf(errstr, "value of %s exceedes %d characters",
				   v->key, 255);
	if (len < 2)
		return volopt_errf(errstr,
				   "value of %s too short, expects at least two characters",
				   v->key);
	if (v->value[0] != '.')
		return volopt_errf(errstr, "%s expects value starting with '.' ",
				   v->key);
	if (strchr(v->value + 1, '/'))
		return volopt_errf(errstr,
				   "%s expects value to contain only '0-9a-z-_'",
				   v->key);
	return 0;
}

static bool volopt_vol_on(const struct volopt_vol_facts *vol, const char *key)
{
	const char *s = volopt_vol_get(vol, key);
	bool on = false;

	if (s)
		(void)volopt_parse_bool(s, &on);
	return on;
}

static int volopt_v_quota_enabled(const struct volopt_vctx *v, char **errstr)
{
	if (volopt_vol_on(v->vol, "features.quota"))
		return 0;
	return volopt_errf(errstr, "Cannot set %s. Enable quota first.", v->key);
}

static int volopt_v_worm_period(const struct volopt_vctx *v, char **errstr)
{
	uint64_t n;

	if (!volopt_parse_uint64(v->value, &n))
		return 0;
	return volopt_errf(errstr,
			   "%s is not a valid uint64_t value. %s expects a valid uint64_t value.",
			   v->value, v->key);
}

static int volopt_v_retention_mode(const struct volopt_vctx *v, char **errstr)
{
	if (!strcmp(v->value, "relax") || !strcmp(v->value, "enterprise"))
		return 0;
	return volopt_errf(errstr,
			   "The value of retention mode should be either relax or enterprise. But the value of %s is %s",
			   v->key, v->value);
}

static int volopt_v_mandatory_locking(const struct volopt_vctx *v,
				      char **errstr)
{
	static const char *const ok[] = { "off", "file", "forced", "optimal" };
	size_t i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!strcmp(v->value, ok[i]))
			return 0;
	return volopt_errf(errstr,
			   "Invalid option value '%s': Available options are 'off', 'file', 'forced' or 'optimal'",
			   v->value);
}

static int volopt_v_rda_cache_limit(const struct volopt_vctx *v, char **errstr)
{
	uint64_t n;

	if (!volopt_parse_size(v->value, &n))
		return 0;
	return volopt_err(errstr, strdup(VOLOPT_MSG_VALIDATION_FAILED));
}

static bool volopt_brick_mux_on(const struct volopt_set_ctx *ctx)
{
	const char *s = volopt_global_get(ctx, "cluster.brick-multiplex");
	bool on = false;

	if (s)
		(void)volopt_parse_bool(s, &on);
	return on;
}

static int volopt_mux_required(const struct volopt_vctx *v, char **errstr)
{
	if (volopt_brick_mux_on(v->ctx))
		return 0;
	return volopt_errf(errstr,
			   "Brick-multiplexing is not enabled. Please enable brick multiplexing before trying to set this option.");
}

static int volopt_v_vol_count(const struct volopt_vctx *v, char **errstr)
{
	int n;
	int r = volopt_mux_required(v, errstr);

	if (r)
		return r;
	if (!volopt_parse_int(v->value, &n) && n >= 5 && n <= 200)
		return 0;
	return volopt_errf(errstr,
			   "Please set this option to a value between 5 and 200 tooptimize processing large numbers of volumes in parallel.");
}

static int volopt_v_mux_limit(const struct volopt_vctx *v, char **errstr)
{
	uint64_t n;
	int r = volopt_mux_required(v, errstr);

	if (r)
		return r;
	if (!volopt_parse_uint64(v->value, &n) && n <= UINT32_MAX)
		return 0;
	return volopt_errf(errstr,
			   "%s is not a valid count. %s expects an unsigned integer.",
			   v->value, v->key);
}

typedef int (*volopt_validator)(const struct volopt_vctx *v, char **errstr);

static const volopt_validator volopt_validators[VOLOPT_CHECK_MAX] = {
	[VOLOPT_CHECK_BOOLEAN] = volopt_v_boolean,
	[VOLOPT_CHECK_SUBVOLS_PER_DIR] = volopt_v_subvols,
	[VOLOPT_CHECK_REBAL_THROTTLE] = volopt_v_rebal_throttle,
	[VOLOPT_CHECK_LOCK_MIGRATION] = volopt_v_lock_migration,
	[VOLOPT_CHECK_REPLICA_ONLY] = volopt_v_replica_only,
	[VOLOPT_CHECK_REPLICA_TYPE] = volopt_v_replica_type,
	[VOLOPT_CHECK_QUORUM_COUNT] = volopt_v_quorum_count,
	[VOLOPT_CHECK_CACHE_MIN_MAX] = volopt_v_cache_min_max,
	[VOLOPT_CHECK_STATEDUMP_PATH] = volopt_v_statedump_path,
	[VOLOPT_CHECK_LISTEN_BACKLOG] = volopt_v_listen_backlog,
	[VOLOPT_CHECK_USS_DIR] = volopt_v_uss_dir,
	[VOLOPT_CHECK_QUOTA_ENABLED] = volopt_v_quota_enabled,
	[VOLOPT_CHECK_WORM_PERIOD] = volopt_v_worm_period,
	[VOLOPT_CHECK_RETENTION_MODE] = volopt_v_retention_mode,
	[VOLOPT_CHECK_MANDATORY_LOCKING] = volopt_v_mandatory_locking,
	[VOLOPT_CHECK_DISPERSE_TYPE] = volopt_v_disperse_type,
	[VOLOPT_CHECK_DISPERSE_ONLY] = volopt_v_disperse_only,
	[VOLOPT_CHECK_RDA_CACHE_LIMIT] = volopt_v_rda_cache_limit,
	[VOLOPT_CHECK_VOL_COUNT_PER_THREAD] = volopt_v_vol_count,
	[VOLOPT_CHECK_MUX_LIMIT] = volopt_v_mux_limit,
	[VOLOPT_CHECK_DISPERSE_QUORUM] = volopt_v_disperse_quorum,
};

/* 10.3 runs the first row with a dedicated check whose key, or part after
 * the first dot, equals what the user typed - before it even resolves the
 * key. Rows of per-volume options have nothing to check on `all`. */
static int volopt_dedicated_check(const struct volopt_set_ctx *ctx,
				  const char *user_key, const char *value,
				  char **errstr)
{
	struct volopt_vctx v = { ctx, ctx->vol, user_key, value };
	size_t i;

	for (i = 0; i < volopt_table_len; i++) {
		const struct volopt *o = &volopt_table[i];
		const char *dot = strchr(o->key, '.');

		if (!volopt_validators[o->check])
			continue;
		if (strcmp(o->key, user_key) && (!dot || strcmp(dot + 1, user_key)))
			continue;
		if (!ctx->vol && !(o->flags & VOLOPT_ALL_VOLS))
			return volopt_err(errstr,
					  strdup(VOLOPT_MSG_VALIDATION_FAILED));
		return volopt_validators[o->check](&v, errstr);
	}
	return 0;
}

/* ---- volume set ----------------------------------------------------------- */

/* 10.3 drops every blank from values of non-user keys. */
static char *volopt_strip_blanks(const char *value)
{
	char *s = strdup(value), *d = s;
	const char *p;

	if (!s)
		return NULL;
	for (p = value; *p; p++)
		if (!isspace((unsigned char)*p))
			*d++ = *p;
	*d = '\0';
	return s;
}

/* Appends 10.3's spelling hint for key to head (which it takes). */
static int volopt_with_hint(char *head, const char *key, char **errstr)
{
	char *hint, *msg = NULL;
	int r;

	if (!head)
		return -ENOMEM;
	hint = volopt_suggest(key);
	if (!hint)
		return volopt_err(errstr, head);
	r = asprintf(&msg, "%s\nDid you mean %s?", head, hint);
	free(hint);
	free(head);
	return volopt_err(errstr, r < 0 ? NULL : msg);
}

/* `volume get` of an unknown key: 10.3 overwrites its message with the
 * hint when it has one. */
static int volopt_get_unknown(const char *key, char **errstr)
{
	char *hint = volopt_suggest(key);
	int r;

	if (hint)
		r = volopt_errf(errstr, "Did you mean %s?", hint);
	else
		r = volopt_errf(errstr, "Option with name: %s does not exist",
				key);
	free(hint);
	return r == -EINVAL ? -ENOENT : r;
}

/* Keys that belong to other commands. 1: refused, 0: not one of them. */
static int volopt_other_command(const char *key, const char *value,
				char **errstr)
{
	static const struct {
		const char *key, *text;
	} bitrot[] = {
		{ "bitrot", "{enable|disable}" },
		{ "scrub-freq",
		  "scrub-frequency {hourly|daily|weekly|biweekly|monthly}" },
		{ "scrub", "scrub {pause|resume}" },
		{ "scrub-throttle", "scrub-throttle  {lazy|normal|aggressive}" },
	};
	const char *bare = strncmp(key, "features.", 9) ? key : key + 9;
	size_t i;
	bool b;

	for (i = 0; i < sizeof(bitrot) / sizeof(bitrot[0]); i++)
		if (!strcmp(bare, bitrot[i].key))
			return volopt_errf(errstr,
					   " 'gluster volume set <VOLNAME> %s' is invalid command. Use 'gluster volume bitrot <VOLNAME> %s' instead.",
					   key, bitrot[i].text);
	if (strcmp(bare, "quota") && strcmp(bare, "inode-quota"))
		return 0;
	if (volopt_parse_bool(value, &b))
		return volopt_err(errstr, strdup(VOLOPT_MSG_VALIDATION_FAILED));
	return volopt_errf(errstr,
			   " 'gluster volume set <VOLNAME> %s %s' is deprecated. Use 'gluster volume %s <VOLNAME> %s' instead.",
			   key, value,
			   b && !strcmp(bare, "inode-quota") ? "inode-quota" : "quota",
			   b ? "enable" : "disable");
}

/* What 10.3 checks before looking the key up. */
static int volopt_set_early(const struct volopt_set_ctx *ctx, const char *key,
			    const char *value, char **errstr)
{
	if (!strcmp(key, "config.transport")) {
		if (strcasecmp(value, "tcp") && strcasecmp(value, "rdma") &&
		    strcasecmp(value, "tcp,rdma") && strcasecmp(value, "rdma,tcp"))
			return volopt_errf(errstr, "transport-type %s does not exist",
					   value);
		return 0;
	}
	if (!strcmp(key, "ganesha.enable")) {
		if (ctx->vol && !strcmp(value, "off") &&
		    !volopt_vol_on(ctx->vol, "ganesha.enable"))
			return volopt_errf(errstr, "ganesha.enable is already 'off'.");
		return 0;
	}
	return volopt_other_command(key, value, errstr);
}

static int volopt_op_version_check(const struct volopt_set_ctx *ctx,
				   const char *key, const char *value,
				   char **errstr)
{
	uint64_t want;
	uint32_t cur = ctx->cluster_op_version;

	if (ctx->vol)
		return volopt_errf(errstr,
				   "Option \"%s\" is not valid for a single volume",
				   key);
	if (ctx->key_index > 1)
		return volopt_errf(errstr,
				   "Option \"%s\" cannot be set along with other options",
				   key);
	if (volopt_parse_uint64(value, &want) || want > UINT32_MAX)
		return volopt_errf(errstr,
				   "invalid number format \"%s\" in option \"%s\"",
				   value, key);
	if (want > VOLOPT_OP_VERSION_MAX || want < VOLOPT_OP_VERSION_MIN)
		return volopt_errf(errstr,
				   "Required op_version (%d) is not supported. Max supported op version is %d",
				   (int)want, (int)cur);
	if (want <= cur)
		return volopt_errf(errstr,
				   "Required op-version (%d) should not be equal or lower than current cluster op-version (%d).",
				   (int)want, (int)cur);
	return 0;
}

/* `all` takes only the cluster-wide keys and a volume none of them. */
static int volopt_scope_check(bool is_all, const char *key, char **errstr)
{
	bool global = volopt_is_global(key);

	if (!strcmp(key, "cluster.max-op-version"))
		return volopt_errf(errstr, "Not a valid option to set");
	if (is_all && !global)
		return volopt_errf(errstr, "Not a valid option for all volumes");
	if (!is_all && global)
		return volopt_errf(errstr, "Not a valid option for single volume");
	return 0;
}

static int volopt_shared_storage_check(const struct volopt_set_ctx *ctx,
				       const char *value, char **errstr)
{
	char *hook = NULL;
	const char *cur;
	int r;

	if (strcmp(value, "enable") && strcmp(value, "disable"))
		return volopt_errf(errstr,
				   "Invalid option(%s). Valid options are 'enable' and 'disable'",
				   value);
	if (asprintf(&hook,
		     "%s/hooks/1/set/post/S32gluster_enable_shared_storage.sh",
		     ctx->workdir ? ctx->workdir : "/var/lib/glusterd") < 0)
		return -ENOMEM;
	r = access(hook, R_OK | X_OK);
	if (r) {
		r = volopt_errf(errstr,
				"The hook-script (%s) required for this operation is not present. Please install the hook-script and retry",
				hook);
		free(hook);
		return r;
	}
	free(hook);
	if (!strcmp(value, "disable")) {
		cur = volopt_global_get(ctx, "cluster.enable-shared-storage");
		if (!cur || !strcmp(cur, "disable"))
			return volopt_errf(errstr,
					   "Shared storage volume does not exist. Please enable shared storage for creating shared storage volume.");
		return 0;
	}
	if (ctx->shared_storage_volume_exists)
		return volopt_errf(errstr,
				   "Shared storage volume(gluster_shared_storage) already exists.");
	if (!ctx->connected_peers)
		return volopt_errf(errstr,
				   "More than one node should be up/present in the cluster to enable this option");
	return 0;
}

static int volopt_trash_dir_check(const struct volopt_set_ctx *ctx,
				  const char *value, char **errstr)
{
	const struct volopt_vol_facts *vol = ctx->vol;
	size_t i;

	if (!volopt_vol_on(vol, "features.trash"))
		return volopt_errf(errstr,
				   "Trash translator is not enabled. Use volume set %s trash on",
				   vol->name);
	if (strchr(value, '/'))
		return volopt_errf(errstr, "Path is not allowed as option");
	for (i = 0; i < vol->n_bricks; i++) {
		const struct volopt_brick *b = &vol->bricks[i];
		char *path = NULL;
		int exists;

		if (!b->local)
			continue;
		if (asprintf(&path, "%s/%s", b->path, value) < 0)
			return -ENOMEM;
		exists = !access(path, R_OK);
		free(path);
		if (exists)
			return volopt_errf(errstr, "Path %s exists", value);
		if (vol->status == VOLOPT_VOL_STARTED && !b->started)
			return volopt_errf(errstr, "One or more bricks are down");
	}
	return 0;
}

static int volopt_ganesha_check(const char *value, char **errstr)
{
	bool b;

	if (volopt_parse_bool(value, &b))
		return volopt_errf(errstr,
				   "Invalid value for volume set command. Use on/off only.");
	if (b)
		return volopt_errf(errstr,
				   "The option nfs-ganesha should be enabled before setting ganesha.enable.");
	return volopt_errf(errstr, "ganesha.enable is already 'off'.");
}

/* Checks 10.3 makes on particular keys once the key is resolved. */
static int volopt_set_special(const struct volopt_set_ctx *ctx,
			      const char *key, const char *value, char **errstr)
{
	if (!strcmp(key, "storage.linux-aio") && ctx->vol &&
	    ctx->vol->status == VOLOPT_VOL_STARTED)
		return volopt_errf(errstr,
				   "Changing '%s' is not supported when the volume is in started state. Please stop the volume first.",
				   key);
	if (!strcmp(key, "cluster.server-quorum-type") ||
	    !strcmp(key, "cluster.server-quorum-ratio"))
		return volopt_validate_value(volopt_find(key)->schema, NULL,
					     value, ctx->vol, errstr);
	if (!strcmp(key, "cluster.enable-shared-storage"))
		return volopt_shared_storage_check(ctx, value, errstr);
	if (!strcmp(key, "cluster.localtime-logging") &&
	    strcmp(value, "enable") && strcmp(value, "disable"))
		return volopt_errf(errstr,
				   "Invalid option(%s). Valid options are 'enable' and 'disable'",
				   value);
	if (!strcmp(key, "cluster.daemon-log-level") && strcmp(value, "INFO") &&
	    strcmp(value, "WARNING") && strcmp(value, "ERROR") &&
	    strcmp(value, "DEBUG") && strcmp(value, "TRACE"))
		return volopt_errf(errstr,
				   "Invalid option(%s). Valid options are 'INFO' or 'WARNING' or 'ERROR' or 'DEBUG' or  'TRACE'",
				   value);
	if (!strcmp(key, "features.trash-dir") && ctx->vol)
		return volopt_trash_dir_check(ctx, value, errstr);
	if (!strcmp(key, "ganesha.enable"))
		return volopt_ganesha_check(value, errstr);
	return 0;
}

/* Read as volgen reads a switch: unset is off, anything but a boolean
 * counts as on. */
static bool volopt_truthy(const char *v)
{
	bool b;

	if (!v)
		return false;
	return volopt_parse_bool(v, &b) || b;
}

/* Keys 10.3 accepts at stage but then fails to commit. */
static int volopt_commit_check(const struct volopt_eval *ev, char **errstr)
{
	const char *key = ev->key, *value = ev->value;
	bool b;

	if ((!strcmp(key, "config.memory-accounting") ||
	     !strcmp(key, "config.gfproxyd")) &&
	    volopt_parse_bool(value, &b))
		return volopt_err(errstr, strdup(VOLOPT_MSG_COMMIT_FAILED));
	/* nufa and switch cannot both replace distribute */
	if ((!strcmp(key, "cluster.switch") || !strcmp(key, "cluster.nufa")) &&
	    volopt_truthy(volopt_eval_get(ev, "cluster.switch")) &&
	    volopt_truthy(volopt_eval_get(ev, "cluster.nufa")))
		return volopt_err(errstr, strdup(VOLOPT_MSG_COMMIT_FAILED));
	return 0;
}

/* Everything after the key is known. */
static int volopt_set_resolved(const struct volopt_set_ctx *ctx,
			       const struct volopt *o, const char *value,
			       char **errstr)
{
	struct volopt_eval ev = { ctx, o->key, value };
	int r;

	if (!strcmp(o->key, "cluster.granular-entry-heal") && ctx->vol &&
	    ctx->vol->status != VOLOPT_VOL_CREATED && !ctx->via_heal)
		return volopt_errf(errstr,
				   " 'gluster volume set <VOLNAME> %s {enable, disable}' is not supported. Use 'gluster volume heal <VOLNAME> granular-entry-heal {enable, disable}' instead.",
				   o->key);
	if (!strcmp(o->key, "cluster.op-version"))
		return volopt_op_version_check(ctx, o->key, value, errstr);
	r = volopt_scope_check(!ctx->vol, o->key, errstr);
	if (!r)
		r = volopt_set_special(ctx, o->key, value, errstr);
	if (!r && ctx->vol)
		r = volopt_toggle_check(o, value, errstr);
	if (!r && ctx->vol)
		r = volopt_graphs_check(&ev, errstr);
	if (!r && ctx->vol)
		r = volopt_commit_check(&ev, errstr);
	return r;
}

static int volopt_set_user_key(const struct volopt_set_ctx *ctx,
			       const char *key, const char *value,
			       char **canonical_key, char **canonical_value,
			       char **errstr)
{
	if (!ctx->vol)
		return volopt_err(errstr, strdup(VOLOPT_MSG_COMMIT_FAILED));
	*canonical_key = strdup(key);
	*canonical_value = strdup(value);
	return *canonical_key && *canonical_value ? 0 : -ENOMEM;
}

int volopt_check_set(const struct volopt_set_ctx *ctx, const char *user_key,
		     const char *value, char **canonical_key,
		     char **canonical_value, char **errstr)
{
	const struct volopt *o = NULL;
	char *v;
	int r;

	*canonical_key = *canonical_value = *errstr = NULL;
	if (!user_key || !value)
		return volopt_errf(errstr, "Options not specified");
	if (volopt_is_user_key(user_key))
		r = volopt_set_user_key(ctx, user_key, value, canonical_key,
					canonical_value, errstr);
	else if (!(v = volopt_strip_blanks(value)))
		r = -ENOMEM;
	else {
		r = volopt_set_early(ctx, user_key, v, errstr);
		if (!r)
			r = volopt_dedicated_check(ctx, user_key, v, errstr);
		if (!r && volopt_complete(user_key, &o))
			r = volopt_with_hint(volopt__msg(VOLOPT_MSG_MAX,
							 "option : %s does not exist",
							 user_key),
					     user_key, errstr);
		if (!r)
			r = volopt_set_resolved(ctx, o, v, errstr);
		if (!r && !(*canonical_key = strdup(o->key)))
			r = -ENOMEM;
		if (!r)
			*canonical_value = v;
		else
			free(v);
	}
	if (r) {
		free(*canonical_key);
		*canonical_key = NULL;
		*canonical_value = NULL;
	}
	return r;
}

int volopt_check_peer_op_version(const char *canonical_key,
				 uint32_t originator_op_version, char **errstr)
{
	const struct volopt *o = volopt_find(canonical_key);
	uint32_t ours = o ? o->op_version : 0;

	*errstr = NULL;
	if (ours == originator_op_version)
		return 0;
	return volopt_errf(errstr, "option: %s op-version mismatch",
			   canonical_key);
}

const char *volopt_set_notice(const char *canonical_key, const char *value)
{
	if (!value || !strcmp(value, "client"))
		return NULL;
	if (!strcmp(canonical_key, "debug.trace"))
		return "debug.trace translator has been added to the server volume file. Please restart the volume for enabling the translator";
	if (!strcmp(canonical_key, "debug.error-gen"))
		return "debug.error-gen translator has been added to the server volume file. Please restart the volume for enabling the translator";
	return NULL;
}

/* ---- volume reset --------------------------------------------------------- */

int volopt_check_reset(const struct volopt_set_ctx *ctx, const char *user_key,
		       bool force, char **canonical_key, char **errstr)
{
	const struct volopt *o;
	int r;

	*canonical_key = *errstr = NULL;
	if (!user_key || !strcmp(user_key, "all")) {
		*canonical_key = strdup("all");
		return *canonical_key ? 0 : -ENOMEM;
	}
	if (volopt_complete(user_key, &o))
		return volopt_with_hint(volopt__msg(VOLOPT_MSG_MAX,
						    "Option %s does not exist",
						    user_key),
					user_key, errstr);
	if (!strcmp(o->key, "features.quota") ||
	    !strcmp(o->key, "features.inode-quota"))
		return volopt_errf(errstr,
				   "'gluster volume reset <VOLNAME> %s' is deprecated. Use 'gluster volume quota <VOLNAME> disable' instead.",
				   o->key);
	r = volopt_scope_check(!ctx->vol, o->key, errstr);
	if (r)
		return r;
	if (ctx->vol && (o->flags & VOLOPT_FORCE) && !force &&
	    volopt_vol_get(ctx->vol, o->key))
		return volopt_errf(errstr, "'%s' is protected. To reset use 'force'.",
				   o->key);
	*canonical_key = strdup(o->key);
	return *canonical_key ? 0 : -ENOMEM;
}

bool volopt_reset_all_removes(const char *key, bool force)
{
	const struct volopt *o = volopt_find(key);

	if (!o)
		return true;
	if (o->flags & VOLOPT_NEVER_RESET)
		return false;
	return force || !(o->flags & VOLOPT_FORCE);
}

int volopt_reset_all_outcome(size_t removed, size_t kept_protected,
			     bool force, const char **info, char **errstr)
{
	*info = NULL;
	*errstr = NULL;
	if (force || !kept_protected) {
		*info = "reset volume successful";
		return 0;
	}
	if (removed) {
		*info = "All unprotected fields were reset. To reset the protected fields, use 'force'.";
		return 0;
	}
	*errstr = strdup("'all' is protected. To reset use 'force'.");
	return *errstr ? -EPERM : -ENOMEM;
}

/* ---- volume get ----------------------------------------------------------- */

static const char *volopt_get_global(const struct volopt_get_ctx *ctx,
				     const char *key)
{
	return ctx->global_get ? ctx->global_get(ctx->global_arg, key) : NULL;
}

/* Emits a global key as `volume get all` shows it. */
static int volopt_get_emit_global(const struct volopt_get_ctx *ctx, size_t i,
				  volopt_emit_fn emit, void *arg)
{
	const struct volopt_pair *g = &volopt_globals[i];
	const char *v = volopt_get_global(ctx, g->key);
	char buf[64];

	if (!v && !strcmp(g->key, "cluster.op-version"))
		snprintf(buf, sizeof(buf), "%" PRIu32, ctx->cluster_op_version);
	else if (!v && !strcmp(g->key, "cluster.max-op-version"))
		snprintf(buf, sizeof(buf), "%" PRIu32, ctx->max_op_version);
	else if (!v)
		snprintf(buf, sizeof(buf), "%s (DEFAULT)", g->value);
	else
		return emit(arg, g->key, v);
	return emit(arg, g->key, buf);
}

static int volopt_get_all_globals(const struct volopt_get_ctx *ctx,
				  const char *key, volopt_emit_fn emit,
				  void *arg, char **errstr)
{
	const struct volopt *o;
	size_t i;
	int r;

	for (i = 0; i < VOLOPT_N_GLOBALS; i++) {
		if (key && strcmp(key, volopt_globals[i].key))
			continue;
		r = volopt_get_emit_global(ctx, i, emit, arg);
		if (r || key)
			return r;
	}
	if (!key)
		return 0;
	if (volopt_complete(key, &o))
		return volopt_get_unknown(key, errstr);
	if (!volopt_is_global(o->key))
		return volopt_errf(errstr, "Not a valid option for all volumes");
	return volopt_get_all_globals(ctx, o->key, emit, arg, errstr);
}

/* The value `volume get <vol>` shows for row o, or NULL. */
static const char *volopt_get_row(const struct volopt_get_ctx *ctx,
				  const struct volopt *o)
{
	const char *v = NULL;

	if (o->flags & VOLOPT_GLOBAL)
		v = volopt_get_global(ctx, o->key);
	if (!v)
		v = volopt_vol_get(ctx->vol, o->key);
	if (!v)
		v = volopt_get_display(o, ctx->vol);
	return v;
}

static int volopt_get_special(const struct volopt_get_ctx *ctx,
			      const char *key, volopt_emit_fn emit, void *arg)
{
	static const char *const transports[] = { "tcp", "rdma", "tcp,rdma" };
	char buf[32];
	int t = ctx->vol->transport;

	if (!strcmp(key, "cluster.op-version")) {
		snprintf(buf, sizeof(buf), "%" PRIu32, ctx->cluster_op_version);
		return emit(arg, key, buf);
	}
	if (!strcmp(key, "cluster.max-op-version")) {
		snprintf(buf, sizeof(buf), "%" PRIu32, ctx->max_op_version);
		return emit(arg, key, buf);
	}
	if (!strcmp(key, "config.memory-accounting"))
		return emit(arg, key,
			    ctx->vol->memory_accounting ? "Enabled" : "Disabled");
	return emit(arg, key, t >= 0 && t <= 2 ? transports[t] : "none");
}

static int volopt_get_one(const struct volopt_get_ctx *ctx, const char *key,
			  volopt_emit_fn emit, void *arg, char **errstr)
{
	const struct volopt *o;
	const char *v;

	if (volopt_is_user_key(key)) {
		v = volopt_vol_get(ctx->vol, key);
		return v ? emit(arg, key, v) : -ENOENT;
	}
	if (volopt_complete(key, &o))
		return volopt_get_unknown(key, errstr);
	if (!strcmp(o->key, "cluster.op-version") ||
	    !strcmp(o->key, "cluster.max-op-version") ||
	    !strcmp(o->key, "config.memory-accounting") ||
	    !strcmp(o->key, "config.transport"))
		return volopt_get_special(ctx, o->key, emit, arg);
	v = volopt_get_global(ctx, o->key);
	if (!v)
		v = volopt_get_row(ctx, o);
	return v ? emit(arg, o->key, v) : -ENOENT;
}

int volopt_get(const struct volopt_get_ctx *ctx, const char *user_key,
	       volopt_emit_fn emit, void *arg, char **errstr)
{
	size_t i;
	int r;

	*errstr = NULL;
	if (user_key && !strcasecmp(user_key, "all"))
		user_key = NULL;
	if (!ctx->vol)
		return volopt_get_all_globals(ctx, user_key, emit, arg, errstr);
	if (user_key)
		return volopt_get_one(ctx, user_key, emit, arg, errstr);
	for (i = 0; i < volopt_table_len; i++) {
		const char *v = volopt_get_row(ctx, &volopt_table[i]);

		if (!v)
			continue;
		r = emit(arg, volopt_table[i].key, v);
		if (r)
			return r;
	}
	return 0;
}
