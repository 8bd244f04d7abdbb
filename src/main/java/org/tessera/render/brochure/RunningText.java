package org.tessera.render.brochure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The running header of a right-to-left brochure, readable in the PDF: the engine draws the strings of the page
 * margins ({@code @top-right { content: "…" }}) as they come, without the bidi and shaping it gives the text of the
 * page, so they are handed to it already in drawing order and shaped ({@link IcuBidi#visual}). The print page keeps
 * the plain string for browsers.
 */
final class RunningText {

    private static final Pattern CONTENT = Pattern.compile("(content:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:([0-9A-Fa-f]{1,6}) ?|(.))");

    private RunningText() {
    }

    static void apply(Document document, IcuBidi bidi) {
        boolean rightToLeft = TileGrid.rightToLeft(document.getDocumentElement());
        NodeList styles = document.getElementsByTagName("style");
        for (int i = 0; i < styles.getLength(); i++) {
            Element style = (Element) styles.item(i);
            Matcher content = CONTENT.matcher(style.getTextContent());
            StringBuilder out = new StringBuilder();
            while (content.find()) {
                String visual = bidi.visual(unescaped(content.group(2)), rightToLeft);
                content.appendReplacement(out, Matcher.quoteReplacement(content.group(1) + BrochureView.cssString(visual)));
            }
            content.appendTail(out);
            style.setTextContent(out.toString());
        }
    }

    /** The text of a CSS string's body: {@code \"} is a quote, {@code \3C } a code point. */
    static String unescaped(String body) {
        Matcher escape = ESCAPE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            String text = escape.group(1) != null ? Character.toString(Integer.parseInt(escape.group(1), 16)) : escape.group(2);
            escape.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        return escape.appendTail(out).toString();
    }
}
