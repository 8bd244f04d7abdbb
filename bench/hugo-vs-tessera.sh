#!/usr/bin/env bash
# Builds synthetic editions of N programmes with Tessera and the same stories with Hugo, alternating runs,
# and prints a markdown table: median wall time, peak RSS, and the Tessera/Hugo ratio. See bench/README.md.
#
#   bench/hugo-vs-tessera.sh [--runs 3] [--sizes "1000 10000"] [--rows 100000] [--work /tmp/tessera-bench]
#
# Tessera runs through the ./tessera launcher (as users run it); Hugo is Debian's package, installed with
# apt-get when missing, as is GNU time (for the peak RSS). Output folders are removed before each run,
# and the disk synced, outside the timing. One untimed run of each tool warms the disk cache (and makes Tessera's CDS archive).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3
sizes="1000 10000"
rows=100000
work="${TMPDIR:-/tmp}/tessera-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "unknown option $1; see the comment at the top of $0" >&2; exit 2 ;;
  esac
done

need() { # command, Debian package
  if ! command -v "$1" >/dev/null 2>&1 && [[ ! -x "$1" ]]; then
    echo "installing $2 with apt-get..." >&2
    if [[ "$(id -u)" -eq 0 ]]; then apt-get install -y -q "$2" >&2; else sudo apt-get install -y -q "$2" >&2; fi
  fi
}
need hugo hugo
need /usr/bin/time time

mkdir -p "$work"
"$here/tessera" --help >/dev/null # packages the jar now, not inside a timed run

# measure LABEL OUTPUT -- command...: runs once, appends "LABEL wall_seconds peak_kb" to $work/times.txt
measure() {
  local label="$1" out="$2"
  shift 3
  rm -rf "$out"
  sync # the previous run's writes and this removal reach the disk before the clock starts, for either tool
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  echo "$label $(cat "$work/time.txt")" >>"$work/times.txt"
}

median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
maximum() { sort -n | tail -n 1; }

: >"$work/times.txt"
for n in $sizes; do
  dir="$work/n$n"
  if [[ ! -f "$dir/edition/site.yml" ]]; then
    echo "generating $n programmes in $dir..." >&2
    rm -rf "$dir"
    java "$here/bench/Generate.java" "$n" "$dir/edition" "$dir/hugo"
  fi
  tessera=("$here/tessera" build --quiet --source "$dir/edition" --output "$dir/tessera-site")
  hugo=(hugo --quiet -s "$dir/hugo" -d "$dir/hugo-site")
  echo "N=$n: warm-up..." >&2
  measure "warmup-tessera-$n" "$dir/tessera-site" -- "${tessera[@]}"
  measure "warmup-hugo-$n" "$dir/hugo-site" -- "${hugo[@]}"
  for ((r = 1; r <= runs; r++)); do
    echo "N=$n: run $r of $runs" >&2
    measure "tessera-$n" "$dir/tessera-site" -- "${tessera[@]}"
    measure "hugo-$n" "$dir/hugo-site" -- "${hugo[@]}"
  done
done

if [[ "$rows" -gt 0 ]]; then
  dir="$work/rows$rows"
  if [[ ! -f "$dir/edition/site.yml" ]]; then
    rm -rf "$dir"
    java "$here/bench/Generate.java" 1000 "$dir/edition" --big-dataset "$rows"
  fi
  echo "1,000 programmes and a dataset of $rows rows..." >&2
  for ((r = 1; r <= runs; r++)); do
    measure "rows-$rows" "$dir/tessera-site" -- "$here/tessera" build --quiet --source "$dir/edition" --output "$dir/tessera-site"
  done
fi

stat() { # label field(2 wall, 3 rss) reducer
  awk -v l="$1" -v f="$2" '$1 == l {print $f}' "$work/times.txt" | "$3"
}

echo
echo "| N | tool | median wall (s) | peak RSS (MB) | runs | Tessera/Hugo (wall) |"
echo "|---|---|--:|--:|--:|--:|"
for n in $sizes; do
  tw="$(stat "tessera-$n" 2 median)"
  hw="$(stat "hugo-$n" 2 median)"
  tr="$(stat "tessera-$n" 3 maximum)"
  hr="$(stat "hugo-$n" 3 maximum)"
  ratio="$(awk -v a="$tw" -v b="$hw" 'BEGIN {printf "%.2f", a / b}')"
  printf '| %s | Tessera | %.2f | %d | %s | %s |\n' "$n" "$tw" $((tr / 1024)) "$runs" "$ratio"
  printf '| %s | Hugo %s | %.2f | %d | %s | |\n' "$n" "$(hugo version | sed -n 's/.*v\([0-9.]*\).*/\1/p')" "$hw" $((hr / 1024)) "$runs"
done
if [[ "$rows" -gt 0 ]]; then
  printf '| 1000 + %s-row dataset | Tessera | %.2f | %d | %s | |\n' "$rows" "$(stat "rows-$rows" 2 median)" \
    $(($(stat "rows-$rows" 3 maximum) / 1024)) "$runs"
fi
set -- $sizes
if [[ $# -ge 2 ]]; then
  awk -v a="$(stat "tessera-$1" 2 median)" -v b="$(stat "tessera-${!#}" 2 median)" -v n1="$1" -v n2="${!#}" \
    'BEGIN {printf "\nTessera from N=%s to N=%s: %.1fx the time for %.0fx the programmes.\n", n1, n2, b / a, n2 / n1}'
fi
echo "All runs (label, wall s, peak KB): $work/times.txt"
