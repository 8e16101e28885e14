/* peer-export: the FRIEND_ADD "export dictionary" (cluster.md 3.5) and
 * its comparison and import on the receiving node (3.6). */
#ifndef GD_PEER_EXPORT_H
#define GD_PEER_EXPORT_H

struct gd_conf;
struct dict;

/* Fills d with this node's FRIEND_ADD payload; hostname_in_cluster is
 * peer_name. */
int gd_export_dict(struct gd_conf *c, const char *peer_name, struct dict *d);

enum gd_import_verdict { GD_IMPORT_ACCEPT = 0, GD_IMPORT_REJECT = 1 };

/* Compares a peer's export dict with local state and, when accepted,
 * imports what is newer or unknown. Returns 0 and sets *verdict, or
 * -errno for a malformed dict (nothing changed). */
int gd_import_friend_dict(struct gd_conf *c, const struct dict *d,
			  const char *peer_name,
			  enum gd_import_verdict *verdict);

#endif
