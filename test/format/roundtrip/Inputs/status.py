#!/usr/bin/env python3
"""Runs a command and then prints "exit status N" on stdout, so that a test can check an exact
exit status with FileCheck (lit's `not` only tells zero from non-zero). The command's stdout and
stderr pass through; this script itself exits 0.

usage: status.py COMMAND [ARGS...]
"""
import subprocess
import sys

sys.stdout.flush()
code = subprocess.call(sys.argv[1:])
sys.stderr.flush()
print("exit status %d" % code)
