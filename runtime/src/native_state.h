// State of the native tier inside one Machine (native_exec.cpp): the loaded shared object, the
// context its code reads (native_abi.h), the per-instance tables behind it, the separate stack
// guest code runs on, and what a slow path that trapped leaves for invokeNative.
#pragma once

#include <setjmp.h>
#include <ucontext.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "machine.h"
#include "mswasm/runtime/native_abi.h"

namespace mswasm::rt {

struct NativeState {
  void* dl = nullptr;
  const MswNativeInfo* info = nullptr;
  MswNativeCtx ctx{};
  std::vector<MswNativeFrame> frames;
  std::vector<MswGlobalSeg> gsegs;
  std::vector<MswCodeRef> codes;
  bool active = false;  // native code is running: the call stack is ctx.frames[0 .. ctx.depth)

  // The guest stack (a reservation; pages are committed as used) and the contexts around it.
  uint8_t* stack = nullptr;
  size_t stackBytes = 0;
  ucontext_t hostContext{}, guestContext{};
  sigjmp_buf trapJump;
  MswNativeInvoke invoker = nullptr;
  const MswSlot* args = nullptr;
  MswSlot* results = nullptr;
  bool returned = false;
  uint32_t entryDepth = 0;  // depth of the current (possibly nested) export call's first frame

  // What stopped the run (set by a slow path before it jumps back).
  std::optional<TrapSignal> trap;
  std::optional<ExitSignal> exit;
  bool outOfMemory = false;

  // --timeout: a watchdog sets ctx.interrupt at the deadline; compiled code polls it.
  std::thread watchdog;
  std::mutex mu;
  std::condition_variable cv;
  bool stopping = false;
  bool armed = false;       // a deadline is set and has not passed
  uint64_t generation = 0;  // bumped at each re-arm
  std::chrono::steady_clock::time_point deadline;

  ~NativeState();
};

}  // namespace mswasm::rt
