// Variadic macros (__VA_ARGS__) for logging and assertions, stringification (#) and token pasting (##) helpers.
#include <stdio.h>
#include <string.h>

static int log_count[3];
static const char *level_names[] = {"DEBUG", "INFO", "WARN"};

#define LOG(level, ...) do { log_count[level]++; printf("[%s] ", level_names[level]); printf(__VA_ARGS__); printf("\n"); } while (0)
#define DEBUG(...) LOG(0, __VA_ARGS__)
#define INFO(...) LOG(1, __VA_ARGS__)
#define WARN(...) LOG(2, __VA_ARGS__)

static int checks_failed;
#define CHECK(cond) do { if (!(cond)) { checks_failed++; printf("check failed: %s (line %d)\n", #cond, __LINE__); } else printf("check ok: %s\n", #cond); } while (0)

#define STR(x) #x
#define XSTR(x) STR(x)
#define CONCAT(a, b) a##b
#define VERSION_MAJOR 3
#define VERSION_MINOR 14

#define DEFINE_GETTER(type, name, value) static type CONCAT(get_, name)(void) { return value; }
DEFINE_GETTER(int, answer, 42)
DEFINE_GETTER(double, ratio, 0.625)
DEFINE_GETTER(const char *, label, "segments")

#define COUNT_ARGS(...) COUNT_ARGS_(__VA_ARGS__, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define COUNT_ARGS_(a1, a2, a3, a4, a5, a6, a7, a8, n, ...) n

#define SUM3(a, b, c) ((a) + (b) + (c))
#define FIELD_LIST(X) X(width) X(height) X(depth)
#define AS_STRUCT_FIELD(f) int f;
#define AS_PRINT(f) printf("%s=%d ", #f, box.f);

struct Box { FIELD_LIST(AS_STRUCT_FIELD) };

int main(void) {
    INFO("starting version %s", XSTR(VERSION_MAJOR) "." XSTR(VERSION_MINOR));
    DEBUG("answer=%d ratio=%.3f label=%s", get_answer(), get_ratio(), get_label());
    for (int i = 0; i < 3; i++) WARN("iteration %d of %d: %s", i + 1, 3, i == 2 ? "last" : "more");
    INFO("plain message");
    printf("args counted: %d %d %d\n", COUNT_ARGS(a), COUNT_ARGS(a, b, c), COUNT_ARGS(1, 2, 3, 4, 5, 6, 7));
    CHECK(SUM3(1, 2, 3) == 6);
    CHECK(strlen(STR(hello world)) == 11);
    CHECK(get_answer() * 2 == 84);
    CHECK(COUNT_ARGS(x, y) == 3);
    struct Box box = {3, 4, 5};
    FIELD_LIST(AS_PRINT)
    printf("\nvolume %d\n", box.width * box.height * box.depth);
    printf("log counts: debug %d info %d warn %d, failed checks %d\n", log_count[0], log_count[1], log_count[2], checks_failed);
    printf("line %d in %s\n", __LINE__, strrchr(__FILE__, '/') ? strrchr(__FILE__, '/') + 1 : __FILE__);
    return checks_failed;
}
