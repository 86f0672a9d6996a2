/* Every block is its own heap segment (segalloc), so the engine knows its exact bounds and
 * catches overflow, use after free and double free. realloc must know a block's size, and no
 * instruction reports it; a size header before the block would widen the segment past what the
 * program asked for (an overflow into the header would go unseen). So libc keeps a side table
 * mapping the block's address ((uintptr_t)p, unique among live segments) to its size: open
 * addressing with linear probing, deletion by backward shift (no tombstones), grown by doubling
 * into a new segment. The table holds integers only, never pointers. */
#include <errno.h>
#include <stdint.h>

#include "alloc.h"
#include "mswasm_builtins.h"

struct entry {
  uintptr_t key;  /* block address; 0 = empty slot (no segment lives below 0x10000) */
  size_t size;
};

static struct entry *table;
static size_t cap;   /* a power of two, or 0 before the first allocation */
static size_t count;
static unsigned shift; /* 32 - log2(cap) */

static size_t slot_of(uintptr_t key) {
  return (uint32_t)(key * 0x9E3779B1u) >> shift;
}

static void put(uintptr_t key, size_t size) {
  size_t i = slot_of(key);
  while (table[i].key) i = (i + 1) & (cap - 1);
  table[i].key = key;
  table[i].size = size;
}

static int grow(void) {
  size_t ncap = cap ? cap * 2 : 256;
  if (ncap > SIZE_MAX / sizeof(struct entry)) return -1;
  struct entry *fresh = __mswasm_segalloc(ncap * sizeof(struct entry), 16);
  if (!fresh) return -1;
  struct entry *old = table;
  size_t ocap = cap;
  table = fresh; /* new segments read as zero: every slot empty */
  cap = ncap;
  shift = 32 - __builtin_ctz(ncap);
  for (size_t i = 0; i < ocap; i++)
    if (old[i].key) put(old[i].key, old[i].size);
  __mswasm_segfree(old);
  return 0;
}

static struct entry *find(uintptr_t key) {
  if (!cap) return NULL;
  for (size_t i = slot_of(key);; i = (i + 1) & (cap - 1)) {
    if (table[i].key == key) return &table[i];
    if (!table[i].key) return NULL;
  }
}

void *__libc_alloc(size_t size, size_t align) {
  if ((count + 1) * 4 > cap * 3 && grow() < 0) {
    errno = ENOMEM;
    return NULL;
  }
  void *p = __mswasm_segalloc(size, align);
  if (!p) {
    errno = ENOMEM;
    return NULL;
  }
  put((uintptr_t)p, size);
  count++;
  return p;
}

size_t __libc_alloc_size(const void *p, int *found) {
  struct entry *e = find((uintptr_t)p);
  *found = e != NULL;
  return e ? e->size : 0;
}

void __libc_alloc_forget(const void *p) {
  struct entry *e = find((uintptr_t)p);
  if (!e) return;
  size_t mask = cap - 1, i = e - table, j = i;
  /* Backward shift: move later entries of the probe run into the hole when their home slot
   * does not lie cyclically in (hole, their slot]. */
  for (;;) {
    j = (j + 1) & mask;
    if (!table[j].key) break;
    size_t home = slot_of(table[j].key);
    int stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
    if (stays) continue;
    table[i] = table[j];
    i = j;
  }
  table[i].key = 0;
  table[i].size = 0;
  count--;
}
