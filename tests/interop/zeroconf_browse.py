"""Independent DNS-SD browser for the mDNS tests: python-zeroconf.

Usage: zeroconf_browse.py IFADDR TYPE [TYPE...]
  IFADDR: the IPv4 address of the interface to use (127.0.0.1 for lo),
          or "v6": mDNS over IPv6 on every interface (an IPv6-only host
          such as a Thread node proxied by SRP has AAAA records only,
          which a responder sends on its IPv6 socket).
  TYPE:   service types to browse, e.g. _threshold._tcp.local.

Prints one JSON object per line on stdout, flushed:
  {"event": "ready"}
  {"event": "added", "type": T, "name": FULLNAME, "port": P,
   "server": HOST, "addresses": [...], "txt": {k: v}, "t": SECONDS}
  {"event": "updated", "type": T, "name": FULLNAME, "t": SECONDS}
  {"event": "removed", "type": T, "name": FULLNAME, "t": SECONDS}
where "t" is time.monotonic(). "added" is printed only once the instance
resolves (SRV, TXT and an address). Reads nothing; stops on SIGTERM or
when stdin closes.
"""

import json
import sys
import threading
import time

from zeroconf import InterfaceChoice, IPVersion, ServiceBrowser, ServiceStateChange, Zeroconf


def emit(obj):
    obj["t"] = time.monotonic()
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main():
    ifaddr = sys.argv[1]
    types = sys.argv[2:]
    if ifaddr == "v6":
        zc = Zeroconf(interfaces=InterfaceChoice.All, ip_version=IPVersion.V6Only)
    else:
        zc = Zeroconf(interfaces=[ifaddr], ip_version=IPVersion.V4Only)
    lock = threading.Lock()

    def resolve(zc, service_type, name, event):
        info = None
        for _ in range(20):
            info = zc.get_service_info(service_type, name, timeout=500)
            if info is not None and info.parsed_addresses():
                break
        if info is None:
            emit({"event": "unresolved", "type": service_type, "name": name})
            return
        txt = {}
        for k, v in (info.properties or {}).items():
            txt[k.decode("utf-8", "replace")] = None if v is None else v.decode("utf-8", "replace")
        with lock:
            emit(
                {
                    "event": event,
                    "type": service_type,
                    "name": name,
                    "port": info.port,
                    "server": info.server,
                    "addresses": sorted(info.parsed_addresses()),
                    "txt": txt,
                }
            )

    def on_change(zeroconf, service_type, name, state_change):
        if state_change is ServiceStateChange.Removed:
            with lock:
                emit({"event": "removed", "type": service_type, "name": name})
        elif state_change is ServiceStateChange.Added:
            threading.Thread(target=resolve, args=(zeroconf, service_type, name, "added"), daemon=True).start()
        else:
            # Not resolved again: with hundreds of instances the resolver
            # threads would delay every later event by seconds.
            with lock:
                emit({"event": "updated", "type": service_type, "name": name})

    browsers = [ServiceBrowser(zc, t, handlers=[on_change]) for t in types]
    emit({"event": "ready"})
    try:
        sys.stdin.read()
    except KeyboardInterrupt:
        pass
    for b in browsers:
        b.cancel()
    zc.close()


if __name__ == "__main__":
    main()
