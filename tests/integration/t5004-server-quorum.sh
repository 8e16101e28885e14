#!/usr/bin/env bash
# Server quorum in a three-node pool of our glusterds: a replica 3 volume
# with cluster.server-quorum-type server. With two glusterds down the last
# node stops its brick and refuses operations on the volume ("Quorum not
# met"), but still lets the quorum options be changed; with one back the
# brick runs again; cluster.server-quorum-ratio 100 needs all three.
# run-tests.sh also runs this script on 10.3 (GD_IMPL=ref CLI_IMPL=ref):
# its expectations are 10.3's behaviour.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.56}
. "$HERE/lib/cluster.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
cluster_init
bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
B=$CLUSTER_ROOT/bricks
H1=$(gd_host 1) H2=$(gd_host 2) H3=$(gd_host 3)
for n in 1 2 3; do
	gd_start "$n" || { not_ok "glusterd node $n starts"; tap_done; }
done



# node N's brick of volume q runs
brick_up() {
	local f
	for f in "$(gd_run "$1")"/vols/q/*.pid; do
		[ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && return 0
	done
	return 1
}
brick_down() { ! brick_up "$1"; }

tap_check "probe node 2" gcli 1 peer probe "$H2"
tap_check "probe node 3" gcli 1 peer probe "$H3"
tap_check "node 1 sees both peers" wait_for 30 peers_connected 1 2
tap_check "node 3 sees both peers" wait_for 30 peers_connected 3 2
mkdir -p "$B/n1" "$B/n2" "$B/n3"
tap_check "create q" gcli 1 volume create q replica 3 \
	"$H1:$B/n1/q" "$H2:$B/n2/q" "$H3:$B/n3/q"
tap_check "server quorum on q" gcli 2 volume set q cluster.server-quorum-type server
tap_check "start q" gcli 1 volume start q
tap_check "node 1's brick runs" wait_for 20 brick_up 1

tap_check "stop glusterd on node 2" gd_stop 2
connected_two() { peers_connected 1 1; }
tap_check "node 1 sees node 2 go" wait_for 20 connected_two
sleep 1	# time to act on the loss, had it lost quorum
tap_check "with 2 of 3 nodes up node 1's brick still runs" brick_up 1
tap_check "stop glusterd on node 3" gd_stop 3
tap_check "quorum lost: node 1 stops its brick" wait_for 20 brick_down 1
expect_output "operations on q are refused" 1 "" \
	"volume set: failed: Quorum not met. Volume operation not allowed." \
	gcli 1 volume set q performance.read-ahead off
tap_check "the quorum options can still be changed" \
	gcli 1 volume set q cluster.server-quorum-type server
expect_output "peer probe is refused without quorum" 1 "" \
	"peer probe: failed: Cluster quorum is not met. Changing peers is not allowed in this state" \
	gcli 1 peer probe "$GD_NET.9"
tap_check "start glusterd on node 2" gd_start 2
tap_check "quorum regained: node 1 starts its brick" wait_for 30 brick_up 1
expect_output "operations on q work again" 0 "volume set: success" "" \
	gcli 1 volume set q performance.read-ahead off
tap_check "ratio 100 needs every node" \
	gcli 1 volume set all cluster.server-quorum-ratio 100
tap_check "with node 3 down, node 1 stops its brick again" wait_for 20 brick_down 1
tap_check "start glusterd on node 3" gd_start 3
tap_check "all three up: node 1's brick runs" wait_for 30 brick_up 1
for n in 1 2 3; do
	tap_check "node $n stops cleanly" gd_stop "$n"
done
tap_done
