# CMake platform "MSWasm", chosen by the toolchain file (mswasm-toolchain.cmake): a Unix-like
# system (UNIX is true; LINUX is not) whose programs are MSWasm modules that mswasm-cc writes as
# runnable files ("#!<tools>/mswasm run" first), so executables have no suffix and a test
# registered by path (add_test(... COMMAND ${CMAKE_CURRENT_BINARY_DIR}/test_x)) runs as is.
# Programs are linked whole (bitcode, one module): there is no dynamic linking, so a SHARED or
# MODULE library is built as a static archive (CMake says so when a project asks for one), and
# no -fPIC, -soname, -rpath or -rdynamic flags are added.
include(Platform/UnixPaths)

set(CMAKE_EXECUTABLE_SUFFIX "")
set(CMAKE_STATIC_LIBRARY_PREFIX "lib")
set(CMAKE_STATIC_LIBRARY_SUFFIX ".a")
set(CMAKE_FIND_LIBRARY_PREFIXES "lib")
set(CMAKE_FIND_LIBRARY_SUFFIXES ".a")
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
# No separate libdl: mswasm-cc takes -ldl (like -lm, -lpthread) as our libc.
set(CMAKE_DL_LIBS "")
