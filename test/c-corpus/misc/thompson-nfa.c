// Regular expressions via Thompson's construction: infix -> postfix -> NFA fragments, simulated with state sets (no backtracking).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MATCH = 256, SPLIT = 257 };
typedef struct State { int c; struct State *out, *out1; int lastlist; } State;
typedef struct { State *start; State ***outs; int nouts; } Frag;

static State *states[1024];
static int nstates;
static State *state(int c, State *out, State *out1) {
    State *s = malloc(sizeof *s);
    s->c = c; s->out = out; s->out1 = out1; s->lastlist = -1;
    states[nstates++] = s;
    return s;
}

/* insert explicit concatenation operator '.' and convert to postfix (shunting yard) */
static int to_postfix(const char *re, char *out) {
    char ops[128];
    int nops = 0, n = 0;
    int prev_operand = 0;
    for (const char *p = re; *p; p++) {
        char c = *p;
        int operand = c != '|' && c != ')' && c != '*' && c != '+' && c != '?';
        if (prev_operand && (operand && c != ')') ) {
            if (c != '|' ) {
                while (nops && (ops[nops - 1] == '.')) out[n++] = ops[--nops];
                ops[nops++] = '.';
            }
        }
        if (c == '(') { ops[nops++] = '('; prev_operand = 0; continue; }
        if (c == ')') { while (nops && ops[nops - 1] != '(') out[n++] = ops[--nops]; if (!nops) return -1; nops--; prev_operand = 1; continue; }
        if (c == '|') { while (nops && ops[nops - 1] != '(') out[n++] = ops[--nops]; ops[nops++] = '|'; prev_operand = 0; continue; }
        if (c == '*' || c == '+' || c == '?') { out[n++] = c; prev_operand = 1; continue; }
        out[n++] = c;
        prev_operand = 1;
    }
    while (nops) { if (ops[nops - 1] == '(') return -1; out[n++] = ops[--nops]; }
    out[n] = 0;
    return n;
}

static State ***outs_pool[4096];
static int npool;
static Frag frag(State *s, State ***outs, int n) { Frag f = {s, outs, n}; return f; }
static State ***list1(State **p) { State ***l = malloc(sizeof *l); l[0] = p; outs_pool[npool++] = l; return l; }
static State ***append(State ***a, int na, State ***b, int nb) {
    State ***l = malloc(sizeof *l * (size_t)(na + nb));
    memcpy(l, a, sizeof *l * (size_t)na);
    memcpy(l + na, b, sizeof *l * (size_t)nb);
    outs_pool[npool++] = l;
    return l;
}
static void patch(Frag f, State *s) { for (int i = 0; i < f.nouts; i++) *f.outs[i] = s; }

static State *compile(const char *post) {
    Frag stack[128];
    int sp = 0;
    for (const char *p = post; *p; p++) {
        Frag e1, e2;
        State *s;
        switch (*p) {
        case '.': e2 = stack[--sp]; e1 = stack[--sp]; patch(e1, e2.start); stack[sp++] = frag(e1.start, e2.outs, e2.nouts); break;
        case '|': e2 = stack[--sp]; e1 = stack[--sp]; s = state(SPLIT, e1.start, e2.start); stack[sp++] = frag(s, append(e1.outs, e1.nouts, e2.outs, e2.nouts), e1.nouts + e2.nouts); break;
        case '?': e1 = stack[--sp]; s = state(SPLIT, e1.start, NULL); stack[sp++] = frag(s, append(e1.outs, e1.nouts, list1(&s->out1), 1), e1.nouts + 1); break;
        case '*': e1 = stack[--sp]; s = state(SPLIT, e1.start, NULL); patch(e1, s); stack[sp++] = frag(s, list1(&s->out1), 1); break;
        case '+': e1 = stack[--sp]; s = state(SPLIT, e1.start, NULL); patch(e1, s); stack[sp++] = frag(e1.start, list1(&s->out1), 1); break;
        default: s = state((unsigned char)*p, NULL, NULL); stack[sp++] = frag(s, list1(&s->out), 1); break;
        }
    }
    Frag e = stack[--sp];
    patch(e, state(MATCH, NULL, NULL));
    return e.start;
}

static int listid;
static void addstate(State **list, int *n, State *s) {
    if (!s || s->lastlist == listid) return;
    s->lastlist = listid;
    if (s->c == SPLIT) { addstate(list, n, s->out); addstate(list, n, s->out1); return; }
    list[(*n)++] = s;
}

static int full_match(State *start, const char *s, int *max_active) {
    static State *cl[1024], *nl[1024];
    int nc = 0, nn;
    listid++;
    addstate(cl, &nc, start);
    *max_active = nc;
    for (; *s; s++) {
        listid++;
        nn = 0;
        for (int i = 0; i < nc; i++) if (cl[i]->c == (unsigned char)*s) addstate(nl, &nn, cl[i]->out);
        memcpy(cl, nl, sizeof(State *) * (size_t)nn);
        nc = nn;
        if (nc > *max_active) *max_active = nc;
    }
    for (int i = 0; i < nc; i++) if (cl[i]->c == MATCH) return 1;
    return 0;
}

int main(void) {
    struct { const char *re; const char *inputs[5]; } tests[] = {
        {"a(b|c)*d", {"ad", "abd", "abcbcd", "abce", "d"}},
        {"(ab)+c?", {"ab", "ababc", "abc", "ac", ""}},
        {"x?y?z?", {"", "xz", "xyz", "zy", "y"}},
        {"(a|b)*abb", {"abb", "aabb", "babb", "ab", "abba"}},
        {"(0|1(01*0)*1)*", {"0", "11", "110", "1001", "111"}}, /* binary multiples of 3 */
    };
    for (int t = 0; t < 5; t++) {
        char post[256];
        nstates = 0;
        if (to_postfix(tests[t].re, post) < 0) { printf("bad regex %s\n", tests[t].re); continue; }
        State *start = compile(post);
        printf("%-16s postfix %-22s states %2d:", tests[t].re, post, nstates);
        for (int i = 0; i < 5; i++) { int act; int m = full_match(start, tests[t].inputs[i], &act); printf(" '%s'=%d/%d", tests[t].inputs[i], m, act); }
        printf("\n");
        for (int i = 0; i < nstates; i++) free(states[i]);
    }
    /* pathological for backtrackers: (a?)^n a^n against a^n */
    char re[256] = "", text[64] = "";
    int n = 20;
    for (int i = 0; i < n; i++) strcat(re, "a?");
    for (int i = 0; i < n; i++) { strcat(re, "a"); strcat(text, "a"); }
    char post[512];
    nstates = 0;
    to_postfix(re, post);
    int act;
    State *start = compile(post);
    printf("(a?)^%d a^%d vs a^%d: %d (max active states %d, states %d)\n", n, n, n, full_match(start, text, &act), act, nstates);
    for (int i = 0; i < nstates; i++) free(states[i]);
    for (int i = 0; i < npool; i++) free(outs_pool[i]);
    return 0;
}
