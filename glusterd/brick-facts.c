/* brick-facts: the file-system facts `volume status V detail` shows for a
 * brick (see status.h). Read fresh on every request, as 10.3 does.
 */
#include <errno.h>
#include <fcntl.h>
#include <mntent.h>
#include <paths.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include "glusterd/status.h"
#include "libglusterfs/log.h"
#include "libglusterfs/spawn.h"
#include "xdr/cli-msg.h"

#define TOOL_TIMEOUT_MS 10000
#define TOOL_OUTPUT_MAX 65536

/* How the inode size of a file system type is found; tool NULL: the
 * type has no such notion (10.3 leaves it unset without complaint). */
struct fs_tool {
	const char *type;
	const char *tool;
	const char *arg;	/* before the device, or NULL */
	const char *key;	/* what precedes the value in the output */
	bool on_mount_root;	/* the tool wants the mount point */
};

static const struct fs_tool fs_tools[] = {
	{ "xfs", "xfs_info", NULL, "isize=", true },
	{ "ext3", "tune2fs", "-l", "Inode size:", false },
	{ "ext4", "tune2fs", "-l", "Inode size:", false },
	{ "btrfs", NULL, NULL, NULL, false },
	{ "zfs", NULL, NULL, NULL, false },
};

char *gd_brick__mount_root(const char *path)
{
	struct stat brick, up;
	char *root = strdup(path), *slash = NULL;

	if (!root)
		return NULL;
	if (stat(root, &brick) < 0)
		goto fail;
	while ((slash = strrchr(root, '/')) && slash != root) {
		*slash = '\0';
		if (stat(root, &up) < 0)
			goto fail;
		if (up.st_dev != brick.st_dev) {
			*slash = '/';
			return root;
		}
	}
	if (slash == root) {
		if (stat("/", &up) < 0)
			goto fail;
		if (up.st_dev == brick.st_dev)
			root[1] = '\0';
	}
	return root;
fail:
	free(root);
	return NULL;
}

/* The first mount entry of dir (not the initial rootfs). */
static int mount_entry(const char *dir, struct gd_brick_facts *f)
{
	FILE *fp = setmntent(_PATH_MOUNTED, "r");
	struct mntent m, *e;
	char buf[8192];
	int r = -ENOENT;

	if (!fp)
		return -errno;
	while ((e = getmntent_r(fp, &m, buf, sizeof(buf)))) {
		if (strcmp(e->mnt_dir, dir) != 0 ||
		    strcmp(e->mnt_type, "rootfs") == 0)
			continue;
		f->device = strdup(e->mnt_fsname);
		f->fs_name = strdup(e->mnt_type);
		f->mnt_options = strdup(e->mnt_opts);
		r = f->device && f->fs_name && f->mnt_options ? 0 : -ENOMEM;
		break;
	}
	endmntent(fp);
	return r;
}

char *gd_brick__inode_size_parse(const char *text, const char *key)
{
	const char *p = strstr(text, key);
	size_t n;

	if (!p)
		return NULL;
	p += strlen(key);
	p += strspn(p, " \t");
	n = strcspn(p, " \t\r\n,");
	return n ? strndup(p, n) : NULL;
}

/* Runs argv with stdout to an unlinked temporary file; its output,
 * malloc'd and NUL-terminated, or NULL. */
static char *tool_output(struct spawn_cmd *cmd)
{
	char tmpl[] = "/tmp/.gd-fsinfo.XXXXXX", *out = NULL;
	int fd = mkostemp(tmpl, O_CLOEXEC), st;
	ssize_t n;

	if (fd < 0)
		return NULL;
	(void)unlink(tmpl);
	cmd->stdout_fd = fd;
	st = spawn_run_sync(cmd, TOOL_TIMEOUT_MS);
	if (st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0 &&
	    (out = calloc(1, TOOL_OUTPUT_MAX + 1)) &&
	    (n = pread(fd, out, TOOL_OUTPUT_MAX, 0)) <= 0) {
		free(out);
		out = NULL;
	}
	(void)close(fd);
	return out;
}

static void inode_size(const char *root, struct gd_brick_facts *f)
{
	const struct fs_tool *t = NULL;
	struct spawn_cmd cmd;
	char *out;

	for (size_t i = 0; i < sizeof(fs_tools) / sizeof(fs_tools[0]); i++)
		if (strcmp(fs_tools[i].type, f->fs_name) == 0)
			t = &fs_tools[i];
	if (!t || !t->tool)
		return;
	spawn_cmd_init(&cmd);
	if (spawn_cmd_add(&cmd, t->tool) == 0 &&
	    (!t->arg || spawn_cmd_add(&cmd, t->arg) == 0) &&
	    spawn_cmd_add(&cmd, t->on_mount_root ? root : f->device) == 0 &&
	    (out = tool_output(&cmd))) {
		f->inode_size = gd_brick__inode_size_parse(out, t->key);
		free(out);
	}
	if (!f->inode_size)
		log_warn("cannot find the inode size of %s (%s) with %s",
			 f->device, f->fs_name, t->tool);
	spawn_cmd_release(&cmd);
}

void gd_brick_facts_get(const char *path, struct gd_brick_facts *f)
{
	struct statvfs sv;
	char *root;

	memset(f, 0, sizeof(*f));
	if (statvfs(path, &sv) == 0) {
		f->have_statvfs = true;
		f->block_size = sv.f_bsize;
		f->free = (uint64_t)sv.f_bfree * sv.f_bsize;
		f->total = (uint64_t)sv.f_blocks * sv.f_bsize;
		f->total_inodes = sv.f_files;
		f->free_inodes = sv.f_ffree;
	} else {
		log_warn("statvfs %s: %s", path, strerror(errno));
	}
	root = gd_brick__mount_root(path);
	if (root && mount_entry(root, f) == 0)
		inode_size(root, f);
	free(root);
}

void gd_brick_facts_release(struct gd_brick_facts *f)
{
	free(f->device);
	free(f->fs_name);
	free(f->mnt_options);
	free(f->inode_size);
	memset(f, 0, sizeof(*f));
}

void gd_brick_facts_to_entry(const struct gd_brick_facts *f,
			     struct cli_status_entry *e)
{
	e->has_detail = true;
	e->block_size = f->block_size;
	e->free = f->free;
	e->total = f->total;
	e->total_inodes = f->total_inodes;
	e->free_inodes = f->free_inodes;
	e->device = f->device;
	e->fs_name = f->fs_name;
	e->mnt_options = f->mnt_options;
	e->inode_size = f->inode_size;
}
