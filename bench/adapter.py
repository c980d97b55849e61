#!/usr/bin/env python3
"""Lay a gen_corpus.py corpus out as a StaticEvent site (the StaticEvent side of layout_peers.py).

  python3 adapter.py --corpus CORPUS --out SITE [--theme bench|default]
                     [--default-theme DIR] [--page-size N]

--theme bench (the default) writes minimal Scriban layouts equivalent to the Hugo layout of
../shared/bench/layout_peers.py:
  /<lang>/articles/<slug>/index.html  one per article: title, date, content, language switcher
  /<lang>/index.html                  the language's home: every article, newest first, with
                                      title, link, date and summary (homes are never paginated)
  /<lang>/schedule/index.html         the schedule, as a content page whose body the adapter
                                      renders from data/schedule.yaml (StaticEvent has no
                                      schedule pages yet), session titles in that language
  /index.html                         the root language chooser (Hugo: a redirect page)
StaticEvent cannot switch off some page kinds that Hugo's layout disables; the bench theme
renders them with one-line layouts (title only):
  /<lang>/articles/[page/N/]index.html  the section list (pageSize items a page)
  /<lang>/tags/<tag>/index.html         one page per tag
  /<lang>/404.html, /404.html, /<lang>/feed.xml, /sitemap.xml, /robots.txt

--theme default copies the real default theme from --default-theme (e.g. the main worktree's
themes/default) and adds what it expects and the corpus lacks: a home _index and a section
_index for articles in each language, a main menu (articles, schedule) and the event dates in
params. The same pages are written as with --theme bench.

Python 3 standard library only. Same input, byte-identical output.
"""
import argparse
import html
import os
import re
import shutil

# Same titles, directions and order as layout_peers.py, so the pages say the same things.
LANGS = {  # code: (name, culture, site title, schedule title, direction, home title, articles title)
    "fr": ("Français", "fr-FR", "Conférence exemple", "Programme", "ltr", "Accueil", "Articles"),
    "en": ("English", "en-GB", "Example conference", "Schedule", "ltr", "Home", "Articles"),
    "ar": ("العربية", "ar-MA", "مؤتمر مثال", "البرنامج", "rtl", "الرئيسية", "مقالات"),
    "es": ("Español", "es-ES", "Conferencia ejemplo", "Programa", "ltr", "Inicio", "Artículos"),
}
ORDER = ["fr", "en", "ar", "es"]  # the Hugo layout's language weights
DEFAULT_LANGUAGE = "en"  # Hugo's defaultContentLanguage in layout_peers.py

# ---------------------------------------------------------------- the bench theme
# Each layout mirrors the Hugo one of layout_peers.py line for line. `page.translations` is the
# page in the other languages, like Hugo's .Translations; dates are formatted like "2006-01-02".
BENCH_LAYOUTS = {
    "base.sbn": """<!DOCTYPE html>
<html lang="{{ lang.code }}" dir="{{ lang.dir }}">
<head><meta charset="utf-8"><title>{{ page.title }} | {{ site.title }}</title></head>
<body>
<nav class="langs">{{ for t in page.translations }}<a href="{{ t.url }}" hreflang="{{ t.lang }}">{{ t.lang }}</a> {{ end }}</nav>
<main>{{ main }}</main>
<footer>{{ site.title }}</footer>
</body>
</html>
""",
    "article.sbn": """<article><h1>{{ page.title }}</h1>
<time datetime="{{ format_date page.date "yyyy-MM-dd" }}">{{ format_date page.date "yyyy-MM-dd" }}</time>
{{ page.content }}</article>""",
    # The home lists every article of its language, newest first (home pages are not paginated).
    "home.sbn": """<h1>{{ site.title }}</h1>
<ul class="articles">
{{ for p in page.pages }}<li><a href="{{ p.url }}">{{ p.title }}</a> <time datetime="{{ format_date p.date "yyyy-MM-dd" }}">{{ format_date p.date "yyyy-MM-dd" }}</time><p>{{ p.summary }}</p></li>
{{ end }}</ul>""",
    # The schedule page: its body is the table the adapter rendered from data/schedule.yaml.
    "page.sbn": """<h1>{{ page.title }}</h1>
{{ page.content }}""",
    # Pages Hugo's layout does not make and StaticEvent cannot switch off: as cheap as possible.
    "list.sbn": """<h1>{{ page.title }}</h1>""",
    "404.sbn": """<h1>404</h1>""",
    "languages.sbn": """<h1>{{ site.title }}</h1>
<ul>{{ for l in site.languages }}<li><a href="{{ l.url }}" hreflang="{{ l.code }}">{{ l.name }}</a></li>{{ end }}</ul>""",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def yq(s):
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- schedule.yaml
def parse_yaml(text):
    """The YAML subset gen_corpus.py writes: block maps and lists, flow lists, quoted or plain scalars."""
    lines = [(len(l) - len(l.lstrip(" ")), l.strip()) for l in text.splitlines() if l.strip() and not l.lstrip().startswith("#")]
    value, end = _node(lines, 0, lines[0][0] if lines else 0)
    if end != len(lines):
        raise ValueError("unparsed YAML from line %d" % end)
    return value


def _scalar(s):
    s = s.strip()
    if s.startswith('"'):
        out, i = [], 1
        while s[i] != '"':
            if s[i] == "\\":
                i += 1
            out.append(s[i])
            i += 1
        return "".join(out)
    if s.startswith("["):
        inner = s[1:-1].strip()
        return [_scalar(x) for x in re.findall(r'"(?:[^"\\]|\\.)*"|[^,\s][^,]*', inner)] if inner else []
    return s


def _node(lines, i, indent):
    if lines[i][1].startswith("- "):
        items = []
        while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
            # "- key: value" opens a map whose keys sit two columns further in.
            rest = lines[i][1][2:]
            lines[i] = (indent + 2, rest)
            if re.match(r'^[\w-]+:( |$)', rest):
                item, i = _node(lines, i, indent + 2)
            else:
                item, i = _scalar(rest), i + 1
            items.append(item)
        return items, i
    result = {}
    while i < len(lines) and lines[i][0] == indent:
        key, _, rest = lines[i][1].partition(":")
        rest = rest.strip()
        i += 1
        if rest:
            result[key] = _scalar(rest)
        elif i < len(lines) and lines[i][0] >= indent and (lines[i][0] > indent or lines[i][1].startswith("- ")):
            result[key], i = _node(lines, i, lines[i][0])
        else:
            result[key] = None
    return result, i


def esc(s):
    """Escapes text the way Go's html/template does in element content (what Hugo writes)."""
    return html.escape(s, quote=True).replace("&#x27;", "&#39;").replace("&quot;", "&#34;")


def schedule_html(schedule, lang):
    """The same markup as Hugo's schedule layout, as a raw HTML block (no blank line inside)."""
    out = []
    for day in schedule["days"]:
        out.append("<section><h2>%s</h2>" % esc(day["date"]))
        out.append("<table><tr><th>time</th><th>room</th><th>session</th><th>speakers</th></tr>")
        for s in day["sessions"]:
            title = s["title"].get(lang) or s["title"].get("en", "")
            out.append("<tr><td>%s–%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                       % (esc(s["start"]), esc(s["end"]), esc(s["room"]), esc(title), esc(", ".join(s["speakers"]))))
        out.append("</table></section>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the site
def site_yml(langs, theme, page_size, event_dates):
    y = ["# Written by bench/adapter.py from the shared benchmark corpus.",
         # Not example.org: the corpus links to https://example.org/<word> as external pages, and the
         # link check would take them for broken internal links.
         "baseUrl: https://bench.example.net/",
         "defaultLanguage: " + DEFAULT_LANGUAGE,
         "theme: " + theme,
         "timeZone: UTC",
         "pageSize: %d" % page_size,
         # Fixed, and after every corpus date, so nothing counts as future-dated.
         "buildDate: 2026-06-01T00:00:00Z",
         "languages:"]
    for l in langs:
        name, culture, title, _, direction, _, _ = LANGS[l]
        y += ["  - code: " + l,
              "    name: " + yq(name),
              "    culture: " + culture,
              "    direction: " + direction,
              "    title: " + yq(title)]
    if theme == "default":
        y += ["menus:", "  main:", "    - ref: articles", "    - ref: schedule",
              "params:", "  eventStart: " + event_dates[0], "  eventEnd: " + event_dates[1]]
    return "\n".join(y) + "\n"


def front_matter(**keys):
    return "---\n" + "".join("%s: %s\n" % (k, v) for k, v in keys.items()) + "---\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--theme", choices=["bench", "default"], default="bench")
    ap.add_argument("--default-theme", help="the folder to copy the default theme from (with --theme default)")
    ap.add_argument("--page-size", type=int, default=1000, help="items per section/tag list page (max 1000)")
    a = ap.parse_args()

    langs = [l for l in ORDER if os.path.isdir(os.path.join(a.corpus, "articles", l))]
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    with open(os.path.join(a.corpus, "data", "schedule.yaml"), encoding="utf-8") as f:
        schedule = parse_yaml(f.read())
    dates = [d["date"] for d in schedule["days"]]
    write(os.path.join(a.out, "site.yml"), site_yml(langs, a.theme, a.page_size, (min(dates), max(dates))))

    theme_dir = os.path.join(a.out, "themes", a.theme)
    if a.theme == "bench":
        for name, text in BENCH_LAYOUTS.items():
            write(os.path.join(theme_dir, "layouts", name), text)
    else:
        if not a.default_theme or not os.path.isdir(os.path.join(a.default_theme, "layouts")):
            ap.error("--theme default needs --default-theme DIR (a theme folder with layouts/)")
        shutil.copytree(a.default_theme, theme_dir)

    content = os.path.join(a.out, "content")
    n = 0
    for l in langs:
        _, _, title, schedule_title, _, home_title, articles_title = LANGS[l]
        # Articles keep their front matter as generated (title, date, slug, tags, translationKey,
        # summary); the file name carries the language, the slug makes /<lang>/articles/<slug>/.
        src = os.path.join(a.corpus, "articles", l)
        dst = os.path.join(content, "articles")
        os.makedirs(dst, exist_ok=True)
        for name in sorted(os.listdir(src)):
            shutil.copyfile(os.path.join(src, name), os.path.join(dst, name[:-3] + "." + l + ".md"))
            n += 1
        write(os.path.join(content, "schedule.%s.md" % l),
              front_matter(title=yq(schedule_title), slug="schedule", translationKey="schedule")
              + "\n" + schedule_html(schedule, l))
        if a.theme == "default":
            write(os.path.join(content, "_index.%s.md" % l), front_matter(title=yq(title)) + "\n")
            write(os.path.join(content, "articles", "_index.%s.md" % l), front_matter(title=yq(articles_title)) + "\n")
    print("staticevent (%s theme): %d articles in %s" % (a.theme, n, a.out))


if __name__ == "__main__":
    main()
