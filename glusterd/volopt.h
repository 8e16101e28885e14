/* volopt: the volume option table of GlusterFS 10.3 and the rules glusterd
 * applies to `volume set`, `volume reset` and `volume get`.
 *
 * Self-contained: it knows nothing of glusterd's structures. What it needs
 * to know about a volume or the cluster is passed in plain structs, and
 * option values are read through lookup callbacks.
 *
 * Messages are the exact texts 10.3 puts in op_errstr (the CLI prefixes
 * them with "volume set: failed: " and the like).
 */
#ifndef GLUSTERD_VOLOPT_H
#define GLUSTERD_VOLOPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- the table ---------------------------------------------------------- */

/* Value types of translator options (10.3's GF_OPTION_TYPE_*). */
enum volopt_vtype {
	VOLOPT_T_ANY,
	VOLOPT_T_STR,
	VOLOPT_T_INT,
	VOLOPT_T_SIZET,
	VOLOPT_T_PERCENT,
	VOLOPT_T_PERCENT_OR_SIZET,
	VOLOPT_T_BOOL,
	VOLOPT_T_XLATOR,
	VOLOPT_T_PATH,
	VOLOPT_T_TIME,
	VOLOPT_T_DOUBLE,
	VOLOPT_T_INET_ADDR,
	VOLOPT_T_INET_ADDR_LIST,
	VOLOPT_T_PRIO_LIST,
	VOLOPT_T_SIZE_LIST,
	VOLOPT_T_MAX,
};

/* Which bounds of [min, max] are enforced. */
enum volopt_range {
	VOLOPT_RANGE_BOTH, /* both, unless min == max == 0 */
	VOLOPT_RANGE_MIN,
	VOLOPT_RANGE_MAX,
};

/* The definition a translator gives of one of its options: what 10.3
 * checks a value against when the translator is part of a graph. */
struct volopt_schema {
	const char *name; /* option name as messages show it */
	unsigned char type; /* enum volopt_vtype */
	unsigned char range; /* enum volopt_range */
	double min, max;
	const char *const *values; /* allowed values (fnmatch), or NULL */
};

/* Dedicated glusterd-side checks some keys have on top of (and before)
 * the translator's own. */
enum volopt_check {
	VOLOPT_CHECK_NONE,
	VOLOPT_CHECK_TOGGLE, /* enables a translator: non-boolean breaks volgen */
	VOLOPT_CHECK_BOOLEAN,
	VOLOPT_CHECK_SUBVOLS_PER_DIR,
	VOLOPT_CHECK_REBAL_THROTTLE,
	VOLOPT_CHECK_LOCK_MIGRATION,
	VOLOPT_CHECK_REPLICA_ONLY,
	VOLOPT_CHECK_REPLICA_TYPE,
	VOLOPT_CHECK_QUORUM_COUNT,
	VOLOPT_CHECK_CACHE_MIN_MAX,
	VOLOPT_CHECK_STATEDUMP_PATH,
	VOLOPT_CHECK_LISTEN_BACKLOG,
	VOLOPT_CHECK_USS_DIR,
	VOLOPT_CHECK_QUOTA_ENABLED,
	VOLOPT_CHECK_WORM_PERIOD,
	VOLOPT_CHECK_RETENTION_MODE,
	VOLOPT_CHECK_MANDATORY_LOCKING,
	VOLOPT_CHECK_DISPERSE_TYPE,
	VOLOPT_CHECK_DISPERSE_ONLY,
	VOLOPT_CHECK_RDA_CACHE_LIMIT,
	VOLOPT_CHECK_VOL_COUNT_PER_THREAD,
	VOLOPT_CHECK_MUX_LIMIT,
	VOLOPT_CHECK_DISPERSE_QUORUM,
	VOLOPT_CHECK_MAX,
};

/* Where the translator sees the option. */
enum volopt_scope {
	VOLOPT_SCOPE_XLATOR, /* every graph holding a translator of .xlator */
	VOLOPT_SCOPE_SHD, /* only the self-heal daemon graph */
	VOLOPT_SCOPE_NONE, /* no graph passes it to the translator */
};

/* Flags. */
#define VOLOPT_FORCE (1u << 0) /* `volume reset` needs force (F) */
#define VOLOPT_XLATOR_TOGGLE (1u << 1) /* adds/removes a translator (X) */
#define VOLOPT_CLIENT (1u << 2) /* counts for client-op-version (C) */
#define VOLOPT_NEVER_RESET (1u << 3) /* `volume reset` keeps it (N) */
#define VOLOPT_GLOBAL (1u << 4) /* cluster-wide: only `volume set all` */
#define VOLOPT_NO_DOC (1u << 5) /* not shown by `volume set help` */
/* 10.3's "GLOBAL_DOC" type: `volume set <vol>` stores the key on every
 * volume (each one bumps its version); `volume reset` stays per volume. */
#define VOLOPT_ALL_VOLS (1u << 6)

struct volopt {
	const char *key; /* "<domain>.<name>" */
	const char *xlator; /* translator type, "mgmt/glusterd" for glusterd */
	const char *option; /* option name on the translator; NULL = part of
			     * key after the first dot; "!..." = special */
	const char *value; /* glusterd's default, applied when unset */
	uint32_t op_version;
	unsigned flags;
	const char *get_display; /* `volume get` of an unset key on a plain
				  * volume; NULL = not listed */
	const struct volopt_schema *schema; /* NULL = never validated by a
					     * translator */
	unsigned char check; /* enum volopt_check */
	unsigned char scope; /* enum volopt_scope */
};

/* The table, in 10.3's order, with its duplicate keys. */
extern const struct volopt volopt_table[];
extern const size_t volopt_table_len;

/* The key 10.3 sets and shows for a row whose option is NULL. */
const char *volopt_option_name(const struct volopt *o);

/* ---- lookup ------------------------------------------------------------- */

/* First row with exactly this key, or NULL. */
const struct volopt *volopt_find(const char *key);
/* Next row after o with the same key (duplicated keys), or NULL. */
const struct volopt *volopt_find_next(const struct volopt *o);

/* Whether key is in the user namespace ("user." prefix): stored verbatim,
 * never validated. */
bool volopt_is_user_key(const char *key);

/* Resolves what a user typed as 10.3 does: an exact key, or a key without
 * a dot that equals exactly one key's part after its first dot
 * ("cache-size" -> performance.cache-size). Returns 0 and the first row,
 * or -ENOENT (also for user.* keys, which are not in the table). */
int volopt_complete(const char *user_key, const struct volopt **out);

/* 10.3's spelling hint for an unknown key: "auth.allow or ...reject",
 * "nfs.acl or ...disable", "eager-lock", "anonuid or nfs". Malloc'd, or
 * NULL when there is nothing to suggest (or on ENOMEM). */
char *volopt_suggest(const char *key);

/* Whether key (canonical) is one of the cluster-wide keys of `volume set
 * all` / `volume get all all`. */
bool volopt_is_global(const char *key);

/* ---- values ------------------------------------------------------------- */

/* 10.3's parsers. 0 or -EINVAL (-ERANGE). */
int volopt_parse_bool(const char *s, bool *out);
int volopt_parse_int64(const char *s, int64_t *out);
int volopt_parse_uint64(const char *s, uint64_t *out);
int volopt_parse_size(const char *s, uint64_t *out);
int volopt_parse_time(const char *s, int64_t *out);
int volopt_parse_percent(const char *s, double *out);

/* What a volume looks like to the translator-name checks (XLATOR type). */
struct volopt_vol_facts;

/* Validates value against a translator option definition; name is the
 * option name the message shows. Returns 0 or -EINVAL with *errstr
 * (malloc'd, or NULL on ENOMEM). vol may be NULL. */
int volopt_validate_value(const struct volopt_schema *sc, const char *name,
			  const char *value, const struct volopt_vol_facts *vol,
			  char **errstr);

/* ---- the volume --------------------------------------------------------- */

/* Reads one option value; NULL when unset. */
typedef const char *(*volopt_lookup_fn)(void *arg, const char *key);

enum volopt_vol_type {
	VOLOPT_VOL_DISTRIBUTE,
	VOLOPT_VOL_REPLICATE, /* also arbiter and distributed-replicate */
	VOLOPT_VOL_DISPERSE,
};

enum volopt_vol_status {
	VOLOPT_VOL_CREATED,
	VOLOPT_VOL_STARTED,
	VOLOPT_VOL_STOPPED,
};

enum volopt_transport {
	VOLOPT_TRANSPORT_TCP,
	VOLOPT_TRANSPORT_RDMA,
	VOLOPT_TRANSPORT_BOTH,
};

struct volopt_brick {
	const char *path;
	bool local; /* on this node */
	bool started; /* its process is running */
};

struct volopt_vol_facts {
	const char *name;
	int type; /* enum volopt_vol_type */
	int status; /* enum volopt_vol_status */
	int transport; /* enum volopt_transport */
	unsigned replica_count; /* 1 when not replicated */
	unsigned disperse_count, redundancy_count; /* 0 when not disperse */
	const struct volopt_brick *bricks;
	size_t n_bricks;
	bool memory_accounting; /* config.memory-accounting */
	volopt_lookup_fn get; /* the volume's options */
	void *get_arg;
};

/* ---- volume set --------------------------------------------------------- */

struct volopt_set_ctx {
	const struct volopt_vol_facts *vol; /* NULL: `volume set all` */
	uint32_t cluster_op_version;
	volopt_lookup_fn global_get; /* cluster-wide options, may be NULL */
	void *global_arg;
	const char *workdir; /* glusterd's working directory */
	bool shared_storage_volume_exists; /* gluster_shared_storage */
	unsigned connected_peers; /* befriended and connected, without self */
	unsigned key_index; /* 1-based position of the key in the request:
			     * cluster.op-version must come first */
	bool via_heal; /* granular-entry-heal set by `volume heal` */
	unsigned nprocs; /* online CPUs for rebal-throttle; 0 = ask sysconf */
};

/* The message 10.3 gives when volgen cannot build a graph. */
#define VOLOPT_MSG_VALIDATION_FAILED "Error, Validation Failed"
/* The message the CLI gets when 10.3 accepts a key at stage but fails to
 * commit it (user.* on `all`, cluster.switch, config.memory-accounting or
 * config.gfproxyd with a bad value). */
#define VOLOPT_MSG_COMMIT_FAILED \
	"Commit failed on localhost. Please check the log file for more details."

/* Checks one `volume set` pair. On success *canonical_key and
 * *canonical_value (malloc'd) are what to store: the full key, and the
 * value without blanks (user.* keys and values are kept verbatim). On
 * failure returns -EINVAL and *errstr (malloc'd) is the message; -ENOMEM
 * when out of memory. */
int volopt_check_set(const struct volopt_set_ctx *ctx, const char *user_key,
		     const char *value, char **canonical_key,
		     char **canonical_value, char **errstr);

/* Peer-side check of `volume set`: the originator sends each key's
 * op-version ("op-versionN"); a mismatch with ours is refused. */
int volopt_check_peer_op_version(const char *canonical_key,
				 uint32_t originator_op_version, char **errstr);

/* Text 10.3 adds after "volume set: success" for a pair, or NULL. */
const char *volopt_set_notice(const char *canonical_key, const char *value);

/* ---- volume reset ------------------------------------------------------- */

/* Checks `volume reset <vol|all> <key>`; key NULL or "all" means every
 * key. For a single key also refuses a protected (F) key that is set
 * without force. On success *canonical_key (malloc'd) is the key to
 * remove, or "all". */
int volopt_check_reset(const struct volopt_set_ctx *ctx, const char *user_key,
		       bool force, char **canonical_key, char **errstr);

/* Whether `volume reset <vol>` (every key) removes a set key. */
bool volopt_reset_all_removes(const char *key, bool force);

/* Outcome of `volume reset <vol>` given how many set keys it removed and
 * how many it kept because they are protected (see reset_all_removes;
 * with force, never-reset keys are kept silently and not counted). 0 with
 * *info (static text for "volume reset: success: ...") or -EPERM with
 * *errstr (malloc'd). */
int volopt_reset_all_outcome(size_t removed, size_t kept_protected,
			     bool force, const char **info, char **errstr);

struct volopt_pair {
	const char *key;
	const char *value;
};

/* The options `volume reset` puts back after removing key (NULL: reset
 * of every key), in 10.3's insertion order. quota_enabled: features.quota
 * is on. Returns how many pairs were written (at most
 * VOLOPT_RESTORE_MAX). */
#define VOLOPT_RESTORE_MAX 5
size_t volopt_reset_restores(const struct volopt_vol_facts *vol,
			     uint32_t cluster_op_version, const char *key,
			     bool quota_enabled, struct volopt_pair *out);

/* ---- volume create ------------------------------------------------------ */

/* The options a new volume gets, in the order 10.3 writes them to
 * vols/<vol>/info (which is the reverse of the order it inserts them).
 * address_family: transport.address-family of glusterd.vol, NULL =
 * "inet". Returns the number of pairs (at most VOLOPT_CREATE_MAX). */
#define VOLOPT_CREATE_MAX 5
size_t volopt_create_defaults(const struct volopt_vol_facts *vol,
			      uint32_t cluster_op_version,
			      const char *address_family,
			      struct volopt_pair *out);

/* ---- op-versions -------------------------------------------------------- */

/* op-version and client-op-version of a volume with these options (2.8):
 * max over the keys' op-versions, translator toggles and boolean options
 * only when on, open-behind counted unless off, disperse at least 30600. */
void volopt_compute_op_versions(const struct volopt_pair *opts, size_t n,
				bool disperse, uint32_t cluster_op_version,
				uint32_t *op_version,
				uint32_t *client_op_version);

/* ---- volume get --------------------------------------------------------- */

/* `volume get` display of row o when the volume does not set it: some
 * are computed from the volume (quorum-type, client-io-threads of
 * replicate volumes). NULL when 10.3 does not list it. */
const char *volopt_get_display(const struct volopt *o,
			       const struct volopt_vol_facts *vol);

struct volopt_get_ctx {
	const struct volopt_vol_facts *vol; /* NULL: `volume get all ...` */
	uint32_t cluster_op_version;
	uint32_t max_op_version; /* cluster.max-op-version */
	volopt_lookup_fn global_get; /* cluster-wide options, may be NULL */
	void *global_arg;
};

/* Receives one listed key and its displayed value; non-zero stops. */
typedef int (*volopt_emit_fn)(void *arg, const char *key, const char *value);

/* `volume get <vol|all> <key|all>` (user_key NULL or "all", any case:
 * every key): emits the pairs in 10.3's order with the values it shows.
 * Returns 0, the emitter's non-zero value, or -EINVAL/-ENOENT with
 * *errstr (malloc'd; NULL when 10.3 sends no message, e.g. an unset
 * user.* key or a key 10.3 cannot show). */
int volopt_get(const struct volopt_get_ctx *ctx, const char *user_key,
	       volopt_emit_fn emit, void *arg, char **errstr);

/* ---- group files -------------------------------------------------------- */

/* An owned key/value pair. */
struct volopt_kv {
	char *key;
	char *value;
};

/* Reads a group file (`volume set <vol> group <name>`): whitespace
 * separated key=value tokens, in file order. Returns 0 and a malloc'd
 * array (free with volopt_kvs_free) or -errno with *errstr (malloc'd):
 * "Unable to open file '<path>'. Error: <strerror>" or
 * "'<path>' file format not valid." */
int volopt_read_group(const char *path, struct volopt_kv **kvs, size_t *n,
		      char **errstr);
struct volopt_kv *volopt_kvs_free(struct volopt_kv *kvs, size_t n);

/* ---- internal ------------------------------------------------------------ */

/* printf into a malloc'd buffer of cap bytes (truncating like 10.3). */
char *volopt__msg(size_t cap, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
