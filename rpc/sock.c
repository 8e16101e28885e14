/* sock: non-blocking client sockets for the sync and async clients. */
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "rpc/rpc-int.h"

static int connect_start(int fd, const struct sockaddr *sa, socklen_t sl)
{
	int r;

	do {
		r = connect(fd, sa, sl);
	} while (r < 0 && errno == EINTR);
	if (r == 0)
		return 0;
	if (errno == EINPROGRESS)
		return -EINPROGRESS;
	return -errno;
}

/* Binds fd to the numeric address src (port 0) before connecting. */
static int bind_source(int fd, int family, const char *src)
{
	struct addrinfo hints = { .ai_family = family,
				  .ai_flags = AI_NUMERICHOST };
	struct addrinfo *res;
	int r;

	if (getaddrinfo(src, NULL, &hints, &res) != 0)
		return -EADDRNOTAVAIL;
	r = bind(fd, res->ai_addr, res->ai_addrlen) < 0 ? -errno : 0;
	freeaddrinfo(res);
	return r;
}

static int connect_sock(int family, const struct sockaddr *sa, socklen_t sl,
			const char *src, int *out)
{
	int fd, r, one = 1;

	*out = -1;
	fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (family != AF_UNIX)
		(void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one,
				 sizeof(one));
	r = src && family != AF_UNIX ? bind_source(fd, family, src) : 0;
	if (r == 0)
		r = connect_start(fd, sa, sl);
	if (r < 0 && r != -EINPROGRESS) {
		close(fd);
		return r;
	}
	*out = fd;
	return r;
}

int rpc__connect_unix(const char *path, int *fd)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };

	*fd = -1;
	if (strlen(path) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	strcpy(sa.sun_path, path);
	return connect_sock(AF_UNIX, (struct sockaddr *)&sa, sizeof(sa), NULL,
			    fd);
}

int rpc__connect_addr(const struct sockaddr *sa, socklen_t sl,
		      const char *src, int *fd)
{
	return connect_sock(sa->sa_family, sa, sl, src, fd);
}

int rpc__connect_result(int fd)
{
	int err = 0;
	socklen_t len = sizeof(err);

	if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
		return -errno;
	return -err;
}
