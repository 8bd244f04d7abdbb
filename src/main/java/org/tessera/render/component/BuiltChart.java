package org.tessera.render.component;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.tessera.model.Chart;

/**
 * A chart ready to draw on any Graphics2D (SVG for the website, PDF for brochures), with what a reader who
 * cannot see it needs: its title, a description and the rows behind it.
 */
public record BuiltChart(Chart.Type type, JFreeChart chart, ChartRows rows, String title, String description) {

    /** The height that suits this chart drawn {@code width} wide: bars get a steady thickness, whatever their number. */
    public int height(int width) {
        int n = Math.max(1, rows.size());
        int series = rows.series().size();
        int legend = type == Chart.Type.DONUT ? 0 : legendHeight(width);
        return switch (type) {
            case BAR -> n * (32 + 14 * (Math.min(series, Palette.SERIES.size()) - 1)) + 56 + legend;
            case STACKED -> n * 32 + 56 + legend;
            case PROGRESS -> n * 32 + 48;
            case DONUT -> width < ChartBuilder.NARROW ? width + 22 * Math.min(n, Palette.SERIES.size()) : (int) (width * 0.5);
            default -> Math.max(240, Math.min(420, (int) (width * 0.55))) + legend;
        };
    }

    /** The legend's height as laid out over {@code width}: nine long series names take several lines on a phone. */
    private int legendHeight(int width) {
        LegendTitle legend = chart.getLegend();
        if (legend == null) {
            return 0;
        }
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        double height = legend.arrange(g2, new RectangleConstraint(width - 24.0, new org.jfree.data.Range(0, Double.MAX_VALUE))).getHeight();
        g2.dispose();
        return (int) Math.ceil(height) + 8;
    }
}
