package org.tessera.render.brochure;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The measures of a chart font as the chart library asks for them, with the width of a line that holds
 * right-to-left letters taken from how {@link ChartTextDrawer} draws it (shaped, partly in Noto Sans Arabic); every
 * other answer is the engine's drawer's, unchanged.
 */
final class ChartTextMetrics extends FontMetrics {

    private final FontMetrics plain;
    /** The drawn width of a line with right-to-left letters; empty when it is drawn as outlines. */
    private final Function<String, Optional<Float>> drawnWidth;

    ChartTextMetrics(FontMetrics plain, Function<String, Optional<Float>> drawnWidth) {
        super(plain.getFont());
        this.plain = plain;
        this.drawnWidth = drawnWidth;
    }

    private Optional<Float> bidiWidth(String line) {
        return IcuBidi.reorders(line) ? drawnWidth.apply(line) : Optional.empty();
    }

    @Override
    public int stringWidth(String line) {
        return bidiWidth(line).map(w -> (int) (w + .5f)).orElseGet(() -> plain.stringWidth(line));
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        return stringWidth(new String(data, off, len));
    }

    @Override
    public int charWidth(char ch) {
        return plain.charWidth(ch);
    }

    @Override
    public int charWidth(int codePoint) {
        return plain.charWidth(codePoint);
    }

    @Override
    public Rectangle2D getStringBounds(String line, Graphics context) {
        Rectangle2D bounds = plain.getStringBounds(line, context);
        bidiWidth(line).ifPresent(w -> bounds.setRect(bounds.getX(), bounds.getY(), w, bounds.getHeight()));
        return bounds;
    }

    @Override
    public Rectangle2D getStringBounds(String line, int begin, int limit, Graphics context) {
        String part = line.substring(begin, limit);
        return IcuBidi.reorders(part) ? getStringBounds(part, context) : plain.getStringBounds(line, begin, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics context) {
        String part = new String(chars, begin, limit - begin);
        return IcuBidi.reorders(part) ? getStringBounds(part, context) : plain.getStringBounds(chars, begin, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator text, int begin, int limit, Graphics context) {
        return plain.getStringBounds(text, begin, limit, context);
    }

    @Override
    public int getAscent() {
        return plain.getAscent();
    }

    @Override
    public int getDescent() {
        return plain.getDescent();
    }

    @Override
    public int getLeading() {
        return plain.getLeading();
    }

    @Override
    public int getHeight() {
        return plain.getHeight();
    }

    @Override
    public int getMaxAscent() {
        return plain.getMaxAscent();
    }

    @Override
    public int getMaxDescent() {
        return plain.getMaxDescent();
    }

    @Override
    public int getMaxAdvance() {
        return plain.getMaxAdvance();
    }

    @Override
    public int[] getWidths() {
        return plain.getWidths();
    }

    @Override
    public boolean hasUniformLineMetrics() {
        return plain.hasUniformLineMetrics();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return plain.getFontRenderContext();
    }

    @Override
    public LineMetrics getLineMetrics(String line, Graphics context) {
        return plain.getLineMetrics(line, context);
    }

    @Override
    public LineMetrics getLineMetrics(String line, int begin, int limit, Graphics context) {
        return plain.getLineMetrics(line, begin, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int begin, int limit, Graphics context) {
        return plain.getLineMetrics(chars, begin, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator text, int begin, int limit, Graphics context) {
        return plain.getLineMetrics(text, begin, limit, context);
    }

    @Override
    public Rectangle2D getMaxCharBounds(Graphics context) {
        return plain.getMaxCharBounds(context);
    }
}
