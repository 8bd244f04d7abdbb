import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic edition of N programmes for the benchmark, and the same stories as a Hugo site.
 * Deterministic: the same arguments always give the same bytes (seeded {@link Random}, no clock).
 *
 * <pre>
 * java bench/Generate.java N EDITION_DIR [HUGO_DIR] [--big-dataset ROWS]
 * </pre>
 *
 * The edition has, per programme, a facts file (YAML), a 2–4 KB story with sections, a quote, a markdown
 * table, a {@code tiles} and a {@code chart} block, and 5 rows in content/data/indicators.csv; a donors
 * dataset; one brochure of 20 programmes. The Hugo site gets the same story bodies, where the component
 * blocks stay what they are outside Tessera: plain fenced code blocks.
 */
public final class Generate {

    private static final String[] WORDS = ("migration governance programme women children families protection "
            + "services training community border cooperation rights labour remittances resilience livelihoods "
            + "referral mechanism capacity partners government national local regional policy data evidence "
            + "inclusion health education return reintegration employment skills awareness campaign support "
            + "coordination dialogue municipalities youth climate mobility displacement safe orderly regular").split(" ");
    private static final String[] COUNTRIES = {"TJ", "GN", "LR", "SL", "KE", "ET", "CL", "MX", "CR", "EC", "ID", "KG",
            "ZA", "ZW", "MA", "SN", "NG", "GH", "PH", "BD"};
    private static final String[] STATUSES = {"active", "active", "active", "pipeline", "closed"};
    private static final String[] ORGS = {"IOM", "UNICEF", "UN Women", "FAO", "ILO", "UNDP", "UNHCR", "UNODC"};
    private static final String[] DONORS = {"Germany", "United States", "Denmark", "United Kingdom", "Netherlands",
            "Norway", "Sweden", "Spain", "France", "Belgium", "Ireland", "Italy", "Portugal", "Cyprus", "Philippines",
            "Mexico", "Azerbaijan", "Thailand", "Turkey", "Private donors"};

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/Generate.java N EDITION_DIR [HUGO_DIR] [--big-dataset ROWS]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path edition = Path.of(args[1]);
        Path hugo = args.length > 2 && !args[2].startsWith("--") ? Path.of(args[2]) : null;
        int bigRows = 0;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--big-dataset")) {
                bigRows = Integer.parseInt(args[i + 1]);
            }
        }
        new Generate().write(n, edition, hugo, bigRows);
    }

    private void write(int n, Path edition, Path hugo, int bigRows) throws IOException {
        Random random = new Random(20230901L + n);
        Files.createDirectories(edition.resolve("content/programmes"));
        Files.createDirectories(edition.resolve("content/pages"));
        Files.createDirectories(edition.resolve("content/data"));
        if (hugo != null) {
            hugoSkeleton(hugo);
        }
        StringBuilder indicators = new StringBuilder("programme,code,level,statement,unit,baseline,target,period,value\n");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String id = String.format(Locale.ROOT, "programme-%05d", i);
            ids.add(id);
            String title = capitalize(phrase(random, 6 + random.nextInt(6)));
            Files.writeString(edition.resolve("content/programmes/" + id + ".yml"), facts(random, title, i), StandardCharsets.UTF_8);
            for (int k = 1; k <= 5; k++) {
                boolean percent = k == 5;
                indicators.append(id).append(',').append(id).append('-').append(k).append(',')
                        .append(k <= 2 ? "outcome" : "output").append(",\"# of ").append(phrase(random, 7)).append("\",")
                        .append(percent ? "percent" : "count").append(",0,").append(percent ? 80 : 1000 + random.nextInt(9000))
                        .append(",2023,").append(percent ? random.nextInt(101) : random.nextInt(5000)).append('\n');
            }
            String body = story(random, id);
            Files.writeString(edition.resolve("content/programmes/" + id + ".md"),
                    "---\norder: " + i + "\nsummary: \"" + capitalize(phrase(random, 18)) + ".\"\n---\n\n" + body, StandardCharsets.UTF_8);
            if (hugo != null) {
                Files.writeString(hugo.resolve("content/programmes/" + id + ".md"), "---\ntitle: \"" + title
                        + "\"\nweight: " + i + "\n---\n\n" + body, StandardCharsets.UTF_8);
            }
        }
        Files.writeString(edition.resolve("content/data/indicators.csv"), indicators, StandardCharsets.UTF_8);
        Files.writeString(edition.resolve("content/data/donors.csv"), donors(random), StandardCharsets.UTF_8);
        Files.writeString(edition.resolve("content/data/donors.yml"), "title: Donor contributions\nsource:\n"
                + "  publisher: Migration Multi-Partner Trust Fund\n  as_of: \"2024-01\"\ncolumns:\n"
                + "  donor: {type: text, label: Donor}\n  amount: {type: money, currency: USD, label: Contribution}\n",
                StandardCharsets.UTF_8);
        if (bigRows > 0) {
            Files.writeString(edition.resolve("content/data/observations.csv"), bigDataset(random, bigRows), StandardCharsets.UTF_8);
        }
        Files.writeString(edition.resolve("content/pages/about.md"), "---\ntitle: About the fund\norder: 1\n---\n\n"
                + paragraph(random, 80) + "\n", StandardCharsets.UTF_8);
        Files.writeString(edition.resolve("site.yml"), site(ids), StandardCharsets.UTF_8);
    }

    private static String facts(Random random, String title, int i) {
        String org1 = ORGS[random.nextInt(ORGS.length)];
        String org2 = ORGS[(indexOf(ORGS, org1) + 1 + random.nextInt(ORGS.length - 1)) % ORGS.length];
        int part = 100_000 * (3 + random.nextInt(20));
        int other = 100_000 * (3 + random.nextInt(20));
        return "title: \"" + title + "\"\n"
                + "short_title: Programme " + i + "\n"
                + "countries: [" + COUNTRIES[random.nextInt(COUNTRIES.length)] + ", " + COUNTRIES[random.nextInt(COUNTRIES.length)] + "]\n"
                + "status: " + STATUSES[random.nextInt(STATUSES.length)] + "\n"
                + "thematic_area: " + (1 + random.nextInt(5)) + "\n"
                + "convening: " + org1 + "\n"
                + "organizations: [" + org1 + ", " + org2 + "]\n"
                + "partners:\n  - Ministry of " + capitalize(phrase(random, 2)) + "\n  - " + capitalize(phrase(random, 3)) + " network\n"
                + "period: {start: 2021-0" + (1 + random.nextInt(9)) + "-15, end: 2024-0" + (1 + random.nextInt(9)) + "-14}\n"
                + "budget:\n  currency: USD\n  total: " + (part + other) + "\n  by_organization:\n    " + org1 + ": " + part
                + "\n    " + org2 + ": " + other + "\n"
                + "markers: {gender: " + "ABCD".charAt(random.nextInt(4)) + "}\n";
    }

    /** A story of 2–4 KB: sections, a quote, a table, a tiles block and a chart block. */
    private static String story(Random random, String id) {
        StringBuilder s = new StringBuilder();
        s.append("## Background\n\n").append(paragraph(random, 50 + random.nextInt(30))).append("\n\n");
        s.append(paragraph(random, 30 + random.nextInt(20))).append("\n\n");
        s.append("## Key achievements\n\n");
        s.append("```tiles\n- indicator: ").append(id).append("-3\n  label: ").append(phrase(random, 6))
                .append("\n- indicator: ").append(id).append("-4\n- value: ").append(10 + random.nextInt(90))
                .append("\n  label: ").append(phrase(random, 5)).append("\n```\n\n");
        s.append(paragraph(random, 30 + random.nextInt(20))).append("\n\n");
        s.append("> ").append(capitalize(phrase(random, 25))).append(".\n>\n> — A participant in the programme\n\n");
        s.append("| Activity | Women | Men | Total |\n|---|--:|--:|--:|\n");
        for (int r = 0; r < 4; r++) {
            int w = random.nextInt(900);
            int m = random.nextInt(900);
            s.append("| ").append(capitalize(phrase(random, 3))).append(" | ").append(w).append(" | ").append(m)
                    .append(" | ").append(w + m).append(" |\n");
        }
        s.append("\n## Results\n\n");
        s.append("```chart\ntype: bar\ndata: indicators\nx: code\ny: value\ntitle: Results to date\n")
                .append("where: {programme: ").append(id).append("}\n```\n\n");
        s.append(paragraph(random, 30 + random.nextInt(30))).append("\n\n");
        s.append("## The way forward\n\n").append(paragraph(random, 20 + random.nextInt(20))).append("\n");
        return s.toString();
    }

    private static String donors(Random random) {
        StringBuilder d = new StringBuilder("donor,amount,currency,kind\n");
        for (String donor : DONORS) {
            d.append('"').append(donor).append("\",").append(100_000 + random.nextInt(19_000_000)).append(",USD,")
                    .append(donor.startsWith("Private") ? "private" : "member-state").append('\n');
        }
        return d.toString();
    }

    private static String bigDataset(Random random, int rows) {
        StringBuilder d = new StringBuilder("country,year,indicator,value\n");
        for (int r = 0; r < rows; r++) {
            d.append(COUNTRIES[r % COUNTRIES.length]).append(',').append(2000 + r % 24).append(',')
                    .append(WORDS[random.nextInt(WORDS.length)]).append(',').append(random.nextInt(1_000_000)).append('\n');
        }
        return d.toString();
    }

    private static String site(List<String> ids) {
        StringBuilder s = new StringBuilder("title: Migration MPTF in Action (benchmark)\n"
                + "edition: {label: 1st edition, date: \"2023-09\"}\npublisher: Migration Multi-Partner Trust Fund\n"
                + "base_url: /\nlanguage: en\n"
                + "target: {amount: 150000000, currency: USD, by: 2026, label: capitalization target}\n"
                + "brochures:\n  - id: bench-brochure\n    title: Twenty programmes\n    paper: A4\n    contents:\n      - cover\n");
        for (String id : ids.subList(0, Math.min(20, ids.size()))) {
            s.append("      - programme:").append(id).append('\n');
        }
        return s.append("      - donors\n      - back-cover\n").toString();
    }

    /** A minimal Hugo site equivalent to Tessera's output: a home, a list page and a single page template. */
    private static void hugoSkeleton(Path hugo) throws IOException {
        Files.createDirectories(hugo.resolve("content/programmes"));
        Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(hugo.resolve("config.toml"), "baseURL = \"/\"\ntitle = \"Migration MPTF in Action (benchmark)\"\n"
                + "disableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n[markup.goldmark.renderer]\nunsafe = false\n");
        String head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
                + "<link rel=\"stylesheet\" href=\"{{ \"tessera.css\" | relURL }}\"></head><body>"
                + "<nav><a href=\"{{ \"/\" | relURL }}\">Home</a> <a href=\"{{ \"programmes/\" | relURL }}\">Programmes</a></nav><main>";
        String foot = "</main><footer>{{ site.Title }}</footer></body></html>\n";
        Files.writeString(hugo.resolve("layouts/index.html"), head + "<h1>{{ site.Title }}</h1><ul>"
                + "{{ range first 20 (where site.RegularPages \"Section\" \"programmes\") }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}"
                + "</ul>" + foot);
        Files.writeString(hugo.resolve("layouts/_default/list.html"), head + "<h1>{{ .Title }}</h1><ul>"
                + "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>" + foot);
        Files.writeString(hugo.resolve("layouts/_default/single.html"), head + "<article><h1>{{ .Title }}</h1>"
                + "{{ .Content }}</article>" + foot);
    }

    private static String paragraph(Random random, int words) {
        StringBuilder p = new StringBuilder();
        int sentence = 0;
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            p.append(sentence == 0 ? capitalize(w) : w);
            sentence++;
            if (sentence > 8 + random.nextInt(10) || i == words - 1) {
                p.append(". ");
                sentence = 0;
            } else {
                p.append(' ');
            }
        }
        return p.toString().strip();
    }

    private static String phrase(Random random, int words) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < words; i++) {
            p.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return p.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int indexOf(String[] all, String one) {
        for (int i = 0; i < all.length; i++) {
            if (all[i].equals(one)) {
                return i;
            }
        }
        return -1;
    }
}
