/* addbrick-heal: a started volume whose replica count add-brick raised
 * gets its new bricks marked for the self-heal daemon before they start,
 * as 10.3 does, by the node that owns them:
 *   - trusted.afr.dirty with the entry count 1 on the new brick's root;
 *   - through a short-lived FUSE mount of the new graph (client pid -12,
 *     log <logdir>/<vol>-add-brick-mount.log), trusted.add-brick set to
 *     the brick's id on the volume root, which replicate turns into
 *     pending marks against the new brick on the old ones.
 * The mount's first call waits for the old bricks, which it finds through
 * this glusterd's portmap: the work runs in a forked child, and the loop
 * goes on serving meanwhile.
 */
#ifndef GD_ADDBRICK_HEAL_H
#define GD_ADDBRICK_HEAL_H

#include <stdbool.h>

#include "glusterd/conf.h"
#include "glusterd/volinfo.h"

/* Seconds the child may take before it is killed and its mount dropped. */
#define GD_ADDBRICK_MARK_TIMEOUT_S 60

/* True when the change from old_replica to v's replica count on a started
 * volume calls for the marking (10.3: a replica count that grew). */
bool gd_addbrick_heal_needed(const struct gd_volinfo *v, int old_replica);

/* Called from the loop when the marking ended, whatever its outcome (a
 * failure is logged: the bricks still start, as the volume's new layout
 * is already committed): v is the volume (NULL if it went), idx[0..n)
 * the bricks, no longer held; both stay valid during the call only. */
typedef void (*gd_heal_marked_fn)(struct gd_conf *c, struct gd_volinfo *v,
				  const int *idx, int n, void *arg);

/* Marks the local bricks at idx[0..n) of v, holding their start (their
 * start_held set) until done is called. 0, or -errno when nothing was
 * started (done is not called then). */
int gd_addbrick_heal_mark(struct gd_conf *c, struct gd_volinfo *v,
			  const int *idx, int n, gd_heal_marked_fn done,
			  void *arg);

#endif
