package org.tessera.model;

/** A programme's implementation period, each end as precise as it was written. */
public record Period(WrittenDate start, WrittenDate end, Position at) {

    /** Whether the period ends before it starts, comparing the first day of the start with the last of the end. */
    public boolean endsBeforeItStarts() {
        return end.last().isBefore(start.first());
    }
}
