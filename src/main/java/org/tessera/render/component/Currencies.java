package org.tessera.render.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Row;

/**
 * Where a table's money columns state their currency. A row's currency is its own {@code currency} cell where the
 * dataset has that column (donors in several currencies), else the column's declared one. A column whose rows are
 * all in one currency names it once, in its header; otherwise each figure names its own.
 */
final class Currencies {

    /** The name of the column that gives each row its own currency. */
    static final String COLUMN = "currency";

    private final Dataset data;
    private final List<Column> columns;
    private final List<Optional<String>> headers;
    private final List<Boolean> mixed;

    private Currencies(Dataset data, List<Column> columns, List<Optional<String>> headers, List<Boolean> mixed) {
        this.data = data;
        this.columns = columns;
        this.headers = headers;
        this.mixed = mixed;
    }

    /** {@code rows}: every row the table shows, its total row included. */
    static Currencies of(Dataset data, List<Column> columns, List<Row> rows) {
        List<Optional<String>> headers = new ArrayList<>();
        List<Boolean> mixed = new ArrayList<>();
        for (Column column : columns) {
            Set<String> seen = column.type() != ColumnType.MONEY ? Set.of()
                    : rows.isEmpty() ? Set.of(column.currency())
                    : rows.stream().map(r -> currency(data, r, column)).collect(Collectors.toSet());
            headers.add(seen.size() == 1 ? seen.stream().filter(c -> !c.isEmpty()).findFirst() : Optional.empty());
            mixed.add(seen.size() > 1);
        }
        return new Currencies(data, List.copyOf(columns), List.copyOf(headers), List.copyOf(mixed));
    }

    /** The currency the header of column {@code i} names, when all its figures are in that one. */
    Optional<String> header(int i) {
        return headers.get(i);
    }

    /** Whether the figures of column {@code i} are in more than one currency (so they do not add up). */
    boolean mixed(int i) {
        return mixed.get(i);
    }

    /** The currency each cell of the row names itself: "" where the header names it, or for a column not of money. */
    List<String> ofRow(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            boolean own = columns.get(i).type() == ColumnType.MONEY && headers.get(i).isEmpty();
            cells.add(own ? currency(data, row, columns.get(i)) : "");
        }
        return cells;
    }

    /** What the cells of a computed total name: nothing, since a column that adds up is in its header's currency. */
    List<String> ofSum() {
        return columns.stream().map(c -> "").toList();
    }

    private static String currency(Dataset data, Row row, Column column) {
        return data.columnIndex(COLUMN).map(i -> row.cell(i).text().strip()).filter(c -> !c.isEmpty())
                .orElse(column.currency());
    }
}
