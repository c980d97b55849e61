#!/usr/bin/env python3
"""Summarise a dotnet-trace sampled-thread-time trace (converted to Speedscope JSON).

  dotnet-trace collect --profile dotnet-sampled-thread-time -o T.nettrace -- CMD…
  dotnet-trace convert --format Speedscope T.nettrace -o T.json
  python3 trace_summary.py T.speedscope.json [--top 30]

Every thread is sampled about once a millisecond whether it runs or waits; the leaf of each
sample says whether it was in managed code (CPU_TIME) or outside it (UNMANAGED_CODE_TIME: waits,
system calls, the GC and the JIT). Samples are charged to the innermost StaticEvent stage on
their stack (parse, markdown, model, templates, write…), then listed by leaf method.
Python 3 standard library only.
"""
import argparse
import collections
import json

STAGES = [  # innermost match wins; the first matching entry of this list names it
    ("write", ("DirectoryOutputSink", "StagedOutput")),
    ("markdown", ("MarkdownRenderer", "Markdig.")),
    ("template model", ("TemplateModel",)),
    ("templates (Scriban)", ("PageRenderer", "Scriban.", "EscapingTemplateContext", "LanguageFunctions")),
    ("documents", ("SitemapDocument", "AtomFeedDocument", "RobotsDocument")),
    ("parse", ("ContentParser", "YamlDocumentReader", "FrontMatter", "TextDecoder")),
    ("assemble", ("SiteAssembler", "TranslationReport")),
    ("discover", ("ContentScanner", "PhysicalFileSource.ListFiles")),
    ("config", ("SiteConfigLoader",)),
    ("render loop", ("SiteRenderer",)),
    ("CLI start-up", ("System.CommandLine", "StaticEvent.Cli")),
]


def stage_of(stack, names):
    for i in range(len(stack) - 1, -1, -1):
        n = names[stack[i]]
        for stage, keys in STAGES:
            if any(k in n for k in keys):
                return stage
    return "other (runtime, thread pool, start-up)"


def short(name):
    name = name.split("!", 1)[-1]
    return name if len(name) < 110 else name[:107] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("speedscope")
    ap.add_argument("--top", type=int, default=30)
    a = ap.parse_args()
    with open(a.speedscope) as f:
        d = json.load(f)
    names = [fr["name"] for fr in d["shared"]["frames"]]
    cpu_leaf, native_leaf = names.index("CPU_TIME"), names.index("UNMANAGED_CODE_TIME")

    by_stage = collections.Counter()
    leaf_methods = collections.Counter()
    inclusive = collections.Counter()
    threads = []
    for prof in d["profiles"]:
        stack, last, t_cpu, t_native, t_total = [], None, 0.0, 0.0, 0.0
        for ev in prof["events"]:
            at = ev["at"]
            if last is not None and stack and at > last:
                dt = at - last
                t_total += dt
                leaf = stack[-1]
                kind = "managed" if leaf == cpu_leaf else "native/wait" if leaf == native_leaf else None
                if kind:
                    if kind == "managed":
                        t_cpu += dt
                    else:
                        t_native += dt
                    by_stage[(stage_of(stack, names), kind)] += dt
                    if len(stack) > 1:
                        leaf_methods[(short(names[stack[-2]]), kind)] += dt
                    for fid in set(stack):
                        inclusive[(fid, kind)] += dt
            last = at
            if ev["type"] == "O":
                stack.append(ev["frame"])
            else:
                stack.pop()
        threads.append((prof["name"], t_total / 1000, t_cpu / 1000, t_native / 1000))

    print("threads (seconds sampled; managed = running managed code; native/wait = outside managed code):")
    for n, tot, cpu, nat in sorted(threads, key=lambda t: -t[1]):
        if tot > 0.05:
            print("  %-16s %7.2f s  managed %6.2f s  native/wait %6.2f s" % (n, tot, cpu, nat))
    print("\nby stage (innermost StaticEvent stage on the stack), seconds:")
    stages = sorted({s for s, _ in by_stage}, key=lambda s: -(by_stage[(s, "managed")] + by_stage[(s, "native/wait")]))
    print("  %-40s %9s %12s" % ("stage", "managed", "native/wait"))
    for s in stages:
        print("  %-40s %9.2f %12.2f" % (s, by_stage[(s, "managed")] / 1000, by_stage[(s, "native/wait")] / 1000))
    print("\ntop leaf methods in managed code (exclusive), seconds:")
    for (m, kind), t in sorted(((k, v) for k, v in leaf_methods.items() if k[1] == "managed"), key=lambda kv: -kv[1])[:a.top]:
        print("  %7.2f  %s" % (t / 1000, m))
    print("\ntop methods by inclusive time, managed + native/wait, seconds (waits included):")
    incl = collections.Counter()
    for (fid, kind), t in inclusive.items():
        incl[fid] += t
    shown = 0
    for fid, t in incl.most_common():
        n = names[fid]
        if "!" not in n or "Thread" in n.split("!")[-1][:7]:
            continue
        print("  %7.2f  %s" % (t / 1000, short(n)))
        shown += 1
        if shown >= a.top:
            break


if __name__ == "__main__":
    main()
