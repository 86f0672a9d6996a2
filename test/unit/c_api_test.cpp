// Tests of the C embedding API (runtime/include/mswasm.h) through C calls only, on both tiers
// (the native tier is skipped when this build has no mswasm-native): export calls and argument
// checks, host functions (results, traps, buffers, re-entrancy, nested traps), guest buffers
// (alloc, strings, arrays, reads after free), poisoning, handles from other instances or with
// changed bytes, import mismatches, modules with a "#!" line, per-call timeouts, exit, start
// traps, and instances on two threads at once.
#include <gtest/gtest.h>
#include <malloc.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "mswasm.h"
#include "mswasm/runtime/native_cache.h"

namespace {

// The guest. Imports from module "host"; malloc/free exported so that host allocations go
// through them.
const char* kModule = R"((module
  (import "host" "twice" (func $twice (param i32) (result i32)))
  (import "host" "log" (func $log (param handle i32)))
  (import "host" "callback" (func $callback (param i32) (result i32)))
  (import "host" "give" (func $give (result handle)))
  (import "mswasm" "exit" (func $exit (param i32)))
  (func $add (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func $malloc (export "malloc") (param i32) (result handle) local.get 0 i32.const 16 segalloc)
  (func $free (export "free") (param handle) local.get 0 segfree)
  (func (export "use_twice") (param i32) (result i32) local.get 0 call $twice)
  (func (export "reenter") (param i32) (result i32) local.get 0 call $callback)
  (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "say") (param i32) (local handle)
    i32.const 8 i32.const 1 segalloc local.set 1
    local.get 1 i32.const 104 i32.segstore8 offset=0
    local.get 1 i32.const 105 i32.segstore8 offset=1
    local.get 1 local.get 0 call $log)
  (func (export "sum") (param handle i32) (result i32) (local i32 i32)
    block
      loop
        local.get 3 local.get 1 i32.ge_u br_if 1
        local.get 0 local.get 3 handle.add i32.segload8_u
        local.get 2 i32.add local.set 2
        local.get 3 i32.const 1 i32.add local.set 3
        br 0
      end
    end
    local.get 2)
  (func (export "poke") (param handle i32) local.get 0 local.get 1 i32.segstore8 offset=0)
  (func (export "overflow") (param handle) local.get 0 i32.const 1000 handle.add i32.const 1 i32.segstore8)
  (func (export "spin") loop br 0 end)
  (func (export "quit") i32.const 3 call $exit)
  (func (export "first_of_given") (result i32) call $give i32.segload8_u)
  (func (export "fptr") (result handle) func.handle $add))
)";

const mswasm_valkind_t I32 = MSWASM_I32, HANDLE = MSWASM_HANDLE;

struct Host {
  std::string logged;
  std::string logError;
  int twiceFails = 0;
  mswasm_handle_t given{};
  mswasm_trap_t* nested = nullptr;
};

mswasm_trap_t* twice(void* env, mswasm_instance_t*, const mswasm_val_t* args, size_t, mswasm_val_t* res, size_t) {
  Host* h = static_cast<Host*>(env);
  if (h->twiceFails) return mswasm_trap_new("twice refuses");
  res[0].of.i32 = args[0].of.i32 * 2;
  return nullptr;
}

mswasm_trap_t* logFn(void* env, mswasm_instance_t* inst, const mswasm_val_t* args, size_t, mswasm_val_t*, size_t) {
  Host* h = static_cast<Host*>(env);
  char buf[64] = {0};
  size_t n = size_t(args[1].of.i32);
  if (n > sizeof buf) n = sizeof buf;
  mswasm_error_t* e = mswasm_instance_read(inst, args[0].of.handle, 0, buf, n);
  if (e) {
    h->logError = mswasm_error_report_text(e) ? mswasm_error_report_text(e) : mswasm_error_message(e);
    mswasm_error_delete(e);
    return nullptr;  // the engine still ends the guest's call with the access's report
  }
  h->logged.assign(buf, n);
  return nullptr;
}

// Calls the guest back: add(x, 1), or div(x, 0) when x is negative (a trap in the callback).
mswasm_trap_t* callback(void* env, mswasm_instance_t* inst, const mswasm_val_t* args, size_t, mswasm_val_t* res,
                        size_t) {
  Host* h = static_cast<Host*>(env);
  mswasm_val_t a[2] = {args[0], mswasm_val_i32(args[0].of.i32 < 0 ? 0 : 1)};
  mswasm_val_t r;
  mswasm_trap_t* t = nullptr;
  mswasm_error_t* e;
  if (args[0].of.i32 > 1000) {  // deep re-entry: reenter(x - 1)
    mswasm_val_t x = mswasm_val_i32(args[0].of.i32 - 1);
    e = mswasm_instance_call(inst, "reenter", &x, 1, &r, 1, &t);
  } else {
    e = mswasm_instance_call(inst, args[0].of.i32 < 0 ? "div" : "add", a, 2, &r, 1, &t);
  }
  if (e) {
    mswasm_error_delete(e);
    return mswasm_trap_new("callback failed");
  }
  if (t) {
    if (!h->nested) h->nested = t;
    else mswasm_trap_delete(t);
    res[0].of.i32 = -1;
    return nullptr;  // ignoring the trap does not help: the outer call ends with it
  }
  res[0].of.i32 = r.of.i32;
  return nullptr;
}

mswasm_trap_t* give(void* env, mswasm_instance_t*, const mswasm_val_t*, size_t, mswasm_val_t* res, size_t) {
  res[0].of.handle = static_cast<Host*>(env)->given;
  return nullptr;
}

std::string cacheDir() {
  static std::string dir = [] {
    char tmpl[] = "/tmp/mswasm-c-api-test-XXXXXX";
    return std::string(mkdtemp(tmpl) ? tmpl : "off");
  }();
  return dir;
}

class CApi : public ::testing::TestWithParam<mswasm_tier_t> {
 protected:
  void SetUp() override {
    if (GetParam() == MSWASM_TIER_NATIVE && mswasm::rt::nativeCompilerPath().empty())
      GTEST_SKIP() << "no mswasm-native in this build";
    engine = mswasm_engine_new();
    mswasm_engine_set_tier(engine, GetParam());
    mswasm_engine_set_cache_dir(engine, cacheDir().c_str());
    ASSERT_EQ(ok(mswasm_module_new(engine, reinterpret_cast<const uint8_t*>(kModule), std::strlen(kModule), &module)),
              "");
    linker = mswasm_linker_new();
    mswasm_valkind_t h_i32[2] = {HANDLE, I32};
    ASSERT_EQ(ok(mswasm_linker_define(linker, "host", "twice", &I32, 1, &I32, 1, twice, &host, nullptr)), "");
    ASSERT_EQ(ok(mswasm_linker_define(linker, "host", "log", h_i32, 2, nullptr, 0, logFn, &host, nullptr)), "");
    ASSERT_EQ(ok(mswasm_linker_define(linker, "host", "callback", &I32, 1, &I32, 1, callback, &host, nullptr)), "");
    ASSERT_EQ(ok(mswasm_linker_define(linker, "host", "give", nullptr, 0, &HANDLE, 1, give, &host, nullptr)), "");
  }
  void TearDown() override {
    if (host.nested) mswasm_trap_delete(host.nested);
    for (mswasm_instance_t* i : instances) mswasm_instance_delete(i);
    if (linker) mswasm_linker_delete(linker);
    if (module) mswasm_module_delete(module);
    if (engine) mswasm_engine_delete(engine);
  }
  // "" for success, else the error's message (the error is deleted).
  static std::string ok(mswasm_error_t* e) {
    if (!e) return "";
    std::string m = mswasm_error_message(e);
    mswasm_error_delete(e);
    return m;
  }
  mswasm_instance_t* instantiate(mswasm_config_t* config = nullptr) {
    mswasm_instance_t* inst = nullptr;
    mswasm_trap_t* trap = nullptr;
    std::string e = ok(mswasm_instance_new(module, linker, config, &inst, &trap));
    EXPECT_EQ(e, "");
    EXPECT_EQ(trap, nullptr);
    if (inst) instances.push_back(inst);
    if (inst) EXPECT_STREQ(mswasm_instance_tier(inst), GetParam() == MSWASM_TIER_NATIVE ? "native" : "interp");
    return inst;
  }
  // Calls a one-result export; on a trap returns INT32_MIN and keeps the trap in lastTrap.
  int32_t call1(mswasm_instance_t* inst, const char* name, std::vector<mswasm_val_t> args) {
    mswasm_val_t r;
    mswasm_trap_t* t = nullptr;
    EXPECT_EQ(ok(mswasm_instance_call(inst, name, args.data(), args.size(), &r, 1, &t)), "");
    setTrap(t);
    return t ? INT32_MIN : r.of.i32;
  }
  void call0(mswasm_instance_t* inst, const char* name, std::vector<mswasm_val_t> args) {
    mswasm_trap_t* t = nullptr;
    EXPECT_EQ(ok(mswasm_instance_call(inst, name, args.data(), args.size(), nullptr, 0, &t)), "");
    setTrap(t);
  }
  void setTrap(mswasm_trap_t* t) {
    lastKind = t ? mswasm_trap_kind(t) : "";
    lastText = t ? mswasm_trap_text(t) : "";
    if (t) mswasm_trap_delete(t);
  }

  Host host;
  mswasm_engine_t* engine = nullptr;
  mswasm_module_t* module = nullptr;
  mswasm_linker_t* linker = nullptr;
  std::vector<mswasm_instance_t*> instances;
  std::string lastKind, lastText;
};

TEST_P(CApi, CallsAndArgumentChecks) {
  EXPECT_EQ(mswasm_api_version(), uint32_t(MSWASM_API_VERSION));
  mswasm_instance_t* inst = instantiate();
  ASSERT_TRUE(inst);
  EXPECT_EQ(call1(inst, "add", {mswasm_val_i32(2), mswasm_val_i32(40)}), 42);
  mswasm_val_t r, one = mswasm_val_i32(1), f = mswasm_val_f64(1.0);
  mswasm_trap_t* t = nullptr;
  EXPECT_EQ(ok(mswasm_instance_call(inst, "add", &one, 1, &r, 1, &t)), "export 'add' takes 2 arguments, 1 given");
  mswasm_val_t bad[2] = {one, f};
  EXPECT_EQ(ok(mswasm_instance_call(inst, "add", bad, 2, &r, 1, &t)),
            "argument 1 of export 'add' must be i32, not f64");
  EXPECT_EQ(ok(mswasm_instance_call(inst, "add", bad, 2, &r, 0, &t)), "export 'add' returns 1 results, room for 0 given");
  EXPECT_EQ(ok(mswasm_instance_call(inst, "nope", nullptr, 0, nullptr, 0, &t)), "no export named 'nope'");
  EXPECT_EQ(t, nullptr);
  EXPECT_FALSE(mswasm_instance_poisoned(inst));
}

TEST_P(CApi, HostFunctionsResultsAndTraps) {
  mswasm_instance_t* inst = instantiate();
  ASSERT_TRUE(inst);
  EXPECT_EQ(call1(inst, "use_twice", {mswasm_val_i32(21)}), 42);
  host.twiceFails = 1;
  EXPECT_EQ(call1(inst, "use_twice", {mswasm_val_i32(21)}), INT32_MIN);
  EXPECT_EQ(lastKind, "host-error");
  EXPECT_NE(lastText.find("host function host.twice failed"), std::string::npos) << lastText;
  EXPECT_NE(lastText.find("twice refuses"), std::string::npos) << lastText;
  EXPECT_FALSE(mswasm_instance_poisoned(inst));  // a host error leaves the instance usable
  host.twiceFails = 0;
  EXPECT_EQ(call1(inst, "use_twice", {mswasm_val_i32(5)}), 10);
}

TEST_P(CApi, HostReadsGuestBuffers) {
  mswasm_instance_t* inst = instantiate();
  ASSERT_TRUE(inst);
  call0(inst, "say", {mswasm_val_i32(2)});
  EXPECT_EQ(lastKind, "");
  EXPECT_EQ(host.logged, "hi");
  // The guest passes a length past its 8-byte block: the host's read fails with the engine's
  // report, and the guest's call ends with it, naming the host function.
  call0(inst, "say", {mswasm_val_i32(20)});
  EXPECT_EQ(lastKind, "heap-buffer-overflow");
  EXPECT_NE(host.logError.find("heap-buffer-overflow"), std::string::npos) << host.logError;
  EXPECT_NE(lastText.find("in host function host.log"), std::string::npos) << lastText;
  EXPECT_TRUE(mswasm_instance_poisoned(inst));
  mswasm_val_t r;
  mswasm_trap_t* t = nullptr;
  mswasm_val_t args[2] = {mswasm_val_i32(1), mswasm_val_i32(2)};
  EXPECT_NE(ok(mswasm_instance_call(inst, "add", args, 2, &r, 1, &t)).find("the instance is poisoned"), std::string::npos);
}

TEST_P(CApi, ReentrancyAndNestedTraps) {
  mswasm_config_t* cfg = mswasm_config_new();
  mswasm_config_set_max_call_depth(cfg, 40);
  mswasm_instance_t* inst = instantiate(cfg);
  mswasm_config_delete(cfg);
  ASSERT_TRUE(inst);
  EXPECT_EQ(call1(inst, "reenter", {mswasm_val_i32(41)}), 42);
  EXPECT_EQ(call1(inst, "reenter", {mswasm_val_i32(1005)}), 1001);  // five levels of re-entry
  // Re-entry counts in the call depth (two frames per level).
  EXPECT_EQ(call1(inst, "reenter", {mswasm_val_i32(1100)}), INT32_MIN);
  EXPECT_EQ(lastKind, "call-stack-exhausted");
  ASSERT_TRUE(host.nested);  // the innermost host function saw it first
  EXPECT_STREQ(mswasm_trap_kind(host.nested), "call-stack-exhausted");
  mswasm_trap_delete(host.nested);
  host.nested = nullptr;
  // A trap in the callback is returned to the host and then ends the outer call too.
  EXPECT_EQ(call1(inst, "reenter", {mswasm_val_i32(-5)}), INT32_MIN);
  ASSERT_TRUE(host.nested);
  EXPECT_STREQ(mswasm_trap_kind(host.nested), "integer-divide-by-zero");
  EXPECT_EQ(lastKind, "integer-divide-by-zero");
  EXPECT_FALSE(mswasm_instance_poisoned(inst));
  EXPECT_EQ(call1(inst, "reenter", {mswasm_val_i32(1)}), 2);
}

TEST_P(CApi, BuffersStringsAndArrays) {
  mswasm_instance_t* inst = instantiate();
  ASSERT_TRUE(inst);
  mswasm_handle_t s;
  ASSERT_EQ(ok(mswasm_instance_new_string(inst, "abc", &s)), "");
  EXPECT_EQ(mswasm_handle_remaining(s), 4u);
  EXPECT_EQ(call1(inst, "sum", {mswasm_val_handle(s), mswasm_val_i32(3)}), 'a' + 'b' + 'c');
  call0(inst, "poke", {mswasm_val_handle(mswasm_handle_add(s, 1)), mswasm_val_i32('X')});
  char* back = nullptr;
  ASSERT_EQ(ok(mswasm_instance_read_string(inst, s, 100, &back)), "");
  EXPECT_STREQ(back, "aXc");
  free(back);
  EXPECT_EQ(ok(mswasm_instance_read_string(inst, s, 2, &back)), "the guest string is longer than 2 bytes");
  int32_t nums[3] = {1, 2, 3};
  mswasm_handle_t a;
  ASSERT_EQ(ok(mswasm_instance_new_array(inst, nums, 3, sizeof(int32_t), &a)), "");
  EXPECT_EQ(call1(inst, "sum", {mswasm_val_handle(a), mswasm_val_i32(12)}), 6);
  int32_t out[3] = {0, 0, 0};
  ASSERT_EQ(ok(mswasm_instance_write(inst, a, 4, nums, 4)), "");
  ASSERT_EQ(ok(mswasm_instance_read(inst, a, 0, out, 12)), "");
  EXPECT_EQ(out[1], 1);
  // Past the end: an error with the engine's report; the instance is not harmed.
  mswasm_error_t* e = mswasm_instance_read(inst, a, 8, out, 8);
  ASSERT_TRUE(e);
  ASSERT_TRUE(mswasm_error_report_text(e));
  EXPECT_NE(std::string(mswasm_error_report_text(e)).find("heap-buffer-overflow: read of size 8"), std::string::npos);
  mswasm_error_delete(e);
  // After the guest frees the block, using the handle is a use-after-free report, not a crash.
  mswasm_trap_t* t = nullptr;
  ASSERT_EQ(ok(mswasm_instance_free(inst, a, &t)), "");
  ASSERT_EQ(t, nullptr);
  e = mswasm_instance_read(inst, a, 0, out, 4);
  ASSERT_TRUE(e);
  EXPECT_NE(std::string(mswasm_error_report_text(e)).find("use-after-free"), std::string::npos);
  EXPECT_NE(std::string(mswasm_error_report_json(e)).find("\"kind\":\"use-after-free\""), std::string::npos)
      << mswasm_error_report_json(e);
  mswasm_error_delete(e);
  EXPECT_FALSE(mswasm_instance_poisoned(inst));
  // A host function may return a handle the instance gave out.
  ASSERT_EQ(ok(mswasm_instance_new_string(inst, "Z", &host.given)), "");
  EXPECT_EQ(call1(inst, "first_of_given", {}), 'Z');
}

TEST_P(CApi, HandlesCannotBeForgedOrShared) {
  mswasm_instance_t* a = instantiate();
  mswasm_instance_t* b = instantiate();
  ASSERT_TRUE(a && b);
  mswasm_handle_t h;
  ASSERT_EQ(ok(mswasm_instance_new_string(a, "secret", &h)), "");
  char buf[8];
  EXPECT_EQ(ok(mswasm_instance_read(b, h, 0, buf, 6)), "a handle from another instance");
  mswasm_handle_t wider = h;
  wider.opaque_[1] += 100;  // change the bound bytes: more authority is refused
  EXPECT_EQ(ok(mswasm_instance_read(a, wider, 0, buf, 6)), "a handle this instance never gave out");
  mswasm_handle_t junk;
  std::memset(&junk, 0xff, sizeof junk);
  EXPECT_EQ(ok(mswasm_instance_read(a, junk, 0, buf, 1)), "not a handle (its bytes were changed)");
  // A host function returning a foreign handle traps the guest with host-error.
  ASSERT_EQ(ok(mswasm_instance_new_string(b, "Z", &host.given)), "");
  EXPECT_EQ(call1(a, "first_of_given", {}), INT32_MIN);
  EXPECT_EQ(lastKind, "host-error");
  EXPECT_NE(lastText.find("a handle from another instance"), std::string::npos) << lastText;
  // Function pointers the guest gives out can be called.
  mswasm_val_t fp;
  mswasm_trap_t* t = nullptr;
  ASSERT_EQ(ok(mswasm_instance_call(a, "fptr", nullptr, 0, &fp, 1, &t)), "");
  mswasm_val_t args[2] = {mswasm_val_i32(3), mswasm_val_i32(4)}, r;
  ASSERT_EQ(ok(mswasm_instance_call_handle(a, fp.of.handle, args, 2, &r, 1, &t)), "");
  EXPECT_EQ(r.of.i32, 7);
  EXPECT_EQ(ok(mswasm_instance_call_handle(a, h, args, 2, &r, 1, &t)), "the handle is not a function's code handle");
}

TEST_P(CApi, MemoryTrapPoisonsExitPoisons) {
  mswasm_instance_t* inst = instantiate();
  ASSERT_TRUE(inst);
  mswasm_handle_t h;
  ASSERT_EQ(ok(mswasm_instance_alloc(inst, 10, &h, nullptr)), "");
  call0(inst, "overflow", {mswasm_val_handle(h)});
  EXPECT_EQ(lastKind, "heap-buffer-overflow");
  EXPECT_NE(lastText.find("write of size 1"), std::string::npos) << lastText;
  EXPECT_TRUE(mswasm_instance_poisoned(inst));
  mswasm_instance_t* other = instantiate();
  mswasm_trap_t* t = nullptr;
  ASSERT_EQ(ok(mswasm_instance_call(other, "quit", nullptr, 0, nullptr, 0, &t)), "");
  ASSERT_TRUE(t);
  int code = 0;
  EXPECT_TRUE(mswasm_trap_exit_code(t, &code));
  EXPECT_EQ(code, 3);
  EXPECT_STREQ(mswasm_trap_kind(t), "exit");
  mswasm_trap_delete(t);
  EXPECT_TRUE(mswasm_instance_poisoned(other));
}

TEST_P(CApi, TimeoutIsPerCallAndLeavesTheInstanceUsable) {
  mswasm_config_t* cfg = mswasm_config_new();
  EXPECT_EQ(ok(mswasm_config_set_timeout(cfg, -1)), "timeout must be between 0 and 1e9 seconds");
  EXPECT_EQ(ok(mswasm_config_set_timeout(cfg, 0.2)), "");
  mswasm_instance_t* inst = instantiate(cfg);
  mswasm_config_delete(cfg);
  ASSERT_TRUE(inst);
  call0(inst, "spin", {});
  EXPECT_EQ(lastKind, "timeout");
  EXPECT_EQ(call1(inst, "add", {mswasm_val_i32(1), mswasm_val_i32(2)}), 3);
  call0(inst, "spin", {});  // the next call has its own 0.2 s
  EXPECT_EQ(lastKind, "timeout");
}

TEST_P(CApi, InstancesOnTwoThreads) {
  auto work = [&](int seed, int32_t* result) {
    mswasm_instance_t* inst = nullptr;
    mswasm_trap_t* t = nullptr;
    if (mswasm_error_t* e = mswasm_instance_new(module, linker, nullptr, &inst, &t)) {
      mswasm_error_delete(e);
      return;
    }
    int32_t acc = 0;
    for (int i = 0; i < 2000; ++i) {
      mswasm_val_t args[2] = {mswasm_val_i32(acc), mswasm_val_i32(seed)}, r;
      if (mswasm_error_t* e = mswasm_instance_call(inst, "add", args, 2, &r, 1, &t)) {
        mswasm_error_delete(e);
        break;
      }
      acc = r.of.i32;
    }
    *result = acc;
    mswasm_instance_delete(inst);
  };
  int32_t r1 = 0, r2 = 0;
  std::thread t1(work, 1, &r1), t2(work, 3, &r2);
  t1.join();
  t2.join();
  EXPECT_EQ(r1, 2000);
  EXPECT_EQ(r2, 6000);
}

// Directory grants through the config: read-write and read-only (the guest's path_open with
// O_CREAT fails with EROFS, -30, under a read-only grant), and a refused pseudo file system.
TEST(CApiErrors, DirectoryGrants) {
  const char* src = R"((module
    (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
    (segment $p (size 3) (align 1) (readonly) (data "d/f"))
    (func (export "create") (result i32)
      global.segment $p i32.const 3 i32.const 0x241 i32.const 0x1a4 call $open)))";
  mswasm_engine_t* engine = mswasm_engine_new();
  mswasm_engine_set_tier(engine, MSWASM_TIER_INTERP);
  mswasm_module_t* m = nullptr;
  ASSERT_EQ(mswasm_module_new(engine, reinterpret_cast<const uint8_t*>(src), std::strlen(src), &m), nullptr);
  char tmpl[] = "/tmp/mswasm-c-api-dir-XXXXXX";
  ASSERT_TRUE(mkdtemp(tmpl));
  for (int ro = 0; ro < 2; ++ro) {
    mswasm_config_t* cfg = mswasm_config_new();
    ASSERT_EQ(ro ? mswasm_config_add_dir_readonly(cfg, tmpl, "d") : mswasm_config_add_dir(cfg, tmpl, "d"), nullptr);
    mswasm_instance_t* inst = nullptr;
    mswasm_trap_t* t = nullptr;
    ASSERT_EQ(mswasm_instance_new(m, nullptr, cfg, &inst, &t), nullptr);
    mswasm_val_t r;
    ASSERT_EQ(mswasm_instance_call(inst, "create", nullptr, 0, &r, 1, &t), nullptr);
    if (ro) EXPECT_EQ(r.of.i32, -30);
    else EXPECT_GE(r.of.i32, 3);
    mswasm_instance_delete(inst);
    mswasm_config_delete(cfg);
  }
  mswasm_config_t* cfg = mswasm_config_new();
  ASSERT_EQ(mswasm_config_add_dir(cfg, "/proc", "p"), nullptr);
  mswasm_instance_t* inst = nullptr;
  mswasm_trap_t* t = nullptr;
  mswasm_error_t* e = mswasm_instance_new(m, nullptr, cfg, &inst, &t);
  ASSERT_TRUE(e);
  EXPECT_NE(std::string(mswasm_error_message(e)).find("/proc"), std::string::npos) << mswasm_error_message(e);
  mswasm_error_delete(e);
  mswasm_config_delete(cfg);
  std::string f = std::string(tmpl) + "/f";
  unlink(f.c_str());
  rmdir(tmpl);
  mswasm_module_delete(m);
  mswasm_engine_delete(engine);
}

TEST(CApiErrors, ModulesImportsAndStart) {
  mswasm_engine_t* engine = mswasm_engine_new();
  mswasm_engine_set_tier(engine, MSWASM_TIER_INTERP);
  mswasm_module_t* m = nullptr;
  const char junk[] = "\0msw garbage";
  mswasm_error_t* e = mswasm_module_new(engine, reinterpret_cast<const uint8_t*>(junk), sizeof junk, &m);
  ASSERT_TRUE(e);
  EXPECT_NE(std::string(mswasm_error_message(e)).find("invalid module"), std::string::npos);
  mswasm_error_delete(e);
  e = mswasm_module_from_file(engine, "/nonexistent/x.mswasm", &m);
  ASSERT_TRUE(e);
  EXPECT_NE(std::string(mswasm_error_message(e)).find("cannot read '/nonexistent/x.mswasm'"), std::string::npos);
  mswasm_error_delete(e);

  // A module file may begin with a "#!" interpreter line (a program that runs by itself).
  const char runnable[] = "#!/usr/bin/mswasm run\n\0msw\1\0\0\0";
  ASSERT_EQ(mswasm_module_new(engine, reinterpret_cast<const uint8_t*>(runnable), sizeof runnable - 1, &m), nullptr);
  mswasm_module_delete(m);
  m = nullptr;
  const char unterminated[] = "#!/usr/bin/mswasm run";
  e = mswasm_module_new(engine, reinterpret_cast<const uint8_t*>(unterminated), sizeof unterminated - 1, &m);
  ASSERT_TRUE(e);
  EXPECT_NE(std::string(mswasm_error_message(e)).find("offset 0x0: interpreter line (#!) has no newline"),
            std::string::npos);
  mswasm_error_delete(e);

  const char* src = R"((module (import "host" "f" (func (param i32) (result i32))) (func (export "g"))))";
  ASSERT_EQ(mswasm_module_new(engine, reinterpret_cast<const uint8_t*>(src), std::strlen(src), &m), nullptr);
  mswasm_instance_t* inst = nullptr;
  mswasm_trap_t* t = nullptr;
  e = mswasm_instance_new(m, nullptr, nullptr, &inst, &t);
  ASSERT_TRUE(e);
  EXPECT_STREQ(mswasm_error_message(e), "unknown import \"host\" \"f\" (the embedder defines no such function)");
  mswasm_error_delete(e);
  mswasm_linker_t* l = mswasm_linker_new();
  const mswasm_valkind_t i64 = MSWASM_I64;
  int finalized = 0;
  ASSERT_EQ(mswasm_linker_define(l, "host", "f", &i64, 1, &I32, 1, twice, &finalized,
                                 [](void* p) { ++*static_cast<int*>(p); }),
            nullptr);
  e = mswasm_linker_define(l, "host", "f", &i64, 1, &I32, 1, twice, nullptr, nullptr);
  ASSERT_TRUE(e);
  EXPECT_STREQ(mswasm_error_message(e), "\"host\" \"f\" is already defined");
  mswasm_error_delete(e);
  e = mswasm_instance_new(m, l, nullptr, &inst, &t);
  ASSERT_TRUE(e);
  EXPECT_STREQ(mswasm_error_message(e), "import \"host\" \"f\" has type (i32) -> (i32), the embedder defines (i64) -> (i32)");
  mswasm_error_delete(e);
  mswasm_linker_delete(l);
  EXPECT_EQ(finalized, 1);
  mswasm_module_delete(m);

  const char* startTrap = R"((module (func $init unreachable) (start $init) (func (export "g"))))";
  ASSERT_EQ(mswasm_module_new(engine, reinterpret_cast<const uint8_t*>(startTrap), std::strlen(startTrap), &m), nullptr);
  EXPECT_EQ(mswasm_instance_new(m, nullptr, nullptr, &inst, &t), nullptr);
  EXPECT_EQ(inst, nullptr);
  ASSERT_TRUE(t);
  EXPECT_STREQ(mswasm_trap_kind(t), "unreachable");
  mswasm_trap_delete(t);
  mswasm_module_delete(m);
  mswasm_engine_delete(engine);
}

// Soak: 200 000 export calls with guest blocks given out and freed, a division-by-zero trap every
// 10th call, a host-error trap every 100th and a poisoning heap overflow (in a fresh instance)
// every 2000th. The host heap in use (mallinfo2: exact, unlike RSS, which memory freed by earlier
// tests hides) must stay flat after a warm-up round: no growth per call, per handle given out,
// or per trap. The one allowed growth is the store's per-id tables (about 9 bytes per id ever
// allocated: 1.4 MiB for the 160 000 blocks after warm-up; issue 12 tracks shrinking them).
// Under ASan the allocator is ASan's: its leak checking covers this instead.
long heapInUseKiB() {
  struct mallinfo2 mi = mallinfo2();
  return long((mi.uordblks + mi.hblkhd) / 1024);
}

TEST_P(CApi, SoakMemoryStaysFlat) {
  mswasm_instance_t* inst = instantiate();
  ASSERT_TRUE(inst);
  long before = 0;
  const int rounds = 5, perRound = 40000;
  for (int round = 0; round < rounds; ++round) {
    for (int i = 0; i < perRound; ++i) {
      mswasm_handle_t h;
      mswasm_trap_t* t = nullptr;
      ASSERT_EQ(ok(mswasm_instance_alloc(inst, 24, &h, &t)), "");
      uint64_t v = uint64_t(i), back = 0;
      ASSERT_EQ(ok(mswasm_instance_write(inst, h, 8, &v, 8)), "");
      ASSERT_EQ(ok(mswasm_instance_read(inst, h, 8, &back, 8)), "");
      ASSERT_EQ(back, v);
      ASSERT_EQ(ok(mswasm_instance_free(inst, h, &t)), "");
      if (i % 10 == 0) {
        EXPECT_EQ(call1(inst, "div", {mswasm_val_i32(1), mswasm_val_i32(0)}), INT32_MIN);
        ASSERT_EQ(lastKind, "integer-divide-by-zero");
      }
      if (i % 100 == 0) {
        host.twiceFails = 1;
        EXPECT_EQ(call1(inst, "use_twice", {mswasm_val_i32(1)}), INT32_MIN);
        host.twiceFails = 0;
        ASSERT_EQ(lastKind, "host-error");
      }
      if (i % 2000 == 0) {
        mswasm_instance_t* other = nullptr;
        ASSERT_EQ(ok(mswasm_instance_new(module, linker, nullptr, &other, &t)), "");
        ASSERT_EQ(ok(mswasm_instance_alloc(other, 10, &h, &t)), "");
        call0(other, "overflow", {mswasm_val_handle(h)});
        ASSERT_EQ(lastKind, "heap-buffer-overflow");
        mswasm_instance_delete(other);
      }
    }
    if (round == 0) before = heapInUseKiB();
  }
  long after = heapInUseKiB();
#if defined(__SANITIZE_ADDRESS__)
  (void)before;
  (void)after;
#else
  EXPECT_LT(after - before, 3 * 1024) << "the heap in use grew from " << before << " KiB to " << after << " KiB";
#endif
}

// Ahead-of-time native code (`mswasm compile`) loaded through the config: the instance runs
// natively; code made from another module is refused with a message naming the difference.
TEST(CApiNative, AheadOfTimeCode) {
  std::string compiler = mswasm::rt::nativeCompilerPath();
  if (compiler.empty()) GTEST_SKIP() << "no mswasm-native in this build";
  std::string dir = cacheDir();
  auto compile = [&](const char* text, const std::string& base) {
    std::string wat = dir + "/" + base + ".wat", so = dir + "/" + base + ".so";
    FILE* f = std::fopen(wat.c_str(), "w");
    std::fputs(text, f);
    std::fclose(f);
    EXPECT_EQ(mswasm::rt::runProgram({compiler, wat, "-o", so}), 0);
    return so;
  };
  const char* a = R"((module (func (export "seven") (result i32) i32.const 7)))";
  const char* b = R"((module (func (export "eight") (result i32) i32.const 8)))";
  std::string soA = compile(a, "aot-a"), soB = compile(b, "aot-b");
  mswasm_engine_t* engine = mswasm_engine_new();
  mswasm_engine_set_tier(engine, MSWASM_TIER_AUTO);
  mswasm_module_t* m = nullptr;
  ASSERT_EQ(mswasm_module_new(engine, reinterpret_cast<const uint8_t*>(a), std::strlen(a), &m), nullptr);
  mswasm_config_t* cfg = mswasm_config_new();
  mswasm_config_set_native_code(cfg, soA.c_str());
  mswasm_instance_t* inst = nullptr;
  mswasm_trap_t* t = nullptr;
  ASSERT_EQ(mswasm_instance_new(m, nullptr, cfg, &inst, &t), nullptr);
  EXPECT_STREQ(mswasm_instance_tier(inst), "native");
  mswasm_val_t r;
  ASSERT_EQ(mswasm_instance_call(inst, "seven", nullptr, 0, &r, 1, &t), nullptr);
  EXPECT_EQ(r.of.i32, 7);
  mswasm_instance_delete(inst);
  mswasm_config_set_native_code(cfg, soB.c_str());
  mswasm_error_t* e = mswasm_instance_new(m, nullptr, cfg, &inst, &t);
  ASSERT_TRUE(e);
  EXPECT_NE(std::string(mswasm_error_message(e)).find("was made from a different module"), std::string::npos)
      << mswasm_error_message(e);
  mswasm_error_delete(e);
  mswasm_config_delete(cfg);
  mswasm_module_delete(m);
  mswasm_engine_delete(engine);
}

INSTANTIATE_TEST_SUITE_P(Tiers, CApi, ::testing::Values(MSWASM_TIER_INTERP, MSWASM_TIER_NATIVE),
                         [](const ::testing::TestParamInfo<mswasm_tier_t>& i) {
                           return std::string(i.param == MSWASM_TIER_NATIVE ? "native" : "interp");
                         });

}  // namespace
