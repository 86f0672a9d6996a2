# Generates test/codegen/Inputs/integer-intrinsic-widths.ll: every integer intrinsic the backend
# legalises (IntIntrinsics.cpp), at widths from i1 to i128, on inputs the optimiser cannot see
# (constants xor a volatile load of zero), each result printed in hex.
#   python3 gen-integer-intrinsic-widths.py mswasm > integer-intrinsic-widths.ll
# `native` writes the same program for the host, to make the expected output with clang:
#   python3 gen-integer-intrinsic-widths.py native > n.ll && clang-19 n.ll -o n && ./n
import sys
AS = sys.argv[1] == 'mswasm'
P = 'ptr addrspace(200)' if AS else 'ptr'
FA = ' addrspace(200)' if AS else ''
WIDTHS = [1, 2, 8, 16, 24, 32, 33, 48, 64, 72, 128]
out = []
def emit(s): out.append(s)
if AS:
    emit('target datalayout = "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128"')
    emit('target triple = "wasm32-unknown-unknown"')
emit('@zero = global i32 0')
emit('@fmt.x = private unnamed_addr constant [6 x i8] c" %llx\\00"')
emit('@fmt.xx = private unnamed_addr constant [14 x i8] c" %llx:%016llx\\00"')
emit('@fmt.nl = private unnamed_addr constant [2 x i8] c"\\0A\\00"')
emit('@fmt.s = private unnamed_addr constant [3 x i8] c"%s\\00"')
emit(f'declare i32 @printf({P}, ...){FA}')
# put: prints a value of up to 128 bits (given as i128) as " lo" or " hi:lo"
emit(f'''define internal void @put(i128 %v, i1 %wide){FA} {{
  %lo = trunc i128 %v to i64
  %h = lshr i128 %v, 64
  %hi = trunc i128 %h to i64
  br i1 %wide, label %w, label %n
w:
  call i32 ({P}, ...) @printf({P} @fmt.xx, i64 %hi, i64 %lo)
  ret void
n:
  call i32 ({P}, ...) @printf({P} @fmt.x, i64 %lo)
  ret void
}}''')
emit(f'''define internal void @label({P} %s){FA} {{
  call i32 ({P}, ...) @printf({P} @fmt.s, {P} %s)
  ret void
}}''')
emit(f'''define internal void @nl(){FA} {{
  call i32 ({P}, ...) @printf({P} @fmt.nl)
  ret void
}}''')

def mask(w): return (1 << w) - 1
PATTERN = 0x0123456789abcdeffedcba9876543210
def inputs(w):
    m = mask(w)
    smax = (1 << (w - 1)) - 1
    smin = 1 << (w - 1)
    a = [PATTERN & m, smax, smin, (-5) & m, 0, (PATTERN >> 7) & m]
    b = [(PATTERN >> 40) & m | 1, 1, m, 3 << (w // 2), 0, (-(PATTERN >> 3)) & m]
    c = [1, w - 1, (w + 3) & m, 0, w // 2, (w * 2 + 1) & m]
    s = [v % w for v in (1, w - 1, w // 2, 0, 2, 3)]   # saturating shift amounts: below w
    return a, b, c, s

UNARY = ['ctpop', 'ctlz', 'cttz', 'bswap', 'bitreverse', 'abs']
BINARY = ['smin', 'smax', 'umin', 'umax', 'sadd.sat', 'uadd.sat', 'ssub.sat', 'usub.sat', 'scmp', 'ucmp']
SHIFTS = ['sshl.sat', 'ushl.sat']
FUNNEL = ['fshl', 'fshr', 'rotl', 'rotr']
OVF = ['sadd', 'uadd', 'ssub', 'usub', 'smul', 'umul']
decls = set()
strings = []
counter = [0]
def tmp():
    counter[0] += 1
    return f'%t{counter[0]}'
def string(text):
    name = f'@s{len(strings)}'
    strings.append((name, text))
    return name

body = []
def b(s): body.append('  ' + s)
def show(v, w):
    wide = 'true' if w > 64 else 'false'
    if w == 128: x = v
    else:
        x = tmp(); b(f'{x} = zext i{w} {v} to i128')
    b(f'call void @put(i128 {x}, i1 {wide})')

for w in WIDTHS:
    t = f'i{w}'
    a, bb, c, s = inputs(w)
    # opaque inputs: constant xor (zero from a volatile load)
    def opaque(k):
        v = tmp(); b(f'{v} = xor {t} {k}, %z{w}')
        return v
    ops = [o for o in UNARY if o != 'bswap' or w % 16 == 0] + BINARY + SHIFTS + FUNNEL + [o + '.with.overflow' for o in OVF]
    for op in ops:
        b(f'call void @label({P} {string(f"{t} {op}:")})')
        for k in range(len(a)):
            A, B = opaque(a[k]), opaque(bb[k])
            r = tmp()
            if op in ('ctlz', 'cttz', 'abs'):
                decls.add(f'declare {t} @llvm.{op}.{t}({t}, i1)')
                b(f'{r} = call {t} @llvm.{op}.{t}({t} {A}, i1 false)')
                show(r, w)
            elif op in UNARY:
                decls.add(f'declare {t} @llvm.{op}.{t}({t})')
                b(f'{r} = call {t} @llvm.{op}.{t}({t} {A})')
                show(r, w)
            elif op in ('scmp', 'ucmp'):
                decls.add(f'declare i8 @llvm.{op}.i8.{t}({t}, {t})')
                b(f'{r} = call i8 @llvm.{op}.i8.{t}({t} {A}, {t} {B})')
                show(r, 8)
            elif op in BINARY:
                decls.add(f'declare {t} @llvm.{op}.{t}({t}, {t})')
                b(f'{r} = call {t} @llvm.{op}.{t}({t} {A}, {t} {B})')
                show(r, w)
            elif op in SHIFTS:
                S = opaque(s[k])
                decls.add(f'declare {t} @llvm.{op}.{t}({t}, {t})')
                b(f'{r} = call {t} @llvm.{op}.{t}({t} {A}, {t} {S})')
                show(r, w)
            elif op in FUNNEL:
                C = opaque(c[k])
                name = {'rotl': 'fshl', 'rotr': 'fshr'}.get(op, op)
                second = A if op in ('rotl', 'rotr') else B
                decls.add(f'declare {t} @llvm.{name}.{t}({t}, {t}, {t})')
                b(f'{r} = call {t} @llvm.{name}.{t}({t} {A}, {t} {second}, {t} {C})')
                show(r, w)
            else:
                decls.add(f'declare {{{t}, i1}} @llvm.{op}.{t}({t}, {t})')
                b(f'{r} = call {{{t}, i1}} @llvm.{op}.{t}({t} {A}, {t} {B})')
                r0, r1 = tmp(), tmp()
                b(f'{r0} = extractvalue {{{t}, i1}} {r}, 0')
                b(f'{r1} = extractvalue {{{t}, i1}} {r}, 1')
                show(r0, w)
                show(r1, 1)
        b('call void @nl()')

for name, text in strings:
    emit(f'{name} = private unnamed_addr constant [{len(text) + 1} x i8] c"{text}\\00"')
emit(f'define i32 @main(){FA} {{')
emit(f'  %z = load volatile i32, {P} @zero')
for w in WIDTHS:
    if w < 32: emit(f'  %z{w} = trunc i32 %z to i{w}')
    elif w == 32: emit(f'  %z{w} = add i32 %z, 0')
    else: emit(f'  %z{w} = zext i32 %z to i{w}')
out.extend(body)
emit('  ret i32 0')
emit('}')
out.extend(sorted(decls))
text = '\n'.join(out) + '\n'
if AS:
    text = text.replace('@zero = global', '@zero = addrspace(200) global')
    text = text.replace('private unnamed_addr constant', 'private unnamed_addr addrspace(200) constant')
sys.stdout.write(text)
