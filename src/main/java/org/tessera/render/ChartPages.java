package org.tessera.render;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tessera.model.Chart;
import org.tessera.model.ChartPage;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.SitePaths;
import org.tessera.render.component.ChartDownloads;
import org.tessera.render.component.ChartDrawings;
import org.tessera.render.component.ChartRenderer;

/**
 * Each chart of a story on a page of its own, to share or embed: the chart with its data table and source line, its
 * downloads, and the code that embeds it in another site in a frame that takes the chart's height.
 */
final class ChartPages {

    /** What a frame shows around the chart drawn wide, before the chart page tells it its height: title, source, data. */
    private static final int FRAME_MARGIN = 200;

    private final Edition edition;
    private final Map<String, ChartPage> byId = new LinkedHashMap<>();
    /** By the very block of the story: two blocks with the same settings are two charts. */
    private final Map<Chart, String> ids = new IdentityHashMap<>();
    /** The title of each page that holds charts, by its path: a programme's first, as the plan gives programmes first. */
    private final Map<String, String> titles = new java.util.HashMap<>();
    /** Each chart drawn once for its story's page, its own page and its download. */
    private final ChartDrawings drawings = new ChartDrawings();

    ChartPages(Edition edition) {
        this.edition = edition;
        for (ChartPage chart : ChartPage.of(edition)) {
            byId.put(chart.id(), chart);
            ids.put(chart.chart(), chart.id());
        }
        edition.programmes().forEach(p -> titles.putIfAbsent(SitePaths.programme(p.id()), p.title()));
        edition.pages().forEach(p -> titles.putIfAbsent(SitePaths.page(p.slug()), p.title()));
    }

    /**
     * A chart of a story as its page shows it: the figure, drawn in this build's {@link ChartDrawings} (else by
     * {@code components}, which tells an unknown dataset), and the link to its own page.
     */
    String inStory(Chart chart, RenderContext ctx, ComponentRenderer components) {
        Dataset data = edition.datasets().get(chart.data());
        return (data == null ? components.render(chart, ctx) : ChartRenderer.render(chart, data, ctx, drawings)) + shareLink(chart, ctx);
    }

    /** The link under a chart of a story to its own page; nothing for a chart that has none. */
    private String shareLink(Chart chart, RenderContext ctx) {
        String id = ids.get(chart);
        return id == null ? "" : "<p class=\"chart__share\"><a href=\"" + Html.escape(ctx.root() + SitePaths.chart(id)) + "\">"
                + Html.escape(ctx.messages().get("chart.share_link")) + "</a></p>\n";
    }

    /** The title of each chart, by id: what the search finds a chart page by. */
    Map<String, String> titles(RenderContext ctx) {
        Map<String, String> titles = new LinkedHashMap<>();
        byId.forEach((id, c) -> titles.put(id, ChartDownloads.title(c.chart(), data(c), ctx)));
        return titles;
    }

    /** What chart.peb shows of the chart {@code id}, on a page whose context is {@code page}. */
    Map<String, Object> view(String id, RenderContext page) {
        ChartPage chart = byId.get(id);
        RenderContext ctx = page.forStory(chart.story());
        Dataset data = data(chart);
        ChartRenderer.Alone figure = ChartRenderer.alone(chart.chart(), data, ctx, "chart-" + id, drawings);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", figure.title());
        view.put("figure", figure.html());
        view.put("from", Map.of("href", ctx.root() + chart.page(), "title", holderTitle(chart)));
        view.put("downloads", List.of(Map.of("href", SitePaths.chartFile(id, "svg").substring(SitePaths.chart(id).length()), "label", "SVG"),
                Map.of("href", SitePaths.chartFile(id, "csv").substring(SitePaths.chart(id).length()), "label", "CSV")));
        view.put("embed", embedCode(id, figure.title(), figure.height() + FRAME_MARGIN, ctx));
        return view;
    }

    byte[] svg(String id, RenderContext ctx) {
        ChartPage chart = byId.get(id);
        return ChartDownloads.svg(chart.chart(), data(chart), ctx.forStory(chart.story()), "chart-" + id, drawings);
    }

    byte[] csv(String id, RenderContext ctx) {
        ChartPage chart = byId.get(id);
        return ChartDownloads.csv(chart.chart(), data(chart), ctx);
    }

    /**
     * The code another site pastes: a frame showing the chart's page at the edition's address (absolute where
     * base_url names a host), and a few lines that set the frame's height to what the chart page reports.
     */
    private String embedCode(String id, String title, int height, RenderContext ctx) {
        String path = ctx.languageFolder() + SitePaths.chart(id);
        String src = edition.site().absoluteUrl().map(u -> u + path).orElse(edition.site().basePath() + path);
        return "<iframe src=\"" + Html.escape(src) + "\" title=\"" + Html.escape(title) + "\" width=\"100%\" height=\"" + height
                + "\" style=\"border:0;width:100%\" loading=\"lazy\" data-tessera-chart></iframe>\n"
                + "<script>window.addEventListener(\"message\",function(e){var d=e.data;if(!d||d.tessera!==\"chart-height\")return;"
                + "document.querySelectorAll(\"iframe[data-tessera-chart]\").forEach(function(f){"
                + "if(f.contentWindow===e.source)f.style.height=d.height+\"px\";});});</script>";
    }

    /** The title of the page a chart stands on: found once for all charts (an edition may have 10,000 programmes). */
    private String holderTitle(ChartPage chart) {
        return titles.getOrDefault(chart.page(), "");
    }

    private Dataset data(ChartPage chart) {
        return edition.datasets().get(chart.chart().data());
    }
}
