"""Independent DNS-SD browser for records with binary TXT values
(`_meshcop._udp`): python-zeroconf, resolving on every change.

Usage: zeroconf_resolve.py IFADDR TYPE
  IFADDR: the IPv4 address of the interface to use (127.0.0.1 for lo).
  TYPE:   the service type to browse, e.g. _meshcop._udp.local.

Prints one JSON object per line on stdout, flushed:
  {"event": "ready"}
  {"event": "added" | "updated", "type": T, "name": FULLNAME, "port": P,
   "server": HOST, "addresses": [...], "txt_hex": {k: HEX or null}}
  {"event": "removed", "type": T, "name": FULLNAME}
Unlike zeroconf_browse.py, TXT values are given as hex of their bytes
(never decoded as text), and an updated instance is resolved again (its
new TXT is printed). Stops on SIGTERM or when stdin closes.
"""

import json
import sys
import threading

from zeroconf import IPVersion, ServiceBrowser, ServiceStateChange, Zeroconf


def emit(lock, obj):
    with lock:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()


def main():
    ifaddr, service_type = sys.argv[1], sys.argv[2]
    zc = Zeroconf(interfaces=[ifaddr], ip_version=IPVersion.V4Only)
    lock = threading.Lock()

    def resolve(zc, service_type, name, event):
        info = None
        for _ in range(20):
            info = zc.get_service_info(service_type, name, timeout=500)
            if info is not None and info.parsed_addresses():
                break
        if info is None:
            emit(lock, {"event": "unresolved", "type": service_type, "name": name})
            return
        txt = {}
        for k, v in (info.properties or {}).items():
            txt[k.decode("ascii", "replace")] = None if v is None else v.hex()
        emit(
            lock,
            {
                "event": event,
                "type": service_type,
                "name": name,
                "port": info.port,
                "server": info.server,
                "addresses": sorted(info.parsed_addresses()),
                "txt_hex": txt,
            },
        )

    def on_change(zeroconf, service_type, name, state_change):
        if state_change is ServiceStateChange.Removed:
            emit(lock, {"event": "removed", "type": service_type, "name": name})
            return
        event = "added" if state_change is ServiceStateChange.Added else "updated"
        threading.Thread(target=resolve, args=(zeroconf, service_type, name, event), daemon=True).start()

    browser = ServiceBrowser(zc, service_type, handlers=[on_change])
    emit(lock, {"event": "ready"})
    try:
        sys.stdin.read()
    except KeyboardInterrupt:
        pass
    browser.cancel()
    zc.close()


if __name__ == "__main__":
    main()
