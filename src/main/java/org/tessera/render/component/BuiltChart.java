package org.tessera.render.component;

import org.jfree.chart.JFreeChart;
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
        int legend = series > 1 ? 32 : 0;
        return switch (type) {
            case BAR -> n * (32 + 14 * (series - 1)) + 56 + legend;
            case STACKED -> n * 32 + 56 + legend;
            case PROGRESS -> n * 32 + 48;
            case DONUT -> width < ChartBuilder.NARROW ? width + 22 * Math.min(n, Palette.SERIES.size()) : (int) (width * 0.5);
            default -> Math.max(240, Math.min(420, (int) (width * 0.55))) + legend;
        };
    }
}
