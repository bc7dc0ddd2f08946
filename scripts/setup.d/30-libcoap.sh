# libcoap's command-line client and server (Debian libcoap3-bin): the CoAP
# interop tests (tests/coap_interop.rs) talk to our UDP and coaps+tcp
# servers with `coap-client-openssl`, and the UDP benchmark
# (benches/coap_udp.rs) compares our server with `coap-server-openssl`.
if ! command -v coap-client-openssl >/dev/null 2>&1 || ! command -v coap-server-openssl >/dev/null 2>&1; then
    echo "setup: installing libcoap3-bin" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq libcoap3-bin >/dev/null
fi
