#!/usr/bin/env bash
# Conflicting state between two of our glusterds: node 2's copy of a
# volume changes while it is down, keeping the version (a hand edit of
# its info file, as an operator or a broken disk might). On reconnect the
# checksums differ at equal versions: both nodes end "Peer Rejected", as
# 10.3, and neither imports the other's copy. Restoring node 2's file and
# restarting it brings the pool back to "Peer in Cluster".
# run-tests.sh also runs this script on 10.3 (GD_IMPL=ref CLI_IMPL=ref):
# its expectations are 10.3's behaviour.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.54}
. "$HERE/lib/cluster.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
cluster_init
B=$CLUSTER_ROOT/bricks
mkdir -p "$B/n1" "$B/n2"
H1=$(gd_host 1) H2=$(gd_host 2)
for n in 1 2; do
	gd_start "$n" || { not_ok "glusterd node $n starts"; tap_done; }
done

peer_state() {
	grep -qx "State: $2" <<<"$(gcli "$1" peer status 2>/dev/null)"
}

tap_check "probe" gcli 1 peer probe "$H2"
tap_check "node 1: in cluster" wait_for 30 peer_state 1 "Peer in Cluster (Connected)"
tap_check "node 2: in cluster" wait_for 30 peer_state 2 "Peer in Cluster (Connected)"
tap_check "create rv" gcli 1 volume create rv "$H1:$B/n1/b" "$H2:$B/n2/b" force
info2=$(gd_wd 2)/vols/rv/info
tap_check "node 2 has rv" wait_for 10 test -f "$info2"
cp "$info2" "$CLUSTER_ROOT/info.good"

tap_check "stop node 2" gd_stop 2
echo "performance.read-ahead=off" >>"$info2"
tap_check "start node 2 with a diverging copy of rv" gd_start 2
tap_check "node 1 rejects node 2" wait_for 30 peer_state 1 "Peer Rejected (Connected)"
tap_check "node 2 rejects node 1" wait_for 30 peer_state 2 "Peer Rejected (Connected)"
tap_check "node 1's peers/ file records state 6" \
	grep -qx 'state=6' "$(gd_wd 1)"/peers/*
tap_check "node 1 did not take node 2's copy" \
	test -z "$(grep -x 'performance.read-ahead=off' "$(gd_wd 1)/vols/rv/info")"
tap_check "node 2 kept its own copy" grep -qx 'performance.read-ahead=off' "$info2"
tap_check "node 1 logs the checksum conflict" \
	grep -q 'Version of Cksums rv differ' "$(gd_log 1)/glusterd.log"

tap_check "stop node 2 again" gd_stop 2
cp "$CLUSTER_ROOT/info.good" "$info2"
tap_check "start node 2 with the good copy" gd_start 2
tap_check "node 1: back in cluster" wait_for 30 peer_state 1 "Peer in Cluster (Connected)"
tap_check "node 2: back in cluster" wait_for 30 peer_state 2 "Peer in Cluster (Connected)"
for n in 1 2; do
	tap_check "node $n stops cleanly" gd_stop "$n"
done
tap_done
