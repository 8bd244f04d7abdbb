package org.tessera.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** An amount with its parts by organization: a programme's budget or funds received. */
public record Money(String currency, Optional<BigDecimal> total, Map<String, BigDecimal> byOrganization, Position at) {

    /** The total as given, or the sum of the parts when no total is written. */
    public BigDecimal amount() {
        return total.orElseGet(this::sumOfParts);
    }

    public BigDecimal sumOfParts() {
        return byOrganization.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
