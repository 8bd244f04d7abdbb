package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tessera.TestEdition;
import org.tessera.load.EditionLoader;
import org.tessera.model.Chart;
import org.tessera.model.Edition;
import org.tessera.model.Problem;
import org.tessera.render.Formats;
import org.tessera.render.Messages;
import org.tessera.render.RenderContext;
import org.tessera.resolve.Resolver;

/**
 * Every text a chart draws lies whole inside the chart, whatever the data: long category names, figures of ten and
 * eleven digits, nine series. Each chart is drawn as the website and the brochure draw it, on a Graphics2D that writes
 * down where each text's ink falls, measured with the fonts the chart was laid out with.
 */
class ChartLabelsFitTest {

    @TempDir
    Path dir;

    private static final String NINE = "[a1, a2, a3, a4, a5, a6, a7, a8, a9]";

    @ParameterizedTest(name = "{0} {1} at {2} px")
    @CsvSource(delimiter = '|', value = {
            "bar      | Total       | 720", "bar      | Total       | 360", "bar      | Total       | 660",
            "bar      | [a1, a9]    | 720", "bar      | [a1, a9]    | 360",
            "column   | Total       | 720", "column   | Total       | 360",
            "column   | " + NINE + " | 720", "column   | " + NINE + " | 360",
            "stacked  | " + NINE + " | 720", "stacked  | " + NINE + " | 360", "stacked  | " + NINE + " | 660",
            "line     | " + NINE + " | 720", "line     | " + NINE + " | 360",
            "donut    | Total       | 720", "donut    | Total       | 360", "donut    | a9          | 660",
            "progress | [a1, Total] | 720", "progress | [a1, Total] | 360"})
    void every_label_lies_whole_inside_the_chart_and_no_figure_is_shortened(String type, String y, int width) {
        BuiltChart built = build("type: " + type + "\ndata: appeal\nx: country\ny: " + y + "\nsort: desc\n", width);
        int height = built.height(width);
        RecordingGraphics g2 = RecordingGraphics.of(width, height);
        built.chart().draw(g2, new Rectangle2D.Double(0, 0, width, height));
        List<String> faults = new ArrayList<>();
        Rectangle2D chart = new Rectangle2D.Double(-0.5, -0.5, width + 1, height + 1);
        for (RecordingGraphics.DrawnText text : g2.texts()) {
            Rectangle2D ink = text.ink();
            if (!chart.contains(ink)) {
                faults.add("\"" + text.text() + "\" at " + box(ink) + " leaves the " + width + "×" + height + " chart");
            } else if (text.clip() != null && !grown(text.clip().getBounds2D()).contains(ink)) {
                faults.add("\"" + text.text() + "\" at " + box(ink) + " is clipped to " + box(text.clip().getBounds2D()));
            }
            if (text.text().matches(".*\\d.*") && (text.text().contains("...") || text.text().contains("…"))) {
                faults.add("\"" + text.text() + "\" is a shortened figure");
            }
        }
        assertTrue(g2.texts().size() > 3, "the chart draws its labels as text: " + g2.texts());
        assertEquals(List.of(), faults);
    }

    private static Rectangle2D grown(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() - 0.5, r.getY() - 0.5, r.getWidth() + 1, r.getHeight() + 1);
    }

    private static String box(Rectangle2D r) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }

    /** The chart built as the site builds it, from an edition holding only it and the appeal's dataset. */
    private BuiltChart build(String yaml, int width) {
        TestEdition written = Datasets.appeal(TestEdition.minimal(dir.resolve("edition")).site("language: en"))
                .page("charts", "```chart\n" + yaml + "```\n");
        EditionLoader.Loaded loaded = new EditionLoader().load(written.root());
        assertEquals(List.of(), loaded.problems().stream().filter(Problem::isError).toList());
        Edition edition = loaded.edition();
        Chart chart = (Chart) edition.page("charts").orElseThrow().story().components().get(0);
        Messages messages = Messages.load("en", written.root().resolve("templates"));
        RenderContext ctx = new RenderContext(edition, Resolver.resolve(edition), messages, new Formats("en", messages), "");
        return ChartBuilder.build(chart, edition.datasets().get("appeal"), ctx, width);
    }
}
