#!/usr/bin/env python3
"""Names the code whose first touch faulted a page of cold `.text`.

Reads `perf script --show-mmap-events -F pid,ip,addr,dso` of a
`perf record -a -e page-faults -d` run (stdin) and lld's link map of the
binary that ran (`--map`), and prints one entry per input section of
`.text` (not `.text.hot`) in which an instruction fetch faulted:

  * a function section (`.text.<symbol>`, what rustc and the cc builds
    emit): the symbol, as scripts/resident-text.py --faults takes it;
  * any other (an assembly file's or the C runtime's one `.text`): an
    input-section pattern for the linker script, `*<member>(.text)` for a
    plain object, `*:*<member>(.text)` for a member of an archive (GNU ld
    and lld both read `archive:member`).

Only the processes that mapped `--binary-name` count (the daemon and the
CLI the bench runs); an address is placed with the load address of that
process's first mapping of the file (offset 0: a PIE's vaddr is its
offset from there). A data read of `.rodata` faults at an address away
from the instruction's page and names no function to move.
"""

import argparse
import bisect
import importlib.util
import os
import re
import sys

# The input-section line of an lld map, as scripts/resident-text.py reads it.
_spec = importlib.util.spec_from_file_location(
    "resident_text", os.path.join(os.path.dirname(os.path.abspath(__file__)), "resident-text.py"))
_resident_text = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_resident_text)
MAP_SECTION = _resident_text.MAP_LINE
MAP_OUTPUT = re.compile(r"^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+(\.\S+)\s*$")
MMAP = re.compile(
    r"^\s*(\d+)\s+PERF_RECORD_MMAP2\s.*?\[0x([0-9a-f]+)\(0x[0-9a-f]+\) @ (0x[0-9a-f]+|0)\s.*\]:\s+\S+\s+(\S+)"
)
SAMPLE = re.compile(r"^\s*(\d+)\s+([0-9a-f]+)\s+\((.*?)\)\s+([0-9a-f]+)\s+\((.*?)\)")


def read_map(path):
    """([(start, end, file, section)] of .text inputs sorted, (lo, hi) of .text)."""
    inputs = []
    cold = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = MAP_OUTPUT.match(line)
            if m and m.group(3) == ".text":
                lo = int(m.group(1), 16)
                cold = (lo, lo + int(m.group(2), 16))
                continue
            m = MAP_SECTION.match(line)
            if m:
                start = int(m.group(1), 16)
                inputs.append((start, start + int(m.group(2), 16), m.group(3), m.group(4)))
    if cold is None:
        sys.exit(f"{path}: no .text output section (an lld map is expected)")
    inputs.sort()
    return inputs, cold


def entry(file, section):
    if section.startswith(".text.") and section != ".text.":
        return section[len(".text."):]
    # `dir/lib.rlib(member.o)` (lld's spelling of an archive member) or a path.
    m = re.match(r"^.*\((.+)\)$", file)
    if m:
        # cc-rs names an object `<16 hex digits>-<source>.o`, the digits a
        # hash of the build's paths: matched with a wildcard.
        member = re.sub(r"^[0-9a-f]{16}-", "", m.group(1))
        return f"*:*{member}({section})"
    return f"*{file.rsplit('/', 1)[-1]}({section})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--map", required=True)
    ap.add_argument("--binary-name", default="threshold")
    args = ap.parse_args()
    inputs, (lo, hi) = read_map(args.map)
    starts = [i[0] for i in inputs]
    base = {}
    found = {}
    for line in sys.stdin:
        m = MMAP.match(line)
        if m:
            pid, start, off, path = m.groups()
            if path.rsplit("/", 1)[-1] == args.binary_name and int(off, 16) == 0:
                base[pid] = int(start, 16)
            continue
        m = SAMPLE.match(line)
        if not m:
            continue
        pid, addr, _, ip, ipdso = m.groups()
        if pid not in base or ipdso.rsplit("/", 1)[-1] != args.binary_name:
            continue
        addr, ip = int(addr, 16), int(ip, 16)
        if addr >> 12 not in (ip >> 12, (ip >> 12) + 1):
            continue
        v = ip - base[pid]
        if not lo <= v < hi:
            continue
        i = bisect.bisect_right(starts, v) - 1
        if i < 0 or not inputs[i][0] <= v < inputs[i][1]:
            continue
        e = entry(inputs[i][2], inputs[i][3])
        found[e] = found.get(e, 0) + 1
    print(f"resident-text-faults: {sum(found.values())} faults in cold .text, "
          f"{len(found)} input sections", file=sys.stderr)
    for e in sorted(found):
        print(e)


if __name__ == "__main__":
    main()
