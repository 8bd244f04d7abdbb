package org.tessera.resolve;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The figures computed from an edition: what tiles, tables and headlines print, and the index by which charts
 * and tables find their rows.
 */
public record Figures(Map<String, BigDecimal> indicatorValues, Headline headline, Optional<DonorSummary> donors,
                      RowIndex rows) {

    public Optional<BigDecimal> indicatorValue(String code) {
        return Optional.ofNullable(indicatorValues.get(code));
    }
}
