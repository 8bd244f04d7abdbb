package org.tessera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.load.EditionLoader;
import org.tessera.model.Problem;

class ChecksTest {

    @TempDir
    Path dir;

    private List<String> check(TestEdition edition) {
        EditionLoader.Loaded loaded = new EditionLoader().load(edition.root());
        assertEquals(List.of(), loaded.problems(), "the fixture should load cleanly");
        return Checks.run(loaded.edition()).stream().map(Problem::format).toList();
    }

    @Test
    void valid_edition_has_no_problem() {
        assertEquals(List.of(), check(TestEdition.minimal(dir)));
    }

    @Test
    void budget_parts_that_do_not_add_up_give_stated_computed_and_difference() {
        List<String> problems = check(TestEdition.minimal(dir).file("content/programmes/tajikistan.yml", """
                title: T
                countries: [TJ]
                status: active
                budget:
                  currency: USD
                  total: 2200000
                  by_organization: {FAO: 600000, IOM: 550000, UNICEF: 500000, UN Women: 500000}
                """));
        assertEquals(List.of("content/programmes/tajikistan.yml:6:3: error: budget total does not equal the sum of by_organization: "
                + "stated 2,200,000, computed 2,150,000 (difference 50,000); correct the total or one of the parts"), problems);
    }

    @Test
    void human_rights_marker_must_match_the_assessment_score() {
        StringBuilder yaml = new StringBuilder("title: T\ncountries: [TJ]\nstatus: active\nmarkers: {human_rights: A}\nhuman_rights_assessment:\n");
        for (int i = 1; i <= 10; i++) {
            yaml.append("  - {element: Element ").append(i).append(", answer: ").append(i <= 5 ? "yes" : "no").append("}\n");
        }
        List<String> problems = check(TestEdition.minimal(dir).file("content/programmes/tajikistan.yml", yaml.toString()));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("human rights marker is A but the assessment scores 5 yes answers out of 10, which is B"), problems.get(0));
    }

    @Test
    void gender_marker_is_a_letter_a_to_d() {
        List<String> problems = check(TestEdition.minimal(dir).file("content/programmes/tajikistan.yml",
                "title: T\ncountries: [TJ]\nstatus: active\nmarkers: {gender: E}\n"));
        assertEquals(List.of("content/programmes/tajikistan.yml:4:11: error: gender marker must be A, B, C or D, not \"E\""), problems);
    }

    @Test
    void cumulative_row_must_equal_the_sum_of_periods() {
        List<String> problems = check(TestEdition.minimal(dir).file("content/data/indicators.csv", """
                programme,code,statement,unit,period,value
                tajikistan,tj-1,# supported,count,2021,1200
                tajikistan,tj-1,# supported,count,2022,1063
                tajikistan,tj-1,# supported,count,cumulative,2363
                """));
        assertEquals(List.of("content/data/indicators.csv:4:6: error: tj-1: the cumulative row does not match the sum of its periods: "
                + "stated 2,363, computed 2,263 (difference 100)"), problems);
    }

    @Test
    void percent_above_100_is_an_error() {
        List<String> problems = check(TestEdition.minimal(dir).file("content/data/indicators.csv", """
                programme,code,statement,unit,period,value
                tajikistan,tj-2,% trained,percent,2021,104%
                """));
        assertEquals(List.of("content/data/indicators.csv:2:6: error: tj-2 in 2021 is 104%, outside 0–100%"), problems);
    }

    @Test
    void declared_total_row_must_be_the_sum_of_the_rows_above() {
        List<String> problems = check(TestEdition.minimal(dir)
                .file("content/data/funding.csv", "organization,amount\nFAO,600000\nIOM,600000\nTotal,1300000\n")
                .file("content/data/funding.yml", "totals: {row: Total}\n"));
        assertEquals(List.of("content/data/funding.csv:4:2: error: the Total row's 'amount' is not the sum of the rows above: "
                + "stated 1,300,000, computed 1,200,000 (difference 100,000)"), problems);
    }

    @Test
    void references_to_unknown_names_are_errors_with_suggestions() {
        List<String> problems = check(TestEdition.minimal(dir)
                .file("content/data/donors.csv", "donor,amount\nSweden,5\n")
                .file("content/pages/gender.md", """
                        ---
                        title: Gender
                        ---
                        ```table
                        data: donor
                        ```

                        Reached {{< value tj-9 >}} people.
                        """)
                .site("brochures:\n  - id: main\n    contents: [cover, programme:tajikstan]"));
        assertTrue(problems.contains("content/pages/gender.md:4:1: error: unknown dataset 'donor' (did you mean 'donors'?); known: donors"), problems.toString());
        assertTrue(problems.contains("content/pages/gender.md:8:9: error: unknown indicator 'tj-9'; there are none"), problems.toString());
        assertTrue(problems.contains("site.yml:6:23: error: unknown programme 'tajikstan' (did you mean 'tajikistan'?); known: tajikistan"), problems.toString());
    }
}
