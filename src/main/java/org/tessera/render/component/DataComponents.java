package org.tessera.render.component;

import org.tessera.model.Chart;
import org.tessera.model.Component;
import org.tessera.model.Dataset;
import org.tessera.model.Table;
import org.tessera.model.Tiles;
import org.tessera.render.ComponentRenderer;
import org.tessera.render.RenderContext;

/** The real renderer of tiles, charts and tables; each returns HTML that does not depend on the page around it. */
public final class DataComponents implements ComponentRenderer {

    @Override
    public String render(Component component, RenderContext context) {
        if (component instanceof Tiles tiles) {
            return TilesRenderer.render(tiles, context);
        }
        if (component instanceof Chart chart) {
            return ChartRenderer.render(chart, dataset(chart.data(), context), context);
        }
        Table table = (Table) component;
        return TableRenderer.render(table, dataset(table.data(), context), context);
    }

    private static Dataset dataset(String name, RenderContext context) {
        Dataset data = context.edition().datasets().get(name);
        if (data == null) {
            // The checks report an unknown dataset with its file and line before any page is rendered.
            throw new IllegalStateException("unknown dataset '" + name + "' reached rendering unchecked");
        }
        return data;
    }
}
