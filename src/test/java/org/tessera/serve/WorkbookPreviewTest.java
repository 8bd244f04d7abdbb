package org.tessera.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.load.Workbooks;

/** serve and the starter's donors workbook, saved in place the way some programs write it. */
class WorkbookPreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();
    private final StringWriter log = new StringWriter();
    private Preview preview;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void a_workbook_written_in_two_steps_is_read_once_complete_without_showing_problems() throws Exception {
        TestEdition edition = TestEdition.starterAsShipped(tmp);
        Path workbook = edition.root().resolve("content/data/donors.xlsx");
        String csv;
        try (var in = getClass().getClassLoader().getResourceAsStream("starter/donors-sheet.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] saved = Workbooks.fromCsv(csv.replace("Germany,6000000", "Germany,7000000"), "Donors");
        preview = Preview.start(edition.root(), 0, new PrintWriter(log, true));
        try (EventStream events = new EventStream(client, uri("/__tessera/events"))) {
            Files.write(workbook, Arrays.copyOf(saved, saved.length / 2)); // the first half, in place
            Thread.sleep(300); // long enough for the watcher to see it, well within the loader's wait
            Files.write(workbook, Arrays.copyOfRange(saved, saved.length / 2, saved.length), StandardOpenOption.APPEND);

            events.next("reload", WAIT); // a 'problems' event first would fail here
        }
        assertTrue(get("/donors/").contains("7,000,000"));
        assertFalse(log.toString().contains("error"), log.toString());
    }

    private String get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + preview.port() + path);
    }
}
