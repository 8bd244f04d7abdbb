package org.tessera.render.component;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The one set of chart colours of the site. Eight series colours, each with at least 3:1 contrast against white
 * (WCAG AA for graphics), any two of them, and each and the neutral grey of "Other", at least 10 apart (CIEDE2000)
 * for normal vision and for simulated protanopia, deuteranopia and tritanopia ({@code PaletteTest} measures it).
 * The stylesheet repeats them as {@code --chart-1} … so tiles and legends match.
 *
 * <p>A series takes its colour from its identity, not from its place in one chart's {@code y}: a value column keeps
 * the colour of its place among its dataset's value columns ({@link #assign}), so "Women" is the same colour in the
 * stacked chart and in the line chart of the same data, on the web page and in the brochure. A chart with more series
 * than colours groups the smallest as "Other" ({@link ChartRows#grouped}), drawn in {@link #NEUTRAL}.
 */
public final class Palette {

    /** Series colours; a series whose column is the dataset's n-th value column prefers colour n (mod 8). */
    public static final List<String> SERIES = List.of("#0072B2", "#DE6212", "#009F72", "#C479A1", "#093A63",
            "#88592D", "#5505C0", "#832041");
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
        return Color.decode(SERIES.get(Math.floorMod(index, SERIES.size())));
    }

    public static Color color(String hex) {
        return Color.decode(hex);
    }

    /**
     * The colours of one chart's series, in their order: each identity takes colour {@code identity mod 8} unless a
     * smaller identity of the same chart took it first, then the next free one; {@link ChartRows#OTHER} takes the
     * neutral grey. No two series of a chart share a colour as long as there are at most eight identities.
     */
    public static List<Color> assign(List<Integer> identities) {
        Color[] colours = new Color[identities.size()];
        boolean[] taken = new boolean[SERIES.size()];
        List<Integer> byIdentity = IntStream.range(0, identities.size()).boxed()
                .sorted(Comparator.comparing(identities::get)).toList();
        for (int s : byIdentity) {
            int identity = identities.get(s);
            if (identity == ChartRows.OTHER) {
                colours[s] = color(NEUTRAL);
                continue;
            }
            int slot = Math.floorMod(identity, SERIES.size());
            for (int tries = 0; taken[slot] && tries < SERIES.size(); tries++) {
                slot = (slot + 1) % SERIES.size();
            }
            taken[slot] = true;
            colours[s] = series(slot);
        }
        return List.of(colours);
    }

    /** The custom properties that put the palette in a stylesheet. */
    public static String cssProperties() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < SERIES.size(); i++) {
            css.append("  --chart-").append(i + 1).append(": ").append(SERIES.get(i).toLowerCase(Locale.ROOT)).append(";\n");
        }
        css.append("  --chart-other: ").append(NEUTRAL.toLowerCase(Locale.ROOT)).append(";\n");
        css.append("  --chart-track: ").append(TRACK.toLowerCase(Locale.ROOT)).append(";\n");
        return css.toString();
    }
}
