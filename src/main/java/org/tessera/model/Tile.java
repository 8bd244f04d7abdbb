package org.tessera.model;

import java.util.Optional;

/** One key-achievement tile: from an indicator (its current value) or a literal value. */
public record Tile(Optional<String> indicator, Optional<String> value, Optional<String> label,
                   Optional<String> country, Position at) {
}
