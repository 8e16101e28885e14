#!/usr/bin/env bash
# Time our gluster + glusterd against GlusterFS 10.3's on the same work,
# in one run, and print "metric  ours  10.3  ratio" (ratio = ours / 10.3,
# below 1 means we are faster or smaller).
#
# usage: bench/bench.sh [-n RUNS]       (default 10 runs per query)
#
# Work, for each implementation (its own CLI against its own glusterd):
#   - `volume info <one>` with 10 volumes present
#   - 200 `volume create ... force` (one brick each, under a temp dir)
#   - restart with 300 volumes in the store: start-up time and RSS
#     (VmRSS of /proc/PID/status)
#   - with 300 volumes: `volume info` (all), `volume get <vol> all`,
#     `volume list`, `volume info <one>`
#   - on a fresh node with real bricks (needs the FUSE client): create +
#     start + FUSE mount until a stat on the mount answers (mean of 3
#     1-brick volumes), then with 20 more started 1-brick volumes (23 in
#     all): `volume status all`, `volume status all detail` and
#     `volume status <vol> mem`
# Uses hyperfine (installed with apt when missing and run as root), a
# date +%s%N loop otherwise.
# Needs our build (BUILD_DIR, default ./build) and GlusterFS 10.3. Not part
# of the test suite.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RUNS=10
while getopts n: opt; do
	case $opt in
	n) RUNS=$OPTARG ;;
	*) exit 2 ;;
	esac
done


. "$HERE/../tests/integration/lib/cluster.sh"

for impl in ours ref; do
	cluster_have "$impl" || { echo "bench: $impl binaries missing" >&2; exit 1; }
done
cluster_init

HYPERFINE=
# hyperfine keeps process start-up noise out of the means: installed from
# Debian when missing (root with apt only; otherwise the shell loop)
if ! command -v hyperfine >/dev/null && [ "$(id -u)" = 0 ] &&
	command -v apt-get >/dev/null; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine \
		>/dev/null 2>&1 || echo "bench: could not install hyperfine" >&2
fi
command -v hyperfine >/dev/null && HYPERFINE=1
declare -A R=()

now_ns() { date +%s%N; }

# mean_ms CMD...: mean wall time of CMD over $RUNS runs, in ms
mean_ms() {
	local t0 t1 i json
	if [ -n "$HYPERFINE" ]; then
		json=$(mktemp)
		hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$json" "$*" >/dev/null 2>&1
		sed -n 's/.*"mean": *\([0-9.e+-]*\).*/\1/p' "$json" | head -n 1 |
			awk '{printf "%.2f", $1 * 1000}'
		rm -f "$json"
		return
	fi
	"$@" >/dev/null 2>&1
	t0=$(now_ns)
	for ((i = 0; i < RUNS; i++)); do
		"$@" >/dev/null 2>&1
	done
	t1=$(now_ns)
	awk -v d=$((t1 - t0)) -v n="$RUNS" 'BEGIN {printf "%.2f", d / n / 1e6}'
}

rss_mb() {
	awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"
}

create_range() {
	local impl=$1 n=$2 from=$3 to=$4 i
	for ((i = from; i <= to; i++)); do
		mkdir -p "$BR/$impl/b$i"
		gcli_impl "$impl" "$n" volume create "bv$i" "$(gd_host "$n"):$BR/$impl/b$i/x" force \
			>/dev/null 2>&1 || echo "bench: create bv$i failed ($impl)" >&2
	done
}

bench_impl() {
	local impl=$1 n=$2 bin t0 t1
	bin=$(cluster_gluster_bin "$impl")
	local q=("$bin" --glusterd-sock="$(gd_sock "$n")" --mode=script --log-file=/dev/null)
	echo "== $impl" >&2
	gd_start "$n" "$impl" || { echo "bench: $impl glusterd did not start" >&2; exit 1; }
	create_range "$impl" "$n" 1 10
	R[$impl.info1_10]=$(mean_ms "${q[@]}" volume info bv1)

	t0=$(now_ns)
	create_range "$impl" "$n" 11 210
	t1=$(now_ns)
	R[$impl.create200]=$(awk -v d=$((t1 - t0)) 'BEGIN {printf "%.0f", d / 1e6}')
	R[$impl.create1]=$(awk -v d=$((t1 - t0)) 'BEGIN {printf "%.2f", d / 200 / 1e6}')
	create_range "$impl" "$n" 211 300

	gd_stop "$n"
	t0=$(now_ns)
	gd_start "$n" "$impl" || { echo "bench: $impl glusterd did not restart" >&2; exit 1; }
	t1=$(now_ns)
	R[$impl.start300]=$(awk -v d=$((t1 - t0)) 'BEGIN {printf "%.0f", d / 1e6}')
	R[$impl.rss300]=$(rss_mb "$(gd_pid "$n")")
	R[$impl.infoall]=$(mean_ms "${q[@]}" volume info)
	R[$impl.getall]=$(mean_ms "${q[@]}" volume get bv150 all)
	R[$impl.list]=$(mean_ms "${q[@]}" volume list)
	R[$impl.info1_300]=$(mean_ms "${q[@]}" volume info bv150)
	R[$impl.rss300q]=$(rss_mb "$(gd_pid "$n")")
	gd_stop "$n"
}

# mount_ready MNT: the FUSE mount is there and answers a stat
mount_ready() {
	mountpoint -q "$1" && stat "$1/" >/dev/null 2>&1
}

# create_start_mount IMPL N VOL: ms from `volume create` until a stat on a
# fresh FUSE mount of VOL succeeds
create_start_mount() {
	local impl=$1 n=$2 vol=$3 mnt=$CLUSTER_ROOT/mnt-$3 t0 t1 i
	mkdir -p "$BR/$impl/$vol" "$mnt"
	t0=$(now_ns)
	gcli_impl "$impl" "$n" volume create "$vol" "$(gd_host "$n"):$BR/$impl/$vol/x" \
		force >/dev/null 2>&1 &&
		gcli_impl "$impl" "$n" volume start "$vol" >/dev/null 2>&1 &&
		/usr/sbin/glusterfs --volfile-server="$(gd_host "$n")" --volfile-id="$vol" \
			--log-file="$(gd_log "$n")/mnt-$vol.log" "$mnt" ||
		{ echo "bench: create/start/mount of $vol failed ($impl)" >&2; return 1; }
	for ((i = 0; i < 3000; i++)); do
		mount_ready "$mnt" && break
		sleep 0.01
	done
	t1=$(now_ns)
	mount_ready "$mnt" || { echo "bench: $vol never mounted ($impl)" >&2; return 1; }
	awk -v d=$((t1 - t0)) 'BEGIN {printf "%.0f", d / 1e6}'
}

# Brick processes: create+start+mount-ready (mean of 3 volumes), then
# `volume status all` with 20 started 1-brick volumes.
bench_bricks() {
	local impl=$1 n=$2 bin i t sum=0
	bin=$(cluster_gluster_bin "$impl")
	local q=("$bin" --glusterd-sock="$(gd_sock "$n")" --mode=script --log-file=/dev/null)
	echo "== $impl (bricks)" >&2
	gd_start "$n" "$impl" || { echo "bench: $impl glusterd did not start" >&2; exit 1; }
	for i in 1 2 3; do
		t=$(create_start_mount "$impl" "$n" "mv$i") || exit 1
		sum=$((sum + t))
	done
	R[$impl.mount]=$(awk -v s="$sum" 'BEGIN {printf "%.0f", s / 3}')
	for i in $(seq 1 20); do
		mkdir -p "$BR/$impl/sv$i"
		gcli_impl "$impl" "$n" volume create "sv$i" "$(gd_host "$n"):$BR/$impl/sv$i/x" \
			force >/dev/null 2>&1 &&
			gcli_impl "$impl" "$n" volume start "sv$i" >/dev/null 2>&1 ||
			echo "bench: sv$i failed ($impl)" >&2
	done
	sleep 2	# bricks signed in
	R[$impl.statusall]=$(mean_ms "${q[@]}" volume status all)
	R[$impl.statusalldetail]=$(mean_ms "${q[@]}" volume status all detail)
	R[$impl.statusmem]=$(mean_ms "${q[@]}" volume status sv1 mem)
}

BR=$CLUSTER_ROOT/bricks
mkdir -p "$BR"
bench_impl ours 1
bench_impl ref 2
if [ -x /usr/sbin/glusterfs ] && [ -c /dev/fuse ]; then
	cluster_reset || exit 1
	BR=$CLUSTER_ROOT/bricks
	mkdir -p "$BR"
	bench_bricks ours 1
	cluster_reset || exit 1
	BR=$CLUSTER_ROOT/bricks
	mkdir -p "$BR"
	bench_bricks ref 1
	cluster_reset
else
	echo "bench: no FUSE client: no brick measurements" >&2
fi

row() {
	local label=$1 key=$2 unit=$3
	awk -v l="$label" -v o="${R[ours.$key]:-nan}" -v r="${R[ref.$key]:-nan}" -v u="$unit" 'BEGIN {
		ratio = (r + 0 > 0) ? sprintf("%.2f", o / r) : "-"
		printf "%-44s %10s %10s %7s\n", l " (" u ")", o, r, ratio }'
}

echo
echo "runs per query: $RUNS ($([ -n "$HYPERFINE" ] && echo hyperfine || echo 'shell loop'))"
printf '%-44s %10s %10s %7s\n' metric ours 10.3 ratio
row "200 x volume create, total" create200 ms
row "volume create, mean" create1 ms
row "volume info <one>, 10 volumes" info1_10 ms
row "volume info <one>, 300 volumes" info1_300 ms
row "volume info (all), 300 volumes" infoall ms
row "volume get <vol> all, 300 volumes" getall ms
row "volume list, 300 volumes" list ms
row "start-up until answering, 300 volumes" start300 ms
row "glusterd RSS after loading 300 volumes" rss300 MiB
row "glusterd RSS after the queries" rss300q MiB
row "create+start+FUSE mount answers, 1 brick" mount ms
row "volume status all, 23 started volumes" statusall ms
row "volume status all detail, 23 volumes" statusalldetail ms
row "volume status <vol> mem (brick-op)" statusmem ms
