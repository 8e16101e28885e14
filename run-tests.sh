#!/usr/bin/env bash
# Install what is missing, build, and run every test: unit (make check),
# integration (tests/integration/t*.sh) and interop against GlusterFS 10.3
# (tests/interop/run-interop.sh); then the same again with an
# AddressSanitizer + UBSan build. Ends with the line "N passed, M failed"
# and a non-zero exit status when anything failed.
#
# usage: ./run-tests.sh [--quick] [--no-install] [--no-interop] [-v]
#   --quick       skip the sanitizer pass
#   --no-install  do not apt-get anything
#   --no-interop  skip the comparison with 10.3
#   -v            print every TAP line (default: failures and summaries)
# Logs of every step: build/test-logs/ and build-asan/test-logs/.
set -uo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$SRC" || exit 1

QUICK= NOINSTALL= NOINTEROP= VERBOSE=${VERBOSE:-}
for arg in "$@"; do
	case $arg in
	--quick) QUICK=1 ;;
	--no-install) NOINSTALL=1 ;;
	--no-interop) NOINTEROP=1 ;;
	-v | --verbose) VERBOSE=1 ;;
	-h | --help)
		sed -n '2,/^set -uo/{/^#/s/^# \{0,1\}//p}' "$0"
		exit 0
		;;
	*)
		echo "run-tests.sh: unknown option $arg" >&2
		exit 2
		;;
	esac
done

PASSED=0
FAILED=0
SKIPPED=0
FAILED_NAMES=()
START=$SECONDS

say() { printf '\n=== %s (%ds)\n' "$*" "$((SECONDS - START))"; }
pass() { PASSED=$((PASSED + ${2:-1})); }
fail() {
	FAILED=$((FAILED + ${2:-1}))
	FAILED_NAMES+=("$1")
	echo "FAILED: $1"
}

# count_tap NAME LOG EXIT-STATUS: add a TAP stream's results to the totals.
count_tap() {
	local name=$1 log=$2 rc=$3 p f s
	p=$(grep -Eac '^ok [0-9]+' "$log")
	s=$(grep -Eaic '^ok [0-9]+.*# *skip|^not ok [0-9]+.*# *todo' "$log")
	f=$(grep -Eac '^not ok [0-9]+' "$log")
	local todo
	todo=$(grep -Eaic '^not ok [0-9]+.*# *todo' "$log")
	p=$((p - (s - todo)))
	f=$((f - todo))
	PASSED=$((PASSED + p))
	SKIPPED=$((SKIPPED + s))
	if [ "$f" -gt 0 ]; then
		FAILED=$((FAILED + f))
		FAILED_NAMES+=("$name ($f)")
	elif [ "$rc" != 0 ]; then
		fail "$name (exit status $rc, no failing test line)"
	fi
	if grep -Eaq '^1\.\.0 # *SKIP' "$log"; then
		SKIPPED=$((SKIPPED + 1))
	fi
	printf '%s: %d passed, %d failed, %d skipped\n' "$name" "$p" "$f" "$s"
}

# show_tap: the failing lines and their diagnostics, or everything with -v
show_tap() {
	if [ -n "$VERBOSE" ]; then
		cat
	else
		awk '/^not ok/ && !/# TODO/ { show = 1; print; next }
		     /^# differences from 10\.3/ { show = 1; print; next }
		     /^#/ && show { print; next }
		     { show = 0 }
		     /^1\.\.0/ { print }' || true
	fi
}

run_tap() {
	local name=$1 log=$2 rc
	shift 2
	"$@" </dev/null >"$log" 2>"$log.stderr"
	rc=$?
	show_tap <"$log"
	# a failure's own words (the harness's "# cluster:" lines, a daemon's
	# last breath) are on stderr: show its end so a CI log explains itself
	if [ "$rc" != 0 ] || grep -Eaq '^not ok [0-9]+' "$log"; then
		if [ -s "$log.stderr" ]; then
			echo "# last lines of $name's stderr:"
			tail -n 30 "$log.stderr" | sed 's/^/#   /'
		fi
	fi
	count_tap "$name" "$log" "$rc"
}

# ------------------------------------------------------------- install

install_deps() {
	. "$SRC/scripts/deps.sh"
	if [ -n "$NOINSTALL" ]; then
		return 0
	fi
	say "installing packages"
	deps_install all || fail "package installation"
}

# ------------------------------------------------------------- build

autoreconf_if_needed() {
	if [ ! -x configure ] || [ ! -f Makefile.in ] ||
		[ -n "$(find . -path ./build -prune -o -path './build-*' -prune -o \
			\( -name configure.ac -o -name Makefile.am -o -name '*.mk' \) \
			-newer Makefile.in -print 2>/dev/null | head -n 1)" ]; then
		say "autoreconf -fi"
		autoreconf -fi >/dev/null 2>autoreconf.log || {
			cat autoreconf.log
			return 1
		}
		rm -f autoreconf.log
	fi
}

# build DIR [configure args...]
build() {
	local dir=$1
	shift
	mkdir -p "$dir/test-logs"
	say "build in $dir ($*)"
	if [ ! -f "$dir/Makefile" ] || [ "$(cat "$dir/.configure-args" 2>/dev/null)" != "$*" ]; then
		(cd "$dir" && "$SRC/configure" -q "$@") >"$dir/test-logs/configure.log" 2>&1 || {
			tail -n 30 "$dir/test-logs/configure.log"
			return 1
		}
		printf '%s' "$*" >"$dir/.configure-args"
	fi
	make -C "$dir" -j2 >"$dir/test-logs/make.log" 2>&1 || {
		grep -a -B2 -A8 -E 'error|Error' "$dir/test-logs/make.log" | tail -n 60
		return 1
	}
	if grep -aq 'warning:' "$dir/test-logs/make.log"; then
		echo "compiler warnings:"
		grep -a 'warning:' "$dir/test-logs/make.log" | sort -u | head -n 20
	fi
}

# ------------------------------------------------------------- unit tests

count_check() {
	local dir=$1 trs log res p f any=
	while IFS= read -r trs; do
		any=1
		log=${trs%.trs}.log
		res=$(sed -n 's/^:test-result: //p' "$trs" | head -n 1)
		p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" 2>/dev/null | awk '{s += $1} END {print s + 0}')
		f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" 2>/dev/null | awk '{s += $1} END {print s + 0}')
		case $res in
		PASS | XFAIL)
			[ "$p" -gt 0 ] || p=1
			pass unit "$p"
			;;
		SKIP) SKIPPED=$((SKIPPED + 1)) ;;
		*)
			[ "$f" -gt 0 ] || f=1
			pass unit "$p"
			fail "unit ${trs#"$dir"/}" "$f"
			tail -n 40 "$log" 2>/dev/null
			;;
		esac
	done < <(find "$dir" -name '*.trs' | sort)
	[ -n "$any" ] || echo "(no unit test ran)"
}

unit_tests() {
	local dir=$1
	say "unit tests (make check) in $dir"
	find "$dir" -name '*.trs' -delete 2>/dev/null
	make -C "$dir" -j2 check >"$dir/test-logs/check.log" 2>&1
	grep -aE '^(# (TOTAL|PASS|FAIL|SKIP|XFAIL|XPASS|ERROR):|(PASS|FAIL|ERROR|SKIP): )' \
		"$dir/test-logs/check.log" || true
	count_check "$dir"
	if ! grep -aq '^# TOTAL:' "$dir/test-logs/check.log"; then
		tail -n 40 "$dir/test-logs/check.log"
		fail "make check in $dir did not run its tests"
	fi
}

# ------------------------------------------------------------- shell tests

integration_tests() {
	local dir=$1 t name
	say "integration tests (ours) with $dir"
	for t in tests/integration/t*.sh; do
		[ -e "$t" ] || continue
		name=$(basename "$t" .sh)
		run_tap "integration $name" "$dir/test-logs/$name.tap" \
			env BUILD_DIR="$SRC/$dir" GD_IMPL=ours CLI_IMPL=ours bash "$t"
	done
	[ -x /usr/sbin/gluster ] || return 0
	# Pool scenarios whose expectations are 10.3's own behaviour: the
	# same scripts on 10.3's glusterds and CLI (once: nothing of ours
	# runs, so the sanitizer pass adds nothing).
	if [ "$dir" = build ]; then
		for t in tests/integration/t5004-*.sh tests/integration/t5005-*.sh \
			tests/integration/t5007-*.sh; do
			[ -e "$t" ] || continue
			name=$(basename "$t" .sh)-on-10.3
			run_tap "integration $name" "$dir/test-logs/$name.tap" \
				env BUILD_DIR="$SRC/$dir" GD_IMPL=ref CLI_IMPL=ref bash "$t"
		done
	fi
	# Bricks and clients (t4xxx) once more with GlusterFS 10.3's CLI in
	# front of our glusterd.
	for t in tests/integration/t4*.sh; do
		[ -e "$t" ] || continue
		name=$(basename "$t" .sh)-ref-cli
		run_tap "integration $name" "$dir/test-logs/$name.tap" \
			env BUILD_DIR="$SRC/$dir" GD_IMPL=ours CLI_IMPL=ref bash "$t"
	done
}

interop_tests() {
	local dir=$1 combos=$2
	say "interop tests against GlusterFS 10.3 with $dir ($combos)"
	run_tap "interop" "$dir/test-logs/interop.tap" \
		env BUILD_DIR="$SRC/$dir" INTEROP_COMBOS="$combos" \
		INTEROP_CACHE="$SRC/build/interop-reference" bash tests/interop/run-interop.sh
}

# ------------------------------------------------------------- main

# Combinations compared with 10.3 (see tests/interop/run-interop.sh); the
# sanitizer pass leaves out the ones whose instrumented part is already
# covered (our CLI runs in ours:ours, the store reader in ref:ref>ours).
DEFAULT_COMBOS="ours:ref ref:ours ours:ours ref:ref>ours ref:ours>ref"
ASAN_COMBOS="ref:ours ours:ours ref:ref>ours"

# pass DIR COMBOS CONFIGURE-ARGS...: one full pass over a build directory
test_pass() {
	local dir=$1 combos=$2
	shift 2
	if ! build "$dir" "$@"; then
		fail "build in $dir"
		return
	fi
	pass build
	unit_tests "$dir"
	integration_tests "$dir"
	if [ -z "$NOINTEROP" ]; then
		interop_tests "$dir" "${INTEROP_COMBOS:-$combos}"
	fi
}

export DEBIAN_FRONTEND=noninteractive
install_deps
autoreconf_if_needed || fail "autoreconf"

test_pass build "$DEFAULT_COMBOS"
if [ -z "$QUICK" ]; then
	# Only our binaries are instrumented; 10.3's ignore these.
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
	export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
	test_pass build-asan "$ASAN_COMBOS" --enable-asan
fi

say "summary"
if [ "${#FAILED_NAMES[@]}" -gt 0 ]; then
	printf 'failing: %s\n' "${FAILED_NAMES[@]}"
fi
echo "total time $((SECONDS - START))s"
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
