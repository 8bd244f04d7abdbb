package org.tessera.render.component;

import java.util.Locale;
import org.tessera.model.Chart;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.render.Html;
import org.tessera.render.RenderContext;

/**
 * A chart as an HTML figure: its title, the SVG drawn twice (a wide and a narrow layout, so labels stay
 * readable on phones), a "show the data" table, and the source line with a link to the CSV.
 */
public final class ChartRenderer {

    static final int WIDE = 720;
    static final int NARROW = 360;

    private ChartRenderer() {
    }

    /** The chart in its story, drawn for this figure alone (outside a build's {@link ChartDrawings}). */
    public static String render(Chart chart, Dataset data, RenderContext ctx) {
        return render(chart, data, ctx, new ChartDrawings());
    }

    /** The chart in its story, its drawings made once in {@code drawings} for every page that shows them. */
    public static String render(Chart chart, Dataset data, RenderContext ctx, ChartDrawings drawings) {
        return render(drawings.drawing(chart, data, ctx, WIDE), drawings.drawing(chart, data, ctx, NARROW), chart, data, ctx,
                "chart-" + chart.id().orElse(chart.data() + (chart.at().line() > 0 ? "-" + chart.at().line() : "")), false);
    }

    /** A chart on a page of its own: the figure, its title, and the height of the chart drawn wide. */
    public record Alone(String html, String title, int height) {
    }

    /**
     * The chart on a page of its own, anchored at {@code id}: its data table shown, not folded away. The page is the
     * last to show its narrow drawing; its SVG download comes after it for the wide one.
     */
    public static Alone alone(Chart chart, Dataset data, RenderContext ctx, String id, ChartDrawings drawings) {
        ChartDrawings.Drawing wide = drawings.drawing(chart, data, ctx, WIDE);
        return new Alone(render(wide, drawings.lastDrawing(chart, data, ctx, NARROW), chart, data, ctx, id, true), wide.title(),
                wide.height());
    }

    private static String render(ChartDrawings.Drawing wide, ChartDrawings.Drawing narrow, Chart chart, Dataset data,
                                 RenderContext ctx, String id, boolean tableShown) {
        String type = chart.type().name().toLowerCase(Locale.ROOT);
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"chart chart--").append(type).append("\" id=\"").append(id).append("\">\n");
        html.append("<figcaption class=\"chart__title\">").append(Html.escape(wide.title())).append("</figcaption>\n");
        svg(html, wide, id + "-wide", "wide");
        svg(html, narrow, id + "-narrow", "narrow");
        html.append("<details class=\"chart__data\"").append(tableShown ? " open" : "").append("><summary>").append(Html.escape(ctx.messages().get("chart.data")))
                .append("</summary>\n").append(table(wide.title(), wide.rows(), data, ctx)).append("</details>\n");
        html.append(note(chart));
        html.append("<p class=\"chart__source source-line\">").append(SourceLine.html(data, ctx)).append("</p>\n");
        return html.append("</figure>\n").toString();
    }

    private static boolean inHeader(Column column, boolean ownCurrencies) {
        return column.type() == ColumnType.MONEY && !column.currency().isEmpty() && !ownCurrencies;
    }

    /** The author's note under a chart, on the web and in print. */
    public static String note(Chart chart) {
        return chart.note().map(n -> "<p class=\"chart__note note\">" + Html.escape(n.strip()) + "</p>\n").orElse("");
    }

    private static void svg(StringBuilder html, ChartDrawings.Drawing drawing, String id, String layout) {
        html.append("<div class=\"chart__svg chart__svg--").append(layout).append("\">").append(drawing.svg(id)).append("</div>\n");
    }

    /**
     * The chart's figures as a table: one row per category, one column per series. A money series names its
     * currency once, in its header, unless the dataset gives each row its own ({@link Currencies#COLUMN}).
     */
    static String table(String title, ChartRows rows, Dataset data, RenderContext ctx) {
        boolean ownCurrencies = data.columnIndex(Currencies.COLUMN).isPresent();
        StringBuilder html = new StringBuilder("<div class=\"table-scroll\"><table class=\"data\">\n<caption class=\"visually-hidden\">")
                .append(Html.escape(title)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(Html.escape(rows.category().label())).append("</th>");
        for (Column column : rows.series()) {
            String label = inHeader(column, ownCurrencies) ? CellText.headed(column.label(), column.currency(), ctx.messages())
                    : column.label();
            html.append("<th scope=\"col\" class=\"num\">").append(Html.escape(label)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int c = 0; c < rows.size(); c++) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(rows.categories().get(c))).append("</th>");
            for (int s = 0; s < rows.series().size(); s++) {
                Column column = rows.series().get(s);
                String text = rows.value(s, c).map(v -> inHeader(column, ownCurrencies) ? CellText.money(v, "", ctx.formats())
                        : CellText.number(column, v, ctx.formats())).orElse(CellText.EMPTY);
                html.append("<td class=\"num\">").append(Html.escape(text)).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }
}
