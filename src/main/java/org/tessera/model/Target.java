package org.tessera.model;

import java.math.BigDecimal;
import java.util.OptionalInt;

/** A fund's resource mobilization target, e.g. USD 150 million by 2026. */
public record Target(BigDecimal amount, String currency, OptionalInt by, String label, Position at) {
}
