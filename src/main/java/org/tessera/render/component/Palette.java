package org.tessera.render.component;

import java.awt.Color;
import java.util.List;

/**
 * The one set of chart colours of the site. Based on the Okabe–Ito colours, which stay distinct for readers
 * with the common colour-vision deficiencies; every series colour has at least 3:1 contrast against white
 * (WCAG AA for graphics). The stylesheet repeats them as {@code --chart-1} … so tiles and legends match.
 */
public final class Palette {

    /** Series colours, in the order series take them. */
    public static final List<String> SERIES = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#0B3A63");
    /** Grouped remainder ("Other") and secondary marks. */
    public static final String NEUTRAL = "#5F6B73";
    /** The unfilled part of a progress bar. */
    public static final String TRACK = "#DCE6EE";
    /** Text, axis labels. */
    public static final String TEXT = "#1C2B39";
    /** Gridlines: quiet, they only help reading values. */
    public static final String GRID = "#D5DDE5";

    private Palette() {
    }

    public static Color series(int index) {
        return Color.decode(SERIES.get(index % SERIES.size()));
    }

    public static Color color(String hex) {
        return Color.decode(hex);
    }

    /** The custom properties that put the palette in a stylesheet. */
    public static String cssProperties() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < SERIES.size(); i++) {
            css.append("  --chart-").append(i + 1).append(": ").append(SERIES.get(i).toLowerCase(java.util.Locale.ROOT)).append(";\n");
        }
        css.append("  --chart-other: ").append(NEUTRAL.toLowerCase(java.util.Locale.ROOT)).append(";\n");
        css.append("  --chart-track: ").append(TRACK.toLowerCase(java.util.Locale.ROOT)).append(";\n");
        return css.toString();
    }
}
