# shellcheck shell=bash
# Helpers for tests that start volumes and FUSE-mount them from node 1
# (after cluster.sh; $H is node 1's address, MOUNTS the mount points the
# EXIT trap unmounts).
#
#   bricks_online VOL N   `volume status VOL` shows N bricks with a port,
#                         "Y" and a pid (long names wrap onto their own line)
#   mount_vol VOL         mount VOL on $CLUSTER_ROOT/mnt-VOL with the real
#                         client, through node 1

bricks_online() {
	local vol=$1 n=$2
	[ "$(gcli 1 volume status "$vol" 2>/dev/null |
		grep -cE '[0-9]+ +[0-9]+ +Y +[0-9]+')" -eq "$n" ]
}

mount_vol() {
	local vol=$1 mnt=$CLUSTER_ROOT/mnt-$1
	mkdir -p "$mnt"
	MOUNTS+=("$mnt")
	timeout 60 /usr/sbin/glusterfs --volfile-server="$H" --volfile-id="$vol" \
		--log-file="$(gd_log 1)/mnt-$vol.log" "$mnt" &&
		wait_for 30 mountpoint -q "$mnt"
}
