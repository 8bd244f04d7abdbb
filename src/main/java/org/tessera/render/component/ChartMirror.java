package org.tessera.render.component;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.chart.util.Rotation;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts as a right-to-left reader reads them, on the web and in print. Horizontal bars: the category names on the
 * right, the bars growing to the left from there, value labels at the bars' left ends. Columns and lines: the first
 * category at the right, the value axis on the right. Donuts: the sections from twelve o'clock anticlockwise. Legends
 * start at the right, their swatches after their names.
 */
public final class ChartMirror {

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

    /**
     * Between legend items: a browser may set a label narrower than it was measured, which leaves a gap between the
     * label and its swatch on its right; the next item stays clearly further away.
     */
    private static final double GAP = 14;

    private ChartMirror() {
    }

    /** Mirrors {@code chart} once; a second call changes nothing. */
    public static void apply(JFreeChart chart) {
        if (mirrored(chart.getPlot())) {
            return;
        }
        if (chart.getLegend() != null) {
            legend(chart); // first: it reads the series in their own order
        }
        if (chart.getPlot() instanceof CategoryPlot plot && plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            bars(plot);
        } else if (chart.getPlot() instanceof CategoryPlot plot) {
            columns(plot);
        } else if (chart.getPlot() instanceof PiePlot<?> pie) {
            pie.setDirection(Rotation.ANTICLOCKWISE);
        }
        RectangleInsets padding = chart.getPadding();
        chart.setPadding(new RectangleInsets(padding.getTop(), padding.getRight(), padding.getBottom(), padding.getLeft()));
    }

    /** Whether {@code plot} is mirrored already, or is of a kind that has no sides. */
    private static boolean mirrored(Plot plot) {
        if (plot instanceof CategoryPlot category) {
            return category.getOrientation() == PlotOrientation.HORIZONTAL
                    ? category.getRangeAxis() == null || category.getRangeAxis().isInverted()
                    : category.getRangeAxisLocation() == AxisLocation.BOTTOM_OR_RIGHT;
        }
        return !(plot instanceof PiePlot<?> pie) || pie.getDirection() == Rotation.ANTICLOCKWISE;
    }

    private static void bars(CategoryPlot plot) {
        plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.getRangeAxis().setInverted(true);
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof AbstractCategoryItemRenderer renderer) {
                labels(renderer, plot.getDataset(i) == null ? 0 : plot.getDataset(i).getRowCount());
            }
        }
    }

    /**
     * The chart library's category axis has no direction: the categories are given to it last first, and so are the
     * series of side-by-side columns (with their colours), so that the first column of a group is its rightmost.
     */
    private static void columns(CategoryPlot plot) {
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            CategoryDataset data = plot.getDataset(i);
            if (data == null) {
                continue;
            }
            boolean sideBySide = plot.getRenderer(i) instanceof BarRenderer && !(plot.getRenderer(i) instanceof StackedBarRenderer);
            if (sideBySide) {
                reverseSeriesPaints((BarRenderer) plot.getRenderer(i), data.getRowCount());
            }
            plot.setDataset(i, reversed(data, sideBySide));
        }
    }

    private static void reverseSeriesPaints(BarRenderer renderer, int series) {
        List<Paint> paints = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            paints.add(renderer.lookupSeriesPaint(s));
        }
        for (int s = 0; s < series; s++) {
            renderer.setSeriesPaint(series - 1 - s, paints.get(s));
        }
    }

    private static CategoryDataset reversed(CategoryDataset data, boolean series) {
        DefaultCategoryDataset out = new DefaultCategoryDataset();
        for (int r = 0; r < data.getRowCount(); r++) {
            int row = series ? data.getRowCount() - 1 - r : r;
            for (int column = data.getColumnCount() - 1; column >= 0; column--) {
                out.addValue(data.getValue(row, column), data.getRowKey(row), data.getColumnKey(column));
            }
        }
        return out;
    }

    /**
     * The legend from the right: its items last first, set flush right, so that the first is rightmost (a legend
     * that wraps puts its first items on its last line, still read from the right).
     */
    private static void legend(JFreeChart chart) {
        LegendItemCollection items = chart.getPlot().getLegendItems();
        List<LegendItem> reversed = new ArrayList<>();
        items.iterator().forEachRemaining(item -> reversed.add((LegendItem) item));
        Collections.reverse(reversed);
        LegendItemCollection fixed = new LegendItemCollection();
        reversed.forEach(fixed::add);
        chart.getLegend().setSources(new LegendItemSource[] {() -> fixed});
        chart.getLegend().setLegendItemGraphicEdge(RectangleEdge.RIGHT);
        chart.getLegend().setHorizontalAlignment(HorizontalAlignment.RIGHT);
        chart.getLegend().getItemContainer().setArrangement(
                new FlowArrangement(HorizontalAlignment.RIGHT, VerticalAlignment.CENTER, GAP, 2));
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
