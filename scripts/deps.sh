# shellcheck shell=bash
# Debian packages the project needs, and the one function that installs the
# missing ones. Sourced by run-tests.sh and quickstart.sh.
#
#   deps_install build|test|all
#
# Only packages that `dpkg -s` does not report as installed are handed to
# apt-get, so a second run does no network work at all.

DEPS_BUILD="autoconf automake libtool pkg-config gcc make libc-dev-bin
	libtirpc-dev libxml2-dev libreadline-dev libssl-dev uuid-dev
	libcmocka-dev rpcsvc-proto"
DEPS_TEST="glusterfs-server glusterfs-cli glusterfs-client attr perl
	samba samba-vfs-modules smbclient
	util-linux mount"

deps__missing() {
	local p
	for p in "$@"; do
		dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' ||
			printf '%s\n' "$p"
	done
}

# Installing glusterfs-server would normally start the system glusterd.
# A policy-rc.d that answers 101 ("action forbidden") stops invoke-rc.d
# from starting any service during this install; it is removed afterwards
# unless one was already present.
deps__policy_on() {
	DEPS_POLICY_ADDED=
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
		chmod 755 /usr/sbin/policy-rc.d
		DEPS_POLICY_ADDED=1
	fi
}

deps__policy_off() {
	if [ -n "${DEPS_POLICY_ADDED:-}" ]; then
		rm -f /usr/sbin/policy-rc.d
	fi
}

deps_install() {
	local want missing rc=0
	case "${1:-all}" in
	build) want=$DEPS_BUILD ;;
	test) want=$DEPS_TEST ;;
	*) want="$DEPS_BUILD $DEPS_TEST" ;;
	esac
	# shellcheck disable=SC2086
	missing=$(deps__missing $want | tr '\n' ' ')
	if [ -z "${missing// /}" ]; then
		echo "deps: all packages present"
		return 0
	fi
	if [ "$(id -u)" != 0 ]; then
		echo "deps: missing packages ($missing) and not root: install them first" >&2
		return 1
	fi
	echo "deps: installing $missing"
	export DEBIAN_FRONTEND=noninteractive
	deps__policy_on
	apt-get update -q </dev/null || rc=$?
	if [ "$rc" = 0 ]; then
		# shellcheck disable=SC2086
		apt-get install -y -q --no-install-recommends $missing </dev/null || rc=$?
	fi
	deps__policy_off
	if [ "$rc" != 0 ]; then
		echo "deps: apt-get failed (exit $rc)" >&2
		return "$rc"
	fi
}

# glusterd.vol as shipped by the package: installed, or still the .dpkg-new
# copy when the package was unpacked next to a locally modified file.
deps_glusterd_vol() {
	local f
	for f in /etc/glusterfs/glusterd.vol /etc/glusterfs/glusterd.vol.dpkg-new \
		/etc/glusterfs/glusterd.vol.dpkg-dist "${DEPS_SRCDIR:-.}/extras/glusterd.vol"; do
		if [ -r "$f" ]; then
			printf '%s\n' "$f"
			return 0
		fi
	done
	return 1
}
