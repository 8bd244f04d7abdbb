package org.tessera.render.brochure;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lays the site's tile lists out as rows of three for the PDF engine. It knows no flexbox, and tiles set inline
 * lose their place in the PDF's structure tree (untagged content, which PDF/UA forbids). Left to right, a row is a
 * table row: equal heights, gaps from border-spacing, never split across pages. The engine's tables have no
 * direction, so right to left a row is a block of plain divs floated to the right: they run from the right and stay
 * in the structure tree in document order (the first tile is read first); {@link EvenTiles} makes them as tall as the
 * tallest of their row.
 * (Floated list items would be tagged outside their list, which PDF/UA forbids; reversing table cells would
 * reverse the reading order.)
 */
final class TileGrid {

    static final int PER_ROW = 3;

    private TileGrid() {
    }

    static void apply(Document document) {
        List<Element> lists = new ArrayList<>();
        NodeList all = document.getElementsByTagName("ul");
        for (int i = 0; i < all.getLength(); i++) {
            Element list = (Element) all.item(i);
            if ((" " + list.getAttribute("class") + " ").contains(" tiles ")) {
                lists.add(list);
            }
        }
        lists.forEach(list -> list.getParentNode().replaceChild(rightToLeft(list) ? floated(document, list) : table(document, list), list));
    }

    /** Whether the nearest {@code dir} on or above {@code element} (a story in its own language may have one) is rtl. */
    static boolean rightToLeft(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("dir")) {
                return "rtl".equalsIgnoreCase(e.getAttribute("dir"));
            }
        }
        return false;
    }

    private static Element table(Document document, Element list) {
        Element table = document.createElement("table");
        table.setAttribute("class", "tile-grid");
        Element body = document.createElement("tbody");
        table.appendChild(body);
        for (List<Element> tiles : rows(list)) {
            Element row = document.createElement("tr");
            body.appendChild(row);
            for (Element tile : tiles) {
                row.appendChild(moved(document, tile, "td", tile.getAttribute("class")));
            }
            for (int i = tiles.size(); i < PER_ROW; i++) {
                Element empty = document.createElement("td"); // every row has as many cells (PDF/UA 7.2)
                empty.setAttribute("class", "tile-grid__empty");
                row.appendChild(empty);
            }
        }
        return table;
    }

    private static Element floated(Document document, Element list) {
        Element grid = document.createElement("div");
        grid.setAttribute("class", "tile-rows");
        for (List<Element> tiles : rows(list)) {
            Element row = document.createElement("div");
            row.setAttribute("class", "tile-row");
            grid.appendChild(row);
            for (Element tile : tiles) {
                // The body is what EvenTiles stretches: a float cannot be made as tall as its row otherwise.
                Element cell = document.createElement("div");
                cell.setAttribute("class", tile.getAttribute("class") + " tile-row__tile");
                cell.appendChild(moved(document, tile, "div", "tile-row__body"));
                row.appendChild(cell);
            }
        }
        return grid;
    }

    /** The list's items, {@link #PER_ROW} to a row. */
    private static List<List<Element>> rows(Element list) {
        List<List<Element>> rows = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element item && item.getTagName().equals("li")) {
                if (rows.isEmpty() || rows.get(rows.size() - 1).size() == PER_ROW) {
                    rows.add(new ArrayList<>());
                }
                rows.get(rows.size() - 1).add(item);
            }
        }
        return rows;
    }

    /** A new {@code tag} element of class {@code type} holding what {@code item} held. */
    private static Element moved(Document document, Element item, String tag, String type) {
        Element cell = document.createElement(tag);
        cell.setAttribute("class", type);
        while (item.getFirstChild() != null) {
            cell.appendChild(item.getFirstChild());
        }
        return cell;
    }
}
