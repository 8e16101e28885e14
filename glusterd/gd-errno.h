/* gd-errno: glusterd's own op_errno values (glusterd-errno.h in 10.x). */
#ifndef GD_ERRNO_H
#define GD_ERRNO_H

#define EG_INTRNL   30800
#define EG_OPNOTSUP 30801
#define EG_ANOTRANS 30802
#define EG_BRCKDWN  30803
#define EG_NODEDWN  30804
#define EG_HRDLMT   30805
#define EG_NOVOL    30806
#define EG_NOSNAP   30807
#define EG_RBALRUN  30808
#define EG_VOLRUN   30809
#define EG_VOLSTP   30810
#define EG_VOLEXST  30811

#endif
