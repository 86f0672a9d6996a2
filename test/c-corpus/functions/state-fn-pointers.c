// State machine where each state is a function returning the next state (function returning function pointer).
#include <stdio.h>
#include <string.h>
#include <ctype.h>

struct State;
typedef struct State (*StateFn)(int c, void *ctx);
typedef struct State { StateFn fn; const char *name; } State;

typedef struct { int words, numbers, lines, longest, cur; char last_word[32]; int wl; } Ctx;

static State s_space(int c, void *ctx);
static State s_word(int c, void *ctx);
static State s_number(int c, void *ctx);

static State make(StateFn f, const char *n) { State s = {f, n}; return s; }

static State classify(int c, Ctx *x) {
    if (c == '\n') x->lines++;
    if (isalpha(c)) { x->words++; x->cur = 1; x->wl = 0; x->last_word[x->wl++] = (char)c; x->last_word[x->wl] = 0; return make(s_word, "word"); }
    if (isdigit(c)) { x->numbers++; return make(s_number, "number"); }
    return make(s_space, "space");
}

static State s_space(int c, void *ctx) { return classify(c, ctx); }

static State s_word(int c, void *ctx) {
    Ctx *x = ctx;
    if (isalnum(c) || c == '\'') {
        x->cur++;
        if (x->wl < 31) { x->last_word[x->wl++] = (char)c; x->last_word[x->wl] = 0; }
        if (x->cur > x->longest) x->longest = x->cur;
        return make(s_word, "word");
    }
    if (x->cur > x->longest) x->longest = x->cur;
    return classify(c, x);
}

static State s_number(int c, void *ctx) {
    if (isdigit(c) || c == '.' || c == ',') return make(s_number, "number");
    return classify(c, ctx);
}

/* traffic light: a cyclic machine of function pointers with timing */
typedef struct Light { struct Light (*next)(int *); const char *color; int duration; } Light;
static Light red(int *t);
static Light green(int *t);
static Light yellow(int *t);
static Light red(int *t) { *t += 30; Light l = {green, "green", 25}; return l; }
static Light green(int *t) { *t += 25; Light l = {yellow, "yellow", 5}; return l; }
static Light yellow(int *t) { *t += 5; Light l = {red, "red", 30}; return l; }

int main(void) {
    const char *text = "It's 2024, and 3 engines run 1,000.5 programs.\nSegments don't overlap\nhandles: 16 bytes each!\n";
    Ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    State s = make(s_space, "space");
    int transitions = 0;
    const char *prev = s.name;
    for (const char *p = text; *p; p++) {
        s = s.fn((unsigned char)*p, &ctx);
        if (s.name != prev) { transitions++; prev = s.name; }
    }
    printf("words %d numbers %d lines %d longest %d last word '%s' transitions %d\n", ctx.words, ctx.numbers, ctx.lines, ctx.longest, ctx.last_word, transitions);
    Light l = {red, "red", 30};
    int t = 0;
    for (int i = 0; i < 8; i++) {
        printf("t=%3d %s\n", t, l.color);
        l = l.next(&t);
    }
    return 0;
}
