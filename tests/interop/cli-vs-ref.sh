#!/bin/bash
# cli-vs-ref.sh: our gluster CLI against Debian's 10.3 gluster CLI, both
# talking to a private, real 10.3 glusterd (TAP output).
#
# The command list below runs twice on a fresh reference glusterd (same
# root, same address): once with /usr/sbin/gluster, once with ours. For
# every command stdout, stderr and the exit code must be identical after
# normalising uuids, ports, pids and disk figures. Lines of the list:
#   T <args>   text mode      X <args>   --xml      B <args>   both
#
# usage: cli-vs-ref.sh [OUR_GLUSTER] [--update-golden]
#   OUR_GLUSTER defaults to $builddir/cli/gluster (or ./cli/gluster).
#   --update-golden writes the normalised 10.3 outputs to
#   tests/golden/cli/ref-outputs.txt.
set -u

here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/../.." && pwd)
ours=${1:-${builddir:-.}/cli/gluster}
update=false
[ "${2:-}" = --update-golden ] && update=true
ref_cli=/usr/sbin/gluster
ref_gd=/usr/sbin/glusterd

if [ ! -x "$ref_cli" ] || [ ! -x "$ref_gd" ] || [ ! -x "$ours" ]; then
	echo "1..0 # SKIP needs $ref_cli, $ref_gd and $ours"
	exit 0
fi

root=$(mktemp -d /tmp/cli-vs-ref.XXXXXX)
host=127.1.77.$(( (RANDOM % 200) + 20 ))
gd_pid=

stop_gd() {
	# bricks and daemons the reference started write pidfiles in run/
	for f in $(find "$root/run" -name '*.pid' 2>/dev/null); do
		p=$(cat "$f" 2>/dev/null)
		[ -n "$p" ] && grep -qs "$root" "/proc/$p/cmdline" &&
			kill "$p" 2>/dev/null
	done
	if [ -n "$gd_pid" ]; then
		kill "$gd_pid" 2>/dev/null
		for _ in $(seq 50); do
			kill -0 "$gd_pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -9 "$gd_pid" 2>/dev/null
	fi
	gd_pid=
}
cleanup() { stop_gd; rm -rf "$root"; }
trap cleanup EXIT INT TERM

start_gd() {
	rm -rf "$root/wd" "$root/run" "$root/b" "$root/log" "$root/gd.sock"
	mkdir -p "$root/wd" "$root/run" "$root/b" "$root/log"
	cp /etc/glusterfs/glusterd.vol "$root/glusterd.vol" 2>/dev/null ||
		cp /etc/glusterfs/glusterd.vol.dpkg-new "$root/glusterd.vol"
	"$ref_gd" -N -f "$root/glusterd.vol" -p "$root/pid" \
		--log-file="$root/log/gd.log" \
		--xlator-option management.working-directory="$root/wd" \
		--xlator-option management.transport.socket.bind-address="$host" \
		--xlator-option management.run-directory="$root/run" \
		--xlator-option management.glusterd-sockfile="$root/gd.sock" \
		>/dev/null 2>&1 &
	gd_pid=$!
	for _ in $(seq 100); do
		[ -S "$root/gd.sock" ] && return 0
		sleep 0.1
	done
	echo "Bail out! reference glusterd did not start"
	exit 1
}

B="$host:$root/b"
commands() {
	cat <<LIST
T help
T volume help
T peer help
T global help
T snapshot help
T volume bitrot help
T volume quota help
T volume
T volume foo
T foo
T peer
T system:: uuid
T volume create
T volume info a b
T peer probe
T volume set x
T volume start
T volume quota x
T volume log rotate x
B volume list
B volume info
B volume info nosuch
B volume status
B peer status
B pool list
T volume create all $B/x
T volume create a.b $B/x
T volume create -x $B/x
T volume create a/b $B/x
T volume create volume $B/x
T volume create e1 localhost:/tmp/x
T volume create e1 127.0.0.1:/tmp/x
T volume create e1 0.1.2.3:/tmp/x
T volume create e1 $B/q $B/q/
T volume create e1 h1
T volume create e1 h1:rel
T volume create e1 replica 1 $B/x
T volume create e1 replica x $B/x
T volume create e1 replica 2 replica 2 $B/x
T volume create e1 disperse 3 replica 2 $B/x
T volume create e1 replica 3 arbiter 2 $B/x
T volume create e1 arbiter 1 $B/x
T volume create e1 replica 2 thin-arbiter 2 $B/x
T volume create e1 disperse 2 $B/x
T volume create e1 disperse-data 1 $B/x
T volume create e1 redundancy 0 $B/x
T volume create e1 disperse 4 redundancy 2 $B/x $B/y $B/z $B/w
T volume create e1 disperse 4 disperse-data 2 redundancy 1 $B/x
T volume create e1 disperse-data 2 $B/x $B/y $B/z $B/w $B/v
T volume create e1 disperse $B/x $B/y
T volume create e1 disperse 3 $B/x $B/y
T volume create e1 transport foo $B/x
T volume create e1 $B/x force extra
T volume create e1 $B/x replica 2
T volume create e1 $B/root1
X volume create e1 $B/root1
X volume create all $B/x
X volume foo
X volume start
T volume create v1 $B/v1b1 force
X volume create v2 replica 3 $B/r1 $B/r2 $B/r3 force
T volume create v3 replica 3 arbiter 1 $B/a1 $B/a2 $B/a3 force
T volume create v4 replica 2 arbiter 1 $B/c1 $B/c2 $B/c3 force
T volume create v5 disperse 3 $B/d1 $B/d2 $B/d3 force
T volume create v6 disperse 6 redundancy 2 $B/e1 $B/e2 $B/e3 $B/e4 $B/e5 $B/e6 force
T volume create v7 disperse-data 2 redundancy 1 transport tcp $B/f1 $B/f2 $B/f3 force
T volume create v8 replica 2 $B/g1 $B/g2 $B/g3 $B/g4 force
T volume create v9 disperse 4 $B/j1 $B/j2 $B/j3 $B/j4 force
T volume create v10 $B//k1/ $B/k2 force
T volume create v1 $B/v1b1 force
X volume create v1 $B/v1b1 force
B volume list
B volume info
B volume info v3
B volume info v6
B volume info v8
B volume info v10
T volume set v1 performance.cache-size 256MB
X volume set v1 nfs.disable on
T volume set v1 nosuch.key val
X volume set v1 nosuch.key val
T volume set v1 group samba
T volume set v1 group nosuchgroup
T volume set all cluster.daemon-log-level INFO
T volume set nosuch nfs.disable on
T volume set v1 a
B volume info v1
B volume get v1 performance.cache-size
B volume get v1 nosuch.key
B volume get all cluster.op-version
B volume get nosuch nfs.disable
T volume get v1
T volume reset v1 performance.cache-size
X volume reset v1 nfs.disable
T volume reset v1 nfs.disable force
T volume reset v1 nosuch.key
T volume reset nosuch
T volume reset v1
B volume info v1
T volume start v1 force
T volume start v1
X volume start v1
B volume status v1
B volume status v2
B volume status nosuch
B volume status
B volume status all
T volume status v1 foo
B volume status v1 detail
B volume status v1 clients
B volume status all detail
X volume status v1 nfs
T volume stop v2
X volume stop v2 force
T volume delete nosuch
X volume delete nosuch
T volume delete v1
T volume delete v9
X volume delete v7
B volume list
T peer probe $host
X peer probe $host
T peer detach $host
X peer detach $host force
B system:: uuid get
T system:: getspec v3
T system:: getspec nosuch
X system:: getspec v3
T system:: getwd
T volume set help
T volume heal v2 enable
T volume add-brick v2 $B/n1
T volume add-brick v2 replica 4 arbiter 1 $B/n5 force
T volume remove-brick v2 $B/r1 start
T volume remove-brick v2 $B/r1 commit
T volume remove-brick v2 $B/r1 force
T volume remove-brick v2 $B/r1 status
T volume rebalance v2 start
T volume rebalance v2 status
T volume rebalance v2 foo
T volume log v2 rotate
T volume log rotate v2
T volume heal v2
T volume heal v2 full
T volume heal v2 statistics heal-count
T volume heal v2 foo
T volume barrier v2 enable
T volume barrier v2 foo
T volume replace-brick v2 $B/r1 $B/z1 commit force
T volume sync $host v2
T volume stop v1 force
T volume delete v1
LIST
}

# Normalises uuids (numbered by first appearance), ports, pids and
# free-space figures; the root and host become @ROOT@ and @HOST@.
normalise() {
	perl -pe '
		BEGIN { our %u; our $n = 0; }
		s{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})}
		 { $u{$1} //= "<UUID-" . ++$n . ">" }ge;
		s{\Q'"$root"'\E}{\@ROOT\@}g;
		s{\Q'"$host"'\E}{\@HOST\@}g;
		s{\b\d+(\s+\d+\s+[YN]\s+)\d+\s*$}{<PORT>$1<PID>};
		s{(\sN/A\s+N/A\s+[YN]\s+)\d+\s*$}{$1<PID>};
		s{^(TCP Port\s+: )\d+\s*$}{$1<PORT>};
		s{^(Pid\s+: )\d+\s*$}{$1<PID>};
		s{^((?:Disk Space Free|Free Inodes)\s+: )\S+\s*$}{$1<N>};
		s{<(port|tcp|pid|sizeFree|inodesFree)>\d+</}{<$1><N></}g;
	'
}

run_list() { # cli outdir
	local cli=$1 out=$2 i=0 mode args
	mkdir -p "$out"
	commands | while read -r mode args; do
		i=$((i + 1))
		set -- $args
		case $mode in
		T) run_one "$cli" "$out/$i.t" "$@" ;;
		X) run_one "$cli" "$out/$i.x" --xml "$@" ;;
		B) run_one "$cli" "$out/$i.t" "$@"
		   run_one "$cli" "$out/$i.x" --xml "$@" ;;
		esac
	done
}

run_one() { # cli prefix args...
	local cli=$1 p=$2
	shift 2
	echo "$*" >"$p.cmd"
	"$cli" --glusterd-sock="$root/gd.sock" --mode=script \
		--log-file="$root/log/cli.log" "$@" \
		>"$p.out.raw" 2>"$p.err.raw" </dev/null
	echo $? >"$p.rc"
	normalise <"$p.out.raw" >"$p.out"
	normalise <"$p.err.raw" >"$p.err"
}

start_gd
run_list "$ref_cli" "$root/ref"
stop_gd
start_gd
run_list "$ours" "$root/ours"
stop_gd

n=0
fail=0
total=$(ls "$root/ref" | grep -c '\.cmd$')
echo "1..$total"
for c in $(ls "$root/ref" | grep '\.cmd$' | sort -t. -k1,1n -k2,2); do
	p=${c%.cmd}
	n=$((n + 1))
	what="$(cat "$root/ref/$c") [${p#*.}]"
	what=${what//$root/@ROOT@}
	bad=
	for f in out err rc; do
		cmp -s "$root/ref/$p.$f" "$root/ours/$p.$f" || bad="$bad $f"
	done
	if [ -z "$bad" ]; then
		echo "ok $n - $what"
	else
		fail=$((fail + 1))
		echo "not ok $n - $what (differs:$bad)"
		for f in $bad; do
			diff -u "$root/ref/$p.$f" "$root/ours/$p.$f" |
				sed 's/^/# /' | head -40
		done
	fi
done

if $update; then
	g="$srcdir/tests/golden/cli/ref-outputs.txt"
	: >"$g"
	for c in $(ls "$root/ref" | grep '\.cmd$' | sort -t. -k1,1n -k2,2); do
		p=${c%.cmd}
		{
			echo "### gluster$( [ "${p#*.}" = x ] && echo ' --xml')" \
				"$(normalise <"$root/ref/$c" | sed 's/^--xml //')"
			echo "--- rc $(cat "$root/ref/$p.rc")"
			echo "--- stdout"
			cat "$root/ref/$p.out"
			echo "--- stderr"
			cat "$root/ref/$p.err"
		} >>"$g"
	done
fi
[ "$fail" -eq 0 ]
