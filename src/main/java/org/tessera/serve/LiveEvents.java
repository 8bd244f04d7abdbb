package org.tessera.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tessera.ProblemsJson;
import org.tessera.model.Problem;

/**
 * The server-sent event stream that open pages listen to: {@code reload} after a good rebuild, {@code problems}
 * (a JSON list with file, line, column, severity and message) while the edition is broken. A page that connects
 * while it is broken is told at once.
 */
final class LiveEvents {

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private volatile String problems; // the JSON of the current problems; null while the edition is fine

    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        clients.add(client);
        String now = problems;
        send(client, now == null ? "retry: 1000\n: connected\n\n" : "retry: 1000\n" + event("problems", now));
    }

    /** The site changed: open pages reload (which also removes a problems overlay). */
    void reload() {
        problems = null;
        broadcast(event("reload", "{}"));
    }

    /** The edition is broken: open pages show the problems over the last good page. */
    void problems(List<Problem> found) {
        String json = json(found);
        problems = json;
        broadcast(event("problems", json));
    }

    /** A comment line that keeps connections open through idle periods and finds pages that have gone. */
    void heartbeat() {
        broadcast(": keep-alive\n\n");
    }

    int listeners() {
        return clients.size();
    }

    void close() {
        for (Client client : clients) {
            client.exchange.close();
        }
        clients.clear();
    }

    private void broadcast(String text) {
        for (Client client : clients) {
            send(client, text);
        }
    }

    private void send(Client client, String text) {
        try {
            client.write(text);
        } catch (IOException e) {
            clients.remove(client); // the page was closed
            client.exchange.close();
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    static String json(List<Problem> found) {
        return ProblemsJson.write(found, false);
    }

    private static final class Client {
        private final HttpExchange exchange;
        private final OutputStream out;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.out = exchange.getResponseBody();
        }

        synchronized void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
