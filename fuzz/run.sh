#!/bin/sh
# Runs fuzz targets one after the other, RUNS executions each (default
# 10 000 000), and prints one summary line per target (docs/fuzzing.md).
#
#   fuzz/run.sh                       every target
#   RUNS=100000 fuzz/run.sh cwt_token coap_udp
#   MAX_TIME=600 fuzz/run.sh          stop each target after 600 s at most
#
# The evolving corpus of each target lives in $WORK/<target> (default
# fuzz/target/work-corpus, not committed), seeded from fuzz/corpus/<target>;
# logs in $WORK/../logs/<target>.log; crashes in fuzz/artifacts/<target>/.
# Builds without a sanitizer: the crate and its parsers are safe Rust
# (debug assertions and overflow checks stay on).
set -eu
cd "$(dirname "$0")"
RUNS=${RUNS:-10000000}
MAX_TIME=${MAX_TIME:-0}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
WORK=${WORK:-$CARGO_TARGET_DIR/work-corpus}
LOGS=$WORK/../logs
mkdir -p "$WORK" "$LOGS"
TARGETS=${*:-$(cargo +nightly fuzz list)}
cargo +nightly fuzz build -s none >/dev/null
for t in $TARGETS; do
    mkdir -p "$WORK/$t"
    start=$(date +%s)
    status=0
    cargo +nightly fuzz run -s none "$t" "$WORK/$t" "corpus/$t" -- \
        -runs="$RUNS" -max_total_time="$MAX_TIME" -print_final_stats=1 >"$LOGS/$t.log" 2>&1 || status=$?
    end=$(date +%s)
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$LOGS/$t.log" | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOGS/$t.log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$LOGS/$t.log")
    files=$(ls "$WORK/$t" | wc -l)
    echo "$t status=$status execs=${execs:-?} wall_s=$((end - start)) exec_per_s=${rate:-?} corpus_files=$files | ${done_line:-no DONE line}"
done
