# shellcheck shell=bash
# Sourced by scripts/setup.sh. The dashboard's browser test and bench
# (tests/dashboard.rs, benches/dashboard.rs) drive Debian's headless
# Chromium through WebDriver (chromium-driver) with Selenium from PyPI
# (tests/tools/browser.py), installed into the project venv (./.venv, made
# by 20-python-chip.sh), idempotently.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

chromium_venv="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.venv"
chromium_pin="selenium==4.51.0"
if ! "$chromium_venv/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null | grep -qixF "$chromium_pin"; then
    echo "setup: installing $chromium_pin into $chromium_venv" >&2
    "$chromium_venv/bin/python" -m pip install -q --disable-pip-version-check "$chromium_pin"
fi
unset need chromium_venv chromium_pin
