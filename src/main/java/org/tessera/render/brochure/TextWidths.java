package org.tessera.render.brochure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.tessera.render.Resources;

/**
 * How wide a text prints in the shipped Noto Sans, read from the fonts' own advance widths as the PDF engine
 * places them (no kerning). Fonts are read once; measuring is safe from several threads.
 */
final class TextWidths {

    /** A character the face lacks (e.g. Arabic, set in another face) counts as a wide Latin letter. */
    private static final float MISSING_EM = 0.6f;
    private static final TextWidths REGULAR = new TextWidths("NotoSans-Regular.ttf");
    private static final TextWidths BOLD = new TextWidths("NotoSans-Bold.ttf");

    private final CmapSubtable cmap;
    private final HorizontalMetricsTable metrics;
    private final float unitsPerEm;

    private TextWidths(String file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Resources.bytes("fonts/" + file)))) {
            cmap = font.getCmap().getSubtable(CmapTable.PLATFORM_WINDOWS, CmapTable.ENCODING_WIN_UNICODE_BMP);
            metrics = font.getHorizontalMetrics();
            unitsPerEm = font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width in points of {@code text} at {@code size} points, bold or regular. */
    static float of(String text, float size, boolean bold) {
        return (bold ? BOLD : REGULAR).width(text, size);
    }

    private float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int glyph = cmap.getGlyphId(cp);
            units += glyph == 0 ? MISSING_EM * unitsPerEm : metrics.getAdvanceWidth(glyph);
            i += Character.charCount(cp);
        }
        return units / unitsPerEm * size;
    }
}
