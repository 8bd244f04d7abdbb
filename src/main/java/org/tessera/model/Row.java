package org.tessera.model;

import java.util.List;

/** One data row of a dataset, with the line it starts on. */
public record Row(int line, List<Cell> cells) {

    public Cell cell(int column) {
        return cells.get(column);
    }
}
