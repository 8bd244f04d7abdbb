package org.tessera.render.component;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The sober look every chart shares: white ground, one sans-serif, quiet gridlines, no shadows or 3D. */
final class ChartStyle {

    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font VALUE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Color TEXT = Palette.color(Palette.TEXT);
    static final Color GRID = Palette.color(Palette.GRID);

    static {
        // JFreeChart draws turned labels as glyph outlines unless told otherwise; text must stay text (SVG and PDF).
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    static JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, LABEL, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        // Room on the right for half of a last tick label centred on the edge of the plot ("100%").
        chart.setPadding(new RectangleInsets(4, 4, 4, 20));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        if (legend) {
            LegendTitle title = chart.getLegend();
            title.setItemFont(LABEL);
            title.setItemPaint(TEXT);
            title.setFrame(BlockBorder.NONE);
            title.setBackgroundPaint(Color.WHITE);
            title.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    static void categoryAxis(CategoryAxis axis, boolean horizontal) {
        axis.setTickLabelFont(LABEL);
        axis.setTickLabelPaint(TEXT);
        axis.setTickMarksVisible(false);
        axis.setAxisLinePaint(GRID);
        axis.setCategoryMargin(horizontal ? 0.25 : 0.3);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        if (horizontal) {
            axis.setMaximumCategoryLabelWidthRatio(0.42f);
            axis.setMaximumCategoryLabelLines(2);
        } else {
            axis.setMaximumCategoryLabelLines(3);
        }
    }

    static void valueAxis(NumberAxis axis, java.text.NumberFormat format) {
        axis.setTickLabelFont(LABEL);
        axis.setTickLabelPaint(TEXT);
        axis.setNumberFormatOverride(format);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setUpperMargin(0.12);
    }

    static BasicStroke gridStroke() {
        return new BasicStroke(1f);
    }
}
