package org.tessera.model;

import java.util.Optional;

/**
 * One key-achievement tile: from an indicator (its current value) or a literal value. {@code compact}: the author
 * asked for the figure in words ({@code format: compact}: 207.6 million).
 */
public record Tile(Optional<String> indicator, Optional<String> value, Optional<String> label,
                   Optional<String> country, boolean compact, Position at) {
}
