# shellcheck shell=bash
# Sourced by scripts/setup.sh. tests/otbr_rest.rs drives the hub's
# OTBR-compatible REST listener (docs/otbr-rest.md) with the client Home
# Assistant's OTBR and Thread integrations use: PyPI python-otbr-api, pinned
# to the version Home Assistant ships, with aiohttp (its HTTP client), through
# tests/tools/otbr_client.py. This installs them into the project venv
# (./.venv, made by 20-python-chip.sh), idempotently.

otbr_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
otbr_venv="$otbr_root/.venv"
otbr_pins=(python-otbr-api==3.1.0)

if ! "$otbr_venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    echo "setup: creating $otbr_venv" >&2
    rm -rf "$otbr_venv"
    python3 -m venv "$otbr_venv"
fi

# pip is slow even when everything is present: ask it only when a pin is
# missing (aiohttp comes with python-otbr-api as its dependency).
otbr_have="$("$otbr_venv/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null || true)"
otbr_missing=0
for pin in "${otbr_pins[@]}"; do
    grep -qixF "$pin" <<<"$otbr_have" || otbr_missing=1
done
grep -qi '^aiohttp==' <<<"$otbr_have" || otbr_missing=1
if [ "$otbr_missing" = 1 ]; then
    echo "setup: installing ${otbr_pins[*]} into $otbr_venv" >&2
    "$otbr_venv/bin/python" -m pip install -q --disable-pip-version-check "${otbr_pins[@]}" aiohttp
fi
unset otbr_root otbr_venv otbr_pins otbr_have otbr_missing pin
