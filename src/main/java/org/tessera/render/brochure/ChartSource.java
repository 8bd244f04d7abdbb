package org.tessera.render.brochure;

import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.tessera.model.Chart;
import org.tessera.render.RenderContext;

/**
 * Builds the drawing of a chart component, which the PDF draws as vectors with real text. The seam where the
 * site's chart builder plugs in ({@link SiteCharts}), so the web page and the brochure show the same chart.
 */
@FunctionalInterface
public interface ChartSource {

    /** The chart laid out for {@code width} CSS pixels, or empty when its data cannot be drawn. */
    Optional<Drawing> chart(Chart chart, RenderContext context, int width);

    /**
     * A chart ready to draw, with what a reader who cannot see it hears, and the height that suits it.
     *
     * @param height in CSS pixels, for the width asked for
     */
    record Drawing(JFreeChart chart, String title, String description, int height) {
    }
}
