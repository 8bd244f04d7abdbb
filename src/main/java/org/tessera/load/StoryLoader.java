package org.tessera.load;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tessera.model.Component;
import org.tessera.model.HeadingIds;
import org.tessera.model.Hero;
import org.tessera.model.MarkdownBody;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Story;
import org.tessera.model.ValueRef;
import org.tessera.util.PrefixedMatches;

/** Loads a markdown file: YAML front matter, the markdown parsed once, its components and inline values. */
final class StoryLoader {

    static final Pattern VALUE = Pattern.compile("\\{\\{<\\s*value\\s+([^\\s>]*)\\s*>}}");
    private static final int MAX_DEPTH = 100;
    private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^(---|\\.\\.\\.)[ \\t]*$");

    private final YamlReader yaml;
    private final ComponentLoader components;

    StoryLoader(YamlReader yaml) {
        this.yaml = yaml;
        this.components = new ComponentLoader(yaml);
    }

    /**
     * {@code text} is the story's file, written in {@code writtenIn}; its front matter and components are read in
     * {@code language}'s language.
     */
    Story load(String text, String file, TextLanguage language, String writtenIn, List<Problem> problems) {
        Optional<Fields> front = Optional.empty();
        String body = text;
        int bodyLine = 0;
        if (text.startsWith("---\n") || text.equals("---")) {
            Matcher end = FRONT_MATTER_END.matcher(text);
            if (text.length() > 4 && end.find(4)) {
                String header = text.substring(4, end.start());
                front = yaml.read(header, file, 1, problems)
                        .flatMap(node -> Fields.of(node, "the front matter", language, problems));
                int bodyStart = Math.min(text.length(), end.end() + 1);
                bodyLine = countLines(text, bodyStart);
                body = text.substring(bodyStart);
            } else {
                problems.add(Problem.error(new Position(file, 1, 1),
                        "the front matter starting with '---' is never closed; end it with a line '---'"));
            }
        }
        front.ifPresent(f -> f.allowOnly(Shapes.FRONT_MATTER));
        Document document;
        String parsed = body;
        List<Component> found = new ArrayList<>();
        try {
            document = MarkdownBody.parse(parsed);
            if (depthOf(document) > MAX_DEPTH) {
                throw new StackOverflowError();
            }
        } catch (StackOverflowError e) {
            // flexmark recurses per nesting level and per repeated marker; a pathological text must not end the build
            problems.add(Problem.error(new Position(file, bodyLine + 1, 1), "the markdown nests quotes or lists more than "
                    + MAX_DEPTH + " levels deep, or repeats a marker thousands of times on one line; simplify it"));
            parsed = "";
            document = MarkdownBody.parse(parsed);
        }
        collectComponents(document, file, bodyLine, language, found, problems);
        return new Story(file,
                front.flatMap(f -> f.translatable("title")),
                front.flatMap(f -> f.translatable("nav_title")),
                front.flatMap(f -> f.translatable("summary")),
                front.map(f -> f.integer("order", Integer.MIN_VALUE, Integer.MAX_VALUE)).orElse(OptionalInt.empty()),
                front.flatMap(f -> f.mapping("hero")).flatMap(h -> hero(h, problems)),
                MarkdownBody.parsed(parsed, document), bodyLine, List.copyOf(found), values(body, file, bodyLine, problems),
                Set.copyOf(HeadingIds.of(document).values()), writtenIn);
    }

    private void collectComponents(Document document, String file, int bodyLine, TextLanguage language, List<Component> out,
                                   List<Problem> problems) {
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock block) {
                String info = block.getInfo().toString().strip();
                if (Component.isComponentName(info)) {
                    int fenceLine = bodyLine + block.getStartLineNumber() + 1;
                    Position at = new Position(file, fenceLine, 1);
                    String yamlText = block.getContentChars().normalizeEOL();
                    components.load(info, yamlText, at, language, problems).ifPresent(out::add);
                }
            }
        }
    }

    /** How deeply blocks nest, counted without recursion (rendering recurses once per level). */
    private static int depthOf(Document document) {
        int deepest = 0;
        for (Node node : document.getDescendants()) {
            int depth = 0;
            for (Node up = node.getParent(); up != null && depth <= MAX_DEPTH; up = up.getParent()) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
            if (deepest > MAX_DEPTH) {
                break;
            }
        }
        return deepest;
    }

    private static List<ValueRef> values(String body, String file, int bodyLine, List<Problem> problems) {
        List<ValueRef> refs = new ArrayList<>();
        for (MatchResult m : PrefixedMatches.in(body, VALUE, "{{")) {
            int line = bodyLine + countLines(body, m.start()) + 1;
            int column = m.start() - body.lastIndexOf('\n', m.start() - 1);
            Position at = new Position(file, line, column);
            if (m.group(1).isEmpty()) {
                problems.add(Problem.error(at, "{{< value >}} needs an indicator code, e.g. {{< value tj-3.1a >}}"));
            } else {
                refs.add(new ValueRef(m.group(1), at));
            }
        }
        return List.copyOf(refs);
    }

    static Optional<Hero> hero(Fields hero, List<Problem> problems) {
        hero.allowOnly(Shapes.HERO);
        String image = hero.requiredText("image");
        if (image.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Hero(image, hero.translatableOr("caption", ""), hero.textOr("credit", ""),
                hero.translatableOr("alt", ""), hero.at("image")));
    }

    private static int countLines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
