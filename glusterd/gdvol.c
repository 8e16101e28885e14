/* gdvol: glusterd.vol parsing (cluster.md 1) and the settings it gives. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glusterd/gdvol.h"
#include "libglusterfs/store.h"

void gdvol_opts_init(struct gdvol_opts *o)
{
	gd_opts_init(&o->kv);
}

void gdvol_opts_release(struct gdvol_opts *o)
{
	gd_opts_release(&o->kv);
}

int gdvol_opts_add_xlator_option(struct gdvol_opts *o, const char *arg)
{
	const char *dot = strchr(arg, '.');
	const char *eq = strchr(arg, '=');
	char *key;
	int r;

	if (!dot || !eq || eq < dot || eq == dot + 1)
		return -EINVAL;
	key = strndup(dot + 1, (size_t)(eq - dot - 1));
	if (!key)
		return -ENOMEM;
	r = gd_opts_set(&o->kv, key, eq + 1);
	free(key);
	return r;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

int gdvol_parse(const char *text, struct gdvol_opts *out)
{
	char *copy = strdup(text), *save = NULL, *line;
	int r = 0;

	if (!copy)
		return -ENOMEM;
	for (line = strtok_r(copy, "\n", &save); line && r == 0;
	     line = strtok_r(NULL, "\n", &save)) {
		char *l = trim(line), *k, *v;

		if (strncmp(l, "option", 6) != 0 || (l[6] != ' ' && l[6] != '\t'))
			continue;
		k = trim(l + 6);
		v = k + strcspn(k, " \t");
		if (*v)
			*v++ = '\0';
		v = trim(v);
		if (*k && *v)
			r = gd_opts_set(&out->kv, k, v);
	}
	free(copy);
	return r;
}

static int set_str(char **dst, const char *val, const char *def)
{
	char *s = strdup(val ? val : def);

	if (!s)
		return -ENOMEM;
	free(*dst);
	*dst = s;
	return 0;
}

static int set_int(int *dst, const char *val, long lo, long hi)
{
	char *end;
	long v;

	if (!val)
		return 0;
	errno = 0;
	v = strtol(val, &end, 10);
	if (errno || end == val || *end || v < lo || v > hi)
		return -EINVAL;
	*dst = (int)v;
	return 0;
}

static int apply(const struct gd_opts *o, struct gd_conf *c)
{
	const char *bind = gd_opts_get(o, "transport.socket.bind-address");
	int port = c->port;
	int r = 0;

	r |= set_str(&c->workdir, gd_opts_get(o, "working-directory"),
		     GD_DEFAULT_WORKDIR);
	r |= set_str(&c->rundir, gd_opts_get(o, "run-directory"),
		     GD_DEFAULT_RUNDIR);
	r |= set_str(&c->logdir, gd_opts_get(o, "logging-directory"),
		     GD_DEFAULT_LOGDIR);
	r |= set_str(&c->sockfile, gd_opts_get(o, "glusterd-sockfile"),
		     GD_DEFAULT_SOCKFILE);
	if (bind)
		r |= set_str(&c->bind_addr, bind, NULL);
	r |= set_int(&port, gd_opts_get(o, "transport.socket.listen-port"),
		     1, 65535);
	r |= set_int(&c->base_port, gd_opts_get(o, "base-port"), 1, 65535);
	r |= set_int(&c->max_port, gd_opts_get(o, "max-port"), 1, 65535);
	r |= set_int(&c->lock_timer_s, gd_opts_get(o, "lock-timer"), 1, 86400);
	c->port = (uint16_t)port;
	return r ? -EINVAL : 0;
}

int gdvol_load(const char *path, bool required, const struct gdvol_opts *over,
	       struct gd_conf *c)
{
	struct gdvol_opts file;
	char *text = NULL;
	size_t len = 0;
	int r = store_read_all(path, &text, &len);

	gdvol_opts_init(&file);
	if (r < 0 && (required || r != -ENOENT)) {
		fprintf(stderr, "glusterd: cannot read %s: %s\n", path,
			strerror(-r));
		return r;
	}
	if (r == 0)
		r = gdvol_parse(text, &file);
	else
		r = 0;
	for (size_t i = 0; r == 0 && i < over->kv.n; i++)
		r = gd_opts_set(&file.kv, over->kv.kv[i].key,
				over->kv.kv[i].val);
	if (r == 0)
		r = apply(&file.kv, c);
	if (r < 0)
		fprintf(stderr, "glusterd: invalid settings in %s\n", path);
	gdvol_opts_release(&file);
	free(text);
	return r;
}
