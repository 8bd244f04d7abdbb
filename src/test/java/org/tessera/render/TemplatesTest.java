package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;

class TemplatesTest {

    @TempDir
    Path dir;

    /** Templates escape text through {@link Html#escape}, which must write what Pebble's own escaping wrote. */
    @Test
    void printed_text_is_escaped_as_pebbles_own_html_escaping_did() throws IOException {
        Files.writeString(dir.resolve("probe.peb"), "<p title=\"{{ text }}\">{{ text }}</p>");
        StringBuilder text = new StringBuilder();
        for (char c = 1; c < 128; c++) {
            text.append(c);
        }
        text.append(" é – € \u00a0 😀 &amp; &#39; <script>alert('x')</script>");
        String page = new Templates(dir, Messages.load("en", dir)).render("probe", Map.of("text", text.toString()));
        String escaped = HtmlEscape.escapeHtml4Xml(text.toString());
        assertEquals("<p title=\"" + escaped + "\">" + escaped + "</p>", page);
    }
}
