package org.tessera.model;

import java.time.LocalDate;

/** A programme's implementation period. */
public record Period(LocalDate start, LocalDate end, Position at) {
}
