package org.tessera.render.component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tessera.model.Cell;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Row;
import org.tessera.model.Table;
import org.tessera.render.Html;
import org.tessera.render.RenderContext;

/**
 * A table of a dataset's rows: numbers right-aligned and formatted; a money column in one currency names it once,
 * in its header ("Contribution (USD)"), and one whose rows differ in currency gives each figure its own. The total
 * row always comes last, in the table's foot: computed from the rows shown when {@code total: true}, else the
 * dataset's declared total row when every data row is shown.
 */
public final class TableRenderer {

    /** The most columns a table has that keeps to the text column. */
    static final int WIDE = 4;

    private TableRenderer() {
    }

    public static String render(Table table, Dataset data, RenderContext ctx) {
        List<Column> columns = columns(table, data);
        List<Integer> indexes = columns.stream().map(c -> data.columnIndex(c.name()).orElseThrow()).toList();
        List<Row> rows = RowSelection.select(data, table.where(), table.sortBy(), table.order(), OptionalInt.empty(),
                ctx.formats().locale(), ctx.figures().rows());
        String id = "table-" + data.name() + (table.at().line() > 0 ? "-" + table.at().line() : "");
        StringBuilder html = new StringBuilder();
        // A table of more than WIDE columns may take the page's whole width where the text column is narrower.
        html.append("<div class=\"table-scroll").append(columns.size() > WIDE ? " table-scroll--wide" : "")
                .append("\" role=\"region\" aria-labelledby=\"").append(id).append("\" tabindex=\"0\">\n");
        html.append("<table class=\"data\">\n<caption id=\"").append(id).append("\"><span class=\"caption__text\">")
                .append(Html.escape(data.title())).append(" <span class=\"source\">").append(SourceLine.html(data, ctx))
                .append("</span></span></caption>\n");
        Optional<Row> declaredTotal = table.total() || !RowSelection.showsDeclaredTotal(data, rows) ? Optional.empty()
                : RowSelection.declaredTotal(data);
        List<Row> withTotal = new ArrayList<>(rows);
        declaredTotal.ifPresent(withTotal::add);
        Currencies currencies = Currencies.of(data, columns, withTotal);
        html.append(head(columns, currencies, ctx)).append("<tbody>\n");
        for (Row row : rows) {
            html.append(row(columns, indexes.stream().map(row::cell).toList(), currencies.ofRow(row), false, ctx)).append('\n');
        }
        html.append("</tbody>\n");
        if (table.total()) {
            List<Cell> sums = sums(columns, indexes, rows, currencies);
            html.append("<tfoot>\n").append(row(columns, label(columns, sums, ctx), currencies.ofSum(), true, ctx)).append("\n</tfoot>\n");
        }
        declaredTotal.ifPresent(r -> html.append("<tfoot>\n").append(row(columns, indexes.stream().map(r::cell).toList(),
                currencies.ofRow(r), true, ctx)).append("\n</tfoot>\n"));
        return html.append("</table>\n</div>\n").append(notes(table, data)).toString();
    }

    /** The header row; a money column in one currency names it: "Contribution (USD)". */
    private static String head(List<Column> columns, Currencies currencies, RenderContext ctx) {
        StringBuilder html = new StringBuilder("<thead><tr>");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String label = currencies.header(i).map(c -> CellText.headed(column.label(), c, ctx.messages()))
                    .orElse(column.label());
            html.append("<th scope=\"col\"").append(column.type().isNumeric() ? " class=\"num\"" : "").append(">")
                    .append(Html.escape(label)).append("</th>");
        }
        return html.append("</tr></thead>\n").toString();
    }

    /** The dataset's notes, then the block's own note, under the table (outside its scrolling box, so they wrap). */
    static String notes(Table table, Dataset data) {
        StringBuilder html = new StringBuilder();
        data.notes().ifPresent(n -> html.append("<p class=\"table-note note\">").append(Html.escape(n.strip())).append("</p>\n"));
        table.note().ifPresent(n -> html.append("<p class=\"table-note note\">").append(Html.escape(n.strip())).append("</p>\n"));
        return html.toString();
    }

    private static List<Column> columns(Table table, Dataset data) {
        if (table.columns().isEmpty()) {
            return data.columns();
        }
        return table.columns().stream().flatMap(c -> data.columnIndex(c).stream()).map(i -> data.columns().get(i)).toList();
    }

    /**
     * A row; its first cell is the row's header when it holds text. In the foot, a column not summed stays blank.
     * {@code currencies}: the currency each money cell names itself ("" where its header names it).
     */
    private static String row(List<Column> columns, List<Cell> cells, List<String> currencies, boolean foot, RenderContext ctx) {
        StringBuilder html = new StringBuilder("<tr>");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = cells.get(i);
            boolean blank = foot && cell.number().isEmpty() && cell.text().isEmpty();
            String currency = currencies.get(i);
            String text = blank ? "" : Html.escape(column.type() == ColumnType.MONEY
                    ? cell.number().map(n -> CellText.money(n, currency, ctx.formats())).orElse(CellText.EMPTY)
                    : CellText.format(column, cell, ctx.formats()));
            if (i == 0 && !column.type().isNumeric()) {
                html.append("<th scope=\"row\">").append(text).append("</th>");
            } else {
                html.append(column.type().isNumeric() ? "<td class=\"num\">" : "<td>").append(text).append("</td>");
            }
        }
        return html.append("</tr>").toString();
    }

    /**
     * Sums of the shown rows for counts, numbers and money; percentages do not add up, nor do amounts in different
     * currencies, so they stay empty.
     */
    private static List<Cell> sums(List<Column> columns, List<Integer> indexes, List<Row> rows, Currencies currencies) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnType type = columns.get(i).type();
            if (!type.isNumeric() || type == ColumnType.PERCENT || currencies.mixed(i)) {
                cells.add(new Cell("", Optional.empty()));
                continue;
            }
            int index = indexes.get(i);
            BigDecimal sum = rows.stream().map(r -> r.cell(index).number().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
            cells.add(new Cell(sum.toPlainString(), Optional.of(sum)));
        }
        return cells;
    }

    /** The foot row reads "Total" in its first text cell. */
    private static List<Cell> label(List<Column> columns, List<Cell> cells, RenderContext ctx) {
        List<Cell> labelled = new ArrayList<>(cells);
        if (!columns.isEmpty() && !columns.get(0).type().isNumeric()) {
            labelled.set(0, new Cell(ctx.messages().get("table.total"), Optional.empty()));
        }
        return labelled;
    }
}
