package org.tessera.render.component;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tessera.model.Chart;
import org.tessera.model.Column;
import org.tessera.render.RenderContext;

/** Bar, column, stacked, line and progress charts: categories along one axis, values along the other. */
final class CategoryCharts {

    private CategoryCharts() {
    }

    static JFreeChart create(Chart.Type type, ChartRows all, RenderContext ctx, boolean narrow) {
        if (type == Chart.Type.PROGRESS) {
            return progress(all, ctx);
        }
        ChartRows rows = ChartBuilder.drawn(all, ctx);
        boolean horizontal = type == Chart.Type.BAR || type == Chart.Type.STACKED;
        boolean legend = rows.series().size() > 1;
        AbstractCategoryItemRenderer renderer = switch (type) {
            case LINE -> line(rows.series().size());
            case STACKED -> bars(new StackedBarRenderer());
            default -> bars(new BarRenderer());
        };
        List<Color> colours = ctx.colours().of(rows);
        for (int s = 0; s < rows.series().size(); s++) {
            renderer.setSeriesPaint(s, colours.get(s));
        }
        Column first = rows.series().isEmpty() ? rows.category() : rows.series().get(0);
        NumberFormat compact = new NumberText(v -> CellText.compact(first, v, ctx.formats()));
        // Value labels on every bar or point when they stay legible: one series, or stacked segments' sums stay off.
        if (type != Chart.Type.STACKED && (rows.series().size() == 1 || type != Chart.Type.LINE) && rows.size() <= 40) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", compact));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(ChartStyle.VALUE);
            renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
            renderer.setDefaultPositiveItemLabelPosition(horizontal
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }
        JFreeChart chart = plot(dataset(rows), renderer, horizontal, compact, legend, horizontal ? 0.25 : 0.16);
        CategoryPlot plot = chart.getCategoryPlot();
        niceTicks((NumberAxis) plot.getRangeAxis(), max(type, rows), compact, narrow);
        if (!horizontal && crowded(rows, narrow)) {
            // Upright: a label turned 45 degrees runs from its column out past the chart's left edge.
            plot.getDomainAxis().setCategoryLabelPositions(turned(CategoryLabelPositions.UP_90));
        }
        return chart;
    }

    /**
     * Makes room for the value labels at the end of the bars (or over the points) in the chart as laid out
     * {@code width} by {@code height}: the plot clips what passes its edge, so the value axis reaches far enough past
     * the longest bar for its label. Columns too narrow for their labels go without (the data table has the figures).
     */
    static void fitValueLabels(JFreeChart chart, int width, int height) {
        CategoryPlot plot = chart.getCategoryPlot();
        if (!(plot.getRenderer() instanceof AbstractCategoryItemRenderer renderer) || !renderer.getDefaultItemLabelsVisible()) {
            return;
        }
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        Rectangle2D area = dataArea(chart, g2, width, height);
        FontMetrics metrics = g2.getFontMetrics(renderer.getDefaultItemLabelFont());
        CategoryDataset data = plot.getDataset();
        double longest = 0;
        for (int s = 0; s < data.getRowCount(); s++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                longest = Math.max(longest, metrics.stringWidth(renderer.getDefaultItemLabelGenerator().generateLabel(data, s, c)));
            }
        }
        g2.dispose();
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        if (!horizontal && longest > 0.9 * area.getWidth() / Math.max(1, data.getColumnCount() * data.getRowCount())) {
            renderer.setDefaultItemLabelsVisible(false);
            return;
        }
        double room = (horizontal ? longest : metrics.getHeight()) + 8; // the label and its gap from the bar
        double extent = horizontal ? area.getWidth() : area.getHeight();
        ValueAxis axis = plot.getRangeAxis();
        axis.setUpperMargin(Math.max(axis.getUpperMargin(), room / Math.max(1, extent - room)));
    }

    /**
     * Where the chart draws its data when drawn {@code width} by {@code height} on {@code g2}, found as the chart
     * library finds it before it draws (the padding, the titles and legend, the plot's insets, the axes' room) without
     * drawing the chart, which would cost as much as drawing it for the page. Drawn after all where measuring leaves a
     * trace on the next drawing (an automatic tick unit starts from the last one chosen) or the plot would not be drawn.
     */
    static Rectangle2D dataArea(JFreeChart chart, Graphics2D g2, int width, int height) {
        return measured(chart, g2, width, height).orElseGet(() -> {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
            return info.getPlotInfo().getDataArea();
        });
    }

    /** The data area measured without drawing; nothing where only drawing tells it exactly. */
    static Optional<Rectangle2D> measured(JFreeChart chart, Graphics2D g2, int width, int height) {
        if (!(chart.getPlot() instanceof MeasuredPlot plot) || plot.getRangeAxis().isAutoTickUnitSelection()) {
            return Optional.empty();
        }
        g2.addRenderingHints(chart.getRenderingHints()); // as drawing does: they decide how text is measured
        return plot.dataArea(g2, untitled(chart, g2, new Rectangle2D.Double(0, 0, width, height)));
    }

    /** What the chart's padding, title and subtitles (the legend) leave of {@code whole} for the plot: JFreeChart.draw's steps. */
    private static Rectangle2D untitled(JFreeChart chart, Graphics2D g2, Rectangle2D whole) {
        Rectangle2D area = (Rectangle2D) whole.clone();
        chart.getPadding().trim(area);
        List<Title> titles = new ArrayList<>();
        if (chart.getTitle() != null) {
            titles.add(chart.getTitle());
        }
        titles.addAll(chart.getSubtitles());
        for (Title title : titles) {
            double w = area.getWidth();
            double h = area.getHeight();
            if (!title.isVisible() || w <= 0.0 || h <= 0.0) {
                continue;
            }
            Size2D size = title.arrange(g2, new RectangleConstraint(w, new Range(0.0, w), LengthConstraintType.RANGE, h,
                    new Range(0.0, h), LengthConstraintType.RANGE));
            RectangleEdge edge = title.getPosition();
            if (edge == RectangleEdge.TOP) {
                area.setRect(area.getX(), Math.min(area.getY() + size.height, area.getMaxY()), w, Math.max(h - size.height, 0));
            } else if (edge == RectangleEdge.BOTTOM) {
                area.setRect(area.getX(), area.getY(), w, h - size.height);
            } else if (edge == RectangleEdge.RIGHT) {
                area.setRect(area.getX(), area.getY(), w - size.width, h);
            } else {
                area.setRect(area.getX() + size.width, area.getY(), w - size.width, h);
            }
        }
        return area;
    }

    /** A category plot that tells where it would draw its data: the first steps of CategoryPlot.draw, nothing drawn. */
    private static final class MeasuredPlot extends CategoryPlot {

        MeasuredPlot(CategoryDataset data, CategoryAxis categories, ValueAxis values, CategoryItemRenderer renderer) {
            super(data, categories, values, renderer);
        }

        /** The data area inside {@code area}, as whole pixels; nothing where the plot would draw nothing. */
        Optional<Rectangle2D> dataArea(Graphics2D g2, Rectangle2D area) {
            if (area.getWidth() <= MINIMUM_WIDTH_TO_DRAW || area.getHeight() <= MINIMUM_HEIGHT_TO_DRAW) {
                return Optional.empty();
            }
            getInsets().trim(area);
            Rectangle2D data = calculateAxisSpace(g2, area).shrink(area, null);
            getAxisOffset().trim(data);
            int x0 = (int) Math.ceil(data.getMinX());
            int y0 = (int) Math.ceil(data.getMinY());
            Rectangle whole = new Rectangle(x0, y0, (int) Math.floor(data.getMaxX()) - x0, (int) Math.floor(data.getMaxY()) - y0);
            return whole.isEmpty() ? Optional.empty() : Optional.of(whole);
        }
    }

    /** Turned labels may run along most of the plot's height, so a name like "Zimbabwe" stays whole. */
    private static CategoryLabelPositions turned(CategoryLabelPositions base) {
        org.jfree.chart.axis.CategoryLabelPosition b = base.getLabelPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        return CategoryLabelPositions.replaceBottomPosition(base, new org.jfree.chart.axis.CategoryLabelPosition(
                b.getCategoryAnchor(), b.getLabelAnchor(), b.getRotationAnchor(), b.getAngle(), b.getWidthType(), 0.6f));
    }

    /** Column labels turn when they would otherwise break inside words. */
    private static boolean crowded(ChartRows rows, boolean narrow) {
        int longest = rows.categories().stream().mapToInt(String::length).max().orElse(0);
        int room = (narrow ? 300 : 640) / Math.max(1, rows.size()) / 8; // characters a category's width holds
        return longest > room;
    }

    /** About five round steps (1, 2, 2.5 or 5 times a power of ten) from zero to the largest value. */
    private static void niceTicks(NumberAxis axis, double max, NumberFormat format, boolean narrow) {
        if (max <= 0) {
            return;
        }
        double raw = max / (narrow ? 4 : 5);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(Math.max(step, 1), format));
    }

    /** The largest bar or point: for stacked bars, the largest sum. */
    private static double max(Chart.Type type, ChartRows rows) {
        double max = 0;
        for (int c = 0; c < rows.size(); c++) {
            double sum = 0;
            for (int s = 0; s < rows.series().size(); s++) {
                double v = rows.value(s, c).map(BigDecimal::doubleValue).orElse(0d);
                sum = type == Chart.Type.STACKED ? sum + Math.max(0, v) : Math.max(sum, v);
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    private static JFreeChart plot(CategoryDataset data, AbstractCategoryItemRenderer renderer, boolean horizontal,
                                   NumberFormat format, boolean legend, double upperMargin) {
        CategoryAxis categories = new CategoryAxis(null);
        ChartStyle.categoryAxis(categories, horizontal);
        NumberAxis values = new NumberAxis(null);
        ChartStyle.valueAxis(values, format);
        values.setUpperMargin(upperMargin);
        if (horizontal && renderer instanceof BarRenderer bars) {
            bars.setMaximumBarWidth(1.0);
        }
        CategoryPlot plot = new MeasuredPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.gridStroke());
        return ChartStyle.chart(plot, legend);
    }

    private static BarRenderer bars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        // Horizontal charts get their height from their number of rows, so only columns need a cap on width.
        renderer.setMaximumBarWidth(0.12);
        return renderer;
    }

    /** Lines with a different marker shape per series, so series differ by more than colour. */
    private static LineAndShapeRenderer line(int series) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int s = 0; s < series; s++) {
            renderer.setSeriesStroke(s, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(s, shapes[s % shapes.length]);
        }
        return renderer;
    }

    /** Each row as one bar from 0 to 100%: the share done in the first colour, the rest as a pale track. */
    private static JFreeChart progress(ChartRows rows, RenderContext ctx) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String done = rows.series().isEmpty() ? "" : rows.series().get(0).label();
        String rest = ctx.messages().get("chart.remaining");
        for (int c = 0; c < rows.size(); c++) {
            double share = rows.value(0, c).map(BigDecimal::doubleValue).orElse(0d);
            double shown = Math.max(0, Math.min(100, share));
            data.addValue(shown, done, rows.categories().get(c));
            data.addValue(100 - shown, rest, rows.categories().get(c));
        }
        StackedBarRenderer renderer = (StackedBarRenderer) bars(new StackedBarRenderer());
        renderer.setSeriesPaint(0, Palette.series(0));
        renderer.setSeriesPaint(1, Palette.color(Palette.TRACK));
        // The share is written inside the fill (white) when it is wide enough, else on the track (dark text).
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesItemLabelGenerator(s, new ShareLabels(rows, ctx, s == 0));
            renderer.setSeriesItemLabelsVisible(s, true);
            renderer.setSeriesItemLabelFont(s, ChartStyle.VALUE);
        }
        renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        renderer.setSeriesItemLabelPaint(1, ChartStyle.TEXT);
        renderer.setSeriesPositiveItemLabelPosition(0, new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        renderer.setSeriesPositiveItemLabelPosition(1, new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
        NumberFormat percent = new NumberText(ctx.formats()::percent);
        JFreeChart chart = plot(data, renderer, true, percent, false, 0);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setRange(0, 100);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(25, percent));
        return chart;
    }

    private static DefaultCategoryDataset dataset(ChartRows rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < rows.series().size(); s++) {
            for (int c = 0; c < rows.size(); c++) {
                data.addValue(rows.value(s, c).orElse(null), rows.series().get(s).label(), rows.categories().get(c));
            }
        }
        return data;
    }

    /** The share as computed (it may pass 100%): on the fill from half way, on the track below that. */
    private record ShareLabels(ChartRows rows, RenderContext ctx, boolean onFill) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return rows.value(0, column).filter(v -> onFill == v.compareTo(BigDecimal.valueOf(50)) >= 0)
                    .map(ctx.formats()::percent).orElse("");
        }
    }
}
