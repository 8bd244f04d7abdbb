package org.tessera.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.Tessera;
import org.tessera.load.Workbooks;

class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final StringWriter log = new StringWriter();
    private Preview preview;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    private TestEdition serve() throws IOException {
        TestEdition edition = TestEdition.starter(tmp);
        preview = Preview.start(edition.root(), 0, new PrintWriter(log, true));
        return edition;
    }

    @Test
    void pages_are_served_with_the_reload_script_that_published_pages_lack() throws Exception {
        TestEdition edition = serve();

        HttpResponse<String> home = get("/");

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<script src=\"/__tessera/live.js\"></script>\n</body>"));
        assertTrue(get("/__tessera/live.js").body().contains("EventSource"));
        Tessera.build(edition.root(), tmp.resolve("published"), false);
        assertFalse(Files.readString(tmp.resolve("published/index.html")).contains("__tessera"));
        assertTrue(log.toString().startsWith("Built the whole site"), log.toString());
    }

    @Test
    void editing_a_story_rebuilds_its_page_and_reloads_open_pages() throws Exception {
        TestEdition edition = serve();
        try (EventStream events = new EventStream(client, uri("/__tessera/events"))) {
            edition.edit("content/programmes/border-districts.md", "## Background", "## Background\n\nA sentence written just now.");

            events.next("reload", WAIT);
        }
        assertTrue(get("/programmes/border-districts/").body().contains("A sentence written just now."));
        assertTrue(log.toString().contains("content/programmes/border-districts.md changed: rebuilt 1 file in "), log.toString());
    }

    @Test
    void editing_a_dataset_rebuilds_the_pages_that_use_it() throws Exception {
        TestEdition edition = serve();
        try (EventStream events = new EventStream(client, uri("/__tessera/events"))) {
            edition.edit("content/data/indicators.csv", "2025,640", "2025,700");
            events.next("reload", WAIT);
            assertTrue(get("/programmes/border-districts/").body().contains("1,550"), "850 + 700 in the sentence");

            Path donors = edition.root().resolve("content/data/donors.csv"); // written in place, as some editors do
            Files.writeString(donors, Files.readString(donors).replace("Germany,6000000", "Germany,7000000"));
            events.awaitReload(WAIT, () -> get("/donors/").body().contains("7,000,000"));
        }
        assertTrue(get("/data/donors.csv").body().contains("Germany,7000000"));
    }

    @Test
    void saving_a_workbook_dataset_rebuilds_the_pages_that_use_it() throws Exception {
        Path donors = tmp.resolve("edition/content/data/donors.csv");
        TestEdition.starter(tmp);
        String csv = Files.readString(donors);
        Path workbook = donors.resolveSibling("donors.xlsx");
        Files.write(workbook, Workbooks.fromCsv(csv, "Donors"));
        Files.delete(donors);
        preview = Preview.start(tmp.resolve("edition"), 0, new PrintWriter(log, true));
        try (EventStream events = new EventStream(client, uri("/__tessera/events"))) {
            Path saved = workbook.resolveSibling(".~donors.xlsx"); // Excel writes a temporary file, then renames it
            Files.write(saved, Workbooks.fromCsv(csv.replace("Germany,6000000", "Germany,7000000"), "Donors"));
            Files.move(saved, workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            events.awaitReload(WAIT, () -> get("/donors/").body().contains("7,000,000"));
        }
        assertTrue(get("/data/donors.csv").body().contains("Germany,7000000"));
        assertEquals(404, get("/data/donors.xlsx").statusCode());
    }

    @Test
    void a_broken_file_shows_its_problems_while_the_last_good_site_stays() throws Exception {
        TestEdition edition = serve();
        try (EventStream events = new EventStream(client, uri("/__tessera/events"))) {
            edition.edit("content/data/indicators.csv", "2024,850", "2024,8S0");

            EventStream.Event problems = events.next("problems", WAIT);

            assertTrue(problems.data().contains("\"file\":\"content/data/indicators.csv\",\"line\":2,\"column\":9"), problems.data());
            assertTrue(problems.data().contains("\"severity\":\"error\""));
            assertTrue(get("/programmes/border-districts/").body().contains("1,490"), "the last good page");
            try (EventStream later = new EventStream(client, uri("/__tessera/events"))) {
                assertEquals(problems.data(), later.next("problems", WAIT).data(), "a page opened now shows them too");
            }
            edition.edit("content/data/indicators.csv", "2024,8S0", "2024,850");
            events.next("reload", WAIT);
        }
        assertTrue(log.toString().contains("content/data/indicators.csv:2:9: error:"), log.toString());
        assertTrue(log.toString().contains("still serving the last good site"));
    }

    @Test
    void an_edition_broken_from_the_start_is_served_once_fixed() throws Exception {
        TestEdition edition = TestEdition.starter(tmp);
        edition.edit("site.yml", "title: Our Fund in Action", "title: [Our Fund");
        preview = Preview.start(edition.root(), 0, new PrintWriter(log, true));

        HttpResponse<String> waiting = get("/");

        assertEquals(404, waiting.statusCode());
        assertTrue(waiting.body().contains("/__tessera/live.js"), "the placeholder page shows the problems too");
        try (EventStream events = new EventStream(client, uri("/__tessera/events"))) {
            assertTrue(events.next("problems", WAIT).data().contains("\"file\":\"site.yml\""));
            edition.edit("site.yml", "title: [Our Fund", "title: Our Fund in Action");
            events.next("reload", WAIT);
        }
        assertEquals(200, get("/").statusCode());
    }

    @Test
    void a_head_request_gets_headers_only_and_other_methods_are_refused() throws Exception {
        serve();

        HttpResponse<String> head = client.send(HttpRequest.newBuilder(uri("/data/donors.csv"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("text/csv; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));
        assertEquals(405, post.statusCode());
    }

    @Test
    void paths_that_leave_the_site_are_refused() throws Exception {
        serve();
        for (String path : List.of("/../site.yml", "/../../../../etc/passwd", "/%2e%2e/site.yml", "/%2E%2E/%2e%2e/etc/passwd",
                "/assets/..%2f..%2fsite.yml", "/data/%2e%2e/../site.yml", "//etc/passwd", "/%2fetc/passwd",
                "/assets/..%5c..%5csite.yml", "/./index.html")) {
            assertTrue(raw(path).startsWith("HTTP/1.1 400"), path);
        }
        assertTrue(raw("/%252e%252e/site.yml").startsWith("HTTP/1.1 404"), "decoded once: a folder named %2e%2e");
    }

    @Test
    void requests_naming_another_host_are_refused_as_dns_rebinding_would_send_them() throws Exception {
        serve();
        int port = preview.port();
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1.evil.example:" + port, "localhost.evil.example")) {
            assertTrue(raw("/", host).startsWith("HTTP/1.1 403"), host);
        }
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
            assertTrue(raw("/", host).startsWith("HTTP/1.1 200"), host);
        }
    }

    @Test
    void unknown_addresses_get_the_site_404_page() throws Exception {
        serve();

        HttpResponse<String> missing = get("/no/such/page.html");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertEquals("text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void files_are_sent_with_their_content_types() throws Exception {
        TestEdition edition = TestEdition.starter(tmp);
        for (String asset : List.of("font.woff2", "font.ttf", "font.otf", "report.pdf",
                "photo.webp", "logo.svg", "notes.txt", "extra.js", "map.json", "feed.xml")) {
            Files.write(edition.root().resolve("assets/" + asset), new byte[] {1, 2, 3});
        }
        // Photos must be real images: a damaged one is an error that stops the build.
        java.awt.image.BufferedImage pixels = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(pixels, "png", edition.root().resolve("assets/photo.png").toFile());
        javax.imageio.ImageIO.write(pixels, "jpeg", edition.root().resolve("assets/photo.jpg").toFile());
        preview = Preview.start(edition.root(), 0, new PrintWriter(log, true));
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/", "text/html; charset=utf-8"),
                Map.entry("/assets/tessera.css", "text/css; charset=utf-8"),
                Map.entry("/assets/extra.js", "text/javascript; charset=utf-8"),
                Map.entry("/assets/logo.svg", "image/svg+xml"),
                Map.entry("/assets/report.pdf", "application/pdf"),
                Map.entry("/data/donors.csv", "text/csv; charset=utf-8"),
                Map.entry("/data/donors.json", "application/json; charset=utf-8"),
                Map.entry("/assets/photo.png", "image/png"),
                Map.entry("/assets/photo.jpg", "image/jpeg"),
                Map.entry("/assets/photo.webp", "image/webp"),
                Map.entry("/assets/font.woff2", "font/woff2"),
                Map.entry("/assets/font.ttf", "font/ttf"),
                Map.entry("/assets/font.otf", "font/otf"),
                Map.entry("/sitemap.xml", "application/xml; charset=utf-8"),
                Map.entry("/robots.txt", "text/plain; charset=utf-8"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            HttpResponse<String> response = get(e.getKey());
            assertEquals(200, response.statusCode(), e.getKey());
            assertEquals(e.getValue(), response.headers().firstValue("Content-Type").orElse(""), e.getKey());
        }
    }

    @Test
    void the_site_is_served_under_its_base_path() throws Exception {
        TestEdition edition = TestEdition.starter(tmp);
        edition.edit("site.yml", "base_url: /", "base_url: https://example.org/in-action/");
        preview = Preview.start(edition.root(), 0, new PrintWriter(log, true));

        assertEquals(200, get("/in-action/").statusCode());
        assertEquals(200, get("/in-action/programmes/border-districts/").statusCode());
        assertEquals("/in-action/", get("/").headers().firstValue("Location").orElse(""));
        assertEquals(404, get("/programmes/").statusCode());
        assertEquals("http://127.0.0.1:" + preview.port() + "/in-action/", preview.address().toString());
    }

    @Test
    void folders_without_a_slash_are_redirected_so_relative_links_work() throws Exception {
        serve();

        HttpResponse<String> response = get("/programmes");

        assertEquals(302, response.statusCode());
        assertEquals("/programmes/", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void stopping_frees_the_port() throws Exception {
        serve();
        int port = preview.port();

        preview.close();

        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + preview.port() + path);
    }

    /** Sends the request line exactly as written, as a hostile client would, and returns the status line. */
    private String raw(String path) throws IOException {
        return raw(path, "127.0.0.1");
    }

    private String raw(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }
}
