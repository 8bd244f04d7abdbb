package org.tessera.model;

import java.util.List;

/** A row of key-achievement tiles. */
public record Tiles(List<Tile> tiles, Position at) implements Component {
}
