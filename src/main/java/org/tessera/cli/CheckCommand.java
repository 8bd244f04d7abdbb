package org.tessera.cli;

import java.util.concurrent.Callable;
import org.tessera.BuildResult;
import org.tessera.Tessera;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tessera check}: every problem, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates everything a build would and prints every problem found, grouped by file. Writes nothing. "
                + "Exit code 1 on errors (or warnings with --strict), 0 otherwise.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption edition;

    @Option(names = "--strict", description = "fail on warnings too")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    Format format = Format.text;

    @Override
    public Integer call() {
        BuildResult result = Tessera.check(edition.source);
        if (format == Format.json) {
            spec.commandLine().getOut().println(ProblemReport.json(result.problems()));
        } else {
            ProblemReport.printGrouped(result.problems(), spec.commandLine().getOut());
        }
        return result.failed(strict) ? 1 : 0;
    }
}
