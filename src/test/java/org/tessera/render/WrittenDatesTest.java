package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** Dates are printed at the precision their author wrote, and every date field is checked with its position. */
class WrittenDatesTest {

    @TempDir
    Path dir;

    private String periodShown(TestEdition edition) {
        return edition.build().html("programmes/tajikistan/").select(".facts div").stream()
                .filter(d -> d.text().startsWith("Period")).map(d -> d.selectFirst("dd").text()).findFirst().orElse("");
    }

    @Test
    void a_period_written_in_years_is_printed_in_years() {
        assertEquals("2016 – 2018", periodShown(TestEdition.minimal(dir).programme("period: {start: 2016, end: 2018}")));
    }

    @Test
    void a_period_written_in_months_is_printed_in_months_in_the_editions_language() {
        TestEdition edition = TestEdition.minimal(dir).site("language: fr").programme("period: {start: 2016-03, end: \"2017-11\"}");
        String shown = edition.build().html("programmes/tajikistan/").select(".facts").text();
        assertTrue(shown.contains("mars 2016 – novembre 2017"), shown);
    }

    @Test
    void a_period_ending_in_the_year_it_starts_is_not_reversed() {
        BuildResult result = TestEdition.minimal(dir).programme("period: {start: 2016-03, end: 2016}").check();
        assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
    }

    @Test
    void a_period_that_truly_ends_before_it_starts_is_an_error() {
        BuildResult result = TestEdition.minimal(dir).programme("period: {start: 2017, end: 2016-12}").check();
        assertEquals(List.of("content/programmes/tajikistan.yml:5:9: error: the period ends (2016-12) before it starts (2017)"),
                result.problems().stream().map(Problem::format).toList());
    }

    @Test
    void a_date_in_another_form_names_its_place_and_the_forms_accepted() {
        BuildResult result = TestEdition.minimal(dir).programme("period: {start: 28.10.2020, end: 2022}").check();
        assertEquals(List.of("content/programmes/tajikistan.yml:5:17: error: 'start' in 'period': "
                + "\"28.10.2020\" is not a date; write it as 2016, 2016-03 or 2016-03-15"), result.problems().stream().map(Problem::format).toList());
    }

    @Test
    void a_datasets_as_of_date_is_checked_and_printed_at_its_precision() {
        TestEdition edition = TestEdition.minimal(dir)
                .file("content/data/donors.csv", "donor,amount\nGermany,1000\n")
                .file("content/data/donors.yml", "title: Donors\nsource: {publisher: Fund, as_of: \"30.11.2015\"}\n");
        List<String> problems = edition.check().problems().stream().map(Problem::format).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/data/donors.yml:2:"), problems::toString);
        assertTrue(problems.get(0).contains("\"30.11.2015\" is not a date; write it as 2016, 2016-03 or 2016-03-15"), problems::toString);

        edition.file("content/data/donors.yml", "title: Donors\nsource: {publisher: Fund, as_of: 2015}\n").build();
        assertTrue(edition.html("donors/").text().contains("Fund, as of 2015"), edition.html("donors/").text());
    }

    @Test
    void an_indicators_as_of_date_is_checked_even_where_no_description_types_it() {
        List<String> problems = TestEdition.minimal(dir).file("content/data/indicators.csv", """
                programme,code,statement,unit,period,value,as_of
                tajikistan,tj-1,# of women trained,count,2023,120,31/12/2023
                """).check().problems().stream().map(Problem::format).toList();
        assertEquals(List.of("content/data/indicators.csv:2:7: error: \"31/12/2023\" in column 'as_of' is not a date; "
                + "write it as 2016, 2016-03 or 2016-03-15"), problems);
    }
}
