#!/usr/bin/env bash
# Save-to-reload latency of `staticevent serve` (SPEC §12): on the default site and on the
# 10,000-page shared corpus, the time from saving one article to the live-reload signal.
#
#   bench/preview/run.sh                        # both sites, 10 counted saves each
#   SAVES=5 SITES=default bench/preview/run.sh  # shorter
#
# Environment:
#   SITES    which sites: "default", "10k" or both (default "default 10k")
#   SAVES    counted saves per site (default 10), after WARMUP saves (default 5) that are not
#            counted (the first rebuilds of a process run code the JIT has not optimized yet)
#   ADAPTER  lays the corpus out as a StaticEvent site (default bench/adapter.py, from the
#            branch bench); the 10k site needs it
#   SHARED   the shared benchmark scripts (default ../shared/bench)
#
# Everything goes to bench/out/preview/ (ignored by git): bin/ (the CLI published in Release),
# site-default/, corpus-10k/, site-10k/, and results/*.json. Loopback only; each save is
# bounded in time, and the servers are stopped by process id at the end.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=bench/out/preview
SHARED=${SHARED:-$ROOT/../shared/bench}
SITES=${SITES:-"default 10k"}
SAVES=${SAVES:-10}
WARMUP=${WARMUP:-5}
ADAPTER=${ADAPTER:-bench/adapter.py}
RESULTS=$OUT/results

say() { printf '\n== %s\n' "$*"; }
die() { printf '\nBENCHMARK FAILED: %s\n' "$*" >&2; exit 1; }

say "dotnet publish src/StaticEvent.Cli -c Release -o $OUT/bin"
mkdir -p "$OUT" "$RESULTS"
dotnet publish src/StaticEvent.Cli -c Release -o "$OUT/bin" -nologo -v quiet >"$OUT/publish.log" 2>&1 || { cat "$OUT/publish.log"; die "publish failed"; }
SE=$ROOT/$OUT/bin/staticevent
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
  echo "nproc: $(nproc); dotnet: $(dotnet --version)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS/machine.txt"

measure() { # label site article url
  say "$1: $SAVES saves of $3 (after $WARMUP warm-up saves)"
  python3 bench/preview/reload_latency.py --cli "$SE" --site "$2" --article "$3" --url "$4" \
    --saves "$SAVES" --warmup "$WARMUP" --label "$1" --json "$RESULTS/$1.json"
}

for site in $SITES; do
  case $site in
    default)
      # A copy of the repository's site, so the benchmark never edits the real one.
      dir=$OUT/site-default
      rm -rf "$dir" && mkdir -p "$dir"
      for part in content data themes static layouts i18n site.yml; do
        [[ -e $part ]] && cp -r "$part" "$dir/"
      done
      # The default theme has no programme layouts yet (the lead's work in progress): the copy
      # gets one-line stand-ins under the site's own layouts/, or the site would not build.
      for kind in schedule session speaker; do
        if [[ ! -f themes/default/layouts/$kind.sbn && ! -f $dir/layouts/$kind.sbn ]]; then
          mkdir -p "$dir/layouts"
          case $kind in
            schedule) echo '<h1>{{ page.title }}</h1>{{ for day in schedule.days }}{{ for s in day.sessions }}<p><a href="{{ s.url }}">{{ s.title }}</a></p>{{ end }}{{ end }}' ;;
            session) echo '<h1>{{ session.title }}</h1>{{ for p in session.speakers }}<a href="{{ p.url }}">{{ p.name }}</a>{{ end }}' ;;
            speaker) echo '<h1>{{ speaker.name }}</h1>{{ for s in speaker.sessions }}<a href="{{ s.url }}">{{ s.title }}</a>{{ end }}' ;;
          esac >"$dir/layouts/$kind.sbn"
          echo "note: no $kind layout in themes/default; the copy uses a one-line stand-in"
        fi
      done
      measure default "$dir" content/news/opening-day.fr.md /fr/actualites/journee-d-ouverture/
      ;;
    10k)
      [[ -f $SHARED/gen_corpus.py ]] || die "the shared corpus scripts are not in $SHARED (set SHARED=…)"
      [[ -f $ADAPTER ]] || die "$ADAPTER is missing: it comes with the branch bench (set ADAPTER=…)"
      corpus=$OUT/corpus-10k dir=$OUT/site-10k
      if [[ ! -f $corpus/corpus.json ]]; then
        say "10k: corpus (2,500 articles × 4 languages)"
        python3 "$SHARED/gen_corpus.py" --pages 2500 --out "$corpus" >/dev/null
      fi
      rm -rf "$dir"
      python3 "$ADAPTER" --corpus "$corpus" --out "$dir"
      # (sed -n 1p rather than head: head would close the pipe early, and pipefail would stop here)
      article=$(cd "$dir" && find content/articles -name '*.fr.md' | LC_ALL=C sort | sed -n 1p)
      slug=$(grep -m 1 '^slug:' "$dir/$article" | sed 's/^slug: *//; s/"//g; s/ *$//')
      measure 10k "$dir" "$article" "/fr/articles/$slug/"
      ;;
    *) die "unknown site '$site' (default, 10k)" ;;
  esac
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/machine.txt"
say "summary (median / p95 ms, save to reload signal; rebuild alone)"
python3 - "$RESULTS" $SITES <<'PY'
import json, sys, os
for label in sys.argv[2:]:
    r = json.load(open(os.path.join(sys.argv[1], label + ".json")))
    s, b = r["save_to_reload_ms"], r["rebuild_ms"]
    print(f"{label:8} save→reload {s['median']:8.1f} / {s['p95']:8.1f}   rebuild {b['median']:8.1f} / {b['p95']:8.1f}   first build {r['first_build_s']} s")
PY
