// `mswasm`: the engine-side command-line tool (no LLVM).
//   mswasm as FILE.wat [-o OUT.mswasm]       assemble text to binary (validates first)
//   mswasm dis FILE.mswasm [-o OUT.wat]      disassemble binary to text
//   mswasm dis --bytes FILE                  list each function's instructions with their bytes
//   mswasm validate FILE...                  check modules (binary or text)
//   mswasm run [options] MODULE [args...]    run a module: native code (native tier) or the
//                                            reference interpreter (run_command.cpp)
//   mswasm compile MODULE -o OUT.so          native code ahead of time (compile_command.cpp)
// Input format is detected from the content: binary modules start with "\0msw", or with a
// "#!" interpreter line (a linked program that runs by itself) before it.
// Exit codes: 0 success, 1 the module is invalid, 2 usage or input error.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "mswasm/binary.h"
#include "mswasm/text.h"
#include "mswasm/validate.h"

namespace {

constexpr int kExitInvalid = 1;
constexpr int kExitUsage = 2;

const char* const kUsage =
    "usage: mswasm <command> [options]\n"
    "commands:\n"
    "  as FILE.wat [-o OUT.mswasm] [--no-validate]   assemble text to binary\n"
    "  dis FILE.mswasm [-o OUT.wat]                  disassemble binary to text\n"
    "  dis --bytes FILE                              each instruction with its encoding\n"
    "  validate FILE...                              validate modules (binary or text)\n"
    "  run [options] MODULE [args...]                run a module (see mswasm run --help)\n"
    "  compile MODULE -o OUT.so                      native code ahead of time (mswasm compile --help)\n"
    "options:\n"
    "  -h, --help      print this help\n"
    "  --version       print the version\n"
    "A FILE of '-' reads standard input; the format is detected from the content.\n";

bool readFile(const std::string& path, std::vector<uint8_t>& out) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    errno = EISDIR;
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  try {
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (const std::bad_alloc&) {
    throw;  // reported as out of memory by main
  } catch (const std::exception&) {
    errno = EIO;
    return false;
  }
  return !in.bad();
}

bool writeFile(const std::string& path, const void* data, size_t size) {
  if (path == "-") return std::fwrite(data, 1, size, stdout) == size && std::fflush(stdout) == 0;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(static_cast<const char*>(data), std::streamsize(size));
  return bool(out);
}

// Loads a module from a binary or text file; prints "FILE: error" and returns false on failure.
bool loadModule(const std::string& path, mswasm::Module& m) {
  std::vector<uint8_t> bytes;
  if (!readFile(path, bytes)) {
    std::fprintf(stderr, "mswasm: error: cannot read '%s': %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  std::optional<mswasm::Error> err;
  if (mswasm::looksBinary(bytes)) {  // the magic's 0 byte first, or a #! interpreter line
    err = mswasm::readBinary(bytes, m);
  } else {
    std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    err = mswasm::parseText(text, m);
  }
  if (err) {
    std::fprintf(stderr, "%s:%s\n", path.c_str(), (" " + err->str()).c_str());
    return false;
  }
  return true;
}

// Prints every validation error as "FILE: error"; returns true when the module is valid.
bool checkValid(const std::string& path, const mswasm::Module& m) {
  std::vector<mswasm::Error> errors = mswasm::validate(m);
  for (const auto& e : errors) std::fprintf(stderr, "%s: %s\n", path.c_str(), e.str().c_str());
  return errors.empty();
}

struct Args {
  std::vector<std::string> inputs;
  std::string output;
  bool noValidate = false;
  bool bytes = false;
};

// Parses the options shared by as/dis/validate; returns false (after printing why) on misuse.
bool parseArgs(int argc, char** argv, Args& a) {
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-o") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "mswasm: error: -o needs a file name\n");
        return false;
      }
      a.output = argv[++i];
    } else if (arg.rfind("-o", 0) == 0 && arg.size() > 2) {
      a.output = arg.substr(2);
    } else if (arg == "--no-validate") {
      a.noValidate = true;
    } else if (arg == "--bytes") {
      a.bytes = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "mswasm: error: unknown option '%s' (see mswasm --help)\n", arg.c_str());
      return false;
    } else {
      a.inputs.push_back(arg);
    }
  }
  return true;
}

bool oneInput(const char* cmd, const Args& a) {
  if (a.inputs.size() == 1) return true;
  std::fprintf(stderr, "mswasm %s: error: expected exactly one input file, got %zu\n", cmd,
               a.inputs.size());
  return false;
}

int cmdAssemble(const Args& a) {
  if (!oneInput("as", a)) return kExitUsage;
  mswasm::Module m;
  if (!loadModule(a.inputs[0], m)) return kExitUsage;
  if (!a.noValidate && !checkValid(a.inputs[0], m)) return kExitInvalid;
  std::vector<uint8_t> bytes = mswasm::writeBinary(m);
  std::string out = a.output;
  if (out.empty()) {
    const std::string& in = a.inputs[0];
    size_t dot = in.rfind('.');
    out = (in == "-" ? std::string("-") : in.substr(0, dot == std::string::npos ? in.size() : dot) + ".mswasm");
  }
  if (!writeFile(out, bytes.data(), bytes.size())) {
    std::fprintf(stderr, "mswasm as: error: cannot write '%s'\n", out.c_str());
    return kExitUsage;
  }
  return 0;
}

// "func 3 $name:" then one line per instruction: its bytes in hex, then its text, indented by
// nesting. Encoding tests check instructions' bytes with this.
std::string byteListing(const mswasm::Module& m) {
  std::string out;
  for (size_t f = 0; f < m.functions.size(); ++f) {
    uint32_t index = uint32_t(m.imports.size() + f);
    out += "func " + std::to_string(index);
    if (index < m.funcNames.size() && !m.funcNames[index].empty()) out += " $" + m.funcNames[index];
    out += ":\n";
    int depth = 0;
    for (const mswasm::Instr& in : m.functions[f].body) {
      std::string hex;
      char buf[4];
      for (uint8_t b : mswasm::encodeInstr(in)) {
        std::snprintf(buf, sizeof buf, "%02x ", b);
        hex += buf;
      }
      if (in.op == mswasm::Opcode::End || in.op == mswasm::Opcode::Else) depth = depth > 0 ? depth - 1 : 0;
      if (hex.size() < 24) hex.resize(24, ' ');
      out += "  " + hex + std::string(size_t(2 * depth), ' ') + mswasm::printInstr(m, in) + "\n";
      if (in.op == mswasm::Opcode::Block || in.op == mswasm::Opcode::Loop || in.op == mswasm::Opcode::If ||
          in.op == mswasm::Opcode::Else)
        ++depth;
    }
  }
  return out;
}

int cmdDisassemble(const Args& a) {
  if (!oneInput("dis", a)) return kExitUsage;
  mswasm::Module m;
  if (!loadModule(a.inputs[0], m)) return kExitUsage;
  std::string text = a.bytes ? byteListing(m) : mswasm::printText(m);
  std::string out = a.output.empty() ? "-" : a.output;
  if (!writeFile(out, text.data(), text.size())) {
    std::fprintf(stderr, "mswasm dis: error: cannot write '%s'\n", out.c_str());
    return kExitUsage;
  }
  return 0;
}

int cmdValidate(const Args& a) {
  if (a.inputs.empty()) {
    std::fprintf(stderr, "mswasm validate: error: no input files\n");
    return kExitUsage;
  }
  int status = 0;
  for (const auto& path : a.inputs) {
    mswasm::Module m;
    if (!loadModule(path, m)) {
      status = kExitUsage;
      continue;
    }
    if (!checkValid(path, m)) {
      if (status == 0) status = kExitInvalid;
      continue;
    }
    std::printf("%s: valid\n", path.c_str());
  }
  return status;
}

}  // namespace

int runCommand(int argc, char** argv);      // run_command.cpp
int compileCommand(int argc, char** argv);  // compile_command.cpp

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitUsage;
  }
  std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "--version") {
    std::printf("mswasm 0.1.0 (MSWasm format version 1)\n");
    return 0;
  }
  if (cmd == "run") return runCommand(argc - 1, argv + 1);
  if (cmd == "compile") return compileCommand(argc - 1, argv + 1);
  Args args;
  if (cmd == "as" || cmd == "dis" || cmd == "validate") {
    if (!parseArgs(argc, argv, args)) return kExitUsage;
    // Decoding is bounded by the input's size, but a large module may still exceed what the
    // host allows: a clean error, not std::bad_alloc's abort (exit 134, a memory-safety trap's).
    try {
      if (cmd == "as") return cmdAssemble(args);
      if (cmd == "dis") return cmdDisassemble(args);
      return cmdValidate(args);
    } catch (const std::bad_alloc&) {
      std::fprintf(stderr, "mswasm %s: error: out of memory while reading or writing the module\n", cmd.c_str());
      return kExitUsage;
    }
  }
  std::fprintf(stderr, "mswasm: error: unknown command '%s' (see mswasm --help)\n", cmd.c_str());
  return kExitUsage;
}
