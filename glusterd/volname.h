/* volname: glusterd's own check of a volume name (the CLI checks too, but
 * a raw RPC client may not). */
#ifndef GD_VOLNAME_H
#define GD_VOLNAME_H

struct gd_txn;

int gd_volname_check(struct gd_txn *txn, const char *name);

#endif
