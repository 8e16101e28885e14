# shellcheck shell=bash
# Private glusterd nodes for the shell tests, with either implementation.
#
# Node N listens on $GD_NET.N (e.g. 127.1.1.N), keeps its state under
# $CLUSTER_ROOT/nodeN/{wd,run,log} and answers the CLI on
# $CLUSTER_ROOT/nodeN/gd.sock. Nothing here touches /var/lib/glusterd, the
# default socket or 127.0.0.1:24007.
#
# Environment (all optional):
#   GD_IMPL        ours|ref: the glusterd started by gd_start (default ours)
#   CLI_IMPL       ours|ref: the CLI used by gcli (default: GD_IMPL)
#   BUILD_DIR      build tree holding glusterd/glusterd and cli/gluster
#                  (default: <repo>/build)
#   OURS_GLUSTERD OURS_GLUSTER REF_GLUSTERD REF_GLUSTER   binaries
#   GD_NET         first three octets of the node addresses; by default the
#                  first of 127.1.1 ... 127.1.8 that no other test holds
#                  (an flock per network, held until cleanup), so that
#                  several test runs can share the machine
#   CLUSTER_ROOT   state root (default: a fresh mktemp -d /tmp/gdt.XXXXXX)
#   GD_START_TIMEOUT  seconds to wait for a node to answer (default 60)
#
# Functions:
#   cluster_init          make the root, install the EXIT trap
#   gd_start N [IMPL]     start node N and wait until its socket answers
#   gd_stop N             SIGTERM by pid; returns the daemon's exit status
#                         (0 when it exited cleanly), 124 on timeout
#   gd_restart N [IMPL]   stop then start again on the same state
#   gd_host N / gd_wd N / gd_run N / gd_sock N / gd_pid N
#   gcli N ARGS...        run the CLI ($CLI_IMPL) against node N
#   gcli_impl IMPL N ARGS...  same with an explicit CLI implementation
#   bricks_mount          mount a tmpfs on $CLUSTER_ROOT/bricks (so brick
#                         directories are not on the root filesystem)
#   cluster_cleanup       stop every node, kill the bricks they started,
#                         unmount everything under the root, remove it

CLUSTER_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CLUSTER_SRCDIR=$(cd "$CLUSTER_LIB_DIR/../../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$CLUSTER_SRCDIR/build}
OURS_GLUSTERD=${OURS_GLUSTERD:-$BUILD_DIR/glusterd/glusterd}
OURS_GLUSTER=${OURS_GLUSTER:-$BUILD_DIR/cli/gluster}
REF_GLUSTERD=${REF_GLUSTERD:-/usr/sbin/glusterd}
REF_GLUSTER=${REF_GLUSTER:-/usr/sbin/gluster}
GD_IMPL=${GD_IMPL:-ours}
CLI_IMPL=${CLI_IMPL:-$GD_IMPL}
GD_NET_FIXED=${GD_NET:-}
GD_NET=${GD_NET:-127.1.1}
GD_NET_LOCK=
GD_START_TIMEOUT=${GD_START_TIMEOUT:-60}

declare -A GD_PIDS=() GD_IMPLS=()

cluster__say() {
	printf '# cluster: %s\n' "$*" >&2
}

cluster_glusterd_bin() {
	case $1 in
	ours) printf '%s\n' "$OURS_GLUSTERD" ;;
	ref) printf '%s\n' "$REF_GLUSTERD" ;;
	*) return 1 ;;
	esac
}

cluster_gluster_bin() {
	case $1 in
	ours) printf '%s\n' "$OURS_GLUSTER" ;;
	ref) printf '%s\n' "$REF_GLUSTER" ;;
	*) return 1 ;;
	esac
}

# cluster_have IMPL: both binaries of IMPL exist
cluster_have() {
	[ -x "$(cluster_glusterd_bin "$1")" ] && [ -x "$(cluster_gluster_bin "$1")" ]
}

cluster_init() {
	if [ -z "${CLUSTER_ROOT:-}" ]; then
		CLUSTER_ROOT=$(mktemp -d /tmp/gdt.XXXXXX)
	fi
	mkdir -p "$CLUSTER_ROOT"
	CLUSTER_ROOT=$(cd "$CLUSTER_ROOT" && pwd)
	export CLUSTER_ROOT
	trap cluster_cleanup EXIT
	cluster__lock_net || exit 1
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

gd_host() { printf '%s.%s\n' "$GD_NET" "$1"; }
gd_dir() { printf '%s/node%s\n' "$CLUSTER_ROOT" "$1"; }
gd_wd() { printf '%s/node%s/wd\n' "$CLUSTER_ROOT" "$1"; }
gd_run() { printf '%s/node%s/run\n' "$CLUSTER_ROOT" "$1"; }
gd_log() { printf '%s/node%s/log\n' "$CLUSTER_ROOT" "$1"; }
gd_sock() { printf '%s/node%s/gd.sock\n' "$CLUSTER_ROOT" "$1"; }
gd_pid() { printf '%s\n' "${GD_PIDS[$1]:-}"; }

# The shipped glusterd.vol: installed, or left as .dpkg-new.
cluster_glusterd_vol() {
	local f
	for f in /etc/glusterfs/glusterd.vol /etc/glusterfs/glusterd.vol.dpkg-new \
		/etc/glusterfs/glusterd.vol.dpkg-dist "$CLUSTER_SRCDIR/extras/glusterd.vol"; do
		if [ -r "$f" ]; then
			printf '%s\n' "$f"
			return 0
		fi
	done
	return 1
}

# One test at a time per network: an exclusive flock, held until cleanup.
# Without an explicit GD_NET the first free network is taken.
cluster__lock_net() {
	local net fd
	[ -z "$GD_NET_LOCK" ] || return 0
	if [ -n "$GD_NET_FIXED" ]; then
		exec {fd}>"/tmp/.gd-harness-$GD_NET_FIXED.lock"
		if ! flock -w 900 "$fd"; then
			cluster__say "network $GD_NET_FIXED stays locked by another test"
			exec {fd}>&-
			return 1
		fi
		GD_NET_LOCK=$fd
		return 0
	fi
	while :; do
		for net in 127.1.1 127.1.2 127.1.3 127.1.4 127.1.5 127.1.6 127.1.7 127.1.8; do
			exec {fd}>"/tmp/.gd-harness-$net.lock"
			if flock -n "$fd" && ! cluster__port_busy "$net.1" &&
				! cluster__port_busy "$net.2" && ! cluster__port_busy "$net.3"; then
				GD_NET=$net
				GD_NET_LOCK=$fd
				export GD_NET
				return 0
			fi
			exec {fd}>&-
		done
		sleep 1
	done
}

# 0 when something already listens on ADDR:24007 (/proc/net/tcp, state 0A)
cluster__port_busy() {
	local hex
	hex=$(printf '%s' "$1" | awk -F. '{printf "%02X%02X%02X%02X", $4, $3, $2, $1}')
	grep -q "^ *[0-9]*: $hex:5DC7 00000000:0000 0A" /proc/net/tcp 2>/dev/null
}

# gcli_impl IMPL N ARGS...
gcli_impl() {
	local impl=$1 n=$2 bin
	shift 2
	bin=$(cluster_gluster_bin "$impl") || return 2
	"$bin" --glusterd-sock="$(gd_sock "$n")" --mode=script \
		--log-file="$(gd_log "$n")/cli.log" "$@"
}

gcli() {
	gcli_impl "$CLI_IMPL" "$@"
}

# 0 once node N answers a CLI request (any verdict but "cannot connect").
cluster__answers() {
	local n=$1 out impl=ref
	cluster_have ref || impl=$CLI_IMPL
	out=$(timeout 20 "$(cluster_gluster_bin "$impl")" --glusterd-sock="$(gd_sock "$n")" \
		--mode=script --log-file="$(gd_log "$n")/cli-ready.log" volume list 2>&1 </dev/null)
	local rc=$?
	[ "$rc" -ne 124 ] || return 1
	case $out in
	*"Connection failed"* | *"onnection refused"* | *"No such file"*) return 1 ;;
	esac
	[ -S "$(gd_sock "$n")" ]
}

gd_start() {
	local n=$1 impl=${2:-$GD_IMPL} d bin vol pid deadline
	[ -z "${GD_PIDS[$n]:-}" ] || { cluster__say "node $n already running"; return 1; }
	bin=$(cluster_glusterd_bin "$impl") || { cluster__say "unknown impl $impl"; return 1; }
	[ -x "$bin" ] || { cluster__say "no glusterd binary $bin"; return 1; }
	cluster__lock_net || return 1
	if cluster__port_busy "$(gd_host "$n")"; then
		cluster__say "$(gd_host "$n"):24007 is already in use by another process"
		return 1
	fi
	d=$(gd_dir "$n")
	mkdir -p "$d/wd" "$d/run" "$d/log"
	vol=$(cluster_glusterd_vol) || { cluster__say "no glusterd.vol found"; return 1; }
	cp "$vol" "$d/glusterd.vol"
	rm -f "$d/gd.sock" "$d/glusterd.pid"
	"$bin" -N -p "$d/glusterd.pid" --log-file="$d/log/glusterd.log" \
		-f "$d/glusterd.vol" \
		--xlator-option "management.working-directory=$d/wd" \
		--xlator-option "management.transport.socket.bind-address=$(gd_host "$n")" \
		--xlator-option "management.run-directory=$d/run" \
		--xlator-option "management.logging-directory=$d/log" \
		--xlator-option "management.glusterd-sockfile=$d/gd.sock" \
		</dev/null >>"$d/log/stdout" 2>>"$d/log/stderr" &
	pid=$!
	GD_PIDS[$n]=$pid
	GD_IMPLS[$n]=$impl
	deadline=$((SECONDS + GD_START_TIMEOUT))
	while [ "$SECONDS" -lt "$deadline" ]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			wait "$pid"
			cluster__say "glusterd ($impl) node $n exited with status $? during start-up"
			tail -n 20 "$d/log/stderr" "$d/log/glusterd.log" 2>/dev/null | sed 's/^/#   /' >&2
			unset "GD_PIDS[$n]"
			return 1
		fi
		if [ -S "$d/gd.sock" ]; then
			cluster__answers "$n" && return 0
			sleep 0.2
		else
			sleep 0.05
		fi
	done
	cluster__say "glusterd ($impl) node $n did not answer within ${GD_START_TIMEOUT}s"
	return 1
}

gd_stop() {
	local n=$1 pid rc i
	pid=${GD_PIDS[$n]:-}
	[ -n "$pid" ] || return 0
	kill -TERM "$pid" 2>/dev/null
	for i in $(seq 1 200); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	if kill -0 "$pid" 2>/dev/null; then
		cluster__say "node $n (pid $pid) ignored SIGTERM for 10s, killing it"
		kill -KILL "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		rc=124
	else
		wait "$pid" 2>/dev/null
		rc=$?
	fi
	unset "GD_PIDS[$n]"
	# 10.3 exits with SIGTERM's status (143) or 15 on a clean shutdown.
	case $rc in
	0 | 15 | 143) rc=0 ;;
	esac
	if [ "$rc" != 0 ]; then
		cluster__say "glusterd node $n exited with status $rc"
		tail -n 40 "$(gd_log "$n")/stderr" 2>/dev/null | sed 's/^/#   /' >&2
	fi
	return "$rc"
}

gd_restart() {
	local n=$1 impl=${2:-${GD_IMPLS[$1]:-$GD_IMPL}}
	gd_stop "$n"
	gd_start "$n" "$impl"
}

# Kill processes (bricks, self-heal daemons, ...) whose pid files lie under
# node N's run directory, but only when their command line names our root:
# a stale pid file must never hit an unrelated process.
cluster__kill_children() {
	local run=$1 f pid pids=() i
	[ -d "$run" ] || return 0
	while IFS= read -r f; do
		pid=$(head -c 32 "$f" 2>/dev/null | tr -dc 0-9)
		[ -n "$pid" ] || continue
		if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$CLUSTER_ROOT"; then
			kill -TERM "$pid" 2>/dev/null && pids+=("$pid")
		fi
	done < <(find "$run" -name '*.pid' -type f 2>/dev/null)
	for i in $(seq 1 100); do
		local alive=
		for pid in "${pids[@]}"; do
			kill -0 "$pid" 2>/dev/null && alive=1
		done
		[ -n "$alive" ] || return 0
		sleep 0.05
	done
	for pid in "${pids[@]}"; do
		kill -KILL "$pid" 2>/dev/null
	done
}

bricks_mount() {
	local dir=${1:-$CLUSTER_ROOT/bricks}
	mkdir -p "$dir"
	mountpoint -q "$dir" && return 0
	mount -t tmpfs -o size=256m tmpfs "$dir"
}

cluster__umount_all() {
	local m
	[ -n "${CLUSTER_ROOT:-}" ] || return 0
	# deepest first
	awk -v r="$CLUSTER_ROOT" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts |
		sort -r | while IFS= read -r m; do
		umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null ||
			cluster__say "cannot unmount $m"
	done
}

# Stop the nodes and their children and unmount everything under the
# root; 0 when nothing is left mounted there.
cluster__teardown() {
	local n
	for n in "${!GD_PIDS[@]}"; do
		gd_stop "$n" || true
	done
	[ -n "${CLUSTER_ROOT:-}" ] && [ -d "$CLUSTER_ROOT" ] || return 0
	for n in "$CLUSTER_ROOT"/node*; do
		[ -d "$n" ] && cluster__kill_children "$n/run"
	done
	cluster__umount_all
	! awk -v r="$CLUSTER_ROOT" '$2 == r || index($2, r "/") == 1 {f=1} END {exit !f}' /proc/mounts
}

# cluster_reset: back to an empty root (same path, locks kept), for a
# caller that runs several independent clusters one after the other.
cluster_reset() {
	cluster__teardown || { cluster__say "mounts left under $CLUSTER_ROOT"; return 1; }
	find "$CLUSTER_ROOT" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
}

cluster_cleanup() {
	local rc=$? fd
	trap - EXIT
	if ! cluster__teardown; then
		cluster__say "mounts left under $CLUSTER_ROOT: not removing it"
	elif [ -n "${CLUSTER_KEEP:-}" ]; then
		cluster__say "state kept in $CLUSTER_ROOT"
	elif [ -n "${CLUSTER_ROOT:-}" ]; then
		rm -rf "$CLUSTER_ROOT"
	fi
	if [ -n "$GD_NET_LOCK" ]; then
		fd=$GD_NET_LOCK
		exec {fd}>&-
		GD_NET_LOCK=
	fi
	return "$rc"
}

# wait_for SECONDS CMD...: run CMD every 0.2 s until it succeeds; 1 when
# it still fails after SECONDS
wait_for() {
	local end=$((SECONDS + $1))
	shift
	until "$@"; do
		[ "$SECONDS" -lt "$end" ] || return 1
		sleep 0.2
	done
}

# Pids of the glusterfs processes (bricks, daemons, mounts) whose command
# line names this test's root.
cluster_own_pids() {
	local f pid cl
	for f in /proc/[0-9]*/cmdline; do
		pid=${f#/proc/}
		pid=${pid%/cmdline}
		cl=$( { tr '\0' ' ' <"$f"; } 2>/dev/null)
		case $cl in
		*glusterfs*"$CLUSTER_ROOT/"*) echo "$pid" ;;
		esac
	done
}

# An EXIT trap for tests that mount or start bricks: lazily unmount the
# mount points given, kill what is left by pid, then cluster_cleanup.
cluster_finish() {
	local rc=$? m pid
	for m in "$@"; do
		[ -z "$m" ] || umount -l "$m" 2>/dev/null
	done
	for pid in $(cluster_own_pids); do
		kill -KILL "$pid" 2>/dev/null
	done
	(exit $rc)
	cluster_cleanup
}

# peers_connected N K: node N lists exactly K peers "Peer in Cluster
# (Connected)"
peers_connected() {
	[ "$(gcli "$1" peer status 2>/dev/null |
		grep -c '^State: Peer in Cluster (Connected)$')" -eq "$2" ]
}
