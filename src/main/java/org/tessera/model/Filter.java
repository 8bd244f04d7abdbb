package org.tessera.model;

import java.util.List;
import java.util.Map;

/** {@code where:} keeps the rows whose column equals the value, or one of a list of values. */
public record Filter(Map<String, List<String>> equals) {

    public static final Filter NONE = new Filter(Map.of());

    /** The columns in no order: a row is kept when every one matches. */
    public Filter {
        equals = Map.copyOf(equals);
    }
}
