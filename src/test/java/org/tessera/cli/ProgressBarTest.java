package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter text = new StringWriter();

    @Test
    void off_a_terminal_each_stage_is_a_plain_line() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false, 0);

        bar.update("load", 0, 0);
        bar.update("render", 1, 4);
        bar.update("render", 2, 4);
        bar.update("write", 1, 9);
        bar.finish();

        assertEquals(String.format("Reading and checking the edition…%nRendering pages: 1/4%nWriting files: 1/9%n"), text.toString());
    }

    @Test
    void on_a_terminal_the_bar_is_redrawn_in_place_and_cleared_at_the_end() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true, 0);

        bar.update("render", 2, 4);
        bar.update("render", 4, 4);
        bar.finish();

        String out = text.toString();
        assertTrue(out.contains("\rRendering pages"));
        assertTrue(out.contains("[###############---------------] 2/4"));
        assertTrue(out.contains("[##############################] 4/4"));
        assertTrue(out.endsWith("\r"));
        assertFalse(out.contains("\n"));
    }

    @Test
    void a_short_build_shows_nothing() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false, 60_000_000_000L);

        bar.update("render", 1, 4);
        bar.finish();

        assertEquals("", text.toString());
    }
}
