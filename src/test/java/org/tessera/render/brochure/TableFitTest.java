package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tessera.model.Brochure;
import org.tessera.render.Messages;

/** Tables of the print HTML fitted to the page: kept, set smaller, or split with the label column repeated. */
class TableFitTest {

    private static final TableFit A4 = new TableFit(PageBox.of(Brochure.Paper.A4), Messages.load("en", Path.of("no-templates")));

    /** A table with a label column and {@code figures} columns of 10-digit money, a header row and a total row. */
    private static String table(int figures, String header) {
        StringBuilder html = new StringBuilder("<div class=\"b-story\"><table class=\"data\"><caption id=\"t\">Requirements"
                + " <span class=\"source\">Source: fund</span></caption><thead><tr><th scope=\"col\">Country</th>");
        IntStream.rangeClosed(1, figures).forEach(c -> html.append("<th scope=\"col\" class=\"num\">").append(header).append(' ').append(c).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (String country : List.of("Afghanistan", "Democratic Republic of the Congo")) {
            html.append("<tr><th scope=\"row\">").append(country).append("</th>");
            IntStream.rangeClosed(1, figures).forEach(c -> html.append("<td class=\"num\">1,234,567,8").append(c % 10).append("0</td>"));
            html.append("</tr>");
        }
        html.append("</tbody><tfoot><tr><th scope=\"row\">Total</th>");
        IntStream.rangeClosed(1, figures).forEach(c -> html.append("<td class=\"num\">9,876,543,2").append(c % 10).append("0</td>"));
        return html.append("</tr></tfoot></table></div>").toString();
    }

    @Test
    void a_table_that_fits_is_left_as_written() {
        String html = table(3, "Budget");
        assertEquals(html, A4.apply(html));
    }

    @Test
    void a_table_slightly_too_wide_is_set_in_smaller_type_not_split() {
        Document fitted = Jsoup.parse(A4.apply(table(7, "Programmatic area")));
        assertEquals(1, fitted.select("table").size());
        String style = fitted.selectFirst("table").attr("style");
        assertTrue(style.matches("font-size: (8\\.0|7\\.5|7\\.0)pt"), style);
    }

    @Test
    void a_table_too_wide_even_in_7_pt_is_split_into_parts_each_with_label_column_header_and_total() {
        Document fitted = Jsoup.parse(A4.apply(table(14, "Programmatic area")));
        List<Element> parts = fitted.select("table");
        assertTrue(parts.size() >= 2, fitted::outerHtml);
        int figures = 0;
        for (int p = 0; p < parts.size(); p++) {
            Element part = parts.get(p);
            assertEquals("font-size: 7.0pt", part.attr("style"));
            assertEquals("Country", part.selectFirst("thead th").text(), "each part repeats the label column");
            assertEquals("Total", part.selectFirst("tfoot th").text(), "each part ends with its total row");
            assertTrue(part.selectFirst("caption").text().startsWith("Requirements (part " + (p + 1) + " of " + parts.size() + ": columns "),
                    part.selectFirst("caption").text());
            int columns = part.select("thead th").size();
            part.select("tr").forEach(row -> assertEquals(columns, row.children().size()));
            figures += columns - 1;
        }
        assertEquals(14, figures, "every column is in exactly one part");
        assertEquals(parts.size(), fitted.select("caption").eachAttr("id").stream().distinct().count(), "ids stay unique");
        assertEquals("Programmatic area 14", parts.get(parts.size() - 1).select("thead th").last().text(), "the columns keep their order");
    }
}
