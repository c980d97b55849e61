#!/usr/bin/env bash
# Start-up and runtime settings tried on the published CLI, without changing the engine:
# environment variables (DOTNET_*) and a ReadyToRun publish. Alternating rounds, like run.sh.
#   bench/knobs.sh [SIZE_LABEL…]   (default: 1k 10k; run bench/run.sh first for the sites)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD OUT=bench/out
RUNS=${RUNS:-3}
# Both builds of the CLI from this checkout, so the variants compare the same engine.
dotnet publish src/StaticEvent.Cli -c Release -o "$OUT/bin" -nologo -v quiet >/dev/null
# From clean intermediates: an incremental ReadyToRun publish can keep stale precompiled code (run.sh).
rm -rf src/*/obj/Release/net10.0/linux-x64 src/*/bin/Release/net10.0/linux-x64
dotnet publish src/StaticEvent.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/bin-r2r" -nologo -v quiet >/dev/null
rm -rf "$OUT/knobs"
for label in ${@:-1k 10k}; do
  site=$ROOT/$OUT/sites-$label/staticevent pub=$ROOT/$OUT/public/knobs-$label
  [[ -d $site ]] || { echo "no $site: run bench/run.sh first" >&2; exit 1; }
  pages=$(( $(ls "$site/content/articles" | wc -l) ))
  args=()
  t() { args+=(--tool "$1" "$pub/$1" "$2 $ROOT/$OUT/${3:-bin}/staticevent build --quiet --source $site --output $pub/$1"); }
  t baseline env
  t TieredPGO=0 "env DOTNET_TieredPGO=0"
  t gcServer=1 "env DOTNET_gcServer=1"
  t gen0size=256MB "env DOTNET_GCgen0size=0x10000000"
  t WriteXorExecute=0 "env DOTNET_EnableWriteXorExecute=0"
  t ReadyToRun env bin-r2r
  t R2R+PGO=0+WXE=0+gen0=256MB "env DOTNET_TieredPGO=0 DOTNET_EnableWriteXorExecute=0 DOTNET_GCgen0size=0x10000000" bin-r2r
  python3 bench/measure.py run --label "$label" --pages "$pages" --runs "$RUNS" --results "$OUT/knobs" "${args[@]}"
done
python3 bench/measure.py report --results "$OUT/knobs" --baseline baseline | tee "$OUT/knobs/report.md"
