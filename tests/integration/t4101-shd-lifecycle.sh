#!/usr/bin/env bash
# The self-heal daemon: one glustershd per node for all started replicate
# volumes, started with the first, shown online by `volume status` for
# each, kept while one such volume runs, gone with the last.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.41}
. "$HERE/lib/cluster.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
[ -x /usr/sbin/glusterfs ] || tap_skip_all "no /usr/sbin/glusterfs"
cluster_init

# glustershd processes of this test: found by their command line, which
# names our run directory; killed by pid on exit, whatever happened.
shd_pids() {
	local f pid cl
	for f in /proc/[0-9]*/cmdline; do
		pid=${f#/proc/}
		pid=${pid%/cmdline}
		cl=$(cat "$f" 2>/dev/null | tr '\0' ' ')
		case $cl in
		*"--process-name glustershd "*"-p $CLUSTER_ROOT/"* | \
			*"-p $CLUSTER_ROOT/"*"--process-name glustershd "*)
			echo "$pid" ;;
		esac
	done
}

shd_kill_all() {
	local pid
	for pid in $(shd_pids); do
		kill -TERM "$pid" 2>/dev/null
	done
}
trap 'rc=$?; shd_kill_all; (exit $rc); cluster_cleanup' EXIT

bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
gd_start 1 || { not_ok "glusterd starts"; tap_done; }
H=$(gd_host 1)
B=$CLUSTER_ROOT/bricks
RUN=$(gd_run 1)

# wait_for SECONDS CMD...: until CMD succeeds

shd_count_is() {
	[ "$(shd_pids | wc -l)" -eq "$1" ]
}

# The "Self-heal Daemon" line of `volume status VOL`, pid masked.
shd_line() {
	gcli 1 volume status "$1" 2>/dev/null | grep '^Self-heal Daemon' |
		sed -E 's/[0-9]+ *$/PID/'
}

shd_online() {
	[ "$(shd_line "$1")" = "Self-heal Daemon on localhost               N/A       N/A        Y       PID" ]
}

# The daemon's command line, socket hash and uuid masked.
shd_cmdline() {
	tr '\0' ' ' <"/proc/$1/cmdline" | sed -E -e 's/ $//' \
		-e 's|gluster/[0-9a-f]{16}\.socket|gluster/SOCK.socket|' \
		-e 's/node-uuid=[0-9a-f-]{36}/node-uuid=UUID/'
	echo
}

status_shd_line() {
	gcli 1 volume status "$1" | grep '^Self-heal' | sed 's/ *$//'
}

status_shd_only() {
	gcli 1 volume status "$1" shd | sed -E 's/[0-9]+ *$/PID/'
}

status_xml_shd() {
	gcli 1 --xml volume status "$1" | sed 's/^ *//' |
		grep -A10 '<hostname>Self-heal Daemon' |
		grep -E '^<(hostname|path|status|port|pid)>'
}

for v in ra rb; do
	mkdir -p "$B/$v"
	expect_output "create replica 3 volume $v" 0 \
		"volume create: $v: success: please start the volume to access data" "" \
		gcli 1 volume create "$v" replica 3 "$H:$B/$v/1" "$H:$B/$v/2" "$H:$B/$v/3" force
done

tap_check "no glustershd before a volume is started" shd_count_is 0
expect_output "start rb" 0 "volume start: rb: success" "" gcli 1 volume start rb
tap_check "one glustershd after the first start" wait_for 20 shd_count_is 1
SHD=$(shd_pids | head -n 1)
expect_output "it was started for rb, as 10.3 starts it" 0 \
	"/usr/sbin/glusterfs -s $H --volfile-id shd/rb -p $RUN/shd/rb/rb-shd.pid -l $(gd_log 1)/glustershd.log -S /var/run/gluster/SOCK.socket --xlator-option *replicate*.node-uuid=UUID --process-name glustershd --client-pid=-6" "" \
	shd_cmdline "$SHD"

expect_output "start ra" 0 "volume start: ra: success" "" gcli 1 volume start ra
tap_check "ra's Self-heal Daemon is online" wait_for 20 shd_online ra
tap_check "rb's Self-heal Daemon is online" wait_for 20 shd_online rb
tap_check "still exactly one glustershd" shd_count_is 1
tap_check "the same process serves both" test "$(shd_pids)" = "$SHD"
expect_output "both pid files hold its pid" 0 "$SHD
$SHD" "" cat "$RUN/shd/ra/ra-shd.pid" "$RUN/shd/rb/rb-shd.pid"
expect_output "status shows its pid" 0 \
	"Self-heal Daemon on localhost               N/A       N/A        Y       $SHD" "" \
	status_shd_line ra
expect_output "volume status ra shd: only the daemon" 0 \
	"Status of volume: ra
Gluster process                             TCP Port  RDMA Port  Online  Pid
------------------------------------------------------------------------------
Self-heal Daemon on localhost               N/A       N/A        Y       PID
 " "" \
	status_shd_only ra
expect_output "xml: the daemon's node entry" 0 \
	"<hostname>Self-heal Daemon</hostname>
<path>localhost</path>
<status>1</status>
<port>N/A</port>
<pid>$SHD</pid>" "" \
	status_xml_shd ra

if [ "$GD_IMPL" = ours ]; then
	# 10.3 kills and restarts the daemon here; we adopt it.
	gd_restart 1 || not_ok "glusterd restarts"
	tap_check "after a glusterd restart the daemon is adopted" \
		wait_for 20 shd_online ra
	tap_check "same glustershd pid after the restart" test "$(shd_pids)" = "$SHD"
fi

expect_output "stop ra" 0 "volume stop: ra: success" "" gcli 1 volume stop ra
tap_check "glustershd keeps running for rb" shd_count_is 1
tap_check "rb's Self-heal Daemon is still online" wait_for 20 shd_online rb
tap_check "ra's pid file is gone" wait_for 10 test ! -e "$RUN/shd/ra/ra-shd.pid"

expect_output "stop rb" 0 "volume stop: rb: success" "" gcli 1 volume stop rb
tap_check "glustershd is gone with the last volume" wait_for 20 shd_count_is 0
tap_check "rb's pid file is gone" test ! -e "$RUN/shd/rb/rb-shd.pid"

for v in ra rb; do
	expect_output "delete $v" 0 "volume delete: $v: success" "" gcli 1 volume delete "$v"
done
tap_done
