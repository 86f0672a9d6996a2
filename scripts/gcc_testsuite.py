"""Shared by the scripts that use GCC's own tests and ASan's vocabulary (run-gcc-torture.py,
run-gcc-asan.py, compare-memory-tools.py): extracting tests from Debian's gcc-12-source tarball
into a cache, and ASan's error names translated to our trap kinds (docs/spec.md, "Traps")."""

import glob
import os
import sys
import tarfile

# ASan's error names (the words after "ERROR: AddressSanitizer:") and our trap kinds. None: ASan
# checks something we do not model.
ASAN_KINDS = {
    "heap-buffer-overflow": "heap-buffer-overflow",
    "stack-buffer-overflow": "stack-buffer-overflow",
    "stack-buffer-underflow": "stack-buffer-overflow",
    "dynamic-stack-buffer-overflow": "stack-buffer-overflow",
    "global-buffer-overflow": "global-buffer-overflow",
    "heap-use-after-free": "use-after-free",
    "stack-use-after-return": "use-after-return",
    "stack-use-after-scope": "use-after-scope",
    "attempting double-free": "double-free",
    "attempting free on address which was not malloc()-ed": "invalid-free",
    "bad-free": "invalid-free",
    "SEGV on unknown address": "null-dereference",
    "invalid-pointer-pair": None,
}


def extract(cache, tool, member_re, dest):
    """Extracts the tarball members whose name matches `member_re` into `cache` once (a
    `.extracted` marker records it); `dest(match)` gives each one's path under `cache`."""
    done = os.path.join(cache, ".extracted")
    if os.path.exists(done):
        return
    tarballs = sorted(glob.glob("/usr/src/gcc-12/gcc-12*.tar.*"))
    if not tarballs:
        sys.exit("%s: no GCC source tarball under /usr/src/gcc-12 "
                 "(install Debian's gcc-12-source: scripts/setup.sh --torture)" % tool)
    with tarfile.open(tarballs[0]) as tar:
        for m in tar:
            mm = member_re.match(m.name)
            if not (m.isfile() and mm):
                continue
            path = os.path.join(cache, dest(mm))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with tar.extractfile(m) as src, open(path, "wb") as dst:
                dst.write(src.read())
    open(done, "w").close()
