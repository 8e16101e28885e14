#!/usr/bin/env bash
# Data through our glusterd: for a distribute, a replica 3 and a disperse
# 3 redundancy 1 volume: create, start, FUSE-mount with the real client,
# write files and read them back by checksum, find them on the bricks,
# `volume set` while mounted (the mount keeps working on the new graph),
# kill a brick and bring it back with `start force`, kill -9 glusterd and
# restart it under the mount, unmount, stop, delete.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.40}
. "$HERE/lib/cluster.sh"
. "$HERE/lib/volume.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
[ -x /usr/sbin/glusterfs ] || tap_skip_all "no FUSE client (glusterfs-client)"
[ -c /dev/fuse ] || tap_skip_all "no /dev/fuse"
cluster_init

MOUNTS=()
# mounts unmounted, this test's glusterfs processes killed by pid, on
# any exit
trap 'cluster_finish "${MOUNTS[@]}"' EXIT

bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
gd_start 1 || { not_ok "glusterd starts"; tap_done; }
H=$(gd_host 1)
B=$CLUSTER_ROOT/bricks


write_files() {
	local mnt=$1 i
	mountpoint -q "$mnt" || return 1
	for i in $(seq 1 20); do
		head -c $((4096 * i + 7)) /dev/urandom >"$mnt/f$i" || return 1
	done
	(cd "$mnt" && sha256sum f* >"$CLUSTER_ROOT/sums-$(basename "$mnt")")
}

files_intact() {
	local mnt=$1
	mountpoint -q "$mnt" || return 1
	(cd "$mnt" && sha256sum -c --quiet "$CLUSTER_ROOT/sums-$(basename "$mnt")")
}

# every file is stored on some brick of the volume (replica: on 3)
files_on_bricks() {
	local vol=$1 copies=$2 i n
	for i in $(seq 1 20); do
		n=$(ls "$B/$vol"/*/"f$i" 2>/dev/null | wc -l)
		[ "$n" -ge "$copies" ] || return 1
	done
}

scenario() {
	local vol=$1 nb=$2 copies=$3
	shift 3
	local bricks=() i mnt=$CLUSTER_ROOT/mnt-$vol
	mkdir -p "$B/$vol"	# glusterd creates only the last level
	for i in $(seq 1 "$nb"); do
		bricks+=("$H:$B/$vol/b$i")
	done
	tap_check "$vol: create" gcli 1 volume create "$vol" "$@" "${bricks[@]}" force
	tap_check "$vol: start" gcli 1 volume start "$vol"
	tap_check "$vol: all $nb bricks online" wait_for 30 bricks_online "$vol" "$nb"
	tap_check "$vol: FUSE mount through our glusterd" mount_vol "$vol"
	tap_check "$vol: write 20 files" write_files "$mnt"
	tap_check "$vol: read back, checksums match" files_intact "$mnt"
	tap_check "$vol: files are on the bricks" files_on_bricks "$vol" "$copies"
	tap_check "$vol: volume set while mounted" \
		gcli 1 volume set "$vol" performance.write-behind off
	sleep 1
	tap_check "$vol: mount still reads after the set" files_intact "$mnt"
	tap_check "$vol: unmount" umount "$mnt"
	tap_check "$vol: stop" gcli 1 volume stop "$vol"
	tap_check "$vol: delete" gcli 1 volume delete "$vol"
}

scenario dist 2 1
scenario rep3 3 3 replica 3
scenario disp 3 1 disperse 3 redundancy 1

# A dead brick shows offline and comes back with start force.
mkdir -p "$B/kb"
tap_check "kb: create" gcli 1 volume create kb "$H:$B/kb/b1" "$H:$B/kb/b2" force
tap_check "kb: start" gcli 1 volume start kb
tap_check "kb: bricks online" wait_for 30 bricks_online kb 2
BPID=$(cat "$(gd_run 1)"/vols/kb/*b1.pid 2>/dev/null)
tap_check "kb: brick pid known" test -n "$BPID"
kill -KILL "$BPID" 2>/dev/null
tap_check "kb: killed brick shows offline" wait_for 15 bricks_online kb 1
tap_check "kb: start force" gcli 1 volume start kb force
tap_check "kb: brick back online" wait_for 30 bricks_online kb 2

# kill -9 glusterd under a mount; the mount keeps working, the restarted
# glusterd adopts the running bricks.
tap_check "kb: mount" mount_vol kb
tap_check "kb: write" write_files "$CLUSTER_ROOT/mnt-kb"
GDPID=$(gd_pid 1)
kill -KILL "$GDPID"
wait "$GDPID" 2>/dev/null
unset "GD_PIDS[1]"
tap_check "kb: mount works while glusterd is dead" files_intact "$CLUSTER_ROOT/mnt-kb"
tap_check "kb: glusterd restarts on its store" gd_start 1
tap_check "kb: bricks adopted and online" wait_for 30 bricks_online kb 2
tap_check "kb: mount still works" files_intact "$CLUSTER_ROOT/mnt-kb"
tap_check "kb: unmount" umount "$CLUSTER_ROOT/mnt-kb"
tap_check "kb: stop" gcli 1 volume stop kb
tap_check "kb: delete" gcli 1 volume delete kb
tap_done
