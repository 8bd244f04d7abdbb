package org.tessera.render.brochure;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The cells of a table, row by row, as {@link TableFit} measures them: how wide each column must be so that
 * no figure wraps and no word is cut.
 */
record TableGrid(List<List<Cell>> rows, boolean isRectangular) {

    /** A cell's text; figures ({@code class="num"}) never wrap, other text wraps between words. */
    record Cell(String text, boolean bold, boolean figure) {

        float width(float size) {
            if (figure) {
                return TextWidths.of(text, size, bold);
            }
            float widest = 0;
            for (String word : text.split("\\s+")) {
                widest = Math.max(widest, TextWidths.of(word, size, bold));
            }
            return widest;
        }
    }

    static TableGrid of(Element table) {
        List<List<Cell>> rows = new ArrayList<>();
        boolean rectangular = true;
        int columns = -1;
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue; // a table inside a cell is measured on its own
            }
            boolean bold = row.closest("thead, tfoot") != null || row.hasClass("total");
            List<Cell> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                rectangular &= !cell.hasAttr("colspan") && !cell.hasAttr("rowspan");
                cells.add(new Cell(cell.text(), bold, cell.hasClass("num") && cell.normalName().equals("td")));
            }
            rectangular &= columns < 0 || columns == cells.size();
            columns = cells.size();
            rows.add(cells);
        }
        return new TableGrid(rows, rectangular);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int columns() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** At most how many lines the first (header) row takes when each column is as narrow as it may be. */
    int headerLines(float size, float padding) {
        float[] widths = widths(size, padding);
        int lines = 1;
        List<Cell> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            float full = TextWidths.of(header.get(c).text(), size, header.get(c).bold());
            int wrapped = (int) Math.ceil(full / Math.max(1, widths[c] - padding));
            lines = Math.max(lines, wrapped > 1 ? wrapped + 1 : wrapped); // a line broken between words holds less
        }
        return lines;
    }

    /** The width each column needs at {@code size} points, with {@code padding} for each cell. */
    float[] widths(float size, float padding) {
        float[] widths = new float[columns()];
        for (List<Cell> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).width(size) + padding);
            }
        }
        return widths;
    }
}
