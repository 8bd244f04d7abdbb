package org.tessera.render.brochure;

import java.awt.geom.Rectangle2D;
import org.tessera.model.Brochure;

/**
 * A brochure's page and the box its text goes in, in PDF points (1/72 inch): the paper less the margins of
 * {@code @page} in brochure.css (20 mm top and bottom, 18 mm left and right). Tables are fitted to its width;
 * the check of the finished PDF takes the text box the engine drew when it can, this one otherwise.
 */
record PageBox(float width, float height, float top, float right, float bottom, float left) {

    static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float SIDE = 18 * POINTS_PER_MM;
    private static final float HEAD = 20 * POINTS_PER_MM;

    static PageBox of(Brochure.Paper paper) {
        return paper == Brochure.Paper.A4
                ? new PageBox(210 * POINTS_PER_MM, 297 * POINTS_PER_MM, HEAD, SIDE, HEAD, SIDE)
                : new PageBox(8.5f * 72, 11 * 72, HEAD, SIDE, HEAD, SIDE);
    }

    float contentWidth() {
        return width - left - right;
    }

    /** The text box in PDF coordinates, from the page's bottom left. */
    Rectangle2D textBox() {
        return new Rectangle2D.Float(left, bottom, width - left - right, height - top - bottom);
    }

    static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }
}
