package org.tessera.render.component;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tessera.model.Chart;
import org.tessera.model.Dataset;
import org.tessera.render.Formats;
import org.tessera.render.Messages;
import org.tessera.render.RenderContext;
import org.tessera.resolve.Figures;

/**
 * The charts of one build, each drawn once per width: a chart stands on its story's page, on a page of its own and in
 * its SVG download, drawn alike each time, and drawing is most of what a chart costs. Pages render on all cores, so
 * this is safe to share between threads; it belongs to one build (one renderer), never to the next.
 *
 * <p>A drawing is what its chart block, its dataset, its width and its page's words, formats, figures and series
 * colours make it; the SVG is written under each page's own id ({@link SvgWriter.Svg#as}). The interface words the
 * drawing read are read again for every page that shows it, so each page still records the words it shows.
 */
public final class ChartDrawings {

    /** A chart drawn at one width: what its figure shows around the SVG, and the SVG to write under any id. */
    public record Drawing(String title, String description, ChartRows rows, int height, SvgWriter.Svg svg) {

        /** The SVG element under the page-unique {@code id}. */
        public String svg(String id) {
            return svg.as(id, title, description);
        }
    }

    /** A drawing as kept between the pages that show it (the SVG packed small), and the words it read. */
    private record Made(String title, String description, ChartRows rows, int height, SvgWriter.Packed svg, Set<String> words) {

        Drawing drawing() {
            return new Drawing(title, description, rows, height, svg.svg());
        }
    }

    private final Map<Key, Made> made = new ConcurrentHashMap<>();

    /**
     * Draws a small chart and forgets it. In a fresh JVM, JFreeChart takes about a tenth of a second to set up (its
     * classes, the fonts it measures text with): a build that will draw only a chart or two, as a partial build does,
     * has this done on a thread of its own as it starts, on a core that would otherwise wait.
     */
    public static void warmUp() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "a", "b");
        data.addValue(2, "c", "b");
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(), new StackedBarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        SvgWriter.draw(ChartStyle.chart(plot, true), 320, 200).packed();
    }

    /** The chart drawn {@code width} wide for the page of {@code ctx}, drawn now unless drawn before; kept for later pages. */
    public Drawing drawing(Chart chart, Dataset data, RenderContext ctx, int width) {
        return replayed(made.computeIfAbsent(Key.of(chart, data, ctx, width), k -> draw(chart, data, ctx, width)), ctx);
    }

    /**
     * The drawing for the last page that shows it (a chart's own page for the narrow drawing, its SVG download for the
     * wide one): no longer kept, so that a build of 10,000 charts does not hold them all. A page that asks sooner or
     * later than expected only draws the chart again.
     */
    public Drawing lastDrawing(Chart chart, Dataset data, RenderContext ctx, int width) {
        Made kept = made.remove(Key.of(chart, data, ctx, width));
        return replayed(kept != null ? kept : draw(chart, data, ctx, width), ctx);
    }

    private static Made draw(Chart chart, Dataset data, RenderContext ctx, int width) {
        Set<String> words = new HashSet<>();
        // Drawing reads words too: the value labels are figures written in the page's language ("4.2 million").
        Made made = ctx.messages().recording(words, () -> {
            BuiltChart built = ChartBuilder.build(chart, data, ctx, width);
            int height = built.height(width);
            return new Made(built.title(), built.description(), built.rows(), height,
                    SvgWriter.draw(built.chart(), width, height).packed(), words);
        });
        return new Made(made.title(), made.description(), made.rows(), made.height(), made.svg(), Set.copyOf(words));
    }

    private static Drawing replayed(Made made, RenderContext ctx) {
        made.words().forEach(ctx.messages()::get);
        return made.drawing();
    }

    /**
     * Everything a drawing depends on. The dataset, words, formats and figures are the build's own objects, compared
     * by identity (a dataset's rows would be slow to hash); the chart block and the series colours by value.
     */
    private record Key(Chart chart, Dataset data, int width, Messages messages, Formats formats, Figures figures,
                       SeriesColours colours) {

        static Key of(Chart chart, Dataset data, RenderContext ctx, int width) {
            return new Key(chart, data, width, ctx.messages(), ctx.formats(), ctx.figures(), ctx.colours());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && chart.equals(k.chart) && data == k.data && width == k.width
                    && messages == k.messages && formats == k.formats && figures == k.figures && colours.equals(k.colours);
        }

        @Override
        public int hashCode() {
            return Objects.hash(chart, System.identityHashCode(data), width, System.identityHashCode(messages),
                    System.identityHashCode(formats), System.identityHashCode(figures), colours);
        }
    }
}
