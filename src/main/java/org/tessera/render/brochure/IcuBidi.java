package org.tessera.render.brochure;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
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

    /** The directional marks: left-to-right, right-to-left, Arabic letter mark. */
    static final String MARKS = "\u200E\u200F\u061C";

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
     * {@code content} strings and the labels of charts. Its directional marks have done their work and go (Noto Sans
     * draws U+200E, which the Arabic percent format holds, as a visible mark). The same string when it has no
     * right-to-left letter nor mark.
     */
    String visual(String line, boolean rightToLeft) {
        if (!reorders(line)) {
            return line;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shapeText(line), rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /**
     * Whether {@code text} is drawn otherwise than it is written: it holds a right-to-left letter, or a directional
     * mark that must not be drawn.
     */
    static boolean reorders(String text) {
        return Bidi.requiresBidi(text.toCharArray(), 0, text.length())
                || text.chars().anyMatch(c -> UCharacter.hasBinaryProperty(c, UProperty.BIDI_CONTROL));
    }

    /** Whether {@code text} holds a letter written left to right and none written right to left. */
    static boolean leftToRightOnly(String text) {
        boolean left = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int direction = UCharacter.getDirection(c);
            if (direction == UCharacter.RIGHT_TO_LEFT || direction == UCharacter.RIGHT_TO_LEFT_ARABIC) {
                return false;
            }
            left |= direction == UCharacter.LEFT_TO_RIGHT && UCharacter.isLetter(c);
            i += Character.charCount(c);
        }
        return left;
    }

    /**
     * {@code text} without its directional marks (U+200E, U+200F, U+061C) when, in a paragraph of the given direction,
     * its other characters keep their bidi levels without them, i.e. are drawn in the same order: "38.3\u200E%\u200E"
     * alone loses them; after an Arabic word it keeps them, as its % would move to the left of the figure.
     */
    static String withoutSilentMarks(String text, boolean rightToLeft) {
        String plain = withoutMarks(text);
        if (plain.length() == text.length()) {
            return text;
        }
        byte[] marked = levels(text, rightToLeft);
        byte[] unmarked = levels(plain, rightToLeft);
        for (int i = 0, j = 0; i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) < 0 && marked[i] != unmarked[j++]) {
                return text;
            }
        }
        return plain;
    }

    static String withoutMarks(String text) {
        return text.replaceAll("[" + MARKS + "]", "");
    }

    private static byte[] levels(String text, boolean rightToLeft) {
        Bidi bidi = new Bidi();
        bidi.setPara(text, rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        return bidi.getLevels();
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
            if (runs.isEmpty()) {
                runs.add(new BidiTextRun(0, 0, direction)); // the engine looks a run up even for an empty paragraph
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
