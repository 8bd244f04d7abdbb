package org.tessera.render.brochure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Directions the PDF engine cannot work out for itself, set on the document before it lays it out.
 * <p>A line of the engine has one direction for all its inline boxes (right to left, it places each box from the
 * right, in document order), so an English sentence whose figure is a link, in an Arabic brochure, would be printed
 * box by box backwards ("reach.2,222,221 gap stands at"). A block of text with no right-to-left letter whose text the
 * engine cuts into several boxes gets {@code dir="ltr"}, which makes it read in order, and the class
 * {@link #KEPT_RIGHT}, which keeps it aligned like its neighbours (as a browser shows it).
 * <p>The Arabic number formats hold directional marks ("38.3\u200E%\u200E": figure, then sign, even after an Arabic
 * word), which the shipped fonts draw as visible glyphs. In right-to-left text such a figure becomes a left-to-right
 * span of its own without them (the engine lays it out as one box, read left to right); in left-to-right text they go
 * wherever the text is ordered the same without them.
 */
final class PrintedDirection {

    /** The blocks that hold running text; table cells and tiles keep the alignment of their grid. */
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "li", "dt", "dd", "figcaption", "h2", "h3", "h4", "h5", "h6");
    /** A formatted figure with its sign, marks and percent sign; a full stop or comma after it is not its own. */
    private static final Pattern FIGURE = Pattern.compile("[" + IcuBidi.MARKS + "\\-+\u2212]*\\p{Nd}(?:[\\p{Nd}%\u066A\u2030"
            + IcuBidi.MARKS + "]|[.,\u066B\u066C\u00A0\u202F](?=\\p{Nd}))*");

    /** brochure.css aligns it to the right, as the right-to-left text around it. */
    static final String KEPT_RIGHT = "b-ltr-in-rtl";

    private PrintedDirection() {
    }

    static void apply(Document document) {
        visit(document.getDocumentElement(), TileGrid.rightToLeft(document.getDocumentElement()));
    }

    private static void visit(Element element, boolean rightToLeft) {
        if (element.hasAttribute("dir")) {
            rightToLeft = "rtl".equalsIgnoreCase(element.getAttribute("dir"));
        } else if (rightToLeft && TEXT_BLOCKS.contains(element.getTagName()) && IcuBidi.leftToRightOnly(element.getTextContent())
                && wordedTexts(element) > 1) {
            element.setAttribute("dir", "ltr");
            element.setAttribute("class", (element.getAttribute("class") + " " + KEPT_RIGHT).strip());
            rightToLeft = false;
        }
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Element inner) {
                visit(inner, rightToLeft);
            } else if (child instanceof Text text && rightToLeft) {
                isolateMarkedFigures(text);
            } else if (child instanceof Text text) {
                text.setData(IcuBidi.withoutSilentMarks(text.getData(), false));
            }
        }
    }

    /** Each figure of {@code text} that holds a directional mark becomes a {@code dir="ltr"} span without it. */
    private static void isolateMarkedFigures(Text text) {
        String data = text.getData();
        Matcher figure = FIGURE.matcher(data);
        int done = 0;
        while (figure.find()) {
            String found = figure.group();
            String plain = IcuBidi.withoutMarks(found);
            if (plain.length() == found.length()) {
                continue;
            }
            Document document = text.getOwnerDocument();
            Element span = document.createElement("span");
            span.setAttribute("dir", "ltr");
            span.appendChild(document.createTextNode(plain));
            if (figure.start() > done) {
                text.getParentNode().insertBefore(document.createTextNode(data.substring(done, figure.start())), text);
            }
            text.getParentNode().insertBefore(span, text);
            done = figure.end();
        }
        if (done == data.length() && done > 0) {
            text.getParentNode().removeChild(text); // the engine cannot place an empty text as a paragraph of its own
        } else {
            text.setData(data.substring(done));
        }
    }

    /** How many text nodes under {@code node} hold a letter or a digit: the engine lays each out as a box. */
    private static int wordedTexts(Node node) {
        if (node instanceof Text text) {
            return text.getData().codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        int count = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            count += wordedTexts(child);
        }
        return count;
    }
}
