// Generating permutations and combinations: Heap's algorithm, lexicographic next_permutation, ranking.
#include <stdio.h>
#include <string.h>

static int heap_count;
static void heap_perm(char *a, int k, int n, unsigned *hash) {
    if (k == 1) {
        heap_count++;
        for (int i = 0; i < n; i++) *hash = *hash * 31u + (unsigned char)a[i];
        if (heap_count <= 6) printf(" %s", a);
        return;
    }
    for (int i = 0; i < k - 1; i++) {
        heap_perm(a, k - 1, n, hash);
        int j = k % 2 ? 0 : i;
        char t = a[j]; a[j] = a[k - 1]; a[k - 1] = t;
    }
    heap_perm(a, k - 1, n, hash);
}

static int next_perm(char *a, int n) {
    int i = n - 2;
    while (i >= 0 && a[i] >= a[i + 1]) i--;
    if (i < 0) return 0;
    int j = n - 1;
    while (a[j] <= a[i]) j--;
    char t = a[i]; a[i] = a[j]; a[j] = t;
    for (int l = i + 1, r = n - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
    return 1;
}

static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

static long rank(const char *p, int n) {
    long r = 0;
    for (int i = 0; i < n; i++) {
        int smaller = 0;
        for (int j = i + 1; j < n; j++) smaller += p[j] < p[i];
        r += smaller * fact(n - 1 - i);
    }
    return r;
}

static void unrank(long r, int n, char *out) {
    char pool[16];
    for (int i = 0; i < n; i++) pool[i] = (char)('a' + i);
    for (int i = 0; i < n; i++) {
        long f = fact(n - 1 - i);
        int idx = (int)(r / f);
        r %= f;
        out[i] = pool[idx];
        memmove(pool + idx, pool + idx + 1, (size_t)(n - idx - 1));
    }
    out[n] = 0;
}

static void combos(int start, int n, int k, int *chosen, int depth, int *count) {
    if (depth == k) {
        if (*count < 10) { printf(" {"); for (int i = 0; i < k; i++) printf("%s%d", i ? "," : "", chosen[i]); printf("}"); }
        ++*count;
        return;
    }
    for (int i = start; i <= n - (k - depth); i++) { chosen[depth] = i; combos(i + 1, n, k, chosen, depth + 1, count); }
}

int main(void) {
    char a[] = "abcde";
    unsigned hash = 0;
    printf("heap:");
    heap_perm(a, 5, 5, &hash);
    printf(" ... %d perms, hash %u\n", heap_count, hash);
    char b[] = "aabbc";
    int n = 0;
    printf("multiset perms of aabbc:");
    do { if (n < 8) printf(" %s", b); n++; } while (next_perm(b, 5));
    printf(" ... %d total\n", n);
    char c[] = "dacbe";
    printf("rank(dacbe) = %ld\n", rank(c, 5));
    char out[16];
    for (long r = 0; r < 120; r += 17) { unrank(r, 5, out); printf("unrank(%ld) = %s (rank back %ld)\n", r, out, rank(out, 5)); }
    int chosen[8], count = 0;
    printf("C(7,3):");
    combos(0, 7, 3, chosen, 0, &count);
    printf(" ... %d\n", count);
    count = 0;
    combos(0, 20, 5, chosen, 0, &count);
    printf("\nC(20,5) = %d\n", count);
    return 0;
}
