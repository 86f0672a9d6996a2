#!/usr/bin/env python3
"""replace-bytes.py FILE OLD NEW: replaces every occurrence of OLD by NEW in FILE, in place.
OLD and NEW are Python bytes literals of the same length (e.g. 'b"AAAA"' 'b"\\n\\x1b[m"'), so a
length-prefixed name in a module's name section keeps its length. Fails if OLD is absent."""
import ast
import sys

path, old, new = sys.argv[1], ast.literal_eval(sys.argv[2]), ast.literal_eval(sys.argv[3])
assert isinstance(old, bytes) and isinstance(new, bytes) and len(old) == len(new), "same-length bytes"
data = open(path, "rb").read()
if old not in data:
    sys.exit("replace-bytes: %r not found in %s" % (old, path))
open(path, "wb").write(data.replace(old, new))
