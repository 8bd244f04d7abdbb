package org.tessera.model;

/** A data-driven block in markdown: a fenced code block named tiles, chart or table whose body is YAML. */
public sealed interface Component permits Tiles, Chart, Table {

    /** Where the fenced block starts (its opening fence). */
    Position at();

    /** The info strings that name a component. */
    static boolean isComponentName(String info) {
        return "tiles".equals(info) || "chart".equals(info) || "table".equals(info);
    }
}
