package org.tessera.render.component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tessera.model.Column;

/**
 * The figures a chart draws, exactly as its data table shows them: one category per selected data row
 * (never the declared total row) and one series per value column.
 *
 * @param values     per series, per category; empty where the cell is empty
 * @param identities per series, its place among the dataset's value columns: what keeps its colour from chart to
 *                   chart ({@link Palette#assign}); {@link #OTHER} for the grouped remainder
 */
public record ChartRows(Column category, List<Column> series, List<String> categories,
                        List<List<Optional<BigDecimal>>> values, List<Integer> identities) {

    /** The identity of the series that sums the smallest ones. */
    public static final int OTHER = -1;

    public Optional<BigDecimal> value(int series, int category) {
        return values.get(series).get(category);
    }

    public int size() {
        return categories.size();
    }

    /**
     * At most {@code most} series, so each can have a colour of its own: unchanged when they fit, else the
     * {@code most - 1} largest by total, in their order, and a series labelled {@code other}, the sum of the rest.
     */
    public ChartRows grouped(int most, String other) {
        if (series.size() <= most) {
            return this;
        }
        List<Integer> largest = kept(IntStream.range(0, series.size()).mapToObj(this::total).toList(), most);
        List<Column> kept = new ArrayList<>();
        List<List<Optional<BigDecimal>>> keptValues = new ArrayList<>();
        List<Integer> keptIdentities = new ArrayList<>();
        for (int s : largest) {
            kept.add(series.get(s));
            keptValues.add(values.get(s));
            keptIdentities.add(identities.get(s));
        }
        List<Optional<BigDecimal>> rest = new ArrayList<>();
        for (int c = 0; c < size(); c++) {
            int category = c;
            rest.add(IntStream.range(0, series.size()).filter(s -> !largest.contains(s))
                    .mapToObj(s -> value(s, category)).flatMap(Optional::stream).reduce(BigDecimal::add));
        }
        Column first = series.get(0);
        kept.add(new Column("", first.type(), first.currency(), other, first.at()));
        keptValues.add(List.copyOf(rest));
        keptIdentities.add(OTHER);
        return new ChartRows(category, List.copyOf(kept), categories, List.copyOf(keptValues), List.copyOf(keptIdentities));
    }

    /**
     * Which of these parts (series or donut sections) are drawn on their own when at most {@code most} may be: all
     * when they fit, else the {@code most - 1} largest, leaving room for "Other"; in their order.
     */
    static List<Integer> kept(List<BigDecimal> totals, int most) {
        int named = totals.size() > most ? most - 1 : totals.size();
        return IntStream.range(0, totals.size()).boxed().sorted(Comparator.comparing(totals::get).reversed())
                .limit(named).sorted().toList();
    }

    /** A series' sum over the categories shown. */
    private BigDecimal total(int series) {
        return values.get(series).stream().flatMap(Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
