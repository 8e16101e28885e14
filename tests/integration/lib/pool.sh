# shellcheck shell=bash
# Helpers for tests of pools whose nodes may run either implementation
# (after cluster.sh; IMPL[N] is node N's: ours or ref).
#
#   ncli N ARGS...   the CLI that belongs to node N's glusterd
#   pool_ready N     node N sees exactly one peer, in the pool and connected

ncli() {
	local n=$1
	shift
	gcli_impl "${IMPL[$n]}" "$n" "$@"
}

pool_ready() {
	local n=$1 out
	out=$(ncli "$n" peer status 2>/dev/null) || return 1
	grep -qx 'Number of Peers: 1' <<<"$out" &&
		grep -qx 'State: Peer in Cluster (Connected)' <<<"$out"
}
