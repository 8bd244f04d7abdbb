package org.tessera.check;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Story;
import org.tessera.model.Tile;
import org.tessera.model.Tiles;
import org.tessera.model.ValueRef;
import org.tessera.util.Numbers;
import org.tessera.util.PrefixedMatches;

/**
 * Warns where a translated story states other figures than its original: tiles blocks and {{< value >}}s compared
 * one by one in document order, and the figures of the prose paragraph by paragraph, each read in its own
 * language's number syntax (2,5 millions in French is 2.5 million).
 */
final class TranslationChecks {

    private final Story original;
    private final Story translation;
    private final WrittenFigures originalFigures;
    private final WrittenFigures translatedFigures;
    private final List<Problem> problems = new ArrayList<>();

    private TranslationChecks(Story original, Story translation) {
        this.original = original;
        this.translation = translation;
        this.originalFigures = WrittenFigures.of(original.language());
        this.translatedFigures = WrittenFigures.of(translation.language());
    }

    static List<Problem> compare(Story original, Story translation) {
        TranslationChecks checks = new TranslationChecks(original, translation);
        checks.compareTiles();
        checks.compareValues();
        checks.compareProse();
        return checks.problems;
    }

    private void compareTiles() {
        List<Tiles> was = tiles(original);
        List<Tiles> is = tiles(translation);
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            if (i >= is.size()) {
                warn(start(translation), "the tiles block at " + was.get(i).at() + " has no counterpart in this translation;"
                        + " translate it too");
            } else if (i >= was.size()) {
                warn(is.get(i).at(), "this tiles block has no counterpart in the original " + original.file()
                        + "; a translation shows the same figures as its original");
            } else {
                compareTiles(was.get(i), is.get(i));
            }
        }
    }

    private void compareTiles(Tiles was, Tiles is) {
        for (int j = 0; j < Math.max(was.tiles().size(), is.tiles().size()); j++) {
            if (j >= is.tiles().size()) {
                warn(is.at(), "tile " + (j + 1) + " of the original's block (" + was.tiles().get(j).at() + ", "
                        + figure(was.tiles().get(j), originalFigures) + ") is missing from this tiles block");
            } else if (j >= was.tiles().size()) {
                warn(is.tiles().get(j).at(), "this tile is not in the original's block (" + was.at() + ")");
            } else {
                Tile a = was.tiles().get(j);
                Tile b = is.tiles().get(j);
                String shown = figure(b, translatedFigures);
                String meant = figure(a, originalFigures);
                if (!same(a, b)) {
                    warn(b.at(), "this tile shows " + shown + " where the original's (" + a.at() + ") shows " + meant
                            + "; a translation states the same figures");
                }
            }
        }
    }

    private boolean same(Tile a, Tile b) {
        if (a.value().isPresent() && b.value().isPresent()) {
            Optional<BigDecimal> x = value(a.value().get(), originalFigures);
            Optional<BigDecimal> y = value(b.value().get(), translatedFigures);
            return x.isPresent() && y.isPresent() ? x.get().compareTo(y.get()) == 0 : a.value().equals(b.value());
        }
        return a.indicator().equals(b.indicator()) && a.figure().equals(b.figure()) && a.value().isPresent() == b.value().isPresent();
    }

    /** A literal tile's value in its language's syntax ("2 263", "2,5 millions"), else as the content model writes numbers. */
    private static Optional<BigDecimal> value(String written, WrittenFigures figures) {
        List<WrittenFigures.Figure> found = figures.in(written.strip());
        return found.size() == 1 ? Optional.of(found.get(0).value()) : Numbers.parse(written);
    }

    private static String figure(Tile tile, WrittenFigures figures) {
        return tile.indicator().map(code -> "indicator " + code)
                .or(() -> tile.figure().map(f -> "figure " + f.name().toLowerCase(java.util.Locale.ROOT)))
                .orElseGet(() -> "\"" + tile.value().orElse("").strip() + "\"");
    }

    private void compareValues() {
        List<ValueRef> was = original.values();
        List<ValueRef> is = translation.values();
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            if (i >= is.size()) {
                warn(start(translation), "{{< value " + was.get(i).code() + " >}} of the original (" + was.get(i).at()
                        + ") is missing from this translation");
            } else if (i >= was.size()) {
                warn(is.get(i).at(), "{{< value " + is.get(i).code() + " >}} is not in the original " + original.file());
            } else if (!was.get(i).code().equals(is.get(i).code())) {
                warn(is.get(i).at(), "{{< value " + is.get(i).code() + " >}} stands where the original (" + was.get(i).at()
                        + ") has {{< value " + was.get(i).code() + " >}}; a translation states the same figures in the same order");
            }
        }
    }

    private void compareProse() {
        List<Paragraph> was = paragraphs(original);
        List<Paragraph> is = paragraphs(translation);
        if (was.size() != is.size()) {
            warn(start(translation), "this translation has " + is.size() + " paragraphs and its original " + original.file()
                    + " has " + was.size() + ", so the figures of their prose are not compared; keep a paragraph for each"
                    + " of the original's to have them checked");
            return;
        }
        for (int i = 0; i < was.size(); i++) {
            List<BigDecimal> a = values(originalFigures.in(text(was.get(i))));
            List<WrittenFigures.Figure> found = translatedFigures.in(text(is.get(i)));
            List<BigDecimal> b = values(found);
            if (!a.equals(b)) {
                warn(at(translation, is.get(i)), "this paragraph states " + listed(found) + " where the original's ("
                        + at(original, was.get(i)) + ") states " + listed(originalFigures.in(text(was.get(i))))
                        + "; a translation states the same figures");
            }
        }
    }

    private static List<Tiles> tiles(Story story) {
        return story.components().stream().filter(c -> c instanceof Tiles).map(c -> (Tiles) c).toList();
    }

    private static List<Paragraph> paragraphs(Story story) {
        List<Paragraph> out = new ArrayList<>();
        for (Node node : story.document().getDescendants()) {
            if (node instanceof Paragraph p) {
                out.add(p);
            }
        }
        return out;
    }

    /** The paragraph's text with {{< value … >}} left out: its code (tj-3.1a) is no figure, and values are compared above. */
    private static String text(Paragraph paragraph) {
        String text = paragraph.getChars().toString();
        StringBuilder out = new StringBuilder(text);
        PrefixedMatches.in(text, FigureChecks.VALUE, "{{").forEach(m -> {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        });
        return out.toString();
    }

    /** The values in increasing order: a translation may reorder a sentence, not change its figures. */
    private static List<BigDecimal> values(List<WrittenFigures.Figure> figures) {
        return figures.stream().map(f -> f.value().stripTrailingZeros()).sorted().toList();
    }

    private static String listed(List<WrittenFigures.Figure> figures) {
        return figures.isEmpty() ? "no figure" : String.join(", ", figures.stream().map(f -> f.written().strip()).toList());
    }

    private static Position at(Story story, Paragraph paragraph) {
        return new Position(story.file(), story.bodyLine() + paragraph.getStartLineNumber() + 1, 1);
    }

    private static Position start(Story story) {
        return new Position(story.file(), 1, 1);
    }

    private void warn(Position at, String message) {
        problems.add(Problem.warning(at, message));
    }
}
