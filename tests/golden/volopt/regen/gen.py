#!/usr/bin/env python3
# Generates glusterd/volopt-table.c from facts extracted from the installed
# GlusterFS 10.3: map.tsv (glusterd's option map read out of glusterd.so),
# schemas.txt (translator option definitions read out of the xlator .so
# files) and the reference `volume get <dist-vol> all` listing.
import fnmatch, re, sys

# usage: gen.py map.tsv schemas.txt volume-get-dist-all.txt > volopt-table.c
MAP, SCH, GET = sys.argv[1:4]

# ---- translator schemas -------------------------------------------------
schemas = {}
cur = None
for line in open(SCH):
    line = line.rstrip('\n')
    if line.startswith('## '):
        cur = '/'.join(line[3:].split('/')[-2:])
        schemas[cur] = []
        continue
    if not line.startswith('K '):
        continue
    f = line[2:].split('\t')
    keys = f[0].split(' ')
    d = dict(keys=keys)
    for part in f[1:]:
        for kv in part.split(' '):
            if '=' in kv:
                k, v = kv.split('=', 1)
                d[k] = v
    m = re.search(r'\tvals=([^\t]*)\t', line)
    d['values'] = m.group(1).split('|') if m and m.group(1) else []
    m = re.search(r'\tdef=([^\t]*)\t', line)
    d['default'] = m.group(1)
    schemas[cur].append(d)

SO = {
    'cluster/distribute': 'cluster/distribute.so',
    'cluster/nufa': 'cluster/nufa.so',
    'cluster/switch': 'cluster/switch.so',
    'cluster/replicate': 'cluster/replicate.so',
    'cluster/disperse': 'cluster/disperse.so',
    'rpc-transport/socket': 'rpc-transport/socket.so',
    'mgmt/glusterd': 'mgmt/glusterd.so',
}


def so_of(xl):
    if xl in SO:
        return SO[xl]
    return xl + '.so'


def lookup(xl, name):
    lst = schemas.get(so_of(xl))
    if lst is None:
        return None
    for o in lst:
        for k in o['keys']:
            if fnmatch.fnmatchcase(name, k):
                return o, k
    return None


# ---- option map ---------------------------------------------------------
ents = []
for line in open(MAP):
    k, xl, opt, val, typ, fl, opv, v = line.rstrip('\n').split('\t')
    ents.append(dict(key=k, xl=xl, opt=None if opt == '(NULL)' else opt,
                     val=None if val == '(NULL)' else val, typ=int(typ),
                     fl=int(fl, 16), opv=int(opv), V=(v == 'V')))

# ---- get listing --------------------------------------------------------
get = []
for line in open(GET).read().split('\n')[2:]:
    if not line:
        continue
    key = line.split(' ', 1)[0]
    w = max(len(key), 40)
    get.append((key, line[w + 1:].rstrip(' ')))

j = 0
for e in ents:
    if j < len(get) and get[j][0] == e['key']:
        e['get'] = get[j][1]
        j += 1
    else:
        e['get'] = None
assert j == len(get), (j, len(get))

# Values the reference listing shows because they are set at create; the
# display of an unset key is what 10.3 derives from the translator.
UNSET_DISPLAY = {
    'storage.fips-mode-rchecksum': 'off (DEFAULT)',
    'transport.address-family': '(null) (DEFAULT)',
}
for e in ents:
    if e['key'] in UNSET_DISPLAY:
        e['get'] = UNSET_DISPLAY[e['key']]

ALL_VOL = ['cluster.server-quorum-ratio', 'cluster.enable-shared-storage',
           'cluster.op-version', 'cluster.max-op-version',
           'cluster.brick-multiplex', 'cluster.max-bricks-per-process',
           'glusterd.vol_count_per_thread', 'cluster.localtime-logging',
           'cluster.daemon-log-level', 'cluster.brick-graceful-cleanup']

CHECK = {
    'cluster.subvols-per-directory': 'SUBVOLS_PER_DIR',
    'cluster.rebal-throttle': 'REBAL_THROTTLE',
    'cluster.lock-migration': 'LOCK_MIGRATION',
    'cluster.metadata-self-heal': 'REPLICA_ONLY',
    'cluster.data-self-heal': 'REPLICA_ONLY',
    'cluster.entry-self-heal': 'REPLICA_ONLY',
    'cluster.shd-max-threads': 'REPLICA_ONLY',
    'cluster.self-heal-daemon': 'REPLICA_TYPE',
    'cluster.quorum-count': 'QUORUM_COUNT',
    'performance.cache-max-file-size': 'CACHE_MIN_MAX',
    'performance.cache-min-file-size': 'CACHE_MIN_MAX',
    'client.strict-locks': 'BOOLEAN',
    'server.statedump-path': 'STATEDUMP_PATH',
    'transport.listen-backlog': 'LISTEN_BACKLOG',
    'features.uss': 'BOOLEAN',
    'features.snapshot-directory': 'USS_DIR',
    'features.quota-deem-statfs': 'QUOTA_ENABLED',
    'features.worm': 'BOOLEAN',
    'features.worm-file-level': 'BOOLEAN',
    'features.worm-files-deletable': 'BOOLEAN',
    'features.default-retention-period': 'WORM_PERIOD',
    'features.retention-mode': 'RETENTION_MODE',
    'features.auto-commit-period': 'WORM_PERIOD',
    'locks.mandatory-locking': 'MANDATORY_LOCKING',
    'cluster.disperse-self-heal-daemon': 'DISPERSE_TYPE',
    'disperse.shd-max-threads': 'DISPERSE_ONLY',
    'performance.parallel-readdir': 'BOOLEAN',
    'performance.rda-cache-limit': 'RDA_CACHE_LIMIT',
    'cluster.brick-multiplex': 'BOOLEAN',
    'cluster.brick-graceful-cleanup': 'BOOLEAN',
    'glusterd.vol_count_per_thread': 'VOL_COUNT_PER_THREAD',
    'cluster.max-bricks-per-process': 'MUX_LIMIT',
    'cluster.localtime-logging': 'BOOLEAN',
    'disperse.quorum-count': 'DISPERSE_QUORUM',
    'features.ctime': 'BOOLEAN',
    'ctime.noatime': 'BOOLEAN',
    'features.enforce-mandatory-lock': 'BOOLEAN',
}

# Keys whose non-boolean value makes volgen fail ("Error, Validation Failed").
TOGGLE = {'features.shard', 'network.compression', 'geo-replication.indexing',
          'changelog.changelog',
          'features.tag-namespaces', 'features.cloudsync'}

# Special ('!') options that end up as a translator option which the
# translator then validates: name looked up in the schema.
BANG_NAME = {
    '!brick-log-level': 'log-level', '!client-log-level': 'log-level',
    '!sys-log-level': 'sys-log-level', '!logger': 'logger',
    '!log-format': 'log-format', '!log-buf-size': 'log-buf-size',
    '!log-flush-timeout': 'log-flush-timeout',
    '!client-threads': 'threads', '!brick-threads': 'threads',
    '!self-heal-daemon': 'self-heal-daemon', '!heal-timeout': 'heal-timeout',
}
SCOPE = {'!self-heal-daemon': 'SHD', '!heal-timeout': 'SHD'}
SCOPE_KEY = {'client.send-gids': 'NONE'}
# Options that never reach a validated translator.
NOT_VALIDATED = set()

TYPES = {'ANY': 'ANY', 'STR': 'STR', 'INT': 'INT', 'SIZET': 'SIZET',
         'PERCENT': 'PERCENT', 'PERCENT_OR_SIZET': 'PERCENT_OR_SIZET',
         'BOOL': 'BOOL', 'XLATOR': 'XLATOR', 'PATH': 'PATH', 'TIME': 'TIME',
         'DOUBLE': 'DOUBLE', 'INET_ADDR': 'INET_ADDR',
         'INET_ADDR_LIST': 'INET_ADDR_LIST', 'PRIO_LIST': 'PRIO_LIST',
         'SIZE_LIST': 'SIZE_LIST', 'CLIENT_AUTH_ADDR': 'ANY'}

sch_out = {}    # (so, key-pattern) -> (cname, text)
val_out = {}    # tuple(values) -> cname


def cname(s):
    return re.sub(r'[^A-Za-z0-9]', '_', s).strip('_')


def fmt_double(x):
    x = float(x)
    if x == float('inf'):
        return 'INFINITY'
    if x == int(x):
        return '%d' % int(x)
    return repr(x)


def schema_for(e):
    if e['key'] in NOT_VALIDATED:
        return None
    opt = e['opt']
    xl = e['xl']
    if opt is None:
        name = e['key'].split('.', 1)[1]
    elif opt.startswith('!'):
        if opt == '!server-auth':
            name = 'auth.addr.*.' + e['key'].split('.')[-1]
        elif opt in BANG_NAME:
            name = BANG_NAME[opt]
        else:
            return None
    else:
        name = opt
    if xl in ('mgmt/glusterd',) and e['key'] not in (
            'cluster.server-quorum-type', 'cluster.server-quorum-ratio'):
        return None
    r = lookup(xl, name)
    if r is None:
        return None
    o, pat = r
    t = TYPES[o['T']]
    if t == 'ANY':
        return None
    msgname = name if '*' not in pat else pat
    so = so_of(xl)
    ident = (so, pat)
    if ident not in sch_out:
        vals = 'NULL'
        if o['values']:
            tv = tuple(o['values'])
            if tv not in val_out:
                val_out[tv] = 'vals_%d' % len(val_out)
            vals = val_out[tv]
        rng = {'0': 'BOTH', '1': 'MIN', '2': 'MAX'}[o['val']]
        c = 'sc_' + cname(so.replace('.so', '').split('/')[-1] + '_' + pat)
        txt = ('static const struct volopt_schema %s = {\n'
               '\t"%s", VOLOPT_T_%s, VOLOPT_RANGE_%s, %s, %s, %s };\n' %
               (c, msgname, t, rng, fmt_double(o['min']), fmt_double(o['max']), vals))
        sch_out[ident] = (c, txt)
    return sch_out[ident][0]


def cstr(s):
    if s is None:
        return 'NULL'
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


rows = []
for e in ents:
    flags = []
    if e['fl'] & 1:
        flags.append('VOLOPT_FORCE')
    if e['fl'] & 2:
        flags.append('VOLOPT_XLATOR_TOGGLE')
    if e['fl'] & 4:
        flags.append('VOLOPT_CLIENT')
    if e['fl'] & 8:
        flags.append('VOLOPT_NEVER_RESET')
    if e['typ'] in (1, 3):
        flags.append('VOLOPT_NO_DOC')
    if e['typ'] in (2, 3):
        flags.append('VOLOPT_ALL_VOLS')
    if e['key'] in ALL_VOL:
        flags.append('VOLOPT_GLOBAL')
    assert not e['V'] or e['key'] in CHECK, e['key']
    chk = CHECK[e['key']] if e['V'] else None
    if e['opt'] in ('!perf',) or e['key'] in TOGGLE:
        chk = 'TOGGLE'
    sc = schema_for(e)
    scope = SCOPE_KEY.get(e['key'], SCOPE.get(e['opt'], 'XLATOR'))
    parts = ['.key = %s' % cstr(e['key']), '.xlator = %s' % cstr(e['xl'])]
    if e['opt']:
        parts.append('.option = %s' % cstr(e['opt']))
    if e['val'] is not None:
        parts.append('.value = %s' % cstr(e['val']))
    parts.append('.op_version = %d' % e['opv'])
    if flags:
        parts.append('.flags = %s' % ' | '.join(flags))
    parts.append('.get_display = %s' % cstr(e['get']))
    if sc:
        parts.append('.schema = &%s' % sc)
    if chk:
        parts.append('.check = VOLOPT_CHECK_%s' % chk)
    if scope != 'XLATOR':
        parts.append('.scope = VOLOPT_SCOPE_%s' % scope)
    lines = []
    cur = '\t{ '
    for i, p in enumerate(parts):
        p += ',' if i + 1 < len(parts) else ' },'
        if len(cur.expandtabs(8)) + len(p) + 1 > 80 and cur.strip() != '{':
            lines.append(cur.rstrip())
            cur = '\t  '
        cur += p + ' '
    lines.append(cur.rstrip())
    r = '\n'.join(lines) + '\n'
    rows.append(r)

out = []
out.append('''/* volopt-table: the volume option table of GlusterFS 10.3.
 *
 * One row per entry of 10.3's option map, in the same order and with the
 * same duplicates. The data was read out of the installed 10.3 binaries
 * (glusterd's map, the translators' option definitions) and the reference
 * `volume get <distribute-volume> all` listing; see volopt.h for the
 * meaning of each field. Generated once, maintained by hand since.
 */
#include <math.h>
#include <stddef.h>

#include "glusterd/volopt.h"

''')
for tv, c in val_out.items():
    head = 'static const char *const %s[] = {' % c
    items = [cstr(v) + ',' for v in tv] + ['NULL };']
    line = head
    lines = []
    for it in items:
        if len(line.expandtabs(8)) + 1 + len(it) > 80:
            lines.append(line)
            line = '\t' + it
        else:
            line += ' ' + it if not line.endswith('{') or True else it
    lines.append(line)
    out.append('\n'.join(l.replace('\t ', '\t') for l in lines) + '\n')
out.append('\n')
for ident, (c, txt) in sch_out.items():
    out.append(txt)
out.append('\nconst struct volopt volopt_table[] = {\n')
out.extend(rows)
out.append('};\n\nconst size_t volopt_table_len =\n\tsizeof(volopt_table) / sizeof(volopt_table[0]);\n')
sys.stdout.write(''.join(out))
