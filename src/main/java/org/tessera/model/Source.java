package org.tessera.model;

import java.util.Optional;

/** Where a dataset's figures come from: publisher, as-of date, address. */
public record Source(String publisher, Optional<String> asOf, Optional<String> url) {

    public static final Source NONE = new Source("", Optional.empty(), Optional.empty());
}
