#!/bin/sh
# Regenerates the expected volfiles of every golden case from our volgen
# (`make update-golden`). Review the diff before committing: the files
# in this directory were written by GlusterFS 10.3 itself (see README),
# so any change here is a change in behaviour.
#
# usage: update.sh [BUILDDIR] [case...]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-.}
[ $# -gt 0 ] && shift
tool=$build/tests/unit/test-volgen
if [ ! -x "$tool" ]; then
	echo "update.sh: $tool not built (make check builds it)" >&2
	exit 1
fi

cases=$*
if [ -z "$cases" ]; then
	for d in "$here"/*/; do
		[ -f "$d/info" ] && cases="$cases $(basename "$d")"
	done
fi
for c in $cases; do
	rm -f "$here/$c"/*.vol
	"$tool" --write "$here/$c" "$here/$c"
done
echo "update.sh: regenerated:$cases"
