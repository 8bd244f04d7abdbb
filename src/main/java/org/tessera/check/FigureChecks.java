package org.tessera.check;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tessera.util.Numbers;
import org.tessera.model.Component;
import org.tessera.model.Edition;
import org.tessera.model.Indicator;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Story;
import org.tessera.model.Tile;
import org.tessera.model.Tiles;
import org.tessera.util.PrefixedMatches;

/**
 * Warns where a figure typed by hand disagrees with the indicator it describes: a literal tile whose label is
 * an indicator's statement, and a number in prose next to an indicator (the rules are in docs/checks.md).
 */
final class FigureChecks {

    static final Pattern VALUE = Pattern.compile("\\{\\{<\\s*value\\s+([^\\s>]*)\\s*>}}");
    private static final Pattern NUMBER = Numbers.IN_PROSE;
    private static final Pattern LARGER_WORD = Pattern.compile("(?i)\\s*(million|billion|thousand|bn|m)\\b.*", Pattern.DOTALL);
    private static final Pattern AT_LEAST = Pattern.compile("(?i).*\\b(over|more than|at least|above|exceeding|upwards of)\\s*$", Pattern.DOTALL);
    private static final Pattern AT_MOST = Pattern.compile("(?i).*\\b(almost|nearly|close to|up to|under|less than|fewer than|below)\\s*$", Pattern.DOTALL);
    private static final Pattern ROUGHLY = Pattern.compile("(?i).*\\b(around|about|approximately|some|roughly|estimated|circa|c\\.)\\s*$", Pattern.DOTALL);
    private static final int CLAUSE_WORDS = 12;

    private FigureChecks() {
    }

    /** {@code indicators}: those the story can be about (its programme's, or all for a page). */
    static List<Problem> check(Story story, List<Indicator> indicators, Edition edition) {
        List<Problem> problems = new ArrayList<>();
        for (Component component : story.components()) {
            if (component instanceof Tiles tiles) {
                tiles.tiles().forEach(t -> checkLiteralTile(t, indicators, problems));
            }
        }
        checkProse(story, edition, problems);
        return problems;
    }

    // ---- literal tiles -------------------------------------------------------------------------------------

    /**
     * A literal tile matches an indicator when label and statement share at least two key words, which make up
     * at least 80% of the label's key words and 60% of the statement's. It is warned about when no matching
     * indicator has the tile's value.
     */
    private static void checkLiteralTile(Tile tile, List<Indicator> indicators, List<Problem> problems) {
        if (tile.indicator().isPresent() || tile.value().isEmpty() || tile.label().isEmpty()) {
            return;
        }
        Optional<BigDecimal> shown = Numbers.parse(tile.value().get());
        if (shown.isEmpty()) {
            return;
        }
        boolean percent = tile.value().get().strip().endsWith("%");
        Set<String> label = KeyWords.of(tile.label().get());
        List<Indicator> matching = indicators.stream()
                .filter(i -> (i.unit() == Indicator.Unit.PERCENT) == percent && i.current().isPresent())
                .filter(i -> labelMatches(label, KeyWords.of(i.statement())))
                .sorted(Comparator.comparingInt((Indicator i) -> -KeyWords.shared(label, KeyWords.of(i.statement()))))
                .toList();
        if (matching.isEmpty() || matching.stream().anyMatch(i -> same(shown.get(), i.current().get()))) {
            return;
        }
        Indicator best = matching.get(0);
        problems.add(Problem.warning(tile.at(), "this tile shows " + tile.value().get().strip() + " for \""
                + tile.label().get() + "\", but indicator " + best.code() + " (\"" + best.statement() + "\") is "
                + Amounts.show(best.current().get()) + ": " + Amounts.compare(shown.get(), best.current().get())
                + "; write 'indicator: " + best.code() + "' instead of the value, or correct the figure"));
    }

    static boolean labelMatches(Set<String> label, Set<String> statement) {
        int shared = KeyWords.shared(label, statement);
        return shared >= 2 && shared >= 0.8 * label.size() && shared >= 0.6 * statement.size();
    }

    // ---- figures in prose ----------------------------------------------------------------------------------

    /** An indicator a paragraph sits next to, with the words that describe it there. */
    private record Neighbour(Indicator indicator, Set<String> words) {
    }

    private static void checkProse(Story story, Edition edition, List<Problem> problems) {
        Document document = story.document();
        Map<Integer, Tiles> tilesByLine = new LinkedHashMap<>();
        story.components().stream().filter(c -> c instanceof Tiles).forEach(c -> tilesByLine.put(c.at().line(), (Tiles) c));
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                List<Neighbour> neighbours = neighbours(paragraph, story, tilesByLine, edition);
                if (!neighbours.isEmpty()) {
                    checkParagraph(paragraph, story, neighbours, problems);
                }
            }
        }
    }

    /** The indicators of {{< value >}} in the paragraph and of the tiles just before or after its block. */
    private static List<Neighbour> neighbours(Paragraph paragraph, Story story, Map<Integer, Tiles> tilesByLine, Edition edition) {
        List<Neighbour> out = new ArrayList<>();
        for (MatchResult m : PrefixedMatches.in(paragraph.getChars().toString(), VALUE, "{{")) {
            edition.indicator(m.group(1)).ifPresent(i -> out.add(new Neighbour(i, KeyWords.of(i.statement()))));
        }
        Node block = paragraph;
        while (block.getParent() != null && !(block.getParent() instanceof Document)) {
            block = block.getParent();
        }
        for (Node next : new Node[] {block.getPrevious(), block.getNext()}) {
            if (next instanceof FencedCodeBlock fence && fence.getInfo().toString().strip().equals("tiles")) {
                Tiles tiles = tilesByLine.get(story.bodyLine() + fence.getStartLineNumber() + 1);
                if (tiles != null) {
                    for (Tile tile : tiles.tiles()) {
                        tile.indicator().flatMap(edition::indicator).ifPresent(i -> {
                            Set<String> words = KeyWords.of(i.statement());
                            tile.label().ifPresent(l -> words.addAll(KeyWords.of(l)));
                            out.add(new Neighbour(i, words));
                        });
                    }
                }
            }
        }
        out.removeIf(n -> n.indicator().current().isEmpty());
        return out;
    }

    private static void checkParagraph(Paragraph paragraph, Story story, List<Neighbour> neighbours, List<Problem> problems) {
        String text = blankValues(paragraph.getChars().toString());
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end());
            BigDecimal typed = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            boolean percent = m.group(3) != null;
            if (LARGER_WORD.matcher(after).matches() || isYear(m, typed)) {
                continue;
            }
            Set<String> clause = KeyWords.of(clause(after));
            List<Neighbour> matching = neighbours.stream()
                    .filter(n -> (n.indicator().unit() == Indicator.Unit.PERCENT) == percent)
                    .filter(n -> clauseMatches(clause, n.words())).toList();
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            if (matching.isEmpty() || matching.stream().anyMatch(n -> agrees(typed, before, n.indicator().current().get()))
                    || partsAddUp(text, m.start(), matching)) {
                continue;
            }
            Indicator best = matching.stream().max(Comparator.comparingInt(n -> KeyWords.shared(clause, n.words()))).get().indicator();
            problems.add(Problem.warning(position(story, paragraph.getStartOffset() + m.start()), "the text says "
                    + m.group().strip() + " " + clause(after).strip() + ", but indicator " + best.code() + " (\"" + best.statement()
                    + "\") is " + Amounts.show(best.current().get()) + ": " + Amounts.compare(typed, best.current().get())
                    + "; write {{< value " + best.code() + " >}} instead, or correct the figure"));
        }
    }

    /** A clause shares at least three key words with the indicator, and they are at least 75% of its own. */
    static boolean clauseMatches(Set<String> clause, Set<String> indicator) {
        int shared = KeyWords.shared(clause, indicator);
        return shared >= 3 && shared >= 0.75 * clause.size();
    }

    /** What a number counts: the words after it, up to punctuation or the next number, at most twelve words. */
    private static String clause(String after) {
        String cut = after.split("[.;:,()\\[\\]\\n{}]|\\d", 2)[0];
        String[] words = cut.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, CLAUSE_WORDS)));
    }

    private static boolean isYear(Matcher m, BigDecimal typed) {
        return m.group(1).length() == 4 && m.group(2) == null && m.group(3) == null
                && typed.intValue() >= 1900 && typed.intValue() <= 2100;
    }

    /** Exact to the precision typed, or within the bound its qualifier ("over", "almost", "about") states. */
    static boolean agrees(BigDecimal typed, String before, BigDecimal value) {
        if (AT_LEAST.matcher(before).matches()) {
            return value.compareTo(typed) >= 0;
        }
        if (AT_MOST.matcher(before).matches()) {
            return value.compareTo(typed) <= 0;
        }
        if (ROUGHLY.matcher(before).matches()) {
            return value.subtract(typed).abs().compareTo(typed.abs().multiply(new BigDecimal("0.1"))) <= 0;
        }
        return same(typed, value);
    }

    private static boolean same(BigDecimal typed, BigDecimal value) {
        int scale = Math.max(0, typed.scale());
        return value.setScale(scale, RoundingMode.HALF_UP).compareTo(typed.setScale(scale, RoundingMode.HALF_UP)) == 0;
    }

    /** "200 children and 290 women" are the parts of 490: the numbers of one sentence adding up to the value agree. */
    private static boolean partsAddUp(String text, int at, List<Neighbour> matching) {
        int start = Math.max(text.lastIndexOf(". ", at) + 1, text.lastIndexOf(';', at) + 1);
        int end = text.indexOf(". ", at);
        String sentence = text.substring(start, end < 0 ? text.length() : end);
        BigDecimal sum = BigDecimal.ZERO;
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            sum = sum.add(new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2))));
        }
        BigDecimal total = sum;
        return matching.stream().anyMatch(n -> n.indicator().current().get().compareTo(total) == 0);
    }

    /** Replaces {{< value … >}} by spaces, so that codes such as tj-3.1a are not read as figures. */
    private static String blankValues(String text) {
        StringBuilder out = new StringBuilder(text);
        for (MatchResult m : PrefixedMatches.in(text, VALUE, "{{")) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static Position position(Story story, int offset) {
        String body = story.document().getChars().toString();
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(story.file(), story.bodyLine() + line + 1, offset - lineStart + 1);
    }
}
