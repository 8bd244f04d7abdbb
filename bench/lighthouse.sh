#!/usr/bin/env bash
# Lighthouse scores for readers: builds the example edition, serves it on loopback and audits the home page and a
# programme page with the system Chromium (nothing leaves the machine). Targets: 100 accessibility, best practices
# and SEO; 95 or more performance (Lighthouse's mobile preset: a slow phone on a slow network).
# Usage: bench/lighthouse.sh [PATH...]   pages inside the site, default: "" (home) and programmes/tajikistan/
#        (installs npm lighthouse 12.8.x into bench/node_modules once)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
if [[ $# -gt 0 ]]; then paths=("$@"); else paths=("" "programmes/tajikistan/"); fi
chrome="${CHROME_PATH:-/usr/bin/chromium}"

if [[ ! -x "$here/node_modules/.bin/lighthouse" ]]; then
  echo "Installing lighthouse 12.8.x into bench/node_modules..." >&2
  npm install --prefix "$here" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "lighthouse@~12.8.0" >&2
fi

work="$(mktemp -d)"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$root/tessera" build --source "$root" --output "$work/site" --quiet
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
  sleep 0.1
done

flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
flags="$flags --disable-component-update --disable-sync --disable-dev-shm-usage"
flags="$flags --host-resolver-rules=\"MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1\""

printf '%-32s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
status=0
for path in "${paths[@]}"; do
  report="$work/report.json"
  CHROME_PATH="$chrome" "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$path" --quiet \
    --chrome-flags="$flags --user-data-dir=$work/profile" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$report" >/dev/null 2>"$work/lighthouse.log" || { cat "$work/lighthouse.log" >&2; exit 1; }
  node -e '
    const r = require(process.argv[1]);
    const s = id => Math.round(r.categories[id].score * 100);
    const scores = [s("performance"), s("accessibility"), s("best-practices"), s("seo")];
    console.log(process.argv[2].padEnd(32) + scores.map((v, i) => String(v).padStart([12, 14, 15, 5][i])).join(" "));
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
        && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable");
    for (const a of failed) console.log("    " + a.id + " (" + Math.round(a.score * 100) + "): " + a.title + (a.displayValue ? " — " + a.displayValue : ""));
    process.exit(scores[0] >= 95 && scores.slice(1).every(v => v === 100) ? 0 : 3);
  ' "$report" "/${path}" || status=1
done
[[ $status -eq 0 ]] && echo "All targets met." || echo "Below target (see the audits listed under each page)."
exit $status
