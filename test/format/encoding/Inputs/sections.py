#!/usr/bin/env python3
"""Prints an MSWasm binary's bytes split at its sections, for checking a whole module's encoding.

usage: sections.py MODULE.mswasm

Knows only the framing of docs/spec.md "Binary format": the 8-byte header, then sections of
`id:u8 size:u32 contents`. Prints

  header: 00 6d 73 77 01 00 00 00
  section: ID SIZE-BYTES | CONTENTS

one line per section, with the size's LEB bytes as they are in the file (so a wrong size shows as
a wrong split), and `trailing: ...` for bytes left over when a size runs past the end.
"""
import sys


def hexs(b):
    return " ".join("%02x" % x for x in b)


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    print("header: " + hexs(data[:8]))
    pos = 8
    while pos < len(data):
        start = pos
        pos += 1
        size = shift = 0
        while pos < len(data):
            b = data[pos]
            pos += 1
            size |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        if pos + size > len(data):
            print("trailing: " + hexs(data[start:]))
            return
        print(("section: %s | %s" % (hexs(data[start:pos]), hexs(data[pos:pos + size]))).rstrip())
        pos += size


if __name__ == "__main__":
    main()
