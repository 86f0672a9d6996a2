struct point { int x, y; };
void visit(void (*cb)(int));
int logf_(const char *fmt, ...);
int first(struct point *p);
long double big(void);
int fine(int x);
