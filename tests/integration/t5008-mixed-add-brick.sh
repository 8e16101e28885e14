#!/usr/bin/env bash
# add-brick in mixed pools (our glusterd and 10.3's), in both directions:
# a started distribute volume with a brick on node 1 gets a brick on node
# 2 (added from node 1), then one more on node 1 (added from node 2);
# each node prepares and starts its own new brick, both end with the same
# volume info and info file; a replica 1 -> 2 conversion from node 2; an
# error from the other node comes back as 10.3 words it.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.58}
. "$HERE/lib/cluster.sh"
. "$HERE/lib/pool.sh"

cluster_have ours || tap_skip_all "no binaries of ours"
cluster_have ref || tap_skip_all "no GlusterFS 10.3 (glusterfs-server)"
cluster_init

trap 'cluster_finish ' EXIT

# node N runs a brick process for path P of volume V
brick_runs() {
	local n=$1 vol=$2 p=$3 f
	f="$(gd_run "$n")/vols/$vol/$(gd_host "$n")-$(echo "${p#/}" | tr / -).pid"
	[ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# the same volume info, info file and bricks' ids and mount dirs on both
same_info() {
	local k='^\(brick-id\|mount_dir\|hostname\|path\)='
	diff <(ncli 1 volume info "$1") <(ncli 2 volume info "$1") &&
		cmp "$(gd_wd 1)/vols/$1/info" "$(gd_wd 2)/vols/$1/info" &&
		diff <(grep -h "$k" "$(gd_wd 1)/vols/$1/bricks/"*) \
			<(grep -h "$k" "$(gd_wd 2)/vols/$1/bricks/"*)
}

# `volume info VOL` on node N has the line LINE
info_has() {
	ncli "$1" volume info "$2" | grep -qxF -- "$3"
}

online() {
	[ "$(ncli "$1" volume status "$2" 2>/dev/null |
		grep -cE '[0-9]+ +[0-9]+ +Y +[0-9]+')" -eq "$3" ]
}

scenario() {
	local a=$1 b=$2 tag="$1+$2" H1 H2 B vol=mab
	declare -gA IMPL=([1]=$a [2]=$b)
	cluster_reset || return 1
	bricks_mount || { not_ok "$tag: tmpfs for the bricks"; return 1; }
	B=$CLUSTER_ROOT/bricks
	mkdir -p "$B/n1" "$B/n2"
	gd_start 1 "$a" && gd_start 2 "$b" || { not_ok "$tag: both glusterds start"; return 1; }
	H1=$(gd_host 1) H2=$(gd_host 2)
	expect_output "$tag: peer probe" 0 "peer probe: success" "" ncli 1 peer probe "$H2"
	tap_check "$tag: pool formed" wait_for 30 pool_ready 1
	tap_check "$tag: pool formed on node 2" wait_for 30 pool_ready 2
	tap_check "$tag: create" ncli 1 volume create $vol "$H1:$B/n1/b1"
	tap_check "$tag: start" ncli 1 volume start $vol
	tap_check "$tag: node 1's brick runs" wait_for 20 brick_runs 1 $vol "$B/n1/b1"
	expect_output "$tag: add-brick on node 2, from node 1 ($a)" 0 \
		"volume add-brick: success" "" ncli 1 volume add-brick $vol "$H2:$B/n2/b2"
	tap_check "$tag: node 2 started its new brick" wait_for 20 brick_runs 2 $vol "$B/n2/b2"
	tap_check "$tag: node 1 runs no process for it" eval "! brick_runs 1 $vol $B/n2/b2"
	tap_check "$tag: node 2 marked its brick" \
		sh -c "getfattr -n trusted.glusterfs.volume-id -e hex $B/n2/b2 2>/dev/null | grep -q 0x"
	tap_check "$tag: same info on both nodes" wait_for 10 same_info $vol
	expect_output "$tag: add-brick on node 1, from node 2 ($b)" 0 \
		"volume add-brick: success" "" ncli 2 volume add-brick $vol "$H1:$B/n1/b3"
	tap_check "$tag: node 1 started its new brick" wait_for 20 brick_runs 1 $vol "$B/n1/b3"
	tap_check "$tag: same info after the second add" wait_for 10 same_info $vol
	tap_check "$tag: status shows 3 bricks online" wait_for 30 online 1 $vol 3
	tap_check "$tag: info on node 2 lists Brick3" \
		info_has 2 $vol "Brick3: $H1:$B/n1/b3"
	expect_output "$tag: a brick node 2 uses, from node 1" 1 "" \
		"volume add-brick: failed: Pre Validation failed on $H2. Brick: $H2:$B/n2/b2 not available. Brick may be containing or be contained by an existing brick." \
		ncli 1 volume add-brick $vol "$H2:$B/n2/b2"
	tap_check "$tag: stop" ncli 2 volume stop $vol
	tap_check "$tag: delete" ncli 1 volume delete $vol
	# distribute -> replica 2 across the nodes, from node 2
	tap_check "$tag: create rep" ncli 1 volume create mrep "$H1:$B/n1/r1"
	tap_check "$tag: start rep" ncli 1 volume start mrep
	tap_check "$tag: rep brick runs" wait_for 20 brick_runs 1 mrep "$B/n1/r1"
	tap_check "$tag: rep brick online" wait_for 30 online 1 mrep 1
	expect_output "$tag: replica 2 with a brick on node 2, from node 2" 0 \
		"volume add-brick: success" "" ncli 2 volume add-brick mrep replica 2 "$H2:$B/n2/r2"
	tap_check "$tag: node 2 runs the new replica" wait_for 20 brick_runs 2 mrep "$B/n2/r2"
	tap_check "$tag: rep: same info on both nodes" wait_for 10 same_info mrep
	tap_check "$tag: rep: Type Replicate, 1 x 2 = 2" \
		info_has 1 mrep "Number of Bricks: 1 x 2 = 2"
	tap_check "$tag: stop rep" ncli 1 volume stop mrep
	tap_check "$tag: delete rep" ncli 2 volume delete mrep
}

scenario ours ref
scenario ref ours
tap_done
