package org.tessera.render.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Column;

/**
 * The figures a chart draws, exactly as its data table shows them: one category per selected data row
 * (never the declared total row) and one series per value column (never the declared total column).
 *
 * @param values per series, per category; empty where the cell is empty
 */
public record ChartRows(Column category, List<Column> series, List<String> categories,
                        List<List<Optional<BigDecimal>>> values) {

    public Optional<BigDecimal> value(int series, int category) {
        return values.get(series).get(category);
    }

    public int size() {
        return categories.size();
    }
}
