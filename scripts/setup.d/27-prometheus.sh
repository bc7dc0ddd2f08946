# shellcheck shell=bash
# Sourced by scripts/setup.sh. The metrics test (tests/metrics.rs) parses
# the hub's /metrics with an independent parser: the Prometheus project's
# Python client (PyPI prometheus-client, its OpenMetrics parser), driven by
# tests/tools/parse_metrics.py. This installs it, pinned, into the project
# venv ./.venv (made by 20-python-chip.sh, or here if that has not run),
# idempotently.

prom_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prom_venv="$prom_root/.venv"
prom_pin="prometheus-client==0.26.0"

if ! "$prom_venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    if ! python3 -m venv --help >/dev/null 2>&1; then
        echo "setup: installing python3-venv" >&2
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3-venv >/dev/null
    fi
    echo "setup: creating $prom_venv" >&2
    rm -rf "$prom_venv"
    python3 -m venv "$prom_venv"
fi

# pip is slow even when everything is present: ask it only when the pin is missing.
if ! "$prom_venv/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null | grep -qixF "$prom_pin"; then
    echo "setup: installing $prom_pin into $prom_venv" >&2
    "$prom_venv/bin/python" -m pip install -q --disable-pip-version-check "$prom_pin"
fi
unset prom_root prom_venv prom_pin
