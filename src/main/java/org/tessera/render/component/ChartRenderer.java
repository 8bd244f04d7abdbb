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

    public static String render(Chart chart, Dataset data, RenderContext ctx) {
        return render(ChartBuilder.build(chart, data, ctx, WIDE), chart, data, ctx,
                "chart-" + chart.id().orElse(chart.data() + (chart.at().line() > 0 ? "-" + chart.at().line() : "")), false);
    }

    /** A chart on a page of its own: the figure, its title, and the height of the chart drawn wide. */
    public record Alone(String html, String title, int height) {
    }

    /** The chart on a page of its own, anchored at {@code id}: its data table shown, not folded away. */
    public static Alone alone(Chart chart, Dataset data, RenderContext ctx, String id) {
        BuiltChart built = ChartBuilder.build(chart, data, ctx, WIDE);
        return new Alone(render(built, chart, data, ctx, id, true), built.title(), built.height(WIDE));
    }

    private static String render(BuiltChart built, Chart chart, Dataset data, RenderContext ctx, String id, boolean tableShown) {
        String type = chart.type().name().toLowerCase(Locale.ROOT);
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"chart chart--").append(type).append("\" id=\"").append(id).append("\">\n");
        html.append("<figcaption class=\"chart__title\">").append(Html.escape(built.title())).append("</figcaption>\n");
        svg(html, built, id + "-wide", WIDE, "wide");
        svg(html, ChartBuilder.build(chart, data, ctx, NARROW), id + "-narrow", NARROW, "narrow");
        html.append("<details class=\"chart__data\"").append(tableShown ? " open" : "").append("><summary>").append(Html.escape(ctx.messages().get("chart.data")))
                .append("</summary>\n").append(table(built, data, ctx)).append("</details>\n");
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

    private static void svg(StringBuilder html, BuiltChart built, String id, int width, String layout) {
        html.append("<div class=\"chart__svg chart__svg--").append(layout).append("\">")
                .append(SvgWriter.write(built.chart(), width, built.height(width), id, built.title(), built.description()))
                .append("</div>\n");
    }

    /**
     * The chart's figures as a table: one row per category, one column per series. A money series names its
     * currency once, in its header, unless the dataset gives each row its own ({@link Currencies#COLUMN}).
     */
    static String table(BuiltChart built, Dataset data, RenderContext ctx) {
        boolean ownCurrencies = data.columnIndex(Currencies.COLUMN).isPresent();
        ChartRows rows = built.rows();
        StringBuilder html = new StringBuilder("<div class=\"table-scroll\"><table class=\"data\">\n<caption class=\"visually-hidden\">")
                .append(Html.escape(built.title())).append("</caption>\n<thead><tr><th scope=\"col\">")
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
