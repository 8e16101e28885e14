/* brick-check: what stage does to a brick directory owned by this node
 * at create time (cluster.md 5.1 step 4 and wire.md 9.6).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "glusterd/brick-check.h"
#include "glusterd/op.h"
#include "libglusterfs/strbuf.h"

#define XA_VOLID "trusted.glusterfs.volume-id"
#define XA_GFID "trusted.gfid"
#define XA_TEST "trusted.glusterfs.test"

static char *parent_of(const char *path)
{
	char *p = strdup(path);
	char *slash;

	if (!p)
		return NULL;
	slash = strrchr(p, '/');
	if (slash == p)
		slash[1] = '\0';
	else if (slash)
		*slash = '\0';
	return p;
}

static int check_dir(struct gd_txn *txn, const char *host, const char *path)
{
	struct stat st;

	if (mkdir(path, 0755) < 0 && errno != EEXIST)
		return gd_txn_fail(txn, EG_INTRNL,
			"Failed to create brick directory for brick %s:%s. "
			"Reason : %s ", host, path, strerror(errno));
	if (stat(path, &st) < 0 || !S_ISDIR(st.st_mode))
		return gd_txn_fail(txn, EG_INTRNL, "The provided path %s "
			"which is already present, is not a directory", path);
	if (strncmp(path, "/var/lib/glusterd", 17) == 0 &&
	    (path[17] == '/' || path[17] == '\0'))
		return gd_txn_fail(txn, EG_INTRNL, "Brick isn't allowed to be "
			"created inside glusterd's working directory.");
	return 0;
}

static int check_partition(struct gd_txn *txn, const char *host,
			   const char *path)
{
	struct stat st, pst, root;
	char *parent = parent_of(path);
	int r = 0;

	if (!parent)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	if (stat(path, &st) < 0 || stat(parent, &pst) < 0 ||
	    stat("/", &root) < 0)
		r = gd_txn_fail(txn, EG_INTRNL, "Failed to stat brick %s:%s",
				host, path);
	else if (st.st_dev != pst.st_dev)
		r = gd_txn_fail(txn, EG_INTRNL, "The brick %s:%s is a mount "
			"point. Please create a sub-directory under the mount "
			"point and use that as the brick directory. Or use "
			"'force' at the end of the command if you want to "
			"override this behavior.", host, path);
	else if (pst.st_dev == root.st_dev)
		r = gd_txn_fail(txn, EG_INTRNL, "The brick %s:%s is being "
			"created in the root partition. It is recommended that "
			"you don't use the system's root partition for storage "
			"backend. Or use 'force' at the end of the command if "
			"you want to override this behavior.", host, path);
	free(parent);
	return r;
}

static int check_xattr_support(struct gd_txn *txn, const char *host,
			       const char *path)
{
	if (setxattr(path, XA_TEST, "working", 8, 0) < 0)
		return gd_txn_fail(txn, EG_INTRNL, "Glusterfs is not supported "
			"on brick: %s:%s.\nSetting extended attributes failed, "
			"reason: %s.", host, path, strerror(errno));
	(void)removexattr(path, XA_TEST);
	return 0;
}

static bool has_volume_xattr(const char *path)
{
	return getxattr(path, XA_GFID, NULL, 0) >= 0 ||
	       getxattr(path, XA_VOLID, NULL, 0) >= 0;
}

/* The path or a parent already belongs to a volume: a failure, or with
 * force only a note in the reply, as 10.3 does. */
static int in_use(struct gd_txn *txn, bool force, const char *fmt,
		  const char *path)
{
	if (force) {
		gd_txn_info(txn, fmt, path);
		return 0;
	}
	return gd_txn_fail(txn, EG_INTRNL, fmt, path);
}

static int check_in_use(struct gd_txn *txn, const char *path, bool force)
{
	char *p;
	char *slash;

	if (has_volume_xattr(path))
		return in_use(txn, force, "%s is already part of a volume",
			      path);
	p = strdup(path);
	if (!p)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	while ((slash = strrchr(p, '/'))) {
		if (slash == p)
			slash[1] = '\0';
		else
			*slash = '\0';
		if (has_volume_xattr(p)) {
			int r = in_use(txn, force, "parent directory %s is "
				       "already part of a volume", p);
			free(p);
			return r;
		}
		if (strcmp(p, "/") == 0)
			break;
	}
	free(p);
	return 0;
}

static int mark_brick(struct gd_txn *txn, const char *host, const char *path,
		      const uuid_t volid, bool force)
{
	char *gfs = xasprintf("%s/.glusterfs", path);
	int flags = force ? 0 : XATTR_CREATE;
	int r = 0;

	if (!gfs)
		return gd_txn_fail(txn, ENOMEM, "Out of memory");
	if (setxattr(path, XA_VOLID, volid, 16, flags) < 0)
		r = gd_txn_fail(txn, EG_INTRNL, "Failed to set extended "
			"attributes %s, reason: %s", XA_VOLID, strerror(errno));
	else if (mkdir(gfs, 0600) < 0 && errno != EEXIST)
		r = gd_txn_fail(txn, EG_INTRNL, "Failed to create directory "
			"%s:%s. Reason : %s", host, gfs, strerror(errno));
	free(gfs);
	return r;
}

int gd_brick_prepare_local(struct gd_txn *txn, const char *host,
			   const char *path, const uuid_t volid, bool force)
{
	if (strlen(path) >= PATH_MAX)
		return gd_txn_fail(txn, EG_INTRNL,
				   "brick path %s is too long.", path);
	if (check_dir(txn, host, path) < 0)
		return -1;
	if (!force && check_partition(txn, host, path) < 0)
		return -1;
	if (check_xattr_support(txn, host, path) < 0)
		return -1;
	if (check_in_use(txn, path, force) < 0)
		return -1;
	return mark_brick(txn, host, path, volid, force);
}

char *gd_brick_mount_dir(const char *path)
{
	struct stat st, pst;
	char *mnt, *parent, *out;

	if (stat(path, &st) < 0 || !(mnt = strdup(path)))
		return NULL;
	/* climb until the parent lives on another device: that is the mount
	 * point; a brick on the root filesystem keeps its full path */
	for (;;) {
		parent = parent_of(mnt);
		if (!parent || stat(parent, &pst) < 0) {
			free(parent);
			free(mnt);
			return NULL;
		}
		if (pst.st_dev != st.st_dev) {
			free(parent);
			break;
		}
		if (strcmp(parent, "/") == 0) {
			free(parent);
			free(mnt);
			return strdup(path);
		}
		free(mnt);
		mnt = parent;
	}
	out = strdup(path[strlen(mnt)] ? path + strlen(mnt) : "/");
	free(mnt);
	return out;
}

uint64_t gd_brick_fsid(const char *path)
{
	struct statvfs sv;

	if (statvfs(path, &sv) < 0)
		return 0;
	return (uint64_t)sv.f_fsid;
}
