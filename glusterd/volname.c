/* volname: the naming rules of cluster.md 5.1, enforced in glusterd. */
#include <string.h>

#include "glusterd/op.h"
#include "glusterd/volname.h"

static const char *const reserved[] = {
	"volume", "type", "help", "subvolumes", "option", "end-volume", "all",
	"volume_not_in_ring", "description", "force", "snap-max-hard-limit",
	"snap-max-soft-limit", "auto-delete", "activate-on-create",
};

int gd_volname_check(struct gd_txn *txn, const char *name)
{
	size_t len = strlen(name);

	if (len == 0 || name[0] == '-')
		return gd_txn_fail(txn, EG_INTRNL, "Invalid volume name %s",
				   name);
	if (len > 256)
		return gd_txn_fail(txn, EG_INTRNL,
				   "Volume name exceeds 256 characters.");
	for (size_t i = 0; i < sizeof(reserved) / sizeof(*reserved); i++)
		if (strcmp(name, reserved[i]) == 0)
			return gd_txn_fail(txn, EG_INTRNL, "\"%s\" cannot be "
					   "the name of a volume.", name);
	for (const char *p = name; *p; p++) {
		char c = *p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '-' || c == '_'))
			return gd_txn_fail(txn, EG_INTRNL, "Volume name should "
				"not contain \"%c\" character.\nVolume names can "
				"only contain alphanumeric, '-' and '_' "
				"characters.", c);
	}
	return 0;
}
