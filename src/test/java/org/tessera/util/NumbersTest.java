package org.tessera.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void reads_numbers_as_people_type_them() {
        assertEquals(new BigDecimal("2263"), Numbers.parse("2263").orElseThrow());
        assertEquals(new BigDecimal("2263"), Numbers.parse("2,263").orElseThrow());
        assertEquals(new BigDecimal("2263"), Numbers.parse("2 263").orElseThrow());
        assertEquals(new BigDecimal("94"), Numbers.parse("94%").orElseThrow());
        assertEquals(new BigDecimal("1540000.5"), Numbers.parse("1,540,000.5").orElseThrow());
        assertEquals(new BigDecimal("-12"), Numbers.parse("-12").orElseThrow());
    }

    @Test
    void dash_and_blank_mean_no_value() {
        assertTrue(Numbers.isEmpty("-"));
        assertTrue(Numbers.isEmpty("  "));
    }

    @Test
    void typos_are_not_numbers_and_get_a_hint() {
        assertTrue(Numbers.parse("1,2OO").isEmpty());
        assertEquals(" (letter O instead of zero?)", Numbers.hint("1,2OO"));
        assertTrue(Numbers.parse("2,26").isEmpty());
        assertTrue(Numbers.parse("2,263 500").isEmpty());
    }
}
