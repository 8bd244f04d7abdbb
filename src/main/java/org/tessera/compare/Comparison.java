package org.tessera.compare;

import java.nio.file.Path;
import java.util.List;
import org.tessera.model.Problem;

/**
 * Two editions compared: the changes from the first to the second, or, when either has errors, its problems (whose
 * files are relative to {@code before} or {@code after}) and no changes.
 */
public record Comparison(Path before, Path after, List<Problem> beforeProblems, List<Problem> afterProblems,
                         List<EditionDiff.Change> changes) {

    public Comparison {
        beforeProblems = List.copyOf(beforeProblems);
        afterProblems = List.copyOf(afterProblems);
        changes = List.copyOf(changes);
    }

    /** Whether the two could be compared: neither edition has an error. */
    public boolean compared() {
        return beforeProblems.stream().noneMatch(Problem::isError) && afterProblems.stream().noneMatch(Problem::isError);
    }
}
