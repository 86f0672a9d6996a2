// Sparse matrices as row-indexed linked lists of nonzeros: add, multiply, transpose, dense check.
#include <stdio.h>
#include <stdlib.h>

typedef struct Cell { int col; long val; struct Cell *next; } Cell;
typedef struct { int rows, cols; Cell **row; } Sparse;

static Sparse *sp_new(int r, int c) {
    Sparse *m = malloc(sizeof *m);
    m->rows = r; m->cols = c;
    m->row = calloc((size_t)r, sizeof(Cell *));
    return m;
}

/* add v at (r,c), keeping each row sorted and dropping zeros */
static void sp_add(Sparse *m, int r, int c, long v) {
    Cell **pp = &m->row[r];
    while (*pp && (*pp)->col < c) pp = &(*pp)->next;
    if (*pp && (*pp)->col == c) {
        (*pp)->val += v;
        if ((*pp)->val == 0) { Cell *d = *pp; *pp = d->next; free(d); }
        return;
    }
    if (v == 0) return;
    Cell *n = malloc(sizeof *n);
    n->col = c; n->val = v; n->next = *pp;
    *pp = n;
}

static long sp_get(const Sparse *m, int r, int c) {
    for (Cell *p = m->row[r]; p && p->col <= c; p = p->next) if (p->col == c) return p->val;
    return 0;
}

static Sparse *sp_mul(const Sparse *a, const Sparse *b) {
    Sparse *c = sp_new(a->rows, b->cols);
    for (int i = 0; i < a->rows; i++)
        for (Cell *x = a->row[i]; x; x = x->next)
            for (Cell *y = b->row[x->col]; y; y = y->next) sp_add(c, i, y->col, x->val * y->val);
    return c;
}

static Sparse *sp_transpose(const Sparse *a) {
    Sparse *t = sp_new(a->cols, a->rows);
    for (int i = a->rows - 1; i >= 0; i--)
        for (Cell *x = a->row[i]; x; x = x->next) sp_add(t, x->col, i, x->val);
    return t;
}

static int nnz(const Sparse *m) { int n = 0; for (int i = 0; i < m->rows; i++) for (Cell *p = m->row[i]; p; p = p->next) n++; return n; }

static void sp_free(Sparse *m) {
    for (int i = 0; i < m->rows; i++) while (m->row[i]) { Cell *n = m->row[i]->next; free(m->row[i]); m->row[i] = n; }
    free(m->row); free(m);
}

static void show(const char *name, const Sparse *m) {
    printf("%s (%dx%d, nnz %d)\n", name, m->rows, m->cols, nnz(m));
    for (int i = 0; i < m->rows && i < 8; i++) {
        for (int j = 0; j < m->cols && j < 10; j++) printf("%5ld", sp_get(m, i, j));
        printf("\n");
    }
}

int main(void) {
    enum { N = 12 };
    Sparse *a = sp_new(N, N), *b = sp_new(N, N);
    for (int i = 0; i < N; i++) {
        sp_add(a, i, i, 2);
        if (i + 1 < N) sp_add(a, i, i + 1, -1);
        if (i > 0) sp_add(a, i, i - 1, -1);
        sp_add(b, i, (i * 5) % N, i + 1);
        sp_add(b, (i * 7) % N, i, 3);
    }
    sp_add(a, 3, 3, -2); /* cancels to zero */
    show("A", a);
    show("B", b);
    Sparse *c = sp_mul(a, b);
    show("A*B", c);
    Sparse *bt = sp_transpose(b);
    Sparse *d = sp_mul(b, bt);
    show("B*B^T", d);
    /* verify against dense multiplication */
    long dense[N][N] = {{0}};
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            for (int k = 0; k < N; k++) dense[i][j] += sp_get(a, i, k) * sp_get(b, k, j);
    int mism = 0;
    long trace = 0;
    for (int i = 0; i < N; i++) {
        trace += sp_get(d, i, i);
        for (int j = 0; j < N; j++) mism += dense[i][j] != sp_get(c, i, j);
    }
    printf("mismatches %d trace(BB^T) %ld\n", mism, trace);
    sp_free(a); sp_free(b); sp_free(c); sp_free(bt); sp_free(d);
    return mism;
}
