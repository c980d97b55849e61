#!/usr/bin/env python3
"""Check that Hugo and StaticEvent built the same pages from the bench corpus.

  python3 compare.py --hugo HUGO_PUBLIC --staticevent SE_PUBLIC [--sample N] [--json FILE]

1. The page sets: every index.html Hugo wrote must exist at the same path in StaticEvent's
   output, and every extra index.html of StaticEvent must be one of the page kinds StaticEvent
   cannot switch off (section list pages under /<lang>/articles/, tag pages under
   /<lang>/tags/<tag>/). Anything else fails.
2. The text of the pages: for the homes, the schedules and a deterministic sample of articles,
   the visible text inside <main> (tags stripped, entities decoded, typographic quotes and
   no-break spaces folded) must be the same, and so must the <title> and the language links.

Exits 1 with the differences when a check fails. Python 3 standard library only.
"""
import argparse
import html
import json
import os
import re
import sys

EXTRA = re.compile(r"^[a-z]{2}/(articles/(page/\d+/)?|tags/[^/]+/)index\.html$")


def pages(root):
    found = set()
    for d, _, files in os.walk(root):
        if "index.html" in files:
            found.add(os.path.relpath(os.path.join(d, "index.html"), root).replace(os.sep, "/"))
    return found


FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "‹": "'", "›": "'",
                      "\u202f": " ", "\u00a0": " ", "–": "-", "—": "-", "…": "..."})


def fold(text):
    """Typography aside: StaticEvent curls apostrophes and quotes and puts (narrow) no-break
    spaces before ; : ! ? and inside « » in French; Hugo's layout leaves the text as written."""
    text = html.unescape(text).translate(FOLD)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r" ([;:!?.,\"'])", r"\1", text).strip()


def text_of(path):
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    title = re.search(r"<title>(.*?)</title>", doc, re.S)
    langs = re.findall(r'<nav class="langs">(.*?)</nav>', doc, re.S)
    main = re.search(r"<main>(.*)</main>", doc, re.S)
    body = main.group(1) if main else ""
    if "<ul class=\"articles\">" in body:
        # Lists are newest first; the two tools order articles of the same date differently
        # (Hugo: title descending, StaticEvent: title ascending). Compare the sequence of dates
        # and the items as a multiset.
        items = re.findall(r"<li>.*?</li>", body, re.S)
        dates = re.findall(r'<time datetime="([^"]*)"', body)
        body = " ".join(dates) + " " + " ".join(sorted(fold(re.sub(r"<[^>]+>", " ", i)) for i in items))
    body = fold(re.sub(r"<[^>]+>", " ", body))
    links = re.findall(r'href="([^"]*)"', langs[0]) if langs else []
    items = len(re.findall(r"<li>", main.group(1))) if main else 0
    return (fold(title.group(1)) if title else None), links, items, body


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hugo", required=True)
    ap.add_argument("--staticevent", required=True)
    ap.add_argument("--sample", type=int, default=200, help="articles compared by text (every k-th)")
    ap.add_argument("--json", help="write the counts here")
    a = ap.parse_args()

    hugo, ours = pages(a.hugo), pages(a.staticevent)
    missing = sorted(hugo - ours)
    extra = sorted(ours - hugo)
    unexplained = [p for p in extra if not EXTRA.match(p)]
    problems = []
    if missing:
        problems.append("%d Hugo pages missing from StaticEvent's output, e.g. %s" % (len(missing), missing[:5]))
    if unexplained:
        problems.append("%d unexpected StaticEvent pages, e.g. %s" % (len(unexplained), unexplained[:5]))

    common = sorted(hugo & ours)
    articles = [p for p in common if "/articles/" in p]
    step = max(1, len(articles) // max(1, a.sample))
    checked = [p for p in common if "/articles/" not in p and p != "index.html"] + articles[::step]
    differ = []
    for p in checked:
        h, s = text_of(os.path.join(a.hugo, p)), text_of(os.path.join(a.staticevent, p))
        for what, x, y in (("title", h[0], s[0]), ("language links", h[1], s[1]), ("list items", h[2], s[2]), ("text", h[3], s[3])):
            if x != y:
                if what == "text":
                    k = next((i for i, (u, v) in enumerate(zip(x, y)) if u != v), min(len(x), len(y)))
                    x, y = "…" + x[max(0, k - 40):k + 40], "…" + y[max(0, k - 40):k + 40]
                differ.append("%s: %s differs:\n    hugo: %r\n    ours: %r" % (p, what, x, y))
                break
    if differ:
        problems.append("%d of %d compared pages differ:\n  %s" % (len(differ), len(checked), "\n  ".join(differ[:5])))

    kinds = {"articles": sum(1 for p in extra if "/articles/" in p), "tags": sum(1 for p in extra if "/tags/" in p)}
    other = sum(1 for _, _, fs in os.walk(a.staticevent) for f in fs if f != "index.html")
    summary = {"hugo_pages": len(hugo), "staticevent_pages": len(ours), "same_pages": len(common),
               "extra_section_pages": kinds["articles"], "extra_tag_pages": kinds["tags"],
               "staticevent_other_files": other, "text_compared": len(checked), "text_differs": len(differ)}
    print("pages: hugo %(hugo_pages)d, staticevent %(staticevent_pages)d; %(same_pages)d the same; StaticEvent extras: "
          "%(extra_section_pages)d section list pages, %(extra_tag_pages)d tag pages (+%(staticevent_other_files)d other files: "
          "404s, feeds, sitemap, robots); text compared on %(text_compared)d pages, %(text_differs)d differ" % summary, flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(summary, f, indent=1)
    if problems:
        print("PAGE CHECK FAILED:\n" + "\n".join(problems), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
