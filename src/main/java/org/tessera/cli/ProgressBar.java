package org.tessera.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.tessera.render.Progress;

/**
 * Shows how far a long build got: a bar redrawn in place on a terminal, a few plain lines elsewhere (CI logs,
 * pipes). A build that ends within half a second shows nothing.
 */
final class ProgressBar implements Progress {

    private static final long SHOW_AFTER_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long PLAIN_LINE_NANOS = 2_000_000_000L;
    private static final int WIDTH = 30;
    private static final Map<String, String> STAGES = Map.of(
            "load", "Reading and checking the edition",
            "render", "Rendering pages",
            "write", "Writing files");

    private final PrintWriter out;
    private final boolean terminal;
    private final long showAfter;
    private final long start = System.nanoTime();
    private String stage = "";
    private long lastDraw = Long.MIN_VALUE / 2;
    private int drawnWidth;

    /** @param showAfterNanos how long a build runs before anything is shown */
    ProgressBar(PrintWriter out, boolean terminal, long showAfterNanos) {
        this.out = out;
        this.terminal = terminal;
        this.showAfter = showAfterNanos;
    }

    /** A bar on an interactive terminal, plain lines when output goes to a file, a pipe or a dumb terminal. */
    static ProgressBar on(PrintWriter out) {
        return new ProgressBar(out, System.console() != null && !"dumb".equals(System.getenv("TERM")), SHOW_AFTER_NANOS);
    }

    @Override
    public void update(String newStage, int done, int total) {
        long now = System.nanoTime();
        boolean stageChanged = !newStage.equals(stage);
        stage = newStage;
        if (now - start < showAfter) {
            return;
        }
        String label = STAGES.getOrDefault(newStage, newStage);
        if (terminal && (stageChanged || done == total || now - lastDraw >= REDRAW_NANOS)) {
            lastDraw = now;
            draw(label, done, total);
        } else if (!terminal && (stageChanged || now - lastDraw >= PLAIN_LINE_NANOS)) {
            lastDraw = now; // a line per stage, and one every few seconds in a long one: enough for a CI log
            out.println(total > 0 ? label + ": " + done + "/" + total : label + "…");
            out.flush();
        }
    }

    /** Clears the bar, so that what follows starts on a clean line. */
    void finish() {
        if (drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            out.flush();
            drawnWidth = 0;
        }
    }

    private void draw(String label, int done, int total) {
        String line;
        if (total > 0) {
            int filled = Math.min(WIDTH, done * WIDTH / total);
            line = String.format("%-34s [%s%s] %d/%d", label, "#".repeat(filled), "-".repeat(WIDTH - filled), done, total);
        } else {
            line = label + "…";
        }
        out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        out.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }
}
