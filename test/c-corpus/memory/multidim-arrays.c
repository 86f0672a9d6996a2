// Static multi-dimensional arrays: 3-D volumes, row-major indexing, passing sub-arrays, image convolution.
#include <stdio.h>
#include <string.h>

#define D 6
#define H 10
#define W 14

static int vol[D][H][W];
static unsigned char img[H][W], out[H][W];

static int slice_sum(int s[H][W]) { int t = 0; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) t += s[y][x]; return t; }
static int row_max(const int row[W]) { int m = row[0]; for (int x = 1; x < W; x++) if (row[x] > m) m = row[x]; return m; }

static void blur(void) {
    static const int k[3][3] = {{1, 2, 1}, {2, 4, 2}, {1, 2, 1}};
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int acc = 0, wsum = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++) {
                    int yy = y + dy, xx = x + dx;
                    if (yy < 0 || yy >= H || xx < 0 || xx >= W) continue;
                    acc += img[yy][xx] * k[dy + 1][dx + 1];
                    wsum += k[dy + 1][dx + 1];
                }
            out[y][x] = (unsigned char)(acc / wsum);
        }
}

int main(void) {
    for (int z = 0; z < D; z++) for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) vol[z][y][x] = (z + 1) * (y - x) + x * y % 7;
    for (int z = 0; z < D; z++) printf("slice %d sum %d row3 max %d\n", z, slice_sum(vol[z]), row_max(vol[z][3]));
    /* flat view through a pointer to the first element */
    int *flat = &vol[0][0][0];
    long total = 0;
    for (int i = 0; i < D * H * W; i++) total += flat[i] * (i % 3 - 1);
    printf("flat weighted total %ld; vol[2][3][4] == flat[%d]: %d\n", total, (2 * H + 3) * W + 4, vol[2][3][4] == flat[(2 * H + 3) * W + 4]);
    printf("sizeof vol %zu, vol[0] %zu, vol[0][0] %zu\n", sizeof vol, sizeof vol[0], sizeof vol[0][0]);
    /* image: a bright square and a diagonal line, then blur */
    memset(img, 10, sizeof img);
    for (int y = 2; y < 6; y++) for (int x = 3; x < 8; x++) img[y][x] = 250;
    for (int i = 0; i < H; i++) img[i][i + 3 < W ? i + 3 : W - 1] = 200;
    blur();
    const char *ramp = " .:-=+*#%@";
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) putchar(ramp[img[y][x] * 9 / 255]);
        printf("   ");
        for (int x = 0; x < W; x++) putchar(ramp[out[y][x] * 9 / 255]);
        printf("   ");
        for (int x = 0; x < W; x += 3) printf("%4u", out[y][x]);
        putchar('\n');
    }
    /* 2-D char array of strings */
    char names[5][8] = {"zero", "one", "two", "three", "four"};
    for (int i = 0; i < 5; i++) names[i][0] = (char)(names[i][0] - 32);
    for (int i = 4; i >= 0; i--) printf("%s ", names[i]);
    printf("\n");
    return 0;
}
