// A tiny Lisp: reader, cons cells, symbols, lambdas with closures, special forms (quote if define lambda), and builtins.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

typedef enum { NUM, SYM, CONS, FN, BUILTIN, NIL } Type;
typedef struct Obj Obj;
typedef Obj *(*Builtin)(Obj *args);
struct Obj {
    Type t;
    union {
        long num;
        const char *sym;
        struct { Obj *car, *cdr; } c;
        struct { Obj *params, *body, *env; } fn;
        Builtin b;
    } u;
};

static Obj nil_obj = {NIL, {0}};
static Obj *nil = &nil_obj;
static int allocs, pool_cap;
static Obj **pool;

static Obj *mk(Type t) {
    Obj *o = calloc(1, sizeof *o);
    o->t = t;
    if (allocs == pool_cap) { pool_cap = pool_cap ? pool_cap * 2 : 1024; pool = realloc(pool, sizeof(Obj *) * (size_t)pool_cap); }
    pool[allocs++] = o;
    return o;
}
static Obj *num(long n) { Obj *o = mk(NUM); o->u.num = n; return o; }
static Obj *cons(Obj *a, Obj *d) { Obj *o = mk(CONS); o->u.c.car = a; o->u.c.cdr = d; return o; }
#define CAR(o) ((o)->u.c.car)
#define CDR(o) ((o)->u.c.cdr)

static const char *symtab[256];
static int nsyms;
static Obj *symobjs[256];
static Obj *intern(const char *s, size_t n) {
    for (int i = 0; i < nsyms; i++) if (strlen(symtab[i]) == n && strncmp(symtab[i], s, n) == 0) return symobjs[i];
    char *copy = malloc(n + 1);
    memcpy(copy, s, n);
    copy[n] = 0;
    symtab[nsyms] = copy;
    Obj *o = mk(SYM);
    o->u.sym = copy;
    return symobjs[nsyms++] = o;
}

static const char *src;
static Obj *read_expr(void);
static Obj *read_list(void) {
    while (isspace((unsigned char)*src)) src++;
    if (*src == ')') { src++; return nil; }
    Obj *head = read_expr();
    return cons(head, read_list());
}
static Obj *read_expr(void) {
    while (isspace((unsigned char)*src)) src++;
    if (*src == '(') { src++; return read_list(); }
    if (*src == '\'') { src++; return cons(intern("quote", 5), cons(read_expr(), nil)); }
    const char *s = src;
    while (*src && !isspace((unsigned char)*src) && *src != '(' && *src != ')') src++;
    if (isdigit((unsigned char)*s) || (*s == '-' && isdigit((unsigned char)s[1]))) return num(strtol(s, NULL, 10));
    return intern(s, (size_t)(src - s));
}

static void print(Obj *o) {
    switch (o->t) {
    case NUM: printf("%ld", o->u.num); break;
    case SYM: printf("%s", o->u.sym); break;
    case NIL: printf("()"); break;
    case FN: printf("<lambda>"); break;
    case BUILTIN: printf("<builtin>"); break;
    case CONS:
        printf("(");
        for (;;) {
            print(CAR(o));
            o = CDR(o);
            if (o->t != CONS) break;
            printf(" ");
        }
        if (o != nil) { printf(" . "); print(o); }
        printf(")");
    }
}

static Obj *lookup(Obj *env, Obj *sym) {
    for (; env != nil; env = CDR(env)) if (CAR(CAR(env)) == sym) return CAR(env);
    return NULL;
}

static Obj *global;
static Obj *eval(Obj *o, Obj *env);
static Obj *eval_list(Obj *l, Obj *env) { return l == nil ? nil : cons(eval(CAR(l), env), eval_list(CDR(l), env)); }

static Obj *eval(Obj *o, Obj *env) {
    for (;;) {
        if (o->t == NUM || o->t == NIL) return o;
        if (o->t == SYM) { Obj *b = lookup(env, o); if (!b) { printf("unbound %s\n", o->u.sym); return nil; } return CDR(b); }
        Obj *op = CAR(o);
        if (op->t == SYM) {
            const char *n = op->u.sym;
            if (!strcmp(n, "quote")) return CAR(CDR(o));
            if (!strcmp(n, "if")) { o = eval(CAR(CDR(o)), env) != nil ? CAR(CDR(CDR(o))) : (CDR(CDR(CDR(o))) != nil ? CAR(CDR(CDR(CDR(o)))) : nil); continue; }
            if (!strcmp(n, "define")) { Obj *v = eval(CAR(CDR(CDR(o))), env); CDR(global) = cons(CAR(global), CDR(global)); CAR(global) = cons(CAR(CDR(o)), v); return v; }
            if (!strcmp(n, "lambda")) { Obj *f = mk(FN); f->u.fn.params = CAR(CDR(o)); f->u.fn.body = CAR(CDR(CDR(o))); f->u.fn.env = env; return f; }
        }
        Obj *f = eval(op, env), *args = eval_list(CDR(o), env);
        if (f->t == BUILTIN) return f->u.b(args);
        if (f->t != FN) { printf("not a function\n"); return nil; }
        Obj *e = f->u.fn.env;
        for (Obj *p = f->u.fn.params; p != nil; p = CDR(p), args = CDR(args)) e = cons(cons(CAR(p), CAR(args)), e);
        o = f->u.fn.body; /* tail call */
        env = e;
    }
}

static Obj *truth(int b) { return b ? intern("t", 1) : nil; }
static Obj *b_add(Obj *a) { long s = 0; for (; a != nil; a = CDR(a)) s += CAR(a)->u.num; return num(s); }
static Obj *b_sub(Obj *a) { long s = CAR(a)->u.num; if (CDR(a) == nil) return num(-s); for (a = CDR(a); a != nil; a = CDR(a)) s -= CAR(a)->u.num; return num(s); }
static Obj *b_mul(Obj *a) { long s = 1; for (; a != nil; a = CDR(a)) s *= CAR(a)->u.num; return num(s); }
static Obj *b_lt(Obj *a) { return truth(CAR(a)->u.num < CAR(CDR(a))->u.num); }
static Obj *b_eq(Obj *a) { Obj *x = CAR(a), *y = CAR(CDR(a)); return truth(x == y || (x->t == NUM && y->t == NUM && x->u.num == y->u.num)); }
static Obj *b_cons(Obj *a) { return cons(CAR(a), CAR(CDR(a))); }
static Obj *b_car(Obj *a) { return CAR(a) == nil ? nil : CAR(CAR(a)); }
static Obj *b_cdr(Obj *a) { return CAR(a) == nil ? nil : CDR(CAR(a)); }
static Obj *b_null(Obj *a) { return truth(CAR(a) == nil); }
static Obj *b_mod(Obj *a) { return num(CAR(a)->u.num % CAR(CDR(a))->u.num); }

static void def_builtin(const char *name, Builtin b) {
    Obj *f = mk(BUILTIN);
    f->u.b = b;
    CDR(global) = cons(CAR(global), CDR(global));
    CAR(global) = cons(intern(name, strlen(name)), f);
}

int main(void) {
    global = cons(cons(intern("nil", 3), nil), nil);
    def_builtin("+", b_add); def_builtin("-", b_sub); def_builtin("*", b_mul); def_builtin("<", b_lt); def_builtin("=", b_eq);
    def_builtin("cons", b_cons); def_builtin("car", b_car); def_builtin("cdr", b_cdr); def_builtin("null?", b_null); def_builtin("mod", b_mod);
    const char *program[] = {
        "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
        "(fact 10)",
        "(define map (lambda (f l) (if (null? l) nil (cons (f (car l)) (map f (cdr l))))))",
        "(define range (lambda (a b) (if (< a b) (cons a (range (+ a 1) b)) nil)))",
        "(map (lambda (x) (* x x)) (range 1 11))",
        "(define make-adder (lambda (n) (lambda (x) (+ x n))))",
        "(define add5 (make-adder 5))",
        "(map add5 '(1 2 3))",
        "(define filter (lambda (p l) (if (null? l) nil (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l))))))",
        "(filter (lambda (x) (= (mod x 3) 0)) (range 1 30))",
        "(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))",
        "(count 2000 0)",
        "'(a (b c) . d)",
        "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
        "(fib 12)",
        "(cons 1 (cons 2 3))",
    };
    for (unsigned i = 0; i < sizeof program / sizeof *program; i++) {
        src = program[i];
        Obj *e = read_expr();
        Obj *v = eval(e, global);
        printf("> %s\n", program[i]);
        print(v);
        printf("\n");
    }
    printf("objects allocated: %d, symbols: %d\n", allocs, nsyms);
    for (int i = 0; i < allocs; i++) free(pool[i]);
    free(pool);
    for (int i = 0; i < nsyms; i++) free((void *)symtab[i]);
    return 0;
}
