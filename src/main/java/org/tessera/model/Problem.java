package org.tessera.model;

/** Something wrong in an edition, told to the person who can fix it: where, and what to do. */
public record Problem(Position position, Severity severity, String message) {

    public static Problem error(Position at, String message) {
        return new Problem(at, Severity.ERROR, message);
    }

    public static Problem warning(Position at, String message) {
        return new Problem(at, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The form every tool understands: {@code file:line:column: severity: message}. */
    public String format() {
        return position + ": " + severity.label() + ": " + message;
    }
}
