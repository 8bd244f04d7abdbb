package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrintedLogoTest {

    @Test
    void an_svg_logo_keeps_the_proportions_of_its_view_box_whatever_its_width_says() {
        PrintedLogo logo = PrintedLogo.svg("assets/logos/germany.svg",
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"100\" viewBox=\"0 0 5 3\"/>"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("width: 23.3mm; height: 14.0mm", logo.css());
    }

    @Test
    void an_svg_logo_without_a_view_box_is_fitted_by_its_width_and_height() {
        PrintedLogo logo = PrintedLogo.svg("a.svg", "<svg width='400px' height='50px'></svg>".getBytes(StandardCharsets.UTF_8));
        assertEquals("width: 40.0mm; height: 5.0mm", logo.css());
    }

    @Test
    void a_wide_logo_is_as_wide_as_the_box_and_a_tall_one_as_high() {
        assertEquals("width: 40.0mm; height: 4.0mm", PrintedLogo.fitted("wide.png", 1000, 100).css());
        assertEquals("width: 7.0mm; height: 14.0mm", PrintedLogo.fitted("tall.png", 100, 200).css());
    }

    @Test
    void a_logo_of_unknown_proportions_is_printed_square() {
        assertEquals("width: 14.0mm; height: 14.0mm", PrintedLogo.svg("odd.svg", "not svg".getBytes(StandardCharsets.UTF_8)).css());
    }
}
