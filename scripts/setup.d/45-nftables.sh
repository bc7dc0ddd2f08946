# nftables (Debian nftables): the NAT64 test (tests/thread_nat64.rs)
# masquerades the hub's NAT64 IPv4 CIDR inside its test namespace with the
# rule docs/thread.md gives integrators.
if ! command -v nft >/dev/null 2>&1; then
    echo "setup: installing nftables" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nftables >/dev/null
fi
