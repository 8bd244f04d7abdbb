package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which directional marks the PDF can do without, and which blocks read left to right inside Arabic text. */
class IcuBidiTest {

    @Test
    void a_percentage_alone_loses_the_marks_of_the_arabic_format_as_it_reads_the_same_without_them() {
        assertEquals("38.3%", IcuBidi.withoutSilentMarks("38.3\u200E%\u200E", true));
    }

    @Test
    void a_percentage_after_an_arabic_word_keeps_its_marks_as_its_sign_would_move_left_of_the_figure() {
        assertEquals("لدى 38.3\u200E%\u200E من", IcuBidi.withoutSilentMarks("لدى 38.3\u200E%\u200E من", true));
    }

    @Test
    void a_negative_figure_keeps_its_marks_since_its_minus_would_move_after_the_digits() {
        assertEquals("\u200E-5\u200E%\u200E", IcuBidi.withoutSilentMarks("\u200E-5\u200E%\u200E", true));
    }

    @Test
    void an_english_sentence_is_left_to_right_only_and_one_with_an_arabic_word_is_not() {
        assertTrue(IcuBidi.leftToRightOnly("The funding gap stands at 2,263."));
        assertFalse(IcuBidi.leftToRightOnly("The fund in طاجيكستان"));
        assertFalse(IcuBidi.leftToRightOnly("2,263 (38.3%)"), "figures alone have no direction of their own");
    }
}
