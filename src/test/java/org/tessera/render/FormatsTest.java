package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tessera.model.EditionInfo;

class FormatsTest {

    private static Formats formats(String language) {
        return new Formats(language, Messages.load(language, Path.of("no-templates")));
    }

    /** French groups with a narrow no-break space; compare with ordinary spaces for readability. */
    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void english_numbers_percent_and_money() {
        Formats en = formats("en");
        assertEquals("2,263", en.number(new BigDecimal("2263")));
        assertEquals("94%", en.percent(new BigDecimal("94")));
        assertEquals("USD 2,200,000", en.money(new BigDecimal("2200000"), "USD"));
        assertEquals("USD 2.2 million", en.compactMoney(new BigDecimal("2200000"), "USD"));
        assertEquals("USD 150 million", en.compactMoney(new BigDecimal("150000000"), "USD"));
        assertEquals("USD 850,000", en.compactMoney(new BigDecimal("850000"), "USD"));
    }

    @Test
    void french_numbers_percent_and_money() {
        Formats fr = formats("fr");
        assertEquals("2 263", spaces(fr.number(new BigDecimal("2263"))));
        assertEquals("94 %", spaces(fr.percent(new BigDecimal("94"))));
        assertEquals("2,2 millions USD", spaces(fr.compactMoney(new BigDecimal("2200000"), "USD")));
    }

    @Test
    void arabic_prints_latin_digits_unless_its_tag_asks_for_arabic_indic_ones() {
        assertEquals("2,263", formats("ar").number(new BigDecimal("2263")));
        assertEquals("94", formats("ar").percent(new BigDecimal("94")).replaceAll("[^0-9]", ""));
        assertEquals("\u0662\u066c\u0662\u0666\u0663", formats("ar-u-nu-arab").number(new BigDecimal("2263")));
        assertTrue(formats("ar-u-nu-arab").isRightToLeft());
    }

    @Test
    void compact_figures_keep_three_significant_digits_and_at_least_one_decimal() {
        Formats en = formats("en");
        assertEquals("207.6 million", en.compactWords(new BigDecimal("207625000")));
        assertEquals("1.95 billion", en.compactWords(new BigDecimal("1950000000")));
        assertEquals("150 million", en.compactWords(new BigDecimal("150000000")));
        assertEquals("1 billion", en.compactWords(new BigDecimal("999960000")), "999.96 million rounds up to the next unit");
        assertEquals("250,000", en.compactWords(new BigDecimal("250000")), "below a million a figure stays in full");
        assertEquals("USD 1.95 billion", en.compactMoney(new BigDecimal("1950000000"), "USD"));
        assertEquals("USD 57.4 million", en.compactMoney(new BigDecimal("57398734"), "USD"));
        assertEquals("1.95B", en.compactNumber(new BigDecimal("1950000000")));
        assertEquals("19.6M", en.compactNumber(new BigDecimal("19569912")));
        assertEquals("850K", en.compactNumber(new BigDecimal("850000")));
        assertEquals("9,999", en.compactNumber(new BigDecimal("9999")));
    }

    @Test
    void french_compact_words_are_the_jdks_own() {
        Formats fr = formats("fr");
        java.text.NumberFormat jdk = java.text.NumberFormat.getCompactNumberInstance(java.util.Locale.FRENCH,
                java.text.NumberFormat.Style.LONG);
        jdk.setMaximumFractionDigits(2);
        assertEquals(jdk.format(207_600_000L), fr.compactWords(new BigDecimal("207625000")));
        assertEquals(jdk.format(1_950_000_000L), fr.compactWords(new BigDecimal("1950000000")));
        assertTrue(spaces(fr.compactWords(new BigDecimal("207625000"))).startsWith("207,6 million"));
        assertEquals("1,95 milliards USD", spaces(fr.compactMoney(new BigDecimal("1950000000"), "USD")));
    }

    @Test
    void dates_follow_the_language() {
        assertEquals("September 2023", formats("en").editionDate(new EditionInfo("1st", LocalDate.of(2023, 9, 1), false)));
        assertEquals("28 October 2020", formats("en").date(LocalDate.of(2020, 10, 28)));
        assertEquals("28 octobre 2020", formats("fr").date(LocalDate.of(2020, 10, 28)));
    }

    @Test
    void arabic_is_right_to_left_and_english_is_not() {
        assertTrue(formats("ar").isRightToLeft());
        assertFalse(formats("en").isRightToLeft());
    }

    @Test
    void country_codes_become_names_in_the_language() {
        assertEquals("Tajikistan", formats("en").country("TJ"));
        assertEquals("Tadjikistan", formats("fr").country("TJ"));
        assertEquals("IGAD region", formats("en").country("IGAD region"));
    }
}
