#include <dlfcn.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
typedef struct {
    char *key[4]; int type; double min, max; char *value[64];
    char *default_value; char *description; int validate;
    uint32_t op_version[4]; uint32_t deprecated[4]; uint32_t flags;
    char *tags[64]; char *setkey; int level; int category;
} vo_t;
typedef struct {
    uint32_t op_version[4]; uint32_t flags; uint32_t xlator_id; char *identifier;
    vo_t *options; int category;
} api_t;
static const char *tn[] = {"ANY","STR","INT","SIZET","PERCENT","PERCENT_OR_SIZET","BOOL","XLATOR","PATH","TIME","DOUBLE","INET_ADDR","INET_ADDR_LIST","PRIO_LIST","SIZE_LIST","CLIENT_AUTH_ADDR"};
int main(int argc, char **argv) {
    for (int a = 1; a < argc; a++) {
        void *h = dlopen(argv[a], RTLD_LAZY | RTLD_GLOBAL);
        if (!h) { fprintf(stderr, "%s: %s\n", argv[a], dlerror()); continue; }
        api_t *api = dlsym(h, "xlator_api");
        vo_t *o = api ? api->options : dlsym(h, "options");
        printf("## %s\n", argv[a]);
        for (; o && o->key[0]; o++) {
            printf("K");
            for (int i = 0; i < 4 && o->key[i]; i++) printf(" %s", o->key[i]);
            printf("\tT=%s", o->type >= 0 && o->type < 16 ? tn[o->type] : "?");
            printf("\tmin=%.17g max=%.17g val=%d", o->min, o->max, o->validate);
            printf("\tdef=%s", o->default_value ? o->default_value : "(NULL)");
            printf("\tvals=");
            for (int i = 0; i < 64 && o->value[i]; i++) printf("%s%s", i ? "|" : "", o->value[i]);
            printf("\topv=%u flags=%#x\n", o->op_version[0], o->flags);
        }
    }
    return 0;
}
