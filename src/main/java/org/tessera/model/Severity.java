package org.tessera.model;

/** How serious a problem is: errors stop a build, warnings stop it only with --strict. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
