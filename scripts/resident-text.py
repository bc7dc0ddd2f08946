#!/usr/bin/env python3
"""Writes link/resident-text.ld: the functions the daemon runs, first in .text.

Why (docs/performance.md, "Resident text"): the kernel maps an executable's
pages 64 KiB at a time around every page a process touches (fault-around).
With the daemon's functions spread over all of `.text`, start-up and idle
work touch nearly every 64 KiB window, so nearly the whole file ends up in
the daemon's RSS. Placed together, the functions it runs fill a few
windows, and the rest (the command line, error paths, features a hub does
not use right now) stays on flash until it runs.

Inputs:
  --map FILE       lld's link map (`-Wl,-Map=FILE`) of a release build of
                   `threshold` (its input sections, in address order);
  --profiles F... callgrind profiles of that same binary, unstripped, run
                   with `--demangle=no` (the functions it ran); given more
                   than once, each is one phase, first the most resident
                   (start and idle), then the rest (pairing, shutdown);
  --faults F...    optional: files of the code whose first touch faulted
                   a page of cold `.text` (scripts/resident-text-faults.sh,
                   perf's page-fault event), one per line: a function name,
                   or an input-section pattern (`*...(.text)`, for code
                   without function sections: assembly, the C runtime),
                   copied as it is. Listed as the last phase: what the
                   callgrind phases missed (code that runs only at a scale
                   or timing the profiles did not reach: 500 devices, hash
                   tables growing, many connections at once).

Every `.text` input section (one per function: rustc and the cc builds use
function sections) whose symbol ran in any profile is listed inside one
output section `.text.hot` that the script inserts before `.text`: the
functions of the first phase, then those of the next that were not in an
earlier one, and so on; within a phase in the map's order (so related
code stays together). An idle daemon then touches only the first part. The script only adds a
placement (`INSERT`): every other section keeps the linker's default
layout, and a name that no longer exists (code changed since the profile)
matches nothing, so a stale list costs RSS, never correctness.

scripts/resident-text.sh runs the whole cycle (build, profile, write).
"""

import argparse
import re
import sys

# An input-section line of an lld map:
#   VMA LMA Size Align <file>:(<section>)
MAP_LINE = re.compile(
    r"^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+(\S.*):\((\.text[^)]*)\)\s*$"
)
# rustc and clang/gcc name a function's section after its symbol, with one
# of these prefixes.
PREFIXES = (".text.unlikely.", ".text.startup.", ".text.hot.", ".text.exit.", ".text.")
# A legacy-mangled Rust symbol ends in a hash of its crate's build
# (`17h0123456789abcdefE`): it changes whenever a dependency, a feature or
# the compiler does, so the list names those functions with the hash as a
# wildcard (all instances of a generic function then match: the same
# code, instantiated for other types). v0-mangled names (the standard
# library) and C/C++ names carry no such hash and are listed as they are.
LEGACY_HASH = re.compile(r"17h[0-9a-f]{16}E$")
# callgrind: `fn=(12) name`, `fn=(12)` (a name given before), `fn=name`.
CG_LINE = re.compile(r"^c?fn=(?:\((\d+)\))?\s*(.*)$")


def map_sections(path):
    """(section, size) of every function section of .text, in address order."""
    out = []
    seen = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = MAP_LINE.match(line)
            if not m:
                continue
            section = m.group(4)
            if section == ".text" or section in seen:
                continue
            seen.add(section)
            out.append((section, int(m.group(2), 16)))
    return out


def symbol_of(section):
    for p in PREFIXES:
        if section.startswith(p):
            return section[len(p):]
    return None


def executed(paths):
    """Every function name that appears in the callgrind profiles."""
    names = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if not (line.startswith("fn=") or line.startswith("cfn=")):
                    continue
                m = CG_LINE.match(line.rstrip("\n"))
                if m and m.group(2):
                    names.add(m.group(2))
    return names


def fault_entries(paths):
    """(function names, input-section patterns), one per line (blank lines
    and `#` comments skipped)."""
    names, patterns = set(), []
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                if line.startswith("*"):
                    if line not in patterns:
                        patterns.append(line)
                else:
                    names.add(line)
    return names, sorted(patterns)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--map", required=True)
    ap.add_argument("--profiles", nargs="+", action="append", required=True)
    ap.add_argument("--faults", nargs="+", default=[])
    args = ap.parse_args()

    sections = map_sections(args.map)
    if not sections:
        sys.exit(f"{args.map}: no .text input sections (an lld map is expected)")
    placed = set()
    phases = []
    runs = [executed(profiles) for profiles in args.profiles]
    patterns = []
    if args.faults:
        names, patterns = fault_entries(args.faults)
        runs.append(names)
    for ran in runs:
        phase = [(s, n) for (s, n) in sections
                 if s not in placed and symbol_of(s) in ran]
        placed.update(s for s, _ in phase)
        phases.append(phase)
    hot = [x for phase in phases for x in phase]
    total = sum(n for _, n in sections)
    hot_bytes = sum(n for _, n in hot)
    sizes = ", ".join(f"phase {i + 1}: {sum(n for _, n in p)}" for i, p in enumerate(phases))
    print(f"resident-text: {len(hot)} of {len(sections)} functions ran, "
          f"{hot_bytes} of {total} bytes of .text ({sizes})", file=sys.stderr)

    w = sys.stdout.write
    w("/* Generated by scripts/resident-text.sh; do not edit.\n")
    w(" * The functions the daemon ran while profiled (phase 1: fresh start\n")
    w(" * and restart, idle leader; phase 2: pairing, restart with children,\n")
    w(" * shutdown")
    if args.faults:
        w(f"; phase {len(phases)}: first touches that faulted\n")
        w(" * in cold .text at 500 devices")
    w(f"): {len(hot)} of {len(sections)} functions, "
      f"{hot_bytes} of {total} bytes of .text\n")
    w(f" * ({sizes} bytes).\n")
    w(" * Why and how: docs/performance.md, \"Resident text\". */\n")
    w("SECTIONS\n{\n  .text.hot :\n  {\n")
    for i, phase in enumerate(phases):
        w(f"    /* phase {i + 1} */\n")
        for s, _ in phase:
            w(f"    *({s})\n")
    for p in patterns:
        w(f"    {p}\n")
    # Then the same functions under any hash (see LEGACY_HASH): with the
    # list up to date they catch only other instances of the same generic
    # functions, after the ones that ran; after a dependency or compiler
    # change (new hashes) they still gather what ran, in one block.
    w("    /* any hash */\n")
    listed = set()
    for phase in phases:
        for s, _ in phase:
            pattern = LEGACY_HASH.sub("17h*E", s)
            if pattern != s and pattern not in listed:
                listed.add(pattern)
                w(f"    *({pattern})\n")
    w("  }\n}\nINSERT BEFORE .text;\n")


if __name__ == "__main__":
    main()
