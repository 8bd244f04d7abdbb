package org.tessera.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.tessera.model.Position;
import org.tessera.model.Problem;

/**
 * Reads YAML text into {@link YamlNode}s with positions, through Jackson's streaming parser.
 *
 * <p>Aliases are refused rather than expanded: an edition has no use for them and expanding them
 * is how "billion laughs" documents exhaust memory.
 */
public final class YamlReader {

    private static final int MAX_DEPTH = 64;
    private static final String TAB = "a tab character is used for indentation";
    private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, naming both lines
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        this.factory = YAMLFactory.builder().loaderOptions(options).build();
    }

    /**
     * Parses {@code text}; {@code lineOffset} shifts positions for YAML embedded in another file.
     *
     * @return the root node, or empty when the text is empty or broken (then a problem is added)
     */
    public Optional<YamlNode> read(String text, String file, int lineOffset, List<Problem> problems) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            return Optional.of(readValue((YAMLParser) parser, new Source(file, lineOffset, text.split("\n", -1), problems), 0));
        } catch (YamlFailure failure) {
            problems.add(Problem.error(failure.at, failure.getMessage()));
        } catch (JsonProcessingException e) {
            String message = explain(e.getOriginalMessage());
            Position at = message.startsWith(TAB) ? firstTabIndent(text, file, lineOffset).orElse(positionOf(e.getLocation(), file, lineOffset))
                    : positionOf(e.getLocation(), file, lineOffset);
            problems.add(Problem.error(at, message));
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(new Position(file, 1 + lineOffset, 0), "cannot read YAML: " + firstLine(e.getMessage())));
        }
        return Optional.empty();
    }

    /** The text being read, for positions and for warnings about what it says. */
    private record Source(String file, int lineOffset, String[] lines, List<Problem> problems) {
    }

    private YamlNode readValue(YAMLParser parser, Source source, int depth) throws IOException {
        String file = source.file();
        int lineOffset = source.lineOffset();
        Position at = positionOf(parser.currentTokenLocation(), file, lineOffset);
        if (depth > MAX_DEPTH) {
            throw new YamlFailure(at, "values are nested more than " + MAX_DEPTH + " levels deep; an edition needs only a few levels");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                LinkedHashMap<String, Position> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Position keyAt = positionOf(parser.currentTokenLocation(), file, lineOffset);
                    parser.nextToken();
                    YamlNode value = readValue(parser, source, depth + 1);
                    if (entries.containsKey(key)) {
                        throw new YamlFailure(keyAt, "duplicate key '" + key + "' (first at line "
                                + keys.get(key).line() + "); remove one of them");
                    }
                    entries.put(key, value);
                    keys.put(key, keyAt);
                }
                return new YamlNode.Mapping(entries, keys, at);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    YamlNode item = readValue(parser, source, depth + 1);
                    swallowedItem(item, source).ifPresent(source.problems()::add);
                    items.add(item);
                }
                return new YamlNode.Sequence(items, at);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar("", true, false, at);
            }
            default -> {
                if (parser.isCurrentAlias()) {
                    throw new YamlFailure(at, "YAML aliases (*" + parser.getText()
                            + ") are not supported; write the value out in full");
                }
                return new YamlNode.Scalar(parser.getText(), false, token == JsonToken.VALUE_STRING, at);
            }
        }
    }

    /**
     * A list item whose next line starts with "- " but is indented further is read by YAML as one item running on
     * ("Border Forces - Migration Services"): valid YAML, but almost never what the author meant.
     */
    private static Optional<Problem> swallowedItem(YamlNode item, Source source) {
        if (!(item instanceof YamlNode.Scalar scalar) || !scalar.textual() || !scalar.text().contains(" - ")) {
            return Optional.empty();
        }
        int next = scalar.at().line() - source.lineOffset(); // 0-based index of the line after the item's first
        if (next <= 0 || next >= source.lines().length) {
            return Optional.empty();
        }
        String following = source.lines()[next].strip();
        if (!following.startsWith("- ") || !scalar.text().endsWith(" " + following)) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(new Position(source.file(), scalar.at().line() + 1, source.lines()[next].indexOf('-') + 1),
                "this line starts a new list item but is indented further than the item above, so YAML reads both as one: \""
                        + scalar.text() + "\"; indent the '- ' of every item of the list equally"));
    }

    /** The engine reports a tab where it gives up, often the line before; the tab itself is more helpful. */
    private static Optional<Position> firstTabIndent(String text, String file, int lineOffset) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String indent = lines[i].substring(0, lines[i].length() - lines[i].stripLeading().length());
            if (indent.indexOf('\t') >= 0) {
                return Optional.of(new Position(file, i + 1 + lineOffset, indent.indexOf('\t') + 1));
            }
        }
        return Optional.empty();
    }

    static Position positionOf(JsonLocation location, String file, int lineOffset) {
        if (location == null || location.getLineNr() <= 0) {
            return new Position(file, 1 + lineOffset, 0);
        }
        return new Position(file, location.getLineNr() + lineOffset, Math.max(location.getColumnNr(), 0));
    }

    /** Turns the YAML engine's wording into advice for someone editing a text file. */
    static String explain(String raw) {
        String message = raw == null ? "" : raw;
        if (message.contains("\\t") || message.contains("tab")) {
            return TAB + "; YAML needs spaces (replace the tab with spaces)";
        }
        if (message.contains("mapping values are not allowed")) {
            return "unexpected ':' — put text containing ': ' in quotes, or check the indentation";
        }
        if (message.contains("could not find expected ':'")) {
            return "a line is missing its ':' or is indented differently from its neighbours";
        }
        if (message.contains("did not find expected key") || message.contains("expected <block end>")) {
            return "the indentation does not line up with the lines above; indent items of one list or mapping equally";
        }
        if (message.contains("found undefined alias") || message.contains("alias")) {
            return "YAML aliases are not supported; write the value out in full";
        }
        if (message.contains("exceeds the limit") || message.contains("The incoming YAML document exceeds")) {
            return "the file is too large to be a YAML description (over 8 MB)";
        }
        return "malformed YAML: " + firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }

    /** A structural problem found while walking the document; carried out of the recursion. */
    private static final class YamlFailure extends IOException {
        private final transient Position at;

        YamlFailure(Position at, String message) {
            super(message);
            this.at = at;
        }
    }
}
