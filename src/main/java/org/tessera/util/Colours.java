package org.tessera.util;

import java.util.Locale;

/** WCAG contrast between colours written #rrggbb, and the shade of a colour that reaches a contrast. */
public final class Colours {

    private Colours() {
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * {@code colour}, or the first darker shade of it (mixed with black in steps of 2%) that has at least {@code ratio}
     * against every one of {@code backgrounds}: the same hue, dark enough to read.
     */
    public static String darkenedFor(String colour, double ratio, String... backgrounds) {
        int[] rgb = rgb(colour);
        for (int step = 0; step <= 50; step++) {
            double keep = 1 - step * 0.02;
            String shade = hex((int) Math.round(rgb[0] * keep), (int) Math.round(rgb[1] * keep), (int) Math.round(rgb[2] * keep));
            if (java.util.Arrays.stream(backgrounds).allMatch(bg -> contrast(shade, bg) >= ratio)) {
                return shade;
            }
        }
        return "#000000";
    }

    /** {@code a} mixed with {@code b}, {@code share} parts of a: mix("#009edb", "#ffffff", 0.1) is a pale blue. */
    public static String mix(String a, String b, double share) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        return hex((int) Math.round(x[0] * share + y[0] * (1 - share)), (int) Math.round(x[1] * share + y[1] * (1 - share)),
                (int) Math.round(x[2] * share + y[2] * (1 - share)));
    }

    /** Whichever of white and black reads better on {@code background}. */
    public static String textOn(String background) {
        return contrast("#ffffff", background) >= contrast("#000000", background) ? "#ffffff" : "#000000";
    }

    private static double luminance(String colour) {
        int[] rgb = rgb(colour);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    private static String hex(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
