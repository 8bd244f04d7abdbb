package org.tessera.render.brochure;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a chart's labels into the PDF as text in the brochure's embedded fonts, Arabic ones included. The chart
 * library hands over each line in reading order; pdfbox-graphics2d draws right-to-left letters as outlines of the
 * chart's font, and Noto Sans has no Arabic: empty boxes. A line with right-to-left letters is therefore shaped and
 * put in drawing order ({@link IcuBidi#visual}, as the page's text), and each run of it set in the first embedded face
 * that has its glyphs: the chart's font, else Noto Sans Arabic. The same runs measure the line, so labels still align.
 * A line without right-to-left letters or directional marks is drawn and measured exactly as by the engine's drawer.
 */
final class ChartTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private record Segment(String text, Font font) {
    }

    private final SharedContext context;
    private final IcuBidi bidi;
    private final ChartFonts fonts;
    private final boolean rightToLeft;
    private final Map<Font, Optional<PDFont>> faces = new HashMap<>();

    /** {@code rightToLeft}: the direction of the text around the chart, the base direction of its lines. */
    ChartTextDrawer(SharedContext context, IcuBidi bidi, ChartFonts fonts, boolean rightToLeft) {
        this.context = context;
        this.bidi = bidi;
        this.fonts = fonts;
        this.rightToLeft = rightToLeft;
    }

    /**
     * The engine's mapping: the embedded face of the AWT font's family, weight and slant, or none (the text is then
     * drawn as outlines) when the engine only finds its last resort, Times.
     */
    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        return faces.computeIfAbsent(font, f -> {
            FontSpecification spec = new FontSpecification();
            spec.size = f.getSize();
            spec.families = new String[] {f.getFamily()};
            spec.fontStyle = f.isItalic() ? IdentValue.ITALIC : IdentValue.NORMAL;
            spec.fontWeight = f.isBold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.NORMAL;
            spec.variant = IdentValue.NORMAL;
            List<FontDescription> found = ((PdfBoxFSFont) context.getFontResolver().resolveFont(context, spec)).getFontDescriptions();
            PDFont face = found.get(0).getFont();
            boolean lastResort = found.size() == 1 && face.getName().equals("Times-Roman") && !f.getFamily().equals("Times New Roman");
            return lastResort ? Optional.empty() : Optional.of(face);
        }).orElse(null);
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator text, IFontTextDrawerEnv env) throws IOException, java.awt.FontFormatException {
        String line = string(text);
        return IcuBidi.reorders(line) ? segments(line, font(text, env), env).isPresent() : super.canDrawText(text, env);
    }

    @Override
    public void drawText(AttributedCharacterIterator text, IFontTextDrawerEnv env) throws IOException, java.awt.FontFormatException {
        String line = string(text);
        Optional<List<Segment>> segments = IcuBidi.reorders(line) ? segments(line, font(text, env), env) : Optional.empty();
        super.drawText(segments.map(ChartTextDrawer::attributed).orElse(text), env);
    }

    @Override
    public FontMetrics getFontMetrics(Font font, IFontTextDrawerEnv env) throws IOException, java.awt.FontFormatException {
        return new ChartTextMetrics(super.getFontMetrics(font, env),
                line -> segments(line, font, env).map(s -> width(s, env)));
    }

    /**
     * {@code line} shaped, in drawing order, cut where the face changes; a figure or space stays in the face before
     * it. Empty when some glyph is in no embedded face.
     */
    private Optional<List<Segment>> segments(String line, Font font, IFontTextDrawerEnv env) {
        String visual = bidi.visual(line, rightToLeft);
        List<Font> candidates = List.of(font, fonts.arabic(font));
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Font current = null;
        for (int i = 0; i < visual.length(); i += Character.charCount(visual.codePointAt(i))) {
            int c = visual.codePointAt(i);
            Font face = current != null && !Character.isLetter(c) && has(current, c, env) ? current
                    : candidates.stream().filter(f -> has(f, c, env)).findFirst().orElse(null);
            if (face == null) {
                return Optional.empty();
            }
            if (face != current && current != null) {
                out.add(new Segment(run.toString(), current));
                run.setLength(0);
            }
            current = face;
            run.appendCodePoint(c);
        }
        if (current != null) {
            out.add(new Segment(run.toString(), current));
        }
        return Optional.of(out);
    }

    private boolean has(Font font, int codePoint, IFontTextDrawerEnv env) {
        PDFont face = mapFont(font, env);
        try {
            return face != null && face.encode(Character.toString(codePoint)).length > 0;
        } catch (IllegalArgumentException e) {
            return false; // PDFBox's answer for a character the font has no glyph for
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The advance of the runs in points, as the PDF draws them: each run's width in its embedded face. */
    private float width(List<Segment> segments, IFontTextDrawerEnv env) {
        float width = 0;
        for (Segment segment : segments) {
            try {
                width += mapFont(segment.font(), env).getStringWidth(segment.text()) / 1000f * segment.font().getSize2D();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    private static AttributedCharacterIterator attributed(List<Segment> segments) {
        AttributedString out = new AttributedString(String.join("", segments.stream().map(Segment::text).toList()));
        int start = 0;
        for (Segment segment : segments) {
            out.addAttribute(TextAttribute.FONT, segment.font(), start, start + segment.text().length());
            start += segment.text().length();
        }
        return out.getIterator();
    }

    private static String string(AttributedCharacterIterator text) {
        StringBuilder out = new StringBuilder(text.getEndIndex() - text.getBeginIndex());
        for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
            out.append(c);
        }
        text.first();
        return out.toString();
    }

    /** The font the line starts in: the chart library gives one font to a whole line. */
    private static Font font(AttributedCharacterIterator text, IFontTextDrawerEnv env) {
        text.first();
        Object font = text.getAttribute(TextAttribute.FONT);
        return font instanceof Font f ? f : env.getFont();
    }
}
