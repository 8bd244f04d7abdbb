package org.tessera.render.brochure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Sets a tile's figure smaller where, at the size brochure.css gives it, its longest unbreakable run ("1,234,567,890",
 * "USD 1,950,000,000" with its no-break spaces) would run past its tile into the next one. Measured with the shipped
 * bold face; the web page does the same with CSS ({@code --len}), which the PDF engine cannot read.
 */
final class TileFit {

    /** The figure's size in brochure.css, and the smallest it is set at. */
    static final float SIZE = 20f;
    static final float SMALLEST = 9f;
    private static final float PADDING = PageBox.mm(6); // 3 mm each side
    private static final float SPACING = PageBox.mm(2); // table.tile-grid's border-spacing, between and around tiles

    private final float tileWidth;

    TileFit(PageBox page) {
        this.tileWidth = (page.contentWidth() - (TileGrid.PER_ROW + 1) * SPACING) / TileGrid.PER_ROW - PADDING;
    }

    /** {@code html} with each figure that would not fit its tile set smaller; the same text when all fit. */
    String apply(String html) {
        if (!html.contains("tile__figure")) {
            return html;
        }
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element figure : document.select(".tile__figure")) {
            float size = size(shown(figure));
            if (size < SIZE) {
                figure.attr("style", "font-size: " + size + "pt");
                changed = true;
            }
        }
        return changed ? document.outerHtml() : html;
    }

    /** The size at which the longest run between ordinary spaces fits the tile, to half a point; at most {@link #SIZE}. */
    float size(String figure) {
        float widest = 0;
        for (String run : figure.strip().split(" +")) {
            widest = Math.max(widest, TextWidths.of(run, SIZE, true));
        }
        if (widest <= tileWidth) {
            return SIZE;
        }
        return Math.max(SMALLEST, (float) Math.floor(2 * SIZE * tileWidth / widest) / 2);
    }

    /** What the reader sees: a compact figure's words, not the exact figure kept for screen readers. */
    private static String shown(Element figure) {
        Element visible = figure.selectFirst("[aria-hidden=true]");
        return (visible != null ? visible : figure).wholeText(); // text() would turn no-break spaces into breakable ones
    }
}
