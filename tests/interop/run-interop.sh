#!/usr/bin/env bash
# Scenario-driven comparison of our gluster/glusterd with GlusterFS 10.3.
#
# usage: run-interop.sh [SCENARIO.scn ...]    (default: scenarios/*.scn)
#
# Every scenario is run once per mode (text, --xml) with 10.3's CLI and
# 10.3's glusterd: that run is the reference. It is then run again for
# each combination in INTEROP_COMBOS, written CLI:GLUSTERD:
#
#   ref:ref      a second 10.3 run (checks that the comparison is stable)
#   ours:ref     our CLI against 10.3's glusterd
#   ref:ours     10.3's CLI against our glusterd
#   ours:ours    both ours
#   ref:A>B      glusterd A until the scenario's "@restart", then B on the
#                same store (restore test: ref>ours reads a store written
#                by 10.3, ours>ref the other way round); only run for
#                scenarios that contain "@restart"
#
# Every command's stdout, stderr and exit status, normalised (normalize.pl),
# must equal the reference: one TAP line per command per combination. The
# store (vols/<vol>/info, bricks/*, volfiles, the file list, glusterd.info,
# options) is compared at each "@store LABEL" and at the end of the run.
#
# Scenario syntax, one item per line ('#' starts a comment line):
#   CLI ARGS...          a gluster command for node 1; shell words, with
#                        $H $H2 $H3 (node addresses), $B (brick root, a
#                        tmpfs), $R (a directory on the filesystem of /tmp,
#                        normally the root one), $WD (node 1's working
#                        directory)
#   @on N CLI ARGS...    the same for node N
#   @nodes N             start N nodes (default 1); put it first
#   @sh SHELL            run a shell command (setup; not compared)
#   @store LABEL         compare the stores at this point
#   @restart             stop every node and start it again on its store
#   @sleep SECONDS       let asynchronous work (peer handshakes) settle
#
# Environment: INTEROP_COMBOS (default "ref:ref ours:ref ref:ours ours:ours
# ref:ref>ours ref:ours>ref"), INTEROP_MODES (default "text xml"),
# INTEROP_KNOWN (known differences, default known-diffs next to this file),
# INTEROP_KEEP=1 to keep the outputs (path printed at the end),
# INTEROP_CACHE=DIR to keep the normalised reference runs there and reuse
# them while the scenario, 10.3 and this harness are unchanged, plus the
# variables of tests/integration/lib/cluster.sh for the binaries.

set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/../integration/lib/tap.sh"
. "$HERE/../integration/lib/cluster.sh"

COMBOS=${INTEROP_COMBOS:-"ref:ref ours:ref ref:ours ours:ours ref:ref>ours ref:ours>ref"}
MODES=${INTEROP_MODES:-"text xml"}
KNOWN=${INTEROP_KNOWN:-$HERE/known-diffs}
NORMALIZE="perl $HERE/normalize.pl"

BASE=$(mktemp -d /tmp/gdi.XXXXXX)
OUT=$BASE/out
CLUSTER_ROOT=$BASE/r
mkdir -p "$OUT" "$CLUSTER_ROOT"
cluster_init

interop_cleanup() {
	local rc=$?
	cluster_cleanup
	if [ -n "${INTEROP_KEEP:-}" ]; then
		echo "# interop outputs kept in $OUT" >&2
	else
		rm -rf "$BASE"
	fi
	return "$rc"
}
trap interop_cleanup EXIT

declare -A ROLE_OF=() ROLE_USED=()
RUN_DIR=
RUN_NODES=1
RUN_CMDS=0

# ---------------------------------------------------------------- running

role_add() {
	local u=$1 r=$2 k=2 base=$2
	[ -n "$u" ] || return 0
	[ -z "${ROLE_OF[$u]:-}" ] || return 0
	while [ -n "${ROLE_USED[$r]:-}" ]; do
		r="$base#$k"
		k=$((k + 1))
	done
	ROLE_OF[$u]=$r
	ROLE_USED[$r]=1
}

# Name the uuids the stores know: node ids, volume ids, volume credentials.
harvest_roles() {
	local n wd f vol key val
	for n in $(seq 1 "$RUN_NODES"); do
		wd=$(gd_wd "$n")
		if [ -r "$wd/glusterd.info" ]; then
			role_add "$(sed -n 's/^UUID=//p' "$wd/glusterd.info")" "NODE$n"
		fi
		for f in "$wd"/vols/*/info; do
			[ -r "$f" ] || continue
			vol=${f%/info}
			vol=${vol##*/}
			while IFS='=' read -r key val; do
				case $key in
				volume-id) role_add "$val" "VOLID:$vol" ;;
				username) role_add "$val" "USER:$vol" ;;
				password) role_add "$val" "PASS:$vol" ;;
				esac
			done <"$f"
		done
	done
}

run_cli() {
	local n=$1 line=$2 cli=$3 mode=$4 d rc
	RUN_CMDS=$((RUN_CMDS + 1))
	d=$RUN_DIR/cmd/$RUN_CMDS
	printf '%s\n' "$line" >"$d.cmd"
	printf '%s\n' "$n" >"$d.node"
	set -f
	eval "set -- $line"
	set +f
	if [ "$mode" = xml ]; then
		set -- --xml "$@"
	fi
	timeout 120 "$(cluster_gluster_bin "$cli")" --glusterd-sock="$(gd_sock "$n")" \
		--mode=script --log-file="$(gd_log "$n")/cli.log" "$@" \
		>"$d.out" 2>"$d.err" </dev/null
	rc=$?
	printf '%s\n' "$rc" >"$d.rc"
	if ! kill -0 "$(gd_pid "$n")" 2>/dev/null; then
		printf 'glusterd on node %s died during #%s %s\n' "$n" "$RUN_CMDS" "$line" >>"$RUN_DIR/events"
		tail -n 30 "$(gd_log "$n")/stderr" >>"$RUN_DIR/events" 2>/dev/null
	fi
	# failures create no uuid worth a name (saves forks per command)
	[ "$rc" != 0 ] || harvest_roles
}

store_snapshot() {
	local label=$1 n wd dst
	harvest_roles
	for n in $(seq 1 "$RUN_NODES"); do
		wd=$(gd_wd "$n")
		dst=$RUN_DIR/store/$label/node$n
		mkdir -p "$dst"
		for f in glusterd.info options; do
			[ -e "$wd/$f" ] && cp -p "$wd/$f" "$dst/"
		done
		[ -d "$wd/vols" ] && cp -a "$wd/vols" "$dst/"
		[ -d "$wd/peers" ] && cp -a "$wd/peers" "$dst/"
	done
	printf '%s\n' "$label" >>"$RUN_DIR/stores"
}

stop_nodes() {
	local tag=$1 n rc
	for n in $(seq 1 "$RUN_NODES"); do
		gd_stop "$n" 2>>"$RUN_DIR/events"
		rc=$?
		printf '%s\n' "$rc" >"$RUN_DIR/exit.$tag.node$n"
		if [ "$rc" != 0 ]; then
			printf 'glusterd on node %s exited with status %s (%s)\n' "$n" "$rc" "$tag" >>"$RUN_DIR/events"
			tail -n 40 "$(gd_log "$n")/stderr" >>"$RUN_DIR/events" 2>/dev/null
		fi
	done
}

start_nodes() {
	local impl=$1 n
	for n in $(seq 1 "$RUN_NODES"); do
		if ! gd_start "$n" "$impl" 2>>"$RUN_DIR/events"; then
			printf 'glusterd (%s) on node %s did not start\n' "$impl" "$n" >>"$RUN_DIR/events"
			tail -n 30 "$(gd_log "$n")/stderr" >>"$RUN_DIR/events" 2>/dev/null
			return 1
		fi
	done
}

scenario_nodes() {
	local n
	n=$(sed -n 's/^@nodes[[:space:]]\+\([0-9]\+\).*/\1/p' "$1" | head -n 1)
	printf '%s\n' "${n:-1}"
}

# run_scenario SCN MODE CLI GD_BEFORE GD_AFTER DIR
run_scenario() {
	local scn=$1 mode=$2 cli=$3 before=$4 after=$5 line n restarts=0
	RUN_DIR=$6
	RUN_CMDS=0
	RUN_NODES=$(scenario_nodes "$scn")
	ROLE_OF=()
	ROLE_USED=()
	mkdir -p "$RUN_DIR/cmd" "$RUN_DIR/store"
	: >"$RUN_DIR/events"
	: >"$RUN_DIR/stores"
	cluster_reset 2>>"$RUN_DIR/events" || return 1
	bricks_mount "$CLUSTER_ROOT/bricks" || return 1
	start_nodes "$before" || return 1
	H=$(gd_host 1) H2=$(gd_host 2) H3=$(gd_host 3)
	B=$CLUSTER_ROOT/bricks
	R=$CLUSTER_ROOT/rootfs
	WD=$(gd_wd 1)
	mkdir -p "$R"
	export H H2 H3 B R WD
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		'' | '#'*) ;;
		@nodes*) ;;
		'@sh '*)
			if ! (eval "${line#@sh }") >>"$RUN_DIR/sh.log" 2>&1; then
				printf 'setup failed: %s\n' "$line" >>"$RUN_DIR/events"
			fi
			;;
		'@store '*) store_snapshot "${line#@store }" ;;
		'@sleep '*) sleep "${line#@sleep }" ;;
		@restart)
			restarts=$((restarts + 1))
			stop_nodes "restart$restarts"
			start_nodes "$after" || return 1
			;;
		'@on '*)
			line=${line#@on }
			n=${line%% *}
			run_cli "$n" "${line#* }" "$cli" "$mode"
			;;
		@*) printf 'unknown directive: %s\n' "$line" >>"$RUN_DIR/events" ;;
		*) run_cli 1 "$line" "$cli" "$mode" ;;
		esac
	done <"$scn"
	store_snapshot final
	stop_nodes final
	for n in $(seq 1 "$RUN_NODES"); do
		cp "$(gd_log "$n")/glusterd.log" "$RUN_DIR/glusterd.node$n.log" 2>/dev/null
		cp "$(gd_log "$n")/stderr" "$RUN_DIR/stderr.node$n" 2>/dev/null
	done
	for u in "${!ROLE_OF[@]}"; do
		printf '%s %s\n' "$u" "${ROLE_OF[$u]}"
	done >"$RUN_DIR/uuids"
	return 0
}

# The name under norm/ of a store file: file names hold the root (dashed)
# and the node addresses, which differ from run to run.
norm_name() {
	local rel=$1 dash
	dash=${CLUSTER_ROOT//\//-}
	dash=${dash#-}
	rel=${rel//"$dash"/ROOT}
	rel=${rel//"$GD_NET."/127.1.1.}
	printf '%s\n' "$rel"
}

# Normalise everything a run produced into DIR/norm.
normalize_run() {
	local d=$1 args=() f rel nrel i
	mkdir -p "$d/norm/cmd"
	for ((i = 1; ; i++)); do
		[ -e "$d/cmd/$i.cmd" ] || break
		for f in out err; do
			args+=("$d/cmd/$i.$f" "$d/norm/cmd/$i.$f")
		done
	done
	if [ -d "$d/store" ]; then
		while IFS= read -r rel; do
			nrel=$(norm_name "$rel")
			mkdir -p "$(dirname "$d/norm/$nrel")"
			args+=("$d/$rel" "$d/norm/$nrel")
		done < <(cd "$d" && find store -type f ! -name cksum ! -name '*.tmp' | sort)
		# file lists per store snapshot and node
		for f in "$d"/store/*/node*; do
			[ -d "$f" ] || continue
			rel=${f#"$d"/}
			(cd "$f" && find . -mindepth 1 | LC_ALL=C sort) >"$d/$rel.list"
			mkdir -p "$(dirname "$d/norm/$rel")"
			args+=("$d/$rel.list" "$d/norm/$rel.list")
		done
	fi
	[ "${#args[@]}" -gt 0 ] || return 0
	GD_NET=$GD_NET $NORMALIZE "$CLUSTER_ROOT" "$d/uuids" "${args[@]}"
}

# ---------------------------------------------------------------- verdicts

# known_reason COMBO SCENARIO MODE WHAT: print the reason when the
# difference is listed in $KNOWN.
known_reason() {
	local combo=$1 scn=$2 mode=$3 what=$4 c s m rest pat reason
	[ -r "$KNOWN" ] || return 1
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in '' | '#'*) continue ;; esac
		read -r c s m rest <<<"$line"
		pat=${rest%% -- *}
		reason=${rest#* -- }
		[ "$pat" != "$rest" ] || reason="known difference"
		# shellcheck disable=SC2053
		if [[ $combo == $c && $scn == $s && $mode == $m && $what == $pat ]]; then
			printf '%s\n' "$reason"
			return 0
		fi
	done <"$KNOWN"
	return 1
}

# The comparable form of command I of run dir D.
cmd_view() {
	local d=$1 i=$2
	printf 'exit status: %s\n' "$(cat "$d/cmd/$i.rc" 2>/dev/null || echo missing)"
	echo '--- stdout'
	cat "$d/norm/cmd/$i.out" 2>/dev/null
	echo '--- stderr'
	cat "$d/norm/cmd/$i.err" 2>/dev/null
}

# verdict DESC WHAT COMBO SCN MODE EXPECTED-FILE ACTUAL-FILE
verdict() {
	local desc=$1 what=$2 combo=$3 scn=$4 mode=$5 exp=$6 act=$7 reason
	if cmp -s "$exp" "$act"; then
		if reason=$(known_reason "$combo" "$scn" "$mode" "$what"); then
			ok "$desc # (listed as a known difference but now equal: $reason)"
		else
			ok "$desc"
		fi
		return 0
	fi
	if reason=$(known_reason "$combo" "$scn" "$mode" "$what"); then
		TAP_TODO=$reason not_ok "$desc"
	else
		not_ok "$desc"
		printf '%s\t%s\t%s %s\n' "$scn" "$what" "$combo" "$mode" >>"$OUT/differences"
	fi
	diff -u --label "10.3 (ref:ref)" --label "$combo" "$exp" "$act" |
		head -n "${INTEROP_DIFF_LINES:-40}" | sed 's/^/#   /'
}

compare_runs() {
	local ref=$1 d=$2 combo=$3 scn=$4 mode=$5 i what tag f rel n
	tag="[$combo $mode $scn]"
	if [ -s "$d/events" ]; then
		tap_diag "$tag events:"
		sed 's/^/#   /' "$d/events" | head -n 40
	fi
	for ((i = 1; ; i++)); do
		[ -e "$ref/cmd/$i.cmd" ] || break
		what=$(cat "$ref/cmd/$i.cmd")
		cmd_view "$ref" "$i" >"$ref/view.$i"
		if [ -e "$d/cmd/$i.cmd" ]; then
			cmd_view "$d" "$i" >"$d/view.$i"
		else
			echo "(not run: the run stopped early)" >"$d/view.$i"
		fi
		verdict "$tag #$i $what" "$what" "$combo" "$scn" "$mode" "$ref/view.$i" "$d/view.$i"
	done
	while IFS= read -r label; do
		for n in "$ref/norm/store/$label"/node*/; do
			n=${n%/}
			n=${n##*/node}
			rel=store/$label/node$n
			[ -e "$d/norm/$rel.list" ] || : >"$d/norm/$rel.list"
			verdict "$tag store $label node$n: file list" "store:$label:node$n:list" \
				"$combo" "$scn" "$mode" "$ref/norm/$rel.list" "$d/norm/$rel.list"
			while IFS= read -r f; do
				f=${f#"$ref/norm/$rel/"}
				# a missing file shows in the file list verdict
				[ -e "$d/norm/$rel/$f" ] || continue
				verdict "$tag store $label node$n: $f" "store:$label:node$n:$f" \
					"$combo" "$scn" "$mode" "$ref/norm/$rel/$f" "$d/norm/$rel/$f"
			done < <(find "$ref/norm/$rel" -type f 2>/dev/null | LC_ALL=C sort)
		done
	done <"$ref/stores"
	case $combo in
	*:ours* | *">ours"*)
		for f in "$d"/exit.*; do
			[ -e "$f" ] || continue
			rel=${f##*/exit.}
			if [ "$(cat "$f")" = 0 ]; then
				ok "$tag our glusterd exits cleanly ($rel)"
			else
				not_ok "$tag our glusterd exits cleanly ($rel): status $(cat "$f")"
			fi
		done
		;;
	esac
}

combo_usable() {
	local combo=$1 cli gd
	cli=${combo%%:*}
	gd=${combo#*:}
	case " $cli ${gd//>/ } " in
	*" ours "*) cluster_have ours || return 1 ;;
	esac
	cluster_have ref
}

# The cache key of a reference run: the scenario, the mode, 10.3's
# binaries and this harness.
reference_key() {
	{
		printf '%s\n' "$2"
		cat "$1" "$HERE/normalize.pl" "$HERE/run-interop.sh" "$HERE/../integration/lib/cluster.sh"
		"$REF_GLUSTER" --version 2>&1 | head -n 1
		cksum <"$REF_GLUSTERD"
		printf '%s\n' "${#CLUSTER_ROOT}"
	} | cksum | tr ' ' -
}

# ---------------------------------------------------------------- main

if [ "$#" -eq 0 ]; then
	set -- "$HERE"/scenarios/*.scn
fi

if ! cluster_have ref; then
	tap_skip_all "GlusterFS 10.3 ($REF_GLUSTERD, $REF_GLUSTER) is not installed"
fi

for scn in "$@"; do
	name=$(basename "$scn" .scn)
	has_restart=
	grep -q '^@restart' "$scn" && has_restart=1
	for mode in $MODES; do
		refdir=$OUT/$name/$mode/reference
		key=
		if [ -n "${INTEROP_CACHE:-}" ]; then
			key=$(reference_key "$scn" "$mode")
		fi
		if [ -n "$key" ] && [ -e "$INTEROP_CACHE/$key/done" ]; then
			mkdir -p "$refdir"
			cp -a "$INTEROP_CACHE/$key/." "$refdir/"
		else
			if ! run_scenario "$scn" "$mode" ref ref ref "$refdir"; then
				not_ok "[reference $mode $name] 10.3 run failed"
				sed 's/^/#   /' "$refdir/events" 2>/dev/null | head -n 40
				continue
			fi
			if [ -s "$refdir/events" ]; then
				tap_diag "[reference $mode $name] events:"
				sed 's/^/#   /' "$refdir/events" | head -n 40
			fi
			normalize_run "$refdir"
			if [ -n "$key" ]; then
				rm -rf "${INTEROP_CACHE:?}/$key"
				mkdir -p "$INTEROP_CACHE/$key"
				cp -a "$refdir/." "$INTEROP_CACHE/$key/" && : >"$INTEROP_CACHE/$key/done"
			fi
		fi
		for combo in $COMBOS; do
			cli=${combo%%:*}
			gd=${combo#*:}
			before=${gd%%>*}
			after=${gd#*>}
			if [ "$before" != "$after" ] && [ -z "$has_restart" ]; then
				continue
			fi
			if ! combo_usable "$combo"; then
				echo "ok $((TAP_N += 1)) - [$combo $mode $name] # SKIP binaries missing"
				continue
			fi
			d=$OUT/$name/$mode/${combo//[:>]/_}
			if ! run_scenario "$scn" "$mode" "$cli" "$before" "$after" "$d"; then
				not_ok "[$combo $mode $name] run failed"
				sed 's/^/#   /' "$d/events" 2>/dev/null | head -n 40
				continue
			fi
			normalize_run "$d"
			compare_runs "$refdir" "$d" "$combo" "$name" "$mode"
		done
	done
done
cluster_reset >/dev/null 2>&1
if [ -s "$OUT/differences" ]; then
	tap_diag "" "differences from 10.3, by scenario line (combinations and modes that differ):"
	awk -F'\t' '{ k = $1 "\t" $2; if (!(k in seen)) { seen[k] = 1; order[n++] = k }
		       v[k] = v[k] " " $3 }
		END { for (i = 0; i < n; i++) { split(order[i], p, "\t")
			printf "  %-18s %s:%s\n", p[1], p[2], v[order[i]] } }' "$OUT/differences" |
		sed 's/^/# /'
fi
tap_done
