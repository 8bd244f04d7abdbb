package org.tessera.model;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A markdown text with its front matter, parsed once.
 *
 * <p>{@code document} is flexmark's syntax tree; later stages only read it. {@code language} is the language the
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
        Document document,
        int bodyLine,
        List<Component> components,
        List<ValueRef> values,
        String language) {
}
