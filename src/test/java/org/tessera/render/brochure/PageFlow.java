package org.tessera.render.brochure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a tagged brochure PDF page by page, as a reader turns its pages, and names every page that breaks the flow
 * rules of a designed publication: a page (covers aside) holds at least 3 lines of body text or one whole block (a
 * table or a part of one of at least 3 rows, a chart or photograph, a band of at least 2 tiles); no page ends with a
 * heading; a table keeps its caption, a chart or photograph the short lines beside it (title, source, caption).
 *
 * <p>What each piece of text is comes from the PDF's structure tree (PDF/UA makes the brochures tag every line):
 * a line under H1…H6 is a heading, under Table a table row (a table without header cells is a band of tiles),
 * under Figure a chart or photograph, under Caption a caption, under Link alone a link; the rest is body text.
 * Running headers and page numbers are artifacts outside the tree, so they never count.
 */
final class PageFlow {

    private static final int MIN_LINES = 3;
    private static final int MIN_ROWS = 3;
    private static final int MIN_TILES = 2;

    /** One tagged piece of a page: its structure elements from the root down, and what it shows. */
    private record Piece(int page, List<PDStructureElement> path, String text, Set<Integer> lines, boolean drawing) {

        boolean under(String... types) {
            for (PDStructureElement e : path) {
                for (String type : types) {
                    if (type.equals(e.getStructureType())) {
                        return true;
                    }
                }
            }
            return false;
        }

        PDStructureElement nearest(String type) {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (type.equals(path.get(i).getStructureType())) {
                    return path.get(i);
                }
            }
            return null;
        }

        /** The brochure section (a top-level Sect) the piece belongs to. */
        PDStructureElement section() {
            return path.stream().filter(e -> "Sect".equals(e.getStructureType())).findFirst().orElse(null);
        }

        boolean heading() {
            return under("H", "H1", "H2", "H3", "H4", "H5", "H6");
        }

        /** Body text: paragraphs and lists, a list of links (the contents) too, but not a link on its own. */
        boolean body() {
            return !heading() && !under("Table", "Figure", "Caption") && (!under("Link") || under("LI")) && !text.isBlank();
        }
    }

    private final PDDocument pdf;
    private final String name;
    private final List<Piece> pieces = new ArrayList<>();
    private final Map<PDPage, Map<Integer, PDMarkedContent>> contents = new HashMap<>();
    private final List<PDStructureElement> sections = new ArrayList<>();

    private PageFlow(PDDocument pdf, String name) {
        this.pdf = pdf;
        this.name = name;
    }

    /**
     * The pages of {@code pdf} that break the rules, each named "brochure page N: what is wrong (what is on it)".
     *
     * @param front the index, among the brochure's sections in order, of the front cover (-1: none), whose first
     *              page is exempt from the rule of enough content: a picture and a title
     * @param back  the index of the back cover (-1: none), whose last page is exempt: an address
     */
    static List<String> offences(PDDocument pdf, String name, int front, int back) throws IOException {
        PageFlow flow = new PageFlow(pdf, name);
        flow.read();
        Set<Integer> exempt = new TreeSet<>();
        flow.pagesOf(front).stream().findFirst().ifPresent(exempt::add);
        flow.pagesOf(back).stream().reduce((first, last) -> last).ifPresent(exempt::add);
        List<String> found = new ArrayList<>();
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            List<Piece> on = flow.on(page);
            if (!exempt.contains(page)) {
                flow.enough(page, on).ifPresent(found::add);
            }
            flow.lastHeading(page, on).ifPresent(found::add);
        }
        found.addAll(flow.strayCaptions());
        found.addAll(flow.widowsAndOrphans());
        return found;
    }

    /** The text of every tagged piece of {@code pdf} in the order of its structure tree: what a screen reader reads. */
    static String readingOrder(PDDocument pdf) throws IOException {
        PageFlow flow = new PageFlow(pdf, "");
        flow.read();
        return String.join("\n", flow.pieces.stream().map(Piece::text).toList());
    }

    /** How many pages break the rules, counting a page once whatever it breaks. */
    static long pages(List<String> offences) {
        return offences.stream().map(o -> o.substring(0, o.indexOf(':'))).distinct().count();
    }

    private void read() throws IOException {
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, PDMarkedContent> byId = new HashMap<>();
            extractor.getMarkedContents().forEach(mc -> index(mc, byId));
            contents.put(page, byId);
        }
        for (Object kid : pdf.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            if (kid instanceof PDStructureElement element) {
                walk(element, new ArrayList<>(), null);
            }
        }
    }

    private static void index(PDMarkedContent mc, Map<Integer, PDMarkedContent> byId) {
        if (mc.getMCID() >= 0) {
            byId.put(mc.getMCID(), mc);
        }
        for (Object inner : mc.getContents()) {
            if (inner instanceof PDMarkedContent nested) {
                index(nested, byId);
            }
        }
    }

    private void walk(PDStructureElement element, List<PDStructureElement> path, PDPage inherited) {
        List<PDStructureElement> here = new ArrayList<>(path);
        here.add(element);
        if ("Sect".equals(element.getStructureType()) && path.stream().noneMatch(e -> "Sect".equals(e.getStructureType()))) {
            sections.add(element);
        }
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                walk(child, here, page);
            } else if (kid instanceof Integer mcid) {
                piece(page, mcid, here);
            } else if (kid instanceof PDMarkedContentReference ref) {
                piece(ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), here);
            }
        }
    }

    private void piece(PDPage page, int mcid, List<PDStructureElement> path) {
        PDMarkedContent mc = page == null ? null : contents.get(page).get(mcid);
        if (mc == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        Set<Integer> lines = new TreeSet<>();
        boolean drawing = false;
        for (Object item : mc.getContents()) {
            if (item instanceof TextPosition t) {
                text.append(t.getUnicode());
                lines.add(Math.round(t.getYDirAdj() / 3)); // one line, whatever the size of its letters
            }
            drawing |= item instanceof PDXObject;
        }
        pieces.add(new Piece(pdf.getPages().indexOf(page), List.copyOf(path), text.toString().strip(), lines, drawing));
    }

    private List<Piece> on(int page) {
        return pieces.stream().filter(p -> p.page() == page).toList();
    }

    /** The pages a section of the brochure is printed on, in order; none for -1. */
    private List<Integer> pagesOf(int section) {
        return pieces.stream().filter(p -> section >= 0 && section < sections.size() && p.section() == sections.get(section))
                .map(Piece::page).distinct().sorted().toList();
    }

    /** A paragraph split across pages leaves at least 2 lines on each (CSS orphans and widows). */
    private List<String> widowsAndOrphans() {
        Map<PDStructureElement, Map<Integer, Set<Integer>>> paragraphs = new LinkedHashMap<>();
        for (Piece p : pieces) {
            PDStructureElement paragraph = p.body() ? p.nearest("P") : null;
            if (paragraph != null) {
                paragraphs.computeIfAbsent(paragraph, k -> new java.util.TreeMap<>())
                        .computeIfAbsent(p.page(), k -> new TreeSet<>()).addAll(p.lines());
            }
        }
        List<String> found = new ArrayList<>();
        paragraphs.forEach((paragraph, byPage) -> byPage.forEach((page, lines) -> {
            if (byPage.size() > 1 && lines.size() < 2) {
                found.add(name + " page " + (page + 1) + ": a paragraph leaves a single line here (\"" + shortened(text(paragraph)) + "\")");
            }
        }));
        return found;
    }

    /** Enough on the page: 3 lines of body text, or a whole block. */
    private java.util.Optional<String> enough(int page, List<Piece> on) {
        Set<Integer> bodyLines = new TreeSet<>();
        on.stream().filter(Piece::body).forEach(p -> bodyLines.addAll(p.lines()));
        if (bodyLines.size() >= MIN_LINES || on.stream().anyMatch(p -> p.under("Figure") && p.drawing()) || tableBlock(page, on)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(name + " page " + (page + 1) + ": " + bodyLines.size()
                + " line(s) of body text and no whole table, chart, band of tiles or photograph (" + describe(on) + ")");
    }

    /** A table whole on the page, or a part of at least 3 rows; a band of at least 2 tiles, or all of its tiles. */
    private boolean tableBlock(int page, List<Piece> on) {
        Map<PDStructureElement, Set<PDStructureElement>> rowsHere = new IdentityHashMap<>();
        for (Piece p : on) {
            PDStructureElement table = p.nearest("Table");
            PDStructureElement cell = p.nearest(tiles(table) ? "TD" : "TR");
            if (table != null && cell != null && !p.under("THead")) {
                rowsHere.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(cell);
            }
        }
        for (Map.Entry<PDStructureElement, Set<PDStructureElement>> table : rowsHere.entrySet()) {
            boolean whole = table.getValue().size() == parts(table.getKey(), tiles(table.getKey())).size();
            int least = tiles(table.getKey()) ? MIN_TILES : MIN_ROWS;
            if (whole || table.getValue().size() >= least) {
                return true;
            }
        }
        return false;
    }

    /** A band of tiles is a table without header cells (see TileGrid). */
    private boolean tiles(PDStructureElement table) {
        return table != null && pieces.stream().noneMatch(p -> p.nearest("Table") == table && p.under("TH"));
    }

    /** The rows of a table (the cells of a band of tiles) that hold something, whatever their page. */
    private Set<PDStructureElement> parts(PDStructureElement table, boolean tiles) {
        Set<PDStructureElement> all = new LinkedHashSet<>();
        for (Piece p : pieces) {
            if (p.nearest("Table") == table && !p.under("THead") && !p.text().isEmpty()) {
                all.add(p.nearest(tiles ? "TD" : "TR"));
            }
        }
        return all;
    }

    /** The last thing on a page, in reading order, is a heading (captions, read after their table, aside). */
    private java.util.Optional<String> lastHeading(int page, List<Piece> on) {
        List<Piece> read = on.stream().filter(p -> !p.under("Caption") && (!p.text().isEmpty() || p.drawing())).toList();
        if (read.isEmpty() || !read.get(read.size() - 1).heading() || page == pdf.getNumberOfPages() - 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(name + " page " + (page + 1) + ": ends with the heading \""
                + read.get(read.size() - 1).text() + "\"");
    }

    /** Captions on another page than their table; chart titles, sources and photo captions away from their drawing. */
    private List<String> strayCaptions() {
        List<String> found = new ArrayList<>();
        Map<PDStructureElement, Integer> firstPage = new LinkedHashMap<>();
        for (Piece p : pieces) {
            for (PDStructureElement e : p.path()) {
                if (!p.under("THead") && (!p.text().isEmpty() || p.drawing())) {
                    firstPage.putIfAbsent(e, p.page());
                }
            }
        }
        for (Piece p : pieces) {
            PDStructureElement caption = p.nearest("Caption");
            PDStructureElement parent = caption == null ? null : caption.getParent() instanceof PDStructureElement s ? s : null;
            Integer table = parent == null ? null : firstOf(parent, "Table", firstPage);
            if (table != null && table != p.page()) {
                found.add(name + " page " + (p.page() + 1) + ": the caption \"" + p.text() + "\" is on page "
                        + (p.page() + 1) + ", its table starts on page " + (table + 1));
            }
        }
        found.addAll(strayFigureLines(firstPage));
        return found;
    }

    private static Integer firstOf(PDStructureElement parent, String type, Map<PDStructureElement, Integer> firstPage) {
        for (Object kid : parent.getKids()) {
            if (kid instanceof PDStructureElement e && type.equals(e.getStructureType())) {
                return firstPage.get(e);
            }
        }
        return null;
    }

    /** The short paragraphs right before and after a Figure (its title, source or caption) on its page. */
    private List<String> strayFigureLines(Map<PDStructureElement, Integer> firstPage) {
        List<String> found = new ArrayList<>();
        Set<PDStructureElement> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Piece p : pieces) {
            PDStructureElement figure = p.nearest("Figure");
            if (figure == null || !seen.add(figure) || !(figure.getParent() instanceof PDStructureElement parent)) {
                continue;
            }
            List<Object> kids = parent.getKids();
            int at = kids.indexOf(figure);
            for (int i : new int[] {at - 1, at + 1}) {
                if (i >= 0 && i < kids.size() && kids.get(i) instanceof PDStructureElement near && "P".equals(near.getStructureType())
                        && lines(near) <= 2 && firstPage.get(near) != null && !firstPage.get(near).equals(p.page())) {
                    found.add(name + " page " + (firstPage.get(near) + 1) + ": \"" + text(near) + "\" is parted from its "
                            + (p.text().isEmpty() ? "photograph" : "chart") + " on page " + (p.page() + 1));
                }
            }
        }
        return found;
    }

    private int lines(PDStructureElement element) {
        return pieces.stream().filter(p -> p.path().contains(element)).mapToInt(p -> p.lines().size()).sum();
    }

    private String text(PDStructureElement element) {
        StringBuilder out = new StringBuilder();
        pieces.stream().filter(p -> p.path().contains(element)).forEach(p -> out.append(p.text()).append(' '));
        return out.toString().strip();
    }

    /** What is on a page, in short: the kinds of its pieces and the start of its text. */
    private static String describe(List<Piece> on) {
        if (on.isEmpty()) {
            return "an empty page";
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (Piece p : on) {
            String kind = p.heading() ? "heading" : p.under("Caption") ? "caption" : p.under("Figure") ? "drawing"
                    : p.under("Table") ? "table text" : p.under("Link") ? "link" : "text";
            kinds.merge(kind, Math.max(1, p.lines().size()), Integer::sum);
        }
        String text = on.stream().map(Piece::text).filter(t -> !t.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
        return kinds + " \"" + shortened(text) + "\"";
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
