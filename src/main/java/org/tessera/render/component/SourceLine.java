package org.tessera.render.component;

import org.tessera.model.Dataset;
import org.tessera.model.SitePaths;
import org.tessera.model.Source;
import org.tessera.render.Html;
import org.tessera.render.RenderContext;

/** "Source: Migration MPTF, as of January 2024 · Data (CSV)": where a figure comes from, and its data file. */
public final class SourceLine {

    private SourceLine() {
    }

    /** The HTML of the line, links relative to the page ({@code ctx.root()}). */
    public static String html(Dataset data, RenderContext ctx) {
        StringBuilder html = new StringBuilder();
        String source = text(data.source(), ctx);
        if (!source.isEmpty()) {
            html.append(Html.escape(ctx.messages().format("chart.source", source))).append(" · ");
        }
        return html.append("<a href=\"").append(Html.escape(csvHref(data, ctx))).append("\">")
                .append(Html.escape(ctx.messages().format("chart.csv", data.name() + ".csv"))).append("</a>").toString();
    }

    /** Publisher and as-of date as plain text, e.g. for a brochure's footnote. */
    public static String text(Source source, RenderContext ctx) {
        String asOf = source.asOf().map(a -> ctx.messages().format("data.as_of", ctx.formats().asOf(a))).orElse("");
        if (source.publisher().isBlank()) {
            return asOf;
        }
        return asOf.isEmpty() ? source.publisher() : source.publisher() + ", " + asOf;
    }

    public static String csvHref(Dataset data, RenderContext ctx) {
        return ctx.siteRoot() + SitePaths.dataset(data.name(), "csv");
    }
}
