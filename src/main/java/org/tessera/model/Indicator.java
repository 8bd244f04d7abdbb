package org.tessera.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One indicator of a results framework with its reported periods (from indicators.csv). */
public record Indicator(String code, String programme, String statement, Unit unit, String level,
                        Optional<BigDecimal> baseline, Optional<BigDecimal> target,
                        List<Result> periods, Optional<Result> cumulative, Position at) {

    public enum Unit { COUNT, PERCENT, SCORE }

    /**
     * The current value: for a count the sum of its periods, for a percent or score the latest reported
     * period's value (the last row with a value, in the order written).
     */
    public Optional<BigDecimal> current() {
        List<BigDecimal> reported = periods.stream().map(Result::value).flatMap(Optional::stream).toList();
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        if (unit == Unit.COUNT) {
            return Optional.of(reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return Optional.of(reported.get(reported.size() - 1));
    }

    /** The result of one reporting period. */
    public record Result(String period, Optional<BigDecimal> value, String asOf, String notes, Position at) {
    }
}
