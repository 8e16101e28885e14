#!/usr/bin/env bash
# A second name for a known peer: node 2, in the pool by its address, is
# probed again by another spelling of that address (127.1.X.2 written as
# 127.1.(256X+2), which the resolver takes as the same address). The
# probe succeeds and adds the name: peer status shows it under "Other
# names:", the --xml form lists both, node 1's peers/ file keeps it as
# hostname2 and it survives a restart; a third probe by the same name
# finds it in the peer list; the peer can be detached by that name.
# run-tests.sh also runs this script on 10.3 (GD_IMPL=ref CLI_IMPL=ref):
# its expectations are 10.3's behaviour.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib/tap.sh"
GD_NET=${GD_NET:-127.1.58}
. "$HERE/lib/cluster.sh"

cluster_have "$GD_IMPL" || tap_skip_all "no $GD_IMPL binaries"
cluster_have "$CLI_IMPL" || tap_skip_all "no $CLI_IMPL CLI"
command -v xmllint >/dev/null || tap_skip_all "no xmllint"
cluster_init
trap 'cluster_finish' EXIT
for n in 1 2; do
	gd_start "$n" || { not_ok "glusterd node $n starts"; tap_done; }
done
H2=$(gd_host 2)
IFS=. read -r o1 o2 o3 o4 <<<"$H2"
ALT=$o1.$o2.$((o3 * 256 + o4))

peer_state() {
	grep -qx "State: $2" <<<"$(gcli "$1" peer status 2>/dev/null)"
}

# has_line LINE CMD...: CMD prints LINE
has_line() {
	local want=$1
	shift
	"$@" 2>/dev/null | grep -qxF -- "$want"
}

# xml_names N: node N's peer status --xml is well-formed and lists both
# names of node 2, in order
xml_names() {
	local out
	out=$(gcli "$1" --xml peer status) &&
		printf '%s\n' "$out" | xmllint --noout - &&
		printf '%s\n' "$out" | tr -d ' \n' | grep -qF \
			"<hostnames><hostname>$H2</hostname><hostname>$ALT</hostname></hostnames>"
}

tap_check "the second name resolves to node 2's address" \
	test "$(getent ahostsv4 "$ALT" | awk 'NR == 1 {print $1}')" = "$H2"
expect_output "probe node 2 by its address" 0 "peer probe: success" "" \
	gcli 1 peer probe "$H2"
tap_check "node 1: in cluster" wait_for 30 peer_state 1 "Peer in Cluster (Connected)"
tap_check "node 2: in cluster" wait_for 30 peer_state 2 "Peer in Cluster (Connected)"

expect_output "probe node 2 by a second name" 0 "peer probe: success" "" \
	gcli 1 peer probe "$ALT"
expect_output "peer status shows the other name" 0 \
	"Number of Peers: 1

Hostname: $H2
Uuid: $(sed -n 's/^UUID=//p' "$(gd_wd 2)/glusterd.info")
State: Peer in Cluster (Connected)
Other names:
$ALT" "" gcli 1 peer status
tap_check "peer status --xml lists both names" xml_names 1
tap_check "node 1's peers/ file keeps both names" sh -c \
	"grep -qx 'hostname1=$H2' $(gd_wd 1)/peers/* &&
	 grep -qx 'hostname2=$ALT' $(gd_wd 1)/peers/*"
expect_output "probe by the second name again: known" 0 \
	"peer probe: Host $ALT port 24007 already in peer list" "" \
	gcli 1 peer probe "$ALT"

tap_check "restart node 1" gd_restart 1
tap_check "node 1: in cluster again" wait_for 30 peer_state 1 "Peer in Cluster (Connected)"
tap_check "the other name survives the restart" has_line "$ALT" gcli 1 peer status

expect_output "detach by the second name" 0 "peer detach: success" "" \
	gcli 1 peer detach "$ALT"
tap_check "pool list: node 1 alone" test "$(gcli 1 pool list | wc -l)" -eq 2
tap_check "node 2 forgot node 1" wait_for 30 has_line "Number of Peers: 0" gcli 2 peer status
for n in 1 2; do
	tap_check "node $n stops cleanly" gd_stop "$n"
done
tap_done
