package org.tessera.model;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * An image written in markdown, {@code ![alt](assets/x.jpg "Caption | ©Credit")}: the image text is its alt
 * text, and the title holds the caption and, after the last {@code |}, the credit. A title that starts with
 * {@code ©} is a credit alone.
 */
public record InlineImage(String src, String alt, String caption, String credit, Position at) {

    public static InlineImage of(String src, String alt, String title, Position at) {
        String text = title.strip();
        int bar = text.lastIndexOf('|');
        if (bar >= 0) {
            return new InlineImage(src, alt.strip(), text.substring(0, bar).strip(), text.substring(bar + 1).strip(), at);
        }
        if (text.startsWith("©")) {
            return new InlineImage(src, alt.strip(), "", text, at);
        }
        return new InlineImage(src, alt.strip(), text, "", at);
    }

    /** Reads an image node of a story's syntax tree; {@code at} is where the story's body starts counting lines. */
    public static InlineImage of(Image node, Position at) {
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        return of(node.getUrl().unescape(), alt, node.getTitle().unescape(), at);
    }

    /** Every image of a story, in reading order, with the line it is written on. */
    public static List<InlineImage> in(Story story) {
        List<InlineImage> found = new ArrayList<>();
        collect(story.document(), story, found);
        return List.copyOf(found);
    }

    private static void collect(Node node, Story story, List<InlineImage> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                found.add(of(image, new Position(story.file(), story.bodyLine() + image.getStartLineNumber() + 1, 0)));
            } else {
                collect(child, story, found);
            }
        }
    }

    /** Whether the image is one of the edition's own files rather than an address elsewhere. */
    public boolean isAsset() {
        return src.startsWith(SitePaths.ASSETS);
    }
}
