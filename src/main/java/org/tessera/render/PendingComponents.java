package org.tessera.render;

import org.tessera.model.Chart;
import org.tessera.model.Component;
import org.tessera.model.Table;

/** A clearly marked stand-in for components until they are drawn: names the kind and the dataset. */
public final class PendingComponents implements ComponentRenderer {

    @Override
    public String render(Component component, RenderContext context) {
        String kind;
        String data;
        if (component instanceof Chart chart) {
            kind = "chart";
            data = chart.data();
        } else if (component instanceof Table table) {
            kind = "table";
            data = table.data();
        } else {
            kind = "tiles";
            data = "indicators";
        }
        String text = context.messages().format("component.pending", kind, data);
        return "<p class=\"component-pending\">" + Html.escape(text) + " <a href=\"" + context.root() + "data/\">"
                + Html.escape(context.messages().get("nav.data")) + "</a></p>";
    }
}
