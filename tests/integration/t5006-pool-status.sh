#!/usr/bin/env bash
# `volume status` in a pool: every form gathers every node's share. A
# replica 2 volume with a brick on each of two nodes; from each node,
# the plain form, detail, clients, mem, inode, fd, callpool, shd and a
# single brick (its own and the other node's, with and without mem)
# show both nodes' bricks and daemons, with what the remote brick says
# of itself. With 10.3 at hand, the same scenario runs on a pool of two
# 10.3 glusterds and every output must match ours once numbers, uuids,
# hosts and paths are normalised, printed by either CLI; then a mixed
# pool (ours and 10.3) shows the remote brick's memory from both sides.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.57}
. "$HERE/lib/cluster.sh"

cluster_have ours || tap_skip_all "no binaries of ours"
command -v xmllint >/dev/null || tap_skip_all "no xmllint"
cluster_init
trap 'cluster_finish' EXIT

bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
B=$CLUSTER_ROOT/bricks
OUT=$CLUSTER_ROOT/out
mkdir -p "$OUT"
HAVE_REF=
cluster_have ref && HAVE_REF=1

# pool A B IMPL_A IMPL_B: node B joins node A; volume sv, one brick each
pool() {
	local a=$1 b=$2
	gd_start "$a" "$3" && gd_start "$b" "$4" || return 1
	gcli_impl ref "$a" peer probe "$(gd_host "$b")" >/dev/null &&
		wait_for 30 peers_connected "$a" 1 &&
		wait_for 30 peers_connected "$b" 1 || return 1
	mkdir -p "$B/$a" "$B/$b"
	gcli_impl ref "$a" volume create sv replica 2 \
		"$(gd_host "$a"):$B/$a/brick" "$(gd_host "$b"):$B/$b/brick" \
		force >/dev/null &&
		gcli_impl ref "$a" volume start sv >/dev/null
}

# online N: both bricks and both self-heal daemons are up, seen from N
online() {
	[ "$(gcli_impl ref "$1" volume status sv 2>/dev/null |
		grep -cE ' Y +[0-9]+ *$')" -eq 4 ]
}

# settled N: both daemons are clients of both bricks, seen from N
settled() {
	[ "$(gcli_impl ref "$1" volume status sv clients 2>/dev/null |
		grep -c '^Clients connected : 2$')" -eq 2 ]
}

# The forms, by a file-name tag; BRICK_A/BRICK_B: the two bricks.
forms() {
	local a=$1 b=$2
	printf '%s\n' "plain|" "detail|detail" "clients|clients" "mem|mem" \
		"inode|inode" "fd|fd" "callpool|callpool" "shd|shd" \
		"own|$(gd_host "$a"):$B/$a/brick" \
		"other|$(gd_host "$b"):$B/$b/brick" \
		"other-mem|$(gd_host "$b"):$B/$b/brick mem"
}

# capture CLI A B: every form from node A and from node B, text and xml
capture() {
	local cli=$1 a=$2 b=$3 tag form n
	for n in "$a" "$b"; do
		while IFS='|' read -r tag form; do
			# shellcheck disable=SC2086 # the form is words
			gcli_impl "$cli" "$n" volume status sv $form \
				>"$OUT/$cli.$a.$n.$tag.text" 2>&1
			echo "rc=$?" >>"$OUT/$cli.$a.$n.$tag.text"
			# shellcheck disable=SC2086
			gcli_impl "$cli" "$n" --xml volume status sv $form \
				>"$OUT/$cli.$a.$n.$tag.xml" 2>&1
		done < <(forms "$a" "$b")
	done
}

# normalise A B: the pool's first node is HA, its second HB
normalise() {
	sed -E "s/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/UUID/g
		s#$B/$1/#BA/#g; s#$B/$2/#BB/#g
		s/$(gd_host "$1" | sed 's/\./\\./g')/HA/g
		s/$(gd_host "$2" | sed 's/\./\\./g')/HB/g
		s/[0-9]+/N/g; s/ +/ /g; s/ +$//"
}

# inode and callpool dumps vary in length with the bricks' inner state:
# only their frame is compared
frame() {
	case $1 in
	inode | callpool)
		grep -E '^(Brick|Inode tables|Pending calls for|Connection|rc=)|<(hostname|path|volName|nodeCount)>' ;;
	*) cat ;;
	esac
}

# --- our pool: nodes 1 and 2 ---
tap_check "our pool of two: probe, create, start" pool 1 2 ours ours
tap_check "bricks and self-heal daemons online on both" wait_for 60 online 1
tap_check "... seen from node 2 too" wait_for 30 online 2
tap_check "both daemons connected to both bricks" wait_for 60 settled 1
capture ours 1 2
capture ref 1 2
for n in 1 2; do
	for cli in ours ref; do
		T=$OUT/$cli.1.$n
		# (a long brick name wraps: its numbers end the next line)
		tap_check "from node $n ($cli CLI): plain status lists both bricks" \
			test "$(grep -E ' Y +[0-9]+ *$' "$T.plain.text" |
				grep -vc '^Self-heal')" -eq 2
		tap_check "from node $n ($cli CLI): two self-heal daemons" \
			test "$(grep -c '^Self-heal Daemon on ' "$T.plain.text")" -eq 2
		tap_check "from node $n ($cli CLI): detail of both bricks" \
			test "$(grep -c '^File System *: tmpfs' "$T.detail.text")" -eq 2
		tap_check "from node $n ($cli CLI): clients of both bricks" \
			test "$(grep -c '^Clients connected : 2$' "$T.clients.text")" -eq 2
		tap_check "from node $n ($cli CLI): memory of both bricks" \
			test "$(grep -cE '^Arena +: [0-9]+' "$T.mem.text")" -eq 2
		tap_check "from node $n ($cli CLI): inode tables of both bricks" \
			test "$(grep -c '^Active Inodes' "$T.inode.text")" -ge 2
		tap_check "from node $n ($cli CLI): pending calls of both bricks" \
			test "$(grep -c '^Pending calls: ' "$T.callpool.text")" -eq 2
		tap_check "from node $n ($cli CLI): shd lists both daemons" \
			test "$(grep -cE '^Self-heal Daemon on .* Y +[0-9]+ *$' "$T.shd.text")" -eq 2
		tap_check "from node $n ($cli CLI): the other node's brick is online" \
			grep -qE '^[^ ].* Y +[0-9]+ *$' "$T.other.text"
		tap_check "from node $n ($cli CLI): the other node's brick's memory" \
			grep -qE '^Arena +: [0-9]+' "$T.other-mem.text"
		tap_check "from node $n ($cli CLI): no task list for a brick" \
			sh -c "! grep -q '^Task Status' '$T.other.text'"
		bad=
		for f in "$T".*.xml; do
			xmllint --noout "$f" 2>/dev/null || bad="$bad ${f##*/}"
		done
		tap_check "from node $n ($cli CLI): all XML well-formed${bad:+:$bad}" \
			test -z "$bad"
	done
done
tap_check "status is in the command history" \
	grep -q 'volume status sv mem : SUCCESS' "$(gd_log 1)/cmd_history.log"

if [ -n "$HAVE_REF" ]; then
	# --- 10.3's pool: nodes 3 and 4, the same scenario ---
	tap_check "10.3 pool of two: probe, create, start" pool 3 4 ref ref
	tap_check "10.3: bricks and daemons online" wait_for 60 online 3
	tap_check "10.3: daemons connected to the bricks" wait_for 60 settled 3
	capture ref 3 4
	for cli in ours ref; do
		for side in 1 2; do
			n3=$((side + 2))
			while IFS='|' read -r tag _; do
				for m in text xml; do
					frame "$tag" <"$OUT/$cli.1.$side.$tag.$m" |
						normalise 1 2 >"$OUT/cmp.ours"
					frame "$tag" <"$OUT/ref.3.$n3.$tag.$m" |
						normalise 3 4 >"$OUT/cmp.ref"
					if cmp -s "$OUT/cmp.ref" "$OUT/cmp.ours"; then
						ok "from node $side, $tag ($m, $cli CLI) as 10.3's pool"
					else
						not_ok "from node $side, $tag ($m, $cli CLI) as 10.3's pool"
						diff -u "$OUT/cmp.ref" "$OUT/cmp.ours" |
							head -n 30 | sed 's/^/# /'
					fi
				done
			done < <(forms 1 2)
		done
	done

	# --- mixed: ours (5) and 10.3 (6) ---
	tap_check "mixed pool: 10.3 joins ours, create, start" pool 5 6 ours ref
	tap_check "mixed: all online from our node" wait_for 60 online 5
	tap_check "mixed: all online from 10.3's node" wait_for 30 online 6
	tap_check "mixed: daemons connected to the bricks" wait_for 60 settled 6
	for n in 5 6; do
		tap_check "mixed, from node $n: memory of both bricks" sh -c \
			"test \$(/usr/sbin/gluster --glusterd-sock='$(gd_sock "$n")' volume status sv mem |
				grep -cE '^Arena +: [0-9]+') -eq 2"
		tap_check "mixed, from node $n: clients of both bricks" sh -c \
			"test \$(/usr/sbin/gluster --glusterd-sock='$(gd_sock "$n")' volume status sv clients |
				grep -c '^Clients connected : 2$') -eq 2"
	done
	tap_check "mixed, from our node: 10.3's brick alone" sh -c \
		"/usr/sbin/gluster --glusterd-sock='$(gd_sock 5)' volume status sv \
			'$(gd_host 6):$B/6/brick' | grep -qE ' Y +[0-9]+ *$'"
	tap_check "mixed, from 10.3's node: our brick alone" sh -c \
		"/usr/sbin/gluster --glusterd-sock='$(gd_sock 6)' volume status sv \
			'$(gd_host 5):$B/5/brick' | grep -qE ' Y +[0-9]+ *$'"
else
	tap_diag "GlusterFS 10.3 not available: no comparison, no mixed pool"
fi

tap_done
