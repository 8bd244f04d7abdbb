package org.tessera.render.component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.tessera.model.Chart;
import org.tessera.model.Dataset;
import org.tessera.render.RenderContext;

/**
 * A chart's downloads on its own page: the SVG as a file of its own, and a CSV of exactly the rows and series the
 * chart draws (after its filter, sort, top and grouping), numbers written plainly.
 */
public final class ChartDownloads {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private ChartDownloads() {
    }

    /** The chart's title, as its figure and its page show it. */
    public static String title(Chart chart, Dataset data, RenderContext ctx) {
        return chart.title().orElseGet(() -> ChartBuilder.defaultTitle(ChartBuilder.rows(chart, data, ctx), ctx));
    }

    /**
     * The chart drawn wide as a standalone SVG file, which needs the namespace that inline SVG goes without: the last to
     * show the wide drawing, after the chart's page.
     */
    public static byte[] svg(Chart chart, Dataset data, RenderContext ctx, String id, ChartDrawings drawings) {
        String svg = drawings.lastDrawing(chart, data, ctx, ChartRenderer.WIDE).svg(id);
        if (!svg.substring(0, svg.indexOf('>')).contains("xmlns=")) {
            svg = svg.replaceFirst("<svg", "<svg xmlns=\"" + SVG_NAMESPACE + "\"");
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One line per category the chart draws, one column per series, headed as the chart's data table is. */
    public static byte[] csv(Chart chart, Dataset data, RenderContext ctx) {
        ChartRows rows = ChartBuilder.rows(chart, data, ctx); // the rows alone: drawing the chart would only cost time
        StringBuilder csv = new StringBuilder(cell(rows.category().label()));
        rows.series().forEach(s -> csv.append(',').append(cell(s.label())));
        csv.append('\n');
        for (int c = 0; c < rows.size(); c++) {
            csv.append(cell(rows.categories().get(c)));
            for (int s = 0; s < rows.series().size(); s++) {
                csv.append(',').append(rows.value(s, c).map(ChartDownloads::plain).orElse(""));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A number as the downloads write it: plainly, without exponent, trailing zeros or grouping. */
    public static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
    private static String cell(String text) {
        return text.matches("(?s).*[,\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
