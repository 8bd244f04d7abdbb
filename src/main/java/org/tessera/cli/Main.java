package org.tessera.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tessera} command: build, check, serve and new an edition. */
@Command(name = "tessera", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the results publication of a pooled fund — an edition folder of YAML, markdown and CSV — "
                + "into a static website and printable brochures.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, DiffCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 problems, 2 wrong usage, 70 internal error. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** As {@link #run(String...)}, printing to {@code out} and {@code err} (standard output and error when null). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new Main());
        if (out != null) {
            line.setOut(out);
        }
        if (err != null) {
            line.setErr(err);
        }
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("tessera: internal error: " + e + " — please report it with the edition that caused it");
            if (System.getenv("TESSERA_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 70;
        });
        try {
            return line.execute(args);
        } catch (Error e) {
            // picocli hands on errors (a stack or memory exhausted by some input): one line, never a stack trace.
            line.getErr().println("tessera: internal error: " + e + " — please report it with the edition that caused it");
            line.getErr().flush();
            return 70;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
