package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tessera.TestEdition;

class ChartRendererTest {

    @TempDir
    Path dir;

    private Document chartPage(String language, String chart) {
        return Datasets.all(dir.resolve("edition"), language).page("charts", "Intro.\n\n```chart\n" + chart + "```\n").build().html("charts/");
    }

    private static List<String> svgTexts(Element figure) {
        return figure.select(".chart__svg--wide svg text").eachText();
    }

    private static List<String> tableCategories(Element figure) {
        return figure.select(".chart__data tbody th").eachText();
    }

    @Test
    void a_charts_data_table_names_the_currency_once_and_shows_bare_figures() {
        Element figure = chartPage("en", "type: bar\ndata: funding\nx: donor\ny: amount\n").selectFirst("figure.chart");
        assertEquals("Contribution (USD)", figure.select(".chart__data thead th").get(1).text());
        List<String> cells = figure.select(".chart__data tbody td").eachText();
        assertTrue(!cells.isEmpty() && cells.stream().allMatch(c -> c.matches("[0-9,]+")), "bare figures: " + cells);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bar      | data: funding\\nx: donor\\ny: amount                | Germany",
            "column   | data: funding\\nx: donor\\ny: amount                | Denmark",
            "stacked  | data: reached\\nx: year\\ny: [women, men]          | 2022",
            "line     | data: reached\\nx: year\\ny: [women, men]          | 2023",
            "donut    | data: funding\\nx: donor\\ny: amount                | United States",
            "progress | data: delivery\\nx: programme\\ny: [received, budget] | Tajikistan"})
    void every_chart_type_is_an_accessible_svg_with_its_data_and_source(String type, String yaml, String category) {
        Document html = chartPage("en", "type: " + type + "\n" + yaml.replace("\\n", "\n") + "\ntitle: My chart\n");
        Element figure = html.selectFirst("figure.chart--" + type);
        assertNotNull(figure, "a " + type + " chart is drawn");
        assertEquals("My chart", figure.selectFirst("figcaption").text());
        for (Element svg : figure.select("svg")) {
            assertEquals("img", svg.attr("role"));
            String[] labelledBy = svg.attr("aria-labelledby").split(" ");
            assertEquals("My chart", svg.getElementById(labelledBy[0]).text(), "<title> names the chart");
            assertTrue(svg.getElementById(labelledBy[1]).text().contains(category), "<desc> gives the first figures");
        }
        assertEquals(2, figure.select("svg").size(), "a wide and a narrow layout");
        assertTrue(svgTexts(figure).stream().anyMatch(t -> t.contains(category)), "labels stay text in the SVG: " + svgTexts(figure));
        assertTrue(tableCategories(figure).contains(category), "the data table lists the categories");
        assertNotNull(figure.selectFirst("a[href=../data/" + figure.selectFirst("a[href$=.csv]").attr("href").replaceAll(".*/", "") + "]"));
        assertTrue(figure.selectFirst(".chart__source").text().startsWith("Source: Test Fund"), figure.selectFirst(".chart__source").text());
    }

    @Test
    void source_line_gives_publisher_and_as_of_date_and_links_the_csv() {
        Element figure = chartPage("en", "type: bar\ndata: funding\nx: donor\ny: amount\n").selectFirst("figure.chart");
        assertEquals("Source: Test Fund, as of January 2024 · Data: funding.csv", figure.selectFirst(".chart__source").text());
        assertEquals("../data/funding.csv", figure.selectFirst(".chart__source a").attr("href"));
    }

    @Test
    void declared_total_row_is_never_drawn_nor_listed() {
        Element figure = chartPage("en", "type: bar\ndata: funding\nx: donor\ny: amount\n").selectFirst("figure.chart");
        assertEquals(List.of("Germany", "Denmark", "United States", "Robert Bosch Stiftung"), tableCategories(figure));
        assertFalse(svgTexts(figure).contains("Total"), "no bar for the total: " + svgTexts(figure));
        assertEquals(4, figure.select(".chart__svg--wide svg rect[style*=fill:rgb(0,114,178)]").size(), "four bars");
    }

    @Test
    void sort_and_top_apply_to_the_data_rows_only() {
        Element figure = chartPage("en", "type: bar\ndata: funding\nx: donor\ny: amount\nsort: desc\ntop: 2\n").selectFirst("figure.chart");
        assertEquals(List.of("Germany", "United States"), tableCategories(figure));
        assertEquals(List.of("19,569,912", "10,000,000"), figure.select(".chart__data td").eachText());
    }

    @Test
    void where_keeps_the_rows_whose_column_has_one_of_the_values() {
        Element figure = chartPage("en", "type: column\ndata: funding\nx: donor\ny: amount\nwhere: {donor: [Denmark, Robert Bosch Stiftung]}\n")
                .selectFirst("figure.chart");
        assertEquals(List.of("Denmark", "Robert Bosch Stiftung"), tableCategories(figure));
    }

    @Test
    void stacked_chart_has_a_series_per_column_and_a_legend() {
        Element figure = chartPage("en", "type: stacked\ndata: reached\nx: year\ny: [women, men]\n").selectFirst("figure.chart");
        assertEquals(List.of("Year", "Women", "Men"), figure.select(".chart__data thead th").eachText());
        assertTrue(svgTexts(figure).containsAll(List.of("Women", "Men")), "legend: " + svgTexts(figure));
    }

    @Test
    void progress_chart_shows_the_share_of_the_first_column_in_the_second() {
        Element figure = chartPage("en", "type: progress\ndata: delivery\nx: programme\ny: [received, budget]\n").selectFirst("figure.chart");
        assertEquals(List.of("70%", "100%", "10%"), figure.select(".chart__data td").eachText());
        assertTrue(svgTexts(figure).containsAll(List.of("70%", "100%", "10%")), "shares on the bars: " + svgTexts(figure));
    }

    @Test
    void donut_puts_the_total_in_its_middle() {
        Element figure = chartPage("en", "type: donut\ndata: funding\nx: donor\ny: amount\n").selectFirst("figure.chart");
        assertTrue(svgTexts(figure).contains("36.2M"), "total of the data rows, not twice with the Total row: " + svgTexts(figure));
    }

    @Test
    void donut_past_eight_sections_sums_the_smallest_rows_as_other() {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("language: en")
                .file("content/data/shares.csv", "name,count\na,10\nb,1\nc,9\nd,2\ne,8\nf,7\ng,6\nh,5\ni,4\nj,3\n");
        Document html = edition.page("charts", "```chart\ntype: donut\ndata: shares\nx: name\ny: count\n```\n").build().html("charts/");
        List<String> texts = svgTexts(html.selectFirst("figure.chart"));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Other: ")), "b, d and j as Other: " + texts);
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("b:") || t.startsWith("d:") || t.startsWith("j:")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("i:")), "the seven largest keep their own section: " + texts);
    }

    @Test
    void french_chart_formats_figures_in_french() {
        Element figure = chartPage("fr", "type: bar\ndata: funding\nx: donor\ny: amount\n").selectFirst("figure.chart");
        assertEquals("19\u202f569\u202f912", figure.selectFirst(".chart__data td").wholeText());
        assertEquals("Contribution (USD)", figure.select(".chart__data thead th").get(1).text());
        assertTrue(figure.select(".chart__svg--wide svg text").stream().map(Element::wholeText).anyMatch(t -> t.equals("19,6\u00a0M")),
                "compact French labels");
        assertEquals("Source : Test Fund, au janvier 2024 · Données : funding.csv", figure.selectFirst(".chart__source").text());
    }

    @Test
    void two_charts_on_a_page_never_share_an_id() {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("language: en");
        Datasets.funding(edition);
        Document html = edition.page("charts", "```chart\ntype: bar\ndata: funding\nx: donor\ny: amount\n```\n\n"
                + "```chart\ntype: donut\ndata: funding\nx: donor\ny: amount\n```\n").build().html("charts/");
        List<String> ids = html.select("[id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique");
    }

    private Element appealChart(String chart) {
        TestEdition edition = Datasets.appeal(TestEdition.minimal(dir.resolve("edition")).site("language: en"));
        return edition.page("charts", "```chart\n" + chart + "```\n").build().html("charts/").selectFirst("figure.chart");
    }

    @Test
    void chart_of_the_declared_total_column_draws_each_rows_total() {
        Element figure = chartPage("en", "type: bar\ndata: reached\nx: year\ny: Total\n").selectFirst("figure.chart");
        assertEquals(List.of("Year", "Total"), figure.select(".chart__data thead th").eachText());
        assertEquals(List.of("3,000", "4,000", "5,000"), figure.select(".chart__data td").eachText());
        assertTrue(svgTexts(figure).containsAll(List.of("3,000", "4,000", "5,000")), "a bar per year: " + svgTexts(figure));
    }

    @Test
    void stacked_chart_sorts_by_the_length_of_its_bars_not_by_its_first_series() {
        Element figure = appealChart("type: stacked\ndata: appeal\nx: country\ny: [a1, a2, a3, a4, a5, a6, a7, a8, a9]\n"
                + "sort: desc\ntop: 3\n");
        assertEquals(List.of("United Republic of Tanzania", "Lao People's Democratic Republic", "Syrian Arab Republic"),
                tableCategories(figure), "largest total first, though Tanzania has the smallest first area");
    }

    @Test
    void sort_map_orders_by_the_column_it_names_largest_first_unless_told() {
        String chart = "type: stacked\ndata: appeal\nx: country\ny: [a1, a2]\n";
        assertEquals("Democratic Republic of the Congo", tableCategories(appealChart(chart + "sort: {by: a1}\n")).get(0));
        assertEquals("United Republic of Tanzania", tableCategories(appealChart(chart + "sort: {by: a1, order: asc}\n")).get(0));
        assertEquals(List.of("Bolivarian Republic of Venezuela", "Democratic Republic of the Congo"),
                tableCategories(appealChart(chart + "sort: {by: country, order: asc}\ntop: 2\n")));
    }

    @Test
    void bar_chart_of_the_total_column_sorted_never_draws_the_total_row() {
        Element figure = appealChart("type: bar\ndata: appeal\nx: country\ny: Total\nsort: desc\n");
        assertEquals(5, tableCategories(figure).size(), tableCategories(figure).toString());
        assertEquals("United Republic of Tanzania", tableCategories(figure).get(0));
        assertFalse(svgTexts(figure).contains("Total"), "no bar for the Total row: " + svgTexts(figure));
    }

    @Test
    void stacked_chart_past_eight_series_groups_the_two_smallest_as_other() {
        Element figure = appealChart("type: stacked\ndata: appeal\nx: country\ny: [a1, a2, a3, a4, a5, a6, a7, a8, a9]\n");
        List<String> legend = svgTexts(figure);
        assertTrue(legend.contains("Other"), legend.toString());
        assertFalse(legend.contains("Health") || legend.contains("Protection"), "the two smallest areas are in Other: " + legend);
        assertTrue(legend.contains("Food security") && legend.contains("Coordination"), legend.toString());
        assertEquals(10, figure.select(".chart__data thead th").size(), "the data table keeps every series");
    }
}
