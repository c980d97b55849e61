#!/usr/bin/env python3
"""Time from saving one article to the live-reload signal of `staticevent serve` (SPEC §12).

  python3 reload_latency.py --cli DIR/staticevent --site SITE --article content/x.fr.md \
      --url /fr/x/ [--saves 10] [--warmup 2] [--label NAME] [--json OUT.json]

Starts `staticevent serve --source SITE --port 0` (127.0.0.1 only), connects to its live-reload
stream (/_staticevent/events) as the article's page would, then saves the article --saves
times, appending a new paragraph each time, and measures the time from the end of each save
(file closed) to the `reload` event for that page. The first --warmup saves are not counted
(the first rebuilds of a process include JIT compilation). Restores the article and stops the
server (SIGTERM to its process id) at the end. Python 3 standard library only; loopback only;
a bounded number of saves, each with a time limit.
"""
import argparse
import http.client
import json
import os
import queue
import re
import signal
import statistics
import subprocess
import sys
import threading
import time


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def start_server(cli, site, timeout):
    command = [cli, "serve", "--source", site, "--port", "0"]
    if cli.endswith(".dll"):
        command = ["dotnet"] + command
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stderr_lines = []
    threading.Thread(target=lambda: stderr_lines.extend(server.stderr), daemon=True).start()
    deadline = time.monotonic() + timeout
    started = time.monotonic()
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if not line:
            break
        match = re.search(r"Serving (http://[^ ]+?):(\d+)/", line)
        if match:
            return server, int(match.group(2)), time.monotonic() - started, stderr_lines
    server.kill()
    sys.exit("the server did not start:\n" + "".join(stderr_lines))


def listen(port, page, events):
    """Reads the event stream on a thread; puts (arrival time, name, data) on `events`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    connection.request("GET", "/_staticevent/events?path=" + page.replace("/", "%2F"))
    response = connection.getresponse()
    if response.status != 200:
        sys.exit(f"event stream: HTTP {response.status}")
    name = data = None
    while True:
        raw = response.fp.readline()
        now = time.perf_counter()
        if not raw:
            events.put((now, "closed", None))
            return
        line = raw.decode("utf-8").rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            data = json.loads(line[6:])
        elif line == "" and name:
            events.put((now, name, data))
            name = data = None


def wait_for(events, names, timeout):
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            sys.exit(f"no {names} event within {timeout} s")
        arrived, name, data = events.get(timeout=left)
        if name in names:
            return arrived, name, data
        if name == "closed":
            sys.exit("the event stream closed")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the staticevent executable (or staticevent.dll)")
    parser.add_argument("--site", required=True)
    parser.add_argument("--article", required=True, help="the Markdown file to save, relative to the site")
    parser.add_argument("--url", required=True, help="its page's path on the server, e.g. /fr/articles/x/")
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--pause", type=float, default=0.5, help="seconds between a reload and the next save")
    parser.add_argument("--timeout", type=float, default=300, help="seconds allowed for the first build and for each reload")
    parser.add_argument("--label", default="site")
    parser.add_argument("--json", help="write the figures there")
    args = parser.parse_args()

    article = os.path.join(args.site, args.article)
    with open(article, encoding="utf-8") as f:
        original = f.read()

    server, port, startup, stderr_lines = start_server(args.cli, args.site, args.timeout)
    events = queue.Queue()
    threading.Thread(target=listen, args=(port, args.url, events), daemon=True).start()
    latencies, builds = [], []
    try:
        wait_for(events, {"hello"}, args.timeout)
        for i in range(args.warmup + args.saves):
            with open(article, "w", encoding="utf-8") as f:
                f.write(original + f"\nBenchmark edit number {i + 1}.\n")
            saved = time.perf_counter()
            arrived, name, data = wait_for(events, {"reload", "errors"}, args.timeout)
            if name == "errors":
                sys.exit("the build failed: " + json.dumps(data["errors"][:3], ensure_ascii=False))
            if i >= args.warmup:
                latencies.append((arrived - saved) * 1000)
                builds.append(data["buildMs"])
            time.sleep(args.pause)
            while not events.empty():  # a second build after a partly seen save: not this save's signal
                events.get_nowait()
    finally:
        with open(article, "w", encoding="utf-8") as f:
            f.write(original)
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()

    result = {
        "label": args.label,
        "site": args.site,
        "first_build_s": round(startup, 2),
        "saves": len(latencies),
        "save_to_reload_ms": {"median": round(statistics.median(latencies), 1), "p95": round(percentile(latencies, 95), 1),
                              "min": round(min(latencies), 1), "max": round(max(latencies), 1)},
        "rebuild_ms": {"median": round(statistics.median(builds), 1), "p95": round(percentile(builds, 95), 1)},
        "samples_ms": [round(v, 1) for v in latencies],
        "server_log_tail": [line.rstrip() for line in stderr_lines[-3:]],
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
