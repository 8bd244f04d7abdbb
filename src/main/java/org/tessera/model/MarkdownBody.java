package org.tessera.model;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;

/**
 * A story's markdown body and flexmark's syntax tree of it, parsed when first read: a build that finds a story
 * unchanged since the last one takes what the loader made of it from the build cache and never parses it, unless a
 * page showing it is made again. Equal when the texts are, since the same text always gives the same tree.
 */
public final class MarkdownBody {

    /** flexmark's parser is immutable and parses on any thread; one for all stories, as the loader's was. */
    private static final Parser PARSER = Parser.builder(MarkdownDialect.options()).build();

    private final String text;
    private volatile Document document;

    private MarkdownBody(String text, Document document) {
        this.text = text;
        this.document = document;
    }

    /** A body parsed now, by the loader, which needs its tree at once: {@code document} is {@code text} parsed. */
    public static MarkdownBody parsed(String text, Document document) {
        return new MarkdownBody(text, document);
    }

    /** A body whose tree is made when first read. */
    public static MarkdownBody of(String text) {
        return new MarkdownBody(text, null);
    }

    /** The body parsed, as the dialect reads markdown. */
    public static Document parse(String text) {
        return PARSER.parse(text);
    }

    public String text() {
        return text;
    }

    /** The syntax tree; parsed on the first call, the same tree on every later one. */
    public Document document() {
        Document parsed = document;
        if (parsed == null) {
            synchronized (this) {
                parsed = document;
                if (parsed == null) {
                    parsed = parse(text);
                    document = parsed;
                }
            }
        }
        return parsed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkdownBody body && body.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "MarkdownBody[" + text.length() + " characters]";
    }
}
