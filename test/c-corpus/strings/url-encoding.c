// Percent-encoding and decoding of URLs, plus parsing a query string into key/value pairs.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static int unreserved(unsigned char c) { return isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~'; }

static char *url_encode(const char *s) {
    static const char hex[] = "0123456789ABCDEF";
    char *out = malloc(strlen(s) * 3 + 1), *o = out;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (unreserved(c)) *o++ = (char)c;
        else if (c == ' ') *o++ = '+';
        else { *o++ = '%'; *o++ = hex[c >> 4]; *o++ = hex[c & 15]; }
    }
    *o = 0;
    return out;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)tolower((unsigned char)c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* decodes in place; returns -1 on a malformed escape */
static int url_decode(char *s) {
    char *o = s;
    for (; *s; s++) {
        if (*s == '+') *o++ = ' ';
        else if (*s == '%') {
            int a = hexval(s[1]), b = a >= 0 ? hexval(s[2]) : -1;
            if (a < 0 || b < 0) return -1;
            *o++ = (char)(a * 16 + b);
            s += 2;
        } else *o++ = *s;
    }
    *o = 0;
    return (int)(o - s);
}

int main(void) {
    const char *samples[] = {"hello world", "a+b=c&d", "100% sure?", "ümlaut ß", "safe-chars_.~", "/path/to file#frag", ""};
    for (int i = 0; i < 7; i++) {
        char *e = url_encode(samples[i]);
        char *d = strdup(e);
        url_decode(d);
        printf("'%s' -> '%s' -> %s\n", samples[i], e, strcmp(d, samples[i]) == 0 ? "same" : "DIFFERENT");
        free(e);
        free(d);
    }
    char bad1[] = "abc%2", bad2[] = "%zz", good[] = "%41%42%43%7e";
    printf("bad1 %d bad2 %d\n", url_decode(bad1) < 0, url_decode(bad2) < 0);
    url_decode(good);
    printf("good -> %s\n", good);
    char query[] = "name=Jane+Doe&city=S%C3%A3o+Paulo&empty=&flag&n=42&q=a%26b%3Dc";
    char *p = query;
    int n = 0;
    while (p && *p) {
        char *amp = strchr(p, '&');
        if (amp) *amp = 0;
        char *eq = strchr(p, '=');
        const char *val = "(no value)";
        if (eq) { *eq = 0; val = eq + 1; url_decode(eq + 1); }
        url_decode(p);
        printf("param %d: %-6s = [%s]\n", ++n, p, val);
        p = amp ? amp + 1 : NULL;
    }
    return 0;
}
