package org.tessera.resolve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.tessera.model.Cell;
import org.tessera.model.Dataset;
import org.tessera.model.Row;

/**
 * The data rows of each dataset by the value of a column, built on first use and shared by every page of a
 * build: a chart with {@code where: {programme: x}} on every programme page looks its rows up instead of
 * scanning the whole dataset, which made an edition of 10,000 programmes quadratic.
 */
public final class RowIndex {

    private final Map<String, List<Row>> dataRows = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Integer>>> byValue = new ConcurrentHashMap<>();

    /** The dataset's data rows (the declared total row left out), computed once. */
    public List<Row> dataRows(Dataset data) {
        return dataRows.computeIfAbsent(data.name(), n -> data.dataRows());
    }

    /**
     * The data rows, in file order, whose {@code column} equals one of {@code values}: as text, or as a number
     * when both are numbers ("2,263" equals "2263").
     */
    public List<Row> rows(Dataset data, int column, List<String> values) {
        Map<String, List<Integer>> index = byValue.computeIfAbsent(data.name() + "\u0000" + column, k -> build(data, column));
        TreeSet<Integer> positions = new TreeSet<>();
        for (String value : values) {
            positions.addAll(index.getOrDefault(textKey(value), List.of()));
            numberKey(value).ifPresent(key -> positions.addAll(index.getOrDefault(key, List.of())));
        }
        List<Row> all = dataRows(data);
        List<Row> rows = new ArrayList<>(positions.size());
        positions.forEach(p -> rows.add(all.get(p)));
        return rows;
    }

    /**
     * The rule of {@code where}, for the conditions not looked up in an index: the cell equals the value as
     * text (spaces around either ignored), or as a number when both are numbers. The index keys below are
     * the same rule.
     */
    public static boolean matches(Cell cell, String value) {
        if (textKey(cell.text()).equals(textKey(value))) {
            return true;
        }
        Optional<String> number = numberKey(value);
        return number.isPresent() && cell.number().map(RowIndex::numberKey).equals(number);
    }

    private Map<String, List<Integer>> build(Dataset data, int column) {
        Map<String, List<Integer>> index = new HashMap<>();
        List<Row> all = dataRows(data);
        for (int i = 0; i < all.size(); i++) {
            Cell cell = all.get(i).cell(column);
            index.computeIfAbsent(textKey(cell.text()), k -> new ArrayList<>()).add(i);
            int position = i;
            cell.number().ifPresent(n -> index.computeIfAbsent(numberKey(n), k -> new ArrayList<>()).add(position));
        }
        return index;
    }

    private static String textKey(String text) {
        return "t:" + text.strip();
    }

    private static String numberKey(BigDecimal number) {
        return "n:" + number.stripTrailingZeros().toPlainString();
    }

    private static Optional<String> numberKey(String value) {
        try {
            return Optional.of(numberKey(new BigDecimal(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
