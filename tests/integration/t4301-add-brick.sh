#!/usr/bin/env bash
# volume add-brick on one node, with real bricks and a FUSE mount: a
# brick added to a started, mounted distribute volume is shown by info,
# in the client volfile and online in status, and new directories spread
# over old and new bricks; replica 2 -> 3 on a started replica volume;
# 10.3's error messages; the add-brick pre/post hook scripts get 10.3's
# arguments. Runs with either CLI (CLI_IMPL=ours|ref) and either glusterd.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.43}
. "$HERE/lib/cluster.sh"
. "$HERE/lib/volume.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
[ -x /usr/sbin/glusterfs ] || tap_skip_all "no FUSE client (glusterfs-client)"
[ -c /dev/fuse ] || tap_skip_all "no /dev/fuse"
cluster_init

MOUNTS=()
trap 'cluster_finish "${MOUNTS[@]}"' EXIT

bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
gd_start 1 || { not_ok "glusterd starts"; tap_done; }
H=$(gd_host 1)
B=$CLUSTER_ROOT/bricks
WD=$(gd_wd 1)
HOOKS=$CLUSTER_ROOT/hooks-out
mkdir -p "$HOOKS"

# hook scripts that record their arguments, one line per run
for ph in pre post; do
	mkdir -p "$WD/hooks/1/add-brick/$ph"
	cat >"$WD/hooks/1/add-brick/$ph/S50record.sh" <<EOS
#!/bin/sh
echo "\$*" >>"$HOOKS/$ph"
EOS
	chmod +x "$WD/hooks/1/add-brick/$ph/S50record.sh"
done

write_files() {
	local dir=$1 i
	mkdir -p "$dir" || return 1
	for i in $(seq 1 30); do
		head -c $((1024 * i + 3)) /dev/urandom >"$dir/f$i" || return 1
	done
	(cd "$dir" && sha256sum f* >"$CLUSTER_ROOT/sums-$(basename "$dir")")
}

files_intact() {
	local dir=$1
	(cd "$dir" && sha256sum -c --quiet "$CLUSTER_ROOT/sums-$(basename "$dir")")
}

# files of directory D (30 of them) on brick path P
on_brick() {
	ls "$1/$2" 2>/dev/null | grep -c '^f'
}

# the mount creates new directories on the new brick too (it connected)
N_PROBE=0
mount_sees_brick() {
	N_PROBE=$((N_PROBE + 1))
	mkdir "$1/probe$N_PROBE" 2>/dev/null
	[ -d "$2/probe$N_PROBE" ]
}

# `volume info VOL` has the line LINE
info_has() {
	gcli 1 volume info "$1" | grep -qxF -- "$2"
}

# "volume add-brick: failed: MSG", exit status 1, from either stream
fails_with() {
	local msg=$1 out rc
	shift
	out=$(gcli 1 volume add-brick "$@" 2>&1)
	rc=$?
	[ "$rc" -eq 1 ] && [ "$out" = "volume add-brick: failed: $msg" ] && return 0
	tap_diag "rc=$rc: $out" "expected: volume add-brick: failed: $msg"
	return 1
}

# ---- distribute: one more brick under a mount
mkdir -p "$B/dist"
tap_check "dist: create" gcli 1 volume create dist "$H:$B/dist/b1" "$H:$B/dist/b2"
tap_check "dist: start" gcli 1 volume start dist
tap_check "dist: bricks online" wait_for 30 bricks_online dist 2
tap_check "dist: mount" mount_vol dist
M=$CLUSTER_ROOT/mnt-dist
tap_check "dist: write files" write_files "$M/old"
expect_output "dist: add-brick" 0 "volume add-brick: success" "" \
	gcli 1 volume add-brick dist "$H:$B/dist/b3"
tap_check "dist: info lists the new brick" \
	info_has dist "Brick3: $H:$B/dist/b3"
tap_check "dist: info counts 3 bricks" \
	info_has dist "Number of Bricks: 3"
tap_check "dist: client volfile has dist-client-2" \
	grep -q '^volume dist-client-2$' "$WD/vols/dist/dist.tcp-fuse.vol"
tap_check "dist: brick volfile written" \
	test -s "$WD/vols/dist/dist.$H.$(echo "${B#/}/dist/b3" | tr / -).vol"
tap_check "dist: brick has the volume id" \
	sh -c "getfattr -n trusted.glusterfs.volume-id -e hex $B/dist/b3 2>/dev/null | grep -q 0x"
tap_check "dist: 3 bricks online" wait_for 30 bricks_online dist 3
tap_check "dist: old files still read" files_intact "$M/old"
tap_check "dist: the mount reaches the new brick" \
	wait_for 30 mount_sees_brick "$M" "$B/dist/b3"
tap_check "dist: write into a new directory" write_files "$M/new"
tap_check "dist: read back" files_intact "$M/new"
n1=$(on_brick "$B/dist/b1" new) n2=$(on_brick "$B/dist/b2" new) n3=$(on_brick "$B/dist/b3" new)
tap_check "dist: new files spread over old and new bricks ($n1/$n2/$n3)" \
	test "$n3" -gt 0 -a $((n1 + n2)) -gt 0 -a $((n1 + n2 + n3)) -eq 30

# ---- hooks
tap_check "hooks: pre ran with 10.3's arguments" \
	grep -qx -- "--volname=dist --version=1 --volume-op=add-brick --gd-workdir=$WD" "$HOOKS/pre"
tap_check "hooks: post ran with 10.3's arguments" \
	wait_for 10 grep -qx -- "--volname=dist --version=1 --volume-op=add-brick --gd-workdir=$WD" "$HOOKS/post"

# ---- errors (10.3's messages)
fails() { local d=$1; shift; tap_check "error: $d" fails_with "$@"; }
fails "unknown volume" "Unable to get volinfo for volume name nosuch" \
	nosuch "$H:$B/x1"
fails "brick in use" "Brick: $H:$B/dist/b3 not available. Brick may be containing or be contained by an existing brick." \
	dist "$H:$B/dist/b3"
fails "brick inside a brick" "Brick: $H:$B/dist/b1/sub not available. Brick may be containing or be contained by an existing brick." \
	dist "$H:$B/dist/b1/sub"
fails "distribute to replica, wrong count" "Incorrect number of bricks (1) supplied for replica count (2)." \
	dist replica 2 "$H:$B/x1"
mkdir -p "$B/dd"
tap_check "dd: create" gcli 1 volume create dd "$H:$B/dd/b1"
fails "replica increase, bricks down" "Brick $B/dd/b1 is down, changing replica count needs all the bricks to be up to avoid data loss" \
	dd replica 2 "$H:$B/dd/b2"

# ---- replica 2 -> 3 on a started volume
mkdir -p "$B/rep"
tap_check "rep: create replica 2" gcli 1 volume create rep replica 2 "$H:$B/rep/b1" "$H:$B/rep/b2" force
tap_check "rep: start" gcli 1 volume start rep
tap_check "rep: bricks online" wait_for 30 bricks_online rep 2
tap_check "rep: mount" mount_vol rep
tap_check "rep: write files" write_files "$CLUSTER_ROOT/mnt-rep/d"
fails "whole sets only" "Incorrect number of bricks supplied 1 with count 2" \
	rep "$H:$B/rep/b3"
fails "same server without force" "Multiple bricks of a replicate volume are present on the same server. This setup is not optimal. Bricks should be on different nodes to have best fault tolerant configuration. Use 'force' at the end of the command if you want to override this behavior. " \
	rep replica 3 "$H:$B/rep/b3"
fails "replica increase, wrong count" "Operation failed" \
	rep replica 3 "$H:$B/rep/b3" "$H:$B/rep/b4"
expect_output "rep: add-brick replica 3" 0 "volume add-brick: success" "" \
	gcli 1 volume add-brick rep replica 3 "$H:$B/rep/b3" force
tap_check "rep: info says 1 x 3 = 3" \
	info_has rep "Number of Bricks: 1 x 3 = 3"
tap_check "rep: store says replica_count=3 sub_count=3" \
	sh -c "grep -qx replica_count=3 $WD/vols/rep/info && grep -qx sub_count=3 $WD/vols/rep/info"
tap_check "rep: client volfile has rep-client-2 in the replicate set" \
	sh -c "sed -n '/^volume rep-replicate-0/,/^end-volume/p' $WD/vols/rep/rep.tcp-fuse.vol | grep -q 'subvolumes rep-client-0 rep-client-1 rep-client-2'"
tap_check "rep: 3 bricks online" wait_for 30 bricks_online rep 3
tap_check "rep: files still read" files_intact "$CLUSTER_ROOT/mnt-rep/d"
# heal marks, as 10.3 sets them before the new brick starts: the old
# bricks' roots accuse the new brick, whose root is marked entry-dirty;
# the self-heal daemon then brings the volume's root over
marked_for() {
	getfattr -n "trusted.afr.rep-client-2" -e hex "$1" >/dev/null 2>&1
}
tap_check "rep: the old bricks' roots carry pending marks for rep-client-2" \
	sh -c "$(declare -f marked_for); marked_for $B/rep/b1 && marked_for $B/rep/b2"
tap_check "rep: the new brick's root got trusted.afr.dirty" \
	sh -c "getfattr -n trusted.afr.dirty $B/rep/b3 >/dev/null 2>&1"
tap_check "rep: the marking mount logged to rep-add-brick-mount.log" \
	test -s "$(gd_log 1)/rep-add-brick-mount.log"
tap_check "rep: no marking mount left" \
	sh -c "! grep -q add-brick /proc/mounts && ! ls -d /tmp/mnt?????? 2>/dev/null | grep -q ."
tap_check "rep: the self-heal daemon creates d on the new brick" \
	wait_for 60 test -d "$B/rep/b3/d"
fails "replica decrease" "Incorrect replica count (2) supplied. Volume already has (3)" \
	rep replica 2 "$H:$B/rep/b4" "$H:$B/rep/b5"
tap_check "rep: stop" gcli 1 volume stop rep
fails "replica increase on a stopped volume" " Volume must not be in stopped state when replica-count needs to  be increased." \
	rep replica 4 "$H:$B/rep/b4" force

# ---- disperse: a whole set more
mkdir -p "$B/disp"
tap_check "disp: create" gcli 1 volume create disp disperse 3 "$H:$B/disp/b1" "$H:$B/disp/b2" "$H:$B/disp/b3" force
fails "disperse: whole sets only" "Incorrect number of bricks supplied 2 with count 3" \
	disp "$H:$B/disp/b4" "$H:$B/disp/b5"
fails "disperse: no replica" "Volume disp cannot be converted from dispersed to replicated-dispersed" \
	disp replica 2 "$H:$B/disp/b4"
expect_output "disp: add-brick a set" 0 "volume add-brick: success" "" \
	gcli 1 volume add-brick disp "$H:$B/disp/b4" "$H:$B/disp/b5" "$H:$B/disp/b6" force
tap_check "disp: info says 2 x (2 + 1) = 6" \
	info_has disp "Number of Bricks: 2 x (2 + 1) = 6"

tap_check "hooks: one pre run per successful add-brick" \
	test "$(wc -l <"$HOOKS/pre")" -eq 3
tap_check "dist: unmount" umount "$M"
tap_check "rep: unmount" umount "$CLUSTER_ROOT/mnt-rep"
tap_done
