#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
struct seg { uintptr_t lo, hi; int w; };
static struct seg segs[32]; static int nseg;
static int cb(struct dl_phdr_info *i, size_t s, void *d) {
    (void)s; (void)d;
    if (!strstr(i->dlpi_name, "glusterd.so")) return 0;
    for (int k = 0; k < i->dlpi_phnum; k++) {
        const ElfW(Phdr) *p = &i->dlpi_phdr[k];
        if (p->p_type != PT_LOAD) continue;
        segs[nseg].lo = i->dlpi_addr + p->p_vaddr;
        segs[nseg].hi = segs[nseg].lo + p->p_memsz;
        segs[nseg].w = p->p_flags; nseg++;
    }
    return 1;
}
static int inseg(uintptr_t a) { for (int i = 0; i < nseg; i++) if (a >= segs[i].lo && a < segs[i].hi) return 1; return 0; }
static const char *S(void *p) { return p ? (const char *)p : "(NULL)"; }
int main(int argc, char **argv) {
    void *h = dlopen("/usr/lib/x86_64-linux-gnu/glusterfs/10.3/xlator/mgmt/glusterd.so", RTLD_LAZY|RTLD_GLOBAL);
    if (!h) { fprintf(stderr, "%s\n", dlerror()); return 1; }
    dl_iterate_phdr(cb, NULL);
    const char *needle = "cluster.lookup-unhashed";
    uintptr_t saddr = 0;
    for (int i = 0; i < nseg && !saddr; i++) {
        for (uintptr_t a = segs[i].lo; a + strlen(needle) < segs[i].hi; a++)
            if (!memcmp((void *)a, needle, strlen(needle) + 1) && ((char*)a)[-1] == 0) { saddr = a; break; }
    }
    if (!saddr) { fprintf(stderr, "no string\n"); return 1; }
    uintptr_t *ent = NULL;
    for (int i = 0; i < nseg && !ent; i++)
        for (uintptr_t a = segs[i].lo; a + 8 <= segs[i].hi; a += 8)
            if (*(uintptr_t *)a == saddr) { ent = (uintptr_t *)a; break; }
    if (!ent) { fprintf(stderr, "no ptr\n"); return 1; }
    int stride = argc > 1 ? atoi(argv[1]) : 64;
    for (char *e = (char *)ent; *(void **)e; e += stride) {
        void **p = (void **)e;
        int type = *(int *)(e + 32); uint32_t flags = *(uint32_t *)(e + 36); uint32_t opv = *(uint32_t *)(e + 40);
        void *descr = *(void **)(e + 48); void *vfn = *(void **)(e + 56);
        printf("%s\t%s\t%s\t%s\t%d\t%#x\t%u\t%s\n", S(p[0]), S(p[1]), S(p[2]), S(p[3]), type, flags, opv, vfn ? (inseg((uintptr_t)vfn) ? "V" : "?") : "-");
        (void)descr;
    }
    return 0;
}
