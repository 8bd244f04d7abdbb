#!/usr/bin/env bash
# Where a clean build's time goes: builds a generated edition once under Java Flight Recorder (the launcher's JVM
# options) and prints the share of CPU samples by pipeline stage, read from the innermost Tessera frame of each
# sample (its package: load, check, resolve, render, publish, cache, ...), and the top methods of the largest.
#
#   bench/profile.sh [N=10000] [--work /tmp/tessera-bench]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
work="${TMPDIR:-/tmp}/tessera-bench"
[[ "${2:-}" == "--work" ]] && work="$3"
dir="$work/n$n"
if [[ ! -f "$dir/edition/site.yml" ]]; then
  java "$here/bench/Generate.java" "$n" "$dir/edition" "$dir/hugo"
fi
"$here/tessera" --help >/dev/null
rm -rf "$dir/profile-site" "$work/build.jfr"
start=$(date +%s.%N)
java $(grep -v '^#' "$here/src/main/dist/lib/jvm.options") -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename="$work/build.jfr",settings=profile \
  -jar "$here/target/tessera.jar" build --quiet --clean --source "$dir/edition" --output "$dir/profile-site" >/dev/null 2>&1
echo "N=$n: clean build under JFR in $(echo "$(date +%s.%N) - $start" | bc) s (JFR adds a little)"
jfr print --stack-depth 512 --events jdk.ExecutionSample "$work/build.jfr" >"$work/samples.txt"
python3 - "$work/samples.txt" <<'PY'
import collections, re, sys
events = open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]
stages, methods = collections.Counter(), collections.defaultdict(collections.Counter)
for e in events:
    frames = re.findall(r"^\s+([\w$.<>]+)\(", e, re.M)
    tessera = next((f for f in frames if f.startswith("org.tessera.")), None)
    if tessera is None:
        stage = "outside any Tessera call (JIT compiler threads, class loading, pool threads idle-spinning)"
    else:
        parts = tessera.split(".")
        stage = parts[2] if len(parts) > 4 else "pipeline (org.tessera)"
    stages[stage] += 1
    if frames:
        methods[stage][frames[0]] += 1
total = sum(stages.values())
print(f"{total} CPU samples")
print("| stage (innermost Tessera package) | share of samples |")
print("|---|--:|")
for stage, count in stages.most_common():
    print(f"| {stage} | {100 * count / total:.1f}% |")
for stage, _ in stages.most_common(3):
    top = ", ".join(f"{m.split('.')[-2]}.{m.split('.')[-1]} {100 * c / total:.1f}%" for m, c in methods[stage].most_common(4))
    print(f"- {stage}: {top}")
PY
