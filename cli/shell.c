/* shell: readline loop with history and completion from the command
 * table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "cli/cli-rpc.h"
#include "cli/shell.h"

#define PROMPT "gluster> "

int cli_shell_split(const char *line, char ***out)
{
	char *copy = strdup(line), *save = NULL, *tok;
	char **v = calloc(strlen(line) / 2 + 2, sizeof(char *));
	int n = 0;

	if (!copy || !v) {
		free(copy);
		free(v);
		return -1;
	}
	for (tok = strtok_r(copy, " \t\n", &save); tok;
	     tok = strtok_r(NULL, " \t\n", &save))
		v[n++] = tok;
	if (n == 0)
		free(copy);
	*out = v;
	return n;
}

static const char **completion_words;
static size_t completion_idx;

static char *complete_next(const char *text, int state)
{
	(void)text;
	if (!state)
		completion_idx = 0;
	if (!completion_words || !completion_words[completion_idx])
		return NULL;
	return strdup(completion_words[completion_idx++]);
}

static char **complete(const char *text, int start, int end)
{
	char *prefix = strndup(rl_line_buffer, (size_t)start);
	char **v = NULL;
	int n;

	(void)end;
	rl_attempted_completion_over = 1;
	if (!prefix)
		return NULL;
	n = cli_shell_split(prefix, &v);
	free(completion_words);
	completion_words = cli_cmd_next_words(n > 0 ? n : 0, v, text);
	if (n > 0)
		free(v[0]);
	free(v);
	free(prefix);
	return rl_completion_matches(text, complete_next);
}

static bool is_quit(char **v, int n)
{
	return n == 1 && (strcmp(v[0], "quit") == 0 ||
			  strcmp(v[0], "exit") == 0);
}

/* Without a terminal, lines are read plainly: no prompt, no echo. */
static char *next_line(bool tty)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (tty)
		return readline(PROMPT);
	n = getline(&line, &cap, stdin);
	if (n < 0) {
		free(line);
		return NULL;
	}
	return line;
}

int cli_shell_run(struct cli_ctx *ctx)
{
	bool tty = isatty(STDIN_FILENO);
	char *line;

	ctx->in_shell = true;
	rl_readline_name = "gluster";
	rl_attempted_completion_function = complete;
	fprintf(stderr, "Welcome to gluster prompt, type 'help' to see the "
		"available commands.\n");
	while ((line = next_line(tty)) != NULL) {
		char **v = NULL;
		int n = cli_shell_split(line, &v);
		bool quit = n > 0 && is_quit(v, n);

		if (n > 0 && tty)
			add_history(line);
		if (n > 0 && !quit)
			(void)cli_run_argv(ctx, n, v);
		if (n > 0)
			free(v[0]);
		free(v);
		free(line);
		if (quit)
			break;
	}
	free(completion_words);
	completion_words = NULL;
	return 0;
}
