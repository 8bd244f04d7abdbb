package org.tessera;

import java.nio.file.Path;
import java.util.List;
import org.tessera.model.Problem;

/**
 * What a build or check found and did.
 *
 * @param files   the files written
 * @param kept    the files of the previous output kept as they were, since nothing they read changed
 * @param notes   what the build says about its cache (damaged, ignored): never a problem of the edition
 * @param missing the build stopped because files of the previous output it meant to keep were gone
 * @param partial only the programmes whose files changed were loaded, not the whole edition
 */
public record BuildResult(List<Problem> problems, boolean published, int files, Path output, long millis, int kept,
                          List<String> notes, boolean missing, boolean partial) {

    public BuildResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public BuildResult(List<Problem> problems, boolean published, int files, Path output, long millis) {
        this(problems, published, files, output, millis, 0, List.of(), false, false);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** Whether the run failed: any error, or any warning when strict. */
    public boolean failed(boolean strict) {
        return errors() > 0 || (strict && warnings() > 0);
    }
}
