package org.tessera.render.brochure;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lays the site's tile lists out as rows of three for the PDF engine. It knows no flexbox, and tiles set inline
 * lose their place in the PDF's structure tree (untagged content, which PDF/UA forbids); table rows keep
 * equal heights, take the gaps from border-spacing and are never split across pages.
 */
final class TileGrid {

    static final int PER_ROW = 3;

    private TileGrid() {
    }

    /**
     * Right-to-left tiles too: the engine's tables have no direction, so they still run from the left. Floated or
     * inline tiles would run from the right, but the engine then tags them out of their list (floats) or not at
     * all (inline blocks), which PDF/UA forbids; reversing the cells would reverse the reading order.
     */
    static void apply(Document document) {
        List<Element> lists = new ArrayList<>();
        NodeList all = document.getElementsByTagName("ul");
        for (int i = 0; i < all.getLength(); i++) {
            Element list = (Element) all.item(i);
            if ((" " + list.getAttribute("class") + " ").contains(" tiles ")) {
                lists.add(list);
            }
        }
        lists.forEach(list -> replace(document, list));
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

    private static void replace(Document document, Element list) {
        Element table = document.createElement("table");
        table.setAttribute("class", "tile-grid");
        Element body = document.createElement("tbody");
        table.appendChild(body);
        Element row = null;
        int count = 0;
        for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element item) || !item.getTagName().equals("li")) {
                continue;
            }
            if (count % PER_ROW == 0) {
                row = document.createElement("tr");
                body.appendChild(row);
            }
            Element cell = document.createElement("td");
            cell.setAttribute("class", item.getAttribute("class"));
            while (item.getFirstChild() != null) {
                cell.appendChild(item.getFirstChild());
            }
            row.appendChild(cell);
            count++;
        }
        for (; row != null && count % PER_ROW != 0; count++) {
            Element empty = document.createElement("td"); // every row has as many cells (PDF/UA 7.2)
            empty.setAttribute("class", "tile-grid__empty");
            row.appendChild(empty);
        }
        list.getParentNode().replaceChild(table, list);
    }
}
