package org.tessera.model;

import java.util.Optional;

/** The gender (A–D) and human rights (A–C) markers of a programme, with where each was written. */
public record Markers(Optional<String> gender, Optional<String> humanRights, Position genderAt, Position humanRightsAt) {

    /** The human rights marker a self-assessment scores: A for 8–10 yes answers, B for 4–7, C for 1–3 (and none). */
    public static String humanRightsFor(long score) {
        return score >= 8 ? "A" : score >= 4 ? "B" : "C";
    }

    public static Markers none(Position at) {
        return new Markers(Optional.empty(), Optional.empty(), at, at);
    }
}
