// A bank ledger: accounts in a hash map, transactions with validation, integer cents, audit report; exit code = failures.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Account { char id[8]; long long cents; int txns; struct Account *next; } Account;
static Account *table[17];

static Account *get(const char *id, int create) {
    unsigned h = 0;
    for (const char *p = id; *p; p++) h = h * 31 + (unsigned char)*p;
    Account **pp = &table[h % 17];
    for (; *pp; pp = &(*pp)->next) if (!strcmp((*pp)->id, id)) return *pp;
    if (!create) return NULL;
    *pp = calloc(1, sizeof **pp);
    strcpy((*pp)->id, id);
    return *pp;
}

static void money(char *buf, long long c) { sprintf(buf, "%s%lld.%02lld", c < 0 ? "-" : "", (c < 0 ? -c : c) / 100, (c < 0 ? -c : c) % 100); }

typedef enum { DEPOSIT, WITHDRAW, TRANSFER } Kind;
typedef struct { Kind kind; const char *from, *to; long long cents; } Txn;

int main(void) {
    Txn txns[] = {
        {DEPOSIT, NULL, "A100", 150000}, {DEPOSIT, NULL, "B200", 2550}, {DEPOSIT, NULL, "C300", 99999},
        {WITHDRAW, "A100", NULL, 20000}, {TRANSFER, "A100", "B200", 45075}, {WITHDRAW, "B200", NULL, 60000},
        {TRANSFER, "C300", "D400", 1}, {TRANSFER, "D400", "A100", 5}, {WITHDRAW, "E500", NULL, 100},
        {DEPOSIT, NULL, "B200", -500}, {TRANSFER, "B200", "B200", 100}, {TRANSFER, "C300", "A100", 99998},
        {WITHDRAW, "A100", NULL, 174924}, {DEPOSIT, NULL, "D400", 12345},
    };
    int failures = 0;
    for (unsigned i = 0; i < sizeof txns / sizeof *txns; i++) {
        Txn *t = &txns[i];
        const char *why = NULL;
        Account *from = t->from ? get(t->from, 0) : NULL, *to = t->to ? get(t->to, t->kind == DEPOSIT || t->kind == TRANSFER) : NULL;
        if (t->cents <= 0) why = "non-positive amount";
        else if (t->from && !from) why = "unknown source account";
        else if (t->kind == TRANSFER && from == to) why = "transfer to self";
        else if (from && from->cents < t->cents) why = "insufficient funds";
        char amt[32];
        money(amt, t->cents);
        if (why) { printf("txn %2u %-8s %10s REJECTED: %s\n", i, t->kind == DEPOSIT ? "deposit" : t->kind == WITHDRAW ? "withdraw" : "transfer", amt, why); failures++; continue; }
        if (from) { from->cents -= t->cents; from->txns++; }
        if (to) { to->cents += t->cents; to->txns++; }
        printf("txn %2u %-8s %10s ok\n", i, t->kind == DEPOSIT ? "deposit" : t->kind == WITHDRAW ? "withdraw" : "transfer", amt);
    }
    long long total = 0;
    const char *ids[] = {"A100", "B200", "C300", "D400", "E500"};
    for (int i = 0; i < 5; i++) {
        Account *a = get(ids[i], 0);
        char buf[32];
        if (!a) { printf("%s: no account\n", ids[i]); continue; }
        money(buf, a->cents);
        printf("%s: %12s after %d transactions\n", a->id, buf, a->txns);
        total += a->cents;
    }
    char buf[32];
    money(buf, total);
    printf("bank total %s, %d rejected\n", buf, failures);
    for (int b = 0; b < 17; b++) while (table[b]) { Account *n = table[b]->next; free(table[b]); table[b] = n; }
    return failures > 5 ? 5 : failures;
}
