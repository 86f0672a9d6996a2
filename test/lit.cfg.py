# lit configuration for the MSWasm toolchain's tool tests.
# Tests are *.test / *.wat / *.c files under test/; each RUN line may use:
#   mswasm       the command-line tool (as, dis, validate, ...)
#   FileCheck    LLVM 19's FileCheck
#   not          inverts an exit status (lit's builtin)
#   %python      the Python used by the build
import os
import lit.formats

config.name = "mswasm"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".test", ".wat", ".c"]
config.excludes = ["Inputs", "unit", "c-corpus", "headers", "real-world", "memory-errors", "build-integration", "gcc-torture",
                   "csmith", "CMakeLists.txt", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
# A run with MSWASM_TIER set (ctest's lit-interp) gets its own output tree, so that it can run
# at the same time as the default run without the two overwriting each other's %t files.
_tier = os.environ.get("MSWASM_TIER", "")
config.test_exec_root = os.path.join(config.mswasm_obj_root, "test" if not _tier else "test-tier-" + _tier)

config.environment["PATH"] = os.pathsep.join(
    [config.mswasm_tools_dir, os.path.dirname(config.filecheck), config.environment.get("PATH", "")])
# One cache of native code for every test of this build tree: a module run by many RUN lines is
# compiled once. MSWASM_TIER (auto, native or interp) chooses the engine tier for every run, so
# the whole suite can run on either tier.
config.environment["MSWASM_CACHE_DIR"] = os.environ.get(
    "MSWASM_CACHE_DIR", os.path.join(config.mswasm_obj_root, "test", "native-cache"))
if "MSWASM_TIER" in os.environ:
    config.environment["MSWASM_TIER"] = os.environ["MSWASM_TIER"]
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%srcroot", config.mswasm_src_root))
config.substitutions.append(("%objroot", config.mswasm_obj_root))

# Features: tests of the compiler say `REQUIRES: compiler` (the ASan build of the engine side
# has no compiler).
if os.path.exists(os.path.join(config.mswasm_tools_dir, "mswasm-cc")):
    config.available_features.add("compiler")
# The native tier: `REQUIRES: native-tier` (mswasm-native is built with the compiler parts).
if os.path.exists(os.path.join(config.mswasm_tools_dir, "mswasm-native")):
    config.available_features.add("native-tier")
# The ASan+UBSan build (MSWASM_SANITIZE): tests that limit the address space say
# `UNSUPPORTED: asan` (AddressSanitizer reserves terabytes of it).
if getattr(config, "mswasm_sanitize", "").upper() in ("ON", "1", "TRUE", "YES"):
    config.available_features.add("asan")
