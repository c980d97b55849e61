#!/usr/bin/env bash
# Runs every test of StaticEvent: installs what the tests need from outside .NET when it is
# missing, then runs `dotnet test StaticEvent.sln` with any extra arguments passed through.
#
#   ./test.sh                                  # everything
#   ./test.sh --filter "FullyQualifiedName~Site"
#
# What it installs (only when missing, so a second run goes straight to the tests):
#   - Chromium from Debian (/usr/bin/chromium), for the browser tests (Playwright drives it;
#     `playwright install` is never run: this machine cannot download browser builds);
#   - a Java runtime from Debian (default-jre-headless), for the Nu HTML Checker;
#   - nginx and its brotli_static module from Debian, for the host configuration test;
#   - the npm packages pinned in tests/tools/package-lock.json (vnu-jar, axe-core, s3rver), with npm ci.
# Installer output goes to TestResults/test.sh.log; this script prints one line per step.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo_root"

tools_dir="tests/tools"
log_dir="TestResults"
log_file="$log_dir/test.sh.log"
mkdir -p "$log_dir"
: >"$log_file"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

say() { printf 'test.sh: %s\n' "$*"; }

# Runs a command with its output sent to the log; on failure shows the log's end and stops.
run_logged() {
  printf '\n$ %s\n' "$*" >>"$log_file"
  if ! "$@" >>"$log_file" 2>&1 </dev/null; then
    say "FAILED: $*"
    say "last lines of $log_file:"
    tail -n 25 "$log_file" | sed 's/^/    /'
    exit 1
  fi
}

apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    run_logged "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    apt_updated=true
  fi
  run_logged "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "$@"
}

# 1. Chromium, for the Playwright tests.
if [ -x /usr/bin/chromium ]; then
  say "chromium: present"
else
  say "chromium: installing Debian package chromium ..."
  apt_install chromium
  say "chromium: installed ($(/usr/bin/chromium --version 2>/dev/null || echo '?'))"
fi

# 2. Java, for the Nu HTML Checker (vnu.jar).
if command -v java >/dev/null 2>&1; then
  say "java: present"
else
  say "java: installing Debian package default-jre-headless ..."
  apt_install default-jre-headless
  say "java: installed"
fi

# 3. nginx with brotli_static, for the test of the generated nginx configuration (run on 127.0.0.1
#    by the tests themselves, never as the system's service).
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  if [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    say "nginx: present"
  else
    say "nginx: installing Debian package libnginx-mod-http-brotli-static ..."
    apt_install libnginx-mod-http-brotli-static
    say "nginx: brotli_static installed"
  fi
else
  say "nginx: installing Debian packages nginx, libnginx-mod-http-brotli-static ..."
  apt_install nginx libnginx-mod-http-brotli-static
  say "nginx: installed ($(/usr/sbin/nginx -v 2>&1 || echo '?'))"
fi

# 4. npm test tools, at the versions of the committed lock file.
#    A stamp holding the lock file's hash makes a changed pin reinstall them.
if ! command -v npm >/dev/null 2>&1; then
  say "npm: installing Debian package npm ..."
  apt_install npm
fi
lock_hash="$(sha256sum "$tools_dir/package-lock.json" | cut -d' ' -f1)"
stamp="$tools_dir/node_modules/.staticevent-lock-sha256"
if [ -f "$tools_dir/node_modules/vnu-jar/build/dist/vnu.jar" ] &&
  [ -f "$tools_dir/node_modules/axe-core/axe.min.js" ] &&
  [ -f "$tools_dir/node_modules/s3rver/bin/s3rver.js" ] &&
  [ "$(cat "$stamp" 2>/dev/null)" = "$lock_hash" ]; then
  say "npm tools (vnu-jar, axe-core, s3rver): present"
else
  say "npm tools (vnu-jar, axe-core, s3rver): installing with npm ci ..."
  # --ignore-scripts: vnu-jar's postinstall would download a Java runtime; Debian's is used instead.
  run_logged npm ci --prefix "$tools_dir" --ignore-scripts --no-audit --no-fund
  printf '%s\n' "$lock_hash" >"$stamp"
  say "npm tools: installed"
fi

# 5. The tests.
say "running dotnet test StaticEvent.sln $*"
exec dotnet test StaticEvent.sln "$@"
