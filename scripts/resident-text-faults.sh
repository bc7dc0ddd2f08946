#!/usr/bin/env bash
# Refines link/resident-text.ld with what the callgrind phases of
# scripts/resident-text.sh missed: the functions whose first touch faults a
# page of cold `.text` while the footprint bench pairs 500 devices
# (docs/performance.md, "Resident text"). Each such touch costs a 64 KiB
# window of code (the kernel's fault-around); listed, the function costs
# only its own bytes in `.text.hot`.
#
# Needs: root (network namespaces, system-wide perf), perf
# (`apt-get install linux-perf`), the simulated RCP (scripts/ot-sim.sh),
# and target/resident-text/ from scripts/resident-text.sh (the link map and
# the callgrind profiles the list is written from).
#
# Each round (RESIDENT_TEXT_FAULT_ROUNDS, default 3):
#   1. builds the release binary unstripped, with lld's link map: the
#      README's build, byte for byte in its loaded segments (only the
#      symbol table differs);
#   2. runs the footprint bench on it (1 run, 500 devices) under
#      `perf record -a -e page-faults -d` (every fault with its address);
#   3. scripts/resident-text-faults.py names the input sections of cold
#      `.text` in which an instruction fetch faulted (in the daemon or the
#      CLI the bench runs); they are added to link/resident-text.faults,
#      and link/resident-text.ld is rewritten with them as the last phase.
# Moving functions moves their neighbours, so a round can find new ones;
# the rounds stop early when one adds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
work=$target/resident-text
rounds=${RESIDENT_TEXT_FAULT_ROUNDS:-3}
[ "$(id -u)" = 0 ] || { echo "resident-text-faults: needs root" >&2; exit 1; }
command -v perf >/dev/null || { echo "resident-text-faults: needs perf (linux-perf)" >&2; exit 1; }
[ -f "$work/threshold.map" ] || {
    echo "resident-text-faults: $work/threshold.map missing (run scripts/resident-text.sh)" >&2
    exit 1
}
faults=link/resident-text.faults
touch "$faults"

mkdir -p "$work/faults"
# Built first, so perf records the bench and not its build. (Building the
# bench also builds the binary with the dev-dependencies' features: each
# round's README build is copied out before the bench runs.)
cargo bench --locked --bench footprint --no-run
for round in $(seq "$rounds"); do
    echo "== round $round: build (release, unstripped, link map)" >&2
    map=$work/faults/threshold.$round.map
    cargo rustc --release --locked --bin threshold -- \
        -C strip=none -C "link-arg=-Wl,-Map=$map"
    bin=$work/faults/threshold
    cp "$target/release/threshold" "$bin"
    echo "== round $round: footprint bench, 500 devices, under perf" >&2
    data=$work/faults/perf.$round.data
    perf record -a -q -e page-faults -c 1 -d -o "$data" -- \
        env FOOTPRINT_RUNS=1 FOOTPRINT_DEVICES=500 FOOTPRINT_BIN="$bin" \
        cargo bench --locked --bench footprint -- --bench \
        > "$work/faults/bench.$round.log"
    grep -E "^  (idle RSS|RSS, 500)" "$work/faults/bench.$round.log" >&2 || true
    perf script -i "$data" --no-demangle --show-mmap-events -F pid,ip,addr,dso 2>/dev/null |
        python3 scripts/resident-text-faults.py --map "$map" > "$work/faults/new.$round"
    before=$(grep -vc '^#' "$faults" || true)
    sort -u "$faults" "$work/faults/new.$round" -o "$faults"
    after=$(grep -vc '^#' "$faults" || true)
    echo "resident-text-faults: round $round: $(wc -l < "$work/faults/new.$round") faulting sections, $((after - before)) new" >&2
    # Step 4 of resident-text.sh alone: the same list, now with the faults.
    RESIDENT_TEXT_ONLY_WRITE=1 scripts/resident-text.sh
    [ "$after" -gt "$before" ] || break
done
echo "resident-text-faults: link/resident-text.ld written; rebuild (cargo build --release) to use it" >&2
