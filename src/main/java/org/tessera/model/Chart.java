package org.tessera.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A chart drawn from a dataset. */
public record Chart(Type type, String data, String x, List<String> y, Optional<String> title,
                    Optional<ChartSort> sort, OptionalInt top, Filter where, Position at) implements Component {

    public enum Type { BAR, COLUMN, STACKED, LINE, DONUT, PROGRESS }
}
