#!/bin/sh
# Site search at N programmes (10,000 by default): the build time, the size of the English index (search/index.js)
# raw and gzip-compressed, and in Chromium (headless, from file://) the time to index it on first use and the time
# of each query, as the site's own script measures them (data-indexed-ms, data-query-ms).
# Usage: bench/search.sh [N] [WORK_DIR] [--no-build]   (packages target/tessera.jar when it is missing)
set -e
cd "$(dirname "$0")/.."
N="${1:-10000}"
WORK="${2:-/tmp/tessera-search-bench}"
[ -f target/tessera.jar ] || mvn -q -B -DskipTests package
mkdir -p "$WORK"
[ -f "$WORK/edition-$N/site.yml" ] || java bench/Generate.java "$N" "$WORK/edition-$N" >/dev/null
if [ "$3" != "--no-build" ]; then
  rm -rf "$WORK/site-$N"
  start=$(date +%s.%N)
  java -jar target/tessera.jar build --quiet --source "$WORK/edition-$N" --output "$WORK/site-$N" >/dev/null
  end=$(date +%s.%N)
  echo "build: $(echo "$end - $start" | bc) s (load average before: $(cut -d' ' -f1 /proc/loadavg))"
fi
index="$WORK/site-$N/search/index.js"
echo "programmes: $N"
echo "index entries: $(grep -c '^\[' "$index")"
echo "index raw: $(wc -c < "$index") bytes"
echo "index gzip -9: $(gzip -9 -c "$index" | wc -c) bytes"
echo "library gzip -9: $(gzip -9 -c "$WORK/site-$N/assets/minisearch.js" | wc -c) bytes"
# each query in 3 fresh pages (the first search of a page is the slowest: nothing is warm yet); the median is printed
for q in migration "women children" resil goverance "programme 4711"; do
  url="file://$WORK/site-$N/search/index.html?q=$(echo "$q" | sed 's/ /%20/g')"
  times=""; indexed=""
  for run in 1 2 3; do
    dom=$(chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=60000 --dump-dom "$url" 2>/dev/null)
    times="$times $(echo "$dom" | grep -o 'data-query-ms="[0-9.]*"' | grep -o '[0-9.]*' | head -1)"
    indexed="$indexed $(echo "$dom" | grep -o 'data-indexed-ms="[0-9.]*"' | grep -o '[0-9.]*' | head -1)"
    found=$(echo "$dom" | grep -o 'role="status">[^<]*' | sed 's/.*>//')
  done
  median=$(echo $times | tr ' ' '\n' | sort -n | sed -n 2p)
  echo "query \"$q\": median $median ms of [$times ] ($found); index built on first use in [$indexed ] ms"
done
