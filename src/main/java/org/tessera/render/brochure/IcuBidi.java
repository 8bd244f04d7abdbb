package org.tessera.render.brochure;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.util.ArrayList;
import java.util.List;

/**
 * Right-to-left text for the PDF engine, from ICU4J: the engine's own RTL module stops at 1.1.31 on Maven Central.
 * The approach is the engine's: it cuts each paragraph into directional runs with the Unicode bidi algorithm
 * ({@link Splitter}), shapes each right-to-left run into Arabic presentation forms before measuring it (the shipped
 * fonts are read without glyph substitution, and Noto Sans Arabic maps every presentation form), then draws the run
 * reversed, mirroring brackets, as the PDF draws glyphs left to right. Text without right-to-left letters is one
 * left-to-right run, laid out exactly as without this class.
 */
final class IcuBidi implements BidiSplitterFactory, BidiReorderer {

    private final ArabicShaping shaper = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);
    private final ArabicShaping unshaper = new ArabicShaping(
            ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    /** A right-to-left run (shaped, in reading order) as drawn from left to right; a mark stays after its letter. */
    @Override
    public String reorderRTLTextToLTR(String run) {
        return Bidi.writeReverse(run, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
    }

    @Override
    public String shapeText(String run) {
        return shaped(shaper, run);
    }

    /** The engine asks for the plain letters of a presentation form a font lacks, to look for them in the next font. */
    @Override
    public String deshapeText(String text) {
        return shaped(unshaper, text);
    }

    /**
     * A whole line in the order it is drawn, shaped: for text the engine draws without bidi, the page margins'
     * {@code content} strings. The same string when it has no right-to-left letter.
     */
    String visual(String line, boolean rightToLeft) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shapeText(line), rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static String shaped(ArabicShaping shaping, String text) {
        try {
            return shaping.shape(text);
        } catch (ArabicShapingException e) {
            return text; // ICU only refuses when asked to keep the length, which these options never do
        }
    }

    /** One paragraph's directional runs, in reading order; the engine looks them up by where they start. */
    private static final class Splitter implements BidiSplitter {
        private final List<BidiTextRun> runs = new ArrayList<>();

        @Override
        public void setParagraph(String paragraph, byte direction) {
            runs.clear();
            Bidi bidi = new Bidi();
            bidi.setPara(paragraph, direction == RTL ? Bidi.RTL : Bidi.LTR, null);
            for (int start = 0; start < paragraph.length(); ) {
                BidiRun run = bidi.getLogicalRun(start);
                runs.add(new BidiTextRun(start, run.getLength(), run.isOddRun() ? RTL : LTR));
                start = run.getLimit();
            }
        }

        @Override
        public int countTextRuns() {
            return runs.size();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return runs.get(index);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            byte direction = Bidi.getBaseDirection(paragraph);
            return direction == Bidi.RTL ? RTL : direction == Bidi.LTR ? LTR : NEUTRAL;
        }
    }
}
