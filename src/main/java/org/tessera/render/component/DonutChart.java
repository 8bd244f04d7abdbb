package org.tessera.render.component;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.DefaultPieDataset;
import org.tessera.model.Column;
import org.tessera.render.RenderContext;

/**
 * A donut of the first value column: one section per row, taking the palette's colours in order. Past the palette's
 * colours the smallest rows are summed as "Other" in the neutral grey, so no two sections share a colour; the total
 * sits in the middle.
 */
final class DonutChart {

    private DonutChart() {
    }

    static JFreeChart create(ChartRows rows, RenderContext ctx, boolean narrow) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        RingPlot plot = new RingPlot(data);
        List<BigDecimal> values = IntStream.range(0, rows.size()).mapToObj(c -> rows.series().isEmpty() ? BigDecimal.ZERO
                : rows.value(0, c).orElse(BigDecimal.ZERO).max(BigDecimal.ZERO)).toList();
        List<Integer> named = ChartRows.kept(values, Palette.SERIES.size());
        BigDecimal other = BigDecimal.ZERO;
        for (int c = 0; c < rows.size(); c++) {
            if (named.contains(c)) {
                data.setValue(rows.categories().get(c), values.get(c));
                plot.setSectionPaint(rows.categories().get(c), Palette.series(named.indexOf(c)));
            } else {
                other = other.add(values.get(c));
            }
        }
        if (named.size() < rows.size()) {
            String key = ctx.messages().get("chart.other");
            data.setValue(key, other);
            plot.setSectionPaint(key, Palette.color(Palette.NEUTRAL));
        }
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Column column = rows.series().isEmpty() ? rows.category() : rows.series().get(0);
        NumberFormat compact = new NumberText(v -> CellText.compact(column, v, ctx.formats()));
        NumberFormat percent = NumberFormat.getPercentInstance(ctx.formats().locale());
        StandardPieSectionLabelGenerator labels = new StandardPieSectionLabelGenerator("{0}: {2}", compact, percent);
        if (narrow) {
            plot.setLabelGenerator(null); // no room for labels around the ring: a legend under it
            plot.setLegendLabelGenerator(labels);
        } else {
            plot.setLabelGenerator(labels);
        }
        plot.setLabelFont(ChartStyle.LABEL);
        plot.setLabelPaint(ChartStyle.TEXT);
        plot.setLabelBackgroundPaint(null);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkPaint(ChartStyle.TEXT);
        plot.setShadowPaint(null);
        plot.setSectionDepth(0.38);
        plot.setSeparatorsVisible(false);
        // White gaps between sections: neighbours stay apart whatever the reader's colour vision.
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(2f));
        plot.setSectionOutlinesVisible(true);
        plot.setCenterTextMode(CenterTextMode.FIXED);
        plot.setCenterText(CellText.compact(column, total, ctx.formats()));
        plot.setCenterTextFont(ChartStyle.VALUE.deriveFont(18f));
        plot.setCenterTextColor(ChartStyle.TEXT);
        plot.setInteriorGap(0.08);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        JFreeChart chart = ChartStyle.chart(plot, narrow);
        if (narrow) {
            chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        }
        return chart;
    }
}
