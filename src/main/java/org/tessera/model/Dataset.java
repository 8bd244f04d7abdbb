package org.tessera.model;

import java.util.List;
import java.util.Optional;

/**
 * A dataset from content/data (a CSV file or a workbook's sheet) with its optional description.
 *
 * @param notes from the description's {@code notes}: shown under every table of the dataset
 * @param sheet the sheet it was read from when {@code file} is a workbook, else ""
 */
public record Dataset(String name, String file, String title, Source source, List<Column> columns,
                      List<Row> rows, Totals totals, Optional<String> notes, Position describedAt, String sheet) {

    /** A cell of the data: row {@code line}, 1-based {@code column} (0 for the whole row), with its sheet if any. */
    public Position at(int line, int column) {
        return new Position(file, line, column, sheet);
    }

    /** A row as its author finds it: "line 14" of a CSV file, "row 14" of a sheet. */
    public String rowName(int line) {
        return (sheet.isEmpty() ? "line " : "row ") + line;
    }

    public Optional<Integer> columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Whether a row is the declared total row (its first cell equals totals.row). */
    public boolean isTotalRow(Row row) {
        return totals.row().map(label -> !row.cells().isEmpty()
                && row.cell(0).text().trim().equalsIgnoreCase(label)).orElse(false);
    }

    /** Rows that are data, not the declared total row. */
    public List<Row> dataRows() {
        return totals.row().isEmpty() ? rows : rows.stream().filter(r -> !isTotalRow(r)).toList();
    }

    /** Whether a column is the declared total column. */
    public boolean isTotalColumn(String column) {
        return totals.column().map(column::equalsIgnoreCase).orElse(false);
    }

    /** Whether the declared total column sums this column: a numeric column, not a percent, left of the total. */
    public boolean isTotalPart(int column) {
        ColumnType type = columns.get(column).type();
        return totals.column().flatMap(this::columnIndex).filter(total -> column < total).isPresent()
                && type.isNumeric() && type != ColumnType.PERCENT;
    }
}
