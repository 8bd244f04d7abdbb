package org.tessera.render.component;

import java.nio.file.Path;
import org.tessera.TestEdition;

/** Small datasets for component tests: each with a declared total, so the total rules are always exercised. */
final class Datasets {

    private Datasets() {
    }

    /** A minimal edition in {@code root}, in {@code language}, with all three datasets below. */
    static TestEdition all(Path root, String language) {
        TestEdition edition = TestEdition.minimal(root).site("language: " + language);
        funding(edition);
        reached(edition);
        return progress(edition);
    }

    /** Four contributors and a declared Total row (USD 36,221,136). */
    static TestEdition funding(TestEdition edition) {
        return edition.file("content/data/funding.csv", """
                donor,amount,kind
                Germany,"19,569,912",member-state
                Denmark,6588103,member-state
                United States,10000000,member-state
                Robert Bosch Stiftung,63121,private
                Total,36221136,
                """).file("content/data/funding.yml", """
                title: Contributions
                source: {publisher: Test Fund, as_of: 2024-01}
                columns:
                  donor: {type: text, label: Donor}
                  amount: {type: money, currency: USD, label: Contribution}
                  kind: {type: text, label: Kind}
                totals:
                  row: Total
                """);
    }

    /** People reached per year, women and men, with a declared Total column. */
    static TestEdition reached(TestEdition edition) {
        return edition.file("content/data/reached.csv", """
                year,women,men,Total
                2021,1000,2000,3000
                2022,1500,2500,4000
                2023,2000,3000,5000
                """).file("content/data/reached.yml", """
                title: People reached
                source: {publisher: Test Fund, as_of: 2024-01-31}
                columns:
                  year: {type: text, label: Year}
                  women: {type: integer, label: Women}
                  men: {type: integer, label: Men}
                  Total: {type: integer, label: Total}
                totals:
                  column: Total
                """);
    }

    /** Funds received against budget, per programme, and a satisfaction rate. */
    static TestEdition progress(TestEdition edition) {
        return edition.file("content/data/delivery.csv", """
                programme,received,budget,satisfaction
                Tajikistan,1540000,2200000,94%
                Ecuador,1500000,1500000,81%
                Zimbabwe,250000,2500000,
                """).file("content/data/delivery.yml", """
                title: Funds received
                source: {publisher: Test Fund}
                columns:
                  programme: {type: text, label: Programme}
                  received: {type: money, currency: USD, label: Received}
                  budget: {type: money, currency: USD, label: Budget}
                  satisfaction: {type: percent, label: Satisfied}
                """);
    }

    /** The nine programmatic areas of a funding appeal, as a stacked chart would draw them. */
    static final java.util.List<String> AREAS = java.util.List.of("Food security", "Health", "Protection",
            "Water, sanitation and hygiene", "Protecting the human rights, safety and well-being of migrants and their families",
            "Shelter", "Combating trafficking in persons and smuggling of migrants", "Early recovery", "Coordination");

    /**
     * Requirements of an appeal (dataset "appeal"): five countries with long names, nine programmatic areas of
     * 9 and 10 digits, a declared Total column and a declared Total row. The areas' sizes differ, and the country
     * with the largest first area has the smallest total.
     */
    static TestEdition appeal(TestEdition edition) {
        String[] countries = {"Democratic Republic of the Congo", "Bolivarian Republic of Venezuela", "Syrian Arab Republic",
                "Lao People's Democratic Republic", "United Republic of Tanzania"};
        StringBuilder csv = new StringBuilder("country," + String.join(",", java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(a -> "a" + a).toList()) + ",Total\n");
        StringBuilder yml = new StringBuilder("title: Requirements\nsource: {publisher: Test Fund}\ncolumns:\n"
                + "  country: {type: text, label: Country or territory of the appeal}\n");
        long[] columnTotals = new long[10];
        for (int c = 0; c < countries.length; c++) {
            csv.append('"').append(countries[c]).append('"');
            long total = 0;
            for (int a = 0; a < 9; a++) {
                // the first area shrinks from country to country while the others grow: total order differs from a1's
                long value = a == 0 ? 4_000_000_000L - c * 700_000_000L : (a + 1) * 100_000_000L * (c + 1) + 987_654_321L % (a + 7);
                csv.append(',').append(value);
                columnTotals[a] += value;
                total += value;
            }
            columnTotals[9] += total;
            csv.append(',').append(total).append('\n');
        }
        csv.append("Total");
        for (long t : columnTotals) {
            csv.append(',').append(t);
        }
        for (int a = 0; a < 9; a++) {
            yml.append("  a").append(a + 1).append(": {type: money, currency: USD, label: \"").append(AREAS.get(a)).append("\"}\n");
        }
        yml.append("  Total: {type: money, currency: USD, label: Total}\ntotals: {row: Total, column: Total}\n");
        return edition.file("content/data/appeal.csv", csv.append('\n').toString()).file("content/data/appeal.yml", yml.toString());
    }
}
