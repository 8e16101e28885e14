# shellcheck shell=bash
# TAP producer helpers for the shell tests.
#
#   tap_plan N             print "1..N" up front (optional: tap_done prints
#                          the plan at the end when none was given)
#   ok DESC / not_ok DESC  one result line
#   tap_check DESC CMD...  ok when CMD exits 0 (returns 1 otherwise, for
#                          "tap_check ... || tap_diag ...")
#   expect_output DESC RC OUT ERR CMD...
#                          run CMD, compare its exit status with RC and its
#                          stdout/stderr with OUT/ERR; a unified diff is
#                          printed as diagnostics on mismatch. OUT and ERR
#                          are literal text (a trailing newline is implied
#                          unless the text is empty), '@FILE' for the
#                          content of FILE, '*' to ignore the stream, or
#                          '~REGEX' for an extended regex that must match
#                          somewhere in the stream.
#   tap_diag TEXT...       "# " diagnostics (stdout, so they stay in order)
#   tap_skip_all REASON    "1..0 # SKIP REASON" and exit 0
#   tap_done               print the plan if needed; exit status = failures
#
# TAP_TODO=REASON turns failures into "not ok ... # TODO REASON" (counted
# apart, not as failures) until it is unset.

TAP_N=0
TAP_FAIL=0
TAP_TODO_FAIL=0
TAP_PLANNED=
TAP_TODO=${TAP_TODO:-}
TAP_LAST_OUT=
TAP_LAST_ERR=
TAP_LAST_RC=

tap_plan() {
	TAP_PLANNED=$1
	echo "1..$1"
}

tap_diag() {
	local line
	printf '%s\n' "$@" | while IFS= read -r line; do
		printf '# %s\n' "$line"
	done
}

ok() {
	TAP_N=$((TAP_N + 1))
	echo "ok $TAP_N - $*"
}

not_ok() {
	TAP_N=$((TAP_N + 1))
	if [ -n "$TAP_TODO" ]; then
		TAP_TODO_FAIL=$((TAP_TODO_FAIL + 1))
		echo "not ok $TAP_N - $* # TODO $TAP_TODO"
	else
		TAP_FAIL=$((TAP_FAIL + 1))
		echo "not ok $TAP_N - $*"
	fi
}

tap_check() {
	local desc=$1
	shift
	if "$@"; then
		ok "$desc"
	else
		not_ok "$desc"
		tap_diag "command failed: $*"
		return 1
	fi
}

tap_skip_all() {
	echo "1..0 # SKIP $*"
	exit 0
}

# __tap_expected SPEC FILE: write the expected text of SPEC into FILE.
__tap_expected() {
	case $1 in
	@*) cat "${1#@}" >"$2" ;;
	'') : >"$2" ;;
	*) printf '%s\n' "$1" >"$2" ;;
	esac
}

# __tap_compare NAME SPEC ACTUAL-FILE: 0 when the stream matches;
# otherwise the explanation goes to stdout (the caller keeps it for after
# the result line).
__tap_compare() {
	local name=$1 spec=$2 actual=$3 expf
	case $spec in
	'*') return 0 ;;
	'~'*)
		if grep -Eq -- "${spec#\~}" "$actual"; then
			return 0
		fi
		tap_diag "$name does not match /${spec#\~}/:" "$(cat "$actual")"
		return 1
		;;
	esac
	expf=$(mktemp)
	__tap_expected "$spec" "$expf"
	if cmp -s "$expf" "$actual"; then
		rm -f "$expf"
		return 0
	fi
	tap_diag "$name differs (--- expected, +++ actual):"
	diff -u "$expf" "$actual" | sed -e '1,2d' -e 's/^/# /' | head -n 60
	rm -f "$expf"
	return 1
}

expect_output() {
	local desc=$1 rc=$2 out=$3 err=$4 tmp good=1
	shift 4
	tmp=$(mktemp -d)
	"$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	TAP_LAST_RC=$?
	TAP_LAST_OUT=$(cat "$tmp/out")
	TAP_LAST_ERR=$(cat "$tmp/err")
	if [ "$rc" != '*' ] && [ "$TAP_LAST_RC" != "$rc" ]; then
		good=
	fi
	if [ -n "$good" ]; then
		__tap_compare stdout "$out" "$tmp/out" >>"$tmp/diag" || good=
		__tap_compare stderr "$err" "$tmp/err" >>"$tmp/diag" || good=
	fi
	if [ -n "$good" ]; then
		ok "$desc"
	else
		not_ok "$desc"
		tap_diag "command: $*"
		if [ "$rc" != '*' ] && [ "$TAP_LAST_RC" != "$rc" ]; then
			tap_diag "exit status $TAP_LAST_RC, expected $rc" \
				"stdout:" "$TAP_LAST_OUT" "stderr:" "$TAP_LAST_ERR"
		fi
		cat "$tmp/diag" 2>/dev/null
	fi
	rm -rf "$tmp"
	[ -n "$good" ]
}

tap_done() {
	if [ -z "$TAP_PLANNED" ]; then
		echo "1..$TAP_N"
	elif [ "$TAP_PLANNED" != "$TAP_N" ]; then
		tap_diag "planned $TAP_PLANNED tests but ran $TAP_N"
		TAP_FAIL=$((TAP_FAIL + 1))
	fi
	if [ "$TAP_FAIL" -gt 0 ]; then
		tap_diag "$TAP_FAIL of $TAP_N failed"
	fi
	[ "$TAP_FAIL" -gt 254 ] && TAP_FAIL=254
	exit "$TAP_FAIL"
}
