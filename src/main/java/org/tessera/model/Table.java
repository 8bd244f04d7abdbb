package org.tessera.model;

import java.util.List;
import java.util.Optional;

/** A table of a dataset's rows. */
public record Table(String data, List<String> columns, Optional<String> sortBy, SortOrder order,
                    boolean total, Filter where, Optional<String> note, Position at) implements Component {
}
