// Unbalanced binary search tree: insert, search, delete (all three cases), traversals, height.
#include <stdio.h>
#include <stdlib.h>

typedef struct Tree {
    int key;
    int count;
    struct Tree *left, *right;
} Tree;

static Tree *insert(Tree *t, int key) {
    if (!t) {
        t = calloc(1, sizeof *t);
        t->key = key;
        t->count = 1;
        return t;
    }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    else t->count++;
    return t;
}

static Tree *find(Tree *t, int key) {
    while (t && t->key != key) t = key < t->key ? t->left : t->right;
    return t;
}

static Tree *delete(Tree *t, int key) {
    if (!t) return NULL;
    if (key < t->key) t->left = delete(t->left, key);
    else if (key > t->key) t->right = delete(t->right, key);
    else if (!t->left || !t->right) {
        Tree *child = t->left ? t->left : t->right;
        free(t);
        return child;
    } else {
        Tree *m = t->right;
        while (m->left) m = m->left;
        t->key = m->key;
        t->count = m->count;
        m->count = 1;
        t->right = delete(t->right, m->key);
    }
    return t;
}

static void inorder(const Tree *t) {
    if (!t) return;
    inorder(t->left);
    printf(" %d", t->key);
    if (t->count > 1) printf("x%d", t->count);
    inorder(t->right);
}

static void preorder(const Tree *t) {
    if (!t) return;
    printf(" %d", t->key);
    preorder(t->left);
    preorder(t->right);
}

static int height(const Tree *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}

static int size(const Tree *t) { return t ? 1 + size(t->left) + size(t->right) : 0; }

static void destroy(Tree *t) {
    if (!t) return;
    destroy(t->left);
    destroy(t->right);
    free(t);
}

int main(void) {
    Tree *root = NULL;
    unsigned x = 2463534242u;
    for (int i = 0; i < 60; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        root = insert(root, (int)(x % 100));
    }
    printf("size %d height %d\ninorder:", size(root), height(root));
    inorder(root);
    printf("\npreorder:");
    preorder(root);
    printf("\n");
    for (int k = 0; k < 100; k += 9) {
        Tree *f = find(root, k);
        printf("find %2d: %s\n", k, f ? "yes" : "no");
    }
    for (int k = 0; k < 100; k += 3) root = delete(root, k);
    printf("after delete size %d height %d\ninorder:", size(root), height(root));
    inorder(root);
    printf("\n");
    destroy(root);
    return 0;
}
