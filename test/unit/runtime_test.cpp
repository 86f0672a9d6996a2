// Tests of the MSWasm reference interpreter (runtime/): modules are written in the text format
// (parsed with the format library) or built as Module values, instantiated with the embedding
// API and run. Covers numeric edge cases (division and truncation traps, NaN canonicalisation,
// saturation, sign extension), every trap kind with its report, tags and provenance, jmp.set /
// jmp.long, the host interface, address layout, plugin-mode re-entry and id reclamation.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fcntl.h>
#include <sys/stat.h>

#include <bit>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <iterator>
#include <string>
#include <vector>

#include "mswasm/runtime/instance.h"
#include "mswasm/runtime/store.h"
#include "mswasm/text.h"
#include "../../runtime/src/mint.h"

namespace mswasm::rt {
namespace {

std::unique_ptr<Instance> load(const std::string& body, Options opts = {}, std::string* errOut = nullptr) {
  Module m;
  std::optional<Error> e = parseText("(module " + body + ")", m);
  EXPECT_FALSE(e) << e->str() << "\n" << body;
  if (e) return nullptr;
  std::string err;
  auto inst = Instance::create(m, opts, &err);
  if (errOut) *errOut = err;
  else EXPECT_TRUE(inst) << err;
  return inst;
}

Outcome run(const std::string& body, const std::string& fn = "f", std::vector<Value> args = {},
            Options opts = {}) {
  auto inst = load(body, opts);
  if (!inst) return Outcome{Outcome::Kind::Trapped, {}, 0, TrapReport{}};
  return inst->call(fn, args);
}

std::string trapOf(const std::string& body, Options opts = {}, std::vector<Value> args = {}) {
  Outcome o = run(body, "f", args, opts);
  if (o.kind != Outcome::Kind::Trapped) return "no trap";
  return std::string(trapName(o.trap->kind));
}

int32_t i32Of(const std::string& body, std::vector<Value> args = {}, Options opts = {}) {
  Outcome o = run(body, "f", args, opts);
  EXPECT_EQ(o.kind, Outcome::Kind::Returned) << (o.trap ? o.trap->text() : "");
  return o.results.empty() ? -999 : o.results[0].asI32();
}

uint64_t bitsOf(const std::string& body, std::vector<Value> args = {}) {
  Outcome o = run(body, "f", args);
  EXPECT_EQ(o.kind, Outcome::Kind::Returned) << (o.trap ? o.trap->text() : "");
  return o.results.empty() ? 0 : o.results[0].bits;
}

std::string fn(const std::string& sig, const std::string& body, const std::string& locals = "") {
  return "(func (export \"f\") " + sig + " " + locals + " " + body + ")";
}

// ---- numeric ----

TEST(Numeric, IntegerArithmetic) {
  std::string add = fn("(param i32 i32) (result i32)", "local.get 0 local.get 1 i32.add");
  EXPECT_EQ(i32Of(add, {Value::i32(INT32_MAX), Value::i32(1)}), INT32_MIN);
  std::string rems = fn("(param i32 i32) (result i32)", "local.get 0 local.get 1 i32.rem_s");
  EXPECT_EQ(i32Of(rems, {Value::i32(INT32_MIN), Value::i32(-1)}), 0);
  EXPECT_EQ(i32Of(rems, {Value::i32(-7), Value::i32(2)}), -1);
  EXPECT_EQ(i32Of(fn("(result i32)", "i32.const 1 i32.const 33 i32.shl")), 2);
  EXPECT_EQ(i32Of(fn("(result i32)", "i32.const -8 i32.const 1 i32.shr_s")), -4);
  EXPECT_EQ(i32Of(fn("(result i32)", "i32.const 0x80000001 i32.const 1 i32.rotl")), 3);
  EXPECT_EQ(i32Of(fn("(result i32)", "i32.const 0 i32.clz")), 32);
  EXPECT_EQ(i32Of(fn("(result i32)", "i32.const 0x80 i32.extend8_s")), -128);
  EXPECT_EQ(i32Of(fn("(result i32)", "i32.const 0x8000 i32.extend16_s")), -32768);
  EXPECT_EQ(bitsOf(fn("(result i64)", "i64.const 0x80000000 i64.extend32_s")), 0xFFFFFFFF80000000ull);
  EXPECT_EQ(bitsOf(fn("(result i64)", "i32.const -1 i64.extend_i32_u")), 0xFFFFFFFFull);
  EXPECT_EQ(bitsOf(fn("(result i64)", "i64.const -1 i64.const 1 i64.div_u")), UINT64_MAX);
  EXPECT_EQ(bitsOf(fn("(result i64)", "i64.const 1 i64.popcnt")), 1u);
}

TEST(Numeric, DivisionTraps) {
  EXPECT_EQ(trapOf(fn("(result i32)", "i32.const 1 i32.const 0 i32.div_s")), "integer-divide-by-zero");
  EXPECT_EQ(trapOf(fn("(result i32)", "i32.const 1 i32.const 0 i32.rem_u")), "integer-divide-by-zero");
  EXPECT_EQ(trapOf(fn("(result i64)", "i64.const 1 i64.const 0 i64.div_u")), "integer-divide-by-zero");
  EXPECT_EQ(trapOf(fn("(result i32)", "i32.const 0x80000000 i32.const -1 i32.div_s")), "integer-overflow");
  EXPECT_EQ(trapOf(fn("(result i64)", "i64.const 0x8000000000000000 i64.const -1 i64.div_s")),
            "integer-overflow");
}

TEST(Numeric, TruncTrapsAndSaturation) {
  EXPECT_EQ(trapOf(fn("(result i32)", "f32.const nan i32.trunc_f32_s")), "invalid-conversion-to-integer");
  EXPECT_EQ(trapOf(fn("(result i32)", "f64.const 2147483648 i32.trunc_f64_s")), "invalid-conversion-to-integer");
  EXPECT_EQ(trapOf(fn("(result i32)", "f64.const -1 i32.trunc_f64_u")), "invalid-conversion-to-integer");
  EXPECT_EQ(trapOf(fn("(result i64)", "f64.const 9223372036854775808 i64.trunc_f64_s")),
            "invalid-conversion-to-integer");
  EXPECT_EQ(i32Of(fn("(result i32)", "f64.const -2147483648.9 i32.trunc_f64_s")), INT32_MIN);
  EXPECT_EQ(i32Of(fn("(result i32)", "f64.const -0.9 i32.trunc_f64_u")), 0);
  EXPECT_EQ(i32Of(fn("(result i32)", "f32.const nan i32.trunc_sat_f32_s")), 0);
  EXPECT_EQ(i32Of(fn("(result i32)", "f32.const 1e10 i32.trunc_sat_f32_s")), INT32_MAX);
  EXPECT_EQ(i32Of(fn("(result i32)", "f32.const -1e10 i32.trunc_sat_f32_s")), INT32_MIN);
  EXPECT_EQ(uint32_t(i32Of(fn("(result i32)", "f64.const 1e20 i32.trunc_sat_f64_u"))), UINT32_MAX);
  EXPECT_EQ(bitsOf(fn("(result i64)", "f64.const 1e300 i64.trunc_sat_f64_s")), uint64_t(INT64_MAX));
  EXPECT_EQ(bitsOf(fn("(result i64)", "f64.const -1 i64.trunc_sat_f64_u")), 0u);
}

TEST(Numeric, NaNCanonicalAndBitsKept) {
  EXPECT_EQ(bitsOf(fn("(result f32)", "f32.const -nan:0x1234 f32.const 1 f32.add")), 0x7FC00000u);
  EXPECT_EQ(bitsOf(fn("(result f64)", "f64.const 0 f64.const 0 f64.div")), 0x7FF8000000000000ull);
  EXPECT_EQ(bitsOf(fn("(result f64)", "f64.const -1 f64.sqrt")), 0x7FF8000000000000ull);
  EXPECT_EQ(bitsOf(fn("(result f64)", "f32.const -nan:0x1 f64.promote_f32")), 0x7FF8000000000000ull);
  EXPECT_EQ(bitsOf(fn("(result f32)", "f64.const -nan f32.demote_f64")), 0x7FC00000u);
  EXPECT_EQ(bitsOf(fn("(result f32)", "f32.const nan:0x1 f32.const 1 f32.min")), 0x7FC00000u);
  EXPECT_EQ(bitsOf(fn("(result f32)", "f32.const -nan:0x1234 f32.neg")), 0x7F801234u);
  EXPECT_EQ(bitsOf(fn("(result f32)", "f32.const -nan:0x1234 f32.abs")), 0x7F801234u);
  EXPECT_EQ(bitsOf(fn("(result i32)", "f32.const -nan:0x1234 i32.reinterpret_f32")), 0xFF801234u);
  EXPECT_EQ(bitsOf(fn("(result f32)", "f32.const 0 f32.const -0 f32.min")), 0x80000000u);
  EXPECT_EQ(bitsOf(fn("(result f32)", "f32.const -0 f32.const 0 f32.max")), 0u);
  EXPECT_EQ(bitsOf(fn("(result f64)", "f64.const 2.5 f64.nearest")), std::bit_cast<uint64_t>(2.0));
  EXPECT_EQ(bitsOf(fn("(result f64)", "f64.const -0.5 f64.ceil")), std::bit_cast<uint64_t>(-0.0));
  EXPECT_EQ(bitsOf(fn("(result f32)", "i64.const 0xFFFFFFFFFFFFFFFF f32.convert_i64_u")),
            std::bit_cast<uint32_t>(18446744073709551616.0f));
  EXPECT_EQ(bitsOf(fn("(result f64)", "i32.const -1 f64.convert_i32_u")), std::bit_cast<uint64_t>(4294967295.0));
}

// ---- control flow ----

TEST(Control, BlocksLoopsBranches) {
  // sum 1..10 with a loop and br_if
  std::string sum = fn("(result i32)",
                       "block loop local.get 0 i32.const 1 i32.add local.tee 0 local.get 1 i32.add "
                       "local.set 1 local.get 0 i32.const 10 i32.lt_s br_if 0 end end local.get 1",
                       "(local i32 i32)");
  EXPECT_EQ(i32Of(sum), 55);
  std::string table = fn("(param i32) (result i32)",
                         "block block block local.get 0 br_table 0 1 2 end i32.const 10 return end "
                         "i32.const 20 return end i32.const 30");
  EXPECT_EQ(i32Of(table, {Value::i32(0)}), 10);
  EXPECT_EQ(i32Of(table, {Value::i32(1)}), 20);
  EXPECT_EQ(i32Of(table, {Value::i32(7)}), 30);
  std::string ifelse = fn("(param i32) (result i32)",
                          "local.get 0 if (result i32) i32.const 1 else i32.const 2 end");
  EXPECT_EQ(i32Of(ifelse, {Value::i32(5)}), 1);
  EXPECT_EQ(i32Of(ifelse, {Value::i32(0)}), 2);
  // branch carrying a value out of nested blocks, dropping extra operands
  std::string carry = fn("(result i32)",
                         "block (result i32) i32.const 1 i32.const 2 block (result i32) i32.const 9 br 1 end drop drop end");
  EXPECT_EQ(i32Of(carry), 9);
  std::string sel = fn("(param i32) (result i32)", "i32.const 3 i32.const 4 local.get 0 select");
  EXPECT_EQ(i32Of(sel, {Value::i32(1)}), 3);
  EXPECT_EQ(i32Of(sel, {Value::i32(0)}), 4);
}

TEST(Control, CallsAndRecursion) {
  std::string fact =
      "(func $fact (param i32) (result i32) local.get 0 i32.eqz if (result i32) i32.const 1 else "
      "local.get 0 local.get 0 i32.const 1 i32.sub call $fact i32.mul end)"
      "(func (export \"f\") (result i32) i32.const 10 call $fact)";
  EXPECT_EQ(i32Of(fact), 3628800);
  std::string deep = "(func $r (export \"f\") (param i32) (result i32) local.get 0 call $r)";
  Options o;
  o.maxCallDepth = 500;
  EXPECT_EQ(trapOf(deep, o, {Value::i32(0)}), "call-stack-exhausted");
}

TEST(Control, UnreachableAndFuel) {
  EXPECT_EQ(trapOf(fn("", "unreachable")), "unreachable");
  Options o;
  o.fuel = 1000;
  EXPECT_EQ(trapOf(fn("", "loop br 0 end"), o), "fuel-exhausted");
  o.fuel = 0;
  o.timeoutSeconds = 0.05;
  EXPECT_EQ(trapOf(fn("", "loop br 0 end"), o), "timeout");
}

// ---- handles and segments ----

const char* kAlloc = "i32.const 16 i32.const 16 segalloc local.set 0 ";

TEST(Segments, LoadStoreAndBounds) {
  EXPECT_EQ(i32Of(fn("(result i32)",
                     std::string(kAlloc) + "local.get 0 i32.const 0x12345678 i32.segstore offset=12 "
                                           "local.get 0 i32.segload8_u offset=15",
                     "(local handle)")),
            0x12);
  EXPECT_EQ(trapOf(fn("", std::string(kAlloc) + "local.get 0 i32.const 1 i32.segstore offset=13",
                      "(local handle)")),
            "heap-buffer-overflow");
  EXPECT_EQ(trapOf(fn("(result i32)",
                      std::string(kAlloc) + "local.get 0 i32.const -1 handle.add i32.segload8_u",
                      "(local handle)")),
            "heap-buffer-overflow");
  EXPECT_EQ(trapOf(fn("(result i32)", "i32.const 8 stack.alloc align=16 i32.segload offset=8")),
            "stack-buffer-overflow");
  EXPECT_EQ(trapOf("(segment $g (size 4) (align 4)) " + fn("(result i32)", "global.segment $g i32.segload offset=1")),
            "global-buffer-overflow");
  EXPECT_EQ(trapOf("(segment $g (size 4) (align 4) (readonly)) " +
                   fn("", "global.segment $g i32.const 1 i32.segstore")),
            "write-to-read-only");
  EXPECT_EQ(trapOf(fn("(result i32)", "handle.null i32.segload")), "null-dereference");
  EXPECT_EQ(trapOf(fn("(result i32)", "i32.const 0x10000 handle.from_int i32.segload")),
            "pointer-built-from-data");
  EXPECT_EQ(trapOf(fn("(result i32)", std::string(kAlloc) + "local.get 0 i32.const 17 handle.slice i32.segload",
                      "(local handle)")),
            "slice-out-of-bounds");
  EXPECT_EQ(trapOf("(func $g) " + fn("(result i32)", "func.handle $g i32.segload")), "code-handle-access");
  EXPECT_EQ(trapOf(fn("", "i32.const 8 i32.const 3 segalloc drop")), "invalid-alignment");
  EXPECT_EQ(trapOf(fn("", "i32.const 8 i32.const 131072 segalloc drop")), "invalid-alignment");
}

TEST(Segments, TemporalErrors) {
  EXPECT_EQ(trapOf(fn("(result i32)", std::string(kAlloc) + "local.get 0 segfree local.get 0 i32.segload",
                      "(local handle)")),
            "use-after-free");
  EXPECT_EQ(trapOf(fn("", std::string(kAlloc) + "local.get 0 segfree local.get 0 segfree", "(local handle)")),
            "double-free");
  EXPECT_EQ(trapOf(fn("", std::string(kAlloc) + "local.get 0 i32.const 4 handle.add segfree", "(local handle)")),
            "invalid-free");
  EXPECT_EQ(trapOf(fn("", std::string(kAlloc) + "local.get 0 i32.const 4 handle.slice segfree", "(local handle)")),
            "invalid-free");
  EXPECT_EQ(trapOf(fn("", "i32.const 16 stack.alloc segfree")), "invalid-free");
  EXPECT_EQ(trapOf("(segment $g (size 4) (align 4)) " + fn("", "global.segment $g segfree")), "invalid-free");
  EXPECT_EQ(trapOf(fn("", "i32.const 5 handle.from_int segfree")), "pointer-built-from-data");
  EXPECT_EQ(i32Of(fn("(result i32)", "handle.null segfree i32.const 1")), 1);
  EXPECT_EQ(trapOf(fn("(result i32)",
                      "i32.const 16 stack.alloc local.tee 0 stack.free local.get 0 i32.segload",
                      "(local handle)")),
            "use-after-scope");
  std::string ret = "(func $leak (result handle) i32.const 16 stack.alloc)" +
                    fn("(result i32)", "call $leak i32.segload");
  EXPECT_EQ(trapOf(ret), "use-after-return");
  // A second stack.free of the same scope does nothing (LLVM may end a lifetime twice); after
  // stack.reopen the same segment is accessible again, zeroed.
  EXPECT_EQ(trapOf(fn("", "i32.const 16 stack.alloc local.tee 0 stack.free local.get 0 stack.free",
                      "(local handle)")),
            "no trap");
  EXPECT_EQ(i32Of(fn("(result i32)",
                     "i32.const 16 stack.alloc local.tee 0 i32.const 9 i32.segstore local.get 0 stack.free "
                     "local.get 0 stack.reopen local.get 0 i32.segload",
                     "(local handle)")),
            0);
  EXPECT_EQ(trapOf(fn("", "i32.const 16 handle.from_int stack.reopen")), "pointer-built-from-data");
  EXPECT_EQ(trapOf(fn("", "i32.const 16 i32.const 16 segalloc stack.reopen")), "invalid-free");
  // stack.release ends the segment for good: use-after-scope through it, invalid-free on any
  // second free, release or reopen; a slice, a heap handle or a forged one are refused.
  EXPECT_EQ(trapOf(fn("(result i32)", "i32.const 16 stack.alloc local.tee 0 stack.release local.get 0 i32.segload",
                      "(local handle)")),
            "use-after-scope");
  for (const char* again : {"stack.free", "stack.reopen", "stack.release"})
    EXPECT_EQ(trapOf(fn("", std::string("i32.const 16 stack.alloc local.tee 0 stack.release local.get 0 ") + again,
                        "(local handle)")),
              "invalid-free")
        << again;
  EXPECT_EQ(trapOf(fn("", "i32.const 16 stack.alloc i32.const 4 handle.add stack.release")), "invalid-free");
  EXPECT_EQ(trapOf(fn("", "i32.const 16 i32.const 16 segalloc stack.release")), "invalid-free");
  EXPECT_EQ(trapOf(fn("", "i32.const 16 handle.from_int stack.release")), "pointer-built-from-data");
}

TEST(Segments, ReportNamesAllocationAndFree) {
  auto inst = load("(func $main (export \"f\") (local handle) " + std::string(kAlloc) +
                   "local.get 0 segfree local.get 0 i32.const 1 i32.segstore)");
  ASSERT_TRUE(inst);
  Outcome o = inst->call("f", {});
  ASSERT_EQ(o.kind, Outcome::Kind::Trapped);
  std::string t = o.trap->text();
  EXPECT_NE(t.find("==mswasm== ERROR: use-after-free: write of size 4"), std::string::npos) << t;
  EXPECT_NE(t.find("allocated by:\n    #0 main+instr 2"), std::string::npos) << t;
  EXPECT_NE(t.find("freed by:\n    #0 main+instr 5"), std::string::npos) << t;
  EXPECT_NE(o.trap->json().find("\"kind\":\"use-after-free\""), std::string::npos);
}

TEST(Segments, AddressesUniqueAlignedAndDeterministic) {
  std::string body = fn("(result i32 i32 i32)",
                        "i32.const 0 i32.const 1 segalloc handle.get_addr "
                        "i32.const 0 i32.const 1 segalloc handle.get_addr "
                        "i32.const 3 i32.const 4096 segalloc handle.get_addr");
  Outcome a = run(body), b = run(body);
  ASSERT_EQ(a.results.size(), 3u);
  uint32_t x = uint32_t(a.results[0].asI32()), y = uint32_t(a.results[1].asI32()),
           z = uint32_t(a.results[2].asI32());
  EXPECT_GE(x, 0x10000u);
  EXPECT_NE(x, y);
  EXPECT_EQ(x % 16, 0u);
  EXPECT_EQ(z % 4096, 0u);
  EXPECT_EQ(a.results[2].bits, b.results[2].bits);
}

TEST(Segments, MaxMemoryGivesNull) {
  Options o;
  o.maxMemory = 1000;
  EXPECT_EQ(i32Of(fn("(result i32)", "i32.const 2000 i32.const 16 segalloc handle.is_null"), {}, o), 1);
  EXPECT_EQ(trapOf(fn("", "i32.const 2000 stack.alloc drop"), o), "stack-exhausted");
}

TEST(Segments, HandleArithmetic) {
  EXPECT_EQ(i32Of(fn("(result i32)", "handle.null i32.const 8 handle.add handle.get_addr")), 8);
  EXPECT_EQ(i32Of(fn("(result i32)", "handle.null handle.is_null")), 1);
  EXPECT_EQ(i32Of(fn("(result i32)", "i32.const 0 handle.from_int handle.is_null")), 1);
  EXPECT_EQ(i32Of(fn("(result i32)", std::string(kAlloc) +
                                         "local.get 0 i32.const 100 handle.add i32.const -96 handle.add "
                                         "i32.const 7 i32.segstore local.get 0 i32.segload offset=4",
                     "(local handle)")),
            7);
  EXPECT_EQ(i32Of(fn("(result i32)", std::string(kAlloc) +
                                         "local.get 0 local.get 0 handle.get_addr i32.const 8 i32.add "
                                         "handle.set_addr handle.get_offset",
                     "(local handle)")),
            8);
  EXPECT_EQ(i32Of(fn("(result i32)", std::string(kAlloc) +
                                         "local.get 0 local.get 0 i32.const 1 handle.add handle.lt_u",
                     "(local handle)")),
            1);
}

// ---- tags ----

const char* kTwo = "i32.const 64 i32.const 16 segalloc local.set 0 i32.const 16 i32.const 16 segalloc local.set 1 ";

TEST(Tags, HandleRoundTripAndDataView) {
  // store a handle, load it back and use it
  EXPECT_EQ(i32Of(fn("(result i32)",
                     std::string(kTwo) + "local.get 1 i32.const 77 i32.segstore local.get 0 local.get 1 "
                                         "handle.segstore offset=16 local.get 0 handle.segload offset=16 i32.segload",
                     "(local handle handle)")),
            77);
  // data view of a stored handle: its address, then zeros
  EXPECT_EQ(i32Of(fn("(result i32)",
                     std::string(kTwo) + "local.get 0 local.get 1 handle.segstore local.get 0 i32.segload "
                                         "local.get 1 handle.get_addr i32.eq local.get 0 i32.segload offset=4 i32.eqz i32.and",
                     "(local handle handle)")),
            1);
  // a data write clears the tag: the reload is invalid and traps when used
  EXPECT_EQ(trapOf(fn("(result i32)",
                      std::string(kTwo) + "local.get 0 local.get 1 handle.segstore local.get 0 i32.const 0 "
                                          "i32.segstore8 offset=15 local.get 0 handle.segload i32.segload",
                      "(local handle handle)")),
            "pointer-built-from-data");
  // zero bytes load as null
  EXPECT_EQ(i32Of(fn("(result i32)", std::string(kTwo) + "local.get 0 handle.segload handle.is_null",
                     "(local handle handle)")),
            1);
  EXPECT_EQ(trapOf(fn("", std::string(kTwo) + "local.get 0 local.get 1 handle.segstore offset=4",
                      "(local handle handle)")),
            "misaligned-handle-access");
}

// Data copied through a handle load and store (LLVM copies a union { int64_t; void *; } that way)
// keeps all 16 bytes; the loaded handle still has no authority.
TEST(Tags, DataSurvivesHandleCopy) {
  EXPECT_EQ(bitsOf(fn("(result i64)",
                     std::string(kTwo) + "local.get 0 i64.const 0xCFD66C4A87FCE6BB i64.segstore "
                     "local.get 0 i64.const 0x0123456789ABCDEF i64.segstore offset=8 "
                     "local.get 0 local.get 0 handle.segload handle.segstore offset=32 "
                     "local.get 0 i64.segload offset=32 local.get 0 i64.segload offset=40 i64.xor",
                     "(local handle handle)")),
            0xCFD66C4A87FCE6BBull ^ 0x0123456789ABCDEFull);
  EXPECT_EQ(trapOf(fn("(result i32)",
                      std::string(kTwo) + "local.get 0 i64.const 0xCFD66C4A87FCE6BB i64.segstore "
                      "local.get 0 handle.segload i32.segload",
                      "(local handle handle)")),
            "pointer-built-from-data");
}

// Granules start at any multiple of 8 (C code that rounds to 8 bytes keeps its pointers), and
// two tagged granules never overlap: a store clears the handle it overlaps.
TEST(Tags, EightAlignedGranules) {
  // a handle stored at offset 8 loads back with its authority
  EXPECT_EQ(i32Of(fn("(result i32)",
                     std::string(kTwo) + "local.get 1 i32.const 77 i32.segstore local.get 0 local.get 1 "
                     "handle.segstore offset=8 local.get 0 handle.segload offset=8 i32.segload",
                     "(local handle handle)")),
            77);
  // storing a second handle at offset 8 clears the one at offset 0 (their bytes overlap)
  EXPECT_EQ(trapOf(fn("(result i32)",
                      std::string(kTwo) + "local.get 0 local.get 1 handle.segstore "
                      "local.get 0 local.get 1 handle.segstore offset=8 "
                      "local.get 0 handle.segload i32.segload",
                      "(local handle handle)")),
            "pointer-built-from-data");
  // a data write into the second half of a handle clears it
  EXPECT_EQ(trapOf(fn("(result i32)",
                      std::string(kTwo) + "local.get 0 local.get 1 handle.segstore offset=8 "
                      "local.get 0 i32.const 0 i32.segstore offset=20 "
                      "local.get 0 handle.segload offset=8 i32.segload",
                      "(local handle handle)")),
            "pointer-built-from-data");
  // segment.copy between addresses equal mod 8 moves the handle
  EXPECT_EQ(i32Of(fn("(result i32)",
                     std::string(kTwo) + "local.get 1 i32.const 55 i32.segstore "
                     "local.get 0 local.get 1 handle.segstore offset=8 "
                     "local.get 0 i32.const 24 handle.add local.get 0 i32.const 8 handle.add i32.const 16 segment.copy "
                     "local.get 0 handle.segload offset=24 i32.segload",
                     "(local handle handle)")),
            55);
}

TEST(Tags, CopyMovesWholeCoAlignedGranules) {
  std::string copyThenUse = std::string(kTwo) +
                            "local.get 0 local.get 1 handle.segstore local.get 0 i32.const 32 handle.add "
                            "local.get 0 i32.const 16 segment.copy local.get 0 handle.segload offset=32 "
                            "i32.const 5 i32.segstore i32.const 1";
  EXPECT_EQ(i32Of(fn("(result i32)", copyThenUse, "(local handle handle)")), 1);
  std::string misaligned = std::string(kTwo) +
                           "local.get 0 local.get 1 handle.segstore local.get 0 i32.const 33 handle.add "
                           "local.get 0 i32.const 16 segment.copy local.get 0 i32.const 32 handle.add "
                           "i32.const 1 handle.add local.get 0 i32.const 16 segment.copy "
                           "local.get 0 handle.segload offset=32 i32.const 5 i32.segstore i32.const 1";
  EXPECT_EQ(trapOf(fn("(result i32)", misaligned, "(local handle handle)")), "pointer-built-from-data");
  // fill clears tags
  std::string fill = std::string(kTwo) +
                     "local.get 0 local.get 1 handle.segstore local.get 0 i32.const 0 i32.const 4 segment.fill "
                     "local.get 0 handle.segload handle.is_null";
  EXPECT_EQ(i32Of(fn("(result i32)", fill, "(local handle handle)")), 1);
}

TEST(Tags, StrictMode) {
  Options o;
  o.strictTags = true;
  std::string dataRead = std::string(kTwo) + "local.get 0 local.get 1 handle.segstore local.get 0 i32.segload";
  EXPECT_EQ(trapOf(fn("(result i32)", dataRead, "(local handle handle)"), o), "tag-violation");
  EXPECT_EQ(trapOf(fn("(result i32)", dataRead, "(local handle handle)")), "no trap");
  std::string handleRead = std::string(kTwo) + "local.get 0 i32.const 1 i32.segstore local.get 0 handle.segload drop";
  EXPECT_EQ(trapOf(fn("", handleRead, "(local handle handle)"), o), "tag-violation");
}

// ---- indirect calls ----

TEST(Calls, CallHandle) {
  std::string mod = "(type $ii (func (param i32) (result i32))) (type $v (func))"
                    "(func $inc (param i32) (result i32) local.get 0 i32.const 1 i32.add)"
                    "(func $nop)";
  EXPECT_EQ(i32Of(mod + fn("(result i32)", "i32.const 41 func.handle $inc call.handle (type $ii)")), 42);
  EXPECT_EQ(trapOf(mod + fn("(result i32)", "i32.const 41 func.handle $nop call.handle (type $ii)")),
            "signature-mismatch");
  EXPECT_EQ(trapOf(mod + fn("(result i32)", "i32.const 41 handle.null call.handle (type $ii)")), "null-dereference");
  EXPECT_EQ(trapOf(mod + fn("(result i32)", "i32.const 41 i32.const 8 i32.const 16 segalloc call.handle (type $ii)")),
            "bad-indirect-call");
  EXPECT_EQ(trapOf(mod + fn("(result i32)", "i32.const 41 func.handle $inc i32.const 1 handle.add call.handle (type $ii)")),
            "bad-indirect-call");
  EXPECT_EQ(trapOf(mod + fn("(result i32)", "i32.const 41 i32.const 99 handle.from_int call.handle (type $ii)")),
            "pointer-built-from-data");
  Outcome o = run(mod + fn("(result i32)", "i32.const 41 func.handle $nop call.handle (type $ii)"));
  ASSERT_TRUE(o.trap);
  EXPECT_NE(o.trap->text().find("(i32) -> (i32)"), std::string::npos) << o.trap->text();
  EXPECT_NE(o.trap->text().find("() -> ()"), std::string::npos) << o.trap->text();
}

// ---- setjmp / longjmp ----

TEST(Jump, SetAndLong) {
  // $thrower longjmps with 0 (delivered as 1); a stack segment of the skipped frame dies.
  std::string mod =
      "(global $kept (mut handle) handle.null)"
      "(func $thrower (param handle i32) i32.const 16 stack.alloc global.set $kept local.get 0 local.get 1 jmp.long)"
      "(func (export \"f\") (param i32) (result i32) (local handle)"
      "  i32.const 16 stack.alloc local.set 1"
      "  i32.const 100 local.get 1 jmp.set"  // [100 r]; the 100 is restored by jmp.long
      "  local.tee 0 i32.add local.get 0 br_if 0 drop"
      "  local.get 1 i32.const 0 call $thrower unreachable)"
      "(func (export \"g\") (result i32) global.get $kept i32.segload)";
  auto inst = load(mod);
  ASSERT_TRUE(inst);
  Outcome o = inst->call("f", std::vector<Value>{Value::i32(0)});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned) << (o.trap ? o.trap->text() : "");
  EXPECT_EQ(o.results[0].asI32(), 101);
  Outcome g = inst->call("g", {});
  ASSERT_TRUE(g.trap);
  EXPECT_EQ(trapName(g.trap->kind), "use-after-return");
}

TEST(Jump, Errors) {
  EXPECT_EQ(trapOf(fn("", "i32.const 16 stack.alloc i32.const 1 jmp.long")), "bad-longjmp");
  std::string stale =
      "(global $buf (mut handle) handle.null)"
      "(func $set (result i32) global.get $buf jmp.set)" +
      fn("", "i32.const 16 i32.const 16 segalloc global.set $buf call $set drop global.get $buf i32.const 1 jmp.long");
  EXPECT_EQ(trapOf(stale), "longjmp-to-exited-frame");
}

// ---- host interface ----

TEST(Host, ArgsEnvClockRandomExit) {
  std::string imports =
      "(import \"mswasm\" \"args_count\" (func $argc (result i32)))"
      "(import \"mswasm\" \"arg_copy\" (func $argcopy (param i32 handle) (result i32)))"
      "(import \"mswasm\" \"env_len\" (func $envlen (param i32) (result i32)))"
      "(import \"mswasm\" \"clock_time\" (func $clock (param i32) (result i64)))"
      "(import \"mswasm\" \"random_get\" (func $rand (param handle i32) (result i32)))"
      "(import \"mswasm\" \"exit\" (func $exit (param i32)))";
  Options o;
  o.args = {"prog", "hello"};
  o.env = {"A=bc"};
  o.deterministic = true;
  EXPECT_EQ(i32Of(imports + fn("(result i32)", "call $argc"), {}, o), 2);
  EXPECT_EQ(i32Of(imports + fn("(result i32)", "i32.const 0 call $envlen"), {}, o), 4);
  EXPECT_EQ(i32Of(imports + fn("(result i32)", "i32.const 5 call $envlen"), {}, o), -22);
  EXPECT_EQ(i32Of(imports + fn("(result i32)",
                               "i32.const 1 i32.const 8 i32.const 16 segalloc local.tee 0 call $argcopy drop "
                               "local.get 0 i32.segload8_u offset=4",
                               "(local handle)"),
                  {}, o),
            'o');
  EXPECT_EQ(trapOf(imports + fn("(result i32)", "i32.const 1 i32.const 4 i32.const 16 segalloc call $argcopy"), o),
            "heap-buffer-overflow");
  Outcome c = run(imports + fn("(result i64)", "i32.const 0 call $clock drop i32.const 0 call $clock"), "f", {}, o);
  EXPECT_EQ(c.results[0].asI64(), 946684800LL * 1000000000 + 2000000);
  std::string rnd = imports + fn("(result i64)",
                                 "i32.const 8 i32.const 16 segalloc local.tee 0 i32.const 8 call $rand drop "
                                 "local.get 0 i64.segload",
                                 "(local handle)");
  EXPECT_EQ(run(rnd, "f", {}, o).results[0].bits, run(rnd, "f", {}, o).results[0].bits);
  Outcome e = run(imports + fn("", "i32.const 3 call $exit unreachable"), "f", {}, o);
  EXPECT_EQ(e.kind, Outcome::Kind::Exited);
  EXPECT_EQ(e.exitCode, 3);
}

TEST(Host, FdWriteToPipe) {
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  Options o;
  o.stdoutFd = p[1];
  std::string mod = "(import \"mswasm\" \"fd_write\" (func $w (param i32 handle i32) (result i32)))"
                    "(segment $s (size 3) (align 1) (data \"hi\\0a\"))" +
                    fn("(result i32)", "i32.const 1 global.segment $s i32.const 3 call $w");
  EXPECT_EQ(i32Of(mod, {}, o), 3);
  char buf[4] = {};
  ASSERT_EQ(read(p[0], buf, 3), 3);
  EXPECT_EQ(std::string(buf), "hi\n");
  EXPECT_EQ(i32Of("(import \"mswasm\" \"fd_write\" (func $w (param i32 handle i32) (result i32)))" +
                  fn("(result i32)", "i32.const 9 handle.null i32.const 3 call $w")),
            -9);
  close(p[0]);
  close(p[1]);
}

TEST(Host, UnknownImportIsInstantiationError) {
  std::string err;
  auto inst = load("(import \"mswasm\" \"nope\" (func))", {}, &err);
  EXPECT_FALSE(inst);
  EXPECT_NE(err.find("nope"), std::string::npos);
  inst = load("(import \"mswasm\" \"exit\" (func (param i64)))", {}, &err);
  EXPECT_FALSE(inst);
}

// ---- module level ----

TEST(Module, RelocsGlobalsAndStart) {
  std::string mod =
      "(segment $a (size 8) (align 8) (data \"\\2a\"))"
      "(segment $t (size 32) (align 16) (readonly) (reloc 0 (segment $a)) (reloc 16 (func $get)))"
      "(global $g (mut i32) i32.const 0)"
      "(type $r (func (result i32)))"
      "(func $get (result i32) global.get $g)"
      "(func $init global.get $g i32.const 5 i32.add global.set $g)"
      "(start $init)" +
      fn("(result i32)",
         "global.segment $t handle.segload i32.segload8_u global.segment $t handle.segload offset=16 "
         "call.handle (type $r) i32.add");
  EXPECT_EQ(i32Of(mod), 42 + 5);
}

TEST(Module, PluginModeContinuesAfterTrap) {
  auto inst = load("(global $n (mut i32) i32.const 0)"
                   "(func (export \"bump\") (result i32) global.get $n i32.const 1 i32.add global.set $n global.get $n)"
                   "(func (export \"boom\") i32.const 8 stack.alloc drop unreachable)");
  ASSERT_TRUE(inst);
  EXPECT_EQ(inst->call("bump", {}).results[0].asI32(), 1);
  EXPECT_EQ(inst->call("boom", {}).kind, Outcome::Kind::Trapped);
  EXPECT_EQ(inst->call("bump", {}).results[0].asI32(), 2);
  EXPECT_EQ(inst->call("nothing", {}).kind, Outcome::Kind::Trapped);
}

TEST(Module, PluginHandlesRoundTripButCannotBeForged) {
  std::string mod = "(func (export \"alloc\") (result handle) i32.const 16 i32.const 16 segalloc)"
                    "(func (export \"put\") (param handle i32) local.get 0 local.get 1 i32.segstore)"
                    "(func (export \"get\") (param handle) (result i32) local.get 0 i32.segload)"
                    "(func (export \"free\") (param handle) local.get 0 segfree)";
  auto a = load(mod), b = load(mod);
  ASSERT_TRUE(a && b);
  Value h = a->call("alloc", {}).results.at(0);
  EXPECT_EQ(h.type, ValType::Handle);
  EXPECT_TRUE(h.handle.authoritative());
  EXPECT_EQ(a->call("put", std::vector<Value>{h, Value::i32(5)}).kind, Outcome::Kind::Returned);
  EXPECT_EQ(a->call("get", std::vector<Value>{h}).results.at(0).asI32(), 5);
  // a handle moved by the embedder keeps its (unchanged) authority, as handle.add does
  Outcome moved = a->call("get", std::vector<Value>{Value::fromHandle(h.handle.withOffset(16))});
  ASSERT_TRUE(moved.trap);
  EXPECT_EQ(trapName(moved.trap->kind), "heap-buffer-overflow");
  // another instance does not accept it (it never returned that handle)
  Outcome foreign = b->call("get", std::vector<Value>{h});
  ASSERT_TRUE(foreign.trap);
  EXPECT_EQ(trapName(foreign.trap->kind), "host-error");
  // an embedder-made handle has no authority
  Outcome forged = a->call("get", std::vector<Value>{Value::fromHandle(Handle::invalid(h.handle.address(), InvalidReason::FromInt))});
  ASSERT_TRUE(forged.trap);
  EXPECT_EQ(trapName(forged.trap->kind), "pointer-built-from-data");
  EXPECT_EQ(a->call("free", std::vector<Value>{h}).kind, Outcome::Kind::Returned);
  Outcome uaf = a->call("get", std::vector<Value>{h});
  ASSERT_TRUE(uaf.trap);
  EXPECT_EQ(trapName(uaf.trap->kind), "use-after-free");
  EXPECT_EQ(a->call("get", std::vector<Value>{Value::i32(1)}).trap->kind, TrapKind::HostError);
}

// ---- id reclamation ----

TEST(Ids, ReclaimedBySweepAndStaleHandleStillCaught) {
  std::string mod =
      "(global $first (mut handle) handle.null)"
      "(func (export \"f\") (result i32) (local i32)"
      "  i32.const 16 i32.const 16 segalloc global.set $first global.get $first segfree"
      "  loop i32.const 8 i32.const 16 segalloc segfree"
      "    local.get 0 i32.const 1 i32.add local.tee 0 i32.const 5000 i32.lt_u br_if 0 end"
      "  global.get $first i32.segload)";
  Options o;
  o.idBits = 8;
  auto inst = load(mod, o);
  ASSERT_TRUE(inst);
  Outcome r = inst->call("f", {});
  ASSERT_EQ(r.kind, Outcome::Kind::Trapped);
  EXPECT_EQ(trapName(r.trap->kind), "use-after-free");
  EXPECT_GT(inst->stats().idsReclaimed, 4000u);
  EXPECT_GT(inst->stats().sweeps, 10u);
}

TEST(Ids, ExhaustedWhenAllHeld) {
  // every allocation is kept live: ids run out and segalloc returns null
  std::string mod = fn("(result i32)",
                       "loop i32.const 1 i32.const 16 segalloc handle.is_null i32.eqz "
                       "local.get 0 i32.const 1 i32.add local.tee 0 i32.const 1000 i32.lt_u i32.and br_if 0 end local.get 0",
                       "(local i32)");
  Options o;
  o.idBits = 6;
  int32_t n = i32Of(mod, {}, o);
  EXPECT_LT(n, 70);
}

// ---- the store and the address allocator ----

TEST(Store, AddressSpaceFirstFitReuseAndCoalescing) {
  AddressSpace as;
  uint32_t a = *as.allocate(16, 16), b = *as.allocate(1, 16), c = *as.allocate(100, 256);
  EXPECT_EQ(a, 0x10000u);
  EXPECT_EQ(b, 0x10010u);
  EXPECT_EQ(c % 256, 0u);
  EXPECT_GT(c, b);
  as.release(a, 16);
  as.release(b, 1);
  // the two freed granules coalesce: a 32-byte request fits at the lowest address again
  EXPECT_EQ(*as.allocate(32, 16), 0x10000u);
  EXPECT_FALSE(as.allocate(uint64_t(1) << 32, 16));
}

TEST(Store, IdsAndLimits) {
  Store st(Store::Limits{1000, 100, 64}, nullptr);
  Store::AllocFail why;
  Segment* s1 = st.allocate(SegKind::Heap, 10, 16, 0, &why);
  ASSERT_TRUE(s1);
  EXPECT_EQ(st.live(s1->id), s1);
  EXPECT_FALSE(st.allocate(SegKind::Heap, 991, 16, 0, &why));
  EXPECT_EQ(why, Store::AllocFail::Memory);
  EXPECT_FALSE(st.allocate(SegKind::Stack, 101, 16, 0, &why));
  EXPECT_EQ(why, Store::AllocFail::StackLimit);
  uint64_t id = s1->id;
  st.kill(s1, IdState::Freed, 0);
  EXPECT_EQ(st.live(id), nullptr);
  EXPECT_EQ(st.state(id), IdState::Freed);
  Segment* s2 = st.allocate(SegKind::Heap, 0, 16, 0, &why);
  ASSERT_TRUE(s2);
  EXPECT_NE(s2->id, id);  // 64-bit ids are never reused
  EXPECT_EQ(st.liveBytes(), 0u);
}

// ---- more control flow ----

TEST(Control, MultiValueBlocksAndLoops) {
  std::string mod = "(type $pp (func (param i32 i32) (result i32 i32)))"
                    "(type $p (func (param i32) (result i32)))" +
                    fn("(result i32)",
                       // loop with a parameter: count down from 5, summing in local 0
                       "i32.const 5 loop (type $p) local.tee 1 local.get 0 i32.add local.set 0 local.get 1 "
                       "i32.const 1 i32.sub local.tee 1 local.get 1 br_if 0 end drop "
                       "i32.const 100 i32.const 20 block (type $pp) i32.add i32.const 3 end i32.sub local.get 0 i32.add",
                       "(local i32 i32)");
  EXPECT_EQ(i32Of(mod), 120 - 3 + 15);
}

TEST(Control, HandleLocalsDefaultNullAndSelect) {
  EXPECT_EQ(i32Of(fn("(result i32)", "local.get 0 handle.is_null", "(local handle)")), 1);
  EXPECT_EQ(i32Of(fn("(param i32) (result i32)",
                     "i32.const 16 i32.const 16 segalloc handle.null local.get 0 select handle.is_null"),
                  {Value::i32(0)}),
            1);
}

TEST(Module, EveryInstructionModuleRuns) {
  std::string path = std::string(__FILE__);
  path = path.substr(0, path.rfind('/')) + "/../format/Inputs/every-instruction.wat";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Module m;
  ASSERT_FALSE(parseText(text, m));
  Options o;
  o.deterministic = true;
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  o.stdoutFd = p[1];
  std::string err;
  auto inst = Instance::create(m, o, &err);
  ASSERT_TRUE(inst) << err;
  Outcome r = inst->call("_start", {});
  EXPECT_NE(r.kind, Outcome::Kind::Trapped) << (r.trap ? r.trap->text() : "");
  close(p[0]);
  close(p[1]);
}

TEST(Module, ExitInStartFunction) {
  Module m;
  ASSERT_FALSE(parseText("(module (import \"mswasm\" \"exit\" (func $exit (param i32)))"
                         "(func $init i32.const 9 call $exit) (start $init))",
                         m));
  std::string err;
  std::optional<Outcome> start;
  EXPECT_FALSE(Instance::create(m, {}, &err, &start));
  ASSERT_TRUE(start);
  EXPECT_EQ(start->kind, Outcome::Kind::Exited);
  EXPECT_EQ(start->exitCode, 9);
}

// ---- more host interface ----

const char* kFileImports =
    "(import \"mswasm\" \"path_open\" (func $open (param handle i32 i32 i32) (result i32)))"
    "(import \"mswasm\" \"path_unlink\" (func $unlink (param handle i32) (result i32)))"
    "(import \"mswasm\" \"path_rename\" (func $rename (param handle i32 handle i32) (result i32)))"
    "(import \"mswasm\" \"fd_read\" (func $read (param i32 handle i32) (result i32)))"
    "(import \"mswasm\" \"fd_write\" (func $write (param i32 handle i32) (result i32)))"
    "(import \"mswasm\" \"fd_seek\" (func $seek (param i32 i64 i32) (result i64)))"
    "(import \"mswasm\" \"fd_close\" (func $close (param i32) (result i32)))"
    "(import \"mswasm\" \"fd_isatty\" (func $isatty (param i32) (result i32)))";

// A module with one segment per path and exports that call the file functions on them.
std::string fileModule(const std::vector<std::string>& paths, const std::string& funcs) {
  std::string s = kFileImports;
  for (size_t i = 0; i < paths.size(); ++i)
    s += "(segment $p" + std::to_string(i) + " (size " + std::to_string(std::max<size_t>(1, paths[i].size())) +
         ") (align 1) (data \"" + paths[i] + "\"))";
  return s + funcs;
}
std::string openCall(size_t i, size_t len, int flags) {
  return "global.segment $p" + std::to_string(i) + " i32.const " + std::to_string(len) + " i32.const " +
         std::to_string(flags) + " i32.const 420 call $open ";
}

struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/mswasm-rt-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { std::system(("rm -rf " + path).c_str()); }
};

TEST(Host, PathsUnderGrants) {
  TempDir a, b;
  mkdir((a.path + "/sub").c_str(), 0755);
  symlink("/etc", (a.path + "/escape").c_str());
  Options o;
  o.dirs = {{a.path, "/a"}, {b.path, "/b"}};
  std::vector<std::string> paths = {"/a/f.txt", "/a/g.txt", "/b/h.txt", "/a/sub", "/a/escape/passwd",
                                    "/a/x\\00y", "/c/f"};
  auto call = [&](const std::string& body) {
    return i32Of(fileModule(paths, fn("(result i32)", body)), {}, o);
  };
  EXPECT_EQ(call(openCall(0, 8, 0)), -2);                // ENOENT
  EXPECT_EQ(call(openCall(0, 8, 0x41)), 3);              // created: lowest free descriptor
  EXPECT_EQ(call(openCall(0, 8, 0xC1)), -17);            // O_EXCL on an existing file
  EXPECT_EQ(call(openCall(3, 6, 0)), -21);               // a directory
  EXPECT_EQ(call(openCall(4, 16, 0)), -13);              // leaves the grant through a symlink
  EXPECT_EQ(call(openCall(6, 4, 0)), -13);               // outside every grant
  EXPECT_EQ(call(openCall(5, 6, 0)), -22);               // a NUL inside the path
  EXPECT_EQ(call(openCall(0, 8, 3)), -22);               // access mode 3
  EXPECT_EQ(call(openCall(0, 8, 0x10000)), -22);         // unknown flag
  EXPECT_EQ(call("global.segment $p0 i32.const 8 global.segment $p1 i32.const 8 call $rename"), 0);
  EXPECT_EQ(call("global.segment $p1 i32.const 8 global.segment $p2 i32.const 8 call $rename"), -18);
  EXPECT_EQ(call("global.segment $p1 i32.const 8 call $unlink"), 0);
  EXPECT_EQ(call("global.segment $p1 i32.const 8 call $unlink"), -2);
}

TEST(Host, DescriptorsSeekAndPipes) {
  TempDir d;
  Options o;
  o.dirs = {{d.path, "."}};
  std::vector<std::string> paths = {"data.bin"};
  std::string body = openCall(0, 8, 0x42) +  // O_RDWR | O_CREAT
                     "local.set 0 i32.const 16 i32.const 1 segalloc local.set 1 "
                     "local.get 1 i32.const 0x64636261 i32.segstore "
                     "local.get 0 local.get 1 i32.const 4 call $write drop "
                     "local.get 0 i64.const 1 i32.const 0 call $seek drop "
                     "local.get 0 local.get 1 i32.const 8 handle.add i32.const 8 call $read "  // reads 3 bytes
                     "local.get 1 i32.segload8_u offset=8 i32.const 8 i32.shl i32.or";
  EXPECT_EQ(i32Of(fileModule(paths, fn("(result i32)", body, "(local i32 handle)")), {}, o), (0x62 << 8) | 3);
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  ASSERT_EQ(write(p[1], "xyz", 3), 3);
  Options q;
  q.stdinFd = p[0];
  std::string readStdin = fn("(result i32)",
                             "i32.const 0 i32.const 4 i32.const 1 segalloc local.tee 0 i32.const 4 call $read drop "
                             "local.get 0 i32.segload8_u offset=2",
                             "(local handle)");
  EXPECT_EQ(i32Of(fileModule({}, readStdin), {}, q), 'z');
  EXPECT_EQ(i32Of(fileModule({}, fn("(result i32)", "i32.const 0 i64.const 0 i32.const 1 call $seek i32.wrap_i64")), {}, q), -29);
  EXPECT_EQ(i32Of(fileModule({}, fn("(result i32)", "i32.const 0 call $isatty")), {}, q), 0);
  EXPECT_EQ(i32Of(fileModule({}, fn("(result i32)", "i32.const 0 i64.const 0 i32.const 7 call $seek i32.wrap_i64")), {}, q), -22);
  EXPECT_EQ(i32Of(fileModule({}, fn("(result i32)", "i32.const 1 call $close drop i32.const 1 handle.null i32.const 0 call $write")), {}, q), -9);
  EXPECT_EQ(i32Of(fileModule({}, fn("(result i32)", "i32.const 0 handle.null i32.const 1 call $write")), {}, q), -9);
  close(p[0]);
  close(p[1]);
}

// The tag shadow against a std::map of (segment, offset) -> handle under random handle stores,
// data writes of every size and alignment, copies of tags, and segment deaths: tags, the id
// flags' "no tags" bit and forEachTag must agree with the reference after every step.
TEST(Store, TagShadowAgreesWithAMapOfTags) {
  std::mt19937 rng(4242);
  Store st(Store::Limits{}, nullptr);
  Store::AllocFail why;
  std::vector<Segment*> segs;
  std::map<std::pair<uint64_t, uint64_t>, Handle> ref;  // (id, rel) -> handle
  auto refClear = [&](Segment* s, uint64_t rel, uint64_t n) {
    for (auto it = ref.lower_bound({s->id, 0}); it != ref.end() && it->first.first == s->id;)
      it = it->first.second + 16 > rel && it->first.second < rel + n ? ref.erase(it) : std::next(it);
  };
  for (int step = 0; step < 20000; ++step) {
    if (segs.size() < 8 || rng() % 50 == 0) {
      Segment* s = st.allocate(SegKind::Heap, 8 + rng() % 200, 16, 0, &why);
      ASSERT_TRUE(s);
      segs.push_back(s);
    }
    Segment* s = segs[rng() % segs.size()];
    switch (rng() % 6) {
      case 0:
      case 1: {  // handle store at an 8-aligned offset
        if (s->size < 16) break;
        uint64_t rel = (rng() % ((s->size - 16) / 8 + 1)) * 8;
        Segment* t = segs[rng() % segs.size()];
        Handle h = HandleMint::make(HandleKind::Heap, t->addr, int32_t(rng() % 64) - 8, t->size, t->id);
        st.clearTags(s, rel, 16);
        refClear(s, rel, 16);
        h.storedBytes(s->bytes.data() + rel);
        st.setTag(s, rel, h);
        ref[{s->id, rel}] = h;
        break;
      }
      case 2: {  // data write of 1-9 bytes anywhere
        uint64_t n = 1 + rng() % 9;
        if (s->size < n) break;
        uint64_t rel = rng() % (s->size - n + 1);
        EXPECT_EQ(st.anyTag(s, rel, n), [&] {
          for (const auto& [k, h] : ref)
            if (k.first == s->id && k.second + 16 > rel && k.second < rel + n) return true;
          return false;
        }());
        st.clearTags(s, rel, n);
        refClear(s, rel, n);
        break;
      }
      case 3: {  // a segment dies
        if (segs.size() < 9) break;
        size_t i = rng() % segs.size();
        Segment* d = segs[i];
        for (auto it = ref.lower_bound({d->id, 0}); it != ref.end() && it->first.first == d->id;) it = ref.erase(it);
        st.kill(d, IdState::Freed, 0);
        segs.erase(segs.begin() + long(i));
        break;
      }
      default: {  // every tag of the segment is where the reference says
        size_t count = 0;
        st.forEachTag(s, 0, UINT32_MAX, [&](uint64_t rel, const Handle& h) {
          ++count;
          auto it = ref.find({s->id, rel});
          ASSERT_NE(it, ref.end()) << rel;
          EXPECT_EQ(h, it->second);
        });
        size_t want = 0;
        for (auto it = ref.lower_bound({s->id, 0}); it != ref.end() && it->first.first == s->id; ++it) {
          ++want;
          std::optional<Handle> h = st.taggedHandle(s, it->first.second);
          ASSERT_TRUE(h);
          EXPECT_EQ(*h, it->second);
        }
        EXPECT_EQ(count, want);
        if (want) EXPECT_TRUE(s->mayHoldTags);
        EXPECT_EQ((st.idFlags()[s->id] & kIdWritableFast) != 0, !s->mayHoldTags);
        EXPECT_NE(st.idFlags()[s->id] & kIdWritable, 0);
        break;
      }
    }
  }
}

}  // namespace
}  // namespace mswasm::rt

// StackDepot::prepend (the per-frame call-stack cache of stack operations) gives the id intern()
// gives for the same sites: the top site, then the stack below, cut at maxFrames.
TEST(StackDepot, PrependMatchesInterningTheWholeStack) {
  mswasm::rt::StackDepot depot;
  std::mt19937 rng(7);
  auto site = [&] { return mswasm::rt::CallSite{uint32_t(rng() % 5), uint32_t(rng() % 7)}; };
  for (int round = 0; round < 20000; ++round) {
    size_t belowLen = rng() % 10;
    std::vector<mswasm::rt::CallSite> below;
    for (size_t k = 0; k < belowLen; ++k) below.push_back(site());
    uint32_t belowId = depot.intern(below.data(), below.size());
    mswasm::rt::CallSite top = site();
    size_t maxFrames = 1 + rng() % 8;
    std::vector<mswasm::rt::CallSite> whole{top};
    for (size_t k = 0; k < below.size() && whole.size() < maxFrames; ++k) whole.push_back(below[k]);
    uint32_t viaPrepend = depot.prepend(top, belowId, maxFrames);
    ASSERT_EQ(viaPrepend, depot.intern(whole.data(), whole.size())) << "round " << round;
    ASSERT_EQ(depot.get(viaPrepend), whole);
  }
  EXPECT_EQ(depot.prepend({1, 2}, mswasm::rt::StackDepot::kUnknown, 8), 0u);
}
