package org.tessera.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.tessera.LiveBuild;
import org.tessera.model.Problem;

/**
 * {@code tessera serve}: the edition built into memory and served on 127.0.0.1; each saved change is rebuilt
 * (only what it affects) and open pages reload, or show the problems while the edition is broken.
 */
public final class Preview implements AutoCloseable {

    private static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line()).thenComparingInt(p -> p.position().column());

    private final LiveBuild build;
    private final LiveEvents events = new LiveEvents();
    private final SiteServer server;
    private final EditionWatcher watcher;
    private final ScheduledExecutorService heartbeat;
    private final PrintWriter log;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private List<Problem> printed = List.of(); // the problems last listed, so unchanged warnings are not repeated

    private Preview(Path root, int port, PrintWriter log) throws IOException {
        this.log = log;
        this.build = new LiveBuild(root);
        LiveBuild.Outcome first = build.build();
        report("", first);
        if (!first.good()) {
            events.problems(sorted(first.problems()));
        }
        this.server = new SiteServer(build, events, port, this::reportPdf);
        this.watcher = new EditionWatcher(root);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "tessera-heartbeat"));
    }

    /**
     * Builds the edition in {@code source} and serves it on 127.0.0.1:{@code port} (0 for any free port), logging
     * each rebuild to {@code log}. The server runs until {@link #close()}.
     */
    public static Preview start(Path source, int port, PrintWriter log) throws IOException {
        Preview preview = new Preview(source.toRealPath(), port, log);
        preview.server.start();
        daemon(() -> preview.watcher.run(preview::changed), "tessera-watch").start();
        preview.heartbeat.scheduleAtFixedRate(preview.events::heartbeat, 15, 15, TimeUnit.SECONDS);
        return preview;
    }

    public int port() {
        return server.port();
    }

    /** The address of the site's home page. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + port() + build.basePath());
    }

    /** Blocks until {@link #close()}. */
    public void await() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        heartbeat.shutdownNow();
        try {
            watcher.close();
        } catch (IOException e) {
            // closing is best effort; the process is ending
        }
        events.close();
        server.stop();
        stopped.countDown();
    }

    private void changed(Set<String> files) {
        LiveBuild.Outcome outcome;
        try {
            outcome = files.isEmpty() ? build.build() : build.rebuild(files);
        } catch (RuntimeException e) {
            log.println("tessera: internal error while rebuilding after " + describe(files) + ": " + e
                    + " — please report it with the edition that caused it; still serving the last good site");
            log.flush();
            return;
        }
        report(describe(files) + ": ", outcome);
        if (outcome.good()) {
            events.reload();
        } else {
            events.problems(sorted(outcome.problems()));
        }
    }

    private void report(String what, LiveBuild.Outcome outcome) {
        List<Problem> problems = sorted(outcome.problems());
        if (!outcome.good() || !problems.equals(printed)) {
            problems.forEach(p -> log.println("  " + p.format()));
            printed = problems;
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (outcome.good()) {
            log.printf("%s%s %s in %d ms%s%n", what, what.isEmpty() ? "Built" : "rebuilt",
                    outcome.full() ? "the whole site (" + outcome.rendered() + " files)" : plural(outcome.rendered(), "file"),
                    outcome.millis(), warnings > 0 ? ", " + plural(warnings, "warning") : "");
        } else {
            log.printf("%s%s%s; %s%n", what, plural(errors, "error"), warnings > 0 ? ", " + plural(warnings, "warning") : "",
                    build.hasSite() ? "still serving the last good site until they are fixed" : "nothing to serve until they are fixed");
        }
        log.flush();
    }

    private static String describe(Set<String> files) {
        if (files.isEmpty()) {
            return "Many files changed";
        }
        List<String> names = files.stream().limit(3).toList();
        return String.join(", ", names) + (files.size() > 3 ? " and " + (files.size() - 3) + " more" : "") + " changed";
    }

    /** What laying out a brochure PDF found when it was first opened after a change. */
    private void reportPdf(List<Problem> problems) {
        synchronized (log) {
            log.println("Laid out a brochure PDF:");
            sorted(problems).forEach(p -> log.println("  " + p.format()));
            log.flush();
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(ORDER).toList();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
