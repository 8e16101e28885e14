#!/usr/bin/env bash
# `volume status <vol>|all [HOST:BRICK] client-list`, 10.3's way: every
# node answers with the client names its first brick of the volume
# reports (client-count, client<K>.name, <kind>-count), the originator
# copies each node's answer over its own, and the CLI prints a kind of
# client once with its count, any other name with the count printed
# before it (a FUSE mount without a process name is "unknown"); --xml is
# the plain node list. One node with a replica 2 volume r (self-heal
# daemon, a FUSE mount, a client named gfapi) and a distribute volume d
# (a FUSE mount): exact texts before and after the mounts, for the
# volume, a brick and all. With 10.3 at hand the same scenario runs on a
# 10.3 glusterd and every output must be the same once addresses, paths
# and numbers in the XML are normalised; both CLIs print the same for
# our glusterd; and a pool of ours and 10.3 with a client of the 10.3
# node's brick only shows the merge from either side, `status all
# client-list` from 10.3's side included.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.44}
. "$HERE/lib/cluster.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
[ -x /usr/sbin/glusterfs ] || tap_skip_all "no FUSE client (glusterfs-client)"
[ -c /dev/fuse ] || tap_skip_all "no /dev/fuse"
command -v xmllint >/dev/null || tap_skip_all "no xmllint"
cluster_init
MOUNTS=()
trap 'cluster_finish "${MOUNTS[@]}"' EXIT

bricks_mount || tap_skip_all "cannot mount a tmpfs for the bricks"
B=$CLUSTER_ROOT/bricks
OUT=$CLUSTER_ROOT/out
mkdir -p "$OUT"

declare -A IMPL=([1]=$GD_IMPL [2]=ref [3]=ours [4]=ref)
CLIOF=([1]=$CLI_IMPL [2]=ref [3]=ours [4]=ref)
ncli() {
	local n=$1
	shift
	gcli_impl "${CLIOF[$n]}" "$n" "$@"
}

# online N VOL K: K bricks with a port, online, with a pid
online() {
	[ "$(ncli "$1" volume status "$2" 2>/dev/null |
		grep -cE '[0-9]+ +[0-9]+ +Y +[0-9]+')" -eq "$3" ]
}

# connected N VOL K B: B bricks each list K clients
connected() {
	[ "$(ncli "$1" volume status "$2" clients 2>/dev/null |
		grep -c "^Clients connected : $3\$")" -eq "$4" ]
}

# mount_as N VOL TAG [NAME]: a FUSE mount through node N, with the
# process name NAME if given
mount_as() {
	local n=$1 vol=$2 mnt=$CLUSTER_ROOT/mnt-$1-$3 name=()
	[ -z "${4:-}" ] || name=(--process-name "$4")
	mkdir -p "$mnt"
	MOUNTS+=("$mnt")
	timeout 60 /usr/sbin/glusterfs "${name[@]}" \
		--volfile-server="$(gd_host "$n")" --volfile-id="$vol" \
		--log-file="$(gd_log "$n")/mnt-$3.log" "$mnt" &&
		wait_for 30 mountpoint -q "$mnt"
}

# capture N TAG: every form from node N, text and xml
capture() {
	local n=$1 tag=$2 h f x o
	h=$(gd_host "$n")
	for f in "r" "d" "all" "r $h:$B/n$n/r2"; do
		for x in "" --xml; do
			o=${f%% *}
			[ "$f" = "${f#* }" ] || o=r2
			o=$OUT/n$n.$tag.$o${x:+.xml}
			# shellcheck disable=SC2086 # the form is words
			ncli "$n" $x volume status $f client-list >"$o" 2>&1
			echo "rc=$?" >>"$o"
		done
	done
}

# setup N: r (replica 2, with its self-heal daemon connected) and d
# (distribute 2) created and started on node N, nobody mounted
setup() {
	local n=$1 h
	h=$(gd_host "$n")
	mkdir -p "$B/n$n"
	ncli "$n" volume create r replica 2 "$h:$B/n$n/r1" "$h:$B/n$n/r2" \
		force >/dev/null &&
		ncli "$n" volume create d "$h:$B/n$n/d1" "$h:$B/n$n/d2" \
			force >/dev/null &&
		ncli "$n" volume start r >/dev/null &&
		ncli "$n" volume start d >/dev/null &&
		wait_for 30 online "$n" r 2 && wait_for 30 online "$n" d 2 &&
		wait_for 30 connected "$n" r 1 2
}

# mounts N: r mounted plainly, then as "gfapi"; d mounted plainly; one
# after the other, so that the bricks list them in that order
mounts() {
	local n=$1
	mount_as "$n" r plain && wait_for 30 connected "$n" r 2 2 &&
		mount_as "$n" r api gfapi && wait_for 30 connected "$n" r 3 2 &&
		mount_as "$n" d plain-d && wait_for 30 connected "$n" d 1 2
}

DASH=-----------------------------------------------------------------
# block VOL TOTAL [NAME COUNT]...: the text 10.3 prints for a volume
block() {
	local vol=$1 total=$2
	shift 2
	echo "Client connections for volume $vol"
	if [ $# -gt 0 ]; then
		printf '%-48s %15s\n' Name count ----- ------
		printf '%-48s %15d\n' "$@"
	fi
	printf '\ntotal clients for volume %s : %d \n%s\n\n' "$vol" "$total" "$DASH"
}

# set_block VAR VOL TOTAL [NAME COUNT]...: VAR=$(block ...), trailing
# newlines kept
set_block() {
	local var=$1 t
	shift
	t=$(block "$@"; echo .)
	printf -v "$var" '%s' "${t%.}"
}

# is FILE EXPECTED: the capture is the text expected, exit status 0
is() {
	if ! cmp -s "$1" <(printf '%src=0\n' "$2"); then
		diff -u <(printf '%src=0\n' "$2") "$1" | sed 's/^/# /'
		return 1
	fi
}

# xml_nodes FILE N [C]: well-formed (but for the rc line), success, N
# nodes, nodeCount C (default N) and no client in sight
xml_nodes() {
	head -n -1 "$1" | xmllint --noout - && grep -q '<opRet>0</opRet>' "$1" &&
		[ "$(grep -c '<node>' "$1")" -eq "$2" ] &&
		grep -q "<nodeCount>${3:-$2}</nodeCount>" "$1" &&
		! grep -qiE 'glustershd|unknown|gfapi' "$1"
}

gd_start 1 || { not_ok "glusterd starts"; tap_done; }
tap_check "r and d started, the self-heal daemon connected" setup 1
capture 1 idle
T=$OUT/n1.idle
set_block R_IDLE r 1 glustershd 1
set_block D_IDLE d 0
tap_check "idle r: the self-heal daemon" is "$T.r" "$R_IDLE"
tap_check "idle d: no client, no table" is "$T.d" "$D_IDLE"
tap_check "idle all: d then r" is "$T.all" "$D_IDLE$R_IDLE"
tap_check "idle brick r2: the self-heal daemon" is "$T.r2" "$R_IDLE"

tap_check "mounts: r plainly and as gfapi, d plainly" mounts 1
capture 1 mounted
T=$OUT/n1.mounted
set_block R_TEXT r 2 glustershd 1 unknown 1 gfapi 1
set_block D_TEXT d 0 unknown 0
tap_check "r: unknown with the count before it, gfapi counted" \
	is "$T.r" "$R_TEXT"
tap_check "d: unknown with 0, total 0" is "$T.d" "$D_TEXT"
tap_check "all: d then r" is "$T.all" "$D_TEXT$R_TEXT"
tap_check "brick r2: what r2 reports" is "$T.r2" "$R_TEXT"
tap_check "--xml r: the two bricks, no client" xml_nodes "$T.r.xml" 2
tap_check "--xml d: the two bricks, no client" xml_nodes "$T.d.xml" 2
tap_check "--xml brick r2: that brick" xml_nodes "$T.r2.xml" 1
tap_check "--xml all: four bricks, two per volume" xml_nodes "$T.all.xml" 4 2

# --- both CLIs against node 1 ---
normalise() {
	local n=$1
	sed -E -e "s#$B/n$n/#@B@/#g" -e "s#$(gd_host "$n")#@H@#g" \
		-e 's/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/<UUID>/g' \
		-e 's#<(port|tcp|pid)>[0-9]+#<\1>N#'
}
# same_cli TAG FORM XML: our CLI and 10.3's print the same for node 1
same_cli() {
	local t=$1 f=$2 x=$3 impl
	for impl in ours ref; do
		# shellcheck disable=SC2086
		gcli_impl "$impl" 1 $x volume status $f client-list \
			>"$OUT/cli-$impl.$t" 2>&1
		echo "rc=$?" >>"$OUT/cli-$impl.$t"
	done
	cmp -s "$OUT/cli-ref.$t" "$OUT/cli-ours.$t" && return 0
	diff -u "$OUT/cli-ref.$t" "$OUT/cli-ours.$t" | head -n 40 |
		sed 's/^/# /'
	return 1
}
if cluster_have ours && cluster_have ref; then
	i=0
	for f in r d all "r $(gd_host 1):$B/n1/r1"; do
		for x in "" --xml; do
			i=$((i + 1))
			tap_check "status ${f/$B/@B@} client-list ${x:-text}: both CLIs print the same" \
				same_cli "$i" "$f" "$x"
		done
	done
else
	tap_diag "only one CLI at hand: no comparison of the CLIs"
fi

# --- the same scenario on 10.3's glusterd ---
if [ "$GD_IMPL" = ours ] && cluster_have ref && gd_start 2 ref; then
	tap_check "10.3: r and d started" setup 2
	capture 2 idle
	tap_check "10.3: mounts" mounts 2
	capture 2 mounted
	for f in "$OUT"/n1.*; do
		g=$OUT/n2.${f#"$OUT"/n1.}
		normalise 1 <"$f" >"$f.n"
		normalise 2 <"$g" >"$g.n"
		if cmp -s "$g.n" "$f.n"; then
			ok "10.3 prints the same: ${f#"$OUT"/n1.}"
		else
			diff -u "$g.n" "$f.n" | head -n 30 | sed 's/^/# /'
			not_ok "10.3 prints the same: ${f#"$OUT"/n1.}"
		fi
	done
else
	tap_diag "no 10.3 glusterd to compare with"
fi

# --- a pool of ours (3) and 10.3 (4): volume p, a brick on each ---
# only_brick4: a client of node 4's brick only, named gfapi-b
only_brick4() {
	local port vol=$CLUSTER_ROOT/only.vol mnt=$CLUSTER_ROOT/mnt-only
	port=$(ncli 4 --xml volume status p "$(gd_host 4):$B/n4/p" |
		sed -n 's#.*<port>\([0-9]*\)</port>.*#\1#p')
	[ -n "$port" ] || return 1
	cat >"$vol" <<EOF
volume p-client-1
    type protocol/client
    option remote-host $(gd_host 4)
    option remote-port $port
    option remote-subvolume $B/n4/p
    option transport-type socket
end-volume
EOF
	mkdir -p "$mnt"
	MOUNTS+=("$mnt")
	timeout 60 /usr/sbin/glusterfs --process-name gfapi-b -f "$vol" \
		--log-file="$(gd_log 4)/mnt-only.log" "$mnt" &&
		wait_for 30 mountpoint -q "$mnt"
}
pool() {
	gd_start 3 ours && gd_start 4 ref &&
		ncli 4 peer probe "$(gd_host 3)" >/dev/null &&
		wait_for 30 peers_connected 3 1 &&
		wait_for 30 peers_connected 4 1 || return 1
	mkdir -p "$B/n3" "$B/n4"
	ncli 4 volume create p replica 2 "$(gd_host 3):$B/n3/p" \
		"$(gd_host 4):$B/n4/p" force >/dev/null &&
		ncli 4 volume start p >/dev/null &&
		wait_for 30 online 3 p 2 && wait_for 30 connected 3 p 2 2 &&
		mount_as 3 p pool && wait_for 30 connected 3 p 3 2 &&
		only_brick4 && wait_for 30 connected 3 p 4 1
}
if cluster_have ours && cluster_have ref; then
	if tap_check "mixed pool: p started, mounted, a client of node 4's brick" pool; then
		ncli 3 volume status p client-list >"$OUT/pool.3" 2>&1
		echo "rc=$?" >>"$OUT/pool.3"
		ncli 4 volume status p client-list >"$OUT/pool.4" 2>&1
		echo "rc=$?" >>"$OUT/pool.4"
		ncli 4 volume status all client-list >"$OUT/pool.4.all" 2>&1
		echo "rc=$?" >>"$OUT/pool.4.all"
		# ours asks: node 4's longer list is copied over ours
		set_block P3 p 3 glustershd 2 unknown 2 gfapi-b 1
		tap_check "mixed pool, ours asks: node 4's list over ours" is \
			"$OUT/pool.3" "$P3"
		# 10.3 asks: our shorter list over its own, its gfapi-count stays
		set_block P4 p 2 glustershd 2 unknown 2
		tap_check "mixed pool, 10.3 asks: our list over its own" is \
			"$OUT/pool.4" "$P4"
		tap_check "mixed pool, 10.3 asks for all" is \
			"$OUT/pool.4.all" "$P4"
	fi
else
	tap_diag "no mixed pool without both implementations"
fi
tap_done
