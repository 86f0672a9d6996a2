// Structs containing arrays: assignment copies the arrays, arrays inside structs passed by value, nested aggregates, memcmp equality.
#include <stdio.h>
#include <string.h>

typedef struct { char name[16]; int scores[5]; } Record;
typedef struct { Record best, worst; Record all[4]; int count; } Report;
typedef struct { int cells[3][3]; } Board;

static Board rotate(Board b) {
    Board r;
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) r.cells[j][2 - i] = b.cells[i][j];
    return r;
}

static int total(Record r) { int t = 0; for (int i = 0; i < 5; i++) t += r.scores[i]; r.scores[0] = -999; return t; }

static Report summarize(const Record *rs, int n) {
    Report rep;
    memset(&rep, 0, sizeof rep);
    rep.best = rep.worst = rs[0];
    for (int i = 0; i < n; i++) {
        rep.all[rep.count++] = rs[i];
        if (total(rs[i]) > total(rep.best)) rep.best = rs[i];
        if (total(rs[i]) < total(rep.worst)) rep.worst = rs[i];
    }
    return rep;
}

int main(void) {
    Record rs[4] = {{"ada", {90, 85, 77, 92, 88}}, {"bob", {60, 75, 80, 70, 65}}, {"cy", {99, 98, 97, 96, 95}}, {"dee", {50, 55, 60, 65, 70}}};
    Record copy = rs[0];
    copy.scores[0] = 0;
    strcpy(copy.name, "ada2");
    printf("original %s %d, copy %s %d\n", rs[0].name, rs[0].scores[0], copy.name, copy.scores[0]);
    printf("totals:");
    for (int i = 0; i < 4; i++) printf(" %s=%d", rs[i].name, total(rs[i]));
    printf("\nscores[0] unchanged: %d\n", rs[0].scores[0]);
    Report rep = summarize(rs, 4);
    printf("best %s worst %s count %d\n", rep.best.name, rep.worst.name, rep.count);
    Report rep2 = rep;
    printf("report copy equal: %d\n", memcmp(&rep, &rep2, sizeof rep) == 0);
    rep2.all[2].scores[4] = 1;
    printf("after change equal: %d, original still %d\n", memcmp(&rep, &rep2, sizeof rep) == 0, rep.all[2].scores[4]);
    Board b = {{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}};
    Board r = b;
    for (int k = 1; k <= 4; k++) {
        r = rotate(r);
        printf("rotation %d:", k);
        for (int i = 0; i < 3; i++) { printf(" "); for (int j = 0; j < 3; j++) printf("%d", r.cells[i][j]); }
        printf("%s\n", memcmp(&r, &b, sizeof b) == 0 ? " (identity)" : "");
    }
    Record arr2[4];
    memcpy(arr2, rs, sizeof rs);
    int same = 1;
    for (int i = 0; i < 4; i++) same &= strcmp(arr2[i].name, rs[i].name) == 0 && arr2[i].scores[3] == rs[i].scores[3];
    printf("array memcpy same: %d, sizeof Record %zu Report %zu Board %zu\n", same, sizeof(Record), sizeof(Report), sizeof(Board));
    return 0;
}
