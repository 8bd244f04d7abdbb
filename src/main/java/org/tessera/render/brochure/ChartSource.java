package org.tessera.render.brochure;

import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.tessera.model.Chart;
import org.tessera.render.RenderContext;

/**
 * Builds the drawing of a chart component, which the PDF draws as vectors with real text. The seam where the
 * site's chart renderer plugs in, so the web page and the brochure show the same chart.
 */
@FunctionalInterface
public interface ChartSource {

    /** The chart, or empty when its data cannot be drawn (the checks have already said why). */
    Optional<JFreeChart> chart(Chart chart, RenderContext context);
}
