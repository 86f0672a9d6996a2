/* Many small calls through a function-pointer table: a threaded-code
 * interpreter of a little register machine whose every operation is a
 * separate out-of-line function reached by an indirect call, running a
 * generated program over and over.  Indirect calls (call_indirect in Wasm),
 * passing a pointer to the machine state, short bodies. */
#include "bench.h"

#define PROG_LEN 4096
#define EXECS (15000 * SCALE)        /* runs of the whole program */
#define NREGS 16

struct vm {
    u32 reg[NREGS];
    u32 acc;
    u32 flags;
};

struct insn;
typedef void (*op_fn)(struct vm *, const struct insn *);

struct insn {
    op_fn fn;
    u8 a, b;
    u32 imm;
};

#define OP(name, body)                                                   \
    __attribute__((noinline)) static void name(struct vm *m, const struct insn *i) { \
        body;                                                             \
    }

OP(op_add, m->reg[i->a] += m->reg[i->b])
OP(op_sub, m->reg[i->a] -= m->reg[i->b])
OP(op_xor, m->reg[i->a] ^= m->reg[i->b])
OP(op_and, m->reg[i->a] &= m->reg[i->b] | i->imm)
OP(op_or, m->reg[i->a] |= m->reg[i->b] & i->imm)
OP(op_mul, m->reg[i->a] *= m->reg[i->b] | 1)
OP(op_shl, m->reg[i->a] <<= i->imm & 7)
OP(op_shr, m->reg[i->a] >>= i->imm & 7)
OP(op_rot, m->reg[i->a] = m->reg[i->a] << 5 | m->reg[i->a] >> 27)
OP(op_li, m->reg[i->a] = i->imm)
OP(op_addi, m->reg[i->a] += i->imm)
OP(op_mov, m->reg[i->a] = m->reg[i->b])
OP(op_acc, m->acc += m->reg[i->a])
OP(op_cmp, m->flags = (m->flags << 1 | (m->reg[i->a] < m->reg[i->b])) & 0xFFFF)
OP(op_sel, m->reg[i->a] = m->flags & 1 ? m->reg[i->b] : m->reg[i->a])
OP(op_mix, m->acc = (m->acc ^ m->reg[i->a]) * 16777619u)

static const op_fn ops[] = {
    op_add, op_sub, op_xor, op_and, op_or, op_mul, op_shl, op_shr,
    op_rot, op_li, op_addi, op_mov, op_acc, op_cmp, op_sel, op_mix,
};
#define NOPS (sizeof ops / sizeof ops[0])

static struct insn prog[PROG_LEN];

EXPORT unsigned run(void) {
    u32 seed = 1103515245u;
    for (int k = 0; k < PROG_LEN; k++) {
        u32 r = xorshift32(&seed);
        prog[k].fn = ops[r % NOPS];
        prog[k].a = (u8)((r >> 8) % NREGS);
        prog[k].b = (u8)((r >> 12) % NREGS);
        prog[k].imm = r >> 16;
    }
    struct vm m;
    for (int k = 0; k < NREGS; k++)
        m.reg[k] = (u32)k * 0x9E3779B9u;
    m.acc = 0;
    m.flags = 0;
    u32 h = CHECK_INIT;
    for (int e = 0; e < EXECS; e++) {
        for (const struct insn *i = prog; i < prog + PROG_LEN; i++)
            i->fn(&m, i);
        m.reg[e % NREGS] ^= (u32)e;
        h = mix(h, m.acc);
    }
    for (int k = 0; k < NREGS; k++)
        h = mix(h, m.reg[k]);
    return mix(h, m.flags);
}
