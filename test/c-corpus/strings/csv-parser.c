// RFC-4180-ish CSV parser (quoted fields, escaped quotes, embedded newlines) and a column report.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char **cells; int ncells; } Row;

/* parse one record starting at *pp; returns 0 at end of input */
static int parse_row(const char **pp, Row *row) {
    const char *p = *pp;
    if (!*p) return 0;
    row->cells = NULL;
    row->ncells = 0;
    for (;;) {
        size_t cap = 16, len = 0;
        char *cell = malloc(cap);
        if (*p == '"') {
            p++;
            for (;;) {
                if (!*p) break;
                if (*p == '"') { if (p[1] == '"') p++; else { p++; break; } }
                if (len + 2 > cap) cell = realloc(cell, cap *= 2);
                cell[len++] = *p++;
            }
        }
        while (*p && *p != ',' && *p != '\n') {
            if (len + 2 > cap) cell = realloc(cell, cap *= 2);
            cell[len++] = *p++;
        }
        cell[len] = 0;
        row->cells = realloc(row->cells, sizeof(char *) * (size_t)(row->ncells + 1));
        row->cells[row->ncells++] = cell;
        if (*p == ',') { p++; continue; }
        if (*p == '\n') p++;
        break;
    }
    *pp = p;
    return 1;
}

static void free_row(Row *r) { for (int i = 0; i < r->ncells; i++) free(r->cells[i]); free(r->cells); }

int main(void) {
    const char *csv =
        "name,age,city,notes\n"
        "Alice,34,Berlin,\"likes \"\"quoted\"\" text\"\n"
        "Bob,27,\"New York, NY\",\n"
        "\"Carol\",41,Paris,\"multi\nline note\"\n"
        "Dan,,Tokyo,plain\n"
        "Eve,29,\"\",\"comma, inside\"\n"
        "Frank,52,Lisbon,last";
    const char *p = csv;
    Row rows[16];
    int n = 0;
    while (n < 16 && parse_row(&p, &rows[n])) n++;
    printf("%d rows\n", n);
    int width[8] = {0};
    for (int r = 0; r < n; r++)
        for (int c = 0; c < rows[r].ncells && c < 8; c++) {
            int w = 0;
            for (const char *q = rows[r].cells[c]; *q; q++) w += *q != '\n';
            if (w > width[c]) width[c] = w;
        }
    for (int r = 0; r < n; r++) {
        printf("|");
        for (int c = 0; c < rows[r].ncells; c++) {
            char shown[64];
            int k = 0;
            for (const char *q = rows[r].cells[c]; *q && k < 63; q++) shown[k++] = *q == '\n' ? '/' : *q;
            shown[k] = 0;
            printf(" %-*s |", width[c], shown);
        }
        printf("  (%d fields)\n", rows[r].ncells);
    }
    int total = 0, counted = 0;
    for (int r = 1; r < n; r++) if (rows[r].cells[1][0]) { total += atoi(rows[r].cells[1]); counted++; }
    printf("average age %d.%d over %d\n", total / counted, total * 10 / counted % 10, counted);
    for (int r = 0; r < n; r++) free_row(&rows[r]);
    return 0;
}
