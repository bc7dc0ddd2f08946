# The openssl command-line tool: the attestation and hub CA tests check our
# verdicts against `openssl verify` and build CSRs and CRLs with it.
if ! command -v openssl >/dev/null 2>&1; then
    echo "setup: installing openssl" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq openssl >/dev/null
fi
