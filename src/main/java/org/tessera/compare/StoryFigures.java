package org.tessera.compare;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tessera.model.Component;
import org.tessera.model.Edition;
import org.tessera.model.Page;
import org.tessera.model.Position;
import org.tessera.model.Programme;
import org.tessera.model.Story;
import org.tessera.model.Tile;
import org.tessera.model.Tiles;
import org.tessera.util.Numbers;

/**
 * The figures typed by hand in an edition's stories, keyed so that two editions can be compared: a literal tile by
 * its label, numbers in prose by their sentence with the numbers left out ("over # schools specialized in …"). A
 * figure changed when the same key carries other numbers; sentences rewritten in other words are not figures.
 */
final class StoryFigures {

    /** One figure: in {@code story} (its file), {@code key} says which, {@code value} as written, where. */
    record Figure(String story, String key, String value, Position at) {
    }

    private static final Pattern VALUE_SHORTCODE = Pattern.compile("\\{\\{<\\s*value\\s+[^>]*>}}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final int SHOWN = 70;

    private StoryFigures() {
    }

    /** Every typed figure of {@code edition}'s stories, by story file and key. */
    static Map<String, Figure> of(Edition edition) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        List<Story> stories = new ArrayList<>();
        edition.programmes().forEach(p -> p.story().ifPresent(stories::add));
        edition.pages().stream().map(Page::story).forEach(stories::add);
        for (Story story : stories) {
            tiles(story).forEach(f -> figures.putIfAbsent(f.story() + "\n" + f.key(), f));
            prose(story).forEach(f -> figures.putIfAbsent(f.story() + "\n" + f.key(), f));
        }
        return figures;
    }

    private static List<Figure> tiles(Story story) {
        List<Figure> out = new ArrayList<>();
        for (Component component : story.components()) {
            if (component instanceof Tiles tiles) {
                for (Tile tile : tiles.tiles()) {
                    if (tile.indicator().isEmpty() && tile.value().isPresent() && tile.label().isPresent()) {
                        out.add(new Figure(story.file(), "tile \"" + tile.label().get().strip() + "\"", tile.value().get().strip(), tile.at()));
                    }
                }
            }
        }
        return out;
    }

    private static List<Figure> prose(Story story) {
        List<Figure> out = new ArrayList<>();
        for (Node node : story.document().getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                String text = VALUE_SHORTCODE.matcher(paragraph.getChars().toString()).replaceAll("");
                int firstLine = story.bodyLine() + paragraph.getStartLineNumber() + 1;
                int start = 0;
                for (String sentence : SENTENCE_END.split(text)) {
                    int offset = text.indexOf(sentence, start);
                    start = offset + sentence.length();
                    sentence(story, sentence, firstLine + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count())
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<Figure> sentence(Story story, String sentence, int line) {
        Matcher m = Numbers.IN_PROSE.matcher(sentence);
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(m.group().strip());
        }
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        String key = Numbers.IN_PROSE.matcher(sentence).replaceAll("#").replaceAll("\\s+", " ").strip();
        String shown = key.length() <= SHOWN ? key : key.substring(0, SHOWN) + "…";
        return Optional.of(new Figure(story.file(), "\"" + shown + "\"" + "\n" + key, String.join(", ", numbers),
                new Position(story.file(), line, 0)));
    }

    /** What a reader is shown of a figure's key: a tile's label, or the start of its sentence. */
    static String shown(Figure figure) {
        int cut = figure.key().indexOf('\n');
        return cut < 0 ? figure.key() : figure.key().substring(0, cut);
    }
}
