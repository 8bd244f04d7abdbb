package org.tessera.render.component;

import java.awt.RenderingHints;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.awt.geom.Rectangle2D;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.tessera.render.Html;

/**
 * Writes a chart as an inline SVG element: text stays text, and the element names itself to assistive
 * technology with a title and a description ({@code role="img"}, {@code aria-labelledby}).
 */
public final class SvgWriter {

    /** The site's type (see --font-sans in the stylesheet); charts are measured with a similar sans-serif. */
    private static final String FONTS = "\"Noto Sans\", \"Source Sans 3\", \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

    private SvgWriter() {
    }

    private static String shortNumber(double value) {
        long rounded = Math.round(value * 100);
        if (rounded % 100 == 0) {
            return Long.toString(rounded / 100);
        }
        return java.math.BigDecimal.valueOf(rounded, 2).stripTrailingZeros().toPlainString();
    }

    /**
     * @param id a page-unique id; it also prefixes the clip paths JFreeSVG defines, so two charts on one page
     *           never share an id and the same chart is written byte for byte the same on every build
     */
    public static String write(JFreeChart chart, int width, int height, String id, String title, String description) {
        return draw(chart, width, height).as(id, title, description);
    }

    /**
     * The chart drawn once, to be written under any id: JFreeSVG writes the id and the clip paths' prefix as they are
     * given, nowhere else, so the drawing is made with a stand-in that no drawing can contain otherwise (its text is
     * escaped: a raw {@code <} only opens a tag) and the stand-in is replaced by each page's id.
     */
    static Svg draw(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(Svg.ID + "-");
        // Two decimals are finer than any screen; the full doubles would make the file about a third larger.
        g2.setGeomDoubleConverter(SvgWriter::shortNumber);
        g2.setTransformDoubleConverter(SvgWriter::shortNumber);
        g2.setFontFunction(family -> FONTS);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String svg = g2.getSVGElement(Svg.ID, true, new ViewBox(0, 0, width, height), null, null);
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        // JFreeSVG declares its own namespace, which HTML cannot carry (the Nu checker reports it as an error).
        String head = svg.substring(0, open - 1).replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
        // The labels are placed from their left end, as measured: on a right-to-left page too; an Arabic label still
        // reads right to left inside its isolate ("19.6 مليون": the figure on the right).
        head += " direction=\"ltr\"";
        return new Svg(head, isolated(svg.substring(open)));
    }

    /** A drawn chart: its {@code <svg} tag without its end, and what follows the tag, with {@link #ID} for the id. */
    record Svg(String head, String body) {

        private static final String ID = "<chart-id<";

        /** The SVG element with the page-unique {@code id}, named by its title and description. */
        String as(String id, String title, String description) {
            String titleId = id + "-title";
            String descId = id + "-desc";
            return head.replace(ID, id) + " role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\" focusable=\"false\">"
                    + "<title id=\"" + titleId + "\">" + Html.escape(title) + "</title>"
                    + "<desc id=\"" + descId + "\">" + Html.escape(description) + "</desc>"
                    + body.replace(ID, id);
        }

        /** The drawing deflated: a build keeps every chart between the pages that show it, a fifth of its size so. */
        Packed packed() {
            byte[] text = (head + body).getBytes(StandardCharsets.UTF_8);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            deflater.setInput(text);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 4);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return new Packed(head.length(), text.length, out.toByteArray());
        }
    }

    /** A drawing as {@link Svg#packed} keeps it: its text's UTF-8 deflated, and where its head ends. */
    record Packed(int headLength, int size, byte[] deflated) {

        Svg svg() {
            Inflater inflater = new Inflater();
            inflater.setInput(deflated);
            byte[] text = new byte[size];
            try {
                for (int done = 0; done < size; ) {
                    done += inflater.inflate(text, done, size - done);
                }
            } catch (DataFormatException e) {
                throw new IllegalStateException("a chart drawing kept in memory no longer inflates", e);
            } finally {
                inflater.end();
            }
            String svg = new String(text, StandardCharsets.UTF_8);
            return new Svg(svg.substring(0, headLength), svg.substring(headLength));
        }
    }

    private static final Pattern TEXT = Pattern.compile("(<text[^>]*>)([^<]*)(</text>)");

    /** Each label with a right-to-left letter as a right-to-left isolate (U+2067 … U+2069). */
    private static String isolated(String body) {
        return TEXT.matcher(body).replaceAll(text -> java.text.Bidi.requiresBidi(text.group(2).toCharArray(), 0, text.group(2).length())
                ? Matcher.quoteReplacement(text.group(1) + "\u2067" + text.group(2) + "\u2069" + text.group(3))
                : Matcher.quoteReplacement(text.group()));
    }
}
