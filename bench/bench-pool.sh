#!/usr/bin/env bash
# Pool timings, ours against GlusterFS 10.3 in one run (issue 4), printed
# as "metric  ours  10.3  ratio" (ratio = ours / 10.3):
#   - join: node 1 holds 300 volumes; time from `peer probe` of node 2
#     until node 2 shows node 1 "Peer in Cluster (Connected)" and holds
#     all 300 volumes in its store;
#   - `volume set` latency in a three-node pool with 300 volumes (mean of
#     RUNS sets from node 1, alternating values).
# usage: bench/bench-pool.sh [-n RUNS] [-v VOLUMES]   (defaults 20, 300)
# Each implementation's nodes run its own glusterd and CLI. Not part of
# the test suite (several minutes: 10.3 needs ~0.5 s per create).
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RUNS=20 NVOL=300
while getopts n:v: opt; do
	case $opt in
	n) RUNS=$OPTARG ;;
	v) NVOL=$OPTARG ;;
	*) exit 2 ;;
	esac
done

. "$HERE/../tests/integration/lib/cluster.sh"
for impl in ours ref; do
	cluster_have "$impl" || { echo "bench: $impl binaries missing" >&2; exit 1; }
done
cluster_init
declare -A R=()

now_ns() { date +%s%N; }
ms_since() { awk -v d=$(($(now_ns) - $1)) 'BEGIN {printf "%.0f", d / 1e6}'; }

joined() {
	local impl=$1
	gcli_impl "$impl" 2 peer status 2>/dev/null |
		grep -q '^State: Peer in Cluster (Connected)$' &&
		[ "$(find "$(gd_wd 2)/vols" -mindepth 1 -maxdepth 1 -type d 2>/dev/null |
			wc -l)" -ge "$NVOL" ]
}

pool_of_three() {
	[ "$(gcli_impl "$1" 3 peer status 2>/dev/null |
		grep -c '^State: Peer in Cluster (Connected)$')" -eq 2 ]
}

bench_impl() {
	local impl=$1 i t0 br
	echo "== $impl" >&2
	cluster_reset || exit 1
	br=$CLUSTER_ROOT/bricks
	for i in 1 2 3; do
		gd_start "$i" "$impl" || { echo "bench: $impl node $i" >&2; exit 1; }
	done
	for ((i = 1; i <= NVOL; i++)); do
		mkdir -p "$br/b$i"
		gcli_impl "$impl" 1 volume create "pv$i" "$(gd_host 1):$br/b$i/x" force \
			>/dev/null 2>&1 || echo "bench: create pv$i failed ($impl)" >&2
	done
	t0=$(now_ns)
	gcli_impl "$impl" 1 peer probe "$(gd_host 2)" >/dev/null
	until joined "$impl"; do
		sleep 0.05
		[ "$(ms_since "$t0")" -lt 300000 ] || { echo "bench: $impl join timed out" >&2; break; }
	done
	R[$impl.join]=$(ms_since "$t0")
	gcli_impl "$impl" 1 peer probe "$(gd_host 3)" >/dev/null
	until pool_of_three "$impl"; do sleep 0.1; done
	# let the third node import the volumes before timing
	sleep 2
	t0=$(now_ns)
	for ((i = 0; i < RUNS; i++)); do
		gcli_impl "$impl" 1 volume set pv1 performance.read-ahead \
			"$([ $((i % 2)) = 0 ] && echo off || echo on)" >/dev/null 2>&1 ||
			echo "bench: set failed ($impl)" >&2
	done
	R[$impl.set]=$(awk -v d=$(($(now_ns) - t0)) -v n="$RUNS" 'BEGIN {printf "%.1f", d / n / 1e6}')
	for i in 1 2 3; do
		gd_stop "$i"
	done
}

bench_impl ours
bench_impl ref

row() {
	awk -v l="$1" -v o="${R[ours.$2]:-nan}" -v r="${R[ref.$2]:-nan}" 'BEGIN {
		ratio = (r + 0 > 0) ? sprintf("%.2f", o / r) : "-"
		printf "%-52s %10s %10s %7s\n", l, o, r, ratio }'
}
echo
printf '%-52s %10s %10s %7s\n' metric ours 10.3 ratio
row "peer probe until joined, $NVOL volumes (ms)" join
row "volume set, 3-node pool, $NVOL volumes, mean (ms)" set
