package org.tessera.model;

import java.math.BigDecimal;
import java.util.Optional;

/** One CSV cell: the text as written and, for numeric columns, its number (empty for "" and "-"). */
public record Cell(String text, Optional<BigDecimal> number) {
}
