#!/usr/bin/env bash
# Mixed pools: our glusterd and GlusterFS 10.3's in one trusted pool, in
# both directions (ours probes 10.3, 10.3 probes ours). In each: peer
# status on both, a replica 2 volume with a brick on each node created
# from one node, an option set from the other, started (each node starts
# its own brick), stopped and deleted from alternate nodes; volume info
# and the store's info file the same on both nodes; detach.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.51}
. "$HERE/lib/cluster.sh"
. "$HERE/lib/pool.sh"

cluster_have ours || tap_skip_all "no binaries of ours"
cluster_have ref || tap_skip_all "no GlusterFS 10.3 (glusterfs-server)"
cluster_init

trap 'cluster_finish ' EXIT


brick_running() {
	local f
	for f in "$(gd_run "$1")"/vols/"$2"/*.pid; do
		[ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && return 0
	done
	return 1
}

# scenario A B: node 1 runs A, node 2 runs B; node 1 probes node 2
scenario() {
	local a=$1 b=$2 tag="$1 probes $2" H1 H2 B vol
	declare -gA IMPL=([1]=$a [2]=$b)
	cluster_reset || return 1
	bricks_mount || { not_ok "$tag: tmpfs for the bricks"; return 1; }
	B=$CLUSTER_ROOT/bricks
	mkdir -p "$B/n1" "$B/n2"
	gd_start 1 "$a" && gd_start 2 "$b" || { not_ok "$tag: both glusterds start"; return 1; }
	H1=$(gd_host 1) H2=$(gd_host 2) vol=mix
	expect_output "$tag: peer probe" 0 "peer probe: success" "" ncli 1 peer probe "$H2"
	tap_check "$tag: node 1 sees node 2 in the pool" wait_for 30 pool_ready 1
	tap_check "$tag: node 2 sees node 1 in the pool" wait_for 30 pool_ready 2
	tap_check "$tag: pool list on node 2 shows both connected" \
		test "$(ncli 2 pool list | grep -c '	Connected $')" -eq 2
	expect_output "$tag: create from node 1" 0 \
		"volume create: $vol: success: please start the volume to access data" "" \
		ncli 1 volume create $vol replica 2 "$H1:$B/n1/b" "$H2:$B/n2/b" force
	tap_check "$tag: node 2 has the volume" wait_for 10 test -f "$(gd_wd 2)/vols/$vol/info"
	tap_check "$tag: volume info is identical on both nodes" \
		diff <(ncli 1 volume info $vol) <(ncli 2 volume info $vol)
	expect_output "$tag: set from node 2" 0 "volume set: success" "" \
		ncli 2 volume set $vol performance.stat-prefetch off
	tap_check "$tag: info files identical after the set" \
		cmp "$(gd_wd 1)/vols/$vol/info" "$(gd_wd 2)/vols/$vol/info"
	expect_output "$tag: start from node 1" 0 "volume start: $vol: success" "" \
		ncli 1 volume start $vol
	tap_check "$tag: node 1 runs its brick" wait_for 20 brick_running 1 $vol
	tap_check "$tag: node 2 runs its brick" wait_for 20 brick_running 2 $vol
	tap_check "$tag: status on node 1 shows both bricks and daemons" \
		wait_for 30 status_complete 1 $vol
	tap_check "$tag: status on node 2 shows both bricks and daemons" \
		wait_for 30 status_complete 2 $vol
	tap_check "$tag: both list the same bricks, ports and pids" \
		diff <(ncli 1 volume status $vol | grep -A1 '^Brick') \
		<(ncli 2 volume status $vol | grep -A1 '^Brick')
	tap_check "$tag: status detail on node 1 shows both bricks' file systems" \
		test "$(ncli 1 volume status $vol detail | grep -c '^File System *: tmpfs')" -eq 2
	tap_check "$tag: status detail on node 2 shows both bricks' file systems" \
		test "$(ncli 2 volume status $vol detail | grep -c '^File System *: tmpfs')" -eq 2
	expect_output "$tag: stop from node 2" 0 "volume stop: $vol: success" "" \
		ncli 2 volume stop $vol
	tap_check "$tag: node 1's brick stopped" wait_for 20 eval "! brick_running 1 $vol"
	expect_output "$tag: delete from node 1" 0 "volume delete: $vol: success" "" \
		ncli 1 volume delete $vol
	tap_check "$tag: node 2 forgot the volume" wait_for 10 test ! -e "$(gd_wd 2)/vols/$vol"
	expect_output "$tag: detach from node 2" 0 "peer detach: success" "" \
		ncli 2 peer detach "$H1"
	tap_check "$tag: node 1 is alone again" wait_for 20 alone 1
	tap_check "$tag: node 2 is alone again" alone 2
}

status_complete() {
	local out
	out=$(ncli "$1" volume status "$2" 2>/dev/null) || return 1
	[ "$(grep -cE '[0-9]+ +[0-9]+ +Y +[0-9]+' <<<"$out")" -eq 2 ] &&
		[ "$(grep -cE '^Self-heal Daemon on .* Y +[0-9]+' <<<"$out")" -eq 2 ]
}

alone() {
	[ "$(ncli "$1" peer status 2>&1)" = "Number of Peers: 0" ]
}

scenario ours ref
scenario ref ours
tap_done
