#!/usr/bin/env bash
# Times incremental builds: for each N, builds a generated edition once (untimed, which leaves the build cache),
# then alternates a build after no change and a build after one story's body changed, and prints a markdown table
# of median wall time and peak RSS. See bench/README.md.
#
#   bench/incremental.sh [--runs 3] [--sizes "1000 10000"] [--work /tmp/tessera-bench]
#
# Tessera runs through the ./tessera launcher, as users run it. The changed story is the middle programme's, which
# no brochure holds (the generated brochure holds the first 20); each run writes a different sentence into it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3
sizes="1000 10000"
work="${TMPDIR:-/tmp}/tessera-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "unknown option $1; see the comment at the top of $0" >&2; exit 2 ;;
  esac
done
if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time with apt-get..." >&2
  if [[ "$(id -u)" -eq 0 ]]; then apt-get install -y -q time >&2; else sudo apt-get install -y -q time >&2; fi
fi
mkdir -p "$work"
"$here/tessera" --help >/dev/null # packages the jar now, not inside a timed run
: >"$work/incremental.txt"

measure() { # label, then the command
  local label="$1"
  shift
  sync
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  echo "$label $(cat "$work/time.txt") $(tail -n 1 "$work/last.log" | tr -s ' ' | cut -c1-80)" >>"$work/incremental.txt"
}

for n in $sizes; do
  dir="$work/n$n"
  if [[ ! -f "$dir/edition/site.yml" ]]; then
    echo "generating $n programmes in $dir..." >&2
    rm -rf "$dir"
    java "$here/bench/Generate.java" "$n" "$dir/edition" "$dir/hugo"
  fi
  story="$(printf '%s/edition/content/programmes/programme-%05d.md' "$dir" $((n / 2)))"
  cp "$story" "$work/story.md.orig"
  build=("$here/tessera" build --source "$dir/edition" --output "$dir/incremental-site")
  echo "N=$n: first build (untimed)..." >&2
  rm -rf "$dir/incremental-site"
  "${build[@]}" --quiet >/dev/null 2>&1
  sleep 4 # the cache trusts a file's time only when it is older than the last scan by a few seconds
  for ((r = 1; r <= runs; r++)); do
    echo "N=$n: run $r of $runs" >&2
    measure "nothing-$n" "${build[@]}"
    { cat "$work/story.md.orig"; printf '\nA sentence written for run %s at %s.\n' "$r" "$(date +%s%N)"; } >"$story"
    measure "story-$n" "${build[@]}"
  done
  cp "$work/story.md.orig" "$story"
  "${build[@]}" --quiet >/dev/null 2>&1
done

stat() { # label field(2 wall, 3 rss) reducer
  awk -v l="$1" -v f="$2" '$1 == l {print $f}' "$work/incremental.txt" | "$3"
}
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
maximum() { sort -n | tail -n 1; }

echo
echo "| N | change | median wall (s) | peak RSS (MB) | runs |"
echo "|---|---|--:|--:|--:|"
for n in $sizes; do
  for change in nothing story; do
    printf '| %s | %s | %.2f | %d | %s |\n' "$n" "$([[ $change == nothing ]] && echo 'no change' || echo 'one story body')" \
      "$(stat "$change-$n" 2 median)" $(($(stat "$change-$n" 3 maximum) / 1024)) "$runs"
  done
done
echo "All runs (label, wall s, peak KB, last line printed): $work/incremental.txt"
