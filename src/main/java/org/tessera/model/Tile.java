package org.tessera.model;

import java.util.Optional;

/**
 * One key-achievement tile: from an indicator (its current value), a literal value, or a figure the tool computes
 * ({@code figure: budget}). {@code compact}: the author asked for the figure in words ({@code format: compact}:
 * 207.6 million).
 */
public record Tile(Optional<String> indicator, Optional<String> value, Optional<HeadlineFigure> figure,
                   Optional<String> label, Optional<String> country, boolean compact, Position at) {

    /** A tile of a computed figure with the tool's own label. */
    public static Tile of(HeadlineFigure figure, Position at) {
        return new Tile(Optional.empty(), Optional.empty(), Optional.of(figure), Optional.empty(), Optional.empty(), false, at);
    }
}
