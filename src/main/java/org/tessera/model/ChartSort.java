package org.tessera.model;

import java.util.Optional;

/**
 * How a chart orders its rows: {@code sort: desc} keeps the chart's own measure (a stacked chart's total, else its first
 * {@code y}); {@code sort: {by: column, order: asc}} names the column, as tables write it.
 */
public record ChartSort(Optional<String> by, SortOrder order) {

    /** By the chart's own measure. */
    public static ChartSort of(SortOrder order) {
        return new ChartSort(Optional.empty(), order);
    }
}
