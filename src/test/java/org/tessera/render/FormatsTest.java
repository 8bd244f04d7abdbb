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
