#!/usr/bin/env bash
# Install, build, start OUR glusterd with all its state in ./qs/, create,
# start and FUSE-mount (on ./qs/mnt) a demo volume.
#
#   ./quickstart.sh         install + build + start glusterd, create, start
#                           and mount volume "demo"
#   ./quickstart.sh stop    stop the daemon (by pid) and remove ./qs/
#
# The daemon listens on 127.1.0.1:24007 and on the unix socket
# ./qs/glusterd.sock; nothing under /var/lib/glusterd is touched.
# Environment: BUILD_DIR (default ./build), QS_HOST (default 127.1.0.1),
# QS_NO_INSTALL=1 (no apt-get), QS_NO_BUILD=1 (use BUILD_DIR as it is).
set -uo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$SRC" || exit 1
QS=$SRC/qs
HOST=${QS_HOST:-127.1.0.1}
BUILD=${BUILD_DIR:-$SRC/build}
GLUSTERD=$BUILD/glusterd/glusterd
GLUSTER=$BUILD/cli/gluster

die() {
	echo "quickstart: $*" >&2
	exit 1
}

g() {
	"$GLUSTER" --glusterd-sock="$QS/glusterd.sock" --mode=script "$@"
}

qs_stop() {
	local pid f i
	if [ -r "$QS/glusterd.pid" ]; then
		pid=$(tr -dc 0-9 <"$QS/glusterd.pid")
		if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
			kill -TERM "$pid"
			for i in $(seq 1 100); do
				kill -0 "$pid" 2>/dev/null || break
				sleep 0.1
			done
			kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
			echo "stopped glusterd (pid $pid)"
		fi
	fi
	# processes the daemon started (bricks, ...), by their pid files
	if [ -d "$QS/run" ]; then
		while IFS= read -r f; do
			pid=$(tr -dc 0-9 <"$f")
			if [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$QS"; then
				kill -TERM "$pid" 2>/dev/null && echo "stopped pid $pid ($(basename "$f"))"
			fi
		done < <(find "$QS/run" -name '*.pid' -type f)
	fi
	awk -v r="$QS" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts | sort -r |
		while IFS= read -r m; do
			umount "$m" 2>/dev/null || umount -l "$m"
		done
	rm -rf "$QS"
	echo "removed $QS"
}

qs_build() {
	. "$SRC/scripts/deps.sh"
	if [ -z "${QS_NO_INSTALL:-}" ]; then
		deps_install all || die "package installation failed"
	fi
	if [ ! -x configure ]; then
		autoreconf -fi || die "autoreconf failed"
	fi
	mkdir -p "$BUILD"
	if [ ! -f "$BUILD/Makefile" ]; then
		(cd "$BUILD" && "$SRC/configure" -q) || die "configure failed"
	fi
	echo "building (make -j2 in $BUILD) ..."
	make -C "$BUILD" -j2 >"$BUILD/quickstart-make.log" 2>&1 ||
		{ tail -n 30 "$BUILD/quickstart-make.log"; die "build failed (log: $BUILD/quickstart-make.log)"; }
	[ -x "$GLUSTERD" ] && [ -x "$GLUSTER" ] || die "build produced no $GLUSTERD / $GLUSTER"
}

qs_start() {
	local vol pid i
	if [ -r "$QS/glusterd.pid" ] && kill -0 "$(tr -dc 0-9 <"$QS/glusterd.pid")" 2>/dev/null; then
		die "already running (pid $(cat "$QS/glusterd.pid")); use ./quickstart.sh stop first"
	fi
	mkdir -p "$QS/wd" "$QS/run" "$QS/log" "$QS/bricks"
	vol=$SRC/extras/glusterd.vol
	[ -r "$vol" ] || vol=/etc/glusterfs/glusterd.vol
	cp "$vol" "$QS/glusterd.vol"
	setsid "$GLUSTERD" -N -p "$QS/glusterd.pid" --log-file="$QS/log/glusterd.log" \
		-f "$QS/glusterd.vol" \
		--xlator-option "management.working-directory=$QS/wd" \
		--xlator-option "management.transport.socket.bind-address=$HOST" \
		--xlator-option "management.run-directory=$QS/run" \
		--xlator-option "management.logging-directory=$QS/log" \
		--xlator-option "management.glusterd-sockfile=$QS/glusterd.sock" \
		</dev/null >>"$QS/log/glusterd.out" 2>&1 &
	pid=$!
	for i in $(seq 1 100); do
		if [ -S "$QS/glusterd.sock" ] && g volume list >/dev/null 2>&1; then
			break
		fi
		kill -0 "$pid" 2>/dev/null || die "glusterd exited; see $QS/log/"
		sleep 0.1
	done
	[ -S "$QS/glusterd.sock" ] || die "glusterd did not come up; see $QS/log/"
	[ -s "$QS/glusterd.pid" ] || echo "$pid" >"$QS/glusterd.pid"
	echo "glusterd running: pid $(cat "$QS/glusterd.pid"), $HOST:24007, socket $QS/glusterd.sock"

	# bricks on a tmpfs so that the root-partition check passes without force
	local force=
	if ! mount -t tmpfs -o size=64m tmpfs "$QS/bricks" 2>/dev/null; then
		force=force
	fi
	mkdir -p "$QS/bricks/demo"
	g volume create demo "$HOST:$QS/bricks/demo/b1" "$HOST:$QS/bricks/demo/b2" $force ||
		die "volume create failed"
	g volume start demo || die "volume start failed"
	# the real FUSE client, served its volfile by our glusterd
	mkdir -p "$QS/mnt"
	if [ -x /usr/sbin/glusterfs ] && [ -c /dev/fuse ]; then
		/usr/sbin/glusterfs --volfile-server="$HOST" --volfile-id=demo \
			--log-file="$QS/log/mnt-demo.log" "$QS/mnt" ||
			die "mounting demo failed; see $QS/log/mnt-demo.log"
		for _ in $(seq 1 100); do
			mountpoint -q "$QS/mnt" && break
			sleep 0.1
		done
		echo "hello from gluster-mgmt" >"$QS/mnt/hello.txt" &&
			echo "demo is mounted on $QS/mnt (wrote hello.txt)"
	else
		echo "no FUSE client or /dev/fuse: demo is started but not mounted"
	fi
}

qs_usage() {
	cat <<EOF

Try it:
  $GLUSTER --glusterd-sock=$QS/glusterd.sock volume info
  $GLUSTER --glusterd-sock=$QS/glusterd.sock volume status demo
  ls $QS/mnt                      # the FUSE mount of demo
  $GLUSTER --glusterd-sock=$QS/glusterd.sock volume set demo performance.cache-size 256MB
  $GLUSTER --glusterd-sock=$QS/glusterd.sock volume get demo all
  $GLUSTER --glusterd-sock=$QS/glusterd.sock --xml volume list
  /usr/sbin/gluster --glusterd-sock=$QS/glusterd.sock volume info   # GlusterFS 10.3's CLI works too

State: $QS/wd (the store), logs: $QS/log/
Stop and clean up: ./quickstart.sh stop
EOF
}

case ${1:-start} in
stop) qs_stop ;;
start)
	[ -n "${QS_NO_BUILD:-}" ] || qs_build
	qs_start
	g volume info demo
	qs_usage
	;;
*)
	echo "usage: $0 [start|stop]" >&2
	exit 2
	;;
esac
