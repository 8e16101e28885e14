/* volgen-optab: volgen's view of the option table (glusterd/volopt.h). */
#include "glusterd/volgen-graph.h"
#include "glusterd/volopt.h"

bool volgen__optdef(size_t i, struct volgen_optdef *d)
{
	const struct volopt *o;

	if (i >= volopt_table_len)
		return false;
	o = &volopt_table[i];
	d->key = o->key;
	d->type = o->xlator;
	d->option = o->option;
	d->value = o->value;
	d->op_version = o->op_version;
	return true;
}
