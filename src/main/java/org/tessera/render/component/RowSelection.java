package org.tessera.render.component;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tessera.model.Cell;
import org.tessera.model.Column;
import org.tessera.model.Dataset;
import org.tessera.model.Filter;
import org.tessera.model.Row;
import org.tessera.model.SortOrder;
import org.tessera.resolve.RowIndex;

/**
 * Picks the rows a chart or table shows. Only data rows take part: the declared total row is never filtered,
 * sorted or counted into {@code top}, so it can never land in the middle of a table or be drawn as a bar.
 */
public final class RowSelection {

    private RowSelection() {
    }

    /**
     * The data rows kept by {@code where}, in file order or sorted by {@code sortBy} (stable: equal values keep
     * their order), then the first {@code top}.
     */
    public static List<Row> select(Dataset data, Filter where, Optional<String> sortBy, SortOrder order,
                                   OptionalInt top, Locale locale, RowIndex rowIndex) {
        Optional<Comparator<Row>> sorting = sortBy.flatMap(data::columnIndex)
                .map(index -> byColumn(data, index, order, locale));
        return select(data, where, sorting, top, rowIndex);
    }

    /** The data rows kept by {@code where}, sorted by {@code sorting} if given (stable), then the first {@code top}. */
    public static List<Row> select(Dataset data, Filter where, Optional<Comparator<Row>> sorting, OptionalInt top,
                                   RowIndex rowIndex) {
        List<Row> rows = new ArrayList<>();
        for (Row row : candidates(data, where, rowIndex)) {
            if (keeps(data, where, row)) {
                rows.add(row);
            }
        }
        sorting.ifPresent(rows::sort);
        if (top.isPresent() && top.getAsInt() < rows.size()) {
            return List.copyOf(rows.subList(0, top.getAsInt()));
        }
        return List.copyOf(rows);
    }

    /** By one column: see {@link #select(Dataset, Filter, Optional, SortOrder, OptionalInt, Locale, RowIndex)}. */
    public static Comparator<Row> byColumn(Dataset data, int index, SortOrder order, Locale locale) {
        return comparator(data.columns().get(index), index, order, locale);
    }

    /** By the sum of numeric columns (a stacked bar's length); rows with all of them empty last. */
    public static Comparator<Row> bySum(List<Integer> columns, SortOrder order) {
        Comparator<Row> bySum = Comparator.comparing(r -> columns.stream().map(c -> r.cell(c).number().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        Comparator<Row> emptyLast = Comparator.comparing(r -> columns.stream().allMatch(c -> r.cell(c).number().isEmpty()));
        return emptyLast.thenComparing(order == SortOrder.DESC ? bySum.reversed() : bySum);
    }

    /** Whether the dataset's declared total row can be shown under these rows: only when every data row is there. */
    public static boolean showsDeclaredTotal(Dataset data, List<Row> selected) {
        return data.rows().stream().anyMatch(data::isTotalRow) && selected.size() == data.dataRows().size();
    }

    /** The declared total row, if the dataset has one. */
    public static Optional<Row> declaredTotal(Dataset data) {
        return data.rows().stream().filter(data::isTotalRow).findFirst();
    }

    /** The rows the first condition of {@code where} keeps, looked up in the index; all data rows without one. */
    private static List<Row> candidates(Dataset data, Filter where, RowIndex index) {
        for (Map.Entry<String, List<String>> condition : where.equals().entrySet()) {
            Optional<Integer> column = data.columnIndex(condition.getKey());
            if (column.isPresent()) {
                return index.rows(data, column.get(), condition.getValue());
            }
        }
        return index.dataRows(data);
    }

    private static boolean keeps(Dataset data, Filter where, Row row) {
        for (Map.Entry<String, List<String>> condition : where.equals().entrySet()) {
            Optional<Integer> index = data.columnIndex(condition.getKey());
            if (index.isEmpty()) {
                return false; // reported by the checks; a build never gets here
            }
            Cell cell = row.cell(index.get());
            if (condition.getValue().stream().noneMatch(value -> RowIndex.matches(cell, value))) {
                return false;
            }
        }
        return true;
    }

    /** Numbers by value, text in the language's alphabetical order; empty cells always last. */
    private static Comparator<Row> comparator(Column column, int index, SortOrder order, Locale locale) {
        Comparator<Row> byValue;
        if (column.type().isNumeric()) {
            byValue = Comparator.comparing(r -> r.cell(index).number().orElse(BigDecimal.ZERO));
        } else {
            Collator collator = Collator.getInstance(locale);
            byValue = (a, b) -> collator.compare(a.cell(index).text().strip(), b.cell(index).text().strip());
        }
        Comparator<Row> ordered = order == SortOrder.DESC ? byValue.reversed() : byValue;
        Comparator<Row> emptyLast = Comparator.comparing(r -> isEmpty(r.cell(index), column));
        return emptyLast.thenComparing(ordered);
    }

    private static boolean isEmpty(Cell cell, Column column) {
        return column.type().isNumeric() ? cell.number().isEmpty() : cell.text().isBlank();
    }
}
