#!/usr/bin/env bash
# A pool of three of our glusterds on 127.x.y.1-3: probe, peer status and
# pool list from every node, a replica 3 volume with a brick on each node
# created from node 1, an option set from node 2 and seen everywhere,
# started from node 3 (each node starts its own brick), FUSE-mounted and
# written, files on all three bricks; a glusterd restart reconnects;
# stop, delete, detach.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.50}
. "$HERE/lib/cluster.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
[ -x /usr/sbin/glusterfs ] || tap_skip_all "no FUSE client (glusterfs-client)"
[ -c /dev/fuse ] || tap_skip_all "no /dev/fuse"
cluster_init

MNT=
trap 'cluster_finish "$MNT"' EXIT

bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
B=$CLUSTER_ROOT/bricks
H1=$(gd_host 1) H2=$(gd_host 2) H3=$(gd_host 3)
for n in 1 2 3; do
	gd_start "$n" || { not_ok "glusterd node $n starts"; tap_done; }
done


# node N sees K peers, all "Peer in Cluster (Connected)"
pool_ready() {
	peers_connected "$1" "$2" &&
		grep -qx "Number of Peers: $2" <<<"$(gcli "$1" peer status)"
}

expect_output "probe node 2 from node 1" 0 "peer probe: success" "" \
	gcli 1 peer probe "$H2"
expect_output "probe node 3 from node 1" 0 "peer probe: success" "" \
	gcli 1 peer probe "$H3"
for n in 1 2 3; do
	tap_check "node $n: two peers in cluster, connected" wait_for 30 pool_ready "$n" 2
done
expect_output "probe of a known peer" 0 \
	"peer probe: Host $H2 port 24007 already in peer list" "" \
	gcli 1 peer probe "$H2"
expect_output "probe of node 1 from node 3 (known by its address)" 0 \
	"peer probe: Host $H1 port 24007 already in peer list" "" \
	gcli 3 peer probe "$H1"

for n in 1 2 3; do
	out=$(gcli "$n" pool list)
	tap_check "pool list on node $n: three nodes, all connected" \
		test "$(grep -cE '	Connected $' <<<"$out")" -eq 3
	tap_check "pool list on node $n names localhost last" \
		test "$(tail -n 1 <<<"$out" | cut -f2 | tr -d ' ')" = localhost
done
uuid3=$(gcli 3 system:: uuid get | awk '{print $2}')
tap_check "node 1 knows node 3 by its uuid" \
	grep -q "^Uuid: $uuid3\$" <<<"$(gcli 1 peer status)"
tap_check "peers/ on node 2 holds two uuid files in state 3" \
	test "$(grep -l '^state=3$' "$(gd_wd 2)"/peers/* | wc -l)" -eq 2

mkdir -p "$B"/n1 "$B"/n2 "$B"/n3
expect_output "create a replica 3 volume across the pool from node 1" 0 \
	"volume create: rv: success: please start the volume to access data" "" \
	gcli 1 volume create rv replica 3 "$H1:$B/n1/b" "$H2:$B/n2/b" "$H3:$B/n3/b"
for n in 2 3; do
	tap_check "node $n has the volume in its store" test -f "$(gd_wd "$n")/vols/rv/info"
done
tap_check "volume info is the same on nodes 1 and 3" \
	diff <(gcli 1 volume info rv) <(gcli 3 volume info rv)
tap_check "each brick records its node's uuid (node 3's brick)" \
	grep -q "^uuid=$uuid3\$" "$(gd_wd 1)/vols/rv/bricks/$H3:${B//\//-}-n3-b"
expect_output "create with an unknown host fails" 1 "" \
	"volume create: bad: failed: Host 127.9.9.9 is not in 'Peer in Cluster' state" \
	gcli 1 volume create bad "$H1:$B/n1/x" "127.9.9.9:$B/n2/x"

expect_output "set an option from node 2" 0 "volume set: success" "" \
	gcli 2 volume set rv performance.read-ahead off
for n in 1 3; do
	tap_check "node $n sees the option" \
		grep -q '^performance.read-ahead *off' <<<"$(gcli "$n" volume get rv performance.read-ahead)"
done
tap_check "the info files agree on all nodes" \
	sh -c "cmp '$(gd_wd 1)/vols/rv/info' '$(gd_wd 2)/vols/rv/info' &&
		cmp '$(gd_wd 1)/vols/rv/info' '$(gd_wd 3)/vols/rv/info'"

expect_output "start from node 3" 0 "volume start: rv: success" "" \
	gcli 3 volume start rv
brick_running() {
	local f
	for f in "$(gd_run "$1")"/vols/rv/*.pid; do
		[ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && return 0
	done
	return 1
}
for n in 1 2 3; do
	tap_check "node $n runs its own brick" wait_for 20 brick_running "$n"
done

# every node's bricks and daemons, as seen from node 2
status_complete() {
	local out
	out=$(gcli 2 volume status rv 2>/dev/null) || return 1
	[ "$(grep -cE '[0-9]+ +[0-9]+ +Y +[0-9]+' <<<"$out")" -eq 3 ] &&
		[ "$(grep -cE '^Self-heal Daemon on .* Y +[0-9]+' <<<"$out")" -eq 3 ]
}
tap_check "volume status from node 2 shows 3 bricks and 3 self-heal daemons online" \
	wait_for 30 status_complete
out=$(gcli 2 volume status rv)
for h in localhost "$H1" "$H3"; do
	tap_check "node 2's status names the self-heal daemon on $h" \
		grep -q "^Self-heal Daemon on $h " <<<"$out"
done
tap_check "status --xml from node 3 lists six nodes" \
	test "$(gcli 3 --xml volume status rv | grep -c '<node>')" -eq 6
out=$(gcli 1 volume status rv detail)
tap_check "status detail from node 1 has the three bricks with their file system" \
	test "$(grep -c '^File System *: tmpfs' <<<"$out")" -eq 3
tap_check "... and node 3's brick online" \
	grep -q "^Brick *: Brick $H3:" <<<"$out"

MNT=$CLUSTER_ROOT/mnt
mkdir -p "$MNT"
tap_check "FUSE mount through node 2" sh -c "timeout 60 /usr/sbin/glusterfs \
	--volfile-server=$H2 --volfile-id=rv --log-file=$(gd_log 2)/mnt.log $MNT"
tap_check "mount is up" wait_for 30 mountpoint -q "$MNT"
for i in 1 2 3 4 5; do
	head -c $((3000 * i)) /dev/urandom >"$MNT/f$i" 2>/dev/null
done
sum_mnt=$(cd "$MNT" && md5sum f1 f2 f3 f4 f5 2>/dev/null)
for n in 1 2 3; do
	tap_check "node $n's brick holds the same five files" \
		wait_for 20 eval 'test "$(cd "$B/n$n/b" && md5sum f1 f2 f3 f4 f5 2>/dev/null)" = "$sum_mnt"' 
done
umount "$MNT" && MNT=

tap_check "restart node 2" gd_restart 2
for n in 1 2 3; do
	tap_check "node $n: pool reconnected after the restart" wait_for 30 pool_ready "$n" 2
done

expect_output "stop from node 1" 0 "volume stop: rv: success" "" \
	gcli 1 volume stop rv
expect_output "delete from node 2" 0 "volume delete: rv: success" "" \
	gcli 2 volume delete rv
for n in 1 2 3; do
	tap_check "node $n forgot the volume" test ! -e "$(gd_wd "$n")/vols/rv"
done

expect_output "detach node 3 from node 1" 0 "peer detach: success" "" \
	gcli 1 peer detach "$H3"
tap_check "node 1: one peer left" wait_for 20 pool_ready 1 1
tap_check "node 2: one peer left" wait_for 20 pool_ready 2 1
expect_output "node 3 is alone" 0 "Number of Peers: 0" "" gcli 3 peer status
tap_check "node 3's peers/ is empty" test -z "$(ls -A "$(gd_wd 3)/peers" 2>/dev/null)"
expect_output "detach of an unknown host" 1 "" \
	"peer detach: failed: 127.9.9.9 is not part of cluster" \
	gcli 1 peer detach 127.9.9.9
expect_output "probe of an unreachable host" 1 "" \
	"peer probe: failed: Probe returned with Transport endpoint is not connected" \
	gcli 1 peer probe "$GD_NET.9"

for n in 1 2 3; do
	tap_check "node $n stops cleanly" gd_stop "$n"
done
tap_done
