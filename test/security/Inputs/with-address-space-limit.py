#!/usr/bin/env python3
"""Runs a command with its address space limited (RLIMIT_AS, bytes): with-address-space-limit.py
LIMIT COMMAND ARGS... exits with the command's status. Used to make allocation fail on purpose."""
import os
import resource
import sys

limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
os.execvp(sys.argv[2], sys.argv[2:])
