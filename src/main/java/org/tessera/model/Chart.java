package org.tessera.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A chart drawn from a dataset.
 *
 * @param id   the chart's stable name, its anchor on the page ({@code #chart-<id>}), when the author gives one
 * @param note a line shown under the chart, on the web and in print
 */
public record Chart(Type type, String data, String x, List<String> y, Optional<String> title,
                    Optional<ChartSort> sort, OptionalInt top, Filter where, Optional<String> id, Optional<String> note,
                    Position at) implements Component {

    public enum Type { BAR, COLUMN, STACKED, LINE, DONUT, PROGRESS }
}
