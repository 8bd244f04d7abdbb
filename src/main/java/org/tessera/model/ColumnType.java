package org.tessera.model;

/** The type of a dataset column. */
public enum ColumnType {
    TEXT, INTEGER, NUMBER, PERCENT, MONEY, DATE;

    public boolean isNumeric() {
        return this == INTEGER || this == NUMBER || this == PERCENT || this == MONEY;
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
