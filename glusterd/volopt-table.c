/* volopt-table: the volume option table of GlusterFS 10.3.
 *
 * One row per entry of 10.3's option map, in the same order and with the
 * same duplicates. The data was read out of the installed 10.3 binaries
 * (glusterd's map, the translators' option definitions) and the reference
 * `volume get <distribute-volume> all` listing; see volopt.h for the
 * meaning of each field. Generated once, maintained by hand since.
 */
#include <math.h>
#include <stddef.h>

#include "glusterd/volopt.h"

static const char *const vals_0[] = { "auto", "yes", "no", "enable", "disable",
	"1", "0", "on", "off", NULL };
static const char *const vals_1[] = { "1", "on", "yes", "true", "enable", "0",
	"off", "no", "false", "disable", "open", NULL };
static const char *const vals_2[] = { "diff", "full", NULL };
static const char *const vals_3[] = { "none", "auto", "fixed", NULL };
static const char *const vals_4[] = { "none", "size", "ctime", "mtime",
	"majority", NULL };
static const char *const vals_5[] = { "DEBUG", "WARNING", "ERROR", "INFO",
	"CRITICAL", "NONE", "TRACE", NULL };
static const char *const vals_6[] = { "WARNING", "ERROR", "INFO", "CRITICAL",
	NULL };
static const char *const vals_7[] = { "gluster-log", "syslog", NULL };
static const char *const vals_8[] = { "no-msg-id", "with-msg-id", NULL };
static const char *const vals_9[] = { "text", "json", "dict", "samples", NULL };
static const char *const vals_10[] = { "ENOENT", "ENOTDIR", "ENAMETOOLONG",
	"EACCES", "EBADF", "EFAULT", "ENOMEM", "EINVAL", "EIO", "EEXIST",
	"ENOSPC", "EPERM", "EROFS", "EBUSY", "EISDIR", "ENOTEMPTY",
	"EMLINKENODEV", "EXDEV", "EMFILE", "ENFILE", "ENOSYS", "EINTR", "EFBIG",
	"EAGAIN", "GF_ERROR_SHORT_WRITE", NULL };
static const char *const vals_11[] = { "none", "server", NULL };
static const char *const vals_12[] = { "binary", "ascii", NULL };
static const char *const vals_13[] = { "round-robin", "gfid-hash", NULL };
static const char *const vals_14[] = { "full", "granular", NULL };
static const char *const vals_15[] = { "none", "auto", "x64", "sse", "avx",
	NULL };

static const struct volopt_schema sc_distribute_lookup_unhashed = {
	"lookup-unhashed", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_0 };
static const struct volopt_schema sc_distribute_lookup_optimize = {
	"lookup-optimize", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_min_free_disk = {
	"min-free-disk", VOLOPT_T_PERCENT_OR_SIZET, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_min_free_inodes = {
	"min-free-inodes", VOLOPT_T_PERCENT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_rebalance_stats = {
	"rebalance-stats", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_directory_layout_spread = {
	"directory-layout-spread", VOLOPT_T_INT, VOLOPT_RANGE_MIN, 1, 0, NULL };
static const struct volopt_schema sc_distribute_readdir_optimize = {
	"readdir-optimize", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_rsync_hash_regex = {
	"rsync-hash-regex", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_extra_hash_regex = {
	"extra-hash-regex", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_xattr_name = {
	"xattr-name", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_randomize_hash_range_by_gfid = {
	"randomize-hash-range-by-gfid", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_rebal_throttle = {
	"rebal-throttle", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_lock_migration = {
	"lock-migration", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_force_migration = {
	"force-migration", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_nufa_local_volume_name = {
	"local-volume-name", VOLOPT_T_XLATOR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_weighted_rebalance = {
	"weighted-rebalance", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_entry_change_log = {
	"entry-change-log", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_read_subvolume = {
	"read-subvolume", VOLOPT_T_XLATOR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_read_subvolume_index = {
	"read-subvolume-index", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_read_hash_mode = {
	"read-hash-mode", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 5, NULL };
static const struct volopt_schema sc_replicate_background_self_heal_count = {
	"background-self-heal-count", VOLOPT_T_INT, VOLOPT_RANGE_MIN, 0, 256, NULL };
static const struct volopt_schema sc_replicate_metadata_self_heal = {
	"metadata-self-heal", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_data_self_heal = {
	"data-self-heal", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_1 };
static const struct volopt_schema sc_replicate_entry_self_heal = {
	"entry-self-heal", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_self_heal_daemon = {
	"self-heal-daemon", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_heal_timeout = {
	"heal-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 5, 2147483647, NULL };
static const struct volopt_schema sc_replicate_data_self_heal_window_size = {
	"data-self-heal-window-size", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 1024, NULL };
static const struct volopt_schema sc_replicate_data_change_log = {
	"data-change-log", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_metadata_change_log = {
	"metadata-change-log", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_data_self_heal_algorithm = {
	"data-self-heal-algorithm", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_2 };
static const struct volopt_schema sc_replicate_eager_lock = {
	"eager-lock", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_eager_lock = {
	"eager-lock", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_other_eager_lock = {
	"other-eager-lock", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_eager_lock_timeout = {
	"eager-lock-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 60, NULL };
static const struct volopt_schema sc_disperse_other_eager_lock_timeout = {
	"other-eager-lock-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 60, NULL };
static const struct volopt_schema sc_replicate_quorum_type = {
	"quorum-type", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_3 };
static const struct volopt_schema sc_replicate_quorum_count = {
	"quorum-count", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 2147483647, NULL };
static const struct volopt_schema sc_replicate_choose_local = {
	"choose-local", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_self_heal_readdir_size = {
	"self-heal-readdir-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 1024, 131072, NULL };
static const struct volopt_schema sc_replicate_post_op_delay_secs = {
	"post-op-delay-secs", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 2147483647, NULL };
static const struct volopt_schema sc_replicate_ensure_durability = {
	"ensure-durability", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_consistent_metadata = {
	"consistent-metadata", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_heal_wait_queue_length = {
	"heal-wait-queue-length", VOLOPT_T_INT, VOLOPT_RANGE_MIN, 0, 10000, NULL };
static const struct volopt_schema sc_replicate_favorite_child_policy = {
	"favorite-child-policy", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_4 };
static const struct volopt_schema sc_replicate_full_lock = {
	"full-lock", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_optimistic_change_log = {
	"optimistic-change-log", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_stats_latency_measurement = {
	"latency-measurement", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_stats_dump_fd_stats = {
	"dump-fd-stats", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_stats_count_fop_hits = {
	"count-fop-hits", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_stats_log_level = {
	"log-level", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_5 };
static const struct volopt_schema sc_io_stats_sys_log_level = {
	"sys-log-level", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_6 };
static const struct volopt_schema sc_io_stats_logger = {
	"logger", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_7 };
static const struct volopt_schema sc_io_stats_log_format = {
	"log-format", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_8 };
static const struct volopt_schema sc_io_stats_log_buf_size = {
	"log-buf-size", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 20, NULL };
static const struct volopt_schema sc_io_stats_log_flush_timeout = {
	"log-flush-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 30, 300, NULL };
static const struct volopt_schema sc_io_stats_ios_dump_interval = {
	"ios-dump-interval", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 3600, NULL };
static const struct volopt_schema sc_io_stats_ios_sample_interval = {
	"ios-sample-interval", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 65535, NULL };
static const struct volopt_schema sc_io_stats_ios_dump_format = {
	"ios-dump-format", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_9 };
static const struct volopt_schema sc_io_stats_ios_sample_buf_size = {
	"ios-sample-buf-size", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1024, 1048576, NULL };
static const struct volopt_schema sc_io_stats_ios_dnscache_ttl_sec = {
	"ios-dnscache-ttl-sec", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 259200, NULL };
static const struct volopt_schema sc_io_cache_max_file_size = {
	"max-file-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_cache_min_file_size = {
	"min-file-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_cache_cache_timeout = {
	"cache-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 60, NULL };
static const struct volopt_schema sc_io_cache_priority = {
	"priority", VOLOPT_T_PRIO_LIST, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_cache_cache_size = {
	"cache-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 4194304, INFINITY, NULL };
static const struct volopt_schema sc_io_threads_thread_count = {
	"thread-count", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 64, NULL };
static const struct volopt_schema sc_io_threads_high_prio_threads = {
	"high-prio-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 64, NULL };
static const struct volopt_schema sc_io_threads_normal_prio_threads = {
	"normal-prio-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 64, NULL };
static const struct volopt_schema sc_io_threads_low_prio_threads = {
	"low-prio-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 64, NULL };
static const struct volopt_schema sc_io_threads_least_prio_threads = {
	"least-prio-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 64, NULL };
static const struct volopt_schema sc_io_threads_enable_least_priority = {
	"enable-least-priority", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_threads_watchdog_secs = {
	"watchdog-secs", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_threads_cleanup_disconnected_reqs = {
	"cleanup-disconnected-reqs", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_threads_pass_through = {
	"pass-through", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_cache_pass_through = {
	"pass-through", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_quick_read_cache_size = {
	"cache-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, INFINITY, NULL };
static const struct volopt_schema sc_quick_read_cache_timeout = {
	"cache-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_quick_read_quick_read_cache_invalidation = {
	"quick-read-cache-invalidation", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_quick_read_ctime_invalidation = {
	"ctime-invalidation", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_write_behind_flush_behind = {
	"flush-behind", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_write_behind_cache_size = {
	"cache-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 524288, 1073741824, NULL };
static const struct volopt_schema sc_write_behind_resync_failed_syncs_after_fsync = {
	"resync-failed-syncs-after-fsync", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_write_behind_strict_O_DIRECT = {
	"strict-O_DIRECT", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_write_behind_strict_write_ordering = {
	"strict-write-ordering", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_write_behind_trickling_writes = {
	"trickling-writes", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_write_behind_aggregate_size = {
	"aggregate-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_open_behind_lazy_open = {
	"lazy-open", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_open_behind_read_after_open = {
	"read-after-open", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_open_behind_pass_through = {
	"pass-through", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_read_ahead_page_count = {
	"page-count", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 16, NULL };
static const struct volopt_schema sc_read_ahead_pass_through = {
	"pass-through", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_readdir_ahead_pass_through = {
	"pass-through", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_pass_through = {
	"pass-through", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_write_behind_pass_through = {
	"pass-through", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_md_cache_timeout = {
	"md-cache-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 600, NULL };
static const struct volopt_schema sc_md_cache_cache_swift_metadata = {
	"cache-swift-metadata", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_cache_samba_metadata = {
	"cache-samba-metadata", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_cache_capability_xattrs = {
	"cache-capability-xattrs", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_cache_ima_xattrs = {
	"cache-ima-xattrs", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_md_cache_statfs = {
	"md-cache-statfs", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_xattr_cache_list = {
	"xattr-cache-list", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_nl_cache_pass_through = {
	"pass-through", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_client_frame_timeout = {
	"frame-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 86400, NULL };
static const struct volopt_schema sc_client_ping_timeout = {
	"ping-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 1013, NULL };
static const struct volopt_schema sc_client_tcp_window_size = {
	"tcp-window-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 1048576, NULL };
static const struct volopt_schema sc_client_filter_O_DIRECT = {
	"filter-O_DIRECT", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_client_event_threads = {
	"event-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 32, NULL };
static const struct volopt_schema sc_client_strict_locks = {
	"strict-locks", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_tcp_window_size = {
	"tcp-window-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 1048576, NULL };
static const struct volopt_schema sc_server_inode_lru_limit = {
	"inode-lru-limit", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 1048576, NULL };
static const struct volopt_schema sc_server_auth_addr___allow = {
	"auth.addr.*.allow", VOLOPT_T_INET_ADDR_LIST, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_auth_addr___reject = {
	"auth.addr.*.reject", VOLOPT_T_INET_ADDR_LIST, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_rpc_auth_allow_insecure = {
	"rpc-auth-allow-insecure", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_root_squash = {
	"root-squash", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_all_squash = {
	"all-squash", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_anonuid = {
	"anonuid", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 4294967295, NULL };
static const struct volopt_schema sc_server_anongid = {
	"anongid", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 4294967295, NULL };
static const struct volopt_schema sc_server_statedump_path = {
	"statedump-path", VOLOPT_T_PATH, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_rpc_outstanding_rpc_limit = {
	"rpc.outstanding-rpc-limit", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 65536, NULL };
static const struct volopt_schema sc_server_manage_gids = {
	"manage-gids", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_dynamic_auth = {
	"dynamic-auth", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_client_send_gids = {
	"send-gids", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_gid_timeout = {
	"gid-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_server_event_threads = {
	"event-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 1024, NULL };
static const struct volopt_schema sc_server_transport_tcp_user_timeout = {
	"transport.tcp-user-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 1013, NULL };
static const struct volopt_schema sc_server_transport_listen_backlog = {
	"transport.listen-backlog", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_force_readdirp = {
	"force-readdirp", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_cache_invalidation = {
	"cache-invalidation", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_md_cache_global_cache_invalidation = {
	"global-cache-invalidation", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_snapview_client_snapshot_directory = {
	"snapshot-directory", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_snapview_client_show_snapshot_directory = {
	"show-snapshot-directory", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_namespace_tag_namespaces = {
	"tag-namespaces", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cdc_window_size = {
	"window-size", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cdc_mem_level = {
	"mem-level", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cdc_min_size = {
	"min-size", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cdc_compression_level = {
	"compression-level", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cdc_debug = {
	"debug", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_quota_default_soft_limit = {
	"default-soft-limit", VOLOPT_T_PERCENT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_quota_soft_timeout = {
	"soft-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 1800, NULL };
static const struct volopt_schema sc_quota_hard_timeout = {
	"hard-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 60, NULL };
static const struct volopt_schema sc_quota_alert_time = {
	"alert-time", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 604800, NULL };
static const struct volopt_schema sc_quota_deem_statfs = {
	"deem-statfs", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trace_log_history = {
	"log-history", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trace_log_file = {
	"log-file", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trace_exclude_ops = {
	"exclude-ops", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trace_include_ops = {
	"include-ops", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_error_gen_failure = {
	"failure", VOLOPT_T_PERCENT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_error_gen_error_no = {
	"error-no", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_10 };
static const struct volopt_schema sc_error_gen_random_failure = {
	"random-failure", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_error_gen_enable = {
	"enable", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_read_only_read_only = {
	"read-only", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_worm_worm = {
	"worm", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_worm_worm_file_level = {
	"worm-file-level", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_worm_worm_files_deletable = {
	"worm-files-deletable", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_worm_default_retention_period = {
	"default-retention-period", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_worm_retention_mode = {
	"retention-mode", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_worm_auto_commit_period = {
	"auto-commit-period", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_linux_aio = {
	"linux-aio", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_linux_io_uring = {
	"linux-io_uring", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_batch_fsync_mode = {
	"batch-fsync-mode", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_batch_fsync_delay_usec = {
	"batch-fsync-delay-usec", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_brick_uid = {
	"brick-uid", VOLOPT_T_INT, VOLOPT_RANGE_MIN, -1, 0, NULL };
static const struct volopt_schema sc_posix_brick_gid = {
	"brick-gid", VOLOPT_T_INT, VOLOPT_RANGE_MIN, -1, 0, NULL };
static const struct volopt_schema sc_posix_node_uuid_pathinfo = {
	"node-uuid-pathinfo", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_health_check_interval = {
	"health-check-interval", VOLOPT_T_INT, VOLOPT_RANGE_MIN, 0, 0, NULL };
static const struct volopt_schema sc_posix_update_link_count_parent = {
	"update-link-count-parent", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_gfid2path = {
	"gfid2path", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_gfid2path_separator = {
	"gfid2path-separator", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_reserve = {
	"reserve", VOLOPT_T_PERCENT_OR_SIZET, VOLOPT_RANGE_MIN, 0, 0, NULL };
static const struct volopt_schema sc_posix_health_check_timeout = {
	"health-check-timeout", VOLOPT_T_INT, VOLOPT_RANGE_MIN, 0, 0, NULL };
static const struct volopt_schema sc_posix_fips_mode_rchecksum = {
	"fips-mode-rchecksum", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_posix_force_create_mode = {
	"force-create-mode", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 511, NULL };
static const struct volopt_schema sc_posix_force_directory_mode = {
	"force-directory-mode", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 511, NULL };
static const struct volopt_schema sc_posix_create_mask = {
	"create-mask", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 511, NULL };
static const struct volopt_schema sc_posix_create_directory_mask = {
	"create-directory-mask", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 511, NULL };
static const struct volopt_schema sc_posix_max_hardlinks = {
	"max-hardlinks", VOLOPT_T_INT, VOLOPT_RANGE_MIN, 0, 0, NULL };
static const struct volopt_schema sc_posix_ctime = {
	"ctime", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_glusterd_server_quorum_type = {
	"server-quorum-type", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_11 };
static const struct volopt_schema sc_glusterd_server_quorum_ratio = {
	"server-quorum-ratio", VOLOPT_T_PERCENT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_changelog_changelog = {
	"changelog", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_changelog_changelog_dir = {
	"changelog-dir", VOLOPT_T_PATH, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_changelog_encoding = {
	"encoding", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_12 };
static const struct volopt_schema sc_changelog_rollover_time = {
	"rollover-time", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_changelog_fsync_interval = {
	"fsync-interval", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_changelog_changelog_barrier_timeout = {
	"changelog-barrier-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_changelog_capture_del_path = {
	"capture-del-path", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_barrier_barrier = {
	"barrier", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_barrier_barrier_timeout = {
	"barrier-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trash_trash = {
	"trash", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trash_trash_dir = {
	"trash-dir", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trash_trash_eliminate_path = {
	"trash-eliminate-path", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trash_trash_max_filesize = {
	"trash-max-filesize", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_trash_trash_internal_op = {
	"trash-internal-op", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_locks_trace = {
	"trace", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_locks_mandatory_locking = {
	"mandatory-locking", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_self_heal_daemon = {
	"self-heal-daemon", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_quorum_reads = {
	"quorum-reads", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_client_client_bind_insecure = {
	"client-bind-insecure", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_quiesce_timeout = {
	"timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_quiesce_failover_hosts = {
	"failover-hosts", VOLOPT_T_INET_ADDR_LIST, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_shard_shard_block_size = {
	"shard-block-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 4194304, 4398046511104, NULL };
static const struct volopt_schema sc_shard_shard_lru_limit = {
	"shard-lru-limit", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 20, 2147483647, NULL };
static const struct volopt_schema sc_shard_shard_deletion_rate = {
	"shard-deletion-rate", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 100, 2147483647, NULL };
static const struct volopt_schema sc_bit_rot_scrub_throttle = {
	"scrub-throttle", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_bit_rot_scrubber = {
	"scrubber", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_bit_rot_expiry_time = {
	"expiry-time", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_bit_rot_signer_threads = {
	"signer-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_upcall_cache_invalidation = {
	"cache-invalidation", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_upcall_cache_invalidation_timeout = {
	"cache-invalidation-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_leases_leases = {
	"leases", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_leases_lease_lock_recall_timeout = {
	"lease-lock-recall-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_background_heals = {
	"background-heals", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 256, NULL };
static const struct volopt_schema sc_disperse_heal_wait_qlength = {
	"heal-wait-qlength", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 65536, NULL };
static const struct volopt_schema sc_disperse_heal_timeout = {
	"heal-timeout", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 60, 2147483647, NULL };
static const struct volopt_schema sc_distribute_use_readdirp = {
	"use-readdirp", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_read_policy = {
	"read-policy", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_13 };
static const struct volopt_schema sc_replicate_shd_max_threads = {
	"shd-max-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 64, NULL };
static const struct volopt_schema sc_replicate_shd_wait_qlength = {
	"shd-wait-qlength", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 655536, NULL };
static const struct volopt_schema sc_replicate_locking_scheme = {
	"locking-scheme", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_14 };
static const struct volopt_schema sc_replicate_granular_entry_heal = {
	"granular-entry-heal", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_locks_revocation_secs = {
	"revocation-secs", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 2147483647, NULL };
static const struct volopt_schema sc_locks_revocation_clear_all = {
	"revocation-clear-all", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_locks_revocation_max_blocked = {
	"revocation-max-blocked", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 2147483647, NULL };
static const struct volopt_schema sc_locks_monkey_unlocking = {
	"monkey-unlocking", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_locks_notify_contention = {
	"notify-contention", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_locks_notify_contention_delay = {
	"notify-contention-delay", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 60, NULL };
static const struct volopt_schema sc_disperse_shd_max_threads = {
	"shd-max-threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 64, NULL };
static const struct volopt_schema sc_disperse_shd_wait_qlength = {
	"shd-wait-qlength", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 65536, NULL };
static const struct volopt_schema sc_disperse_cpu_extensions = {
	"cpu-extensions", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, vals_15 };
static const struct volopt_schema sc_disperse_self_heal_window_size = {
	"self-heal-window-size", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 1024, NULL };
static const struct volopt_schema sc_replicate_use_compound_fops = {
	"use-compound-fops", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_readdir_ahead_parallel_readdir = {
	"parallel-readdir", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_readdir_ahead_rda_request_size = {
	"rda-request-size", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 4096, 131072, NULL };
static const struct volopt_schema sc_readdir_ahead_rda_low_wmark = {
	"rda-low-wmark", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 10485760, NULL };
static const struct volopt_schema sc_readdir_ahead_rda_high_wmark = {
	"rda-high-wmark", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 104857600, NULL };
static const struct volopt_schema sc_readdir_ahead_rda_cache_limit = {
	"rda-cache-limit", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, INFINITY, NULL };
static const struct volopt_schema sc_nl_cache_nl_cache_positive_entry = {
	"nl-cache-positive-entry", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_nl_cache_nl_cache_limit = {
	"nl-cache-limit", VOLOPT_T_SIZET, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_nl_cache_nl_cache_timeout = {
	"nl-cache-timeout", VOLOPT_T_TIME, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_optimistic_change_log = {
	"optimistic-change-log", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_stripe_cache = {
	"stripe-cache", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 10, NULL };
static const struct volopt_schema sc_replicate_halo_enabled = {
	"halo-enabled", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_halo_shd_max_latency = {
	"halo-shd-max-latency", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 99999, NULL };
static const struct volopt_schema sc_replicate_halo_nfsd_max_latency = {
	"halo-nfsd-max-latency", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 99999, NULL };
static const struct volopt_schema sc_replicate_halo_max_latency = {
	"halo-max-latency", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 99999, NULL };
static const struct volopt_schema sc_replicate_halo_max_replicas = {
	"halo-max-replicas", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 99999, NULL };
static const struct volopt_schema sc_replicate_halo_min_replicas = {
	"halo-min-replicas", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 1, 99999, NULL };
static const struct volopt_schema sc_selinux_selinux = {
	"selinux", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_delay_gen_delay_percentage = {
	"delay-percentage", VOLOPT_T_PERCENT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_delay_gen_delay_duration = {
	"delay-duration", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_delay_gen_enable = {
	"enable", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_parallel_writes = {
	"parallel-writes", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_disperse_quorum_count = {
	"quorum-count", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_utime_noatime = {
	"noatime", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cloudsync_cloudsync_storetype = {
	"cloudsync-storetype", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_locks_enforce_mandatory_lock = {
	"enforce-mandatory-lock", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_stats_global_threading = {
	"global-threading", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_io_stats_threads = {
	"threads", VOLOPT_T_INT, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cloudsync_cloudsync_remote_read = {
	"cloudsync-remote-read", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cloudsync_cloudsync_store_id = {
	"cloudsync-store-id", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_cloudsync_cloudsync_product_id = {
	"cloudsync-product-id", VOLOPT_T_STR, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_replicate_use_anonymous_inode = {
	"use-anonymous-inode", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };
static const struct volopt_schema sc_distribute_ensure_durability = {
	"ensure-durability", VOLOPT_T_BOOL, VOLOPT_RANGE_BOTH, 0, 0, NULL };

const struct volopt volopt_table[] = {
	{ .key = "cluster.lookup-unhashed", .xlator = "cluster/distribute",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_distribute_lookup_unhashed },
	{ .key = "cluster.lookup-optimize", .xlator = "cluster/distribute",
	  .op_version = 30702, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_distribute_lookup_optimize },
	{ .key = "cluster.min-free-disk", .xlator = "cluster/distribute",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "10% (DEFAULT)",
	  .schema = &sc_distribute_min_free_disk },
	{ .key = "cluster.min-free-inodes", .xlator = "cluster/distribute",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "5% (DEFAULT)",
	  .schema = &sc_distribute_min_free_inodes },
	{ .key = "cluster.rebalance-stats", .xlator = "cluster/distribute",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_distribute_rebalance_stats },
	{ .key = "cluster.subvols-per-directory",
	  .xlator = "cluster/distribute", .option = "directory-layout-spread",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_distribute_directory_layout_spread,
	  .check = VOLOPT_CHECK_SUBVOLS_PER_DIR },
	{ .key = "cluster.readdir-optimize", .xlator = "cluster/distribute",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_distribute_readdir_optimize },
	{ .key = "cluster.rsync-hash-regex", .xlator = "cluster/distribute",
	  .op_version = 3, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_distribute_rsync_hash_regex },
	{ .key = "cluster.extra-hash-regex", .xlator = "cluster/distribute",
	  .op_version = 3, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_distribute_extra_hash_regex },
	{ .key = "cluster.dht-xattr-name", .xlator = "cluster/distribute",
	  .option = "xattr-name", .op_version = 3,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "trusted.glusterfs.dht (DEFAULT)",
	  .schema = &sc_distribute_xattr_name },
	{ .key = "cluster.randomize-hash-range-by-gfid",
	  .xlator = "cluster/distribute",
	  .option = "randomize-hash-range-by-gfid", .op_version = 30600,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_distribute_randomize_hash_range_by_gfid },
	{ .key = "cluster.rebal-throttle", .xlator = "cluster/distribute",
	  .option = "rebal-throttle", .op_version = 30700,
	  .flags = VOLOPT_CLIENT, .get_display = "normal (DEFAULT)",
	  .schema = &sc_distribute_rebal_throttle,
	  .check = VOLOPT_CHECK_REBAL_THROTTLE },
	{ .key = "cluster.lock-migration", .xlator = "cluster/distribute",
	  .option = "lock-migration", .value = "off", .op_version = 30800,
	  .flags = VOLOPT_CLIENT, .get_display = "off",
	  .schema = &sc_distribute_lock_migration,
	  .check = VOLOPT_CHECK_LOCK_MIGRATION },
	{ .key = "cluster.force-migration", .xlator = "cluster/distribute",
	  .option = "force-migration", .value = "off", .op_version = 40000,
	  .flags = VOLOPT_CLIENT, .get_display = "off",
	  .schema = &sc_distribute_force_migration },
	{ .key = "cluster.nufa", .xlator = "cluster/distribute",
	  .option = "!nufa", .op_version = 2,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC, .get_display = NULL },
	{ .key = "cluster.local-volume-name", .xlator = "cluster/nufa",
	  .option = "local-volume-name", .op_version = 3,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_nufa_local_volume_name },
	{ .key = "cluster.weighted-rebalance", .xlator = "cluster/distribute",
	  .op_version = 30600, .get_display = "on (DEFAULT)",
	  .schema = &sc_distribute_weighted_rebalance },
	{ .key = "cluster.switch", .xlator = "cluster/distribute",
	  .option = "!switch", .op_version = 3,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC, .get_display = NULL },
	{ .key = "cluster.switch-pattern", .xlator = "cluster/switch",
	  .option = "pattern.switch.case", .op_version = 3,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "cluster.entry-change-log", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_replicate_entry_change_log },
	{ .key = "cluster.read-subvolume", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_replicate_read_subvolume },
	{ .key = "cluster.read-subvolume-index", .xlator = "cluster/replicate",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "-1 (DEFAULT)",
	  .schema = &sc_replicate_read_subvolume_index },
	{ .key = "cluster.read-hash-mode", .xlator = "cluster/replicate",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "1 (DEFAULT)",
	  .schema = &sc_replicate_read_hash_mode },
	{ .key = "cluster.background-self-heal-count",
	  .xlator = "cluster/replicate", .op_version = 1,
	  .flags = VOLOPT_CLIENT, .get_display = "8 (DEFAULT)",
	  .schema = &sc_replicate_background_self_heal_count },
	{ .key = "cluster.metadata-self-heal", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_replicate_metadata_self_heal,
	  .check = VOLOPT_CHECK_REPLICA_ONLY },
	{ .key = "cluster.data-self-heal", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_replicate_data_self_heal,
	  .check = VOLOPT_CHECK_REPLICA_ONLY },
	{ .key = "cluster.entry-self-heal", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_replicate_entry_self_heal,
	  .check = VOLOPT_CHECK_REPLICA_ONLY },
	{ .key = "cluster.self-heal-daemon", .xlator = "cluster/replicate",
	  .option = "!self-heal-daemon", .op_version = 1,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_replicate_self_heal_daemon,
	  .check = VOLOPT_CHECK_REPLICA_TYPE, .scope = VOLOPT_SCOPE_SHD },
	{ .key = "cluster.heal-timeout", .xlator = "cluster/replicate",
	  .option = "!heal-timeout", .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "600 (DEFAULT)", .schema = &sc_replicate_heal_timeout,
	  .scope = VOLOPT_SCOPE_SHD },
	{ .key = "cluster.strict-readdir", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = NULL },
	{ .key = "cluster.self-heal-window-size",
	  .xlator = "cluster/replicate",
	  .option = "data-self-heal-window-size", .op_version = 1,
	  .flags = VOLOPT_CLIENT, .get_display = "8 (DEFAULT)",
	  .schema = &sc_replicate_data_self_heal_window_size },
	{ .key = "cluster.data-change-log", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_replicate_data_change_log },
	{ .key = "cluster.metadata-change-log", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_replicate_metadata_change_log },
	{ .key = "cluster.data-self-heal-algorithm",
	  .xlator = "cluster/replicate", .option = "data-self-heal-algorithm",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_replicate_data_self_heal_algorithm },
	{ .key = "cluster.eager-lock", .xlator = "cluster/replicate",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)", .schema = &sc_replicate_eager_lock },
	{ .key = "disperse.eager-lock", .xlator = "cluster/disperse",
	  .op_version = 30710, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)", .schema = &sc_disperse_eager_lock },
	{ .key = "disperse.other-eager-lock", .xlator = "cluster/disperse",
	  .op_version = 31300, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_disperse_other_eager_lock },
	{ .key = "disperse.eager-lock-timeout", .xlator = "cluster/disperse",
	  .op_version = 40000, .flags = VOLOPT_CLIENT,
	  .get_display = "1 (DEFAULT)",
	  .schema = &sc_disperse_eager_lock_timeout },
	{ .key = "disperse.other-eager-lock-timeout",
	  .xlator = "cluster/disperse", .op_version = 40000,
	  .flags = VOLOPT_CLIENT, .get_display = "1 (DEFAULT)",
	  .schema = &sc_disperse_other_eager_lock_timeout },
	{ .key = "cluster.quorum-type", .xlator = "cluster/replicate",
	  .option = "quorum-type", .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "none (DEFAULT)",
	  .schema = &sc_replicate_quorum_type },
	{ .key = "cluster.quorum-count", .xlator = "cluster/replicate",
	  .option = "quorum-count", .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_replicate_quorum_count,
	  .check = VOLOPT_CHECK_QUORUM_COUNT },
	{ .key = "cluster.choose-local", .xlator = "cluster/replicate",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "true (DEFAULT)",
	  .schema = &sc_replicate_choose_local },
	{ .key = "cluster.self-heal-readdir-size",
	  .xlator = "cluster/replicate", .op_version = 2,
	  .flags = VOLOPT_CLIENT, .get_display = "1KB (DEFAULT)",
	  .schema = &sc_replicate_self_heal_readdir_size },
	{ .key = "cluster.post-op-delay-secs", .xlator = "cluster/replicate",
	  .op_version = 2, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "1 (DEFAULT)",
	  .schema = &sc_replicate_post_op_delay_secs },
	{ .key = "cluster.readdir-failover", .xlator = "cluster/replicate",
	  .op_version = 2, .flags = VOLOPT_CLIENT, .get_display = NULL },
	{ .key = "cluster.ensure-durability", .xlator = "cluster/replicate",
	  .op_version = 3, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_replicate_ensure_durability },
	{ .key = "cluster.consistent-metadata", .xlator = "cluster/replicate",
	  .op_version = 30700, .flags = VOLOPT_CLIENT,
	  .get_display = "no (DEFAULT)",
	  .schema = &sc_replicate_consistent_metadata },
	{ .key = "cluster.heal-wait-queue-length",
	  .xlator = "cluster/replicate", .op_version = 30710,
	  .flags = VOLOPT_CLIENT, .get_display = "128 (DEFAULT)",
	  .schema = &sc_replicate_heal_wait_queue_length },
	{ .key = "cluster.favorite-child-policy",
	  .xlator = "cluster/replicate", .op_version = 30712,
	  .flags = VOLOPT_CLIENT, .get_display = "none (DEFAULT)",
	  .schema = &sc_replicate_favorite_child_policy },
	{ .key = "cluster.full-lock", .xlator = "cluster/replicate",
	  .op_version = 31302, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "yes (DEFAULT)", .schema = &sc_replicate_full_lock },
	{ .key = "cluster.optimistic-change-log",
	  .xlator = "cluster/replicate", .op_version = 70200,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_replicate_optimistic_change_log },
	{ .key = "diagnostics.latency-measurement", .xlator = "debug/io-stats",
	  .option = "latency-measurement", .value = "off", .op_version = 1,
	  .get_display = "off", .schema = &sc_io_stats_latency_measurement },
	{ .key = "diagnostics.dump-fd-stats", .xlator = "debug/io-stats",
	  .op_version = 1, .get_display = "off (DEFAULT)",
	  .schema = &sc_io_stats_dump_fd_stats },
	{ .key = "diagnostics.count-fop-hits", .xlator = "debug/io-stats",
	  .option = "count-fop-hits", .value = "off", .op_version = 1,
	  .flags = VOLOPT_NO_DOC, .get_display = "off",
	  .schema = &sc_io_stats_count_fop_hits },
	{ .key = "diagnostics.brick-log-level", .xlator = "debug/io-stats",
	  .option = "!brick-log-level", .value = "INFO", .op_version = 1,
	  .get_display = "INFO", .schema = &sc_io_stats_log_level },
	{ .key = "diagnostics.client-log-level", .xlator = "debug/io-stats",
	  .option = "!client-log-level", .value = "INFO", .op_version = 1,
	  .flags = VOLOPT_CLIENT, .get_display = "INFO",
	  .schema = &sc_io_stats_log_level },
	{ .key = "diagnostics.brick-sys-log-level", .xlator = "debug/io-stats",
	  .option = "!sys-log-level", .op_version = 1,
	  .get_display = "CRITICAL (DEFAULT)",
	  .schema = &sc_io_stats_sys_log_level },
	{ .key = "diagnostics.client-sys-log-level",
	  .xlator = "debug/io-stats", .option = "!sys-log-level",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "CRITICAL (DEFAULT)",
	  .schema = &sc_io_stats_sys_log_level },
	{ .key = "diagnostics.brick-logger", .xlator = "debug/io-stats",
	  .option = "!logger", .op_version = 30600,
	  .get_display = "(null) (DEFAULT)", .schema = &sc_io_stats_logger },
	{ .key = "diagnostics.client-logger", .xlator = "debug/io-stats",
	  .option = "!logger", .op_version = 30600, .flags = VOLOPT_CLIENT,
	  .get_display = "(null) (DEFAULT)", .schema = &sc_io_stats_logger },
	{ .key = "diagnostics.brick-log-format", .xlator = "debug/io-stats",
	  .option = "!log-format", .op_version = 30600,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_io_stats_log_format },
	{ .key = "diagnostics.client-log-format", .xlator = "debug/io-stats",
	  .option = "!log-format", .op_version = 30600, .flags = VOLOPT_CLIENT,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_io_stats_log_format },
	{ .key = "diagnostics.brick-log-buf-size", .xlator = "debug/io-stats",
	  .option = "!log-buf-size", .op_version = 30600,
	  .get_display = "5 (DEFAULT)", .schema = &sc_io_stats_log_buf_size },
	{ .key = "diagnostics.client-log-buf-size", .xlator = "debug/io-stats",
	  .option = "!log-buf-size", .op_version = 30600,
	  .flags = VOLOPT_CLIENT, .get_display = "5 (DEFAULT)",
	  .schema = &sc_io_stats_log_buf_size },
	{ .key = "diagnostics.brick-log-flush-timeout",
	  .xlator = "debug/io-stats", .option = "!log-flush-timeout",
	  .op_version = 30600, .get_display = "120 (DEFAULT)",
	  .schema = &sc_io_stats_log_flush_timeout },
	{ .key = "diagnostics.client-log-flush-timeout",
	  .xlator = "debug/io-stats", .option = "!log-flush-timeout",
	  .op_version = 30600, .flags = VOLOPT_CLIENT,
	  .get_display = "120 (DEFAULT)",
	  .schema = &sc_io_stats_log_flush_timeout },
	{ .key = "diagnostics.stats-dump-interval", .xlator = "debug/io-stats",
	  .option = "ios-dump-interval", .op_version = 1,
	  .get_display = "0 (DEFAULT)",
	  .schema = &sc_io_stats_ios_dump_interval },
	{ .key = "diagnostics.fop-sample-interval", .xlator = "debug/io-stats",
	  .option = "ios-sample-interval", .op_version = 1,
	  .get_display = "0 (DEFAULT)",
	  .schema = &sc_io_stats_ios_sample_interval },
	{ .key = "diagnostics.stats-dump-format", .xlator = "debug/io-stats",
	  .option = "ios-dump-format", .op_version = 31200,
	  .get_display = "json (DEFAULT)",
	  .schema = &sc_io_stats_ios_dump_format },
	{ .key = "diagnostics.fop-sample-buf-size", .xlator = "debug/io-stats",
	  .option = "ios-sample-buf-size", .op_version = 1,
	  .get_display = "65535 (DEFAULT)",
	  .schema = &sc_io_stats_ios_sample_buf_size },
	{ .key = "diagnostics.stats-dnscache-ttl-sec",
	  .xlator = "debug/io-stats", .option = "ios-dnscache-ttl-sec",
	  .op_version = 1, .get_display = "86400 (DEFAULT)",
	  .schema = &sc_io_stats_ios_dnscache_ttl_sec },
	{ .key = "performance.cache-max-file-size",
	  .xlator = "performance/io-cache", .option = "max-file-size",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "0 (DEFAULT)", .schema = &sc_io_cache_max_file_size,
	  .check = VOLOPT_CHECK_CACHE_MIN_MAX },
	{ .key = "performance.cache-min-file-size",
	  .xlator = "performance/io-cache", .option = "min-file-size",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "0 (DEFAULT)", .schema = &sc_io_cache_min_file_size,
	  .check = VOLOPT_CHECK_CACHE_MIN_MAX },
	{ .key = "performance.cache-refresh-timeout",
	  .xlator = "performance/io-cache", .option = "cache-timeout",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "1 (DEFAULT)", .schema = &sc_io_cache_cache_timeout },
	{ .key = "performance.cache-priority",
	  .xlator = "performance/io-cache", .option = "priority",
	  .op_version = 1, .flags = VOLOPT_CLIENT, .get_display = " (DEFAULT)",
	  .schema = &sc_io_cache_priority },
	{ .key = "performance.io-cache-size", .xlator = "performance/io-cache",
	  .option = "cache-size", .op_version = 80000, .flags = VOLOPT_CLIENT,
	  .get_display = "32MB (DEFAULT)", .schema = &sc_io_cache_cache_size },
	{ .key = "performance.cache-size", .xlator = "performance/io-cache",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "32MB (DEFAULT)", .schema = &sc_io_cache_cache_size },
	{ .key = "performance.io-thread-count",
	  .xlator = "performance/io-threads", .option = "thread-count",
	  .op_version = 1, .get_display = "16 (DEFAULT)",
	  .schema = &sc_io_threads_thread_count },
	{ .key = "performance.high-prio-threads",
	  .xlator = "performance/io-threads", .op_version = 1,
	  .get_display = "16 (DEFAULT)",
	  .schema = &sc_io_threads_high_prio_threads },
	{ .key = "performance.normal-prio-threads",
	  .xlator = "performance/io-threads", .op_version = 1,
	  .get_display = "16 (DEFAULT)",
	  .schema = &sc_io_threads_normal_prio_threads },
	{ .key = "performance.low-prio-threads",
	  .xlator = "performance/io-threads", .op_version = 1,
	  .get_display = "16 (DEFAULT)",
	  .schema = &sc_io_threads_low_prio_threads },
	{ .key = "performance.least-prio-threads",
	  .xlator = "performance/io-threads", .op_version = 1,
	  .get_display = "1 (DEFAULT)",
	  .schema = &sc_io_threads_least_prio_threads },
	{ .key = "performance.enable-least-priority",
	  .xlator = "performance/io-threads", .op_version = 1,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_io_threads_enable_least_priority },
	{ .key = "performance.iot-watchdog-secs",
	  .xlator = "performance/io-threads", .option = "watchdog-secs",
	  .op_version = 40100, .get_display = "(null) (DEFAULT)",
	  .schema = &sc_io_threads_watchdog_secs },
	{ .key = "performance.iot-cleanup-disconnected-reqs",
	  .xlator = "performance/io-threads",
	  .option = "cleanup-disconnected-reqs", .op_version = 40100,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_io_threads_cleanup_disconnected_reqs },
	{ .key = "performance.iot-pass-through",
	  .xlator = "performance/io-threads", .option = "pass-through",
	  .op_version = 40100, .get_display = "false (DEFAULT)",
	  .schema = &sc_io_threads_pass_through },
	{ .key = "performance.io-cache-pass-through",
	  .xlator = "performance/io-cache", .option = "pass-through",
	  .op_version = 40100, .get_display = "false (DEFAULT)",
	  .schema = &sc_io_cache_pass_through },
	{ .key = "performance.quick-read-cache-size",
	  .xlator = "performance/quick-read", .option = "cache-size",
	  .op_version = 80000, .flags = VOLOPT_CLIENT,
	  .get_display = "128MB (DEFAULT)",
	  .schema = &sc_quick_read_cache_size },
	{ .key = "performance.cache-size", .xlator = "performance/quick-read",
	  .op_version = 1, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "128MB (DEFAULT)",
	  .schema = &sc_quick_read_cache_size },
	{ .key = "performance.quick-read-cache-timeout",
	  .xlator = "performance/quick-read", .option = "cache-timeout",
	  .op_version = 80000, .flags = VOLOPT_CLIENT,
	  .get_display = "1 (DEFAULT)",
	  .schema = &sc_quick_read_cache_timeout },
	{ .key = "performance.qr-cache-timeout",
	  .xlator = "performance/quick-read", .option = "cache-timeout",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "1 (DEFAULT)",
	  .schema = &sc_quick_read_cache_timeout },
	{ .key = "performance.quick-read-cache-invalidation",
	  .xlator = "performance/quick-read",
	  .option = "quick-read-cache-invalidation", .op_version = 40000,
	  .flags = VOLOPT_CLIENT, .get_display = "false (DEFAULT)",
	  .schema = &sc_quick_read_quick_read_cache_invalidation },
	{ .key = "performance.ctime-invalidation",
	  .xlator = "performance/quick-read", .option = "ctime-invalidation",
	  .op_version = 50000, .flags = VOLOPT_CLIENT,
	  .get_display = "false (DEFAULT)",
	  .schema = &sc_quick_read_ctime_invalidation },
	{ .key = "performance.flush-behind",
	  .xlator = "performance/write-behind", .option = "flush-behind",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_write_behind_flush_behind },
	{ .key = "performance.nfs.flush-behind",
	  .xlator = "performance/write-behind", .option = "flush-behind",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_write_behind_flush_behind },
	{ .key = "performance.write-behind-window-size",
	  .xlator = "performance/write-behind", .option = "cache-size",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "1MB (DEFAULT)",
	  .schema = &sc_write_behind_cache_size },
	{ .key = "performance.resync-failed-syncs-after-fsync",
	  .xlator = "performance/write-behind",
	  .option = "resync-failed-syncs-after-fsync", .op_version = 30707,
	  .flags = VOLOPT_CLIENT, .get_display = "off (DEFAULT)",
	  .schema = &sc_write_behind_resync_failed_syncs_after_fsync },
	{ .key = "performance.nfs.write-behind-window-size",
	  .xlator = "performance/write-behind", .option = "cache-size",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "1MB (DEFAULT)",
	  .schema = &sc_write_behind_cache_size },
	{ .key = "performance.strict-o-direct",
	  .xlator = "performance/write-behind", .option = "strict-O_DIRECT",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_write_behind_strict_O_DIRECT },
	{ .key = "performance.nfs.strict-o-direct",
	  .xlator = "performance/write-behind", .option = "strict-O_DIRECT",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_write_behind_strict_O_DIRECT },
	{ .key = "performance.strict-write-ordering",
	  .xlator = "performance/write-behind",
	  .option = "strict-write-ordering", .op_version = 2,
	  .flags = VOLOPT_CLIENT, .get_display = "off (DEFAULT)",
	  .schema = &sc_write_behind_strict_write_ordering },
	{ .key = "performance.nfs.strict-write-ordering",
	  .xlator = "performance/write-behind",
	  .option = "strict-write-ordering", .op_version = 2,
	  .flags = VOLOPT_CLIENT, .get_display = "off (DEFAULT)",
	  .schema = &sc_write_behind_strict_write_ordering },
	{ .key = "performance.write-behind-trickling-writes",
	  .xlator = "performance/write-behind", .option = "trickling-writes",
	  .op_version = 31301, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_write_behind_trickling_writes },
	{ .key = "performance.aggregate-size",
	  .xlator = "performance/write-behind", .option = "aggregate-size",
	  .op_version = 40100, .flags = VOLOPT_XLATOR_TOGGLE,
	  .get_display = "128KB (DEFAULT)",
	  .schema = &sc_write_behind_aggregate_size },
	{ .key = "performance.nfs.write-behind-trickling-writes",
	  .xlator = "performance/write-behind", .option = "trickling-writes",
	  .op_version = 31301, .flags = VOLOPT_CLIENT,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_write_behind_trickling_writes },
	{ .key = "performance.lazy-open", .xlator = "performance/open-behind",
	  .option = "lazy-open", .op_version = 3, .flags = VOLOPT_CLIENT,
	  .get_display = "yes (DEFAULT)",
	  .schema = &sc_open_behind_lazy_open },
	{ .key = "performance.read-after-open",
	  .xlator = "performance/open-behind", .option = "read-after-open",
	  .op_version = 3, .flags = VOLOPT_CLIENT,
	  .get_display = "yes (DEFAULT)",
	  .schema = &sc_open_behind_read_after_open },
	{ .key = "performance.open-behind-pass-through",
	  .xlator = "performance/open-behind", .option = "pass-through",
	  .op_version = 40100, .get_display = "false (DEFAULT)",
	  .schema = &sc_open_behind_pass_through },
	{ .key = "performance.read-ahead-page-count",
	  .xlator = "performance/read-ahead", .option = "page-count",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "4 (DEFAULT)", .schema = &sc_read_ahead_page_count },
	{ .key = "performance.read-ahead-pass-through",
	  .xlator = "performance/read-ahead", .option = "pass-through",
	  .op_version = 40100, .get_display = "false (DEFAULT)",
	  .schema = &sc_read_ahead_pass_through },
	{ .key = "performance.readdir-ahead-pass-through",
	  .xlator = "performance/readdir-ahead", .option = "pass-through",
	  .op_version = 40100, .get_display = "false (DEFAULT)",
	  .schema = &sc_readdir_ahead_pass_through },
	{ .key = "performance.md-cache-pass-through",
	  .xlator = "performance/md-cache", .option = "pass-through",
	  .op_version = 40100, .get_display = "false (DEFAULT)",
	  .schema = &sc_md_cache_pass_through },
	{ .key = "performance.write-behind-pass-through",
	  .xlator = "performance/write-behind", .option = "pass-through",
	  .op_version = 90000, .get_display = "false (DEFAULT)",
	  .schema = &sc_write_behind_pass_through },
	{ .key = "performance.md-cache-timeout",
	  .xlator = "performance/md-cache", .option = "md-cache-timeout",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "1 (DEFAULT)",
	  .schema = &sc_md_cache_md_cache_timeout },
	{ .key = "performance.cache-swift-metadata",
	  .xlator = "performance/md-cache", .option = "cache-swift-metadata",
	  .op_version = 30710, .flags = VOLOPT_CLIENT,
	  .get_display = "false (DEFAULT)",
	  .schema = &sc_md_cache_cache_swift_metadata },
	{ .key = "performance.cache-samba-metadata",
	  .xlator = "performance/md-cache", .option = "cache-samba-metadata",
	  .op_version = 30900, .flags = VOLOPT_CLIENT,
	  .get_display = "false (DEFAULT)",
	  .schema = &sc_md_cache_cache_samba_metadata },
	{ .key = "performance.cache-capability-xattrs",
	  .xlator = "performance/md-cache",
	  .option = "cache-capability-xattrs", .op_version = 31000,
	  .flags = VOLOPT_CLIENT, .get_display = "true (DEFAULT)",
	  .schema = &sc_md_cache_cache_capability_xattrs },
	{ .key = "performance.cache-ima-xattrs",
	  .xlator = "performance/md-cache", .option = "cache-ima-xattrs",
	  .op_version = 31000, .flags = VOLOPT_CLIENT,
	  .get_display = "true (DEFAULT)",
	  .schema = &sc_md_cache_cache_ima_xattrs },
	{ .key = "performance.md-cache-statfs",
	  .xlator = "performance/md-cache", .option = "md-cache-statfs",
	  .op_version = 40000, .flags = VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_md_cache_md_cache_statfs },
	{ .key = "performance.xattr-cache-list",
	  .xlator = "performance/md-cache", .option = "xattr-cache-list",
	  .op_version = 40000, .flags = VOLOPT_CLIENT,
	  .get_display = " (DEFAULT)",
	  .schema = &sc_md_cache_xattr_cache_list },
	{ .key = "performance.nl-cache-pass-through",
	  .xlator = "performance/nl-cache", .option = "pass-through",
	  .op_version = 40100, .get_display = "false (DEFAULT)",
	  .schema = &sc_nl_cache_pass_through },
	{ .key = "network.frame-timeout", .xlator = "protocol/client",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "1800 (DEFAULT)",
	  .schema = &sc_client_frame_timeout },
	{ .key = "network.ping-timeout", .xlator = "protocol/client",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "42 (DEFAULT)", .schema = &sc_client_ping_timeout },
	{ .key = "network.tcp-window-size", .xlator = "protocol/client",
	  .op_version = 1, .flags = VOLOPT_CLIENT,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_client_tcp_window_size },
	{ .key = "client.ssl", .xlator = "protocol/client",
	  .option = "transport.socket.ssl-enabled", .value = "off",
	  .op_version = 2, .flags = VOLOPT_CLIENT, .get_display = "off" },
	{ .key = "network.remote-dio", .xlator = "protocol/client",
	  .option = "filter-O_DIRECT", .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "disable (DEFAULT)",
	  .schema = &sc_client_filter_O_DIRECT },
	{ .key = "client.own-thread", .xlator = "protocol/client",
	  .option = "transport.socket.own-thread", .op_version = 30700,
	  .flags = VOLOPT_NO_DOC, .get_display = NULL },
	{ .key = "client.event-threads", .xlator = "protocol/client",
	  .op_version = 30700, .get_display = "2 (DEFAULT)",
	  .schema = &sc_client_event_threads },
	{ .key = "client.tcp-user-timeout", .xlator = "protocol/client",
	  .option = "transport.tcp-user-timeout", .value = "0",
	  .op_version = 31002, .flags = VOLOPT_CLIENT, .get_display = "0" },
	{ .key = "client.keepalive-time", .xlator = "protocol/client",
	  .option = "transport.socket.keepalive-time", .value = "20",
	  .op_version = 31002, .flags = VOLOPT_CLIENT, .get_display = "20" },
	{ .key = "client.keepalive-interval", .xlator = "protocol/client",
	  .option = "transport.socket.keepalive-interval", .value = "2",
	  .op_version = 31002, .flags = VOLOPT_CLIENT, .get_display = "2" },
	{ .key = "client.keepalive-count", .xlator = "protocol/client",
	  .option = "transport.socket.keepalive-count", .value = "9",
	  .op_version = 31002, .flags = VOLOPT_CLIENT, .get_display = "9" },
	{ .key = "client.strict-locks", .xlator = "protocol/client",
	  .option = "strict-locks", .value = "off", .op_version = 80000,
	  .flags = VOLOPT_ALL_VOLS, .get_display = "off",
	  .schema = &sc_client_strict_locks, .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "client.ta-brick-port", .xlator = "protocol/client",
	  .option = "ta-remote-port", .op_version = 70000,
	  .get_display = NULL },
	{ .key = "network.tcp-window-size", .xlator = "protocol/server",
	  .op_version = 1, .flags = VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_server_tcp_window_size },
	{ .key = "network.inode-lru-limit", .xlator = "protocol/server",
	  .op_version = 1, .get_display = "16384 (DEFAULT)",
	  .schema = &sc_server_inode_lru_limit },
	{ .key = "auth.allow", .xlator = "protocol/server",
	  .option = "!server-auth", .value = "*", .op_version = 1,
	  .get_display = "*", .schema = &sc_server_auth_addr___allow },
	{ .key = "auth.reject", .xlator = "protocol/server",
	  .option = "!server-auth", .op_version = 1,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_server_auth_addr___reject },
	{ .key = "transport.keepalive", .xlator = "protocol/server",
	  .option = "transport.socket.keepalive", .value = "1",
	  .op_version = 1, .flags = VOLOPT_NO_DOC, .get_display = "1" },
	{ .key = "server.allow-insecure", .xlator = "protocol/server",
	  .option = "rpc-auth-allow-insecure", .op_version = 1,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_server_rpc_auth_allow_insecure },
	{ .key = "server.root-squash", .xlator = "protocol/server",
	  .option = "root-squash", .op_version = 2,
	  .get_display = "off (DEFAULT)", .schema = &sc_server_root_squash },
	{ .key = "server.all-squash", .xlator = "protocol/server",
	  .option = "all-squash", .op_version = 60000,
	  .get_display = "off (DEFAULT)", .schema = &sc_server_all_squash },
	{ .key = "server.anonuid", .xlator = "protocol/server",
	  .option = "anonuid", .op_version = 3,
	  .get_display = "65534 (DEFAULT)", .schema = &sc_server_anonuid },
	{ .key = "server.anongid", .xlator = "protocol/server",
	  .option = "anongid", .op_version = 3,
	  .get_display = "65534 (DEFAULT)", .schema = &sc_server_anongid },
	{ .key = "server.statedump-path", .xlator = "protocol/server",
	  .option = "statedump-path", .op_version = 1,
	  .get_display = "/var/run/gluster (DEFAULT)",
	  .schema = &sc_server_statedump_path,
	  .check = VOLOPT_CHECK_STATEDUMP_PATH },
	{ .key = "server.outstanding-rpc-limit", .xlator = "protocol/server",
	  .option = "rpc.outstanding-rpc-limit", .op_version = 3,
	  .flags = VOLOPT_ALL_VOLS, .get_display = "64 (DEFAULT)",
	  .schema = &sc_server_rpc_outstanding_rpc_limit },
	{ .key = "server.ssl", .xlator = "protocol/server",
	  .option = "transport.socket.ssl-enabled", .value = "off",
	  .op_version = 2, .get_display = "off" },
	{ .key = "auth.ssl-allow", .xlator = "protocol/server",
	  .option = "!ssl-allow", .value = "*", .op_version = 30600,
	  .get_display = "*" },
	{ .key = "server.manage-gids", .xlator = "protocol/server",
	  .op_version = 30600, .get_display = "off (DEFAULT)",
	  .schema = &sc_server_manage_gids },
	{ .key = "server.dynamic-auth", .xlator = "protocol/server",
	  .op_version = 30705, .get_display = "on (DEFAULT)",
	  .schema = &sc_server_dynamic_auth },
	{ .key = "client.send-gids", .xlator = "protocol/client",
	  .op_version = 30600, .flags = VOLOPT_NO_DOC,
	  .get_display = "on (DEFAULT)", .schema = &sc_client_send_gids,
	  .scope = VOLOPT_SCOPE_NONE },
	{ .key = "server.gid-timeout", .xlator = "protocol/server",
	  .op_version = 30600, .get_display = "300 (DEFAULT)",
	  .schema = &sc_server_gid_timeout },
	{ .key = "server.own-thread", .xlator = "protocol/server",
	  .option = "transport.socket.own-thread", .op_version = 30700,
	  .flags = VOLOPT_NO_DOC, .get_display = "(null) (DEFAULT)" },
	{ .key = "server.event-threads", .xlator = "protocol/server",
	  .op_version = 30700, .get_display = "2 (DEFAULT)",
	  .schema = &sc_server_event_threads },
	{ .key = "server.tcp-user-timeout", .xlator = "protocol/server",
	  .option = "transport.tcp-user-timeout", .op_version = 31002,
	  .get_display = "42 (DEFAULT)",
	  .schema = &sc_server_transport_tcp_user_timeout },
	{ .key = "server.keepalive-time", .xlator = "protocol/server",
	  .option = "transport.socket.keepalive-time", .value = "20",
	  .op_version = 31002, .get_display = "20" },
	{ .key = "server.keepalive-interval", .xlator = "protocol/server",
	  .option = "transport.socket.keepalive-interval", .value = "2",
	  .op_version = 31002, .get_display = "2" },
	{ .key = "server.keepalive-count", .xlator = "protocol/server",
	  .option = "transport.socket.keepalive-count", .value = "9",
	  .op_version = 31002, .get_display = "9" },
	{ .key = "transport.listen-backlog", .xlator = "protocol/server",
	  .option = "transport.listen-backlog", .value = "1024",
	  .op_version = 31101, .get_display = "1024",
	  .schema = &sc_server_transport_listen_backlog,
	  .check = VOLOPT_CHECK_LISTEN_BACKLOG },
	{ .key = "ssl.own-cert", .xlator = "rpc-transport/socket",
	  .option = "!ssl-own-cert", .op_version = 30704,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "ssl.private-key", .xlator = "rpc-transport/socket",
	  .option = "!ssl-private-key", .op_version = 30704,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "ssl.ca-list", .xlator = "rpc-transport/socket",
	  .option = "!ssl-ca-list", .op_version = 30704,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "ssl.crl-path", .xlator = "rpc-transport/socket",
	  .option = "!ssl-crl-path", .op_version = 30704,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "ssl.certificate-depth", .xlator = "rpc-transport/socket",
	  .option = "!ssl-cert-depth", .op_version = 30600,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "ssl.cipher-list", .xlator = "rpc-transport/socket",
	  .option = "!ssl-cipher-list", .op_version = 30600,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "ssl.dh-param", .xlator = "rpc-transport/socket",
	  .option = "!ssl-dh-param", .op_version = 30704,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "ssl.ec-curve", .xlator = "rpc-transport/socket",
	  .option = "!ssl-ec-curve", .op_version = 30704,
	  .get_display = "(null) (DEFAULT)" },
	{ .key = "transport.address-family", .xlator = "protocol/server",
	  .option = "!address-family", .op_version = 30704,
	  .flags = VOLOPT_NO_DOC, .get_display = "(null) (DEFAULT)" },
	{ .key = "performance.write-behind",
	  .xlator = "performance/write-behind", .option = "!perf",
	  .value = "on", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "on",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.read-ahead", .xlator = "performance/read-ahead",
	  .option = "!perf", .value = "off", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "off",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.readdir-ahead",
	  .xlator = "performance/readdir-ahead", .option = "!perf",
	  .value = "off", .op_version = 3,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "off",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.io-cache", .xlator = "performance/io-cache",
	  .option = "!perf", .value = "off", .op_version = 1,
	  .flags = VOLOPT_CLIENT, .get_display = "off",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.open-behind",
	  .xlator = "performance/open-behind", .option = "!perf",
	  .value = "on", .op_version = 2,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "on",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.quick-read", .xlator = "performance/quick-read",
	  .option = "!perf", .value = "on", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "on",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.nl-cache", .xlator = "performance/nl-cache",
	  .option = "!perf", .value = "off", .op_version = 31100,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "off",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.stat-prefetch", .xlator = "performance/md-cache",
	  .option = "!perf", .value = "on", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "on",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.client-io-threads",
	  .xlator = "performance/io-threads", .option = "!perf", .value = "on",
	  .op_version = 1, .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT,
	  .get_display = "on", .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "performance.nfs.write-behind",
	  .xlator = "performance/write-behind", .option = "!nfsperf",
	  .value = "on", .op_version = 1, .flags = VOLOPT_XLATOR_TOGGLE,
	  .get_display = "on" },
	{ .key = "performance.nfs.read-ahead",
	  .xlator = "performance/read-ahead", .option = "!nfsperf",
	  .value = "off", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC,
	  .get_display = "off" },
	{ .key = "performance.nfs.io-cache", .xlator = "performance/io-cache",
	  .option = "!nfsperf", .value = "off", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC,
	  .get_display = "off" },
	{ .key = "performance.nfs.quick-read",
	  .xlator = "performance/quick-read", .option = "!nfsperf",
	  .value = "off", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC,
	  .get_display = "off" },
	{ .key = "performance.nfs.stat-prefetch",
	  .xlator = "performance/md-cache", .option = "!nfsperf",
	  .value = "off", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC,
	  .get_display = "off" },
	{ .key = "performance.nfs.io-threads",
	  .xlator = "performance/io-threads", .option = "!nfsperf",
	  .value = "off", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC,
	  .get_display = "off" },
	{ .key = "performance.force-readdirp",
	  .xlator = "performance/md-cache", .option = "force-readdirp",
	  .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = "true (DEFAULT)",
	  .schema = &sc_md_cache_force_readdirp },
	{ .key = "performance.cache-invalidation",
	  .xlator = "performance/md-cache", .option = "cache-invalidation",
	  .op_version = 30900, .flags = VOLOPT_CLIENT,
	  .get_display = "false (DEFAULT)",
	  .schema = &sc_md_cache_cache_invalidation },
	{ .key = "performance.global-cache-invalidation",
	  .xlator = "performance/md-cache",
	  .option = "global-cache-invalidation", .op_version = 60000,
	  .flags = VOLOPT_CLIENT, .get_display = "true (DEFAULT)",
	  .schema = &sc_md_cache_global_cache_invalidation },
	{ .key = "features.uss", .xlator = "features/snapview-server",
	  .value = "off", .op_version = 30600,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "off",
	  .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "features.snapshot-directory",
	  .xlator = "features/snapview-client", .value = ".snaps",
	  .op_version = 30600, .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT,
	  .get_display = ".snaps",
	  .schema = &sc_snapview_client_snapshot_directory,
	  .check = VOLOPT_CHECK_USS_DIR },
	{ .key = "features.show-snapshot-directory",
	  .xlator = "features/snapview-client", .value = "off",
	  .op_version = 30600, .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT,
	  .get_display = "off",
	  .schema = &sc_snapview_client_show_snapshot_directory },
	{ .key = "features.tag-namespaces", .xlator = "features/namespace",
	  .option = "tag-namespaces", .value = "off", .op_version = 40100,
	  .flags = VOLOPT_XLATOR_TOGGLE, .get_display = "off",
	  .schema = &sc_namespace_tag_namespaces,
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "network.compression", .xlator = "features/cdc",
	  .option = "!feat", .value = "off", .op_version = 3,
	  .flags = VOLOPT_XLATOR_TOGGLE, .get_display = "off",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "network.compression.window-size", .xlator = "features/cdc",
	  .option = "window-size", .op_version = 3,
	  .get_display = "-15 (DEFAULT)", .schema = &sc_cdc_window_size },
	{ .key = "network.compression.mem-level", .xlator = "features/cdc",
	  .option = "mem-level", .op_version = 3, .get_display = "8 (DEFAULT)",
	  .schema = &sc_cdc_mem_level },
	{ .key = "network.compression.min-size", .xlator = "features/cdc",
	  .option = "min-size", .op_version = 3, .get_display = "0 (DEFAULT)",
	  .schema = &sc_cdc_min_size },
	{ .key = "network.compression.compression-level",
	  .xlator = "features/cdc", .option = "compression-level",
	  .op_version = 3, .get_display = "-1 (DEFAULT)",
	  .schema = &sc_cdc_compression_level },
	{ .key = "network.compression.debug", .xlator = "features/cdc",
	  .option = "debug", .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "false (DEFAULT)", .schema = &sc_cdc_debug },
	{ .key = "features.limit-usage", .xlator = "features/quota",
	  .option = "limit-set", .op_version = 1, .flags = VOLOPT_NO_DOC,
	  .get_display = NULL },
	{ .key = "features.default-soft-limit", .xlator = "features/quota",
	  .option = "default-soft-limit", .op_version = 3,
	  .flags = VOLOPT_NO_DOC, .get_display = "80% (DEFAULT)",
	  .schema = &sc_quota_default_soft_limit },
	{ .key = "features.soft-timeout", .xlator = "features/quota",
	  .option = "soft-timeout", .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "60 (DEFAULT)", .schema = &sc_quota_soft_timeout },
	{ .key = "features.hard-timeout", .xlator = "features/quota",
	  .option = "hard-timeout", .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "5 (DEFAULT)", .schema = &sc_quota_hard_timeout },
	{ .key = "features.alert-time", .xlator = "features/quota",
	  .option = "alert-time", .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "86400 (DEFAULT)", .schema = &sc_quota_alert_time },
	{ .key = "features.quota-deem-statfs", .xlator = "features/quota",
	  .option = "deem-statfs", .value = "off", .op_version = 2,
	  .get_display = "off", .schema = &sc_quota_deem_statfs,
	  .check = VOLOPT_CHECK_QUOTA_ENABLED },
	{ .key = "geo-replication.indexing", .xlator = "features/marker",
	  .option = "xtime", .value = "off", .op_version = 1,
	  .flags = VOLOPT_FORCE | VOLOPT_NO_DOC, .get_display = "off",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "geo-replication.indexing", .xlator = "features/marker",
	  .option = "!xtime", .value = "off", .op_version = 1,
	  .flags = VOLOPT_FORCE | VOLOPT_NO_DOC, .get_display = "off",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "geo-replication.ignore-pid-check",
	  .xlator = "features/marker", .option = "gsync-force-xtime",
	  .value = "off", .op_version = 2,
	  .flags = VOLOPT_FORCE | VOLOPT_NO_DOC, .get_display = "off" },
	{ .key = "geo-replication.ignore-pid-check",
	  .xlator = "features/marker", .option = "!gsync-force-xtime",
	  .value = "off", .op_version = 2,
	  .flags = VOLOPT_FORCE | VOLOPT_NO_DOC, .get_display = "off" },
	{ .key = "features.quota", .xlator = "features/marker",
	  .option = "quota", .value = "off", .op_version = 1,
	  .flags = VOLOPT_NEVER_RESET | VOLOPT_NO_DOC, .get_display = "off" },
	{ .key = "features.inode-quota", .xlator = "features/marker",
	  .option = "inode-quota", .value = "off", .op_version = 1,
	  .flags = VOLOPT_NEVER_RESET | VOLOPT_NO_DOC, .get_display = "off" },
	{ .key = "features.bitrot", .xlator = "features/bit-rot",
	  .option = "bitrot", .value = "disable", .op_version = 30700,
	  .flags = VOLOPT_FORCE | VOLOPT_NO_DOC, .get_display = "disable" },
	{ .key = "debug.trace", .xlator = "debug/trace", .option = "!debug",
	  .value = "off", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC,
	  .get_display = "off" },
	{ .key = "debug.log-history", .xlator = "debug/trace",
	  .option = "log-history", .op_version = 2, .flags = VOLOPT_NO_DOC,
	  .get_display = "no (DEFAULT)", .schema = &sc_trace_log_history },
	{ .key = "debug.log-file", .xlator = "debug/trace",
	  .option = "log-file", .op_version = 2, .flags = VOLOPT_NO_DOC,
	  .get_display = "no (DEFAULT)", .schema = &sc_trace_log_file },
	{ .key = "debug.exclude-ops", .xlator = "debug/trace",
	  .option = "exclude-ops", .op_version = 2, .flags = VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)", .schema = &sc_trace_exclude_ops },
	{ .key = "debug.include-ops", .xlator = "debug/trace",
	  .option = "include-ops", .op_version = 2, .flags = VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)", .schema = &sc_trace_include_ops },
	{ .key = "debug.error-gen", .xlator = "debug/error-gen",
	  .option = "!debug", .value = "off", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC,
	  .get_display = "off" },
	{ .key = "debug.error-failure", .xlator = "debug/error-gen",
	  .option = "failure", .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)", .schema = &sc_error_gen_failure },
	{ .key = "debug.error-number", .xlator = "debug/error-gen",
	  .option = "error-no", .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_error_gen_error_no },
	{ .key = "debug.random-failure", .xlator = "debug/error-gen",
	  .option = "random-failure", .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_error_gen_random_failure },
	{ .key = "debug.error-fops", .xlator = "debug/error-gen",
	  .option = "enable", .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)", .schema = &sc_error_gen_enable },
	{ .key = "nfs.enable-ino32", .xlator = "nfs/server",
	  .option = "nfs.enable-ino32", .op_version = 1,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.mem-factor", .xlator = "nfs/server",
	  .option = "nfs.mem-factor", .op_version = 1,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.export-dirs", .xlator = "nfs/server",
	  .option = "nfs3.export-dirs", .op_version = 1,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.export-volumes", .xlator = "nfs/server",
	  .option = "nfs3.export-volumes", .op_version = 1,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.addr-namelookup", .xlator = "nfs/server",
	  .option = "rpc-auth.addr.namelookup", .op_version = 1,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.dynamic-volumes", .xlator = "nfs/server",
	  .option = "nfs.dynamic-volumes", .op_version = 1,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.register-with-portmap", .xlator = "nfs/server",
	  .option = "rpc.register-with-portmap", .op_version = 1,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.outstanding-rpc-limit", .xlator = "nfs/server",
	  .option = "rpc.outstanding-rpc-limit", .op_version = 3,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.port", .xlator = "nfs/server", .option = "nfs.port",
	  .op_version = 1, .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.rpc-auth-unix", .xlator = "nfs/server",
	  .option = "!rpc-auth.auth-unix.*", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.rpc-auth-null", .xlator = "nfs/server",
	  .option = "!rpc-auth.auth-null.*", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.rpc-auth-allow", .xlator = "nfs/server",
	  .option = "!rpc-auth.addr.*.allow", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.rpc-auth-reject", .xlator = "nfs/server",
	  .option = "!rpc-auth.addr.*.reject", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.ports-insecure", .xlator = "nfs/server",
	  .option = "!rpc-auth.ports.*.insecure", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.transport-type", .xlator = "nfs/server",
	  .option = "!nfs.transport-type", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.trusted-sync", .xlator = "nfs/server",
	  .option = "!nfs3.*.trusted-sync", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.trusted-write", .xlator = "nfs/server",
	  .option = "!nfs3.*.trusted-write", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.volume-access", .xlator = "nfs/server",
	  .option = "!nfs3.*.volume-access", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.export-dir", .xlator = "nfs/server",
	  .option = "!nfs3.*.export-dir", .op_version = 1,
	  .get_display = NULL },
	{ .key = "nfs.disable", .xlator = "nfs/server",
	  .option = "!nfs-disable", .value = "on", .op_version = 1,
	  .get_display = "on" },
	{ .key = "nfs.nlm", .xlator = "nfs/server", .option = "nfs.nlm",
	  .op_version = 1, .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.acl", .xlator = "nfs/server", .option = "nfs.acl",
	  .op_version = 3, .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.mount-udp", .xlator = "nfs/server",
	  .option = "nfs.mount-udp", .op_version = 1, .flags = VOLOPT_ALL_VOLS,
	  .get_display = NULL },
	{ .key = "nfs.mount-rmtab", .xlator = "nfs/server",
	  .option = "nfs.mount-rmtab", .op_version = 1,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.rpc-statd", .xlator = "nfs/server",
	  .option = "nfs.rpc-statd", .op_version = 30600,
	  .flags = VOLOPT_NO_DOC, .get_display = NULL },
	{ .key = "nfs.log-level", .xlator = "nfs/server",
	  .option = "nfs.log-level", .op_version = 30600,
	  .flags = VOLOPT_NO_DOC, .get_display = NULL },
	{ .key = "nfs.server-aux-gids", .xlator = "nfs/server",
	  .option = "nfs.server-aux-gids", .op_version = 2,
	  .flags = VOLOPT_NO_DOC, .get_display = NULL },
	{ .key = "nfs.drc", .xlator = "nfs/server", .option = "nfs.drc",
	  .op_version = 3, .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.drc-size", .xlator = "nfs/server",
	  .option = "nfs.drc-size", .op_version = 3, .flags = VOLOPT_ALL_VOLS,
	  .get_display = NULL },
	{ .key = "nfs.read-size", .xlator = "nfs/server",
	  .option = "nfs3.read-size", .op_version = 3,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.write-size", .xlator = "nfs/server",
	  .option = "nfs3.write-size", .op_version = 3,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.readdir-size", .xlator = "nfs/server",
	  .option = "nfs3.readdir-size", .op_version = 3,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.rdirplus", .xlator = "nfs/server",
	  .option = "nfs.rdirplus", .op_version = 30712,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.event-threads", .xlator = "nfs/server",
	  .option = "nfs.event-threads", .op_version = 40000,
	  .flags = VOLOPT_NO_DOC, .get_display = NULL },
	{ .key = "nfs.exports-auth-enable", .xlator = "nfs/server",
	  .option = "nfs.exports-auth-enable", .op_version = 30700,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.auth-refresh-interval-sec", .xlator = "nfs/server",
	  .option = "nfs.auth-refresh-interval-sec", .op_version = 30700,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "nfs.auth-cache-ttl-sec", .xlator = "nfs/server",
	  .option = "nfs.auth-cache-ttl-sec", .op_version = 30700,
	  .flags = VOLOPT_ALL_VOLS, .get_display = NULL },
	{ .key = "features.read-only", .xlator = "features/read-only",
	  .option = "read-only", .op_version = 1,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT,
	  .get_display = "off (DEFAULT)", .schema = &sc_read_only_read_only },
	{ .key = "features.worm", .xlator = "features/worm", .option = "worm",
	  .value = "off", .op_version = 2,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "off",
	  .schema = &sc_worm_worm, .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "features.worm-file-level", .xlator = "features/worm",
	  .option = "worm-file-level", .value = "off", .op_version = 30800,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "off",
	  .schema = &sc_worm_worm_file_level, .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "features.worm-files-deletable", .xlator = "features/worm",
	  .option = "worm-files-deletable", .value = "on", .op_version = 31300,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "on",
	  .schema = &sc_worm_worm_files_deletable,
	  .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "features.default-retention-period",
	  .xlator = "features/worm", .option = "default-retention-period",
	  .op_version = 30800, .get_display = "120 (DEFAULT)",
	  .schema = &sc_worm_default_retention_period,
	  .check = VOLOPT_CHECK_WORM_PERIOD },
	{ .key = "features.retention-mode", .xlator = "features/worm",
	  .option = "retention-mode", .op_version = 30800,
	  .get_display = "relax (DEFAULT)", .schema = &sc_worm_retention_mode,
	  .check = VOLOPT_CHECK_RETENTION_MODE },
	{ .key = "features.auto-commit-period", .xlator = "features/worm",
	  .option = "auto-commit-period", .op_version = 30800,
	  .get_display = "180 (DEFAULT)",
	  .schema = &sc_worm_auto_commit_period,
	  .check = VOLOPT_CHECK_WORM_PERIOD },
	{ .key = "storage.linux-aio", .xlator = "storage/posix",
	  .op_version = 1, .get_display = "off (DEFAULT)",
	  .schema = &sc_posix_linux_aio },
	{ .key = "storage.linux-io_uring", .xlator = "storage/posix",
	  .op_version = 90000, .get_display = "off (DEFAULT)",
	  .schema = &sc_posix_linux_io_uring },
	{ .key = "storage.batch-fsync-mode", .xlator = "storage/posix",
	  .op_version = 3, .get_display = "reverse-fsync (DEFAULT)",
	  .schema = &sc_posix_batch_fsync_mode },
	{ .key = "storage.batch-fsync-delay-usec", .xlator = "storage/posix",
	  .op_version = 3, .get_display = "0 (DEFAULT)",
	  .schema = &sc_posix_batch_fsync_delay_usec },
	{ .key = "storage.xattr-user-namespace-mode",
	  .xlator = "storage/posix", .op_version = 30600,
	  .get_display = NULL },
	{ .key = "storage.owner-uid", .xlator = "storage/posix",
	  .option = "brick-uid", .op_version = 1,
	  .get_display = "-1 (DEFAULT)", .schema = &sc_posix_brick_uid },
	{ .key = "storage.owner-gid", .xlator = "storage/posix",
	  .option = "brick-gid", .op_version = 1,
	  .get_display = "-1 (DEFAULT)", .schema = &sc_posix_brick_gid },
	{ .key = "storage.node-uuid-pathinfo", .xlator = "storage/posix",
	  .op_version = 3, .get_display = "off (DEFAULT)",
	  .schema = &sc_posix_node_uuid_pathinfo },
	{ .key = "storage.health-check-interval", .xlator = "storage/posix",
	  .op_version = 3, .get_display = "30 (DEFAULT)",
	  .schema = &sc_posix_health_check_interval },
	{ .key = "storage.build-pgfid", .xlator = "storage/posix",
	  .option = "update-link-count-parent", .op_version = 30600,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_posix_update_link_count_parent },
	{ .key = "storage.gfid2path", .xlator = "storage/posix",
	  .option = "gfid2path", .op_version = 31200, .flags = VOLOPT_NO_DOC,
	  .get_display = "on (DEFAULT)", .schema = &sc_posix_gfid2path },
	{ .key = "storage.gfid2path-separator", .xlator = "storage/posix",
	  .option = "gfid2path-separator", .op_version = 31200,
	  .get_display = ": (DEFAULT)",
	  .schema = &sc_posix_gfid2path_separator },
	{ .key = "storage.reserve", .xlator = "storage/posix",
	  .op_version = 31300, .get_display = "1 (DEFAULT)",
	  .schema = &sc_posix_reserve },
	{ .key = "storage.health-check-timeout", .xlator = "storage/posix",
	  .option = "health-check-timeout", .op_version = 40000,
	  .flags = VOLOPT_NO_DOC, .get_display = "20 (DEFAULT)",
	  .schema = &sc_posix_health_check_timeout },
	{ .key = "storage.fips-mode-rchecksum", .xlator = "storage/posix",
	  .option = "fips-mode-rchecksum", .op_version = 40000,
	  .flags = VOLOPT_NO_DOC, .get_display = "off (DEFAULT)",
	  .schema = &sc_posix_fips_mode_rchecksum },
	{ .key = "storage.force-create-mode", .xlator = "storage/posix",
	  .option = "force-create-mode", .op_version = 40000,
	  .get_display = "0000 (DEFAULT)",
	  .schema = &sc_posix_force_create_mode },
	{ .key = "storage.force-directory-mode", .xlator = "storage/posix",
	  .option = "force-directory-mode", .op_version = 40000,
	  .get_display = "0000 (DEFAULT)",
	  .schema = &sc_posix_force_directory_mode },
	{ .key = "storage.create-mask", .xlator = "storage/posix",
	  .option = "create-mask", .op_version = 40000,
	  .get_display = "0777 (DEFAULT)", .schema = &sc_posix_create_mask },
	{ .key = "storage.create-directory-mask", .xlator = "storage/posix",
	  .option = "create-directory-mask", .op_version = 40000,
	  .get_display = "0777 (DEFAULT)",
	  .schema = &sc_posix_create_directory_mask },
	{ .key = "storage.max-hardlinks", .xlator = "storage/posix",
	  .option = "max-hardlinks", .op_version = 40000,
	  .get_display = "100 (DEFAULT)", .schema = &sc_posix_max_hardlinks },
	{ .key = "features.ctime", .xlator = "storage/posix",
	  .option = "ctime", .op_version = 40100,
	  .get_display = "on (DEFAULT)", .schema = &sc_posix_ctime },
	{ .key = "config.memory-accounting", .xlator = "mgmt/glusterd",
	  .option = "!config", .op_version = 2, .flags = VOLOPT_CLIENT,
	  .get_display = NULL },
	{ .key = "config.transport", .xlator = "mgmt/glusterd",
	  .option = "!config", .op_version = 2, .get_display = NULL },
	{ .key = "config.gfproxyd", .xlator = "configuration",
	  .option = "gfproxyd", .value = "off", .op_version = 31300,
	  .get_display = "off" },
	{ .key = "cluster.server-quorum-type", .xlator = "mgmt/glusterd",
	  .value = "off", .op_version = 2, .get_display = "off",
	  .schema = &sc_glusterd_server_quorum_type },
	{ .key = "cluster.server-quorum-ratio", .xlator = "mgmt/glusterd",
	  .value = "51", .op_version = 2, .flags = VOLOPT_GLOBAL,
	  .get_display = "51", .schema = &sc_glusterd_server_quorum_ratio },
	{ .key = "changelog.changelog", .xlator = "features/changelog",
	  .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "off (DEFAULT)", .schema = &sc_changelog_changelog,
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "changelog.changelog-dir", .xlator = "features/changelog",
	  .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "{{ brick.path }}/.glusterfs/changelogs (DEFAULT)",
	  .schema = &sc_changelog_changelog_dir },
	{ .key = "changelog.encoding", .xlator = "features/changelog",
	  .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "ascii (DEFAULT)", .schema = &sc_changelog_encoding },
	{ .key = "changelog.rollover-time", .xlator = "features/changelog",
	  .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "15 (DEFAULT)",
	  .schema = &sc_changelog_rollover_time },
	{ .key = "changelog.fsync-interval", .xlator = "features/changelog",
	  .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "5 (DEFAULT)",
	  .schema = &sc_changelog_fsync_interval },
	{ .key = "changelog.changelog-barrier-timeout",
	  .xlator = "features/changelog", .value = "120", .op_version = 30600,
	  .get_display = "120",
	  .schema = &sc_changelog_changelog_barrier_timeout },
	{ .key = "changelog.capture-del-path", .xlator = "features/changelog",
	  .op_version = 3, .flags = VOLOPT_NO_DOC,
	  .get_display = "off (DEFAULT)",
	  .schema = &sc_changelog_capture_del_path },
	{ .key = "features.barrier", .xlator = "features/barrier",
	  .value = "disable", .op_version = 30700, .flags = VOLOPT_NO_DOC,
	  .get_display = "disable", .schema = &sc_barrier_barrier },
	{ .key = "features.barrier-timeout", .xlator = "features/barrier",
	  .value = "120", .op_version = 30600, .get_display = "120",
	  .schema = &sc_barrier_barrier_timeout },
	{ .key = "cluster.op-version", .xlator = "mgmt/glusterd",
	  .op_version = 30600, .flags = VOLOPT_GLOBAL, .get_display = NULL },
	{ .key = "cluster.max-op-version", .xlator = "mgmt/glusterd",
	  .op_version = 31000, .flags = VOLOPT_GLOBAL, .get_display = NULL },
	{ .key = "features.trash", .xlator = "features/trash",
	  .op_version = 30700, .get_display = "off (DEFAULT)",
	  .schema = &sc_trash_trash },
	{ .key = "features.trash-dir", .xlator = "features/trash",
	  .op_version = 30700, .get_display = ".trashcan (DEFAULT)",
	  .schema = &sc_trash_trash_dir },
	{ .key = "features.trash-eliminate-path", .xlator = "features/trash",
	  .op_version = 30700, .get_display = "(null) (DEFAULT)",
	  .schema = &sc_trash_trash_eliminate_path },
	{ .key = "features.trash-max-filesize", .xlator = "features/trash",
	  .op_version = 30700, .get_display = "5MB (DEFAULT)",
	  .schema = &sc_trash_trash_max_filesize },
	{ .key = "features.trash-internal-op", .xlator = "features/trash",
	  .op_version = 30700, .get_display = "off (DEFAULT)",
	  .schema = &sc_trash_trash_internal_op },
	{ .key = "cluster.enable-shared-storage", .xlator = "mgmt/glusterd",
	  .value = "disable", .op_version = 30701,
	  .flags = VOLOPT_ALL_VOLS | VOLOPT_GLOBAL, .get_display = "disable" },
	{ .key = "locks.trace", .xlator = "features/locks",
	  .op_version = 30700, .get_display = "off (DEFAULT)",
	  .schema = &sc_locks_trace },
	{ .key = "locks.mandatory-locking", .xlator = "features/locks",
	  .op_version = 30800, .get_display = "off (DEFAULT)",
	  .schema = &sc_locks_mandatory_locking,
	  .check = VOLOPT_CHECK_MANDATORY_LOCKING },
	{ .key = "cluster.disperse-self-heal-daemon",
	  .xlator = "cluster/disperse", .option = "self-heal-daemon",
	  .op_version = 30700, .flags = VOLOPT_NO_DOC,
	  .get_display = "enable (DEFAULT)",
	  .schema = &sc_disperse_self_heal_daemon,
	  .check = VOLOPT_CHECK_DISPERSE_TYPE },
	{ .key = "cluster.quorum-reads", .xlator = "cluster/replicate",
	  .op_version = 30700, .flags = VOLOPT_CLIENT,
	  .get_display = "no (DEFAULT)",
	  .schema = &sc_replicate_quorum_reads },
	{ .key = "client.bind-insecure", .xlator = "protocol/client",
	  .option = "client-bind-insecure", .op_version = 30700,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_client_client_bind_insecure },
	{ .key = "features.timeout", .xlator = "features/quiesce",
	  .option = "timeout", .op_version = 40000, .flags = VOLOPT_CLIENT,
	  .get_display = "45 (DEFAULT)", .schema = &sc_quiesce_timeout },
	{ .key = "features.failover-hosts", .xlator = "features/quiesce",
	  .option = "failover-hosts", .op_version = 40000,
	  .flags = VOLOPT_CLIENT, .get_display = "(null) (DEFAULT)",
	  .schema = &sc_quiesce_failover_hosts },
	{ .key = "features.shard", .xlator = "features/shard",
	  .option = "!shard", .value = "off", .op_version = 30700,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "off",
	  .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "features.shard-block-size", .xlator = "features/shard",
	  .op_version = 30700, .flags = VOLOPT_CLIENT,
	  .get_display = "64MB (DEFAULT)",
	  .schema = &sc_shard_shard_block_size },
	{ .key = "features.shard-lru-limit", .xlator = "features/shard",
	  .op_version = 50000, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "16384 (DEFAULT)",
	  .schema = &sc_shard_shard_lru_limit },
	{ .key = "features.shard-deletion-rate", .xlator = "features/shard",
	  .op_version = 50000, .flags = VOLOPT_CLIENT,
	  .get_display = "100 (DEFAULT)",
	  .schema = &sc_shard_shard_deletion_rate },
	{ .key = "features.scrub-throttle", .xlator = "features/bit-rot",
	  .option = "scrub-throttle", .value = "lazy", .op_version = 30700,
	  .flags = VOLOPT_NO_DOC, .get_display = "lazy",
	  .schema = &sc_bit_rot_scrub_throttle },
	{ .key = "features.scrub-freq", .xlator = "features/bit-rot",
	  .option = "scrub-frequency", .value = "biweekly",
	  .op_version = 30700, .flags = VOLOPT_NO_DOC,
	  .get_display = "biweekly" },
	{ .key = "features.scrub", .xlator = "features/bit-rot",
	  .option = "scrubber", .op_version = 30700,
	  .flags = VOLOPT_FORCE | VOLOPT_NO_DOC,
	  .get_display = "false (DEFAULT)", .schema = &sc_bit_rot_scrubber },
	{ .key = "features.expiry-time", .xlator = "features/bit-rot",
	  .option = "expiry-time", .value = "120", .op_version = 30700,
	  .flags = VOLOPT_NO_DOC, .get_display = "120",
	  .schema = &sc_bit_rot_expiry_time },
	{ .key = "features.signer-threads", .xlator = "features/bit-rot",
	  .option = "signer-threads", .value = "4", .op_version = 80000,
	  .flags = VOLOPT_NO_DOC, .get_display = "4",
	  .schema = &sc_bit_rot_signer_threads },
	{ .key = "features.cache-invalidation", .xlator = "features/upcall",
	  .value = "off", .op_version = 30700, .get_display = "off",
	  .schema = &sc_upcall_cache_invalidation },
	{ .key = "features.cache-invalidation-timeout",
	  .xlator = "features/upcall", .op_version = 30700,
	  .get_display = "60 (DEFAULT)",
	  .schema = &sc_upcall_cache_invalidation_timeout },
	{ .key = "ganesha.enable", .xlator = "mgmt/ganesha",
	  .option = "ganesha.enable", .value = "off", .op_version = 70000,
	  .get_display = "off" },
	{ .key = "features.leases", .xlator = "features/leases",
	  .value = "off", .op_version = 30800, .get_display = "off",
	  .schema = &sc_leases_leases },
	{ .key = "features.lease-lock-recall-timeout",
	  .xlator = "features/leases", .op_version = 30800,
	  .get_display = "60 (DEFAULT)",
	  .schema = &sc_leases_lease_lock_recall_timeout },
	{ .key = "disperse.background-heals", .xlator = "cluster/disperse",
	  .op_version = 30703, .flags = VOLOPT_CLIENT,
	  .get_display = "8 (DEFAULT)",
	  .schema = &sc_disperse_background_heals },
	{ .key = "disperse.heal-wait-qlength", .xlator = "cluster/disperse",
	  .op_version = 30703, .flags = VOLOPT_CLIENT,
	  .get_display = "128 (DEFAULT)",
	  .schema = &sc_disperse_heal_wait_qlength },
	{ .key = "cluster.heal-timeout", .xlator = "cluster/disperse",
	  .option = "!heal-timeout", .op_version = 30703,
	  .flags = VOLOPT_NO_DOC, .get_display = "600 (DEFAULT)",
	  .schema = &sc_disperse_heal_timeout, .scope = VOLOPT_SCOPE_SHD },
	{ .key = "dht.force-readdirp", .xlator = "cluster/distribute",
	  .option = "use-readdirp", .op_version = 30705,
	  .flags = VOLOPT_CLIENT, .get_display = "on (DEFAULT)",
	  .schema = &sc_distribute_use_readdirp },
	{ .key = "disperse.read-policy", .xlator = "cluster/disperse",
	  .op_version = 30706, .flags = VOLOPT_CLIENT,
	  .get_display = "gfid-hash (DEFAULT)",
	  .schema = &sc_disperse_read_policy },
	{ .key = "cluster.shd-max-threads", .xlator = "cluster/replicate",
	  .op_version = 30712, .flags = VOLOPT_CLIENT,
	  .get_display = "1 (DEFAULT)",
	  .schema = &sc_replicate_shd_max_threads,
	  .check = VOLOPT_CHECK_REPLICA_ONLY },
	{ .key = "cluster.shd-wait-qlength", .xlator = "cluster/replicate",
	  .op_version = 30712, .flags = VOLOPT_CLIENT,
	  .get_display = "1024 (DEFAULT)",
	  .schema = &sc_replicate_shd_wait_qlength },
	{ .key = "cluster.locking-scheme", .xlator = "cluster/replicate",
	  .op_version = 30712, .flags = VOLOPT_CLIENT,
	  .get_display = "full (DEFAULT)",
	  .schema = &sc_replicate_locking_scheme },
	{ .key = "cluster.granular-entry-heal", .xlator = "cluster/replicate",
	  .op_version = 30800, .flags = VOLOPT_CLIENT,
	  .get_display = "no (DEFAULT)",
	  .schema = &sc_replicate_granular_entry_heal },
	{ .key = "features.locks-revocation-secs", .xlator = "features/locks",
	  .option = "revocation-secs", .op_version = 30900,
	  .get_display = "0 (DEFAULT)", .schema = &sc_locks_revocation_secs },
	{ .key = "features.locks-revocation-clear-all",
	  .xlator = "features/locks", .option = "revocation-clear-all",
	  .op_version = 30900, .get_display = "false (DEFAULT)",
	  .schema = &sc_locks_revocation_clear_all },
	{ .key = "features.locks-revocation-max-blocked",
	  .xlator = "features/locks", .option = "revocation-max-blocked",
	  .op_version = 30900, .get_display = "0 (DEFAULT)",
	  .schema = &sc_locks_revocation_max_blocked },
	{ .key = "features.locks-monkey-unlocking", .xlator = "features/locks",
	  .option = "monkey-unlocking", .op_version = 30900,
	  .flags = VOLOPT_NO_DOC, .get_display = "false (DEFAULT)",
	  .schema = &sc_locks_monkey_unlocking },
	{ .key = "features.locks-notify-contention",
	  .xlator = "features/locks", .option = "notify-contention",
	  .op_version = 40000, .get_display = "yes (DEFAULT)",
	  .schema = &sc_locks_notify_contention },
	{ .key = "features.locks-notify-contention-delay",
	  .xlator = "features/locks", .option = "notify-contention-delay",
	  .op_version = 40000, .get_display = "5 (DEFAULT)",
	  .schema = &sc_locks_notify_contention_delay },
	{ .key = "disperse.shd-max-threads", .xlator = "cluster/disperse",
	  .op_version = 30900, .flags = VOLOPT_CLIENT,
	  .get_display = "1 (DEFAULT)", .schema = &sc_disperse_shd_max_threads,
	  .check = VOLOPT_CHECK_DISPERSE_ONLY },
	{ .key = "disperse.shd-wait-qlength", .xlator = "cluster/disperse",
	  .op_version = 30900, .flags = VOLOPT_CLIENT,
	  .get_display = "1024 (DEFAULT)",
	  .schema = &sc_disperse_shd_wait_qlength },
	{ .key = "disperse.cpu-extensions", .xlator = "cluster/disperse",
	  .op_version = 30900, .flags = VOLOPT_CLIENT,
	  .get_display = "auto (DEFAULT)",
	  .schema = &sc_disperse_cpu_extensions },
	{ .key = "disperse.self-heal-window-size",
	  .xlator = "cluster/disperse", .op_version = 31100,
	  .flags = VOLOPT_CLIENT, .get_display = "32 (DEFAULT)",
	  .schema = &sc_disperse_self_heal_window_size },
	{ .key = "cluster.use-compound-fops", .xlator = "cluster/replicate",
	  .value = "off", .op_version = 30804, .flags = VOLOPT_CLIENT,
	  .get_display = "off", .schema = &sc_replicate_use_compound_fops },
	{ .key = "performance.parallel-readdir",
	  .xlator = "performance/readdir-ahead", .option = "parallel-readdir",
	  .value = "off", .op_version = 31000, .get_display = "off",
	  .schema = &sc_readdir_ahead_parallel_readdir,
	  .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "performance.rda-request-size",
	  .xlator = "performance/readdir-ahead", .option = "rda-request-size",
	  .value = "131072", .op_version = 30901, .flags = VOLOPT_CLIENT,
	  .get_display = "131072",
	  .schema = &sc_readdir_ahead_rda_request_size },
	{ .key = "performance.rda-low-wmark",
	  .xlator = "performance/readdir-ahead", .option = "rda-low-wmark",
	  .op_version = 30901, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "4096 (DEFAULT)",
	  .schema = &sc_readdir_ahead_rda_low_wmark },
	{ .key = "performance.rda-high-wmark",
	  .xlator = "performance/readdir-ahead", .op_version = 30901,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "128KB (DEFAULT)",
	  .schema = &sc_readdir_ahead_rda_high_wmark },
	{ .key = "performance.rda-cache-limit",
	  .xlator = "performance/readdir-ahead", .value = "10MB",
	  .op_version = 30901, .flags = VOLOPT_CLIENT, .get_display = "10MB",
	  .schema = &sc_readdir_ahead_rda_cache_limit,
	  .check = VOLOPT_CHECK_RDA_CACHE_LIMIT },
	{ .key = "performance.nl-cache-positive-entry",
	  .xlator = "performance/nl-cache", .op_version = 31100,
	  .flags = VOLOPT_CLIENT, .get_display = "false (DEFAULT)",
	  .schema = &sc_nl_cache_nl_cache_positive_entry },
	{ .key = "performance.nl-cache-limit",
	  .xlator = "performance/nl-cache", .value = "10MB",
	  .op_version = 31100, .flags = VOLOPT_CLIENT, .get_display = "10MB",
	  .schema = &sc_nl_cache_nl_cache_limit },
	{ .key = "performance.nl-cache-timeout",
	  .xlator = "performance/nl-cache", .op_version = 31100,
	  .flags = VOLOPT_CLIENT, .get_display = "60 (DEFAULT)",
	  .schema = &sc_nl_cache_nl_cache_timeout },
	{ .key = "cluster.brick-multiplex", .xlator = "mgmt/glusterd",
	  .value = "disable", .op_version = 31000,
	  .flags = VOLOPT_ALL_VOLS | VOLOPT_GLOBAL, .get_display = "disable",
	  .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "cluster.brick-graceful-cleanup", .xlator = "mgmt/glusterd",
	  .value = "disable", .op_version = 90000,
	  .flags = VOLOPT_NO_DOC | VOLOPT_ALL_VOLS | VOLOPT_GLOBAL,
	  .get_display = "disable", .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "glusterd.vol_count_per_thread", .xlator = "mgmt/glusterd",
	  .value = "100", .op_version = 70000,
	  .flags = VOLOPT_NO_DOC | VOLOPT_ALL_VOLS | VOLOPT_GLOBAL,
	  .get_display = "100", .check = VOLOPT_CHECK_VOL_COUNT_PER_THREAD },
	{ .key = "cluster.max-bricks-per-process", .xlator = "mgmt/glusterd",
	  .value = "250", .op_version = 31200,
	  .flags = VOLOPT_ALL_VOLS | VOLOPT_GLOBAL, .get_display = "250",
	  .check = VOLOPT_CHECK_MUX_LIMIT },
	{ .key = "disperse.optimistic-change-log",
	  .xlator = "cluster/disperse", .op_version = 31001,
	  .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_disperse_optimistic_change_log },
	{ .key = "disperse.stripe-cache", .xlator = "cluster/disperse",
	  .op_version = 40000, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "4 (DEFAULT)", .schema = &sc_disperse_stripe_cache },
	{ .key = "cluster.halo-enabled", .xlator = "cluster/replicate",
	  .op_version = 31100, .flags = VOLOPT_CLIENT,
	  .get_display = "False (DEFAULT)",
	  .schema = &sc_replicate_halo_enabled },
	{ .key = "cluster.halo-shd-max-latency", .xlator = "cluster/replicate",
	  .op_version = 31100, .flags = VOLOPT_CLIENT,
	  .get_display = "99999 (DEFAULT)",
	  .schema = &sc_replicate_halo_shd_max_latency },
	{ .key = "cluster.halo-nfsd-max-latency",
	  .xlator = "cluster/replicate", .op_version = 31100,
	  .flags = VOLOPT_CLIENT, .get_display = "5 (DEFAULT)",
	  .schema = &sc_replicate_halo_nfsd_max_latency },
	{ .key = "cluster.halo-max-latency", .xlator = "cluster/replicate",
	  .op_version = 31100, .flags = VOLOPT_CLIENT,
	  .get_display = "5 (DEFAULT)",
	  .schema = &sc_replicate_halo_max_latency },
	{ .key = "cluster.halo-max-replicas", .xlator = "cluster/replicate",
	  .op_version = 31100, .flags = VOLOPT_CLIENT,
	  .get_display = "99999 (DEFAULT)",
	  .schema = &sc_replicate_halo_max_replicas },
	{ .key = "cluster.halo-min-replicas", .xlator = "cluster/replicate",
	  .op_version = 31100, .flags = VOLOPT_CLIENT,
	  .get_display = "2 (DEFAULT)",
	  .schema = &sc_replicate_halo_min_replicas },
	{ .key = "features.selinux", .xlator = "features/selinux",
	  .value = "on", .op_version = 31100, .flags = VOLOPT_NO_DOC,
	  .get_display = "on", .schema = &sc_selinux_selinux },
	{ .key = "cluster.localtime-logging", .xlator = "mgmt/glusterd",
	  .op_version = 31200, .flags = VOLOPT_ALL_VOLS | VOLOPT_GLOBAL,
	  .get_display = NULL, .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "cluster.daemon-log-level", .xlator = "mgmt/glusterd",
	  .value = "INFO", .op_version = 50000,
	  .flags = VOLOPT_NO_DOC | VOLOPT_ALL_VOLS | VOLOPT_GLOBAL,
	  .get_display = "INFO" },
	{ .key = "debug.delay-gen", .xlator = "debug/delay-gen",
	  .option = "!debug", .value = "off", .op_version = 31300,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC,
	  .get_display = "off" },
	{ .key = "delay-gen.delay-percentage", .xlator = "debug/delay-gen",
	  .op_version = 31300, .flags = VOLOPT_NO_DOC,
	  .get_display = "10% (DEFAULT)",
	  .schema = &sc_delay_gen_delay_percentage },
	{ .key = "delay-gen.delay-duration", .xlator = "debug/delay-gen",
	  .op_version = 31300, .flags = VOLOPT_NO_DOC,
	  .get_display = "100000 (DEFAULT)",
	  .schema = &sc_delay_gen_delay_duration },
	{ .key = "delay-gen.enable", .xlator = "debug/delay-gen",
	  .op_version = 31300, .flags = VOLOPT_NO_DOC,
	  .get_display = " (DEFAULT)", .schema = &sc_delay_gen_enable },
	{ .key = "disperse.parallel-writes", .xlator = "cluster/disperse",
	  .op_version = 31300, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_disperse_parallel_writes },
	{ .key = "disperse.quorum-count", .xlator = "cluster/disperse",
	  .op_version = 80000, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "0 (DEFAULT)", .schema = &sc_disperse_quorum_count,
	  .check = VOLOPT_CHECK_DISPERSE_QUORUM },
	{ .key = "features.sdfs", .xlator = "features/sdfs",
	  .option = "!features", .value = "off", .op_version = 40000,
	  .flags = VOLOPT_NO_DOC, .get_display = "off" },
	{ .key = "features.cloudsync", .xlator = "features/cloudsync",
	  .value = "off", .op_version = 40100, .flags = VOLOPT_CLIENT,
	  .get_display = "off", .check = VOLOPT_CHECK_TOGGLE },
	{ .key = "features.ctime", .xlator = "features/utime",
	  .option = "!utime", .value = "on", .op_version = 40100,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "on",
	  .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "ctime.noatime", .xlator = "features/utime",
	  .option = "noatime", .value = "on", .op_version = 50000,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_CLIENT, .get_display = "on",
	  .schema = &sc_utime_noatime, .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "features.cloudsync-storetype",
	  .xlator = "features/cloudsync", .op_version = 50000,
	  .flags = VOLOPT_CLIENT, .get_display = "(null) (DEFAULT)",
	  .schema = &sc_cloudsync_cloudsync_storetype },
	{ .key = "features.s3plugin-seckey", .xlator = "features/cloudsync",
	  .op_version = 50000, .flags = VOLOPT_CLIENT, .get_display = NULL },
	{ .key = "features.s3plugin-keyid", .xlator = "features/cloudsync",
	  .op_version = 50000, .flags = VOLOPT_CLIENT, .get_display = NULL },
	{ .key = "features.s3plugin-bucketid", .xlator = "features/cloudsync",
	  .op_version = 50000, .flags = VOLOPT_CLIENT, .get_display = NULL },
	{ .key = "features.s3plugin-hostname", .xlator = "features/cloudsync",
	  .op_version = 50000, .flags = VOLOPT_CLIENT, .get_display = NULL },
	{ .key = "features.enforce-mandatory-lock", .xlator = "features/locks",
	  .value = "off", .op_version = 60000,
	  .flags = VOLOPT_XLATOR_TOGGLE | VOLOPT_NO_DOC, .get_display = "off",
	  .schema = &sc_locks_enforce_mandatory_lock,
	  .check = VOLOPT_CHECK_BOOLEAN },
	{ .key = "config.global-threading", .xlator = "debug/io-stats",
	  .option = "global-threading", .value = "off", .op_version = 60000,
	  .get_display = "off", .schema = &sc_io_stats_global_threading },
	{ .key = "config.client-threads", .xlator = "debug/io-stats",
	  .option = "!client-threads", .value = "16", .op_version = 60000,
	  .get_display = "16", .schema = &sc_io_stats_threads },
	{ .key = "config.brick-threads", .xlator = "debug/io-stats",
	  .option = "!brick-threads", .value = "16", .op_version = 60000,
	  .get_display = "16", .schema = &sc_io_stats_threads },
	{ .key = "features.cloudsync-remote-read",
	  .xlator = "features/cloudsync", .value = "off", .op_version = 70000,
	  .flags = VOLOPT_CLIENT, .get_display = "off",
	  .schema = &sc_cloudsync_cloudsync_remote_read },
	{ .key = "features.cloudsync-store-id", .xlator = "features/cloudsync",
	  .op_version = 70000, .flags = VOLOPT_CLIENT,
	  .get_display = "(null) (DEFAULT)",
	  .schema = &sc_cloudsync_cloudsync_store_id },
	{ .key = "features.cloudsync-product-id",
	  .xlator = "features/cloudsync", .op_version = 70000,
	  .flags = VOLOPT_CLIENT, .get_display = "(null) (DEFAULT)",
	  .schema = &sc_cloudsync_cloudsync_product_id },
	{ .key = "features.acl", .xlator = "features/access-control",
	  .option = "!features", .value = "enable", .op_version = 80000,
	  .flags = VOLOPT_NO_DOC, .get_display = "enable" },
	{ .key = "cluster.use-anonymous-inode", .xlator = "cluster/replicate",
	  .value = "yes", .op_version = 90000, .flags = VOLOPT_CLIENT,
	  .get_display = "yes", .schema = &sc_replicate_use_anonymous_inode },
	{ .key = "rebalance.ensure-durability", .xlator = "cluster/distribute",
	  .op_version = 100000, .flags = VOLOPT_CLIENT | VOLOPT_NO_DOC,
	  .get_display = "on (DEFAULT)",
	  .schema = &sc_distribute_ensure_durability },
};

const size_t volopt_table_len =
	sizeof(volopt_table) / sizeof(volopt_table[0]);
