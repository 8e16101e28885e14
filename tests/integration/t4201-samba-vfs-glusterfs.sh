#!/usr/bin/env bash
# Samba's vfs_glusterfs (libgfapi) on a volume created and started with our
# CLI and glusterd: smbd serves the volume, smbclient puts and gets files,
# the data arrives on the brick and comes back intact.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.42}
. "$HERE/lib/cluster.sh"

SMBD=/usr/sbin/smbd
VFS=$(ls /usr/lib/*/samba/vfs/glusterfs.so 2>/dev/null | head -n 1)
cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
[ -x "$SMBD" ] || tap_skip_all "no smbd (package samba)"
[ -n "$VFS" ] || tap_skip_all "no vfs_glusterfs (package samba-vfs-modules)"
command -v smbclient >/dev/null || tap_skip_all "no smbclient"
cluster_init

SMB_PID=
finish() {
	local rc=$?
	[ -n "$SMB_PID" ] && kill -TERM "$SMB_PID" 2>/dev/null
	[ -n "$SMB_PID" ] && wait "$SMB_PID" 2>/dev/null
	(exit $rc)
	cluster_cleanup
}
trap finish EXIT

bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
gd_start 1 || { not_ok "glusterd starts"; tap_done; }
H=$(gd_host 1)
B=$CLUSTER_ROOT/bricks
S=$CLUSTER_ROOT/smb
# smbd binds only to addresses of interfaces: the loopback interface's own
SMB_ADDR=127.0.0.1
PORT=${SMB_TEST_PORT:-44455}


brick_online() {
	gcli 1 volume status sv 2>/dev/null | grep -qE '[0-9]+ +[0-9]+ +Y +[0-9]+'
}

mkdir -p "$B/sv" "$S"/{run,lock,state,cache,private,log}
tap_check "create sv" gcli 1 volume create sv "$H:$B/sv/b1" force
tap_check "start sv" gcli 1 volume start sv
tap_check "brick online" wait_for 30 brick_online

cat >"$S/smb.conf" <<EOF
[global]
	workgroup = GDTEST
	server role = standalone server
	interfaces = $SMB_ADDR/8
	bind interfaces only = yes
	smb ports = $PORT
	disable netbios = yes
	pid directory = $S/run
	lock directory = $S/lock
	state directory = $S/state
	cache directory = $S/cache
	private dir = $S/private
	ncalrpc dir = $S/run/ncalrpc
	log file = $S/log/smbd.log
	map to guest = Bad User
	load printers = no
	printing = bsd
	printcap name = /dev/null
	disable spoolss = yes
[gv]
	path = /
	vfs objects = glusterfs
	glusterfs:volume = sv
	glusterfs:volfile_server = $H
	glusterfs:logfile = $S/log/gfapi-sv.log
	kernel share modes = no
	read only = no
	guest ok = yes
	force user = root
EOF

"$SMBD" --foreground -s "$S/smb.conf" \
	</dev/null >"$S/log/smbd.out" 2>&1 &
SMB_PID=$!

smb_up() { (exec 3<>"/dev/tcp/$SMB_ADDR/$PORT") 2>/dev/null; }
tap_check "smbd listens on $SMB_ADDR:$PORT" wait_for 30 smb_up
[ "$TAP_FAIL" = 0 ] || tap_diag "$(tail -n 20 "$S/log/smbd.out" "$S/log/smbd.log" 2>/dev/null)"

smb() {
	(cd "$S" && smbclient "//$SMB_ADDR/gv" -p "$PORT" -N -s "$S/smb.conf" \
		-c "$1" >>"$S/log/smbclient.out" 2>&1)
}

head -c 300000 /dev/urandom >"$S/in.bin"
tap_check "smbclient put through vfs_glusterfs" smb "put in.bin up.bin"
tap_check "the file is on the brick" cmp "$S/in.bin" "$B/sv/b1/up.bin"
tap_check "smbclient get it back" smb "get up.bin back.bin"
tap_check "same bytes back" cmp "$S/in.bin" "$S/back.bin"
tap_check "gfapi loaded the graph of sv served by our glusterd" \
	grep -q "\] 0-sv: " "$S/log/gfapi-sv.log"
[ "$TAP_FAIL" = 0 ] || tap_diag "$(tail -n 30 "$S/log/smbclient.out" "$S/log/gfapi-sv.log" 2>/dev/null)"

kill -TERM "$SMB_PID" 2>/dev/null
wait "$SMB_PID" 2>/dev/null
SMB_PID=
tap_check "stop sv" gcli 1 volume stop sv
tap_check "delete sv" gcli 1 volume delete sv
tap_done
