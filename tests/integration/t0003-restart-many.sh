#!/usr/bin/env bash
# Many volumes: create, list, info, then a restart must give back exactly
# the same volumes (info equal modulo the order of "Options Reconfigured"
# lines, which 10.3 itself does not keep across restarts).
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
. "$HERE/lib/cluster.sh"

NVOL=${NVOL:-40}

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
cluster_init
bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
gd_start 1 || { not_ok "glusterd starts"; tap_done; }
H=$(gd_host 1)
B=$CLUSTER_ROOT/bricks
WD=$(gd_wd 1)

failed=0
for i in $(seq 1 "$NVOL"); do
	mkdir -p "$B/m$i"
	case $((i % 3)) in
	0) layout=(replica 3 "$H:$B/m$i/a" "$H:$B/m$i/b" "$H:$B/m$i/c" force) ;;
	1) layout=("$H:$B/m$i/a" "$H:$B/m$i/b") ;;
	2) layout=(disperse 3 redundancy 1 "$H:$B/m$i/a" "$H:$B/m$i/b" "$H:$B/m$i/c" force) ;;
	esac
	gcli 1 volume create "vol$i" "${layout[@]}" >/dev/null 2>&1 || failed=$((failed + 1))
	if [ $((i % 4)) = 0 ]; then
		gcli 1 volume set "vol$i" performance.cache-size 64MB >/dev/null 2>&1 || failed=$((failed + 1))
		gcli 1 volume set "vol$i" user.tag "v$i" >/dev/null 2>&1 || failed=$((failed + 1))
	fi
done
tap_check "$NVOL volume creates and their sets succeed" test "$failed" = 0

sorted_list() {
	gcli 1 volume list | LC_ALL=C sort
}
expect_output "volume list shows them all" 0 \
	"$(for i in $(seq 1 "$NVOL"); do echo "vol$i"; done | LC_ALL=C sort)" "" \
	sorted_list
tap_check "vols/ has $NVOL directories" \
	test "$(find "$WD/vols" -mindepth 1 -maxdepth 1 -type d | wc -l)" = "$NVOL"

# info with the option block sorted, for an order-independent comparison
info_sorted() {
	gcli 1 volume info 2>&1 | perl -ne '
		if (/^Options Reconfigured:/) { print; $o = 1; next }
		if ($o && /^\S+: /) { push @b, $_; next }
		print sort @b; @b = (); $o = 0; print;
		END { print sort @b }'
}
before=$(info_sorted)
get_before=$(gcli 1 volume get vol4 all 2>&1)
ids_before=$(grep -h '^volume-id=' "$WD"/vols/*/info | sort)
tap_check "info lists $NVOL volumes" test "$(grep -c '^Volume Name: ' <<<"$before")" = "$NVOL"

tap_check "restart" gd_restart 1
after=$(info_sorted)
tap_check "volume info is the same after the restart" test "$before" = "$after"
if [ "$before" != "$after" ]; then
	diff <(printf '%s\n' "$before") <(printf '%s\n' "$after") | head -n 30 | sed 's/^/# /'
fi
tap_check "volume get vol4 all is the same after the restart" \
	test "$get_before" = "$(gcli 1 volume get vol4 all 2>&1)"
tap_check "volume ids are unchanged" \
	test "$ids_before" = "$(grep -h '^volume-id=' "$WD"/vols/*/info | sort)"

expect_output "a restored volume can be deleted" 0 "volume delete: vol1: success" "" \
	gcli 1 volume delete vol1
expect_output "and its name reused" 0 \
	"volume create: vol1: success: please start the volume to access data" "" \
	gcli 1 volume create vol1 "$H:$B/m1/new"

# What a crash can leave in the store (ours goes further than 10.3 here,
# which refuses to start on a volume directory without its info file):
# a new volume's directory is written under a dot name and renamed into
# place, so an interrupted create leaves vols/.<name>.new; a directory
# with no info file is no volume; volfiles written before a crash
# stopped the rest are all written again.
if [ "$GD_IMPL" = ours ]; then
	tap_check "stop for the crash leftovers" gd_stop 1
	mkdir -p "$WD/vols/.half.new/bricks" "$WD/vols/noinfo/bricks"
	echo "hostname=$H" >"$WD/vols/.half.new/bricks/$H:-x"
	echo "hostname=$H" >"$WD/vols/noinfo/bricks/$H:-y"
	fuse_before=$(cat "$WD/vols/vol2/vol2.tcp-fuse.vol")
	rm -f "$WD/vols/vol2/vol2.tcp-fuse.vol" "$WD/vols/vol2/vol2.gfproxyd.vol"
		tap_check "glusterd starts over the leftovers" gd_start 1
	tap_check "the interrupted create's directory is gone" \
		test ! -e "$WD/vols/.half.new"
	expect_output "the volumes are the same, without the one with no info" 0 \
		"$(ls "$WD/vols" | grep -vx noinfo | LC_ALL=C sort)" "" sorted_list
	tap_check "the missing volfiles are back, as they were" \
		test "$fuse_before" = "$(cat "$WD/vols/vol2/vol2.tcp-fuse.vol")" \
		-a -s "$WD/vols/vol2/vol2.gfproxyd.vol"
	tap_check "the log says why" \
		grep -q 'noinfo has no info file' "$(gd_log 1)/glusterd.log"
fi

tap_check "glusterd stops cleanly" gd_stop 1
tap_done
