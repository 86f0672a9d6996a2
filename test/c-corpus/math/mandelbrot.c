// ASCII Mandelbrot and Julia sets with double arithmetic; prints iteration histograms.
#include <stdio.h>

static int iterate(double cr, double ci, double zr, double zi, int max) {
    int n = 0;
    while (n < max) {
        double zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n++;
    }
    return n;
}

int main(void) {
    const char *shades = " .:-=+*#%@";
    int hist[10] = {0};
    long total = 0;
    for (int y = 0; y < 24; y++) {
        for (int x = 0; x < 72; x++) {
            double cr = -2.2 + x * (3.2 / 72), ci = -1.2 + y * (2.4 / 24);
            int n = iterate(cr, ci, 0, 0, 200);
            total += n;
            int s = n == 200 ? 9 : n % 9;
            hist[s]++;
            putchar(shades[s]);
        }
        putchar('\n');
    }
    printf("total iterations %ld\n", total);
    for (int i = 0; i < 10; i++) printf("'%c':%d ", shades[i], hist[i]);
    printf("\n");
    /* Julia set for c = -0.8 + 0.156i */
    long jt = 0;
    for (int y = 0; y < 16; y++) {
        for (int x = 0; x < 48; x++) {
            int n = iterate(-0.8, 0.156, -1.6 + x * (3.2 / 48), -1.0 + y * (2.0 / 16), 100);
            jt += n;
            putchar(n >= 100 ? '#' : n > 20 ? '+' : n > 8 ? '.' : ' ');
        }
        putchar('\n');
    }
    printf("julia iterations %ld\n", jt);
    /* zoom into a boundary point, counting interior points */
    int inside = 0;
    for (int i = 0; i < 2000; i++) {
        double cr = -0.7436447860 + (i % 50 - 25) * 1e-6, ci = 0.1318252536 + (i / 50 - 20) * 1e-6;
        inside += iterate(cr, ci, 0, 0, 1000) == 1000;
    }
    printf("interior points in zoom window: %d of 2000\n", inside);
    return 0;
}
