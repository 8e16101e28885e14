#!/bin/sh
# gen-xdr.sh RPCGEN h|c SRC.x OUT NAME
#
# Runs rpcgen on SRC.x and fixes what it derives from file names: the
# header guard (invalid with a '-' in the name) and the #include line of
# the .c file (which must name NAME-xdr.h, found through
# -I$(top_builddir)/xdr). The header includes <rpc/xdr.h> instead of
# <rpc/rpc.h>: with -I$(top_srcdir) the latter is our own rpc/rpc.h.
set -e
rpcgen=$1 kind=$2 src=$3 out=$4 name=$5
guard=GF_XDR_$(printf '%s' "$name" | tr 'a-z-' 'A-Z_')_H
rm -f "$out.tmp" "$out.tmp2"
"$rpcgen" "-$kind" -o "$out.tmp" "$src"
case $kind in
h) sed -e "s/^#ifndef .*_RPCGEN\$/#ifndef $guard/" \
       -e "s/^#define .*_RPCGEN\$/#define $guard/" \
       -e "s|^#endif /\\* !.*_RPCGEN \\*/\$|#endif|" \
       -e "s|^#include <rpc/rpc.h>\$|#include <rpc/xdr.h>|" \
       "$out.tmp" >"$out.tmp2" ;;
c) sed -e "s|^#include \".*\"\$|#include \"$name-xdr.h\"|" \
       "$out.tmp" >"$out.tmp2" ;;
*) echo "gen-xdr.sh: kind must be h or c" >&2; exit 1 ;;
esac
rm -f "$out.tmp"
mv "$out.tmp2" "$out"
