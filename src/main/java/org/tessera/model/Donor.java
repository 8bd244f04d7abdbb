package org.tessera.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A contributor to the fund (donors.csv), with the logo shown on brochures' back covers if it has one. */
public record Donor(String name, BigDecimal amount, String currency, String kind, Position at, Optional<Logo> logo) {

    /** An asset path from the {@code logo} column, and the cell that names it. */
    public record Logo(String asset, Position at) {
    }
}
