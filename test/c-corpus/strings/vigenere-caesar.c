// Caesar, ROT13, Vigenere and Atbash ciphers; a frequency-analysis Caesar breaker.
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static void caesar(char *s, int k) {
    k = ((k % 26) + 26) % 26;
    for (; *s; s++) {
        if (isupper((unsigned char)*s)) *s = (char)('A' + (*s - 'A' + k) % 26);
        else if (islower((unsigned char)*s)) *s = (char)('a' + (*s - 'a' + k) % 26);
    }
}

static void vigenere(char *s, const char *key, int decrypt) {
    size_t kl = strlen(key), j = 0;
    for (; *s; s++) {
        if (!isalpha((unsigned char)*s)) continue;
        int k = tolower((unsigned char)key[j++ % kl]) - 'a';
        if (decrypt) k = 26 - k;
        char base = isupper((unsigned char)*s) ? 'A' : 'a';
        *s = (char)(base + (*s - base + k) % 26);
    }
}

static void atbash(char *s) {
    for (; *s; s++) {
        if (isupper((unsigned char)*s)) *s = (char)('Z' - (*s - 'A'));
        else if (islower((unsigned char)*s)) *s = (char)('z' - (*s - 'a'));
    }
}

/* chi-squared against English letter frequencies (per mille) */
static int break_caesar(const char *s) {
    static const int freq[26] = {82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1};
    int best = 0;
    double best_score = 1e300;
    for (int shift = 0; shift < 26; shift++) {
        int count[26] = {0}, total = 0;
        for (const char *p = s; *p; p++)
            if (isalpha((unsigned char)*p)) { count[(tolower((unsigned char)*p) - 'a' - shift + 26) % 26]++; total++; }
        double score = 0;
        for (int i = 0; i < 26; i++) {
            double expect = total * freq[i] / 1000.0;
            score += (count[i] - expect) * (count[i] - expect) / expect;
        }
        if (score < best_score) { best_score = score; best = shift; }
    }
    return best;
}

int main(void) {
    char msg[] = "Attack at dawn! The quick brown fox jumps over the lazy dog, again and again.";
    char work[sizeof msg];
    for (int k = -3; k <= 29; k += 8) {
        strcpy(work, msg);
        caesar(work, k);
        printf("caesar %3d: %s\n", k, work);
        printf("   broken shift: %d\n", break_caesar(work));
        caesar(work, -k);
        if (strcmp(work, msg)) return 1;
    }
    strcpy(work, msg);
    caesar(work, 13);
    printf("rot13: %s\n", work);
    caesar(work, 13);
    printf("rot26: %s\n", work);
    vigenere(work, "Lemon", 0);
    printf("vigenere: %s\n", work);
    vigenere(work, "Lemon", 1);
    printf("decrypted: %s\n", work);
    atbash(work);
    printf("atbash: %s\n", work);
    atbash(work);
    printf("identity: %d\n", strcmp(work, msg) == 0);
    return 0;
}
