package org.tessera.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line, as a user sees it: exit code, standard output and standard error. */
public record Run(int exit, String out, String err) {

    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Whether any printed line holds both texts, e.g. a position and a message. */
    public boolean saysOnOneLine(String where, String what) {
        return (out + "\n" + err).lines().anyMatch(l -> l.contains(where) && l.contains(what));
    }

    public boolean showsStackTrace() {
        String all = out + err;
        return all.contains("\tat ") || all.contains("Exception in thread") || all.contains("Caused by:");
    }
}
