#!/usr/bin/env bash
# A three-node pool of our glusterds under load and faults:
# - 30 commands at once from all three nodes (creates of distinct volumes
#   and sets on one shared volume): every one succeeds (a held lock is
#   waited for), all nodes end with the same store, no lock is left held;
# - kill -9 of a node while sets run from the others: each command either
#   succeeds or fails with a clear message, never hangs; after a restart
#   the node catches up (it imports the newer volume versions) and the
#   stores agree again.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.53}
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


pool_ready() { peers_connected "$1" 2; }

# nodes 1 and N have the same volumes with the same info files (brick
# files and volfiles differ per node: brick-fsid, shared-brick-count and
# paths under the node's own working directory)
stores_agree() {
	local a b v
	a=$(gd_wd 1)/vols b=$(gd_wd "$1")/vols
	[ "$(ls "$a")" = "$(ls "$b")" ] || return 1
	for v in "$a"/*; do
		cmp -s "$v/info" "$b/${v##*/}/info" || return 1
	done
}

tap_check "probe node 2" gcli 1 peer probe "$H2"
tap_check "probe node 3" gcli 1 peer probe "$H3"
for n in 1 2 3; do
	tap_check "node $n in the pool" wait_for 30 pool_ready "$n"
done

mkdir -p "$B/n1" "$B/n2" "$B/n3"
tap_check "a shared volume" gcli 1 volume create shared \
	"$H1:$B/n1/shared" "$H2:$B/n2/shared" "$H3:$B/n3/shared"

# 30 commands at once: node k creates v<k>_<i> and sets shared options
out=$CLUSTER_ROOT/par
mkdir -p "$out"
jobs_pids=()
for n in 1 2 3; do
	for i in 1 2 3 4 5; do
		(gcli "$n" volume create "v${n}_$i" "$H1:$B/n1/v${n}_$i" \
			"$H2:$B/n2/v${n}_$i" "$H3:$B/n3/v${n}_$i" \
			>"$out/c$n.$i" 2>&1; echo $? >>"$out/c$n.$i") &
		jobs_pids+=($!)
		(gcli "$n" volume set shared performance.io-thread-count "$((n * 10 + i))" \
			>"$out/s$n.$i" 2>&1; echo $? >>"$out/s$n.$i") &
		jobs_pids+=($!)
	done
done
# (a bare `wait` would also wait for the glusterds)
wait "${jobs_pids[@]}"
fails=$(for f in "$out"/*; do [ "$(tail -n 1 "$f")" = 0 ] || echo "$f: $(head -n 1 "$f")"; done)
tap_check "all 30 concurrent commands succeeded" test -z "$fails"
[ -z "$fails" ] || tap_diag "$fails"
for n in 1 2 3; do
	tap_check "node $n has the 16 volumes" \
		test "$(gcli "$n" volume list | wc -l)" -eq 16
done
tap_check "node 2's store equals node 1's" stores_agree 2
tap_check "node 3's store equals node 1's" stores_agree 3
tap_check "no lock left: a set from node 3 answers at once" \
	gcli 3 --timeout=5 volume set shared performance.io-thread-count 7

# kill -9 node 3 while nodes 1 and 2 keep setting options
(for i in $(seq 1 20); do
	gcli 1 --timeout=60 volume set v1_1 performance.io-thread-count "$i" >/dev/null 2>&1
	echo $? >>"$out/k1"
done) &
loop=$!
sleep 0.3
kill -KILL "$(gd_pid 3)"
wait "$(gd_pid 3)" 2>/dev/null
unset "GD_PIDS[3]"
wait "$loop"
tap_check "every set during the kill ended (none hung)" test "$(wc -l <"$out/k1")" -eq 20
node3_down() {
	grep -q '^State: Peer in Cluster (Disconnected)$' <<<"$(gcli 1 peer status)"
}
tap_check "node 1 notices node 3 is gone" wait_for 10 node3_down
five_sets() {
	local i
	for i in 1 2 3 4 5; do
		gcli 1 volume set v1_1 performance.io-thread-count "$((40 + i))" \
			>/dev/null || return 1
	done
}
tap_check "sets after the kill succeed on the remaining nodes" five_sets
expect_output "a set on the volume from node 2 works" 0 "volume set: success" "" \
	gcli 2 volume set v1_1 performance.io-thread-count 33
tap_check "node 1 shows node 3 disconnected" \
	grep -q '^State: Peer in Cluster (Disconnected)$' <<<"$(gcli 1 peer status)"
tap_check "restart node 3" gd_start 3
tap_check "node 3 back in the pool" wait_for 30 pool_ready 3
tap_check "node 3 caught up with the changes it missed" wait_for 20 stores_agree 3
tap_check "node 2's store still equals node 1's" stores_agree 2

# kill -9 node 3 during creates (bricks on nodes 1 and 2) and a start
(for i in 1 2 3 4 5 6; do
	gcli 1 --timeout=60 volume create "k$i" "$H1:$B/n1/k$i" "$H2:$B/n2/k$i" \
		>"$out/k2.$i" 2>&1
	echo $? >>"$out/k2"
done) &
loop=$!
(gcli 2 --timeout=60 volume start v2_1 >/dev/null 2>&1; echo $? >"$out/k3") &
loop2=$!
sleep 0.2
kill -KILL "$(gd_pid 3)"
wait "$(gd_pid 3)" 2>/dev/null
unset "GD_PIDS[3]"
wait "$loop" "$loop2"
tap_check "every create and the start during the kill ended" \
	test "$(wc -l <"$out/k2")" -eq 6 -a -s "$out/k3"
# the kill may land in any of the six (how fast they run decides): each
# one succeeded or failed with a message; a create after it succeeds
clear_outcomes() {
	local i rc
	for i in 1 2 3 4 5 6; do
		rc=$(sed -n "${i}p" "$out/k2")
		[ "$rc" = 0 ] && continue
		grep -q '^volume create: k'"$i"': failed: .' "$out/k2.$i" || return 1
	done
}
tap_check "each create during the kill succeeded or failed with a message" \
	clear_outcomes || tap_diag "$(tail -n +1 "$out"/k2.*)"
tap_check "a create after the kill succeeds" \
	gcli 1 --timeout=60 volume create k7 "$H1:$B/n1/k7" "$H2:$B/n2/k7"
tap_check "node 2's store equals node 1's after the kill" stores_agree 2
tap_check "restart node 3 again" gd_start 3
tap_check "node 3 back in the pool again" wait_for 30 pool_ready 3
tap_check "node 3 has the volumes created while it was down" wait_for 20 stores_agree 3
if [ "$(cat "$out/k3")" = 0 ]; then
	v21_running() {
		local f
		for f in "$(gd_run 3)"/vols/v2_1/*.pid; do
			[ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && return 0
		done
		return 1
	}
	tap_check "node 3 starts its brick of the volume started meanwhile" \
		wait_for 20 v21_running
fi
for n in 1 2 3; do
	tap_check "node $n stops cleanly" gd_stop "$n"
done
tap_done
