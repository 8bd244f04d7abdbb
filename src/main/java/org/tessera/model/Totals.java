package org.tessera.model;

import java.util.Optional;

/** Declared total row and total column of a dataset; both are checked and neither is drawn as data. */
public record Totals(Optional<String> row, Optional<String> column, Position at) {
}
