package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

/** Every chart of a built page gives each series a colour of its own, and a series keeps its colour from chart to chart. */
class ChartColoursTest {

    private static final Pattern FILL = Pattern.compile("fill:\\s*(rgb\\([^)]*\\))");
    private static final String NINE = "[a1, a2, a3, a4, a5, a6, a7, a8, a9]";

    @TempDir
    static Path dir;
    static Document page;

    @BeforeAll
    static void build() {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("language: en");
        Datasets.reached(Datasets.appeal(edition)).file("content/data/survey.csv", "year,Total,Men,Women\n2022,10,4,6\n2023,12,5,7\n");
        StringBuilder charts = new StringBuilder();
        for (String chart : List.of("stacked\ndata: appeal\nx: country\ny: " + NINE + "\nsort: desc",
                "line\ndata: appeal\nx: country\ny: " + NINE, "column\ndata: appeal\nx: country\ny: " + NINE,
                "bar\ndata: appeal\nx: country\ny: [a1, a9]", "stacked\ndata: appeal\nx: country\ny: [a1, a2, a3]",
                "stacked\ndata: reached\nx: year\ny: [women, men]", "line\ndata: reached\nx: year\ny: [men, women]",
                "column\ndata: reached\nx: year\ny: [men, Total]",
                // Another dataset with Women and Men in other places: they keep the colours the page gave them.
                "stacked\ndata: survey\nx: year\ny: [Men, Women]")) {
            charts.append("```chart\ntype: ").append(chart).append("\n```\n\n");
        }
        page = edition.page("charts", charts.toString()).build().html("charts/");
    }

    @Test
    void every_legend_item_of_every_chart_has_its_own_colour() {
        List<Element> svgs = page.select("figure.chart svg");
        assertEquals(18, svgs.size(), "nine charts, each in a wide and a narrow layout");
        for (Element svg : svgs) {
            Map<String, String> legend = legend(svg);
            assertTrue(legend.size() >= 2, "a legend with the series: " + legend);
            assertEquals(legend.size(), new HashSet<>(legend.values()).size(), svg.id() + " repeats a colour: " + legend);
        }
    }

    @Test
    void nine_series_draw_eight_colours_and_the_grey_of_other_wide_and_narrow() {
        for (Element svg : page.selectFirst("figure.chart").select("svg")) {
            Map<String, String> legend = legend(svg);
            assertEquals(8, legend.size(), legend.toString());
            assertEquals(rgb(Palette.NEUTRAL), legend.get("Other"));
        }
    }

    @Test
    void a_series_has_the_same_colour_in_every_chart_of_the_page() {
        Map<String, Set<String>> colours = new HashMap<>();
        for (Element svg : page.select("figure.chart svg")) {
            legend(svg).forEach((series, fill) -> colours.computeIfAbsent(series, s -> new HashSet<>()).add(fill));
        }
        assertTrue(colours.keySet().containsAll(List.of("Women", "Men", "Total", "Food security")), colours.keySet().toString());
        colours.remove("Other"); // the grey of whatever a chart groups
        colours.forEach((series, fills) -> assertEquals(1, fills.size(), series + " changes colour: " + fills));
    }

    @Test
    void a_series_keeps_its_colour_across_the_stress_pages_charts_and_in_its_brochure(@TempDir Path stress) {
        TestEdition edition = org.tessera.StressEdition.write(stress.resolve("edition")).build();
        Map<String, Set<String>> colours = new HashMap<>();
        for (String path : List.of("funding-requirements/", "brochures/appeal-a4/")) {
            for (Element svg : edition.html(path).select("#funding-requirements figure.chart svg, main figure.chart svg")) {
                legend(svg).forEach((series, fill) -> colours.computeIfAbsent(series, s -> new HashSet<>()).add(fill));
            }
        }
        assertTrue(colours.size() > 8, "the stress page's charts show more series than colours: " + colours.keySet());
        colours.remove("Other");
        colours.forEach((series, fills) -> assertEquals(1, fills.size(), series + " changes colour: " + fills));
    }

    /**
     * Each legend label of the SVG with the fill of the swatch drawn just before it; a long label is drawn as several
     * lines, one text each.
     */
    private static Map<String, String> legend(Element svg) {
        List<String> header = svg.closest("figure").select(".chart__data thead th").eachText();
        Set<String> labels = new HashSet<>();
        header.subList(1, header.size()).forEach(h -> labels.add(h.replaceFirst(" \\([A-Z]{3}\\)$", ""))); // "Budget (USD)"
        labels.add("Other");
        Map<String, String> legend = new LinkedHashMap<>();
        String fill = null;
        String label = "";
        for (Element e : svg.getAllElements()) {
            Matcher m = FILL.matcher(e.attr("style"));
            if (e.tagName().equals("text")) {
                String joined = (label.isEmpty() ? "" : label + " ") + e.wholeText();
                if (fill != null && labels.stream().anyMatch(l -> l.startsWith(joined))) {
                    label = joined;
                    if (labels.contains(label)) {
                        legend.put(label, fill);
                    }
                }
            } else if (m.find() && !e.select("path, rect").isEmpty() || m.find(0) && e.tagName().equals("rect")) {
                fill = m.group(1).replace(" ", "");
                label = "";
            }
        }
        return legend;
    }

    private static String rgb(String hex) {
        java.awt.Color c = java.awt.Color.decode(hex);
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }
}
