package org.tessera;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A generated edition of the shapes real appeals take and the example edition never does: funding tables of 9 and 13
 * columns with long headers and a declared Total row and column, figures of 9 to 11 digits, stacked charts of 7 and
 * 11 series, a chart of the Total column, a long table that crosses pages, donors in four currencies, very large
 * tiles, long titles and Arabic text, published as brochures on A4 and on Letter. Every figure is made by a formula,
 * so no real data is needed and the totals add up by construction.
 */
public final class StressEdition {

    /** The two brochures: the same contents on both papers. */
    public static final List<String> BROCHURES = List.of("appeal-a4", "appeal-letter");

    /** Programmatic areas, the column headers of the funding tables: long on purpose. */
    static final List<String> AREAS = List.of(
            "Promoting fact-based and data-driven migration discourse",
            "Protecting the human rights, safety and well-being of migrants",
            "Addressing drivers and mitigating adverse factors of migration",
            "Facilitating regular migration and decent work",
            "Improving the social inclusion and integration of migrants",
            "Strengthening border governance and management",
            "Combating trafficking in persons and smuggling of migrants",
            "Enhancing consular protection, assistance and cooperation",
            "Empowering migrants and societies to realize full inclusion",
            "Investing in skills development and recognition",
            "Creating conditions for sustainable reintegration");

    static final List<String> COUNTRIES = List.of(
            "Afghanistan", "Bangladesh", "Bolivia (Plurinational State of)", "Democratic Republic of the Congo",
            "Ethiopia", "Guatemala", "الأردن (Jordan)", "Lao People's Democratic Republic", "Libya", "Mexico",
            "Niger", "Somalia", "South Sudan", "Türkiye", "United Republic of Tanzania", "Venezuela (Bolivarian Republic of)",
            "Yemen", "Zimbabwe");

    private StressEdition() {
    }

    /** Writes the stress edition into {@code root}, in English. */
    public static TestEdition write(Path root) {
        return write(root, "en");
    }

    /** Writes the stress edition into {@code root} with the edition's {@code language} (e.g. "ar": right to left). */
    public static TestEdition write(Path root, String language) {
        TestEdition edition = TestEdition.minimal(root).file("site.yml", site(language));
        edition.file("content/programmes/tajikistan.yml", programme(0));
        for (int p = 1; p < 3; p++) {
            edition.file("content/programmes/" + programmeId(p) + ".yml", programme(p));
        }
        for (int p = 0; p < 3; p++) {
            edition.file("content/programmes/" + programmeId(p) + ".md", story(p));
        }
        fundingTable(edition, "requirements", COUNTRIES.size(), AREAS.size());
        fundingTable(edition, "regional", 8, 7);
        fundingTable(edition, "long", 70, 3);
        return edition.file("content/data/indicators.csv", indicators())
                .file("content/data/donors.csv", donors())
                .file("content/pages/funding-requirements.md", fundingPage())
                .file("content/pages/summary-ar.md", arabicPage());
    }

    private static String programmeId(int p) {
        return p == 0 ? "tajikistan" : "programme-" + p;
    }

    private static String site(String language) {
        StringBuilder yml = new StringBuilder("""
                title: "Global Appeal for Safe, Orderly and Regular Migration: Funding Requirements of the Migration Multi-Partner Trust Fund 2025–2027"
                edition: {label: "Stress edition", date: 2025-06}
                publisher: Stress Test Multi-Partner Trust Fund for Safe, Orderly and Regular Migration Governance
                base_url: /appeal/
                language: %s
                target: {amount: 1950000000, currency: USD, by: 2027, label: appeal}
                contact: {address: "Palais des Nations, 1211 Geneva 10, Switzerland", email: appeal@example.org, websites: [https://example.org/appeal]}
                brochures:
                """.formatted(language));
        for (String id : BROCHURES) {
            yml.append("""
                      - id: %s
                        title: "Funding requirements by country and programmatic area, 2025–2027, with the results of the Joint Programmes"
                        paper: %s
                        contents: [cover, programme:tajikistan, programme:programme-1, programme:programme-2, page:funding-requirements, page:summary-ar, donors, back-cover]
                    """.formatted(id, id.endsWith("a4") ? "A4" : "Letter"));
        }
        return yml.toString();
    }

    private static String programme(int p) {
        String[] countries = {"[TJ, AF, UZ, KG]", "[GN, SL, LR, CI, ML, NE, BF]", "[IGAD region, ET, SO, SS, KE]"};
        long budget = 207_625_000L + p * 1_234_567_890L;
        return """
                title: "Joint Programme %d on the protection, assistance and sustainable reintegration of migrants in situations of vulnerability, including survivors of trafficking in persons, across borders and along the main migration corridors"
                short_title: Corridor programme %d
                countries: %s
                status: %s
                thematic_area: %d
                convening: IOM
                organizations: [FAO, IOM, ILO, UNHCR, UNICEF, UNODC, UN Women, WHO]
                partners: [Ministry of Labour, Migration and Employment of the Population of the Republic, Border Forces, National Commission on the Rights of the Child]
                period: {start: 2022-01-01, end: 2026-12-31}
                budget: {currency: USD, total: %d, by_organization: {IOM: %d, UNICEF: %d}}
                received: {currency: USD, total: %d}
                """.formatted(p + 1, p + 1, countries[p], p == 2 ? "pipeline" : "active", p + 1,
                budget, budget - budget / 3, budget / 3, budget / 2);
    }

    private static String story(int p) {
        String id = programmeId(p);
        return """
                ## Background

                This Joint Programme works along migration corridors where %s people need protection. The funding
                gap stands at {{< value %s-1 >}} beneficiaries still to reach.

                ```tiles
                - indicator: %s-1
                - indicator: %s-2
                  label: share of returnees with a reintegration plan
                - value: 207,625,000
                  label: United States dollars required for the corridor response in 2025
                - value: 1 million+
                  label: migrants reached with information on safe and regular pathways
                - value: 250,000+
                  label: people in host communities benefiting
                - value: 1234567890
                  label: a ten-digit figure, as appeals print them
                ```

                ```table
                data: indicators
                columns: [code, statement, period, value, target]
                where: {programme: %s}
                ```
                """.formatted(p == 1 ? "1.2 million" : "850,000", id, id, id, id);
    }

    /**
     * A table of money by country and area with a declared Total column (the sum of the areas, row by row) and a
     * declared Total row (the sum of the rows above it, column by column). A few cells are empty ("-"), as appeals
     * print where no activity is planned.
     */
    private static void fundingTable(TestEdition edition, String name, int rows, int areas) {
        StringBuilder csv = new StringBuilder("country");
        StringBuilder yml = new StringBuilder("title: Funding requirements (" + name + ") by country and programmatic area, 2025–2027\n"
                + "source: {publisher: Stress Test Fund, as_of: 2025-05-31, url: https://example.org/appeal/data}\n"
                + "columns:\n  country: {type: text, label: Country}\n");
        for (int a = 0; a < areas; a++) {
            csv.append(",area-").append(a + 1);
            yml.append("  area-").append(a + 1).append(": {type: money, currency: USD, label: \"").append(AREAS.get(a)).append("\"}\n");
        }
        csv.append(",Total\n");
        yml.append("  Total: {type: money, currency: USD, label: Total}\ntotals: {row: Total, column: Total}\n");
        long[] columnSums = new long[areas + 1];
        for (int r = 0; r < rows; r++) {
            String country = r < COUNTRIES.size() ? COUNTRIES.get(r) : "Country " + (r + 1);
            StringJoiner line = new StringJoiner(",");
            line.add(country.contains(",") || country.contains("'") ? '"' + country + '"' : country);
            long rowSum = 0;
            for (int a = 0; a < areas; a++) {
                long value = figure(r, a);
                rowSum += value;
                columnSums[a] += value;
                line.add(value == 0 ? "-" : Long.toString(value));
            }
            columnSums[areas] += rowSum;
            csv.append(line.add(Long.toString(rowSum))).append('\n');
        }
        StringJoiner total = new StringJoiner(",").add("Total");
        for (long sum : columnSums) {
            total.add(Long.toString(sum));
        }
        edition.file("content/data/" + name + ".csv", csv.append(total).append('\n').toString())
                .file("content/data/" + name + ".yml", yml.toString());
    }

    /** 9- and 10-digit amounts, and now and then an empty cell. */
    static long figure(int row, int area) {
        if ((row * 7 + area * 3) % 17 == 5) {
            return 0;
        }
        long base = 100_000_000L + ((row * 7919L + area * 104_729L) * 7_654_321L) % 900_000_000L;
        return row % 5 == 1 && area % 3 == 0 ? base * 10 + 1 : base;
    }

    private static String indicators() {
        StringBuilder csv = new StringBuilder("programme,code,level,statement,unit,baseline,target,period,value\n");
        for (int p = 0; p < 3; p++) {
            String id = programmeId(p);
            csv.append(id).append(',').append(id).append("-1,outcome,\"# of migrants in situations of vulnerability, including "
                    + "survivors of trafficking, who received protection and assistance (disaggregated by sex, age and disability)\","
                    + "count,0,2500000,2024,").append(1_234_567 * (p + 1)).append('\n');
            csv.append(id).append(',').append(id).append("-1,outcome,\"# of migrants in situations of vulnerability, including "
                    + "survivors of trafficking, who received protection and assistance (disaggregated by sex, age and disability)\","
                    + "count,0,2500000,2025,").append(987_654 + p).append('\n');
            csv.append(id).append(',').append(id).append("-2,output,% of returnees with a reintegration plan,percent,0,80,2025,")
                    .append(64 + p).append('\n');
        }
        return csv.toString();
    }

    private static String donors() {
        String[][] rows = {
                {"Germany", "1956991200", "USD", "member-state"}, {"United States of America", "1000000000", "USD", "member-state"},
                {"European Union", "658810300", "EUR", "multilateral"}, {"United Kingdom of Great Britain and Northern Ireland", "62621330", "GBP", "member-state"},
                {"Sweden", "450000000", "SEK", "member-state"}, {"Norway", "98765432", "USD", "member-state"},
                {"Netherlands (Kingdom of the)", "45000000", "EUR", "member-state"}, {"Republic of Korea", "12000000", "USD", "member-state"},
                {"Switzerland", "7500000", "USD", "member-state"}, {"Philippines", "100000", "USD", "member-state"},
                {"Cyprus", "55000", "EUR", "member-state"}, {"A private foundation with a very long name for a donor", "213121", "USD", "private"},
                {"Luxembourg", "1000000", "EUR", "member-state"}, {"Japan", "20000000", "USD", "member-state"}};
        StringBuilder csv = new StringBuilder("donor,amount,currency,kind\n");
        for (String[] row : rows) {
            csv.append(row[0].contains("(") || row[0].contains(",") ? '"' + row[0] + '"' : row[0]).append(',')
                    .append(row[1]).append(',').append(row[2]).append(',').append(row[3]).append('\n');
        }
        return csv.toString();
    }

    private static String fundingPage() {
        List<String> regional = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int a = 0; a < AREAS.size(); a++) {
            (a < 7 ? regional : all).add("area-" + (a + 1));
        }
        all.addAll(0, regional);
        return """
                ---
                title: "Funding requirements by country and programmatic area: what the appeal asks for, where and for what, 2025–2027"
                nav_title: Funding requirements
                summary: Requirements of 18 countries in 11 programmatic areas, in United States dollars.
                order: 1
                ---

                The tables below set out the requirements of the appeal. An empty cell means that no activities are planned.

                ```tiles
                - value: 1950000000
                  label: United States dollars required, 2025–2027
                - value: 207,625,000
                  label: required for protection in the largest country response
                - value: 1 million+
                  label: migrants to be reached
                - value: 250,000+
                  label: members of host communities to be reached
                ```

                ```table
                data: requirements
                ```

                ```table
                data: regional
                sort: {by: Total, order: desc}
                ```

                ```chart
                type: bar
                data: requirements
                x: country
                y: Total
                title: The ten largest requirements by country, USD
                sort: desc
                top: 10
                ```

                ```chart
                type: stacked
                data: regional
                x: country
                y: [%s]
                title: Requirements of the regional response by programmatic area, USD
                sort: desc
                ```

                ```chart
                type: stacked
                data: requirements
                x: country
                y: [%s]
                title: Requirements by country across all eleven programmatic areas, USD
                sort: {by: area-1, order: desc}
                top: 12
                ```

                ```chart
                type: column
                data: regional
                x: country
                y: [area-1, area-2, area-3]
                title: Three areas side by side
                ```

                ```table
                data: long
                ```
                """.formatted(String.join(", ", regional), String.join(", ", all));
    }

    private static String arabicPage() {
        return """
                ---
                title: "ملخص النداء: متطلبات التمويل حسب البلد والمجال البرنامجي"
                nav_title: ملخص
                order: 2
                ---

                يعرض هذا الملخص متطلبات التمويل للنداء في ثمانية عشر بلداً وأحد عشر مجالاً برنامجياً، بدولارات الولايات المتحدة.
                وتبلغ المتطلبات الإجمالية 1,950,000,000 دولار أمريكي للفترة 2025–2027.

                ```tiles
                - value: 207,625,000
                  label: دولار أمريكي مطلوبة للحماية
                - value: 250,000+
                  label: شخص في المجتمعات المضيفة
                ```
                """;
    }
}
