package org.tessera.model;

/** A dataset column: its header, type, currency (for money) and label for readers. */
public record Column(String name, ColumnType type, String currency, String label, Position at) {
}
