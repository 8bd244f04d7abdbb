# Writes the test corpus: src/test/resources/editions/minimal and one broken copy of it per case in
# src/test/resources/bad-editions, each with the expect.properties that BadEditionsTest checks.
# Run from the repository root: python3 src/test/scripts/make-bad-editions.py src/test/resources
import os, shutil, sys
PHOTO = bytes.fromhex('ffd8ffe000104a46494600010200000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffdb0043010909090c0b0c180d0d1832211c213232323232323232323232323232323232323232323232323232323232323232323232323232323232323232323232323232ffc00011080028004003012200021101031101ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffc4001f0100030101010101010101010000000000000102030405060708090a0bffc400b51100020102040403040705040400010277000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a262728292a35363738393a434445464748494a535455565758595a636465666768696a737475767778797a82838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4f5f6f7f8f9faffda000c03010002110311003f00e7a8a28af70f9d0a28a2800a28a2800a28a2800a28afa4ab2ab57d9db437a347da5f5b58f9b68afa4a8ac7eb5e46ff0053fef7e07cdb457d25451f5af20fa9ff007bf03e6da2be92af9b6b6a557da5f430ad47d9db5bdc28a28ad4c028a28a0028a28a0028a28a00ffd9')
ROOT = sys.argv[1]  # src/test/resources
MIN = {
"site.yml": """title: Test Fund in Action
edition: {label: "1st edition", date: 2024-01}
publisher: Test Fund
contact:
  email: fund@example.org
  websites: [https://example.org/fund]
brochures:
  - id: in-action
    title: Test Fund in Action
    contents: [cover, "programme:alpha", "page:about", donors, back-cover]
""",
"content/programmes/alpha.yml": """title: Alpha joint programme for families left behind
countries: [TJ]
status: active
organizations: [FAO, IOM]
budget:
  currency: USD
  total: 1000000
  by_organization:
    FAO: 400000
    IOM: 600000
markers:
  gender: B
hero:
  image: assets/photo.jpg
  alt: Women farmers in a greenhouse
  caption: A greenhouse
  credit: ©Test Fund
""",
"content/programmes/alpha.md": """---
order: 1
summary: The programme supports families left behind.
---

## Key achievements

```tiles
- indicator: al-1
  label: women farmers trained in water management
- value: 12
  label: greenhouses built
```

So far {{< value al-2 >}} children were enrolled in school.
""",
"content/pages/about.md": """---
title: About the fund
---

The fund supports migration governance.
""",
"content/data/indicators.csv": """programme,code,statement,unit,baseline,target,period,value
alpha,al-1,# of women farmers trained in water management,count,0,500,2022,120
alpha,al-1,# of women farmers trained in water management,count,0,500,2023,80
alpha,al-2,# of children enrolled in school,count,0,,2023,45
alpha,al-3,% of trained farmers who report higher yields,percent,0,80,2023,64
""",
"content/data/donors.csv": """donor,amount,kind
Germany,"2,000,000",member-state
Ireland,"500,000",member-state
""",
"assets/photo.jpg": PHOTO,  # a real 64x40 JPEG without metadata: damaged images are errors
}

def write(base, files):
    for rel, text in files.items():
        p = os.path.join(base, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if text is None:
            os.remove(p); continue
        mode = 'wb' if isinstance(text, bytes) else 'w'
        with open(p, mode, **({} if mode == 'wb' else {'newline': ''})) as f:
            f.write(text)

def case(name, expect, files, description):
    base = os.path.join(ROOT, "bad-editions", name)
    if os.path.exists(base): shutil.rmtree(base)
    write(base, MIN)
    write(base, files)
    props = "# " + description + "\n" + "".join(f"{k}={v}\n" for k, v in expect.items())
    with open(os.path.join(base, "expect.properties"), "w") as f:
        f.write(props)

good = os.path.join(ROOT, "editions", "minimal")
if os.path.exists(good): shutil.rmtree(good)
write(good, MIN)

def sub(rel, old, new):
    t = MIN[rel]
    assert old in t, (rel, old)
    return {rel: t.replace(old, new)}

E = lambda where, msg, **kw: dict(where=where, message=msg, **kw)

# ---- figures that do not add up
case("declared-total-row", E("content/data/results.csv:4:2", "stated 130, computed 120 (difference 10)"), {
  "content/data/results.csv": "country,women,men\nTJ,50,20\nGN,70,30\nTotal,130,50\n",
  "content/data/results.yml": "totals:\n  row: Total\n"}, "the Total row's women is not the sum of the rows above")
case("declared-total-column", E("content/data/results.csv:3:4", "stated 99, computed 100 (difference 1)"), {
  "content/data/results.csv": "country,women,men,total\nTJ,50,20,70\nGN,70,30,99\n",
  "content/data/results.yml": "totals:\n  column: total\n"}, "the total column of GN is not women + men")
case("budget-parts", E("content/programmes/alpha.yml:7:3", "stated 1,000,000, computed 950,000 (difference 50,000)"),
     sub("content/programmes/alpha.yml", "IOM: 600000", "IOM: 550000"), "budget parts do not add up to the total")
case("received-parts", E("content/programmes/alpha.yml:19:3", "received total does not equal the sum of by_organization: stated 500,000, computed 400,000 (difference 100,000)"), {
  "content/programmes/alpha.yml": MIN["content/programmes/alpha.yml"] + "received:\n  total: 500000\n  by_organization: {FAO: 200000, IOM: 200000}\n"},
  "funds received: parts do not add up to the total")
case("cumulative-row", E("content/data/indicators.csv:4:8", "stated 210, computed 200 (difference 10)"),
     {"content/data/indicators.csv": MIN["content/data/indicators.csv"].replace("alpha,al-2", "alpha,al-1,# of women farmers trained in water management,count,0,500,cumulative,210\nalpha,al-2", 1)},
     "a cumulative row that is not the sum of the periods")
case("percent-over-100", E("content/data/indicators.csv:5:8", "al-3 in 2023 is 164%, outside 0–100%"),
     sub("content/data/indicators.csv", "2023,64", "2023,164"), "a percent indicator above 100")
case("percent-column-over-100", E("content/data/coverage.csv:3:2", "'share' is 104%, outside 0–100%"), {
  "content/data/coverage.csv": "country,share\nTJ,94%\nGN,104%\n"}, "a percent column above 100")
case("human-rights-marker", E("content/programmes/alpha.yml:13:3", "human rights marker is A but the assessment scores 5 yes answers out of 10, which is B"), {
  "content/programmes/alpha.yml": MIN["content/programmes/alpha.yml"].replace("  gender: B\n", "  gender: B\n  human_rights: A\n")
     + "human_rights_assessment:\n" + "".join(f"  - {{element: element {i}, answer: {'yes' if i <= 5 else 'no'}, justification: text}}\n" for i in range(1, 11))},
  "the human rights marker contradicts its own assessment")
case("gender-marker", E("content/programmes/alpha.yml:12:3", "gender marker must be A, B, C or D, not \"E\""),
     sub("content/programmes/alpha.yml", "gender: B", "gender: E"), "a gender marker letter outside A-D")
case("country-code", E("content/programmes/alpha.yml:2:17", "\"XQ\" is not an ISO 3166-1 country code"),
     sub("content/programmes/alpha.yml", "countries: [TJ]", "countries: [TJ, XQ]"), "a country code that does not exist")

# ---- references
case("brochure-unknown-programme", E("site.yml:10:23", "unknown programme 'alfa'; known: alpha"),
     sub("site.yml", '"programme:alpha"', '"programme:alfa"'), "a brochure lists a programme that does not exist")
case("brochure-unknown-page", E("site.yml:10:42", "unknown page 'abuot' (did you mean 'about'?)"),
     sub("site.yml", '"page:about"', '"page:abuot"'), "a brochure lists a page that does not exist")
case("tile-unknown-indicator", E("content/programmes/alpha.md:9:3", "unknown indicator 'al-9'"),
     sub("content/programmes/alpha.md", "- indicator: al-1", "- indicator: al-9"), "a tile names an indicator that does not exist")
case("value-unknown-indicator", E("content/programmes/alpha.md:15:8", "unknown indicator 'al-7'"),
     sub("content/programmes/alpha.md", "{{< value al-2 >}}", "{{< value al-7 >}}"), "an inline value names an indicator that does not exist")
case("chart-unknown-dataset", E("content/pages/about.md:7:1", "unknown dataset 'donor'"),
     {"content/pages/about.md": MIN["content/pages/about.md"] + "\n```chart\ntype: bar\ndata: donor\nx: donor\ny: amount\n```\n"},
     "a chart names a dataset that does not exist")
case("table-unknown-column", E("content/pages/about.md:7:1", "unknown column of donors 'amout'"),
     {"content/pages/about.md": MIN["content/pages/about.md"] + "\n```table\ndata: donors\ncolumns: [donor, amout]\n```\n"},
     "a table names a column that does not exist")
case("hero-image-missing", E("content/programmes/alpha.yml:14:3", "the image assets/photos/alpha.jpg does not exist"),
     sub("content/programmes/alpha.yml", "image: assets/photo.jpg", "image: assets/photos/alpha.jpg"), "a hero image that does not exist")

# ---- figures typed by hand (warnings: they fail with --strict)
case("literal-tile-contradicts-indicator", E("content/programmes/alpha.md:11:3", "this tile shows 250 for \"women farmers trained in water management\", but indicator al-1", strict="true"),
     sub("content/programmes/alpha.md", "- value: 12\n  label: greenhouses built", "- value: 250\n  label: women farmers trained in water management"),
     "a typed tile repeats an indicator's statement with another value")
case("prose-contradicts-indicator", E("content/programmes/alpha.md:15:", "the text says 54 children were enrolled in school, but indicator al-2", strict="true"),
     sub("content/programmes/alpha.md", "So far {{< value al-2 >}} children were enrolled in school.", "So far {{< value al-2 >}} children were enrolled; in all, 54 children were enrolled in school."),
     "a figure in prose contradicts the indicator beside it")

# ---- malformed YAML
case("yaml-tab", E("content/programmes/alpha.yml:6:1", "tab character"),
     sub("content/programmes/alpha.yml", "organizations: [FAO, IOM]\nbudget:\n  currency", "organizations: [FAO, IOM]\nbudget:\n\tcurrency"), "a tab used for indentation")
case("yaml-bad-indentation", E("content/programmes/alpha.yml:", "indent"),
     sub("content/programmes/alpha.yml", "    IOM: 600000", "   IOM: 600000"), "a line indented differently from its neighbours")
case("yaml-duplicate-key", E("content/programmes/alpha.yml:4:1", "duplicate key 'status' (first at line 3)"),
     sub("content/programmes/alpha.yml", "status: active\n", "status: active\nstatus: closed\n"), "the same key twice")
laughs = 'title: Laughs\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
prev = 'a'
for n in 'bcdefghi':
    laughs += f'{n}: &{n} [' + ','.join(['*' + prev] * 9) + ']\n'
    prev = n
case("yaml-alias-bomb", E("content/data/donors.yml:", "alias"), {"content/data/donors.yml": laughs}, "a billion laughs document")
case("yaml-wrong-type", E("site.yml:1:8", "'title' in site.yml should be a single value, not a list"),
     sub("site.yml", "title: Test Fund in Action", "title: [Test, Fund]"), "a list where a text is expected")
case("front-matter-unclosed", E("content/pages/about.md:1:1", "never closed"),
     {"content/pages/about.md": "---\ntitle: About the fund\n\nThe fund supports migration governance.\n"}, "front matter without its closing ---")
case("empty-site-yml", E("site.yml:1:1", "site.yml is empty"), {"site.yml": ""}, "an empty site.yml")
case("empty-programme", E("content/programmes/alpha.yml:1:1", "the programme file is empty"), {"content/programmes/alpha.yml": "\n"}, "an empty programme file")

# ---- CSV
case("csv-ragged-row", E("content/data/donors.csv:3:", "this row has 4 cells but the header has 3"),
     {"content/data/donors.csv": 'donor,amount,kind\nGermany,"2,000,000",member-state\nIreland,500000,member-state,extra\n'}, "a row with one cell too many")
case("csv-not-a-number", E("content/data/donors.csv:3:2", "\"5OO,000\" in column 'amount' is not a number (letter O instead of zero?)"),
     {"content/data/donors.csv": 'donor,amount,kind\nGermany,"2,000,000",member-state\nIreland,"5OO,000",member-state\n'}, "letter O typed for zero")
case("csv-bom-crlf", E("content/data/donors.csv:3:2", "\"n/a\" in column 'amount' is not a number"),
     {"content/data/donors.csv": '\ufeffdonor,amount,kind\r\nGermany,"2,000,000",member-state\r\nIreland,n/a,member-state\r\n'}, "BOM and CRLF are read; the line of the bad cell is still right")
case("csv-empty", E("content/data/results.csv:1:1", "the dataset is empty"), {"content/data/results.csv": ""}, "an empty CSV file")
case("csv-unclosed-quote", E("content/data/donors.csv:3", "a quoted cell on this line is never closed"),
     {"content/data/donors.csv": 'donor,amount,kind\nGermany,"2,000,000",member-state\nIreland,"500,000,member-state\n'}, "a quoted cell never closed")
case("link-to-nothing", E("content/pages/about.md:", "the link \"../abuot-us/\" leads to /abuot-us/, which this edition does not publish"),
     {"content/pages/about.md": MIN["content/pages/about.md"] + "\nSee [who we are](../abuot-us/).\n"}, "a link to a page the edition does not publish")
case("csv-semicolons", E("content/data/donors.csv:1:1", "this file is separated by semicolons (;), not commas"),
     {"content/data/donors.csv": 'donor;amount;kind\nGermany;2.000.000;member-state\nIreland;500000,5;member-state\n'}, "a European Excel export: one error that says semicolon, not one per row")
case("csv-tabs", E("content/data/donors.csv:1:1", "this file is separated by tabs, not commas"),
     {"content/data/donors.csv": 'donor\tamount\tkind\nGermany\t2000000\tmember-state\n'}, "a file saved as tab-separated text")
case("csv-misspelt-column", E("content/data/indicators.csv:1:8", "the indicators dataset needs a 'value' column (is 'valeu' meant to be it?)"),
     sub("content/data/indicators.csv", "period,value", "period,valeu"), "a required column misspelt")
case("csv-described-unknown-column", E("content/data/donors.yml:3:3", "column 'amout' is described in content/data/donors.yml but content/data/donors.csv has no such column"),
     {"content/data/donors.yml": "title: Donors\ncolumns:\n  amout: {type: money, currency: USD}\n"}, "a description names a column the CSV does not have")
case("csv-not-utf8", E("content/data/donors.csv:2:2", "not UTF-8"),
     {"content/data/donors.csv": "donor,amount,kind\nC\xf4te d'Ivoire,100,member-state\n".encode('latin-1')}, "a CSV saved as Latin-1")

# ---- paths and names
case("hero-path-leaves-edition", E("content/programmes/alpha.yml:14:3", "must be a file under assets/"),
     sub("content/programmes/alpha.yml", "image: assets/photo.jpg", "image: assets/../../secret.jpg"), "a hero image path with ../")
case("hero-absolute-path", E("content/programmes/alpha.yml:14:3", "must be a file under assets/"),
     sub("content/programmes/alpha.yml", "image: assets/photo.jpg", "image: /etc/hostname"), "a hero image with an absolute path")
case("template-include-outside", E("templates/home.peb", "template error"),
     {"templates/home.peb": '{% include "../../../../../../etc/hostname" %}\n'}, "a template including a file outside the edition")
case("symlink-outside", E("assets/secret.txt", "link to a file outside the edition", link="assets/secret.txt"),
     {}, "an asset that is a symbolic link to a file outside the edition")
case("bad-file-name", E("content/programmes/Beta_Programme.yml", "programme id \"Beta_Programme\" may only use lower-case letters a-z, digits and '-' (e.g. \"beta-programme\")"),
     {"content/programmes/Beta_Programme.yml": "title: Beta\ncountries: [GN]\nstatus: active\n"}, "a file name outside a-z0-9-")
case("bad-brochure-id", E("site.yml:8:5", "brochure id \"In Action\" may only use"),
     sub("site.yml", "id: in-action", "id: In Action"), "a brochure id outside a-z0-9-")
case("duplicate-brochure-id", E("site.yml:11:5", "brochure id 'in-action' is used twice"),
     {"site.yml": MIN["site.yml"] + "  - id: in-action\n    contents: [cover]\n"}, "two brochures with the same id")
case("duplicate-indicator-code", E("content/data/indicators.csv:6:1", "al-2 has programme \"alpha\" on line 4 but \"beta\" here"),
     {"content/programmes/beta.yml": "title: Beta\ncountries: [GN]\nstatus: active\n",
      "content/data/indicators.csv": MIN["content/data/indicators.csv"] + "beta,al-2,# of children enrolled in school,count,0,,2023,12\n"},
     "the same indicator code in two programmes")
case("javascript-link", E("site.yml:6:3", "a website must be a web address starting with https:// or http://"),
     sub("site.yml", "websites: [https://example.org/fund]", "websites: [\"javascript:alert(1)\"]"), "a javascript: link in the contact websites")
case("markdown-too-deep", E("content/pages/deep.md:4:1", "the markdown nests quotes or lists more than 100 levels deep"),
     {"content/pages/deep.md": "---\ntitle: Deep\n---\n\n" + "- " * 3000 + "x\n\n" + ">" * 500 + " quoted\n"},
     "markdown that would exhaust the parser's stack (found while probing: a line of 3,000 '- ')")
