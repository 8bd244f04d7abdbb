package org.tessera.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.tessera.LiveBuild;
import org.tessera.model.SitePaths;
import org.tessera.model.Problem;
import org.tessera.render.OutputFile;

/**
 * Serves the last good build of an edition on the loopback interface only, under the edition's base path, with
 * the live-reload script added to every HTML page it sends (and never to a published file).
 */
final class SiteServer {

    /** Where the live-reload script and its event stream are served, outside any site path. */
    static final String LIVE = "/__tessera/";
    private static final String SCRIPT_TAG = "<script src=\"" + LIVE + "live.js\"></script>";

    private final LiveBuild build;
    private final LiveEvents events;
    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] script;
    private final java.util.function.Consumer<List<Problem>> pdfProblems;

    /** @param pdfProblems told what laying out a requested brochure PDF found (serve lays them out on request) */
    SiteServer(LiveBuild build, LiveEvents events, int port, java.util.function.Consumer<List<Problem>> pdfProblems) throws IOException {
        this.build = build;
        this.pdfProblems = pdfProblems;
        this.events = events;
        this.script = resource("serve/live.js");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "tessera-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean streaming = false;
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "Only GET and HEAD are served.");
                return;
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (!RequestPaths.isLoopbackHost(host)) {
                // A web page the author visits could reach the preview (and embargoed figures) by pointing a name of
                // its own at 127.0.0.1 (DNS rebinding); such requests name that host, never ours.
                text(exchange, 403, "Refused: the preview answers only to http://127.0.0.1:" + port() + "/ and http://localhost:"
                        + port() + "/, not to the host " + host + ".");
                return;
            }
            URI uri = exchange.getRequestURI();
            Optional<String> path = RequestPaths.decode(uri.getRawPath());
            boolean hostInPath = uri.getScheme() == null && uri.getRawAuthority() != null; // "//etc/passwd" reads as a host
            if (hostInPath || path.isEmpty() || RequestPaths.leavesSite(path.get())) {
                text(exchange, 400, "Refused: this address leaves the site.");
                return;
            }
            String target = path.get();
            if (target.equals(LIVE + "events")) {
                streaming = true;
                events.connect(exchange);
                return;
            }
            if (target.equals(LIVE + "live.js")) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
                return;
            }
            site(exchange, target);
        } catch (IOException | UncheckedIOException e) {
            streaming = false; // the browser went away; nothing to tell it
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    private void site(HttpExchange exchange, String target) throws IOException {
        String base = build.basePath();
        if (!target.startsWith(base)) {
            if (target.equals("/") || (target + "/").equals(base)) {
                redirect(exchange, base);
            } else {
                notFound(exchange);
            }
            return;
        }
        String inside = target.substring(base.length());
        String key = SitePaths.file(inside);
        Optional<OutputFile> file = build.file(key);
        List<Problem> laidOut = build.takePdfProblems();
        if (!laidOut.isEmpty()) {
            pdfProblems.accept(laidOut);
        }
        Optional<byte[]> content = file.isPresent() ? bytes(file.get()) : Optional.empty();
        if (content.isPresent()) {
            send(exchange, 200, ContentTypes.of(key), content.get());
        } else if (build.file(SitePaths.file(inside + "/")).isPresent()) {
            redirect(exchange, exchange.getRequestURI().getRawPath() + "/"); // relative links need the slash
        } else {
            notFound(exchange);
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Optional<OutputFile> page = build.file(SitePaths.NOT_FOUND);
        if (page.isPresent()) {
            send(exchange, 404, ContentTypes.of(SitePaths.NOT_FOUND), bytes(page.get()).orElse(new byte[0]));
        } else {
            // No good build yet: a page that shows the problems overlay and reloads once they are fixed.
            String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tessera</title></head>"
                    + "<body><main><h1>Nothing to show yet</h1><p>The edition has not built yet. Fix the problems "
                    + "listed here or in the terminal; this page reloads when it builds.</p></main></body></html>";
            send(exchange, 404, ContentTypes.of(SitePaths.NOT_FOUND), html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        byte[] content = ContentTypes.isHtml(type) ? withScript(body) : body;
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store"); // a reload must show the rebuilt file
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(content.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, content.length == 0 ? -1 : content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    private void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    /** The page with the live-reload script before its closing body tag. */
    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String injected = end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + "\n" + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    /** A file's content; an asset is read when asked for, and is gone if it was deleted since the last good build. */
    private static Optional<byte[]> bytes(OutputFile file) throws IOException {
        if (file instanceof OutputFile.Written written) {
            return Optional.of(written.bytes());
        }
        try {
            return Optional.of(Files.readAllBytes(((OutputFile.Copied) file).source()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SiteServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
