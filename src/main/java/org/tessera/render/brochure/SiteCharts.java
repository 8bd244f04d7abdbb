package org.tessera.render.brochure;

import java.util.Optional;
import org.tessera.model.Chart;
import org.tessera.model.Dataset;
import org.tessera.render.RenderContext;
import org.tessera.render.component.BuiltChart;
import org.tessera.render.component.ChartBuilder;

/** The site's own charts ({@link ChartBuilder}), drawn into brochures: the same chart objects as the SVG on the web pages. */
public final class SiteCharts implements ChartSource {

    @Override
    public Optional<Drawing> chart(Chart chart, RenderContext context, int width) {
        Dataset data = context.edition().datasets().get(chart.data());
        if (data == null) {
            return Optional.empty(); // the checks name the unknown dataset before anything is rendered
        }
        // Mirrored, where its text runs right to left, when it is drawn (ChartObjects).
        BuiltChart built = ChartBuilder.build(chart, data, context, width, false);
        return Optional.of(new Drawing(built.chart(), built.title(), built.description(), built.height(width)));
    }
}
