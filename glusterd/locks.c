/* locks: the cluster lock table. Few locks are ever held at once, so a
 * list is enough. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/locks.h"
#include "libglusterfs/list.h"
#include "libglusterfs/log.h"

struct gd_lock {
	struct list_head list;
	struct gd_locks *tab;
	char *name;
	char *owner;
	struct ev_timer *timer;
};

struct gd_locks {
	struct ev_loop *loop;
	unsigned timeout_s;
	struct list_head held;
};

struct gd_locks *gd_locks_new(struct ev_loop *loop, unsigned timeout_s)
{
	struct gd_locks *l = calloc(1, sizeof(*l));

	if (!l)
		return NULL;
	l->loop = loop;
	l->timeout_s = timeout_s;
	list_init(&l->held);
	return l;
}

static void lock_free(struct gd_lock *k)
{
	list_del(&k->list);
	ev_timer_del(k->timer);
	free(k->name);
	free(k->owner);
	free(k);
}

struct gd_locks *gd_locks_free(struct gd_locks *l)
{
	struct gd_lock *k, *n;

	if (!l)
		return NULL;
	list_for_each_entry_safe(k, n, &l->held, list)
		lock_free(k);
	free(l);
	return NULL;
}

static struct gd_lock *lock_find(const struct gd_locks *l, const char *name)
{
	struct gd_lock *k;

	list_for_each_entry(k, &l->held, list)
		if (strcmp(k->name, name) == 0)
			return k;
	return NULL;
}

static void lock_expired(struct ev_loop *loop, void *arg)
{
	struct gd_lock *k = arg;

	(void)loop;
	log_warn("lock %s held by %s expired", k->name, k->owner);
	k->timer = NULL;
	lock_free(k);
}

int gd_lock_take(struct gd_locks *l, const char *name, const char *owner)
{
	struct gd_lock *k = lock_find(l, name);

	if (k) {
		log_warn("Lock for %s held by %s", name, k->owner);
		return -EBUSY;
	}
	k = calloc(1, sizeof(*k));
	if (!k)
		return -ENOMEM;
	k->tab = l;
	k->name = strdup(name);
	k->owner = strdup(owner);
	if (!k->name || !k->owner) {
		free(k->name);
		free(k->owner);
		free(k);
		return -ENOMEM;
	}
	list_add_tail(&k->list, &l->held);
	if (l->loop && l->timeout_s)
		k->timer = ev_timer_add(l->loop, (uint64_t)l->timeout_s * 1000,
					lock_expired, k);
	return 0;
}

int gd_lock_release(struct gd_locks *l, const char *name, const char *owner)
{
	struct gd_lock *k = lock_find(l, name);

	if (!k)
		return -ENOENT;
	if (strcmp(k->owner, owner) != 0)
		return -EPERM;
	lock_free(k);
	return 0;
}

const char *gd_lock_owner(const struct gd_locks *l, const char *name)
{
	struct gd_lock *k = lock_find(l, name);
	return k ? k->owner : NULL;
}

void gd_locks_release_owner(struct gd_locks *l, const char *owner)
{
	struct gd_lock *k, *n;

	list_for_each_entry_safe(k, n, &l->held, list)
		if (strcmp(k->owner, owner) == 0)
			lock_free(k);
}
