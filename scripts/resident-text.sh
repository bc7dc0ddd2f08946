#!/usr/bin/env bash
# Regenerates link/resident-text.ld, the functions the daemon runs, which
# build.rs places first in .text (docs/performance.md, "Resident text").
# Run it after a change that moves much code (a dependency update, a new
# subsystem); a stale list costs memory, never correctness.
#
# Needs: root (network namespaces, as the footprint bench), valgrind
# (`apt-get install valgrind`), the simulated RCP (scripts/ot-sim.sh).
#
#   1. builds the release binary unstripped, with lld's link map;
#   2. phase 1: runs it under callgrind, on a fresh state directory and then
#      restarted on the saved one, each time until it leads and 20 s more
#      of idle leader (Thread, Matter node, mDNS, API up), then dumps the
#      profile;
#   3. phase 2: the footprint bench (1 run, 100 devices: enough for SQLite to split its pages) with the daemon
#      under callgrind: pairing, restarts with children, shutdowns;
#   4. scripts/resident-text.py writes link/resident-text.ld from the map
#      and the two phases' profiles (and link/resident-text.faults, the
#      last phase, which scripts/resident-text-faults.sh then refines:
#      this script empties it, as its names are of the previous build).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
rcp=$target/ot-sim/bin/ot-rcp
[ "$(id -u)" = 0 ] || { echo "resident-text: needs root (ip netns)" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "resident-text: needs valgrind" >&2; exit 1; }
[ -x "$rcp" ] || { echo "resident-text: $rcp missing (scripts/ot-sim.sh)" >&2; exit 1; }

# The profiles stay in target/resident-text/ (RESIDENT_TEXT_ONLY_WRITE=1
# runs step 4 alone again on them).
work=$target/resident-text
ns=thr-resident-$$
cleanup() {
    pkill -f "$work/threshold.prof" 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
}
trap cleanup EXIT

if [ -z "${RESIDENT_TEXT_ONLY_WRITE:-}" ]; then
: > link/resident-text.faults
rm -rf "$work"
mkdir -p "$work"
echo "== 1. the profiled binary (release, unstripped, link map)" >&2
cargo rustc --release --locked --bin threshold -- \
    -C strip=none -C "link-arg=-Wl,-Map=$work/threshold.map"
cp "$target/release/threshold" "$work/threshold.prof"
mkdir -p "$work/idle" "$work/load" "$work/bin"

echo "== 2. phase 1: start and idle leader (fresh, then restarted)" >&2
cat > "$work/threshold.toml" <<EOF
state_dir = "$work/state"
[api]
listen = "127.0.0.1:0"
enroll_listen = "127.0.0.1:0"
[dashboard]
listen = "127.0.0.1:0"
[coap]
tls_listen = "127.0.0.1:0"
udp_listen = "127.0.0.1:0"
[thread]
enabled = true
radio_url = "spinel+hdlc+forkpty://$rcp?forkpty-arg=1"
EOF
ip netns add "$ns"
ip -n "$ns" link set lo up
for start in fresh restart; do
    log=$work/idle/$start.log
    RUST_LOG=info ip netns exec "$ns" valgrind --tool=callgrind --demangle=no \
        --callgrind-out-file="$work/idle/$start.%p" \
        "$work/threshold.prof" run --config "$work/threshold.toml" 2>"$log" &
    pid=$!
    for _ in $(seq 600); do
        grep -q "role=leader" "$log" && break
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.1
    done
    grep -q "role=leader" "$log" || { echo "resident-text: $start: never led" >&2; exit 1; }
    sleep 20
    # The first dump is start and idle; what follows (shutdown) is phase 2.
    callgrind_control -d "$pid" >/dev/null
    for _ in $(seq 300); do
        compgen -G "$work/idle/$start.*.1" >/dev/null && break
        sleep 0.1
    done
    kill -TERM "$pid"
    wait "$pid"
done
ip netns del "$ns"

echo "== 3. phase 2: the footprint bench under callgrind" >&2
cat > "$work/bin/threshold" <<EOF
#!/bin/sh
if [ "\$1" = run ]; then
    exec valgrind --tool=callgrind --demangle=no \
        --callgrind-out-file="$work/load/cg.%p" "$work/threshold.prof" "\$@"
fi
exec "$work/threshold.prof" "\$@"
EOF
# The bench strips a copy of the binary to report its size: not of a script.
printf '#!/bin/sh\nexit 0\n' > "$work/bin/strip"
chmod +x "$work/bin/threshold" "$work/bin/strip"
PATH=$work/bin:$PATH FOOTPRINT_RUNS=1 FOOTPRINT_DEVICES=100 \
    FOOTPRINT_BIN="$work/bin/threshold" \
    cargo bench --locked --bench footprint -- --bench >&2
fi

echo "== 4. link/resident-text.ld" >&2
mkdir -p link
python3 scripts/resident-text.py --map "$work/threshold.map" \
    --profiles "$work"/idle/*.1 \
    --profiles "$work"/idle/fresh.* "$work"/idle/restart.* "$work"/load/cg.* \
    --faults link/resident-text.faults \
    > link/resident-text.ld.new
mv link/resident-text.ld.new link/resident-text.ld
echo "resident-text: link/resident-text.ld written; rebuild (cargo build --release) to use it" >&2
