/* cmd-volume-create: `volume create` parsing and validation (cluster.md
 * 5.1), with 10.3's messages and questions. Deliberate difference: a
 * brick count that is not a multiple of the replica count is refused
 * here (10.3 sends it and glusterd fails half-way). */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli.h"
#include "cli/output.h"

static const char *const reserved_names[] = {
	"volume", "type", "help", "subvolumes", "option", "end-volume", "all",
	"volume_not_in_ring", "description", "force", "snap-max-hard-limit",
	"snap-max-soft-limit", "auto-delete", "activate-on-create", NULL,
};

/* Returns 0, CLI_PARSE_USAGE (bare usage) or CLI_PARSE_USAGE after a
 * message. */
int cli_validate_volname(const char *name, bool create)
{
	(void)create;
	for (int i = 0; reserved_names[i]; i++) {
		if (strcmp(name, reserved_names[i]) == 0) {
			cli_err("\"%s\" cannot be the name of a volume.", name);
			return CLI_PARSE_USAGE;
		}
	}
	if (name[0] == '-' || strchr(name, '/'))
		return CLI_PARSE_USAGE;
	if (strlen(name) > 256) {
		cli_err("Volume name exceeds 256 characters.");
		return CLI_PARSE_USAGE;
	}
	for (const char *p = name; *p; p++) {
		if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-') {
			cli_err("Volume name should not contain \"%c\" character."
				"\nVolume names can onlycontain alphanumeric, "
				"'-' and '_' characters.", *p);
			return CLI_PARSE_USAGE;
		}
	}
	return 0;
}

/* A host part 10.3 accepts silently: IPv4 text or a DNS name. */
static bool host_conforms(const char *h)
{
	struct in_addr a4;
	size_t label = 0, len = strlen(h);

	if (inet_pton(AF_INET, h, &a4) == 1)
		return true;
	if (len == 0 || len > 255)
		return false;
	for (const char *p = h; *p; p++) {
		if (*p == '.') {
			if (label == 0)
				return false;
			label = 0;
			continue;
		}
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_')
			return false;
		if (++label > 63)
			return false;
	}
	return true;
}

static bool host_is_loopback(const char *h)
{
	return strcmp(h, "localhost") == 0 || strcmp(h, "127.0.0.1") == 0 ||
	       strncmp(h, "0.", 2) == 0;
}

/* Collapses repeated slashes and drops trailing ones ("/" stays). */
static void canon_path(char *p)
{
	char *r = p, *w = p;
	size_t n;

	while (*r) {
		*w++ = *r;
		if (*r == '/')
			while (r[1] == '/')
				r++;
		r++;
	}
	*w = '\0';
	n = strlen(p);
	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
}

int cli_brick_canon(const char *word, char **out)
{
	const char *colon = strrchr(word, ':');
	char *host, *path;

	*out = NULL;
	if (!colon || colon == word || colon[1] != '/') {
		cli_err("Wrong brick type: %s, use <HOSTNAME>:"
			"<export-dir-abs-path>", word);
		return -1;
	}
	host = strndup(word, (size_t)(colon - word));
	path = strdup(colon + 1);
	if (!host || !path)
		goto fail;
	if (host_is_loopback(host)) {
		cli_err("Please provide a valid hostname/ip other than "
			"localhost, 127.0.0.1 or loopback address (0.0.0.0 to "
			"0.255.255.255).");
		goto fail;
	}
	if (!host_conforms(host))
		cli_err("internet address '%s' does not conform to standards",
			host);
	canon_path(path);
	if (asprintf(out, "%s:%s", host, path) < 0)
		*out = NULL;
	free(host);
	free(path);
	return *out ? 0 : -1;
fail:
	free(host);
	free(path);
	return -1;
}

/* ---- option words before the bricks ---- */

struct create_opts {
	int replica, arbiter, thin_arbiter;
	int disperse, data, redundancy;
	bool disperse_seen;
	const char *transport;
};

static bool parse_count(const char *s, int *out)
{
	char *end;
	long v;

	if (!s || !*s)
		return false;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end || errno || v < 0 || v > 100000)
		return false;
	*out = (int)v;
	return true;
}

static bool is_number(const char *s)
{
	int v;

	return parse_count(s, &v);
}

static int opt_replica(struct create_opts *o, char **w, int n, int *i)
{
	int v = 0;

	if (o->replica) {
		cli_err("replica option given twice");
		return CLI_PARSE_USAGE;
	}
	if (o->disperse_seen || o->data || o->redundancy) {
		cli_err("replicated-dispersed volume is not supported");
		return CLI_PARSE_USAGE;
	}
	if (*i + 1 >= n || !parse_count(w[*i + 1], &v) || v < 2) {
		cli_err("replica count should be greater than 1");
		return CLI_PARSE_USAGE;
	}
	o->replica = v;
	*i += 2;
	return 0;
}

static int opt_arbiter(struct create_opts *o, char **w, int n, int *i)
{
	int v = 0;

	if (!o->replica) {
		cli_err("arbiter option must be preceded by replica option.");
		return CLI_PARSE_USAGE;
	}
	if (*i + 1 >= n || !parse_count(w[*i + 1], &v) || v != 1 ||
	    (o->replica != 2 && o->replica != 3)) {
		cli_err("For arbiter configuration, replica count must be 2 "
			"and arbiter count must be 1. The 3rd brick of the "
			"replica will be the arbiter");
		return CLI_PARSE_USAGE;
	}
	o->arbiter = 1;
	o->replica = 3;
	*i += 2;
	return 0;
}

static int opt_thin_arbiter(struct create_opts *o, char **w, int n, int *i)
{
	int v = 0;

	if (o->replica != 2 || *i + 1 >= n || !parse_count(w[*i + 1], &v) ||
	    v != 1) {
		cli_err("For thin-arbiter configuration, replica count must be "
			"2 and thin-arbiter count must be 1. The 3rd brick of "
			"the replica will be the thin-arbiter brick");
		return CLI_PARSE_USAGE;
	}
	o->thin_arbiter = 1;
	*i += 2;
	return 0;
}

/* disperse [N], disperse-data N, redundancy N: 10.3 reports a too small
 * count followed by "... option given twice". */
static int opt_disperse(struct create_opts *o, char **w, int n, int *i)
{
	int v = 0;

	if (o->replica) {
		cli_err("replicated-dispersed volume is not supported");
		return CLI_PARSE_USAGE;
	}
	if (o->disperse_seen) {
		cli_err("disperse option given twice");
		return CLI_PARSE_USAGE;
	}
	o->disperse_seen = true;
	if (*i + 1 < n && is_number(w[*i + 1])) {
		(void)parse_count(w[*i + 1], &v);
		if (v < 3) {
			cli_err("disperse count must be greater than 2");
			cli_err("disperse option given twice");
			return CLI_PARSE_USAGE;
		}
		o->disperse = v;
		*i += 1;
	}
	*i += 1;
	return 0;
}

static int opt_counted(const char *name, int min, const char *msg, int *slot,
		       bool replica_set, char **w, int n, int *i)
{
	int v = 0;

	if (replica_set) {
		cli_err("replicated-dispersed volume is not supported");
		return CLI_PARSE_USAGE;
	}
	if (*slot) {
		cli_err("%s option given twice", name);
		return CLI_PARSE_USAGE;
	}
	if (*i + 1 >= n || !parse_count(w[*i + 1], &v) || v < min) {
		cli_err("%s", msg);
		cli_err("%s option given twice", name);
		return CLI_PARSE_USAGE;
	}
	*slot = v;
	*i += 2;
	return 0;
}

static int opt_transport(struct create_opts *o, char **w, int n, int *i)
{
	const char *t = *i + 1 < n ? w[*i + 1] : "";

	if (strcasecmp(t, "tcp") == 0)
		o->transport = "tcp";
	else if (strcasecmp(t, "rdma") == 0)
		o->transport = "rdma";
	else if (strcasecmp(t, "tcp,rdma") == 0 ||
		 strcasecmp(t, "rdma,tcp") == 0)
		o->transport = "tcp,rdma";
	else
		return CLI_PARSE_USAGE;
	*i += 2;
	return 0;
}

static int parse_create_opts(struct create_opts *o, char **w, int n, int *i)
{
	int r = 0;

	while (r == 0 && *i < n) {
		const char *k = w[*i];

		if (strcmp(k, "replica") == 0)
			r = opt_replica(o, w, n, i);
		else if (strcmp(k, "arbiter") == 0)
			r = opt_arbiter(o, w, n, i);
		else if (strcmp(k, "thin-arbiter") == 0)
			r = opt_thin_arbiter(o, w, n, i);
		else if (strcmp(k, "disperse") == 0)
			r = opt_disperse(o, w, n, i);
		else if (strcmp(k, "disperse-data") == 0)
			r = opt_counted("disperse-data", 2,
					"disperse-data must be greater than 1",
					&o->data, o->replica != 0, w, n, i);
		else if (strcmp(k, "redundancy") == 0)
			r = opt_counted("redundancy", 1,
					"redundancy must be greater than 0",
					&o->redundancy, o->replica != 0, w, n, i);
		else if (strcmp(k, "transport") == 0)
			r = opt_transport(o, w, n, i);
		else
			break;
	}
	return r;
}

/* ---- bricks ---- */

static int parse_bricks(struct cli_create_req *req, char **w, int n, int i)
{
	req->bricks = calloc((size_t)(n - i) + 1, sizeof(char *));
	if (!req->bricks)
		return CLI_PARSE_QUIET;
	for (; i < n; i++) {
		char *b;

		if (i == n - 1 && strcmp(w[i], "force") == 0 && req->count) {
			req->force = true;
			break;
		}
		if (cli_brick_canon(w[i], &b) < 0)
			return CLI_PARSE_USAGE;
		for (int k = 0; k < req->count; k++) {
			if (strcmp(req->bricks[k], b) == 0) {
				cli_err("Found duplicate exports %s", b);
				free(b);
				return CLI_PARSE_USAGE;
			}
		}
		/* 10.3 puts the canonical form back into cmd-str */
		w[i] = b;
		req->bricks[req->count++] = b;
	}
	return req->count ? 0 : CLI_PARSE_USAGE;
}

/* ---- disperse arithmetic ---- */

static bool pow2(int v)
{
	return v > 0 && (v & (v - 1)) == 0;
}

/* The redundancy 10.3 picks: the largest power-of-two data count that
 * leaves a valid redundancy; 0 when there is none. */
static int optimal_redundancy(int d)
{
	for (int k = 1 << 20; k >= 1; k >>= 1) {
		int r = d - k;
		if (k < d && r >= 1 && 2 * r < d)
			return r;
	}
	return 0;
}

/* A "no" to a question ends in the usage text, as in 10.3. */
static int disperse_counts(struct cli_ctx *ctx, struct create_opts *o,
			   int nbricks)
{
	bool asked = false;

	if (o->data && o->redundancy) {
		if (o->disperse && o->disperse != o->data + o->redundancy) {
			cli_err("Disperse count(%d) should be equal to sum of "
				"disperse-data count(%d) and redundancy "
				"count(%d)", o->disperse, o->data,
				o->redundancy);
			return CLI_PARSE_USAGE;
		}
		o->disperse = o->data + o->redundancy;
	} else if (o->data) {
		if (nbricks - o->data >= o->data) {
			cli_err("Please provide redundancy count along with "
				"disperse-data count");
			return CLI_PARSE_USAGE;
		}
		o->disperse = nbricks;
		o->redundancy = nbricks - o->data;
	}
	if (!o->disperse) {
		if (nbricks < 3) {
			cli_err("number of bricks must be greater than 2");
			return CLI_PARSE_USAGE;
		}
		o->disperse = nbricks;
	}
	if (!o->redundancy) {
		o->redundancy = optimal_redundancy(o->disperse);
		if (!o->redundancy) {
			if (!cli_confirm(ctx, "There isn't an optimal "
					 "redundancy value for this "
					 "configuration. Do you want to create "
					 "the volume with redundancy 1 ?"))
				return CLI_PARSE_USAGE;
			o->redundancy = 1;
			asked = true;
		}
	}
	if (o->redundancy < 1 || 2 * o->redundancy >= o->disperse) {
		cli_err("redundancy must be greater than or equal to 1 and "
			"less than %d for a disperse %d volume",
			(o->disperse + 1) / 2, o->disperse);
		return CLI_PARSE_USAGE;
	}
	if (!asked && !pow2(o->disperse - o->redundancy) &&
	    !cli_confirm(ctx, "This configuration is not optimal on most "
			 "workloads. Do you want to use it ?"))
		return CLI_PARSE_USAGE;
	if (nbricks % o->disperse) {
		cli_err("number of bricks is not a multiple of disperse count");
		return CLI_PARSE_USAGE;
	}
	return 0;
}

static int replica_counts(struct cli_ctx *ctx, const struct create_opts *o,
			  struct cli_create_req *req)
{
	if (o->thin_arbiter) {
		if (req->count != 3) {
			cli_err("number of bricks is not a multiple of replica "
				"count");
			return CLI_PARSE_USAGE;
		}
		req->ta_brick = req->bricks[--req->count];
		req->bricks[req->count] = NULL;
	}
	if (req->count % o->replica) {
		cli_err("number of bricks is not a multiple of replica count");
		return CLI_PARSE_USAGE;
	}
	if (o->replica == 2 && !o->thin_arbiter && !req->force &&
	    !cli_confirm(ctx, "Replica 2 volumes are prone to split-brain. "
			 "Use Arbiter or Replica 3 to avoid this. See: "
			 "http://docs.gluster.org/en/latest/Administrator-Guide/"
			 "Split-brain-and-ways-to-deal-with-it/.\nDo you still "
			 "want to continue?\n"))
		return CLI_PARSE_USAGE;
	return 0;
}

static void create_release(struct cli_call *call)
{
	/* the brick strings are also in argv: freed once, here */
	cli_create_req_release(&call->req.create);
}

static int create_fill(struct cli_ctx *ctx, struct cli_call *call,
		       struct create_opts *o)
{
	struct cli_create_req *req = &call->req.create;
	int r = 0;

	req->type = CLI_VOL_DISTRIBUTE;
	if (o->replica) {
		req->type = CLI_VOL_REPLICATE;
		r = replica_counts(ctx, o, req);
		req->replica_count = o->replica;
		req->arbiter_count = o->arbiter;
		req->thin_arbiter_count = o->thin_arbiter;
	} else if (o->disperse_seen || o->data || o->redundancy) {
		req->type = CLI_VOL_DISPERSE;
		r = disperse_counts(ctx, o, req->count);
		req->disperse_count = o->disperse;
		req->redundancy_count = o->redundancy;
	}
	if (r == 0) {
		req->transport = strdup(o->transport ? o->transport : "tcp");
		req->volname = strdup(call->argv[0]);
		if (!req->transport || !req->volname)
			r = CLI_PARSE_QUIET;
	}
	return r;
}

int cli_parse_vol_create(struct cli_ctx *ctx, struct cli_call *call)
{
	struct create_opts o = { 0 };
	int i = 1, r;

	call->release = create_release;
	if (call->argc < 2)
		return CLI_PARSE_USAGE;
	r = cli_validate_volname(call->argv[0], true);
	if (r == 0)
		r = parse_create_opts(&o, call->argv, call->argc, &i);
	if (r == 0)
		r = parse_bricks(&call->req.create, call->argv, call->argc, i);
	if (r == 0)
		r = create_fill(ctx, call, &o);
	if (r == 0) {
		char *tail = cli_join(call->argc, call->argv);
		free(call->cmd_str);
		call->cmd_str = NULL;
		if (!tail || asprintf(&call->cmd_str, "%s %s",
				      call->cmd->words, tail) < 0)
			r = CLI_PARSE_QUIET;
		free(tail);
	}
	return r;
}
