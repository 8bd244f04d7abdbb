package org.tessera.render.brochure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The check of a finished brochure: no text may fall outside the text box of its page or be hidden by a
 * clipping path, since a figure cut at the margin is a figure lost. Text in the top and bottom margins is the
 * running header and the page number, and is left alone.
 */
final class PageFit {

    private static final int SHOWN = 3;
    /** The longest text and block name quoted, in characters. */
    private static final int TEXT = 40;
    private static final int BLOCK = 70;

    private PageFit() {
    }

    /** One sentence per block of {@code pdf} (the file {@code file}) whose text does not fit its page; none when all fits. */
    static List<String> check(byte[] pdf, PageBox box, String file) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return check(VisibleText.of(document, box), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> check(List<VisibleText.Run> runs, String file) {
        Map<Integer, List<String>> byBlock = new LinkedHashMap<>();
        Map<Integer, VisibleText.Run> firstOf = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            VisibleText.Run run = runs.get(i);
            if (!run.visible()) {
                int key = run.blockNumber();
                firstOf.putIfAbsent(key, run);
                byBlock.computeIfAbsent(key, k -> new ArrayList<>()).add(withVisibleStart(runs, i));
            }
        }
        List<String> problems = new ArrayList<>();
        byBlock.forEach((key, texts) -> problems.add(sentence(file, firstOf.get(key), pages(runs, key), texts)));
        return problems;
    }

    /** A cut run with the visible start of its word before it ("US 1" + "5,000,000"), as the reader would look for it. */
    private static String withVisibleStart(List<VisibleText.Run> runs, int i) {
        VisibleText.Run run = runs.get(i);
        if (i == 0) {
            return run.text();
        }
        VisibleText.Run before = runs.get(i - 1);
        boolean joined = before.visible() && before.page() == run.page() && before.y() == run.y()
                && Math.abs(before.x() + before.width() - run.x()) < 1;
        return joined ? before.text() + run.text() : run.text();
    }

    /** The pages where the block {@code key} has text that does not fit: "page 3" or "pages 3, 4". */
    private static String pages(List<VisibleText.Run> runs, int key) {
        List<Integer> pages = runs.stream().filter(run -> !run.visible())
                .filter(run -> run.blockNumber() == key)
                .map(VisibleText.Run::page).distinct().toList();
        return (pages.size() == 1 ? "page " : "pages ") + pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String sentence(String file, VisibleText.Run first, String pages, List<String> cut) {
        String texts = cut.stream().limit(SHOWN).map(text -> "\"" + shortened(text, TEXT) + "\"")
                .collect(Collectors.joining(", ")) + (cut.size() > SHOWN ? " and " + (cut.size() - SHOWN) + " more" : "");
        String where = first.block().isEmpty() ? "" : " in \"" + shortened(first.block(), BLOCK) + "\"";
        String how = first.where() == VisibleText.Where.OUTSIDE ? "runs past the edge of the page's text area"
                : "is cut off by the box that holds it";
        return file + ", " + pages + ": text" + where + " " + how + ": " + texts
                + ". Tables are already set in type down to 7 pt and split into parts of a few columns; a single word, "
                + "figure or heading wider than the page still cannot fit: shorten it, or add spaces so it can wrap";
    }

    private static String shortened(String text, int longest) {
        return text.length() <= longest ? text : text.substring(0, longest - 1) + "…";
    }
}
