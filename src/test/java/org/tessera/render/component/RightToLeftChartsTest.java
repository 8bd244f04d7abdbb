package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

/**
 * Column, line and donut charts of an Arabic edition, as drawn in their SVG: read from the right. The first year is
 * the rightmost category, the value axis stands on the right, the legend starts at the right with the first series,
 * side-by-side columns put the first series on the right of their group, and the donut runs anticlockwise from the top.
 */
class RightToLeftChartsTest {

    private static final Pattern TEXT = Pattern.compile("<text x='([-\\d.]+)' y='([-\\d.]+)'[^>]*>([^<]*)</text>");
    /** A column: drawn in the plot's clip, unlike the backgrounds. */
    private static final Pattern BAR = Pattern.compile("<rect x='([-\\d.]+)' y='[-\\d.]+' width='[-\\d.]+' height='([-\\d.]+)' "
            + "style='fill:rgb\\([\\d,]+\\)' clip-path='url\\(#chart-charts-1-clip-1\\)'");

    @TempDir
    static Path dir;
    private static String column;
    private static String line;
    private static String donut;

    @BeforeAll
    static void buildArabicCharts() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("language: ar\n")
                .file("content/data/years.csv", "year,women,men\n2021,100,80\n2022,150,120\n2023,300,200\n")
                .file("content/data/years.yml", """
                        title: المستفيدون
                        columns:
                          year: {label: السنة}
                          women: {type: integer, label: النساء}
                          men: {type: integer, label: الرجال}
                        """)
                .page("charts", "```chart\ntype: column\ndata: years\nx: year\ny: [women, men]\n```\n\n"
                        + "```chart\ntype: line\ndata: years\nx: year\ny: [women, men]\n```\n\n"
                        + "```chart\ntype: donut\ndata: years\nx: year\ny: women\n```\n").build();
        column = Files.readString(edition.output().resolve("charts/charts-1/charts-1.svg"));
        line = Files.readString(edition.output().resolve("charts/charts-2/charts-2.svg"));
        donut = Files.readString(edition.output().resolve("charts/charts-3/charts-3.svg"));
    }

    @Test
    void the_first_category_of_a_column_chart_is_the_rightmost() {
        assertTrue(x(column, "2021") > x(column, "2022") && x(column, "2022") > x(column, "2023"), texts(column));
    }

    @Test
    void the_first_category_of_a_line_chart_is_the_rightmost() {
        assertTrue(x(line, "2021") > x(line, "2023"), texts(line));
    }

    @Test
    void the_value_axis_stands_on_the_right() {
        for (String svg : List.of(column, line)) {
            assertTrue(x(svg, "300") > x(svg, "2021"), "the top tick right of the rightmost category: " + texts(svg));
        }
    }

    @Test
    void the_legend_starts_at_the_right_with_the_first_series() {
        assertTrue(x(column, "\u2067النساء\u2069") > x(column, "\u2067الرجال\u2069"), texts(column));
        assertTrue(x(line, "\u2067النساء\u2069") > x(line, "\u2067الرجال\u2069"), texts(line));
    }

    @Test
    void the_first_series_stands_on_the_right_of_each_group_of_columns() {
        List<double[]> bars = new ArrayList<>(); // x and height of each column
        Matcher bar = BAR.matcher(column);
        while (bar.find()) {
            bars.add(new double[] {Double.parseDouble(bar.group(1)), Double.parseDouble(bar.group(2))});
        }
        bars.sort((a, b) -> Double.compare(b[0], a[0]));
        assertTrue(bars.size() == 6 && bars.get(0)[1] > bars.get(1)[1],
                "2021: women (100) right of men (80): " + bars.stream().map(b -> b[0] + "/" + b[1]).toList());
    }

    @Test
    void the_donut_runs_anticlockwise_from_the_top() {
        double centre = x(donut, "550");
        assertTrue(x(donut, "2021: 18\u200E%\u200E") < centre, "the first section left of the top: " + texts(donut));
        assertTrue(x(donut, "2023: 55\u200E%\u200E") > centre, texts(donut));
    }

    private static double x(String svg, String text) {
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            if (m.group(3).equals(text)) {
                return Double.parseDouble(m.group(1));
            }
        }
        throw new AssertionError("no label " + text + " in " + texts(svg));
    }

    private static String texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(m.group(3) + "@" + m.group(1));
        }
        return String.join(", ", out);
    }
}
