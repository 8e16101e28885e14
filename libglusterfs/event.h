/* event: a small epoll loop with fd watchers, timers, child exits and a
 * before-poll hook. Single threaded; callbacks run on the loop.
 * A callback may remove any watcher or timer, including its own; removed
 * entries are freed only after the current dispatch round.
 */
#ifndef GF_EVENT_H
#define GF_EVENT_H

#include <stdint.h>
#include <sys/types.h>

#define EV_READ  0x1
#define EV_WRITE 0x2
#define EV_ERROR 0x4	/* EPOLLERR / EPOLLHUP reported */

struct ev_loop;
struct ev_fd;
struct ev_timer;

typedef void (*ev_fd_cb)(struct ev_loop *loop, int fd, int events, void *arg);
typedef void (*ev_timer_cb)(struct ev_loop *loop, void *arg);
typedef void (*ev_child_cb)(struct ev_loop *loop, pid_t pid, int status,
			    void *arg);
typedef void (*ev_hook_cb)(struct ev_loop *loop, void *arg);

struct ev_loop *ev_loop_new(void);
struct ev_loop *ev_loop_free(struct ev_loop *loop);

struct ev_fd *ev_fd_add(struct ev_loop *loop, int fd, int events, ev_fd_cb cb,
			void *arg);
int ev_fd_set_events(struct ev_fd *w, int events);
/* Stops watching (does not close the fd). Accepts NULL. */
void ev_fd_del(struct ev_fd *w);

/* One-shot timer, ms from now. A timer that fired is freed once its
 * callback returns: ev_timer_del is fine inside the callback, not after.
 * Timers with the same deadline fire in the order they were added. */
struct ev_timer *ev_timer_add(struct ev_loop *loop, uint64_t ms, ev_timer_cb cb,
			      void *arg);
void ev_timer_del(struct ev_timer *t);

/* Reaps children through signalfd(SIGCHLD): cb is called once per exited
 * child with its waitpid status. SIGCHLD stays blocked in the process until
 * ev_loop_free; every child is reaped with waitpid(-1), so nobody else may
 * wait for children. */
int ev_child_watch(struct ev_loop *loop, ev_child_cb cb, void *arg);
/* For a freshly forked child before exec: unblocks SIGCHLD again. */
void ev_child_reset_sigmask(void);

void ev_set_before_poll(struct ev_loop *loop, ev_hook_cb cb, void *arg);

/* Runs until ev_loop_stop. Returns 0, or -errno on a fatal epoll error. */
int ev_loop_run(struct ev_loop *loop);
void ev_loop_stop(struct ev_loop *loop);

uint64_t ev_now_ms(void);

#endif
