// A Brainfuck interpreter with precomputed bracket jumps and run-length folding of +-<>, running embedded programs.
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

typedef struct { char op; int arg; } Ins;

static int compile(const char *src, Ins *out) {
    int n = 0, stack[256], sp = 0;
    for (const char *p = src; *p; p++) {
        char c = *p;
        if (!strchr("+-<>[].,", c)) continue;
        if (c == '+' || c == '-' || c == '<' || c == '>') {
            int k = 1;
            while (p[1] == c) { k++; p++; }
            out[n].op = c; out[n++].arg = k;
        } else if (c == '[') { stack[sp++] = n; out[n].op = c; out[n++].arg = -1; }
        else if (c == ']') {
            if (!sp) return -1;
            int open = stack[--sp];
            out[n].op = c; out[n].arg = open;
            out[open].arg = n;
            n++;
        } else { out[n].op = c; out[n++].arg = 0; }
    }
    return sp ? -1 : n;
}

static long run(const Ins *code, int n, const char *input, char *output, int outmax) {
    unsigned char tape[30000];
    memset(tape, 0, sizeof tape);
    int ptr = 0, outn = 0;
    long steps = 0;
    for (int pc = 0; pc < n; pc++, steps++) {
        switch (code[pc].op) {
        case '+': tape[ptr] = (unsigned char)(tape[ptr] + code[pc].arg); break;
        case '-': tape[ptr] = (unsigned char)(tape[ptr] - code[pc].arg); break;
        case '>': ptr += code[pc].arg; break;
        case '<': ptr -= code[pc].arg; break;
        case '[': if (!tape[ptr]) pc = code[pc].arg; break;
        case ']': if (tape[ptr]) pc = code[pc].arg; break;
        case '.': if (outn < outmax - 1) output[outn++] = (char)tape[ptr]; break;
        case ',': tape[ptr] = (unsigned char)(*input ? *input++ : 0); break;
        }
    }
    output[outn] = 0;
    return steps;
}

int main(void) {
    const char *hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
    /* reverses its input: read until 0, then print backwards */
    const char *reverse = ">,[>,]<[.<]";
    /* adds two digits from input and prints the digit sum (single digit results) */
    const char *add = ",>,[<+>-]<------------------------------------------------.";
    /* prints squares 0..10000 (classic program by Daniel Cristofani) */
    const char *squares = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]"
                          "<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]";
    struct { const char *name, *src, *input; } progs[] = {{"hello", hello, ""}, {"reverse", reverse, "segments!"}, {"add", add, "34"}, {"squares", squares, ""}};
    static Ins code[2048];
    static char out[8192];
    for (int i = 0; i < 4; i++) {
        int n = compile(progs[i].src, code);
        if (n < 0) { printf("%s: unbalanced\n", progs[i].name); continue; }
        long steps = run(code, n, progs[i].input, out, sizeof out);
        size_t len = strlen(out);
        unsigned h = 0;
        for (size_t k = 0; k < len; k++) h = h * 31 + (unsigned char)out[k];
        printf("%s: %d instructions, %ld steps, %zu bytes output, hash %u\n", progs[i].name, n, steps, len, h);
        if (len < 80) printf("  output: %s\n", out);
        else { out[60] = 0; for (char *c = out; *c; c++) if (*c == '\n') *c = ' '; printf("  output starts: %s\n", out); }
    }
    printf("unbalanced check: %d %d\n", compile("[[]", code), compile("]", code));
    return 0;
}
