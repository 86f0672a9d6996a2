#!/usr/bin/env python3
"""Checks that a `mswasm dis --bytes` listing shows the bytes that are really in the binary.

usage: check-listing.py MODULE.mswasm LISTING.txt

`dis --bytes` re-encodes each decoded instruction, so a writer bug that the reader undoes would
not show in the listing. This script reads the code section of the binary itself (it knows only
the section framing and a body's local declarations, see docs/spec.md "Binary format") and
checks that each body's instruction bytes are exactly the concatenation of the listed bytes of
that function. Prints "listing matches the binary: N functions" or the first difference, and
exits non-zero on a difference.
"""
import re
import sys


def uleb(data, pos):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, pos


def code_bodies(data):
    if data[:4] != b"\0msw":
        sys.exit("not an MSWasm binary")
    pos = 8
    while pos < len(data):
        section_id = data[pos]
        size, pos = uleb(data, pos + 1)
        end = pos + size
        if section_id == 10:
            count, p = uleb(data, pos)
            bodies = []
            for _ in range(count):
                body_size, p = uleb(data, p)
                body_end = p + body_size
                groups, q = uleb(data, p)
                for _ in range(groups):
                    _, q = uleb(data, q)
                    q += 1  # value type
                bodies.append(data[q:body_end])
                p = body_end
            return bodies
        pos = end
    return []


def listed(listing):
    funcs = []
    for line in listing.splitlines():
        if line.startswith("func "):
            funcs.append((line.rstrip(":"), bytearray()))
            continue
        m = re.match(r"  ((?:[0-9a-f]{2} )+)", line)
        if m is None or not funcs:
            sys.exit("unexpected listing line: %r" % line)
        funcs[-1][1].extend(bytes.fromhex(m.group(1)))
    return funcs


def main():
    with open(sys.argv[1], "rb") as f:
        bodies = code_bodies(f.read())
    with open(sys.argv[2]) as f:
        funcs = listed(f.read())
    if len(bodies) != len(funcs):
        sys.exit("the binary has %d function bodies, the listing %d" % (len(bodies), len(funcs)))
    for body, (name, listed_bytes) in zip(bodies, funcs):
        if bytes(body) != bytes(listed_bytes):
            k = next((i for i in range(min(len(body), len(listed_bytes))) if body[i] != listed_bytes[i]),
                     min(len(body), len(listed_bytes)))
            sys.exit("%s: the binary's body differs from the listing at body byte %d:\n  binary:  %s\n  listing: %s"
                     % (name, k, body[k:k + 16].hex(" "), bytes(listed_bytes[k:k + 16]).hex(" ")))
    print("listing matches the binary: %d functions" % len(bodies))


if __name__ == "__main__":
    main()
