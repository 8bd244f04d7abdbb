package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.util.Colours;

/**
 * Measures the palette. Colour-vision deficiencies are simulated with the matrices of Machado, Oliveira and Fernandes
 * (2009) at severity 1.0, applied in linear RGB and clipped to the gamut; distances are CIEDE2000 between CIELAB
 * colours (D65 white).
 */
class PaletteTest {

    private static final Map<String, double[][]> VISIONS = Map.of(
            "normal vision", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

    @Test
    void there_are_at_least_eight_series_colours() {
        assertTrue(Palette.SERIES.size() >= 8, Palette.SERIES.toString());
    }

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
    void any_two_series_colours_and_the_grey_of_other_are_10_apart_for_every_vision() {
        List<String> colours = new ArrayList<>(Palette.SERIES);
        colours.add(Palette.NEUTRAL);
        for (Map.Entry<String, double[][]> vision : VISIONS.entrySet()) {
            for (int i = 0; i < colours.size(); i++) {
                for (int j = i + 1; j < colours.size(); j++) {
                    double distance = ciede2000(lab(colours.get(i), vision.getValue()), lab(colours.get(j), vision.getValue()));
                    assertTrue(distance >= 10, colours.get(i) + " and " + colours.get(j) + " are only "
                            + Math.round(distance * 10) / 10.0 + " apart under " + vision.getKey());
                }
            }
        }
    }

    @Test
    void the_distance_measure_agrees_with_the_published_test_pairs() {
        // Sharma, Wu and Dalal (2005), pairs 1, 7 and 17 of their CIEDE2000 test data
        assertEquals(2.0425, ciede2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(2.3669, ciede2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}), 1e-4);
        assertEquals(27.1492, ciede2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
    }

    @Test
    void a_series_keeps_the_colour_of_its_column_whatever_its_place_in_the_chart() {
        assertEquals(Palette.assign(List.of(2, 5)).get(0), Palette.assign(List.of(5, 2)).get(1));
        assertEquals(Palette.series(5), Palette.assign(List.of(0, 5)).get(1));
    }

    @Test
    void eight_series_of_one_chart_never_share_a_colour_even_when_their_columns_wrap_around_the_palette() {
        List<Color> colours = Palette.assign(List.of(0, 8, 9, 2, 11, 12, 13, ChartRows.OTHER));
        assertEquals(colours.size(), new HashSet<>(colours).size(), colours.toString());
        assertEquals(Palette.color(Palette.NEUTRAL), colours.get(7));
    }

    @Test
    void stylesheet_carries_the_same_palette_as_custom_properties() throws Exception {
        String css = new String(getClass().getClassLoader().getResourceAsStream("static/tessera.css").readAllBytes(), StandardCharsets.UTF_8);
        for (String line : Palette.cssProperties().split("\n")) {
            assertTrue(css.contains(line.strip()), "tessera.css lacks " + line.strip());
        }
    }

    /** WCAG contrast, by the rule the themes are checked with. */
    private static double contrast(Color a, Color b) {
        return Colours.contrast(hex(a), hex(b));
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static double linear(int value) {
        double v = value / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** CIELAB of a colour as a reader with this vision sees it. */
    private static double[] lab(String hex, double[][] vision) {
        Color c = Color.decode(hex);
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            seen[i] = Math.max(0, Math.min(1, vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2]));
        }
        double x = (0.4124564 * seen[0] + 0.3575761 * seen[1] + 0.1804375 * seen[2]) / 0.95047;
        double y = 0.2126729 * seen[0] + 0.7151522 * seen[1] + 0.0721750 * seen[2];
        double z = (0.0193339 * seen[0] + 0.1191920 * seen[1] + 0.9503041 * seen[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        double d = 6.0 / 29;
        return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
    }

    /** CIEDE2000 (Sharma, Wu and Dalal 2005) with kL = kC = kH = 1. */
    static double ciede2000(double[] lab1, double[] lab2) {
        double cBar = (Math.hypot(lab1[1], lab1[2]) + Math.hypot(lab2[1], lab2[2])) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1 = Math.hypot(a1, lab1[2]);
        double c2 = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dh = c1 * c2 == 0 ? 0 : Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
        double dL = lab2[0] - lab1[0];
        double dC = c2 - c1;
        double dH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(dh / 2));
        double lBar = (lab1[0] + lab2[0]) / 2;
        double cBarP = (c1 + c2) / 2;
        double hBar = c1 * c2 == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * cos(hBar - 30) + 0.24 * cos(2 * hBar) + 0.32 * cos(3 * hBar + 6) - 0.20 * cos(4 * hBar - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
        double rC = 2 * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + Math.pow(25, 7)));
        double sL = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sC = 1 + 0.045 * cBarP;
        double sH = 1 + 0.015 * cBarP * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;
        return Math.sqrt(Math.pow(dL / sL, 2) + Math.pow(dC / sC, 2) + Math.pow(dH / sH, 2) + rT * (dC / sC) * (dH / sH));
    }

    private static double hue(double a, double b) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
