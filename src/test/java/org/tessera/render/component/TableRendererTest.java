package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableRendererTest {

    @TempDir
    Path dir;

    private Element table(String language, String yaml) {
        return Datasets.all(dir.resolve("edition"), language).page("tables", "```table\n" + yaml + "```\n").build().html("tables/").selectFirst("table.data");
    }

    private static List<String> body(Element table) {
        return table.select("tbody tr > :first-child").eachText();
    }

    @Test
    void total_row_stays_last_when_sorted() {
        Element table = table("en", "data: funding\ncolumns: [donor, amount]\nsort: {by: amount, order: asc}\n");
        assertEquals(List.of("Robert Bosch Stiftung", "Denmark", "United States", "Germany"), body(table));
        assertEquals("Total 36,221,136", table.selectFirst("tfoot tr").text(), "the header names the currency, not the total");
    }

    @Test
    void total_true_appends_the_sum_of_the_rows_shown() {
        Element table = table("en", "data: funding\ncolumns: [donor, amount]\nwhere: {kind: member-state}\ntotal: true\n");
        assertEquals(List.of("Germany", "Denmark", "United States"), body(table));
        assertEquals(List.of("Total 36,158,015"), table.select("tfoot tr").eachText());
    }

    @Test
    void declared_total_is_left_out_when_a_filter_hides_rows() {
        Element table = table("en", "data: funding\nwhere: {kind: private}\n");
        assertEquals(List.of("Robert Bosch Stiftung"), body(table));
        assertNull(table.selectFirst("tfoot"), "the declared total is the total of all rows, not of these");
    }

    @Test
    void money_in_one_currency_names_it_once_in_the_header_and_leaves_the_figures_bare() {
        Element table = table("en", "data: funding\ncolumns: [donor, amount]\n");
        assertEquals(List.of("Donor", "Contribution (USD)"), table.select("thead th").eachText());
        assertEquals("num", table.selectFirst("thead th:eq(1)").className());
        assertEquals(List.of("19,569,912", "6,588,103", "10,000,000", "63,121"), table.select("tbody td.num").eachText());
        assertEquals("36,221,136", table.selectFirst("tfoot td.num").text());
        assertEquals("th", table.selectFirst("tbody tr").child(0).tagName(), "the first text column heads its row");
    }

    @Test
    void money_in_several_currencies_gives_each_figure_its_own_and_adds_none_up() {
        Element table = Datasets.all(dir.resolve("edition"), "en").file("content/data/gifts.csv", """
                donor,amount,currency
                Germany,"19,569,912",EUR
                United States,10000000,USD
                """).file("content/data/gifts.yml", """
                title: Gifts
                columns:
                  donor: {type: text, label: Donor}
                  amount: {type: money, label: Contribution}
                  currency: {type: text, label: Currency}
                """).page("tables", "```table\ndata: gifts\ncolumns: [donor, amount]\ntotal: true\n```\n")
                .build().html("tables/").selectFirst("table.data");
        assertEquals(List.of("Donor", "Contribution"), table.select("thead th").eachText());
        assertEquals(List.of("EUR 19,569,912", "USD 10,000,000"), table.select("tbody td.num").eachText());
        assertEquals("", table.selectFirst("tfoot td.num").text(), "euros and dollars do not add up");
    }

    @Test
    void a_currency_column_with_one_currency_throughout_puts_it_in_the_header() {
        Element table = Datasets.all(dir.resolve("edition"), "en").file("content/data/gifts.csv", """
                donor,amount,currency
                Germany,"19,569,912",EUR
                Austria,100,EUR
                """).file("content/data/gifts.yml", """
                title: Gifts
                columns:
                  amount: {type: money, currency: USD, label: Contribution}
                """).page("tables", "```table\ndata: gifts\ncolumns: [donor, amount]\ntotal: true\n```\n")
                .build().html("tables/").selectFirst("table.data");
        assertEquals("Contribution (EUR)", table.selectFirst("thead th:eq(1)").text(), "each row's own currency wins over the column's");
        assertEquals("Total 19,570,012", table.selectFirst("tfoot tr").text());
    }

    @Test
    void numbers_are_right_aligned() {
        Element table = table("en", "data: reached\n");
        assertEquals("num", table.selectFirst("thead th:eq(1)").className());
        assertEquals("1,000", table.selectFirst("tbody td.num").text());
        assertEquals("th", table.selectFirst("tbody tr").child(0).tagName(), "the first text column heads its row");
    }

    @Test
    void columns_default_to_all_and_the_total_column_is_an_ordinary_column() {
        Element table = table("en", "data: reached\ntotal: true\n");
        assertEquals(List.of("Year", "Women", "Men", "Total"), table.select("thead th").eachText());
        assertEquals("Total 4,500 7,500 12,000", table.selectFirst("tfoot tr").text());
    }

    @Test
    void percentages_are_not_summed_and_empty_cells_show_a_dash() {
        Element table = table("en", "data: delivery\ncolumns: [programme, satisfaction]\ntotal: true\n");
        assertEquals(List.of("94%", "81%", "–"), table.select("tbody td").eachText());
        assertEquals("Total", table.selectFirst("tfoot tr").text());
    }

    @Test
    void french_table_sets_numbers_money_and_percentages_in_french() {
        Element table = table("fr", "data: delivery\ncolumns: [programme, budget, satisfaction]\ntotal: true\n");
        assertEquals(List.of("2\u202f200\u202f000", "94\u00a0%"),
                table.select("tbody tr:first-child td").stream().map(Element::wholeText).toList());
        assertEquals("Budget (USD)", table.selectFirst("thead th:eq(1)").text());
        assertEquals("6\u202f200\u202f000", table.selectFirst("tfoot td").wholeText());
    }

    @Test
    void caption_names_the_dataset_with_its_source_and_csv() {
        Element table = table("en", "data: funding\n");
        assertEquals("Contributions Source: Test Fund, as of January 2024 · Data: funding.csv", table.selectFirst("caption").text());
        assertEquals("../data/funding.csv", table.selectFirst("caption a").attr("href"));
    }

    @Test
    void text_columns_sort_in_alphabetical_order_descending() {
        Element table = table("en", "data: funding\nsort: {by: donor, order: desc}\n");
        assertEquals(List.of("United States", "Robert Bosch Stiftung", "Germany", "Denmark"), body(table));
    }
}
