#!/usr/bin/env python3
"""Writes (to stdout) an MSWasm binary with one function of type [i32] -> [i32] whose body is
the given instruction bytes (then the final end, 0x0b), for tests of the binary reader.

usage: body.py [--no-end] HEX...     e.g. body.py 20 80 80 80 80 00

The module is: header; type section [i32] -> [i32]; function section (type 0); code section
with one body: no locals (0x18), the instructions (from 0x19), 0x0b (left out with --no-end).
Sizes are single-byte LEBs (bodies < 100 bytes).
"""
import sys

args = sys.argv[1:]
end = b"\x0b"
if args and args[0] == "--no-end":
    end = b""
    args = args[1:]
instrs = bytes.fromhex("".join(args))
body = b"\x00" + instrs + end
code = b"\x01" + bytes([len(body)]) + body
module = (b"\x00msw\x01\x00\x00\x00"
          + b"\x01\x06\x01\x60\x01\x7f\x01\x7f"
          + b"\x03\x02\x01\x00"
          + b"\x0a" + bytes([len(code)]) + code)
sys.stdout.buffer.write(module)
