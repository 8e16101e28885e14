/* Unit tests: peer objects, their store files and restore, and the
 * friend state machine's transitions that need no network. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <unistd.h>

#include "glusterd/conf.h"
#include "glusterd/locks.h"
#include "glusterd/peer.h"
#include "libglusterfs/store.h"
#include "libglusterfs/strbuf.h"

#define UUID2 "200876ba-dec0-423d-a062-e7050b7e7c44"
#define UUID3 "59b3b8dd-c0ba-48db-9679-33617aaef591"

static char wd[64];
static struct gd_conf conf;

static int setup(void **state)
{
	(void)state;
	strcpy(wd, "/tmp/test-peer.XXXXXX");
	if (!mkdtemp(wd))
		return -1;
	gd_conf_init(&conf);
	conf.workdir = strdup(wd);
	conf.loop = ev_loop_new();
	conf.locks = gd_locks_new(conf.loop, 180);
	snprintf(conf.uuid, sizeof(conf.uuid), "%s",
		 "8bde91ea-6961-43a4-8aa9-bc0b43308e4f");
	return conf.loop && conf.locks ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	gd_peers_release(&conf);
	conf.locks = gd_locks_free(conf.locks);
	conf.loop = ev_loop_free(conf.loop);
	gd_conf_release(&conf);
	return store_rmtree(wd);
}

static char *peer_file(const char *name)
{
	char *path = xasprintf("%s/peers/%s", wd, name), *buf = NULL;
	size_t len = 0;

	if (store_read_all(path, &buf, &len) < 0)
		buf = NULL;
	free(path);
	return buf;
}

static void test_names_and_lookup(void **state)
{
	struct gd_peer *p;

	(void)state;
	p = gd_peer_new(&conf, "127.3.0.2", 24007, GD_FS_BEFRIENDED);
	assert_non_null(p);
	strcpy(p->uuid, UUID2);
	assert_int_equal(gd_peer_add_name(p, "node2.example"), 0);
	assert_int_equal(gd_peer_add_name(p, "127.3.0.2"), 0);	/* known */
	assert_int_equal(p->nnames, 2);
	assert_ptr_equal(gd_peer_find_uuid(&conf, UUID2), p);
	assert_null(gd_peer_find_uuid(&conf, UUID3));
	assert_null(gd_peer_find_uuid(&conf, ""));
	assert_ptr_equal(gd_peer_find_host(&conf, "node2.example", false), p);
	assert_null(gd_peer_find_host(&conf, "127.3.0.9", false));
	assert_string_equal(gd_peer_name(p), "127.3.0.2");
	assert_true(gd_peer_is_friend(p));
	assert_int_equal(gd_peer_count(&conf), 1);
	assert_string_equal(gd_fstate_text(GD_FS_BEFRIENDED), "Peer in Cluster");
	assert_string_equal(gd_fstate_text(GD_FS_PROBE_RCVD),
			    "Probe Received from peer");
	assert_string_equal(gd_fstate_text(99), "Invalid State");
	/* a befriended peer owns the bricks of its names */
	assert_string_equal(gd_host_owner(&conf, "node2.example"), UUID2);
}

static void test_store_and_restore(void **state)
{
	struct gd_peer *p;
	char *text;

	(void)state;
	p = gd_peer_new(&conf, "127.3.0.3", 24007, GD_FS_DEFAULT);
	assert_non_null(p);
	/* uuid unknown: stored under its name */
	assert_int_equal(gd_peer_store(p), 0);
	text = peer_file("127.3.0.3");
	assert_non_null(text);
	assert_string_equal(text, "uuid=00000000-0000-0000-0000-000000000000\n"
			    "state=0\nhostname1=127.3.0.3\n");
	free(text);
	/* uuid learnt: renamed to peers/<uuid> */
	strcpy(p->uuid, UUID3);
	p->state = GD_FS_BEFRIENDED;
	assert_int_equal(gd_peer_add_name(p, "n3"), 0);
	assert_int_equal(gd_peer_store(p), 0);
	assert_null(peer_file("127.3.0.3"));
	text = peer_file(UUID3);
	assert_non_null(text);
	assert_string_equal(text, "uuid=" UUID3 "\nstate=3\n"
			    "hostname1=127.3.0.3\nhostname2=n3\n");
	free(text);

	/* a second daemon reads it back; a non-uuid file is skipped */
	{
		char *junk = xasprintf("%s/peers/not-a-uuid", wd);
		assert_int_equal(store_write_atomic(junk, "x=1\n", 4), 0);
		free(junk);
	}
	gd_peers_release(&conf);
	assert_int_equal(gd_peer_count(&conf), 0);
	assert_int_equal(gd_peers_restore(&conf), 0);
	assert_int_equal(gd_peer_count(&conf), 1);
	p = gd_peer_find_uuid(&conf, UUID3);
	assert_non_null(p);
	assert_int_equal(p->state, GD_FS_BEFRIENDED);
	assert_int_equal(p->nnames, 2);
	assert_string_equal(p->names[1], "n3");
	assert_false(p->connected);

	/* removal deletes the file */
	gd_peer_remove(p);
	assert_null(peer_file(UUID3));
	assert_int_equal(gd_peer_count(&conf), 0);
}

static void test_transitions(void **state)
{
	struct gd_peer *p;
	char *text;

	(void)state;
	p = gd_peer_new(&conf, "127.3.0.2", 24007, GD_FS_REQ_SENT);
	assert_non_null(p);
	strcpy(p->uuid, UUID2);
	gd_peer_sm_inject(p, GD_FE_RCVD_ACC, NULL);
	assert_int_equal(p->state, GD_FS_REQ_ACCEPTED);
	text = peer_file(UUID2);
	assert_non_null(text);
	assert_non_null(strstr(text, "state=4\n"));
	free(text);
	/* an event without an entry changes nothing */
	gd_peer_sm_inject(p, GD_FE_PROBE, NULL);
	assert_int_equal(p->state, GD_FS_REQ_ACCEPTED);
	gd_peer_sm_inject(p, GD_FE_RCVD_RJT, NULL);
	assert_int_equal(p->state, GD_FS_REJECTED);
	/* rejected -> accepted by the peer -> in cluster */
	gd_peer_sm_inject(p, GD_FE_LOCAL_ACC, NULL);
	assert_int_equal(p->state, GD_FS_BEFRIENDED);
	/* locks of a peer that leaves are dropped */
	assert_int_equal(gd_lock_take(conf.locks, "v_vol", UUID2), 0);
	gd_peer_sm_inject(p, GD_FE_REMOVE_FRIEND, NULL);
	assert_null(gd_peer_find_uuid(&conf, UUID2));
	assert_null(gd_lock_owner(conf.locks, "v_vol"));
	assert_null(peer_file(UUID2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_names_and_lookup, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_store_and_restore, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_transitions, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
