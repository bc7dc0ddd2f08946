# shellcheck shell=bash
# Sourced by scripts/setup.sh. The onboarding interop test
# (tests/onboarding_interop.rs) checks our QR and manual pairing codes
# against an independent decoder: the Matter SDK's Python SetupPayload
# (PyPI home-assistant-chip-core); the Matter tests commission our node with
# the same SDK's controller (tests/tools/matter_ctl.py, driven by
# tests/common/matter.rs), which needs nothing beyond this and `ip netns`.
# This installs it, idempotently:
#   * libnl-3-200, libnl-route-3-200: the SDK's native library links them;
#   * /data: the SDK writes fixed chip_*.ini files there at Init();
#   * ./.venv: the project venv, with the two pinned SDK wheels.

chip_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
chip_venv="$chip_root/.venv"
chip_pins=(home-assistant-chip-core==2025.7.0 home-assistant-chip-clusters==2025.7.0)

chip_need=()
command -v python3 >/dev/null 2>&1 || chip_need+=(python3)
for pkg in libnl-3-200 libnl-route-3-200 python3-venv; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || chip_need+=("$pkg")
done
if [ ${#chip_need[@]} -gt 0 ]; then
    echo "setup: installing ${chip_need[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${chip_need[@]}" >/dev/null
fi

[ -d /data ] || as_root mkdir -p /data

# A venv whose interpreter no longer runs (its base Python was removed) is
# made again.
if ! "$chip_venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    echo "setup: creating $chip_venv" >&2
    rm -rf "$chip_venv"
    python3 -m venv "$chip_venv"
fi

# pip is slow even when everything is present: ask it only when a pin is missing.
chip_have="$("$chip_venv/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null || true)"
chip_missing=0
for pin in "${chip_pins[@]}"; do
    grep -qixF "$pin" <<<"$chip_have" || chip_missing=1
done
if [ "$chip_missing" = 1 ]; then
    echo "setup: installing ${chip_pins[*]} into $chip_venv" >&2
    "$chip_venv/bin/python" -m pip install -q --disable-pip-version-check "${chip_pins[@]}"
fi
unset chip_root chip_venv chip_pins chip_need chip_have chip_missing pkg pin
