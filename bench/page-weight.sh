#!/usr/bin/env bash
# Prints the bytes a page loads in headless Chromium at a given window width: every file the browser asks the
# server for (HTML, CSS, images chosen from srcset, icon), summed.
# Usage: bench/page-weight.sh SITE_DIR [PAGE_PATH] [WIDTH] [HEIGHT]   e.g. bench/page-weight.sh _site about/ 1280 800
set -euo pipefail
site=$(cd "$1" && pwd)
page=${2:-}
width=${3:-1280}
height=${4:-800}
port=$((20000 + RANDOM % 20000))
log=$(mktemp)
profile=$(mktemp -d)
python3 -u -m http.server "$port" -d "$site" --bind 127.0.0.1 2>"$log" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$profile" "$log"' EXIT
sleep 1
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" \
  --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1" \
  --window-size="$width,$height" --virtual-time-budget=5000 --dump-dom "http://127.0.0.1:$port/$page" >/dev/null 2>&1
total=0
while read -r path; do
  file="$site${path%%\?*}"
  [[ -d "$file" ]] && file="$file/index.html"
  [[ -f "$file" ]] || continue
  bytes=$(stat -c %s "$file")
  total=$((total + bytes))
  printf '%9d  %s\n' "$bytes" "${path}"
done < <(grep -o '"GET [^ ]*' "$log" | cut -c6- | sort -u)
printf '%9d  total for /%s at %dx%d\n' "$total" "$page" "$width" "$height"
