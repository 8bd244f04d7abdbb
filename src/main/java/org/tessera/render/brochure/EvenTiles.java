package org.tessera.render.brochure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The tiles of a right-to-left row, floated divs ({@link TileGrid}), as tall as the tallest of their row, as the table
 * rows of a left-to-right grid are. CSS 2.1 cannot stretch a float to its neighbours, so the page is laid out once to
 * measure them ({@link #mark}, then the writer's layout), and each tile's body is given the height that it lacks.
 */
final class EvenTiles {

    private static final String PREFIX = "tessera-tile-";
    /** The ids {@link #mark} gives, for the writer to measure. */
    static final Pattern MARKED = Pattern.compile("^" + PREFIX);

    private EvenTiles() {
    }

    /** Gives each tile of a right-to-left row, and its body, an id to be measured by; whether there was one. */
    static boolean mark(Document document) {
        List<List<Element>> rows = rows(document);
        int n = 0;
        for (List<Element> row : rows) {
            for (Element tile : row) {
                tile.setAttribute("id", PREFIX + n);
                body(tile).setAttribute("id", PREFIX + n + "-body");
                n++;
            }
        }
        return n > 0;
    }

    /** Sets the minimum height of each marked tile's body from {@code heights} (points, by id) so its row is even. */
    static void apply(Document document, Map<String, Float> heights) {
        for (List<Element> row : rows(document)) {
            double tallest = row.stream().mapToDouble(tile -> heights.getOrDefault(tile.getAttribute("id"), 0f)).max().orElse(0);
            for (Element tile : row) {
                Float own = heights.get(tile.getAttribute("id"));
                Element body = body(tile);
                Float inner = heights.get(body.getAttribute("id"));
                if (own != null && inner != null && tallest - own > 0.1) {
                    body.setAttribute("style", String.format(Locale.ROOT, "min-height: %.2fpt", inner + tallest - own));
                }
            }
        }
    }

    private static List<List<Element>> rows(Document document) {
        List<List<Element>> rows = new ArrayList<>();
        NodeList divs = document.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (div.getAttribute("class").equals("tile-row")) {
                List<Element> tiles = new ArrayList<>();
                for (Node child = div.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element tile) {
                        tiles.add(tile);
                    }
                }
                rows.add(tiles);
            }
        }
        return rows;
    }

    private static Element body(Element tile) {
        return (Element) tile.getFirstChild();
    }
}
