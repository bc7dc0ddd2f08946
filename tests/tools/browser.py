#!/usr/bin/env python3
"""A headless Chromium for the dashboard's tests and bench, driven through
WebDriver (Debian's `chromium` and `chromium-driver`, Selenium from PyPI).

Usage: browser.py SPKI_SHA256_BASE64

The argument pins the hub's server key: Chromium accepts that key's
certificate and no other (`--ignore-certificate-errors-spki-list`), so the
page is a secure context (the `Secure` cookie is kept) without trusting
the hub CA system-wide.

Reads one JSON command per line on stdin and answers one JSON line on
stdout: {"ok": result} or {"error": "..."}. Commands:

  {"op": "get", "url": U}                      load U; result: the URL loaded
  {"op": "click", "css": S}                    click the first match; wait for the
                                               page it submits to
  {"op": "text", "css": S}                     its text ("" when absent: null)
  {"op": "count", "css": S}                    how many match
  {"op": "wait_text", "css": S, "contains": T, "secs": N}
                                               wait (on the DOM) until S's text holds T
  {"op": "js", "script": JS}                   run JS (async: the last argument
                                               is the callback), result its value
  {"op": "cookies"}                            the cookies, as WebDriver reports them
  {"op": "clear_cookies"}
  {"op": "screenshot", "path": P, "width": W}  a full-page PNG at width W
  {"op": "paint"}                              first-contentful-paint (ms); the page's
                                               weight (document + resources, bodies)
                                               and what crossed the wire (cache hits: 0)
  {"op": "quit"}
"""
import json
import sys

from selenium import webdriver
from selenium.common.exceptions import (
    NoSuchElementException,
    StaleElementReferenceException,
    TimeoutException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def chrome(spki):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-sync",
        "--disable-component-update",
        "--disable-default-apps",
        "--metrics-recording-only",
        "--password-store=basic",
        "--window-size=1280,900",
        "--ignore-certificate-errors-spki-list=" + spki,
    ):
        opts.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def gone(element):
    """True once `element` belongs to a replaced document. Selenium's
    `staleness_of` knows only StaleElementReferenceException; Chromium also
    answers "Node with given id does not belong to the document" while the
    next page replaces this one."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as e:
        if "does not belong to the document" in str(e):
            return True
        raise


def run(d, cmd):
    op = cmd["op"]
    if op == "get":
        d.get(cmd["url"])
        return d.current_url
    if op == "click":
        # Every button of the dashboard submits a form: wait until the next
        # page replaced this one and finished loading.
        old = d.find_element(By.TAG_NAME, "html")
        d.find_element(By.CSS_SELECTOR, cmd["css"]).click()
        WebDriverWait(d, 15, poll_frequency=0.05).until(lambda _: gone(old))
        WebDriverWait(d, 15, poll_frequency=0.05).until(
            lambda drv: drv.execute_script("return document.readyState") == "complete"
        )
        return d.current_url
    if op == "text":
        try:
            return d.find_element(By.CSS_SELECTOR, cmd["css"]).text
        except NoSuchElementException:
            return None
    if op == "count":
        return len(d.find_elements(By.CSS_SELECTOR, cmd["css"]))
    if op == "wait_text":
        css, want = cmd["css"], cmd["contains"]

        def holds(drv):
            for e in drv.find_elements(By.CSS_SELECTOR, css):
                if want in e.text:
                    return e.text
            return False

        return WebDriverWait(d, cmd.get("secs", 10), poll_frequency=0.05).until(holds)
    if op == "js":
        return d.execute_async_script(cmd["script"])
    if op == "cookies":
        return d.get_cookies()
    if op == "clear_cookies":
        d.delete_all_cookies()
        return True
    if op == "screenshot":
        width = cmd.get("width", 1280)
        height = d.execute_script("return document.documentElement.scrollHeight")
        d.set_window_size(width, max(400, min(int(height) + 120, 4000)))
        ok = d.save_screenshot(cmd["path"])
        d.set_window_size(1280, 900)
        return ok
    if op == "paint":
        # Paint timing is recorded after the load: wait for the entry.
        return d.execute_async_script(
            """
            const done = arguments[arguments.length - 1];
            function report() {
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              const nav = performance.getEntriesByType('navigation')[0];
              let bytes = nav ? nav.encodedBodySize : 0;
              let wire = nav ? nav.transferSize : 0;
              for (const r of performance.getEntriesByType('resource')) {
                bytes += r.encodedBodySize;
                wire += r.transferSize;
              }
              done({
                fcp_ms: paint ? paint.startTime : null,
                bytes: bytes,
                wire: wire,
                resources: performance.getEntriesByType('resource').length,
              });
            }
            if (performance.getEntriesByName('first-contentful-paint').length) {
              report();
            } else {
              new PerformanceObserver((list, obs) => { obs.disconnect(); report(); })
                .observe({type: 'paint', buffered: true});
              setTimeout(report, 5000);
            }
            """
        )
    raise ValueError("unknown op " + op)


def main():
    d = chrome(sys.argv[1])
    try:
        for line in sys.stdin:
            line = line.strip()
            if not line:
                continue
            cmd = json.loads(line)
            if cmd.get("op") == "quit":
                print(json.dumps({"ok": True}), flush=True)
                break
            try:
                out = {"ok": run(d, cmd)}
            except TimeoutException as e:
                out = {"error": "timeout: " + str(e.msg or cmd)}
            except Exception as e:  # reported to the test, which fails
                out = {"error": type(e).__name__ + ": " + str(e)}
            print(json.dumps(out), flush=True)
    finally:
        d.quit()


if __name__ == "__main__":
    main()
