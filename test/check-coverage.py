#!/usr/bin/env python3
"""Fails when an instruction or a validation error has no lit test.

Reads the instruction table (format/include/mswasm/opcodes.def) and the validator's list of
errors (format/include/mswasm/validation_errors.def), then scans the lit tests under test/:
- every instruction mnemonic must appear in a CHECK line of a test under test/format/encoding/
  (tests there check the instruction's bytes with `mswasm dis --bytes`);
- every validation error code must appear as "[code]" in a CHECK line of some lit test.
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

    missing_ops = [op for op in opcodes
                   if not any(re.search(r"(?<![\w.])%s(?![\w.])" % re.escape(op), l) for l in enc_lines)]
    with open(os.path.join(root, "test", "unit", "validate_test.cpp")) as f:
        unit = f.read()
    missing_errs = [e for e in errors
                    if not (any("[%s]" % e in l for l in all_lines)
                            or (e in IN_MEMORY_ONLY and '"%s"' % e in unit))]

    for op in missing_ops:
        print("no encoding test for instruction: %s" % op)
    for e in missing_errs:
        print("no lit test for validation error: [%s]" % e)
    print("coverage: %d/%d instructions, %d/%d validation errors have lit tests"
          % (len(opcodes) - len(missing_ops), len(opcodes), len(errors) - len(missing_errs), len(errors)))
    return 1 if missing_ops or missing_errs else 0


if __name__ == "__main__":
    sys.exit(main())
