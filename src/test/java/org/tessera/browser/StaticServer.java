package org.tessera.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny static web server for tests: serves a built site on loopback under a base path (e.g. /mptf/), like a
 * real host would, with 404.html for missing files, and remembers every request that failed.
 */
final class StaticServer implements AutoCloseable {

    /** A request the server could not answer with 200, and the page that asked for it (its Referer), if any. */
    record Failed(String path, int status, String referer) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"));

    private final HttpServer server;
    private final Path root;
    private final String basePath;
    private final List<Failed> failed = new ArrayList<>();

    private StaticServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code root} at http://127.0.0.1:PORT{basePath}; basePath starts and ends with "/". */
    static StaticServer serve(Path root, String basePath) throws IOException {
        return new StaticServer(root, basePath);
    }

    /** The address of the site's home, e.g. http://127.0.0.1:41234/mptf/. */
    String home() {
        return origin() + basePath;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The failed requests since the last call, then forgets them. */
    synchronized List<Failed> takeFailed() {
        List<Failed> out = List.copyOf(failed);
        failed.clear();
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().toString()).getPath();
            Path file = resolve(path);
            int status = 200;
            if (file == null) {
                status = 404;
                file = root.resolve("404.html");
                synchronized (this) {
                    failed.add(new Failed(path, status, exchange.getRequestHeaders().getFirst("Referer")));
                }
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", type(file));
            exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The file for a request path, or null when there is none (outside the base path, missing, or a folder without index.html). */
    private Path resolve(String path) {
        if (!path.startsWith(basePath)) {
            return null;
        }
        Path file = root.resolve(path.substring(basePath.length())).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            // A real host redirects "/mptf/data" to "/mptf/data/"; the site must link to folders with the slash.
            file = path.endsWith("/") ? file.resolve("index.html") : null;
        }
        return file != null && Files.isRegularFile(file) ? file : null;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
