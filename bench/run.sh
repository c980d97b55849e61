#!/usr/bin/env bash
# The StaticEvent benchmark, side by side with Hugo on the shared corpus (SPEC §12).
#
#   bench/run.sh            # 1,000 and 10,000 pages, 5 and 3 timed rounds
#   RUNS_1K=3 RUNS_10K=1 SIZES="250" bench/run.sh   # shorter
#
# Environment:
#   SIZES          articles per language to build (default "250 2500": 1,000 and 10,000 pages)
#   RUNS_1K, RUNS_10K   timed rounds (default 5 and 3); each round builds every tool once
#   DEFAULT_THEME  the default theme to copy for the second table (default: the main worktree's
#                  themes/default if there is one, else this checkout's); "" skips that table
#   TIMEOUT        seconds allowed per build (default 600)
#
# Everything goes to bench/out/ (ignored by git): bin/ (our CLI, published in Release),
# corpus-*/, sites-*/, public/, results/ (JSON per size and report.md).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=bench/out
SHARED=${SHARED:-$ROOT/../shared/bench}
SIZES=${SIZES:-"250 2500"}
RUNS_1K=${RUNS_1K:-5}
RUNS_10K=${RUNS_10K:-3}
TIMEOUT=${TIMEOUT:-600}
if [[ -z ${DEFAULT_THEME+x} ]]; then
  if [[ -d /work/main/themes/default/layouts ]]; then DEFAULT_THEME=/work/main/themes/default; else DEFAULT_THEME=$ROOT/themes/default; fi
fi

say() { printf '\n== %s\n' "$*"; }
die() { printf '\nBENCHMARK FAILED: %s\n' "$*" >&2; exit 1; }

[[ -f $SHARED/gen_corpus.py && -f $SHARED/layout_peers.py ]] || die "the shared corpus scripts are not in $SHARED (set SHARED=…)"

# 1. Hugo from Debian; another engineer may hold the apt lock, so retry.
if ! command -v hugo >/dev/null; then
  say "installing Hugo (apt-get install hugo)"
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if apt-get install -y -qq hugo >/dev/null 2>"$OUT.apt.log" || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hugo >/dev/null 2>"$OUT.apt.log"; }; then
      break
    fi
    echo "apt busy or failed (attempt $attempt): $(tail -1 "$OUT.apt.log")"; sleep 15
  done
  command -v hugo >/dev/null || die "could not install hugo"
fi
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null

# 2. Our CLI, published in Release and ReadyToRun (compiled ahead of time, so a build does not
#    spend its first second in the JIT); the benchmark runs this binary, not `dotnet run`.
say "dotnet publish src/StaticEvent.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o $OUT/bin"
mkdir -p "$OUT"
rm -rf "$OUT/bin"
# An incremental ReadyToRun publish can keep precompiled code of an older build of a project,
# which the runtime then refuses at start-up (SIGABRT): start from clean intermediate folders.
rm -rf src/*/obj/Release/net10.0/linux-x64 src/*/bin/Release/net10.0/linux-x64
dotnet publish src/StaticEvent.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/bin" -nologo -v quiet >"$OUT/publish.log" 2>&1 || { cat "$OUT/publish.log"; die "publish failed"; }
SE=$ROOT/$OUT/bin/staticevent
"$SE" --version >/dev/null || die "the published CLI does not start ($SE --version failed)"

RESULTS=$OUT/results
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
  echo "nproc: $(nproc)"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "kernel: $(uname -r)"
  echo "dotnet: $(dotnet --version)"
  echo "hugo: $(hugo version | cut -d' ' -f1-2)"
  echo "default theme: ${DEFAULT_THEME:-skipped} ($(git -C "${DEFAULT_THEME:-.}" rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS/machine.txt"

for n in $SIZES; do
  pages=$((n * 4))
  label="$((pages / 1000))k"
  runs=$RUNS_10K; [[ $pages -le 1000 ]] && runs=$RUNS_1K
  corpus=$OUT/corpus-$label sites=$OUT/sites-$label public=$ROOT/$OUT/public/$label

  say "$label: corpus ($n articles × 4 languages), Hugo layout, StaticEvent sites"
  python3 "$SHARED/gen_corpus.py" --pages "$n" --out "$corpus" >/dev/null
  python3 "$SHARED/layout_peers.py" --corpus "$corpus" --out "$sites" --peers hugo
  python3 bench/adapter.py --corpus "$corpus" --out "$sites/staticevent"
  tools=(--tool hugo "$public/hugo" "hugo --quiet -s $ROOT/$sites/hugo -d $public/hugo"
         --tool staticevent "$public/staticevent" "$SE build --quiet --source $ROOT/$sites/staticevent --output $public/staticevent")
  if [[ -n $DEFAULT_THEME ]]; then
    python3 bench/adapter.py --corpus "$corpus" --out "$sites/staticevent-default" --theme default --default-theme "$DEFAULT_THEME"
    tools+=(--tool staticevent-default-theme "$public/staticevent-default-theme"
            "$SE build --quiet --source $ROOT/$sites/staticevent-default --output $public/staticevent-default-theme")
  fi

  # 3. The same pages, or no figures: compare.py checks the warm-up builds' outputs before any
  #    timed round (and the default-theme site must write the same pages as the bench site).
  check="python3 bench/compare.py --hugo $public/hugo --staticevent $public/staticevent --json $RESULTS/pages-$label.json"
  if [[ -n $DEFAULT_THEME ]]; then
    check+=" && test \$(find $public/staticevent-default-theme -name index.html | wc -l) -eq \$(find $public/staticevent -name index.html | wc -l)"
  fi
  say "$label: warm-up builds, the page check, then $runs timed rounds"
  python3 bench/measure.py run --label "$label" --pages "$pages" --runs "$runs" --timeout "$TIMEOUT" --results "$RESULTS" \
    --check "$check" "${tools[@]}" || die "$label: a build or the page check failed (see above)"
done

say "results (also in $RESULTS/report.md)"
python3 bench/measure.py report --results "$RESULTS" --markdown "$RESULTS/report.md"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/machine.txt"
