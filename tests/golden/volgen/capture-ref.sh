#!/bin/sh
# Capture real GlusterFS 10.3 volfiles as golden data for the volgen tests.
#
# Needs a PRIVATE glusterd 10.3 already running (see README in this
# directory), reachable through the unix socket $GD_SOCK, with its working
# directory $GD_WD and bind address $GD_HOST. Every case below creates one
# volume, applies its `volume set` commands, then copies the store files
# (info, bricks/*) and every volfile into $OUT/<case>/.
#
# usage: capture-ref.sh OUT [case...]
set -eu

OUT=${1:?usage: capture-ref.sh OUT [case...]}
shift
: "${GD_SOCK:=/tmp/ref-vg/gd.sock}"
: "${GD_WD:=/tmp/ref-vg/wd}"
: "${GD_HOST:=127.1.9.4}"
: "${GD_BRICKS:=/tmp/ref-vg/b}"
# glusterd's bind address; empty for a glusterd started without one
: "${GD_BIND=$GD_HOST}"

g() { gluster --glusterd-sock="$GD_SOCK" --mode=script "$@"; }

# bricks VOL N: N brick arguments for VOL
bricks() {
	i=1
	while [ "$i" -le "$2" ]; do
		printf '%s:%s/%s/b%d ' "$GD_HOST" "$GD_BRICKS" "$1" "$i"
		i=$((i + 1))
	done
}

# The volgen context of a captured volume: its name, glusterd's workdir
# and bind address, and each brick's shared-brick-count as 10.3 found it.
write_ctx() {
	printf 'volume=%s\nworkdir=%s\nbind-address=%s\nop-version=100000\n' \
		"$1" "$GD_WD" "$GD_BIND"
	counts=""
	for b in $(sed -n 's/^brick-[0-9]*=//p' "$GD_WD/vols/$1/info"); do
		host=${b%%:*}
		path=${b#*:-}
		n=$(sed -n 's/^ *option shared-brick-count //p' \
			"$GD_WD/vols/$1/$1.$host.$path.vol")
		counts="$counts${counts:+,}$n"
	done
	printf 'shared-brick-count=%s\n' "$counts"
}

# case NAME "create layout" NBRICKS [key=value...]
run_case() {
	name=$1 layout=$2 n=$3 removed=
	shift 3
	if [ -n "$ONLY" ] && ! echo " $ONLY " | grep -q " $name "; then
		return 0
	fi
	# nobind needs a glusterd without bind address, the others one with
	case "$name:$GD_BIND" in
	nobind:?*) return 0 ;;
	nobind:) ;;
	*:) return 0 ;;
	esac
	mkdir -p "$GD_BRICKS/$name"
	# shellcheck disable=SC2086
	g volume create "$name" $layout $(bricks "$name" "$n") force >/dev/null
	for kv in "$@"; do
		case $kv in
		group=*) g volume set "$name" group "${kv#group=}" >/dev/null ;;
		start=*) g volume start "$name" force >/dev/null ;;
		quota=*) g volume quota "$name" enable >/dev/null ;;
		bitrot=*) g volume bitrot "$name" enable >/dev/null ;;
		remove=*)
			removed="$GD_HOST:$GD_BRICKS/$name/b${kv#remove=}"
			g volume remove-brick "$name" "$removed" start >/dev/null
			;;
		*) g volume set "$name" "${kv%%=*}" "${kv#*=}" >/dev/null ;;
		esac
	done
	rm -rf "${OUT:?}/$name"
	mkdir -p "$OUT/$name/bricks"
	cp "$GD_WD/vols/$name/info" "$OUT/$name/info"
	cp "$GD_WD/vols/$name/bricks/"* "$OUT/$name/bricks/"
	cp "$GD_WD/vols/$name/"*.vol "$OUT/$name/"
	write_ctx "$name" >"$OUT/$name/ctx"
	if [ -n "$removed" ]; then
		g volume remove-brick "$name" "$removed" stop >/dev/null
	fi
	if grep -q '^status=1' "$OUT/$name/info"; then
		g volume stop "$name" force >/dev/null
	fi
	echo "captured $name"
}

ONLY="$*"
run_case nobind "replica 3" 6 network.ping-timeout=30 auth.allow=10.1.1.1
run_case single "" 1
run_case dr "replica 3" 6
run_case rep2 "replica 2" 2
run_case darb "replica 3 arbiter 1" 6
run_case dd "disperse 3 redundancy 1" 6
run_case perf1 "" 2 performance.read-ahead=on performance.io-cache=on \
	performance.nl-cache=on performance.readdir-ahead=on \
	performance.cache-size=256MB performance.io-thread-count=32 \
	performance.write-behind-window-size=4MB performance.flush-behind=off \
	performance.md-cache-timeout=10
run_case perf2 "replica 3" 3 performance.write-behind=off \
	performance.quick-read=off performance.stat-prefetch=off \
	performance.open-behind=off performance.client-io-threads=on
run_case prda "replica 3" 6 performance.parallel-readdir=on
run_case net "replica 3" 3 network.ping-timeout=10 network.frame-timeout=600 \
	auth.allow=10.0.0.1 auth.reject=10.0.0.2 server.allow-insecure=off \
	server.event-threads=4 client.event-threads=4 \
	network.inode-lru-limit=50000
run_case feat "" 2 features.cache-invalidation=on \
	features.cache-invalidation-timeout=300 storage.owner-uid=1000 \
	storage.owner-gid=1000 features.shard=on features.shard-block-size=128MB \
	features.ctime=off
run_case diag "replica 3" 3 diagnostics.brick-log-level=DEBUG \
	diagnostics.client-log-level=WARNING \
	diagnostics.latency-measurement=on diagnostics.count-fop-hits=on \
	diagnostics.brick-sys-log-level=ERROR \
	diagnostics.client-log-buf-size=10 diagnostics.brick-log-format=no-msg-id \
	config.brick-threads=8 config.client-threads=4 \
	config.global-threading=on
run_case shd "replica 3" 3 cluster.self-heal-daemon=off \
	cluster.heal-timeout=300 cluster.data-self-heal=off \
	cluster.quorum-type=auto cluster.favorite-child-policy=mtime
run_case dshd "disperse 3 redundancy 1" 3 \
	cluster.disperse-self-heal-daemon=disable cluster.heal-timeout=300 \
	disperse.eager-lock=off
run_case gids "" 2 server.manage-gids=on server.root-squash=on
run_case dbg "" 2 debug.trace=posix debug.error-gen=client
run_case ro "" 2 features.read-only=on
run_case worm "" 2 features.worm=on
run_case samba "replica 3" 3 group=samba
run_case misc "" 2 changelog.changelog=on features.trash=on \
	features.acl=disable cluster.nufa=on features.uss=on
run_case prda2 "replica 3" 6 performance.parallel-readdir=on \
	performance.readdir-ahead=on
run_case prda3 "replica 3" 6 performance.readdir-ahead=on \
	performance.parallel-readdir=on performance.rda-cache-limit=1MB \
	performance.rda-request-size=64KB
run_case prda4 "" 2 performance.parallel-readdir=on \
	performance.readdir-ahead=off
run_case ssl "" 2 client.ssl=on server.ssl=on ssl.cipher-list=HIGH \
	auth.ssl-allow=alice,bob ssl.certificate-depth=3
run_case ta "replica 2 thin-arbiter 1" 3
run_case svc "replica 3" 3 start=1 quota=on bitrot=on
run_case userxl "" 2 user.xlator.foo=posix user.xlator.foo.opt1=v1
run_case feat2 "" 2 features.cloudsync=on features.sdfs=on \
	features.tag-namespaces=on network.compression=on ctime.noatime=off \
	storage.reserve=5 features.enforce-mandatory-lock=on \
	locks.mandatory-locking=forced
run_case uss "" 2 features.uss=on auth.allow=10.0.0.5 server.ssl=on \
	ssl.cipher-list=HIGH diagnostics.brick-log-level=WARNING start=1
run_case decom "" 3 start=1 remove=2
run_case ddpr "disperse 3 redundancy 1" 6 performance.parallel-readdir=on \
	performance.readdir-ahead=on
run_case gluster_shared_storage "replica 3" 3
run_case qssl "" 2 client.ssl=on ssl.cipher-list=HIGH start=1 quota=on
run_case nufa2 "" 2 cluster.nufa=on cluster.local-volume-name=nufa2-client-0
