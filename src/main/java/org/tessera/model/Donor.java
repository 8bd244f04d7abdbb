package org.tessera.model;

import java.math.BigDecimal;

/** A contributor to the fund (donors.csv). */
public record Donor(String name, BigDecimal amount, String currency, String kind, Position at) {
}
