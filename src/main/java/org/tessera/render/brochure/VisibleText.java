package org.tessera.render.brochure;

import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The text of a PDF as a reader sees it: every run of glyphs drawn on a line, with its page and place, and
 * whether it is drawn inside the page's text box and inside the clipping path in force. Text extraction alone
 * cannot tell: a column cut at the margin keeps its words in the file. Each run also names the block it belongs
 * to, the last heading or table caption before it in the tagged structure.
 */
final class VisibleText {

    /**
     * Where a run is drawn: in the text box, in the top or bottom margin (running header, page number), beside
     * the text box, or hidden by a clipping path.
     */
    enum Where { INSIDE, MARGIN, OUTSIDE, CLIPPED }

    /**
     * A run of glyphs on one line; {@code x}, {@code y} and {@code width} in points from the page's bottom left;
     * {@code block} the text of the heading or caption before it, {@code blockNumber} which one (0 before the first).
     */
    record Run(int page, String text, float x, float y, float width, Where where, String block, int blockNumber) {

        boolean visible() {
            return where == Where.INSIDE || where == Where.MARGIN;
        }
    }

    /** A glyph may overhang the text box by this much (points): the side bearing of a letter at the edge. */
    private static final float TOLERANCE = 1f;
    private static final Set<String> TITLES = Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6", "Caption");

    private VisibleText() {
    }

    /** Whether {@code figure} is drawn whole in a visible run, not as part of a longer number. */
    static boolean showsWhole(List<Run> runs, String figure) {
        Pattern whole = Pattern.compile("(^|[^\\d,.])" + Pattern.quote(figure) + "($|[^\\d,.])");
        return runs.stream().anyMatch(run -> run.visible() && whole.matcher(run.text()).find());
    }

    /** Every run of glyphs of {@code pdf}, page by page, in the order they are drawn. */
    static List<Run> of(PDDocument pdf, PageBox box) {
        Runs runs = new Runs(box, Optional.ofNullable(pdf.getDocumentCatalog().getStructureTreeRoot()));
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            number++;
            try {
                new PageWalker(page, number, runs).processPage(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            runs.close();
        }
        return runs.all;
    }

    /** The runs found so far, the one being read, and the heading or caption last seen. */
    private static final class Runs {
        final PageBox box;
        final Optional<PDStructureTreeRoot> structure;
        final List<Run> all = new ArrayList<>();
        StringBuilder text;
        int page;
        float x;
        float y;
        float end;
        float size;
        Where where;
        COSDictionary titleElement;
        StringBuilder title = new StringBuilder();
        int titles;

        Runs(PageBox box, Optional<PDStructureTreeRoot> structure) {
            this.box = box;
            this.structure = structure;
        }

        void glyph(int page, String unicode, float gx, float gy, float advance, float glyphSize, Where at) {
            boolean blank = unicode.isBlank();
            boolean sameLine = text != null && Math.abs(gy - y) < 0.2f * size && gx > end - 0.5f * size
                    && gx < end + 0.3f * size;
            if (blank) {
                if (sameLine) {
                    text.append(' ');
                    end = gx + advance;
                }
                return;
            }
            if (!sameLine || at != where) {
                close();
                text = new StringBuilder();
                this.page = page;
                x = gx;
                y = gy;
                size = glyphSize;
                where = at;
            }
            text.append(unicode);
            end = gx + advance;
        }

        void close() {
            if (text != null) {
                all.add(new Run(page, text.toString().strip(), x, y, end - x, where, title.toString().strip().replaceAll("\\s+", " "),
                        titles));
                text = null;
            }
        }

        void title(COSDictionary element, String unicode) {
            if (element != titleElement) {
                titleElement = element;
                title = new StringBuilder();
                titles++;
            }
            title.append(unicode);
        }
    }

    /** Walks one page's drawing: follows the clipping path and the marked content that ties glyphs to the structure. */
    private static final class PageWalker extends PDFGraphicsStreamEngine {
        private final int number;
        private final Runs runs;
        private final GeneralPath path = new GeneralPath();
        private final Deque<Integer> marked = new ArrayDeque<>();
        private final Map<Integer, Optional<COSDictionary>> titles = new HashMap<>();
        private final Optional<COSArray> parents;
        private int clipRule = -1;
        /**
         * The page's text box as the PDF engine drew it: it writes the margin boxes first, then clips the rest of
         * the page to its content area (the first clip as large as half the page), whatever margins the
         * stylesheet gave. Until then, the paper's.
         */
        private Rectangle2D textBox;

        PageWalker(PDPage page, int number, Runs runs) {
            super(page);
            this.number = number;
            this.runs = runs;
            this.parents = runs.structure.flatMap(root -> parentsOf(root, page.getStructParents()));
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            String unicode = Optional.ofNullable(font.toUnicode(code)).orElse("\uFFFD");
            float x = matrix.getTranslateX();
            float y = matrix.getTranslateY();
            float size = Math.max(0.1f, matrix.getScalingFactorY());
            float advance = displacement.getX() * matrix.getScalingFactorX();
            Optional<COSDictionary> title = marked.isEmpty() || marked.peek() < 0 ? Optional.empty() : titleOf(marked.peek());
            title.ifPresent(element -> runs.title(element, unicode));
            runs.glyph(number, unicode, x, y, advance, size, where(x, y + 0.3f * size, advance));
        }

        private Where where(float x, float middle, float advance) {
            Rectangle2D box = textBox != null ? textBox : runs.box.textBox();
            if (middle > box.getMaxY() || middle < box.getMinY()) {
                return Where.MARGIN;
            }
            if (x < box.getMinX() - TOLERANCE || x + advance > box.getMaxX() + TOLERANCE) {
                return Where.OUTSIDE;
            }
            Area clip = getGraphicsState().getCurrentClippingPath();
            float inset = Math.min(advance * 0.2f, TOLERANCE);
            if (clip.isRectangular()) {
                Rectangle2D bounds = clip.getBounds2D();
                return bounds.contains(x + inset, middle) && bounds.contains(x + advance - inset, middle) ? Where.INSIDE : Where.CLIPPED;
            }
            return clip.contains(x + inset, middle) && clip.contains(x + advance - inset, middle) ? Where.INSIDE : Where.CLIPPED;
        }

        /** The heading or caption a marked-content id belongs to, if any, through the structure's parent tree. */
        private Optional<COSDictionary> titleOf(int mcid) {
            return titles.computeIfAbsent(mcid, id -> parents.map(array -> array.getObject(id))
                    .flatMap(VisibleText::titleAbove));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
            marked.push(mcid >= 0 ? mcid : marked.isEmpty() ? -1 : marked.peek());
        }

        @Override
        public void endMarkedContentSequence() {
            if (!marked.isEmpty()) {
                marked.pop();
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo((float) p0.getX(), (float) p0.getY());
            path.lineTo((float) p1.getX(), (float) p1.getY());
            path.lineTo((float) p2.getX(), (float) p2.getY());
            path.lineTo((float) p3.getX(), (float) p3.getY());
            path.closePath();
        }

        @Override
        public void clip(int windingRule) {
            clipRule = windingRule;
        }

        @Override
        public void endPath() {
            if (clipRule >= 0) {
                Rectangle2D bounds = path.getBounds2D();
                if (textBox == null && bounds.getWidth() > runs.box.width() / 2 && bounds.getHeight() > runs.box.height() / 2) {
                    textBox = bounds;
                }
                path.setWindingRule(clipRule);
                getGraphicsState().intersectClippingPath(path);
                clipRule = -1;
            }
            path.reset();
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.getCurrentPoint();
        }

        @Override
        public void closePath() {
            path.closePath();
        }

        @Override
        public void strokePath() {
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            endPath();
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void shadingFill(COSName shading) {
        }
    }

    private static Optional<COSArray> parentsOf(PDStructureTreeRoot root, int key) {
        PDNumberTreeNode tree = root.getParentTree();
        if (tree == null || key < 0) {
            return Optional.empty();
        }
        try {
            Object value = tree.getValue(key);
            COSBase base = value instanceof COSObjectable cos ? cos.getCOSObject() : null;
            return base instanceof COSArray array ? Optional.of(array) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The element itself or its nearest ancestor that is a heading or a caption. */
    private static Optional<COSDictionary> titleAbove(COSBase element) {
        COSBase current = element instanceof COSObject object ? object.getObject() : element;
        for (int depth = 0; depth < 6 && current instanceof COSDictionary dictionary; depth++) {
            COSName type = dictionary.getCOSName(COSName.S);
            if (type != null && TITLES.contains(type.getName())) {
                return Optional.of(dictionary);
            }
            current = dictionary.getDictionaryObject(COSName.P);
        }
        return Optional.empty();
    }
}
