#!/bin/sh
# Site search at N programmes (10,000 by default): the build time, the size of the English index (search/index.js)
# raw and gzip-compressed, and in Chromium (headless, from file://) the time to the first answer, to the whole index
# read, and of each query, as the site's own script measures them (data-answered-ms, data-indexed-ms, data-query-ms).
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
more="$WORK/site-$N/search/index-more.js"
echo "programmes: $N"
echo "index entries: $(cat "$index" "$more" | grep -c '^\[')"
echo "index raw: $(wc -c < "$index") + $(wc -c < "$more") bytes (search/index.js + search/index-more.js)"
echo "index gzip -9: $(gzip -9 -c "$index" | wc -c) + $(gzip -9 -c "$more" | wc -c) bytes"
echo "library gzip -9: $(gzip -9 -c "$WORK/site-$N/assets/minisearch.js" | wc -c) bytes"
# each query in 3 fresh pages, in real time through chromedriver (bench/SearchTiming.java): when the first answer
# showed after the query was asked (loading MiniSearch and the index, reading its first slice), how long reading the
# whole index took, and the last search with its status (the first search of a page is the slowest: nothing is warm)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/SearchTiming.java "$WORK/site-$N" 3 migration "women children" resil goverance "programme 4711"
# a reader who tabs into the box on the home page and types at once: the first answer timed from the first key
java bench/SearchTiming.java "$WORK/site-$N" 3 --type migration "programme 4711"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
