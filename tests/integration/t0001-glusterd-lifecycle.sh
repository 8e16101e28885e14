#!/usr/bin/env bash
# glusterd start-up, first-start store layout, node identity, restart and
# shutdown. GD_IMPL=ours|ref picks the daemon (see lib/cluster.sh).
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
. "$HERE/lib/cluster.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
cluster_init

tap_check "glusterd starts and answers on its socket" gd_start 1
WD=$(gd_wd 1)
H=$(gd_host 1)

pidfile=$(gd_dir 1)/glusterd.pid
tap_check "pid file holds the daemon's pid" \
	test "$(tr -dc 0-9 <"$pidfile" 2>/dev/null)" = "$(gd_pid 1)"

listening() {
	local hex
	hex=$(printf '%s' "$1" | awk -F. '{printf "%02X%02X%02X%02X", $4, $3, $2, $1}')
	grep -q "^ *[0-9]*: $hex:5DC7 00000000:0000 0A" /proc/net/tcp
}
tap_check "listens on $H:24007" listening "$H"
tap_check "does not listen on 0.0.0.0:24007 for us" \
	bash -c '! grep -q "^ *[0-9]*: 00000000:5DC7 00000000:0000 0A" /proc/net/tcp'

expect_output "volume list on a fresh node" 0 "" "No volumes present in cluster" \
	gcli 1 volume list

for d in vols peers; do
	tap_check "first start creates $d/" test -d "$WD/$d"
done
expect_output "options holds global-option-version=0" 0 "global-option-version=0" "" \
	cat "$WD/options"
expect_output "glusterd.upgrade holds the max op-version" 0 \
	"maximum-operating-version=100000" "" cat "$WD/glusterd.upgrade"

expect_output "system:: uuid get prints the node UUID" 0 \
	'~^UUID: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' "" \
	gcli 1 system:: uuid get
uuid=${TAP_LAST_OUT#UUID: }

expect_output "glusterd.info records it with operating-version" 0 \
	"UUID=$uuid
operating-version=100000" "" cat "$WD/glusterd.info"
tap_check "glusterd.info is mode 0600" test "$(stat -c %a "$WD/glusterd.info")" = 600

expect_output "pool list shows this node as localhost" 0 \
	"UUID					Hostname 	State
$uuid	localhost	Connected " "" gcli 1 pool list
expect_output "peer status with no peers" 0 "Number of Peers: 0" "" gcli 1 peer status

tap_check "restart on the same store" gd_restart 1
expect_output "the UUID survives a restart" 0 "UUID: $uuid" "" gcli 1 system:: uuid get

pid=$(gd_pid 1)
tap_check "SIGTERM stops glusterd cleanly" gd_stop 1
tap_check "the process is gone" bash -c "! kill -0 $pid 2>/dev/null"
expect_output "the CLI reports a stopped daemon" 1 \
	"Connection failed. Please check if gluster daemon is operational." "" \
	gcli 1 volume list

tap_done
