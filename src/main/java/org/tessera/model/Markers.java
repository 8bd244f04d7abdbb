package org.tessera.model;

import java.util.Optional;

/** The gender (A–D) and human rights (A–C) markers of a programme, with where each was written. */
public record Markers(Optional<String> gender, Optional<String> humanRights, Position genderAt, Position humanRightsAt) {

    public static Markers none(Position at) {
        return new Markers(Optional.empty(), Optional.empty(), at, at);
    }
}
