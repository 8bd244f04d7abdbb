package org.tessera.render.component;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategorySeriesLabelGenerator;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.PieDataset;

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

    /**
     * Breaks long legend labels into lines that fit the chart {@code width} wide: the chart library sets each legend
     * item on one line, however long, and a programmatic area's name can be longer than a phone's screen.
     */
    static void wrapLegend(JFreeChart chart, int width) {
        if (chart.getLegend() == null) {
            return;
        }
        int room = width - 64; // the chart's padding, the swatch and the label's own padding
        if (chart.getPlot() instanceof CategoryPlot plot && plot.getRenderer() instanceof AbstractCategoryItemRenderer renderer) {
            CategorySeriesLabelGenerator labels = renderer.getLegendItemLabelGenerator();
            renderer.setLegendItemLabelGenerator((data, series) -> wrap(labels.generateLabel(data, series), room));
        } else if (chart.getPlot() instanceof PiePlot<?> pie) {
            PieSectionLabelGenerator labels = pie.getLegendLabelGenerator();
            pie.setLegendLabelGenerator(new PieSectionLabelGenerator() {
                @Override
                public String generateSectionLabel(PieDataset data, Comparable key) {
                    return wrap(labels.generateSectionLabel(data, key), room);
                }

                @Override
                public AttributedString generateAttributedSectionLabel(PieDataset data, Comparable key) {
                    return null;
                }
            });
        }
    }

    /** {@code text} in lines at most {@code width} wide where its words allow, measured in the label font. */
    static String wrap(String text, int width) {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics metrics = g2.getFontMetrics(LABEL);
        g2.dispose();
        StringBuilder lines = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && metrics.stringWidth(line + " " + word) > width) {
                lines.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return lines.append(line).toString();
    }

    static BasicStroke gridStroke() {
        return new BasicStroke(1f);
    }
}
