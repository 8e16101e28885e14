#!/usr/bin/env python3
"""Development aid: send one CLI call (a gf_cli_req carrying a dict) to a
glusterd's unix socket, ours or 10.3's, and print the reply's op_ret,
op_errno, op_errstr and dict pairs, sorted by key, so that two replies can
be diffed. Not used by the tests.

usage: cli-dict-dump.py SOCK PROC key=value ...
e.g.   cli-dict-dump.py /tmp/gdt.X/node1/gd.sock 27 volname=sv cmd=257 \
           "cmd-str=volume status sv mem"      (27: STATUS_VOLUME)
"""
import socket, struct, sys
sock, proc = sys.argv[1], int(sys.argv[2])
pairs = [a.split('=', 1) for a in sys.argv[3:]]
def ser(pairs):
    b = struct.pack('>I', len(pairs))
    for k, v in pairs:
        k = k.encode(); v = v.encode() + b'\0'
        b += struct.pack('>II', len(k), len(v)) + k + b'\0' + v
    return b
def opaque(b):
    return struct.pack('>I', len(b)) + b + b'\0' * ((4 - len(b) % 4) % 4)
body = opaque(ser(pairs))
hdr = struct.pack('>IIIIII', 1, 0, 2, 1238463, 2, proc) + struct.pack('>II', 0, 0) + struct.pack('>II', 0, 0)
msg = hdr + body
s = socket.socket(socket.AF_UNIX); s.connect(sock)
s.sendall(struct.pack('>I', 0x80000000 | len(msg)) + msg)
data = b''
while True:
    h = s.recv(4, socket.MSG_WAITALL); n = struct.unpack('>I', h)[0]
    chunk = b''
    while len(chunk) < (n & 0x7fffffff): chunk += s.recv((n & 0x7fffffff) - len(chunk))
    data += chunk
    if n & 0x80000000: break
# xid, mtype, reply_stat, verf flavor, verf len, accept_stat
off = 24
op_ret, op_errno = struct.unpack('>ii', data[off:off+8]); off += 8
el = struct.unpack('>I', data[off:off+4])[0]; off += 4
err = data[off:off+el].decode(errors='replace'); off += el + (4 - el % 4) % 4
dl = struct.unpack('>I', data[off:off+4])[0]; off += 4
d = data[off:off+dl]
print(f"op_ret={op_ret} op_errno={op_errno} errstr={err!r}")
if dl:
    cnt = struct.unpack('>I', d[:4])[0]; o = 4; out = []
    for _ in range(cnt):
        kl, vl = struct.unpack('>II', d[o:o+8]); o += 8
        k = d[o:o+kl].decode(); o += kl + 1
        v = d[o:o+vl]; o += vl
        out.append((k, v.rstrip(b'\0').decode(errors='replace') if k not in ('originator_uuid','transaction_id') else v.hex()))
    for k, v in sorted(out): print(f"{k}={v}")
