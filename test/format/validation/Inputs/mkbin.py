#!/usr/bin/env python3
"""Writes an MSWasm binary module to stdout, for tests of what the text format cannot express.

Usage: mkbin.py SECTION...   where each SECTION is ID:CONTENTS
  ID        the section id, decimal (1 type, 3 function, 5 memory, 10 code, 64 segment, ...)
  CONTENTS  hex bytes; '_' separates bytes for readability and is ignored; [...] is a
            size-prefixed group: its bytes preceded by their count as a u32 LEB128 (function
            bodies in the code section). Groups may nest.
The output is the magic "\\0msw", version 1, then each section as id, u32 LEB size, contents.
"""
import sys


def leb_u32(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def parse(text, i=0):
    """Parses hex digits and [groups] from text[i:] up to a ']' or the end; returns (bytes, i)."""
    out = bytearray()
    digits = ""
    while i < len(text):
        c = text[i]
        if c == "[":
            inner, i = parse(text, i + 1)
            if i >= len(text) or text[i] != "]":
                sys.exit("mkbin.py: unclosed '[' in %r" % text)
            out += leb_u32(len(inner)) + inner
        elif c == "]":
            break
        elif c == "_":
            pass
        else:
            digits += c
            if len(digits) == 2:
                out.append(int(digits, 16))
                digits = ""
        i += 1
    if digits:
        sys.exit("mkbin.py: odd number of hex digits in %r" % text)
    return bytes(out), i


def main():
    module = bytearray(b"\x00msw\x01\x00\x00\x00")
    for arg in sys.argv[1:]:
        sid, _, contents = arg.partition(":")
        body, end = parse(contents)
        if end != len(contents):
            sys.exit("mkbin.py: unmatched ']' in %r" % arg)
        module += bytes([int(sid)]) + leb_u32(len(body)) + body
    sys.stdout.buffer.write(bytes(module))


if __name__ == "__main__":
    main()
