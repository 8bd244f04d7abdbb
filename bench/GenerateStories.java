import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large synthetic edition for the serve benchmark: N programmes, each with facts, a story with tiles,
 * a chart and an inline value, and three indicators; donors, one page and one brochure.
 *
 * <p>Run: {@code java bench/GenerateStories.java DIR [N]} (N defaults to 2000). DIR must not exist or be empty.
 */
public final class GenerateStories {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/GenerateStories.java DIR [N]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        generate(dir, n);
        System.out.println("Wrote an edition of " + n + " stories into " + dir.toAbsolutePath());
    }

    static void generate(Path dir, int n) throws IOException {
        Files.createDirectories(dir.resolve("content/programmes"));
        Files.createDirectories(dir.resolve("content/pages"));
        Files.createDirectories(dir.resolve("content/data"));
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/.gitkeep"), "");
        Files.writeString(dir.resolve("site.yml"), """
                title: Generated edition
                edition: {label: Benchmark edition, date: 2024-01}
                publisher: Tessera benchmark
                base_url: /
                target: {amount: 150000000, currency: USD, by: 2026, label: capitalization target}
                brochures:
                  - id: sample
                    title: A sample of stories
                    contents: [cover, programme:p0001, programme:p0002, page:spotlight, donors, back-cover]
                """);
        StringBuilder indicators = new StringBuilder("programme,code,statement,unit,period,value\n");
        for (int i = 1; i <= n; i++) {
            String id = String.format("p%04d", i);
            Files.writeString(dir.resolve("content/programmes/" + id + ".yml"), facts(id, i));
            Files.writeString(dir.resolve("content/programmes/" + id + ".md"), story(id, i));
            for (int k = 1; k <= 3; k++) {
                indicators.append(id).append(',').append(id).append('-').append(k)
                        .append(",# of people reached by activity ").append(k).append(",count,2023,")
                        .append(100 + (i * 7 + k * 13) % 900).append('\n');
            }
        }
        Files.writeString(dir.resolve("content/data/indicators.csv"), indicators);
        StringBuilder donors = new StringBuilder("donor,amount,currency,kind\n");
        for (int d = 1; d <= 20; d++) {
            donors.append("Donor ").append(d).append(',').append(1_000_000 * (21 - d)).append(",USD,member-state\n");
        }
        Files.writeString(dir.resolve("content/data/donors.csv"), donors);
        Files.writeString(dir.resolve("content/pages/spotlight.md"), """
                ---
                title: Spotlight
                summary: A page with tiles and a chart.
                ---

                ```tiles
                - indicator: p0001-1
                - value: 12
                  label: countries reached
                ```

                ```chart
                type: bar
                data: donors
                x: donor
                y: amount
                title: Contributions by donor, USD
                sort: desc
                top: 10
                ```
                """);
    }

    private static String facts(String id, int i) {
        return "title: Joint programme number " + i + " on migration governance\n"
                + "short_title: Programme " + i + "\n"
                + "countries: [" + (i % 2 == 0 ? "TJ" : "GN") + "]\n"
                + "status: " + (i % 3 == 0 ? "closed" : "active") + "\n"
                + "thematic_area: " + (1 + i % 5) + "\n"
                + "convening: IOM\n"
                + "organizations: [IOM, UNICEF]\n"
                + "budget: {currency: USD, total: " + (1_000_000 + i * 1000) + "}\n";
    }

    private static String story(String id, int i) {
        String paragraph = "Programme " + i + " works with families and communities so that migration is safe, orderly "
                + "and regular. It builds the capacity of local authorities, supports returning migrants and their families "
                + "and helps women start their own businesses, with the support of civil society partners.\n\n";
        return "---\norder: " + i + "\nsummary: Programme " + i + " makes migration safer for families.\n---\n\n"
                + "## Background\n\n" + paragraph + paragraph
                + "## Key achievements\n\n```tiles\n- indicator: " + id + "-1\n- indicator: " + id + "-2\n"
                + "  label: women trained\n- value: 16\n  label: schools established\n```\n\n"
                + "In all, {{< value " + id + "-3 >}} people were reached.\n\n" + paragraph
                + "```chart\ntype: bar\ndata: donors\nx: donor\ny: amount\ntitle: Contributions by donor, USD\nsort: desc\ntop: 5\n```\n";
    }
}
