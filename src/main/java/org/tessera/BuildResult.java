package org.tessera;

import java.nio.file.Path;
import java.util.List;
import org.tessera.model.Problem;

/** What a build or check found and did. */
public record BuildResult(List<Problem> problems, boolean published, int files, Path output, long millis) {

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
