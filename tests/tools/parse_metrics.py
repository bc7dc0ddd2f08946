"""Parses an OpenMetrics text exposition with the Prometheus project's own
Python client (prometheus_client.openmetrics.parser), an independent
parser: tests/metrics.rs pipes a scrape of the hub into stdin.

Prints one JSON object: {"families": {name: {"type": t, "help": h,
"samples": [[sample_name, {label: value}, value], ...]}}}. Exits 1 with
the parser's message on stderr if the text is not valid OpenMetrics.
"""

import json
import sys

from prometheus_client.openmetrics.parser import text_string_to_metric_families


def main():
    text = sys.stdin.read()
    out = {}
    try:
        for fam in text_string_to_metric_families(text):
            out[fam.name] = {
                "type": fam.type,
                "help": fam.documentation,
                "samples": [[s.name, dict(s.labels), s.value] for s in fam.samples],
            }
    except Exception as e:  # the parser raises ValueError and others
        print(f"not valid OpenMetrics: {e}", file=sys.stderr)
        sys.exit(1)
    json.dump({"families": out}, sys.stdout)


if __name__ == "__main__":
    main()
