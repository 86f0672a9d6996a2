/* A hash table of words and their counts (chained, grows by doubling). */
#ifndef TABLE_H
#define TABLE_H
#include <stddef.h>

struct entry { char *word; unsigned count; struct entry *next; };
struct table { struct entry **buckets; size_t nbuckets, size; };

void table_init(struct table *t);
void table_add(struct table *t, const char *word);
/* The entries sorted by count (descending), then word; the caller frees the array. */
struct entry **table_sorted(const struct table *t);
void table_free(struct table *t);
#endif
