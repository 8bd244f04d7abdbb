package org.tessera.render.brochure;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a paragraph in two at a character of its text, keeping its inline markup (a link or emphasis that spans the
 * cut continues in the second part) and giving no id twice.
 */
final class ParagraphCut {

    private ParagraphCut() {
    }

    /**
     * Leaves in {@code p} its text before {@code offset} and returns a new paragraph, placed after it, holding the
     * rest. The offset counts characters of the text with runs of white space as one space and none leading, and
     * falls on a character that is not white space.
     */
    static Element cut(Element p, int offset) {
        Node carry = tail(p, offset);
        Element second = p.shallowClone().removeAttr("id");
        p.after(second);
        while (true) {
            Element parent = (Element) carry.parentNode();
            List<Node> moving = new ArrayList<>(parent.childNodes().subList(carry.siblingIndex(), parent.childNodeSize()));
            Element into = parent == p ? second : parent.shallowClone().removeAttr("id");
            moving.forEach(into::appendChild);
            if (parent == p) {
                break;
            }
            parent.after(into);
            carry = into;
        }
        dropEmpty(p);
        dropEmpty(second);
        return second;
    }

    /** The text node starting at {@code offset}, split off the node that holds it. */
    private static Node tail(Element p, int offset) {
        int seen = 0;
        boolean space = true; // leading white space is not counted
        for (TextNode node : allText(p)) {
            String text = node.getWholeText();
            for (int i = 0; i < text.length(); i++) {
                boolean white = Character.isWhitespace(text.charAt(i));
                if (!white && seen == offset) {
                    return i == 0 ? node : node.splitText(i);
                }
                if (!white || !space) {
                    seen++;
                }
                space = white;
            }
        }
        throw new IllegalArgumentException("offset " + offset + " is past the text of the paragraph");
    }

    private static List<TextNode> allText(Element p) {
        List<TextNode> nodes = new ArrayList<>();
        p.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        });
        return nodes;
    }

    /** Removes the inline elements the cut left without text (a link that ended where the cut is). */
    private static void dropEmpty(Element p) {
        for (Element e : p.select("*")) {
            if (e != p && e.parent() != null && e.wholeText().isBlank()) {
                e.remove();
            }
        }
    }
}
