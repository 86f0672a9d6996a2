// EXPECT: use-after-free read
// A global cache pointer still names an entry after the entry was evicted.
#include <stdio.h>
#include <stdlib.h>

struct entry { int key, value; };
static struct entry *last_hit;

static struct entry *lookup(struct entry **tab, int key) {
  last_hit = tab[key % 4];
  return last_hit;
}

int main(void) {
  struct entry *tab[4];
  for (int i = 0; i < 4; i++) {
    tab[i] = malloc(sizeof(struct entry));
    tab[i]->key = i;
    tab[i]->value = i * 100;
  }
  lookup(tab, 2);
  free(tab[2]);
  tab[2] = NULL;
#ifdef FIXED
  last_hit = NULL;
#endif
  if (last_hit) printf("%d\n", last_hit->value);  // BUG
  for (int i = 0; i < 4; i++) free(tab[i]);
  printf("done\n");
  return 0;
}
