// Flexible array members: variable-length strings and packets allocated in one block, resized with realloc.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct { size_t len; uint32_t hash; char data[]; } Str;
typedef struct { uint16_t type; uint16_t count; int32_t values[]; } Packet;

static Str *str_new(const char *s) {
    size_t n = strlen(s);
    Str *r = malloc(sizeof(Str) + n + 1);
    r->len = n;
    r->hash = 5381;
    for (size_t i = 0; i < n; i++) r->hash = r->hash * 33u + (unsigned char)s[i];
    memcpy(r->data, s, n + 1);
    return r;
}

static Str *str_append(Str *s, const char *more) {
    size_t m = strlen(more);
    s = realloc(s, sizeof(Str) + s->len + m + 1);
    memcpy(s->data + s->len, more, m + 1);
    for (size_t i = 0; i < m; i++) s->hash = s->hash * 33u + (unsigned char)more[i];
    s->len += m;
    return s;
}

static Packet *packet_new(uint16_t type, uint16_t count) {
    Packet *p = malloc(sizeof(Packet) + count * sizeof(int32_t));
    p->type = type;
    p->count = count;
    for (uint16_t i = 0; i < count; i++) p->values[i] = (int32_t)(i * i) - (int32_t)type;
    return p;
}

static int64_t packet_sum(const Packet *p) { int64_t s = 0; for (uint16_t i = 0; i < p->count; i++) s += p->values[i]; return s; }

int main(void) {
    printf("sizeof(Str) header %zu, sizeof(Packet) header %zu\n", sizeof(Str), sizeof(Packet));
    Str *s = str_new("flexible");
    s = str_append(s, " array");
    s = str_append(s, " members");
    printf("'%s' len %zu hash %u\n", s->data, s->len, s->hash);
    Str *words[6];
    const char *w[] = {"a", "bb", "ccc", "", "longer string here", "x"};
    size_t total = 0;
    for (int i = 0; i < 6; i++) { words[i] = str_new(w[i]); total += words[i]->len; }
    for (int i = 0; i < 6; i++) printf("[%s:%zu:%u] ", words[i]->data, words[i]->len, words[i]->hash);
    printf("\ntotal %zu\n", total);
    Packet *ps[5];
    for (int i = 0; i < 5; i++) ps[i] = packet_new((uint16_t)(i + 1), (uint16_t)(i * 10));
    for (int i = 0; i < 5; i++) printf("packet type %u count %u sum %lld\n", ps[i]->type, ps[i]->count, (long long)packet_sum(ps[i]));
    /* grow the last packet in place via realloc */
    Packet *p = ps[4];
    uint16_t old = p->count;
    p = realloc(p, sizeof(Packet) + 100 * sizeof(int32_t));
    for (uint16_t i = old; i < 100; i++) p->values[i] = -1;
    p->count = 100;
    ps[4] = p;
    printf("grown packet sum %lld, value[39] %d, value[99] %d\n", (long long)packet_sum(p), p->values[39], p->values[99]);
    free(s);
    for (int i = 0; i < 6; i++) free(words[i]);
    for (int i = 0; i < 5; i++) free(ps[i]);
    return 0;
}
