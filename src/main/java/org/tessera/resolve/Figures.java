package org.tessera.resolve;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The figures computed from an edition: what tiles, tables and headlines print. */
public record Figures(Map<String, BigDecimal> indicatorValues, Headline headline, Optional<DonorSummary> donors) {

    public Optional<BigDecimal> indicatorValue(String code) {
        return Optional.ofNullable(indicatorValues.get(code));
    }
}
