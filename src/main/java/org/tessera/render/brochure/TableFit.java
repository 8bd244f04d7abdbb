package org.tessera.render.brochure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.tessera.render.Messages;

/**
 * Fits every table of a brochure's print HTML to the width of its page, as a designer would: at the
 * stylesheet's size when it fits, else in smaller type down to 7 pt, else split into several tables of
 * consecutive columns, each repeating the label (first) column, its header row and its total row. Whether a
 * table fits is measured: each column needs its longest figure (figures never wrap) or its longest word (text
 * wraps between words) in the shipped fonts, plus the cell's padding.
 *
 * <p>Run once on the print HTML, so the print page and the PDF share the layout. A column too wide for the
 * page even alone beside the label column stays too wide: the check of the finished PDF ({@link PageFit})
 * reports it.
 */
final class TableFit {

    /** The type size of tables in brochure.css, then the smaller sizes tried, down to 7 pt. */
    static final List<Float> SIZES = List.of(8.5f, 8f, 7.5f, 7f);
    /** A cell's padding in brochure.css (2 mm on its right), with half a millimetre for rounding. */
    private static final float PADDING = PageBox.mm(2.5f);
    /** Boxes of brochure.css that hold tables and take width from the text column: the facts box's padding. */
    private static final float FACTS_PADDING = PageBox.mm(10);

    /** As in brochure.css: line height, a caption of two lines with its padding, a row's padding, the room kept under a caption. */
    private static final float LINE_HEIGHT = 1.45f;
    private static final float CAPTION_HEIGHT = 2 * 8.5f * LINE_HEIGHT + PageBox.mm(4.5f);
    private static final float ROW_PADDING = PageBox.mm(1.2f);
    private static final float KEPT_BY_STYLESHEET = PageBox.mm(35);

    private final PageBox page;
    private final Messages messages;

    TableFit(PageBox page, Messages messages) {
        this.page = page;
        this.messages = messages;
    }

    /** {@code html} with its tables fitted; the same text when every table already fits. */
    String apply(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element table : document.select("table")) {
            changed |= fit(table);
        }
        return changed ? document.outerHtml() : html;
    }

    private boolean fit(Element table) {
        TableGrid grid = TableGrid.of(table);
        if (grid.isEmpty()) {
            return false;
        }
        float available = page.contentWidth() - (table.closest(".b-facts") != null ? FACTS_PADDING : 0);
        for (float size : SIZES) {
            if (total(grid.widths(size, PADDING)) <= available) {
                setSize(table, size);
                return keepWithCaption(table, grid, size) | size != SIZES.get(0);
            }
        }
        keepWithCaption(table, grid, smallest());
        float[] widths = grid.widths(smallest(), PADDING);
        if (!grid.isRectangular() || grid.columns() < 3 || !eachFitsBesideTheLabel(widths, available)) {
            setSize(table, smallest());
            return true; // splitting would not help: the check of the PDF reports what still does not fit
        }
        split(table, grid, parts(widths, available));
        return true;
    }

    /**
     * The caption moves to the next page unless its table's header row and first row fit under it: brochure.css
     * keeps 35 mm free for that, and a table whose long headers wrap to many lines asks for more.
     */
    private static boolean keepWithCaption(Element table, TableGrid grid, float size) {
        Element caption = table.selectFirst("caption");
        float needed = CAPTION_HEIGHT + (grid.headerLines(size, PADDING) + 2) * size * LINE_HEIGHT + ROW_PADDING * 2;
        if (caption == null || needed <= KEPT_BY_STYLESHEET) {
            return false;
        }
        caption.attr("style", "-fs-page-break-min-height: " + Math.round(Math.ceil(needed / PageBox.POINTS_PER_MM)) + "mm");
        return true;
    }

    private static boolean eachFitsBesideTheLabel(float[] widths, float available) {
        for (int column = 1; column < widths.length; column++) {
            if (widths[0] + widths[column] > available) {
                return false;
            }
        }
        return true;
    }

    private static float smallest() {
        return SIZES.get(SIZES.size() - 1);
    }

    private static void setSize(Element table, float size) {
        if (size != SIZES.get(0)) {
            table.attr("style", "font-size: " + size + "pt");
        }
    }

    private static float total(float[] widths) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }

    /**
     * The columns after the label column in consecutive groups that each fit beside it; as few groups as the
     * widths allow, then as even as they can be, so that the last part is not a lone column.
     */
    static List<List<Integer>> parts(float[] widths, float available) {
        float room = available - widths[0];
        List<List<Integer>> fewest = greedy(widths, room);
        float rest = total(widths) - widths[0];
        for (float target = rest / fewest.size(); target < room; target += 2) {
            List<List<Integer>> even = greedy(widths, target);
            if (even.size() == fewest.size()) {
                return even;
            }
        }
        return fewest;
    }

    private static List<List<Integer>> greedy(float[] widths, float room) {
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> part = new ArrayList<>();
        float used = 0;
        for (int column = 1; column < widths.length; column++) {
            if (!part.isEmpty() && used + widths[column] > room) {
                parts.add(part);
                part = new ArrayList<>();
                used = 0;
            }
            part.add(column);
            used += widths[column];
        }
        parts.add(part);
        return parts;
    }

    /** Replaces {@code table} by one table per part, each with the label column and the part's columns. */
    private void split(Element table, TableGrid grid, List<List<Integer>> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Element part = i == parts.size() - 1 ? table : table.clone();
            Set<Integer> kept = new TreeSet<>(parts.get(i));
            kept.add(0);
            keepColumns(part, kept);
            setSize(part, smallest());
            label(part, i + 1, parts.size(), grid.columns(), parts.get(i));
            if (i > 0) {
                ownIds(part, i + 1);
            }
            if (part != table) {
                table.before(part);
            }
        }
    }

    private static void keepColumns(Element table, Set<Integer> kept) {
        for (Element row : table.select("tr")) {
            Elements cells = row.children();
            for (int c = cells.size() - 1; c >= 0; c--) {
                if (!kept.contains(c)) {
                    cells.get(c).remove();
                }
            }
        }
    }

    /** Says in the caption which part of the table this is and which of its columns it holds. */
    private void label(Element table, int part, int parts, int columns, List<Integer> held) {
        String text = messages.format("brochure.table.part", part, parts, held.get(0) + 1,
                held.get(held.size() - 1) + 1, columns);
        Element caption = table.selectFirst("caption");
        if (caption == null) {
            caption = table.prependElement("caption");
        }
        Element note = new Element("span").addClass("b-part").text(text);
        Element source = caption.selectFirst(".source");
        if (source != null) {
            source.before(note);
            note.after(" ");
        } else {
            caption.appendText(" ").appendChild(note);
        }
    }

    /** Ids stay unique in the document: each part after the first suffixes its own. */
    private static void ownIds(Element table, int part) {
        for (Element withId : table.select("[id]")) {
            withId.attr("id", withId.id() + "-part" + part);
        }
    }
}
