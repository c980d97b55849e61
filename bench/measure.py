#!/usr/bin/env python3
"""Time full clean builds of several tools, alternating, and print the tables.

  python3 measure.py run --label 10k --pages 10000 --runs 3 --results DIR \\
      --tool hugo OUTDIR "hugo --quiet -s SITE -d OUTDIR" --tool ... [--timeout 600]
  python3 measure.py report --results DIR [--markdown FILE]

`run`: one untimed warm-up build of each tool (page cache, disk caches), the --check command
(e.g. compare.py on the warm-up outputs), then RUNS rounds; each
round builds every tool once, in an order that rotates from round to round, after deleting its
output folder. Each build runs under `/usr/bin/time -v` (wall time, user and system CPU, peak
RSS of the process tree) and `timeout`. The rounds go to DIR/<label>.json.

`report`: medians per tool and size, pages per second (corpus articles / median wall time),
StaticEvent/Hugo ratios, and the 10k/1k linearity ratio. The machine is shared and noisy: only
figures taken in one run, side by side, are comparable. Python 3 standard library only.
"""
import argparse
import glob
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def parse_time_v(text):
    def field(name):
        m = re.search(r"^\s*" + re.escape(name) + r": (.*)$", text, re.M)
        return m.group(1).strip() if m else None

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    parts = [float(x) for x in wall.split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return {"wall": seconds, "user": float(field("User time (seconds)")), "sys": float(field("System time (seconds)")),
            "rss_kib": int(field("Maximum resident set size (kbytes)")),
            "major_faults": int(field("Major (requiring I/O) page faults")),
            "ctx_voluntary": int(field("Voluntary context switches")),
            "ctx_involuntary": int(field("Involuntary context switches"))}


def clean(out):
    if os.path.exists(out):
        shutil.rmtree(out)
    # StaticEvent stages its output beside the folder (.NAME.staging-*, .NAME.old-*).
    parent, name = os.path.split(os.path.abspath(out))
    for leftover in glob.glob(os.path.join(parent, "." + name + ".*")):
        shutil.rmtree(leftover, ignore_errors=True)


def build_once(name, out, command, timeout):
    clean(out)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        argv = ["/usr/bin/time", "-v", "-o", t.name, "timeout", str(timeout)] + shlex.split(command)
        started = time.monotonic()
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        elapsed = time.monotonic() - started
        report = t.read()
    if proc.returncode != 0:
        print("FAILED (%s, exit %d after %.1f s): %s\n%s" % (name, proc.returncode, elapsed, command, proc.stdout[-3000:]), file=sys.stderr)
        sys.exit(1)
    r = parse_time_v(report)
    r["files"] = sum(len(fs) for _, _, fs in os.walk(out))
    r["pages"] = sum(1 for _, _, fs in os.walk(out) if "index.html" in fs)
    return r


def run(a):
    tools = [(n, o, c) for n, o, c in a.tool]
    print("warm-up: " + ", ".join(n for n, _, _ in tools), flush=True)
    for n, o, c in tools:
        build_once(n, o, c, a.timeout)
    if a.check and subprocess.run(a.check, shell=True).returncode != 0:
        sys.exit("the check after the warm-up builds failed: " + a.check)
    rounds = []
    for i in range(a.runs):
        k = i % len(tools)
        order = tools[k:] + tools[:k]
        rnd = {}
        for n, o, c in order:
            r = build_once(n, o, c, a.timeout)
            rnd[n] = r
            print("  %s round %d/%d  %-26s %7.2f s wall  %6.2f s cpu  %7.0f MiB  %d pages"
                  % (a.label, i + 1, a.runs, n, r["wall"], r["user"] + r["sys"], r["rss_kib"] / 1024, r["pages"]), flush=True)
        rounds.append(rnd)
    os.makedirs(a.results, exist_ok=True)
    with open(os.path.join(a.results, a.label + ".json"), "w") as f:
        json.dump({"label": a.label, "articles": a.pages, "runs": a.runs,
                   "tools": [{"name": n, "command": c} for n, _, c in tools], "rounds": rounds,
                   "loadavg_after": os.getloadavg()}, f, indent=1)


def medians(data, tool):
    rs = [r[tool] for r in data["rounds"] if tool in r]
    med = lambda k: statistics.median(x[k] for x in rs)
    return {"wall": med("wall"), "cpu": statistics.median(x["user"] + x["sys"] for x in rs),
            "rss": statistics.median(x["rss_kib"] for x in rs) / 1024, "pages": rs[0]["pages"], "files": rs[0]["files"],
            "min": min(x["wall"] for x in rs), "max": max(x["wall"] for x in rs), "n": len(rs)}


def report(a):
    data = {}
    for path in sorted(glob.glob(os.path.join(a.results, "*.json"))):
        with open(path) as f:
            d = json.load(f)
        if "rounds" in d:
            data[d["label"]] = d
    if not data:
        sys.exit("no results in " + a.results)
    labels = sorted(data, key=lambda l: data[l]["articles"])
    lines = []
    out = lines.append

    def table(tool_names, title, baseline):
        out("### " + title)
        out("")
        out("| tool | pages | median wall s (min–max, n) | pages/s | CPU s (user+sys) | peak RSS MiB | index.html written | time / %s | memory / %s |" % (baseline, baseline))
        out("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for l in labels:
            d = data[l]
            base = medians(d, baseline) if any(baseline in r for r in d["rounds"]) else None
            for t in tool_names:
                if not any(t in r for r in d["rounds"]):
                    continue
                m = medians(d, t)
                ratio_t = "%.2f" % (m["wall"] / base["wall"]) if base and t != baseline else "—"
                ratio_m = "%.2f" % (m["rss"] / base["rss"]) if base and t != baseline else "—"
                out("| %s | %s | %.2f (%.2f–%.2f, %d) | %s | %.2f | %.0f | %s | %s | %s |"
                    % (t, "{:,}".format(d["articles"]), m["wall"], m["min"], m["max"], m["n"],
                       "{:,.0f}".format(d["articles"] / m["wall"]), m["cpu"], m["rss"], "{:,}".format(m["pages"]), ratio_t, ratio_m))
        out("")

    names = []
    for l in labels:
        for t in data[l]["tools"]:
            if t["name"] not in names:
                names.append(t["name"])
    if a.baseline:
        table(names, "Every tool against " + a.baseline, a.baseline)
        print("\n".join(lines))
        return
    main_tools = [n for n in names if n in ("hugo", "staticevent")]
    table(main_tools, "StaticEvent (bench theme) against Hugo", "hugo")
    if any(n.startswith("staticevent-default") for n in names):
        table(["staticevent"] + [n for n in names if n.startswith("staticevent-default")],
              "The default theme on the same corpus, against the bench theme", "staticevent")

    if len(labels) >= 2:
        small, large = labels[0], labels[-1]
        out("### Linearity (%s → %s, %.0f× the articles)" % (small, large, data[large]["articles"] / data[small]["articles"]))
        out("")
        out("| tool | wall %s / wall %s | CPU %s / CPU %s |" % (large, small, large, small))
        out("|---|---:|---:|")
        for t in names:
            if all(any(t in r for r in data[l]["rounds"]) for l in (small, large)):
                s, g = medians(data[small], t), medians(data[large], t)
                out("| %s | %.1f | %.1f |" % (t, g["wall"] / s["wall"], g["cpu"] / s["cpu"]))
        out("")
    out("Load average after each size: " + ", ".join("%s %.1f" % (l, data[l]["loadavg_after"][0]) for l in labels)
        + " (2 cores; above 2, other work on the machine shares the CPUs with the builds).")
    text = "\n".join(lines) + "\n"
    print(text)
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--label", required=True)
    r.add_argument("--pages", type=int, required=True, help="corpus articles, for pages per second")
    r.add_argument("--runs", type=int, default=3)
    r.add_argument("--timeout", type=int, default=600, help="seconds per build")
    r.add_argument("--results", required=True)
    r.add_argument("--check", help="a shell command run after the warm-up builds; the run stops if it fails")
    r.add_argument("--tool", nargs=3, action="append", metavar=("NAME", "OUTDIR", "COMMAND"), required=True)
    p = sub.add_parser("report")
    p.add_argument("--results", required=True)
    p.add_argument("--markdown")
    p.add_argument("--baseline", help="one table of every tool against this one (for experiments)")
    a = ap.parse_args()
    run(a) if a.cmd == "run" else report(a)


if __name__ == "__main__":
    main()
