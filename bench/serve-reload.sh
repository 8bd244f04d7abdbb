#!/usr/bin/env bash
# Time from a saved story edit to the reload event of `tessera serve`, on a copy of the example edition and on a
# generated edition of 2,000 stories. Targets: under 200 ms and under 1 s. Prints figures; asserts nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/bench/out"
jar="$here/target/tessera.jar"
edits="${EDITS:-20}"
if [[ ! -f "$jar" ]] || [[ -n "$(find "$here/pom.xml" "$here/src/main" -newer "$jar" -print -quit)" ]]; then
  (cd "$here" && mvn -q -B -DskipTests package)
fi
rm -rf "$out/example" "$out/stories-2000"
mkdir -p "$out/example"
cp -r "$here/site.yml" "$here/content" "$here/assets" "$out/example/"
[[ -d "$here/templates" ]] && cp -r "$here/templates" "$out/example/"
[[ -d "$here/archive" ]] && cp -r "$here/archive" "$out/example/"
java "$here/bench/GenerateStories.java" "$out/stories-2000" 2000 >/dev/null

java -cp "$jar" "$here/bench/ServeReload.java" "$out/example" content/programmes/tajikistan.md "$edits"
java -cp "$jar" "$here/bench/ServeReload.java" "$out/example" content/programmes/tajikistan.md "$edits" words
java -cp "$jar" "$here/bench/ServeReload.java" "$out/stories-2000" content/programmes/p1000.md "$edits"
# An edit to the front matter also re-renders the home page and the programmes list (2,000 cards each):
java -cp "$jar" "$here/bench/ServeReload.java" "$out/stories-2000" content/programmes/p1000.md "$edits" summary
