package org.tessera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** A component that names something the edition does not have is an error naming the file, the line and the name. */
class ComponentReferenceTest {

    @TempDir
    Path dir;

    private List<String> errors(String markdown) {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("language: en")
                .file("content/data/indicators.csv", "programme,code,statement,unit,period,value\ntajikistan,tj-1,# of people,count,2021,5\n")
                .file("content/data/funding.csv", "donor,amount,Total\nA,1,1\n")
                .file("content/data/funding.yml", "title: Funding\ntotals: {column: Total}\n")
                .page("p", markdown);
        return edition.check().problems().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void unknown_dataset_in_a_chart_names_file_line_and_dataset() {
        // front matter is 3 lines, then a blank line: the fence is on line 5
        assertEquals(List.of("content/pages/p.md:5:1: error: unknown dataset 'fundng' (did you mean 'funding'?); known: funding, indicators"),
                errors("```chart\ntype: bar\ndata: fundng\nx: donor\ny: amount\n```\n"));
    }

    @Test
    void unknown_column_in_a_table_names_the_column_and_the_columns_there_are() {
        assertEquals(List.of("content/pages/p.md:5:1: error: unknown column of funding 'amont' (did you mean 'amount'?); known: donor, amount, Total"),
                errors("```table\ndata: funding\ncolumns: [donor, amont]\n```\n"));
    }

    @Test
    void unknown_indicator_in_a_tile_names_the_tile_line() {
        List<String> errors = errors("Text.\n\n```tiles\n- value: 5\n  label: posts\n- indicator: tj-2\n```\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(true, errors.get(0).startsWith("content/pages/p.md:10:"), errors.get(0));
        assertEquals(true, errors.get(0).contains("unknown indicator 'tj-2'"), errors.get(0));
    }

    @Test
    void unknown_indicator_in_prose_names_its_line() {
        List<String> errors = errors("One.\n\nOver {{< value tj-9 >}} people.\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(true, errors.get(0).startsWith("content/pages/p.md:7"), errors.get(0));
        assertEquals(true, errors.get(0).contains("'tj-9'"), errors.get(0));
    }

    private List<String> warnings(String markdown) {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("language: en")
                .file("content/data/funding.csv", "donor,amount,grant,Total,share\nA,1,2,3,50%\n")
                .file("content/data/funding.yml", "title: Funding\ncolumns: {share: {type: percent}}\ntotals: {column: Total}\n")
                .page("p", markdown);
        return edition.check().problems().stream().map(Problem::format).filter(p -> p.contains("warning")).toList();
    }

    @Test
    void a_chart_may_draw_the_declared_total_column() {
        assertEquals(List.of(), errors("```chart\ntype: column\ndata: funding\nx: donor\ny: [amount, Total]\n```\n"));
        assertEquals(List.of(), errors("```chart\ntype: bar\ndata: funding\nx: donor\ny: Total\nsort: desc\ntop: 10\n```\n"));
    }

    @Test
    void stacking_the_total_column_on_the_columns_it_sums_is_a_warning_saying_what_to_do() {
        assertEquals(List.of("content/pages/p.md:5:1: warning: this stacked chart puts 'Total', the declared total column of funding, "
                        + "on top of 'amount', 'grant', which it sums, so every bar double counts; stack only the parts, "
                        + "or chart 'Total' alone (type: bar)"),
                warnings("```chart\ntype: stacked\ndata: funding\nx: donor\ny: [amount, grant, Total]\n```\n"));
    }

    @Test
    void stacking_the_parts_alone_or_the_total_beside_columns_it_does_not_sum_is_not_warned() {
        assertEquals(List.of(), warnings("```chart\ntype: stacked\ndata: funding\nx: donor\ny: [amount, grant]\n```\n"));
        assertEquals(List.of(), warnings("```chart\ntype: stacked\ndata: funding\nx: donor\ny: [Total, share]\n```\n"));
        assertEquals(List.of(), warnings("```chart\ntype: bar\ndata: funding\nx: donor\ny: [amount, Total]\n```\n"));
    }

    @Test
    void chart_sorted_by_an_unknown_column_names_it_and_the_nearest_one() {
        assertEquals(List.of("content/pages/p.md:5:1: error: unknown column of funding 'amont' (did you mean 'amount'?); known: donor, amount, Total"),
                errors("```chart\ntype: bar\ndata: funding\nx: donor\ny: amount\nsort: {by: amont, order: asc}\n```\n"));
    }
}
