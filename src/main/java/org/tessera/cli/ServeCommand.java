package org.tessera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.tessera.serve.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tessera serve}: a live preview of the edition while it is written. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the edition and serves it on 127.0.0.1 only. Every saved change to site.yml, content/, assets/ "
                + "or templates/ is rebuilt and open pages reload; while the edition is broken, the last good site stays "
                + "up and the pages show the problems. Nothing is written to the edition folder. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SourceOption edition;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "the port on 127.0.0.1 (default: 8080; 0 picks a free one)")
    int port = 8080;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("--port must be between 1 and 65535 (or 0 for any free port), e.g. --port 8080");
            return 2;
        }
        Preview preview;
        try {
            preview = Preview.start(edition.source, port, out);
        } catch (BindException e) {
            err.println("Port " + port + " is already in use (another serve?); choose another with --port, e.g. --port "
                    + (port == 65535 ? 8081 : port + 1));
            return 1;
        } catch (NoSuchFileException e) {
            err.println("The edition folder " + edition.source + " does not exist; `tessera new DIR` writes a starter edition");
            return 1;
        } catch (IOException e) {
            err.println("Cannot serve the edition: " + e.getMessage());
            return 1;
        }
        out.println("Serving at " + preview.address() + " (watching site.yml, content/, assets/ and templates/; Ctrl-C stops)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("Stopped.");
            out.flush();
        }, "tessera-stop"));
        preview.await();
        return 0;
    }
}
