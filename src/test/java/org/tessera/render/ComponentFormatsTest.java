package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComponentFormatsTest {

    private static Formats formats(String language) {
        return new Formats(language, Messages.load(language, Path.of("no-templates")));
    }

    @Test
    void english_groups_thousands_with_commas_and_sets_the_percent_sign_close() {
        assertEquals("2,263", formats("en").number(new BigDecimal("2263")));
        assertEquals("94%", formats("en").percent(new BigDecimal("94")));
        assertEquals("99.6%", formats("en").percent(new BigDecimal("99.6")));
    }

    @Test
    void french_groups_thousands_with_a_narrow_no_break_space_and_spaces_the_percent_sign() {
        assertEquals("2\u202f263", formats("fr").number(new BigDecimal("2263")));
        assertEquals("94\u00a0%", formats("fr").percent(new BigDecimal("94")));
    }

    @Test
    void large_money_has_a_compact_form_for_tiles() {
        assertEquals("USD 2.2 million", formats("en").compactMoney(new BigDecimal("2200000"), "USD"));
        assertEquals("USD 850,000", formats("en").compactMoney(new BigDecimal("850000"), "USD"));
        assertEquals("2,2 millions USD", formats("fr").compactMoney(new BigDecimal("2200000"), "USD"));
    }

    @Test
    void chart_labels_use_short_numbers_with_three_significant_digits() {
        assertEquals("6.59M", formats("en").compactNumber(new BigDecimal("6588103")));
        assertEquals("6,59\u00a0M", formats("fr").compactNumber(new BigDecimal("6588103")));
        assertEquals("19.6M", formats("en").compactNumber(new BigDecimal("19569912")));
        assertEquals("2,263", formats("en").compactNumber(new BigDecimal("2263")));
    }

    @Test
    void as_of_dates_read_as_month_and_year_or_full_date() {
        assertEquals("January 2024", formats("en").asOf("2024-01"));
        assertEquals("31 January 2024", formats("en").asOf("2024-01-31"));
        assertEquals("janvier 2024", formats("fr").asOf("2024-01"));
        assertEquals("end of 2023", formats("en").asOf("end of 2023"));
    }
}
