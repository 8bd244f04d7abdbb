package org.tessera.model;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A markdown text with its front matter, parsed once.
 *
 * <p>{@code body} is the markdown after the front matter, with flexmark's syntax tree of it ({@link #document()}),
 * which later stages only read. {@code headingIds} are the ids its headings get on the page, as flexmark renders them
 * (the same text twice gets "-1", "-2"), known without parsing it again. {@code language} is the language the
 * text is written in: the edition's default for {@code <id>.md}, {@code fr} for {@code <id>.fr.md}; where it differs
 * from the language of the edition holding the story, the story is not (yet) translated.
 */
public record Story(
        String file,
        Optional<String> title,
        Optional<String> navTitle,
        Optional<String> summary,
        OptionalInt order,
        Optional<Hero> hero,
        MarkdownBody body,
        int bodyLine,
        List<Component> components,
        List<ValueRef> values,
        Set<String> headingIds,
        String language) {

    public Story {
        components = List.copyOf(components);
        values = List.copyOf(values);
        headingIds = Set.copyOf(headingIds);
    }

    /** flexmark's syntax tree of the body, parsed on first use. */
    public Document document() {
        return body.document();
    }
}
