package org.tessera.render.component;

import java.math.BigDecimal;
import org.tessera.render.Html;

/**
 * A tile's figure, sized to stay inside its tile: the stylesheet sets it as large as the tile allows for its length
 * ({@code --len}, in digit widths); a brochure measures it with the print font ({@code TileFit}). A figure in words keeps the exact one for screen
 * readers.
 */
public final class TileFigure {

    /** Signs about half a digit wide in the fonts of the theme, and letters about one and a half. */
    private static final String NARROW = ",.:;'’!|()[]ilIjtf \u00a0\u202f\u2009";
    private static final String WIDE = "mwMW%@";

    private TileFigure() {
    }

    /**
     * The figure's HTML: {@code tile__figure} with {@code tile__figure--long}, {@code --longer} or {@code --longest}
     * for figures over 5, 8 and 11 digit widths, for stylesheets that cannot read {@code --len} (an edition's own print
     * stylesheet: CSS 2.1 has no custom properties; the built-in one is given exact sizes by {@code TileFit}).
     */
    public static String html(String shown, String exact) {
        double length = fitLength(shown);
        String size = length > 11 ? " tile__figure--longest" : length > 8 ? " tile__figure--longer" : length > 5 ? " tile__figure--long" : "";
        String text = shown.equals(exact) ? Html.escape(shown) : "<span aria-hidden=\"true\">" + Html.escape(shown)
                + "</span><span class=\"visually-hidden\">" + Html.escape(exact) + "</span>";
        return "<span class=\"tile__figure" + size + "\" style=\"--len: " + BigDecimal.valueOf(length).stripTrailingZeros().toPlainString()
                + "\">" + text + "</span>";
    }

    /**
     * The width, in digits, of the longest line the figure is set on, to the next half digit. Figures break only at
     * ordinary spaces ("1 million+", never "125,750" nor "2 263" with its no-break space), and a figure in words is
     * set on at most two lines' worth of width, so that it stays one line where it can.
     */
    static double fitLength(String figure) {
        double whole = width(figure);
        double longestWord = 0;
        for (String word : figure.split(" ")) {
            longestWord = Math.max(longestWord, width(word));
        }
        return Math.ceil(Math.max(longestWord, whole / 2) * 2) / 2;
    }

    private static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += NARROW.indexOf(c) >= 0 ? 0.5 : WIDE.indexOf(c) >= 0 ? 1.5 : Character.isUpperCase(c) ? 1.25 : 1;
        }
        return width;
    }
}
