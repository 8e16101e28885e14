#!/usr/bin/env bash
# volume create / info / delete and what they leave on disk: the store
# files, their modes and key order, the brick xattrs.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
. "$HERE/lib/cluster.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
command -v getfattr >/dev/null || tap_skip_all "getfattr (package attr) missing"
cluster_init
bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"

gd_start 1 || { not_ok "glusterd starts"; tap_done; }
WD=$(gd_wd 1)
H=$(gd_host 1)
B=$CLUSTER_ROOT/bricks
mkdir -p "$B/v"
BD=$(printf '%s' "$B" | tr / -)

expect_output "create a 2-brick distribute volume" 0 \
	"volume create: dv: success: please start the volume to access data" "" \
	gcli 1 volume create dv "$H:$B/v/b1" "$H:$B/v/b2"

info=$WD/vols/dv/info
tap_check "vols/dv/info exists" test -f "$info"
volid=$(sed -n 's/^volume-id=//p' "$info")
expect_output "info keys in 10.3's order" 0 "type=0
count=2
status=0
sub_count=0
replica_count=1
disperse_count=0
redundancy_count=0
version=1
transport-type=0
volume-id=$volid
username=~
password=~
op-version=40000
client-op-version=2
quota-version=0
tier-enabled=0
parent_volname=N/A
restored_from_snap=00000000-0000-0000-0000-000000000000
snap-max-hard-limit=256
@options
brick-0=$H:$BD-v-b1
brick-1=$H:$BD-v-b2" "" \
	awk -F= '
		$1 == "username" || $1 == "password" { print $1 "=~"; next }
		$1 ~ /\./ { if (!opt++) print "@options"; next }
		{ print }' "$info"
expect_output "create-time options" 0 "nfs.disable=on
storage.fips-mode-rchecksum=on
transport.address-family=inet" "" \
	bash -c "grep '^[a-z-]*\.[a-z.-]*=' '$info' | LC_ALL=C sort"

bf=$WD/vols/dv/bricks/$H:$BD-v-b1
tap_check "brick file named host:dashed-path" test -f "$bf"
uuid=$(sed -n 's/^UUID=//p' "$WD/glusterd.info")
expect_output "brick file keys" 0 "uuid=$uuid
hostname=$H
path=$B/v/b1
real_path=$B/v/b1
listen-port=0
rdma.listen-port=0
decommissioned=0
brick-id=dv-client-0
mount_dir=/v/b1
snap-status=0
brick-fsid=~" "" \
	sed 's/^brick-fsid=[0-9]*$/brick-fsid=~/' "$bf"
tap_check "store files are mode 0600" \
	bash -c "test \"\$(stat -c %a '$info' '$bf' | sort -u)\" = 600"
tap_check "no temporary files left" \
	bash -c "! find '$WD/vols' -name '*.tmp' | grep -q ."

expect_output "brick carries trusted.glusterfs.volume-id" 0 \
	"0x${volid//-/}" "" \
	bash -c "getfattr -e hex -n trusted.glusterfs.volume-id '$B/v/b1' 2>/dev/null | sed -n 's/^trusted.glusterfs.volume-id=//p'"
tap_check "brick has .glusterfs" test -d "$B/v/b1/.glusterfs"

expect_output "volume info dv" 0 " 
Volume Name: dv
Type: Distribute
Volume ID: $volid
Status: Created
Snapshot Count: 0
Number of Bricks: 2
Transport-type: tcp
Bricks:
Brick1: $H:$B/v/b1
Brick2: $H:$B/v/b2
Options Reconfigured:
storage.fips-mode-rchecksum: on
transport.address-family: inet
nfs.disable: on" "" gcli 1 volume info dv

expect_output "volume list" 0 "dv" "" gcli 1 volume list

expect_output "set bumps the version" 0 "volume set: success" "" \
	gcli 1 volume set dv performance.cache-size 256MB
tap_check "info has version=2 and the option" \
	bash -c "grep -qx version=2 '$info' && grep -qx performance.cache-size=256MB '$info'"

# volfiles are written without fsync, as 10.3 does: one left empty by a
# crash is rewritten at start-up
fuse=$WD/vols/dv/dv.tcp-fuse.vol
cp "$fuse" "$CLUSTER_ROOT/fuse.before"
: >"$fuse"
tap_check "restart after a volfile was emptied" gd_restart 1
tap_check "the empty volfile was rewritten as it was" \
	cmp "$fuse" "$CLUSTER_ROOT/fuse.before"
tap_check "volfiles are not readable by others (brick volfiles hold credentials)" \
	test -z "$(find "$WD/vols/dv" -name '*.vol' -perm /077)"

expect_output "failed create leaves no volume behind" 1 "" \
	"volume create: bad: failed: Brick: $H:$B/v/b1 not available. Brick may be containing or be contained by an existing brick." \
	gcli 1 volume create bad "$H:$B/v/b1"
tap_check "no vols/bad" test ! -e "$WD/vols/bad"

expect_output "delete" 0 "volume delete: dv: success" "" gcli 1 volume delete dv
tap_check "vols/dv is gone" test ! -e "$WD/vols/dv"
tap_check "the brick keeps its xattr after delete" \
	bash -c "getfattr -n trusted.glusterfs.volume-id '$B/v/b1' >/dev/null 2>&1"
expect_output "volume list after delete" 0 "" "No volumes present in cluster" \
	gcli 1 volume list

tap_check "glusterd stops cleanly" gd_stop 1
tap_done
