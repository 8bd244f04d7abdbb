package org.tessera.render.brochure;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Horizontal bar charts as a right-to-left reader reads them: the category names on the right, the bars growing to
 * the left from there, value labels at the bars' left ends, legend swatches after their names. Columns and lines
 * keep their left-to-right axis, as Arabic publications keep a time axis.
 */
final class ChartMirror {

    private static final List<ItemLabelAnchor> INSIDE = List.of(ItemLabelAnchor.INSIDE1, ItemLabelAnchor.INSIDE2,
            ItemLabelAnchor.INSIDE3, ItemLabelAnchor.INSIDE4, ItemLabelAnchor.INSIDE5, ItemLabelAnchor.INSIDE6,
            ItemLabelAnchor.INSIDE7, ItemLabelAnchor.INSIDE8, ItemLabelAnchor.INSIDE9, ItemLabelAnchor.INSIDE10,
            ItemLabelAnchor.INSIDE11, ItemLabelAnchor.INSIDE12);
    private static final List<ItemLabelAnchor> OUTSIDE = List.of(ItemLabelAnchor.OUTSIDE1, ItemLabelAnchor.OUTSIDE2,
            ItemLabelAnchor.OUTSIDE3, ItemLabelAnchor.OUTSIDE4, ItemLabelAnchor.OUTSIDE5, ItemLabelAnchor.OUTSIDE6,
            ItemLabelAnchor.OUTSIDE7, ItemLabelAnchor.OUTSIDE8, ItemLabelAnchor.OUTSIDE9, ItemLabelAnchor.OUTSIDE10,
            ItemLabelAnchor.OUTSIDE11, ItemLabelAnchor.OUTSIDE12);
    /** Text anchors in left and right pairs. */
    private static final List<TextAnchor> SIDES = List.of(TextAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT,
            TextAnchor.HALF_ASCENT_LEFT, TextAnchor.HALF_ASCENT_RIGHT, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_RIGHT,
            TextAnchor.BASELINE_LEFT, TextAnchor.BASELINE_RIGHT, TextAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_RIGHT);

    private ChartMirror() {
    }

    /** Mirrors {@code chart} once if it is a horizontal bar chart; a second call changes nothing. */
    static void apply(JFreeChart chart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getOrientation() != PlotOrientation.HORIZONTAL
                || plot.getRangeAxis() == null || plot.getRangeAxis().isInverted()) {
            return;
        }
        plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.getRangeAxis().setInverted(true);
        RectangleInsets padding = chart.getPadding();
        chart.setPadding(new RectangleInsets(padding.getTop(), padding.getRight(), padding.getBottom(), padding.getLeft()));
        if (chart.getLegend() != null) {
            chart.getLegend().setLegendItemGraphicEdge(RectangleEdge.RIGHT);
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof AbstractCategoryItemRenderer renderer) {
                labels(renderer, plot.getDataset(i) == null ? 0 : plot.getDataset(i).getRowCount());
            }
        }
    }

    /**
     * Value labels move to the other side of their bar, and their text to the other side of its anchor. A series
     * without a position of its own answers with the default one, so the series go first.
     */
    private static void labels(AbstractCategoryItemRenderer renderer, int series) {
        for (int s = 0; s < series; s++) {
            renderer.setSeriesPositiveItemLabelPosition(s, mirrored(renderer.getSeriesPositiveItemLabelPosition(s)));
            renderer.setSeriesNegativeItemLabelPosition(s, mirrored(renderer.getSeriesNegativeItemLabelPosition(s)));
        }
        renderer.setDefaultPositiveItemLabelPosition(mirrored(renderer.getDefaultPositiveItemLabelPosition()));
        renderer.setDefaultNegativeItemLabelPosition(mirrored(renderer.getDefaultNegativeItemLabelPosition()));
    }

    private static ItemLabelPosition mirrored(ItemLabelPosition position) {
        return new ItemLabelPosition(clock(position.getItemLabelAnchor()), side(position.getTextAnchor()),
                side(position.getRotationAnchor()), -position.getAngle());
    }

    /** The anchor at the mirrored hour: 3 o'clock becomes 9, 12 and 6 stay. */
    private static ItemLabelAnchor clock(ItemLabelAnchor anchor) {
        for (List<ItemLabelAnchor> hours : List.of(INSIDE, OUTSIDE)) {
            int hour = hours.indexOf(anchor) + 1;
            if (hour > 0) {
                return hours.get((hour == 12 ? 12 : 12 - hour) - 1);
            }
        }
        return anchor;
    }

    private static TextAnchor side(TextAnchor anchor) {
        int i = SIDES.indexOf(anchor);
        return i < 0 ? anchor : SIDES.get(i ^ 1);
    }
}
