#!/usr/bin/env python3
"""Fails when an instruction or a validation error has no lit test.

Reads the instruction table (format/include/mswasm/opcodes.def) and the validator's list of
errors (format/include/mswasm/validation_errors.def), then scans the lit tests under test/:
- every instruction mnemonic must appear in a CHECK line of a test under test/format/encoding/
  (tests there check the instruction's bytes with `mswasm dis --bytes`);
- every validation error code must appear as "[code]" in a CHECK line of some lit test;
- every instruction valid in MSWasm (flags Ok in opcodes.def) must appear, as a whole word, in
  the module text (outside comments) of some .wat test under test/runtime/, so that the engine
  executes it somewhere (test/runtime/instructions/ checks each one's results).
Run by scripts/test-all and as a ctest test.
"""
import os
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
inc = os.path.join(root, "format", "include", "mswasm")


def table_entries(path, macro, field):
    with open(path) as f:
        text = f.read()
    out = []
    for m in re.finditer(r"^%s\((.*)\)\s*$" % macro, text, re.M):
        strings = re.findall(r'"([^"]*)"', m.group(1))
        out.append(strings[field])
    return out


def ok_instructions(path):
    """Mnemonics of the instructions whose Flags field (the last argument of MSW_OP) is Ok."""
    with open(path) as f:
        text = f.read()
    out = []
    for m in re.finditer(r"^MSW_OP\((.*)\)\s*$", text, re.M):
        args = [a.strip() for a in m.group(1).split(",")]
        if args[-1] == "Ok":
            out.append(re.findall(r'"([^"]*)"', m.group(1))[0])
    return out


def strip_comments(text):
    """The text of a .wat file without its comments (block comments nest; ;; runs to line end)."""
    out, i, depth, n = [], 0, 0, len(text)
    while i < n:
        if text.startswith("(;", i):
            depth += 1
            i += 2
        elif depth and text.startswith(";)", i):
            depth -= 1
            i += 2
        elif depth:
            i += 1
        elif text[i] == '"':  # a string: copy it whole (it may contain ';')
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith(";;", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def wat_bodies(directory):
    bodies = []
    for dirpath, _, files in os.walk(directory):
        if "Inputs" in dirpath.split(os.sep):
            continue
        for name in files:
            if name.endswith(".wat"):
                with open(os.path.join(dirpath, name), errors="replace") as f:
                    bodies.append(strip_comments(f.read()))
    return bodies


def check_lines(directory):
    lines = []
    for dirpath, _, files in os.walk(directory):
        if "Inputs" in dirpath.split(os.sep):
            continue
        for name in files:
            if not name.endswith((".test", ".wat")):
                continue
            with open(os.path.join(dirpath, name), errors="replace") as f:
                lines += [l for l in f if re.search(r"CHECK[-A-Z]*:", l)]
    return lines


# Validation errors that only an in-memory Module can have (no binary or text input can encode
# the value): their tests are the unit tests in test/unit/validate_test.cpp, checked below.
IN_MEMORY_ONLY = {"unknown-opcode", "value-type", "block-type", "reloc-kind"}


def main():
    opcodes = table_entries(os.path.join(inc, "opcodes.def"), "MSW_OP", 0)
    errors = table_entries(os.path.join(inc, "validation_errors.def"), "MSW_VERROR", 0)
    enc_lines = check_lines(os.path.join(root, "test", "format", "encoding"))
    all_lines = check_lines(os.path.join(root, "test"))
    valid_ops = ok_instructions(os.path.join(inc, "opcodes.def"))
    runtime_text = "\n".join(wat_bodies(os.path.join(root, "test", "runtime")))

    missing_ops = [op for op in opcodes
                   if not any(re.search(r"(?<![\w.])%s(?![\w.])" % re.escape(op), l) for l in enc_lines)]
    with open(os.path.join(root, "test", "unit", "validate_test.cpp")) as f:
        unit = f.read()
    missing_errs = [e for e in errors
                    if not (any("[%s]" % e in l for l in all_lines)
                            or (e in IN_MEMORY_ONLY and '"%s"' % e in unit))]

    missing_exec = [op for op in valid_ops
                    if not re.search(r"(?<![\w.])%s(?![\w.])" % re.escape(op), runtime_text)]

    for op in missing_ops:
        print("no encoding test for instruction: %s" % op)
    for op in missing_exec:
        print("no execution test for instruction: %s" % op)
    for e in missing_errs:
        print("no lit test for validation error: [%s]" % e)
    print("coverage: %d/%d instructions, %d/%d validation errors have lit tests; "
          "%d/%d valid instructions have execution tests"
          % (len(opcodes) - len(missing_ops), len(opcodes), len(errors) - len(missing_errs), len(errors),
             len(valid_ops) - len(missing_exec), len(valid_ops)))
    return 1 if missing_ops or missing_errs or missing_exec else 0


if __name__ == "__main__":
    sys.exit(main())
