#!/bin/sh
# Makes archive/2022-09/, the example edition's archived "Preview edition" (September 2022): the example edition
# as it would have stood a year earlier, BUILT with Tessera. It is an invented earlier state, for showing archives
# and `tessera diff`; no such edition was published. Run from the repository root after `mvn -DskipTests package`.
# With a folder argument, it writes the Preview edition's sources there instead and builds nothing
# (e.g. to compare edition folders: tessera diff /tmp/preview .).
#
# What differs from the 1st edition (each a change `tessera diff` reports):
#   - dated 2022-09, labelled "Preview edition", one brochure (mptf-in-action-2022); no 2024 gender spotlight
#   - no Kyrgyz Republic programme yet (nor its row in programmes-gender); IGAD region still active
#   - Zimbabwe's budget 2,400,000 in programmes-gender; Germany's contribution 17,569,912; no contribution from Türkiye
#   - tj-3.1a reported 1,980 for 2022 (2,263 for 2023 now); tj-2c baseline 40 (42 now);
#     pb-11's 2022 figure 75,000 (restated 80,000 now)
#   - the Tajikistan story and its translations: 12 Farmer Field Schools (16 now), "over 50 schools" (over 60 now)
set -eu
here=$(pwd)
if [ $# -gt 0 ]; then
  mkdir -p "$1"
  work=$(cd "$1" && pwd)
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
cp -r site.yml content assets "$work"/
cd "$work"
rm content/pages/gender-spotlight-2024.md content/programmes/kyrgyz-republic.yml content/programmes/kyrgyz-republic.md
python3 - <<'PY'
import re
def edit(path, old, new, count=1):
    text = open(path, encoding="utf-8").read()
    assert old in text, (path, old)
    open(path, "w", encoding="utf-8").write(text.replace(old, new, count))
edit("site.yml", 'label: 1st edition', 'label: Preview edition')
edit("site.yml", 'date: "2023-09"', 'date: "2022-09"')
site = open("site.yml", encoding="utf-8").read()
site = re.sub(r"\n# The earlier edition published.*?\nchanges: true\n", "\n", site, flags=re.S)  # it archives nothing
site = site[:site.index("  - id: gender-spotlight-2024")]
open("site.yml", "w", encoding="utf-8").write(site.replace("id: mptf-in-action-2023", "id: mptf-in-action-2022"))
edit("content/programmes/igad-region.yml", "status: closed", "status: active")
rows = open("content/data/programmes-gender.csv", encoding="utf-8").read().splitlines(keepends=True)
open("content/data/programmes-gender.csv", "w", encoding="utf-8").write("".join(r for r in rows if not r.startswith("kyrgyz-republic,")))
edit("content/data/programmes-gender.csv", ",2,2500000,pipeline", ",2,2400000,pipeline")
edit("content/data/donors.csv", "Germany,19569912", "Germany,17569912")
rows = open("content/data/donors.csv", encoding="utf-8").read().splitlines(keepends=True)
open("content/data/donors.csv", "w", encoding="utf-8").write("".join(r for r in rows if not r.startswith("Türkiye,")))
indicators = "content/data/indicators.csv"
text = open(indicators, encoding="utf-8").read()
text = re.sub(r"(tajikistan,tj-3\.1a,[^\n]*?,count,0,,)2023,2263,", r"\g<1>2022,1980,", text)
text = re.sub(r"(tajikistan,tj-2c,outcome,\"[^\"]*\",percent,)42,", r"\g<1>40,", text)
text = re.sub(r"(parrots-beak,pb-11,[^\n]*?,count,,,2022,)80000,", r"\g<1>75000,", text)
open(indicators, "w", encoding="utf-8").write(text)
edit("content/programmes/tajikistan.md", "- value: 16\n", "- value: 12\n")
edit("content/programmes/tajikistan.md", "over 60 schools", "over 50 schools")
for language, schools in (("fr", "plus de 60 écoles"), ("ar", "أكثر من 60 مدرسة")):  # translations state the same figures
    edit("content/programmes/tajikistan.%s.md" % language, "- value: 16\n", "- value: 12\n")
    edit("content/programmes/tajikistan.%s.md" % language, schools, schools.replace("60", "50"))
PY
grep -rl "gender-spotlight-2024\|kyrgyz-republic" content site.yml | while read -r f; do echo "still mentioned in $f" >&2; done
cd "$here"
[ $# -gt 0 ] && exit 0
rm -rf archive/2022-09
java -jar target/tessera.jar build --source "$work" --output archive/2022-09
