// A bytecode stack VM with an assembler from text: arithmetic, jumps, calls/returns, locals; runs several programs.
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

enum { PUSH, POP, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, OVER, JMP, JZ, JNZ, CALL, RET, LOAD, STORE, PRINT, LT, EQ, HALT, NOPS };
static const char *names[NOPS] = {"push", "pop", "add", "sub", "mul", "div", "mod", "dup", "swap", "over", "jmp", "jz", "jnz", "call", "ret",
                                  "load", "store", "print", "lt", "eq", "halt"};
static const int has_arg[NOPS] = {[PUSH] = 1, [JMP] = 1, [JZ] = 1, [JNZ] = 1, [CALL] = 1, [LOAD] = 1, [STORE] = 1};

typedef struct { int code[512]; int len; char labels[32][16]; int label_pos[32]; int nlabels; } Prog;

static int assemble(const char *src, Prog *p) {
    char fix_name[128][16];
    int fix_at[128], nfix = 0;
    p->len = 0;
    p->nlabels = 0;
    char tok[32];
    while (*src) {
        while (*src == ' ' || *src == '\n' || *src == ';') src++;
        if (!*src) break;
        int n = 0;
        while (*src && *src != ' ' && *src != '\n' && *src != ';' && n < 31) tok[n++] = *src++;
        tok[n] = 0;
        if (tok[n - 1] == ':') { tok[n - 1] = 0; strcpy(p->labels[p->nlabels], tok); p->label_pos[p->nlabels++] = p->len; continue; }
        int op = -1;
        for (int i = 0; i < NOPS; i++) if (strcmp(names[i], tok) == 0) op = i;
        if (op < 0) { printf("unknown op %s\n", tok); return 0; }
        p->code[p->len++] = op;
        if (has_arg[op]) {
            while (*src == ' ') src++;
            n = 0;
            while (*src && *src != ' ' && *src != '\n' && *src != ';' && n < 31) tok[n++] = *src++;
            tok[n] = 0;
            if ((tok[0] >= '0' && tok[0] <= '9') || tok[0] == '-') p->code[p->len++] = atoi(tok);
            else { strcpy(fix_name[nfix], tok); fix_at[nfix++] = p->len++; }
        }
    }
    for (int f = 0; f < nfix; f++) {
        int found = -1;
        for (int l = 0; l < p->nlabels; l++) if (strcmp(p->labels[l], fix_name[f]) == 0) found = p->label_pos[l];
        if (found < 0) { printf("undefined label %s\n", fix_name[f]); return 0; }
        p->code[fix_at[f]] = found;
    }
    return 1;
}

static long run(const Prog *p, int max_steps) {
    long stack[256], locals[16] = {0};
    int sp = 0, rstack[64], rsp = 0, pc = 0, steps = 0;
    while (pc < p->len && steps++ < max_steps) {
        int op = p->code[pc++];
        int arg = has_arg[op] ? p->code[pc++] : 0;
        long a, b;
        switch (op) {
        case PUSH: stack[sp++] = arg; break;
        case POP: sp--; break;
        case ADD: b = stack[--sp]; stack[sp - 1] += b; break;
        case SUB: b = stack[--sp]; stack[sp - 1] -= b; break;
        case MUL: b = stack[--sp]; stack[sp - 1] *= b; break;
        case DIV: b = stack[--sp]; stack[sp - 1] = b ? stack[sp - 1] / b : 0; break;
        case MOD: b = stack[--sp]; stack[sp - 1] = b ? stack[sp - 1] % b : 0; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = a; break;
        case OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case JMP: pc = arg; break;
        case JZ: if (stack[--sp] == 0) pc = arg; break;
        case JNZ: if (stack[--sp] != 0) pc = arg; break;
        case CALL: rstack[rsp++] = pc; pc = arg; break;
        case RET: if (!rsp) return sp ? stack[sp - 1] : 0; pc = rstack[--rsp]; break;
        case LOAD: stack[sp++] = locals[arg]; break;
        case STORE: locals[arg] = stack[--sp]; break;
        case PRINT: printf("%ld ", stack[--sp]); break;
        case LT: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] < b; break;
        case EQ: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] == b; break;
        case HALT: printf("[%d steps] ", steps); return sp ? stack[sp - 1] : 0;
        }
    }
    printf("[step limit] ");
    return -1;
}

int main(void) {
    const char *progs[] = {
        /* factorial of 10 with a loop */
        "push 1; store 0; push 10; store 1; loop: load 1; jz done; load 0; load 1; mul; store 0; load 1; push 1; sub; store 1; jmp loop; done: load 0; halt",
        /* print primes below 40 by trial division */
        "push 2; store 0; outer: load 0; push 40; lt; jz end; push 2; store 1; inner: load 1; load 1; mul; load 0; swap; lt; jnz prime; "
        "load 0; load 1; mod; jz next; load 1; push 1; add; store 1; jmp inner; prime: load 0; print; next: load 0; push 1; add; store 0; jmp outer; end: push 0; halt",
        /* recursive fibonacci via call/ret with the data stack */
        "push 20; call fib; halt; fib: dup; push 2; lt; jnz base; dup; push 1; sub; call fib; swap; push 2; sub; call fib; add; ret; base: ret",
        /* gcd with over/swap */
        "push 1071; push 462; g: dup; jz gd; swap; over; mod; jmp g; gd: pop; halt",
        /* infinite loop hits the step limit */
        "top: push 1; pop; jmp top",
    };
    for (int i = 0; i < 5; i++) {
        Prog p;
        if (!assemble(progs[i], &p)) return 1;
        printf("program %d (%d words): ", i, p.len);
        long r = run(&p, 100000);
        printf("=> %ld\n", r);
    }
    return 0;
}
