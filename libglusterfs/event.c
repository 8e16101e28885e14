/* event: a small epoll loop: fd watchers, a timer heap, SIGCHLD through
 * signalfd and a before-poll hook. Removal is deferred: a removed watcher
 * stays allocated (marked dead) until the end of the dispatch round. */
#include "libglusterfs/event.h"
#include "libglusterfs/list.h"
#include "libglusterfs/mem.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define EV_BATCH 64

struct ev_fd {
	struct ev_loop *loop;
	struct list_head node;		/* loop->fds or loop->dead_fds */
	int fd;
	int events;
	bool registered;		/* present in the epoll set */
	bool dead;
	ev_fd_cb cb;
	void *arg;
};

enum ev_timer_state { EV_TIMER_PENDING, EV_TIMER_FIRING, EV_TIMER_DEAD };

struct ev_timer {
	struct ev_loop *loop;
	struct list_head node;		/* loop->dead_timers once done */
	uint64_t deadline;
	uint64_t seq;
	size_t idx;			/* heap slot while pending */
	enum ev_timer_state state;
	ev_timer_cb cb;
	void *arg;
};

struct ev_loop {
	int epfd;
	bool stop;
	struct list_head fds;
	struct list_head dead_fds;
	struct ev_timer **heap;
	size_t nheap, aheap;
	uint64_t timer_seq;
	struct list_head dead_timers;
	ev_hook_cb before_poll;
	void *before_poll_arg;
	/* child reaping */
	int sigfd;
	struct ev_fd *sigw;
	ev_child_cb child_cb;
	void *child_arg;
	sigset_t saved_mask;
};

uint64_t ev_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

struct ev_loop *ev_loop_new(void)
{
	struct ev_loop *loop = gf_calloc(1, sizeof(*loop));

	if (!loop)
		return NULL;
	loop->epfd = epoll_create1(EPOLL_CLOEXEC);
	if (loop->epfd < 0) {
		free(loop);
		return NULL;
	}
	loop->sigfd = -1;
	list_init(&loop->fds);
	list_init(&loop->dead_fds);
	list_init(&loop->dead_timers);
	return loop;
}

/* ---- deferred frees ----------------------------------------------------- */

static void ev__reap_dead(struct ev_loop *loop)
{
	struct ev_fd *w, *wn;
	struct ev_timer *t, *tn;

	list_for_each_entry_safe(w, wn, &loop->dead_fds, node) {
		list_del(&w->node);
		free(w);
	}
	list_for_each_entry_safe(t, tn, &loop->dead_timers, node) {
		list_del(&t->node);
		free(t);
	}
}

/* ---- fd watchers -------------------------------------------------------- */

static uint32_t ev__to_epoll(int events)
{
	return (events & EV_READ ? EPOLLIN : 0) |
	       (events & EV_WRITE ? EPOLLOUT : 0);
}

/* Brings the epoll registration in line with w->events; no events means
 * not registered at all (so a hung-up fd does not spin the loop). */
static int ev__sync_fd(struct ev_fd *w, int events)
{
	struct epoll_event ev = { .events = ev__to_epoll(events),
				  .data.ptr = w };
	int op;

	if (!events) {
		if (w->registered &&
		    epoll_ctl(w->loop->epfd, EPOLL_CTL_DEL, w->fd, NULL) < 0 &&
		    errno != EBADF && errno != ENOENT)
			return -errno;
		w->registered = false;
		w->events = 0;
		return 0;
	}
	op = w->registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
	if (epoll_ctl(w->loop->epfd, op, w->fd, &ev) < 0)
		return -errno;
	w->registered = true;
	w->events = events;
	return 0;
}

struct ev_fd *ev_fd_add(struct ev_loop *loop, int fd, int events, ev_fd_cb cb,
			void *arg)
{
	struct ev_fd *w;

	if (!loop || fd < 0 || !cb)
		return NULL;
	w = gf_calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	w->loop = loop;
	w->fd = fd;
	w->cb = cb;
	w->arg = arg;
	if (ev__sync_fd(w, events & (EV_READ | EV_WRITE)) < 0) {
		free(w);
		return NULL;
	}
	list_add_tail(&w->node, &loop->fds);
	return w;
}

int ev_fd_set_events(struct ev_fd *w, int events)
{
	if (!w || w->dead)
		return -EINVAL;
	events &= EV_READ | EV_WRITE;
	if (events == w->events && (events != 0) == w->registered)
		return 0;
	return ev__sync_fd(w, events);
}

void ev_fd_del(struct ev_fd *w)
{
	if (!w || w->dead)
		return;
	(void)ev__sync_fd(w, 0);
	w->dead = true;
	list_del(&w->node);
	list_add_tail(&w->node, &w->loop->dead_fds);
}

static void ev__dispatch_fd(struct epoll_event *e)
{
	struct ev_fd *w = e->data.ptr;
	int events = 0;

	if (w->dead)
		return;
	if (e->events & (EPOLLIN | EPOLLPRI))
		events |= EV_READ;
	if (e->events & EPOLLOUT)
		events |= EV_WRITE;
	if (e->events & (EPOLLERR | EPOLLHUP))
		events |= EV_ERROR | (w->events & EV_READ);
	w->cb(w->loop, w->fd, events, w->arg);
}

/* ---- timer heap (min by deadline, then by creation order) --------------- */

static bool ev__timer_before(const struct ev_timer *a, const struct ev_timer *b)
{
	if (a->deadline != b->deadline)
		return a->deadline < b->deadline;
	return a->seq < b->seq;
}

static void ev__heap_set(struct ev_loop *loop, size_t i, struct ev_timer *t)
{
	loop->heap[i] = t;
	t->idx = i;
}

static void ev__heap_up(struct ev_loop *loop, size_t i)
{
	struct ev_timer *t = loop->heap[i];

	while (i > 0 && ev__timer_before(t, loop->heap[(i - 1) / 2])) {
		ev__heap_set(loop, i, loop->heap[(i - 1) / 2]);
		i = (i - 1) / 2;
	}
	ev__heap_set(loop, i, t);
}

static void ev__heap_down(struct ev_loop *loop, size_t i)
{
	struct ev_timer *t = loop->heap[i];
	size_t c;

	while ((c = 2 * i + 1) < loop->nheap) {
		if (c + 1 < loop->nheap &&
		    ev__timer_before(loop->heap[c + 1], loop->heap[c]))
			c++;
		if (!ev__timer_before(loop->heap[c], t))
			break;
		ev__heap_set(loop, i, loop->heap[c]);
		i = c;
	}
	ev__heap_set(loop, i, t);
}

static void ev__heap_remove(struct ev_loop *loop, struct ev_timer *t)
{
	size_t i = t->idx;
	struct ev_timer *last = loop->heap[--loop->nheap];

	if (last == t)
		return;
	ev__heap_set(loop, i, last);
	ev__heap_up(loop, i);
	ev__heap_down(loop, last->idx);
}

static int ev__heap_push(struct ev_loop *loop, struct ev_timer *t)
{
	struct ev_timer **h;
	size_t n;

	if (loop->nheap == loop->aheap) {
		n = loop->aheap ? loop->aheap * 2 : 16;
		h = gf_realloc(loop->heap, n * sizeof(*h));
		if (!h)
			return -ENOMEM;
		loop->heap = h;
		loop->aheap = n;
	}
	ev__heap_set(loop, loop->nheap++, t);
	ev__heap_up(loop, t->idx);
	return 0;
}

struct ev_timer *ev_timer_add(struct ev_loop *loop, uint64_t ms, ev_timer_cb cb,
			      void *arg)
{
	struct ev_timer *t;

	if (!loop || !cb)
		return NULL;
	t = gf_calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	t->loop = loop;
	t->deadline = ev_now_ms() + ms;
	t->seq = ++loop->timer_seq;
	t->cb = cb;
	t->arg = arg;
	list_init(&t->node);
	if (ev__heap_push(loop, t) < 0) {
		free(t);
		return NULL;
	}
	return t;
}

void ev_timer_del(struct ev_timer *t)
{
	if (!t || t->state == EV_TIMER_DEAD)
		return;
	if (t->state == EV_TIMER_PENDING) {
		ev__heap_remove(t->loop, t);
		list_add_tail(&t->node, &t->loop->dead_timers);
	}
	/* a firing timer is already queued for freeing */
	t->state = EV_TIMER_DEAD;
}

/* Fires the timers due now that existed when this phase began. */
static void ev__run_timers(struct ev_loop *loop)
{
	uint64_t now = ev_now_ms(), last_seq = loop->timer_seq;
	struct ev_timer *t;

	while (loop->nheap && !loop->stop) {
		t = loop->heap[0];
		if (t->deadline > now || t->seq > last_seq)
			break;
		ev__heap_remove(loop, t);
		t->state = EV_TIMER_FIRING;
		list_add_tail(&t->node, &loop->dead_timers);
		t->cb(loop, t->arg);
		t->state = EV_TIMER_DEAD;
	}
}

static int ev__poll_timeout(const struct ev_loop *loop)
{
	uint64_t now, deadline;

	if (!loop->nheap)
		return -1;
	now = ev_now_ms();
	deadline = loop->heap[0]->deadline;
	if (deadline <= now)
		return 0;
	return deadline - now > INT_MAX ? INT_MAX : (int)(deadline - now);
}

/* ---- children ------------------------------------------------------------ */

static void ev__reap_children(struct ev_loop *loop)
{
	int status;
	pid_t pid;

	while (loop->child_cb) {
		pid = waitpid(-1, &status, WNOHANG);
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid <= 0)
			break;
		loop->child_cb(loop, pid, status, loop->child_arg);
	}
}

static void ev__on_sigchld(struct ev_loop *loop, int fd, int events, void *arg)
{
	struct signalfd_siginfo si;

	(void)events;
	(void)arg;
	while (read(fd, &si, sizeof(si)) == (ssize_t)sizeof(si))
		;
	ev__reap_children(loop);
}

/* Children that exited before the watch began raised no signal we saw. */
static void ev__initial_reap(struct ev_loop *loop, void *arg)
{
	(void)arg;
	ev__reap_children(loop);
}

int ev_child_watch(struct ev_loop *loop, ev_child_cb cb, void *arg)
{
	sigset_t mask;

	if (!loop || !cb)
		return -EINVAL;
	loop->child_cb = cb;
	loop->child_arg = arg;
	if (loop->sigfd >= 0)
		return 0;
	sigemptyset(&mask);
	sigaddset(&mask, SIGCHLD);
	if (sigprocmask(SIG_BLOCK, &mask, &loop->saved_mask) < 0)
		return -errno;
	loop->sigfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
	if (loop->sigfd < 0)
		goto fail;
	loop->sigw = ev_fd_add(loop, loop->sigfd, EV_READ, ev__on_sigchld, NULL);
	if (!loop->sigw || !ev_timer_add(loop, 0, ev__initial_reap, NULL))
		goto fail;
	return 0;
fail:
	ev_fd_del(loop->sigw);
	loop->sigw = NULL;
	if (loop->sigfd >= 0)
		(void)close(loop->sigfd);
	loop->sigfd = -1;
	(void)sigprocmask(SIG_SETMASK, &loop->saved_mask, NULL);
	return -ENOMEM;
}

void ev_child_reset_sigmask(void)
{
	sigset_t mask;

	sigemptyset(&mask);
	sigaddset(&mask, SIGCHLD);
	(void)sigprocmask(SIG_UNBLOCK, &mask, NULL);
}

/* ---- the loop ------------------------------------------------------------ */

void ev_set_before_poll(struct ev_loop *loop, ev_hook_cb cb, void *arg)
{
	loop->before_poll = cb;
	loop->before_poll_arg = arg;
}

void ev_loop_stop(struct ev_loop *loop)
{
	loop->stop = true;
}

/* One round: hook, wait, fd callbacks, due timers, deferred frees. */
static int ev__run_once(struct ev_loop *loop)
{
	struct epoll_event events[EV_BATCH];
	int i, n;

	if (loop->before_poll)
		loop->before_poll(loop, loop->before_poll_arg);
	if (loop->stop)
		return 0;
	n = epoll_wait(loop->epfd, events, EV_BATCH, ev__poll_timeout(loop));
	if (n < 0)
		return errno == EINTR ? 0 : -errno;
	for (i = 0; i < n && !loop->stop; i++)
		ev__dispatch_fd(&events[i]);
	ev__run_timers(loop);
	ev__reap_dead(loop);
	return 0;
}

int ev_loop_run(struct ev_loop *loop)
{
	int ret = 0;

	loop->stop = false;
	while (!loop->stop && !ret)
		ret = ev__run_once(loop);
	ev__reap_dead(loop);
	return ret;
}

struct ev_loop *ev_loop_free(struct ev_loop *loop)
{
	struct ev_fd *w, *wn;
	size_t i;

	if (!loop)
		return NULL;
	list_for_each_entry_safe(w, wn, &loop->fds, node)
		ev_fd_del(w);
	for (i = 0; i < loop->nheap; i++)
		free(loop->heap[i]);
	free(loop->heap);
	ev__reap_dead(loop);
	if (loop->sigfd >= 0) {
		(void)close(loop->sigfd);
		(void)sigprocmask(SIG_SETMASK, &loop->saved_mask, NULL);
	}
	(void)close(loop->epfd);
	free(loop);
	return NULL;
}
