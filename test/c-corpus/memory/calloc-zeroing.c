// calloc zero-initialisation of integers, doubles and nested structs; counting sort and histograms on calloc'd arrays.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int count; double total; char label[8]; } Bucket;

int main(void) {
    size_t n = 1000;
    int *ints = calloc(n, sizeof *ints);
    double *dbls = calloc(n, sizeof *dbls);
    Bucket *bk = calloc(16, sizeof *bk);
    int nonzero = 0;
    for (size_t i = 0; i < n; i++) nonzero += ints[i] != 0 || dbls[i] != 0.0;
    for (int i = 0; i < 16; i++) nonzero += bk[i].count != 0 || bk[i].total != 0.0 || bk[i].label[0] != 0;
    printf("nonzero after calloc: %d\n", nonzero);
    /* counting sort of pseudo-random bytes */
    unsigned char *data = malloc(n);
    unsigned s = 31;
    for (size_t i = 0; i < n; i++) { s = s * 1103515245u + 12345u; data[i] = (unsigned char)(s >> 16); }
    size_t *counts = calloc(256, sizeof *counts);
    for (size_t i = 0; i < n; i++) counts[data[i]]++;
    size_t k = 0;
    for (int v = 0; v < 256; v++) for (size_t c = 0; c < counts[v]; c++) data[k++] = (unsigned char)v;
    int sorted = 1;
    for (size_t i = 1; i < n; i++) if (data[i - 1] > data[i]) sorted = 0;
    printf("counting sort ok %d, min %u max %u median %u\n", sorted, data[0], data[n - 1], data[n / 2]);
    /* histogram into buckets of 16 values */
    for (size_t i = 0; i < n; i++) {
        Bucket *b = &bk[data[i] / 16];
        b->count++;
        b->total += data[i];
    }
    for (int i = 0; i < 16; i++) {
        snprintf(bk[i].label, sizeof bk[i].label, "%3d-%-3d", i * 16, i * 16 + 15);
        printf("%s %3d avg %6.2f\n", bk[i].label, bk[i].count, bk[i].count ? bk[i].total / bk[i].count : 0.0);
    }
    /* calloc of zero elements returns either NULL or a unique pointer; free must accept both */
    void *z = calloc(0, 4);
    free(z);
    /* reuse: free and calloc again must still give zeros */
    for (size_t i = 0; i < n; i++) ints[i] = (int)i;
    free(ints);
    ints = calloc(n, sizeof *ints);
    long sum = 0;
    for (size_t i = 0; i < n; i++) sum += ints[i];
    printf("sum after re-calloc %ld\n", sum);
    free(ints); free(dbls); free(bk); free(data); free(counts);
    return 0;
}
