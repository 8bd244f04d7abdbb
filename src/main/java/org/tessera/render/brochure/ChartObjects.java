package org.tessera.render.brochure;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jfree.chart.JFreeChart;
import org.tessera.model.Chart;
import org.tessera.model.Component;
import org.tessera.model.Dataset;
import org.tessera.model.Row;
import org.tessera.render.ComponentRenderer;
import org.tessera.render.Html;
import org.tessera.render.RenderContext;

/**
 * Charts in the PDF: each chart becomes an {@code <object>} that the PDF engine hands back to be drawn straight
 * into the page as vectors, so its labels stay real text in the embedded font (an inline SVG would turn them
 * into glyph outlines). Tiles and tables go to the site's component renderer unchanged.
 */
final class ChartObjects implements ComponentRenderer, FSObjectDrawerFactory {

    static final String TYPE = "application/x-tessera-chart";
    private static final int DESCRIBED_ROWS = 12;

    private record Placed(Chart chart, RenderContext ctx) {
    }

    private final ComponentRenderer site;
    private final ChartSource source;
    private final ChartFonts fonts;
    private final List<Placed> placed = new ArrayList<>();

    ChartObjects(ComponentRenderer site, ChartSource source, ChartFonts fonts) {
        this.site = site;
        this.source = source;
        this.fonts = fonts;
    }

    @Override
    public String render(Component component, RenderContext ctx) {
        if (!(component instanceof Chart chart)) {
            return site.render(component, ctx);
        }
        placed.add(new Placed(chart, ctx));
        String description = Html.escape(describe(chart, ctx));
        String caption = chart.title().map(t -> "<p class=\"b-chart__caption\">" + Html.escape(t) + "</p>").orElse("");
        return "<div class=\"b-chart\"><object class=\"b-chart__drawing\" type=\"" + TYPE + "\" data-chart=\""
                + (placed.size() - 1) + "\" alt=\"" + description + "\" title=\"" + description + "\"></object>"
                + caption + "</div>";
    }

    @Override
    public boolean isReplacedObject(org.w3c.dom.Element e) {
        return TYPE.equals(e.getAttribute("type"));
    }

    @Override
    public FSObjectDrawer createDrawer(org.w3c.dom.Element e) {
        if (!isReplacedObject(e)) {
            return null;
        }
        Placed chart = placed.get(Integer.parseInt(e.getAttribute("data-chart")));
        return (element, x, y, width, height, device, context, dotsPerPixel) -> {
            source.chart(chart.chart(), chart.ctx()).ifPresent(drawing -> {
                prepare(drawing);
                float w = (float) width / dotsPerPixel;
                float h = (float) height / dotsPerPixel;
                device.drawWithGraphics((float) x, (float) y, w, h, g -> drawing.draw(g, new Rectangle2D.Double(0, 0, w, h)));
            });
            return null;
        };
    }

    /** The caption under the drawing carries the title as text, so the drawing leaves it out. */
    private void prepare(JFreeChart drawing) {
        drawing.setTitle((String) null);
        drawing.setAntiAlias(true);
        fonts.apply(drawing);
    }

    /** What a screen reader says for the chart: its title and the figures it shows. */
    static String describe(Chart chart, RenderContext ctx) {
        StringJoiner text = new StringJoiner("; ", chart.title().map(t -> t + ": ").orElse(""), "");
        Dataset data = ctx.edition().datasets().get(chart.data());
        if (data == null || data.columnIndex(chart.x()).isEmpty()
                || chart.y().stream().anyMatch(y -> data.columnIndex(y).isEmpty())) {
            return chart.title().orElse(chart.data());
        }
        int x = data.columnIndex(chart.x()).get();
        List<Row> rows = SimpleCharts.rows(chart, data);
        for (Row row : rows.subList(0, Math.min(DESCRIBED_ROWS, rows.size()))) {
            StringJoiner values = new StringJoiner(", ");
            for (String y : chart.y()) {
                data.columnIndex(y).flatMap(i -> i < row.cells().size() ? row.cell(i).number() : java.util.Optional.empty())
                        .ifPresent(v -> values.add(ctx.formats().number(v)));
            }
            text.add(row.cell(x).text() + " " + values);
        }
        if (rows.size() > DESCRIBED_ROWS) {
            text.add("…");
        }
        return text.toString();
    }
}
