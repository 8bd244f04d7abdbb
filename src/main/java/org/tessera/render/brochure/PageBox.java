package org.tessera.render.brochure;

import org.tessera.model.Brochure;

/**
 * A brochure's page and the box its text goes in, in PDF points (1/72 inch): the paper less the margins of
 * {@code @page} in brochure.css (20 mm top and bottom, 18 mm left and right). Tables are fitted to its width,
 * and the finished PDF is checked against it.
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

    /** Whether a point (PDF coordinates, from the page's bottom left) lies in the top or bottom margin. */
    boolean inMargin(float y) {
        return y > height - top || y < bottom;
    }

    static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }
}
