/* Unit tests for libglusterfs/event: fd readiness, timer order, removal
 * from callbacks, child exits and the before-poll hook. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "libglusterfs/event.h"

/* Every test arms this: if the loop does not stop by itself, fail. */
static void watchdog_cb(struct ev_loop *loop, void *arg)
{
	(void)arg;
	ev_loop_stop(loop);
	fail_msg("watchdog fired: the loop did not stop in time");
}

static struct ev_loop *new_loop(void)
{
	struct ev_loop *loop = ev_loop_new();

	assert_non_null(loop);
	assert_non_null(ev_timer_add(loop, 5000, watchdog_cb, NULL));
	return loop;
}

static void stop_cb(struct ev_loop *loop, void *arg)
{
	(void)arg;
	ev_loop_stop(loop);
}

/* ---- fd readiness ---------------------------------------------------------- */

struct pipe_ctx {
	int calls;
	int events;
	char got[8];
};

static void read_and_stop(struct ev_loop *loop, int fd, int events, void *arg)
{
	struct pipe_ctx *c = arg;

	c->calls++;
	c->events = events;
	assert_int_equal(read(fd, c->got, sizeof(c->got)), 3);
	ev_loop_stop(loop);
}

static void test_pipe_readable(void **state)
{
	struct ev_loop *loop = new_loop();
	struct pipe_ctx c = { 0 };
	int p[2];

	(void)state;
	assert_int_equal(pipe(p), 0);
	assert_non_null(ev_fd_add(loop, p[0], EV_READ, read_and_stop, &c));
	assert_int_equal(write(p[1], "abc", 3), 3);
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(c.calls, 1);
	assert_true(c.events & EV_READ);
	assert_memory_equal(c.got, "abc", 3);
	ev_loop_free(loop);
	close(p[0]);
	close(p[1]);
}

static void count_writable(struct ev_loop *loop, int fd, int events, void *arg)
{
	int *calls = arg;

	(void)loop;
	(void)fd;
	assert_true(events & EV_WRITE);
	(*calls)++;
}

struct toggle {
	struct ev_fd *w;
	int calls_at_off;
};

static void turn_off(struct ev_loop *loop, void *arg)
{
	struct toggle *t = arg;

	(void)loop;
	assert_int_equal(ev_fd_set_events(t->w, 0), 0);
}

static void test_set_events(void **state)
{
	struct ev_loop *loop = new_loop();
	struct toggle t;
	int p[2], calls = 0, at_off;

	(void)state;
	assert_int_equal(pipe(p), 0);
	/* registered with no events: never called */
	t.w = ev_fd_add(loop, p[1], 0, count_writable, &calls);
	assert_non_null(t.w);
	assert_non_null(ev_timer_add(loop, 20, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(calls, 0);
	/* writable: called on every round until switched off */
	assert_int_equal(ev_fd_set_events(t.w, EV_WRITE), 0);
	assert_non_null(ev_timer_add(loop, 20, turn_off, &t));
	assert_non_null(ev_timer_add(loop, 40, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_true(calls > 0);
	at_off = calls;
	assert_non_null(ev_timer_add(loop, 20, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(calls, at_off);
	ev_fd_del(t.w);
	ev_loop_free(loop);
	close(p[0]);
	close(p[1]);
}

static void hup_cb(struct ev_loop *loop, int fd, int events, void *arg)
{
	int *ev = arg;

	(void)fd;
	*ev = events;
	ev_loop_stop(loop);
}

static void test_hangup_reported(void **state)
{
	struct ev_loop *loop = new_loop();
	int p[2], events = 0;

	(void)state;
	assert_int_equal(pipe(p), 0);
	assert_non_null(ev_fd_add(loop, p[0], EV_READ, hup_cb, &events));
	close(p[1]);
	assert_int_equal(ev_loop_run(loop), 0);
	assert_true(events & EV_ERROR);
	assert_true(events & EV_READ);
	ev_loop_free(loop);
	close(p[0]);
}

/* ---- removal from callbacks ---------------------------------------------- */

struct self_del {
	struct ev_fd *w;
	int calls;
};

static void delete_self(struct ev_loop *loop, int fd, int events, void *arg)
{
	struct self_del *s = arg;

	(void)loop;
	(void)fd;
	(void)events;
	s->calls++;
	ev_fd_del(s->w);
	ev_fd_del(s->w);	/* twice is harmless */
	s->w = NULL;
}

static void test_delete_self_in_callback(void **state)
{
	struct ev_loop *loop = new_loop();
	struct self_del s = { NULL, 0 };
	int p[2];

	(void)state;
	assert_int_equal(pipe(p), 0);
	assert_int_equal(write(p[1], "x", 1), 1);
	s.w = ev_fd_add(loop, p[0], EV_READ, delete_self, &s);
	assert_non_null(s.w);
	/* the pipe stays readable; a live watcher would be called again */
	assert_non_null(ev_timer_add(loop, 50, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(s.calls, 1);
	ev_loop_free(loop);
	close(p[0]);
	close(p[1]);
}

struct pair_del {
	struct ev_fd *w[2];
	int calls[2];
};

struct pair_item {
	struct pair_del *pd;
	int idx;
};

/* Whichever of the two runs first deletes both watchers. */
static void delete_both(struct ev_loop *loop, int fd, int events, void *arg)
{
	struct pair_item *it = arg;
	struct pair_del *pd = it->pd;

	(void)loop;
	(void)fd;
	(void)events;
	pd->calls[it->idx]++;
	ev_fd_del(pd->w[!it->idx]);
	ev_fd_del(pd->w[it->idx]);
}

static void test_delete_other_in_same_batch(void **state)
{
	struct ev_loop *loop = new_loop();
	struct pair_del pd = { .calls = { 0, 0 } };
	struct pair_item it[2] = { { &pd, 0 }, { &pd, 1 } };
	int a[2], b[2];

	(void)state;
	assert_int_equal(pipe(a), 0);
	assert_int_equal(pipe(b), 0);
	/* both readable before the first poll: one epoll batch has both */
	assert_int_equal(write(a[1], "x", 1), 1);
	assert_int_equal(write(b[1], "x", 1), 1);
	pd.w[0] = ev_fd_add(loop, a[0], EV_READ, delete_both, &it[0]);
	pd.w[1] = ev_fd_add(loop, b[0], EV_READ, delete_both, &it[1]);
	assert_non_null(pd.w[0]);
	assert_non_null(pd.w[1]);
	assert_non_null(ev_timer_add(loop, 50, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(pd.calls[0] + pd.calls[1], 1);
	ev_loop_free(loop);
	close(a[0]);
	close(a[1]);
	close(b[0]);
	close(b[1]);
}

/* ---- timers -------------------------------------------------------------- */

struct order {
	int seen[8];
	int n;
};

struct order_item {
	struct order *o;
	int id;
};

static void record_cb(struct ev_loop *loop, void *arg)
{
	struct order_item *it = arg;

	(void)loop;
	it->o->seen[it->o->n++] = it->id;
}

static void test_timer_order(void **state)
{
	struct ev_loop *loop = new_loop();
	struct order o = { .n = 0 };
	struct order_item it[5] = {
		{ &o, 30 }, { &o, 10 }, { &o, 20 }, { &o, 11 }, { &o, 99 },
	};
	struct ev_timer *cancelled;
	uint64_t start = ev_now_ms();

	(void)state;
	assert_non_null(ev_timer_add(loop, 30, record_cb, &it[0]));
	assert_non_null(ev_timer_add(loop, 10, record_cb, &it[1]));
	assert_non_null(ev_timer_add(loop, 20, record_cb, &it[2]));
	/* same deadline as id 10 (within a ms): added later, fires later */
	assert_non_null(ev_timer_add(loop, 10, record_cb, &it[3]));
	cancelled = ev_timer_add(loop, 15, record_cb, &it[4]);
	assert_non_null(cancelled);
	ev_timer_del(cancelled);
	assert_non_null(ev_timer_add(loop, 40, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_true(ev_now_ms() - start >= 40);
	assert_int_equal(o.n, 4);
	assert_int_equal(o.seen[0], 10);
	assert_int_equal(o.seen[1], 11);
	assert_int_equal(o.seen[2], 20);
	assert_int_equal(o.seen[3], 30);
	ev_loop_free(loop);
}

struct self_timer {
	struct ev_timer *t;
	struct ev_timer *victim;
	int calls;
};

static void timer_del_self(struct ev_loop *loop, void *arg)
{
	struct self_timer *s = arg;

	(void)loop;
	s->calls++;
	ev_timer_del(s->t);
	ev_timer_del(s->victim);
	s->victim = NULL;
}

static void never_cb(struct ev_loop *loop, void *arg)
{
	(void)loop;
	(void)arg;
	fail_msg("a deleted timer fired");
}

static void test_timer_delete_in_callback(void **state)
{
	struct ev_loop *loop = new_loop();
	struct self_timer s = { 0 };

	(void)state;
	s.t = ev_timer_add(loop, 5, timer_del_self, &s);
	/* same deadline range: it may already be due in the same round */
	s.victim = ev_timer_add(loop, 5, never_cb, NULL);
	assert_non_null(s.t);
	assert_non_null(s.victim);
	assert_non_null(ev_timer_add(loop, 30, stop_cb, NULL));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(s.calls, 1);
	ev_loop_free(loop);
}

static void rearm_cb(struct ev_loop *loop, void *arg)
{
	int *n = arg;

	if (++*n < 3)
		assert_non_null(ev_timer_add(loop, 0, rearm_cb, n));
	else
		ev_loop_stop(loop);
}

static void hook_cb(struct ev_loop *loop, void *arg)
{
	(void)loop;
	(*(int *)arg)++;
}

static void test_zero_timer_rearm_and_hook(void **state)
{
	struct ev_loop *loop = new_loop();
	int n = 0, hooks = 0;

	(void)state;
	ev_set_before_poll(loop, hook_cb, &hooks);
	assert_non_null(ev_timer_add(loop, 0, rearm_cb, &n));
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(n, 3);
	/* a re-armed zero timer waits for the next round */
	assert_true(hooks >= 3);
	ev_loop_free(loop);
}

static void test_free_with_pending(void **state)
{
	struct ev_loop *loop = new_loop();
	int p[2];

	(void)state;
	assert_int_equal(pipe(p), 0);
	assert_non_null(ev_fd_add(loop, p[0], EV_READ, read_and_stop, NULL));
	assert_non_null(ev_timer_add(loop, 1000, stop_cb, NULL));
	assert_null(ev_loop_free(loop));
	assert_null(ev_loop_free(NULL));
	ev_fd_del(NULL);
	ev_timer_del(NULL);
	close(p[0]);
	close(p[1]);
}

/* ---- children ------------------------------------------------------------- */

struct child_ctx {
	pid_t pid[2];
	int status[2];
	int reaped;
};

static void child_cb(struct ev_loop *loop, pid_t pid, int status, void *arg)
{
	struct child_ctx *c = arg;
	int i;

	for (i = 0; i < 2; i++)
		if (c->pid[i] == pid)
			c->status[i] = status;
	if (++c->reaped == 2)
		ev_loop_stop(loop);
}

static pid_t spawn_exit(int code)
{
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		ev_child_reset_sigmask();
		_exit(code);
	}
	return pid;
}

static void test_child_exit(void **state)
{
	struct ev_loop *loop = new_loop();
	struct child_ctx c = { .reaped = 0 };

	(void)state;
	/* one child exits before the watch starts, one after */
	c.pid[0] = spawn_exit(7);
	usleep(20000);
	assert_int_equal(ev_child_watch(loop, child_cb, &c), 0);
	c.pid[1] = spawn_exit(0);
	assert_int_equal(ev_loop_run(loop), 0);
	assert_int_equal(c.reaped, 2);
	assert_true(WIFEXITED(c.status[0]));
	assert_int_equal(WEXITSTATUS(c.status[0]), 7);
	assert_true(WIFEXITED(c.status[1]));
	assert_int_equal(WEXITSTATUS(c.status[1]), 0);
	ev_loop_free(loop);
	/* the mask is restored once the loop is gone */
	{
		sigset_t cur;

		sigprocmask(SIG_BLOCK, NULL, &cur);
		assert_false(sigismember(&cur, SIGCHLD));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pipe_readable),
		cmocka_unit_test(test_set_events),
		cmocka_unit_test(test_hangup_reported),
		cmocka_unit_test(test_delete_self_in_callback),
		cmocka_unit_test(test_delete_other_in_same_batch),
		cmocka_unit_test(test_timer_order),
		cmocka_unit_test(test_timer_delete_in_callback),
		cmocka_unit_test(test_zero_timer_rearm_and_hook),
		cmocka_unit_test(test_free_with_pending),
		cmocka_unit_test(test_child_exit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
