package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tessera.TestEdition;
import org.tessera.load.EditionLoader;
import org.tessera.model.Chart;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.Problem;
import org.tessera.render.Formats;
import org.tessera.render.Messages;
import org.tessera.render.RenderContext;
import org.tessera.resolve.Resolver;

/**
 * A chart shown on its story's page, its own page and its download is drawn once per width in a build, and each
 * shows exactly what drawing it afresh shows, under its own ids; its plot is measured without drawing, exactly.
 */
class ChartDrawingsTest {

    @TempDir
    Path dir;

    private Chart chart;
    private Dataset data;
    private RenderContext ctx;

    @Test
    void a_chart_asked_for_again_in_one_build_is_the_same_drawing_until_its_last_page_takes_it() {
        load("type: column\ndata: appeal\nx: country\ny: [a1, a2, a3]\n");
        ChartDrawings drawings = new ChartDrawings();
        RenderContext storyPage = ctx.forStory(storyOfChart());
        RenderContext chartPage = ctx.atRoot("../../").forStory(storyOfChart());
        ChartRows story = drawings.drawing(chart, data, storyPage, 720).rows();
        assertSame(story, drawings.drawing(chart, data, chartPage, 720).rows(), "the chart's own page");
        assertSame(story, drawings.lastDrawing(chart, data, chartPage, 720).rows(), "the download, its last asker");
        assertNotSame(story, drawings.drawing(chart, data, storyPage, 720).rows(), "drawn again once the last asker took it");
        assertNotSame(story, drawings.drawing(chart, data, storyPage, 360).rows(), "another width is another drawing");
    }

    @Test
    void a_drawing_kept_for_several_pages_writes_each_pages_ids_byte_for_byte_as_drawing_it_afresh_would() {
        load("type: stacked\ndata: appeal\nx: country\ny: [a1, a2, a3, a4]\n");
        ChartDrawings drawings = new ChartDrawings();
        for (String id : List.of("chart-appeal-3-wide", "chart-programmes-x-1-wide", "chart-other")) {
            String kept = drawings.drawing(chart, data, ctx, 720).svg(id);
            BuiltChart fresh = ChartBuilder.build(chart, data, ctx, 720);
            assertEquals(SvgWriter.write(fresh.chart(), 720, fresh.height(720), id, fresh.title(), fresh.description()), kept);
            assertTrue(kept.startsWith("<svg id='" + id + "'"), kept.substring(0, 40));
            assertTrue(kept.contains("clipPath id='" + id + "-clip"), "the clip paths are named after the page's id");
            assertTrue(kept.contains("aria-labelledby=\"" + id + "-title " + id + "-desc\""));
            assertFalse(kept.contains("<chart-id<"), "no stand-in is left");
        }
    }

    @Test
    void every_page_that_shows_a_kept_drawing_records_the_interface_words_it_shows() {
        load("type: bar\ndata: appeal\nx: country\ny: [a1, a2, a3, a4, a5, a6, a7, a8, a9]\n");
        ChartDrawings drawings = new ChartDrawings();
        Set<String> afresh = new HashSet<>();
        ctx.messages().recording(afresh, () -> {
            BuiltChart built = ChartBuilder.build(chart, data, ctx, 720);
            return SvgWriter.write(built.chart(), 720, built.height(720), "c", built.title(), built.description());
        });
        Set<String> first = new HashSet<>();
        Set<String> second = new HashSet<>();
        ctx.messages().recording(first, () -> drawings.drawing(chart, data, ctx, 720));
        ctx.messages().recording(second, () -> drawings.drawing(chart, data, ctx, 720));
        assertTrue(afresh.containsAll(Set.of("chart.title", "number.million")), "titles and figures are made of words: " + afresh);
        assertEquals(afresh, first, "the page that drew it");
        assertEquals(afresh, second, "a page that shows it drawn before");
    }

    @Test
    void a_recording_inside_a_recording_leaves_the_outer_one_recording() {
        load("type: bar\ndata: appeal\nx: country\ny: a1\n");
        Set<String> outer = new HashSet<>();
        Set<String> inner = new HashSet<>();
        ctx.messages().recording(outer, () -> {
            ctx.messages().recording(inner, () -> ctx.messages().get("chart.other"));
            return ctx.messages().get("chart.data");
        });
        assertEquals(Set.of("chart.other"), inner);
        assertEquals(Set.of("chart.data"), outer);
    }

    @Test
    void charts_coloured_differently_are_different_drawings() {
        load("type: column\ndata: appeal\nx: country\ny: [a1, a2]\n");
        ChartDrawings drawings = new ChartDrawings();
        RenderContext coloured = ctx.forStory(storyOfChart());
        assertNotEquals(SeriesColours.NONE, coloured.colours(), "the story gives its series colours of their own");
        assertNotSame(drawings.drawing(chart, data, ctx, 720).rows(), drawings.drawing(chart, data, coloured, 720).rows());
    }

    @ParameterizedTest(name = "{0} {1} at {2} px, right to left: {3}")
    @CsvSource(delimiter = '|', value = {
            "bar      | a1                                   | 720 | false", "bar      | a1                  | 360 | true",
            "bar      | [a1, a9]                             | 720 | false", "bar      | [a1, a9]            | 360 | false",
            "column   | a1                                   | 720 | false", "column   | a1                  | 360 | true",
            "column   | [a1, a2, a3, a4, a5, a6, a7, a8, a9] | 720 | false",
            "column   | [a1, a2, a3, a4, a5, a6, a7, a8, a9] | 360 | false",
            "line     | a1                                   | 720 | false", "line     | a1                  | 360 | false",
            "stacked  | [a1, a2, a3]                         | 660 | false",
            "progress | [a1, Total]                          | 720 | false", "progress | [a1, Total]         | 360 | true"})
    void the_plot_is_measured_where_drawing_the_chart_puts_it(String type, String y, int width, boolean rightToLeft) {
        load("type: " + type + "\ndata: appeal\nx: country\ny: " + y + "\n");
        BuiltChart built = ChartBuilder.build(chart, data, ctx, width, rightToLeft);
        int height = built.height(width);
        Graphics2D measuring = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        Optional<Rectangle2D> measured = CategoryCharts.measured(built.chart(), measuring, width, height);
        Graphics2D drawing = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        built.chart().draw(drawing, new Rectangle2D.Double(0, 0, width, height), info);
        assertTrue(measured.isPresent(), "measured without drawing");
        assertEquals(info.getPlotInfo().getDataArea(), measured.get());
        assertEquals(drawing.getFontRenderContext(), measuring.getFontRenderContext(), "labels are measured alike after either");
    }

    private org.tessera.model.Story storyOfChart() {
        return ctx.edition().page("charts").orElseThrow().story();
    }

    /** The chart of a page holding only it, with the appeal's dataset, in the context its page gives it. */
    private void load(String yaml) {
        TestEdition written = Datasets.appeal(TestEdition.minimal(dir.resolve("edition")).site("language: en"))
                .page("charts", "```chart\n" + yaml + "```\n");
        EditionLoader.Loaded loaded = new EditionLoader().load(written.root());
        assertEquals(List.of(), loaded.problems().stream().filter(Problem::isError).toList());
        Edition edition = loaded.edition();
        chart = (Chart) edition.page("charts").orElseThrow().story().components().get(0);
        data = edition.datasets().get("appeal");
        Messages messages = Messages.load("en", written.root().resolve("templates"));
        ctx = new RenderContext(edition, Resolver.resolve(edition), messages, new Formats("en", messages), "");
    }
}
