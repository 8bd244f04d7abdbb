package org.tessera.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tessera.BuildResult;
import org.tessera.Tessera;
import org.tessera.render.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tessera build}: the edition into a website. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the edition into a static website. On any error nothing is written and the previous output stays as it was.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption edition;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the output folder (default: _site inside the edition)")
    Path output;

    @Option(names = "--strict", description = "fail on warnings too")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "print problems only")
    boolean quiet;

    @Option(names = "--clean", description = "build everything, ignoring what the last build left in the edition's .tessera-cache folder")
    boolean clean;

    @Override
    public Integer call() {
        Path out = output != null ? output : edition.source.resolve("_site");
        ProgressBar progress = quiet ? null : ProgressBar.on(spec.commandLine().getErr());
        BuildResult result = Tessera.build(edition.source, out, strict, clean, progress == null ? Progress.NONE : progress);
        if (progress != null) {
            progress.finish();
        }
        result.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
        ProblemReport.print(result.problems(), spec.commandLine().getErr());
        if (result.published()) {
            if (!quiet) {
                spec.commandLine().getOut().println(summary(result, out));
            }
            return 0;
        }
        spec.commandLine().getErr().println("Build failed" + (result.failed(false) ? "" : " (--strict: warnings count as errors)")
                + "; the previous output is unchanged.");
        return 1;
    }

    /** "Built 40,064 files …", or what an incremental build made again and kept. */
    private static String summary(BuildResult result, Path out) {
        String where = out.toAbsolutePath().normalize().toString();
        if (result.files() == 0 && result.kept() > 0) {
            return String.format("Up to date: nothing changed since the last build into %s (%d ms)", where, result.millis());
        }
        if (result.kept() > 0) {
            return String.format("Built %d files into %s in %d ms; %d unchanged files kept from the last build",
                    result.files(), where, result.millis(), result.kept());
        }
        return String.format("Built %d files into %s in %d ms", result.files(), where, result.millis());
    }
}
