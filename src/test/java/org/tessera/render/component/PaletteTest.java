package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void every_series_colour_has_at_least_3_to_1_contrast_on_white() {
        for (String hex : Palette.SERIES) {
            assertTrue(contrast(Color.decode(hex), Color.WHITE) >= 3.0, hex + " is too light for graphics on white");
        }
        assertTrue(contrast(Color.decode(Palette.NEUTRAL), Color.WHITE) >= 3.0);
        assertTrue(contrast(Color.decode(Palette.TEXT), Color.decode(Palette.TRACK)) >= 4.5, "labels on the progress track");
        assertTrue(contrast(Color.WHITE, Palette.series(0)) >= 4.5, "white labels on the progress fill");
    }

    @Test
    void stylesheet_carries_the_same_palette_as_custom_properties() throws Exception {
        String css = new String(getClass().getClassLoader().getResourceAsStream("static/tessera.css").readAllBytes(), StandardCharsets.UTF_8);
        for (String line : Palette.cssProperties().split("\n")) {
            assertTrue(css.contains(line.strip()), "tessera.css lacks " + line.strip());
        }
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
