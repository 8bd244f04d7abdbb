package org.tessera.render.brochure;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Sets the long runs of paragraphs in a story in two columns, balanced by Tessera rather than by the PDF engine.
 * openhtmltopdf 1.1.65 lays out {@code column-count} without balancing: a block fills its first column down to the
 * foot of the page before the second gets a line, so a run shorter than the rest of the page stays in one column
 * and every run ends on a full left column. Here a run of paragraphs between headings, tiles, charts, tables, quotes
 * and photographs (which keep the full width) is cut into chunks of at most {@link #MAX_LINES} lines a column,
 * each chunk two inline-block columns (floats would be read backwards: the engine paints them in reverse) whose lines are counted with the shipped font ({@link Paragraph}); a paragraph may
 * continue from the first column into the second. A chunk never splits across pages (brochure.css), so the text
 * reads down the first column, then the second, then the next chunk, and the structure tree follows the same order.
 */
final class StoryColumns {

    /** A column's share of the text width, as .b-col in brochure.css. */
    static final float COLUMN = 0.482f;
    /** Body text in brochure.css: its size in points and its line height. */
    static final float SIZE = 9.5f;
    /** Space between paragraphs (2.5 mm in brochure.css), in lines of body text. */
    private static final float PARAGRAPH_GAP = 0.5f;
    /** A run shorter than this many lines (at the column's width) stays in one column. */
    static final int MIN_LINES = 10;
    /** Lines in a column of one chunk: a chunk moves whole to the next page, so this bounds the space left above a page's foot. */
    static final int MAX_LINES = 13;
    /** The fewest lines of a paragraph on either side of a column break, as CSS orphans and widows. */
    private static final int KEEP = 2;
    /** Bold and italic words are measured as regular ones: leave them this share of the column. */
    private static final float SLACK = 0.96f;

    private final float columnWidth;

    StoryColumns(PageBox page) {
        this.columnWidth = page.contentWidth() * COLUMN * SLACK;
    }

    /** {@code html} with each long run of a story's paragraphs set in two columns; the same text when there is none. */
    String apply(String html) {
        if (!html.contains("b-story")) {
            return html;
        }
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element story : document.select(".b-story")) {
            for (List<Element> run : runs(story)) {
                changed |= columns(run);
            }
        }
        return changed ? document.outerHtml() : html;
    }

    /** The story's runs of consecutive plain paragraphs (text and inline markup only). */
    private static List<List<Element>> runs(Element story) {
        List<List<Element>> runs = new ArrayList<>();
        List<Element> run = new ArrayList<>();
        for (Element child : story.children()) {
            if (plain(child)) {
                run.add(child);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean plain(Element e) {
        return e.tagName().equals("p") && e.className().isEmpty() && e.select("img, svg, object, table, div, br, figure").isEmpty()
                && !e.text().isBlank();
    }

    /** Sets {@code run} in chunks of two columns when it is long enough; whether it did. */
    private boolean columns(List<Element> run) {
        List<Paragraph> paragraphs = run.stream().map(p -> Paragraph.of(p, columnWidth)).toList();
        float total = paragraphs.stream().map(p -> p.lines() + PARAGRAPH_GAP).reduce(0f, Float::sum);
        if (total < MIN_LINES) {
            return false;
        }
        for (List<Paragraph> chunk : chunks(paragraphs)) {
            chunk(chunk);
        }
        return true;
    }

    /** Consecutive paragraphs, at most two columns' worth each; a paragraph longer than that is cut at a line first. */
    private static List<List<Paragraph>> chunks(List<Paragraph> paragraphs) {
        List<List<Paragraph>> chunks = new ArrayList<>();
        List<Paragraph> chunk = new ArrayList<>();
        float height = 0;
        for (Paragraph p : paragraphs) {
            while (p.lines() > 2 * MAX_LINES) {
                Paragraph[] parts = p.split(2 * MAX_LINES - KEEP);
                close(chunks, chunk);
                chunks.add(new ArrayList<>(List.of(parts[0])));
                chunk = new ArrayList<>();
                height = 0;
                p = parts[1];
            }
            if (!chunk.isEmpty() && height + p.lines() > 2 * MAX_LINES) {
                close(chunks, chunk);
                chunk = new ArrayList<>();
                height = 0;
            }
            chunk.add(p);
            height += p.lines() + PARAGRAPH_GAP;
        }
        close(chunks, chunk);
        return chunks;
    }

    private static void close(List<List<Paragraph>> chunks, List<Paragraph> chunk) {
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
    }

    /** Wraps the chunk's paragraphs in two columns of about equal height, cutting the paragraph at the middle if need be. */
    private static void chunk(List<Paragraph> chunk) {
        float total = chunk.stream().map(p -> p.lines() + PARAGRAPH_GAP).reduce(0f, Float::sum) - PARAGRAPH_GAP;
        float half = total / 2;
        List<Element> first = new ArrayList<>();
        List<Element> second = new ArrayList<>();
        float height = 0;
        for (Paragraph p : chunk) {
            if (!second.isEmpty() || height >= half - PARAGRAPH_GAP) {
                second.add(p.element());
                continue;
            }
            int over = Math.round(height + p.lines() - half);
            if (over <= 0) {
                first.add(p.element());
            } else if (p.lines() - over >= KEEP && over >= KEEP) {
                Paragraph[] parts = p.split(p.lines() - over);
                first.add(parts[0].element());
                second.add(parts[1].element());
            } else if (p.lines() - over > over) {
                first.add(p.element());
            } else {
                second.add(p.element());
            }
            height += p.lines() + PARAGRAPH_GAP;
        }
        wrap(first, second);
    }

    private static void wrap(List<Element> first, List<Element> second) {
        Element anchor = first.isEmpty() ? second.get(0) : first.get(0);
        Element columns = new Element("div").addClass("b-cols");
        anchor.before(columns);
        Element left = columns.appendElement("div").addClass("b-col");
        first.forEach(left::appendChild);
        if (!second.isEmpty()) {
            Element right = columns.appendElement("div").addClass("b-col");
            second.forEach(right::appendChild);
        }
    }

    /**
     * A paragraph and where each of its lines would start, its words laid into the column greedily as the engine
     * does, at the break points of {@link BreakIterator#getLineInstance()}.
     */
    record Paragraph(Element element, List<Integer> lineStarts, float width) {

        static Paragraph of(Element p, float width) {
            String text = text(p);
            List<Integer> starts = new ArrayList<>(List.of(0));
            BreakIterator breaks = BreakIterator.getLineInstance();
            breaks.setText(text);
            float line = 0;
            for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String word = text.substring(start, end);
                float w = TextWidths.of(word.stripTrailing(), SIZE, false);
                if (line > 0 && line + w > width) {
                    starts.add(start);
                    line = 0;
                }
                line += TextWidths.of(word, SIZE, false);
            }
            return new Paragraph(p, List.copyOf(starts), width);
        }

        /** The paragraph's text as laid out: the text of its nodes, runs of white space as one space. */
        private static String text(Element p) {
            return p.wholeText().replaceAll("\\s+", " ").strip();
        }

        int lines() {
            return lineStarts.size();
        }

        /** The paragraph cut before its line {@code line} (0-based): two paragraphs, the second a continuation. */
        Paragraph[] split(int line) {
            Element second = ParagraphCut.cut(element, lineStarts.get(line));
            return new Paragraph[] {of(element, width), of(second, width)};
        }
    }
}
