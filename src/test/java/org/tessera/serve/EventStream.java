package org.tessera.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test's reader of the serve event stream, as a browser's EventSource reads it. */
final class EventStream implements AutoCloseable {

    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> opened = new LinkedBlockingQueue<>();
    private final Stream<String> lines;

    EventStream(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofLines());
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new AssertionError("not an event stream: " + response.headers());
        }
        lines = response.body();
        Thread reader = new Thread(this::read, "test-event-reader");
        reader.setDaemon(true);
        reader.start();
        if (opened.poll(10, TimeUnit.SECONDS) == null) {
            throw new AssertionError("the event stream sent nothing");
        }
    }

    private void read() {
        String[] name = {"message"};
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                opened.offer(line);
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.offer(new Event(name[0], data.toString()));
                    }
                    name[0] = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    name[0] = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }

    /** The next event, which must be named {@code name} and arrive within {@code timeout}. */
    Event next(String name, Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no '" + name + "' event within " + timeout);
        }
        if (!event.name().equals(name)) {
            throw new AssertionError("expected a '" + name + "' event, got " + event);
        }
        return event;
    }

    /** A condition checked after each reload, e.g. that a page shows an edit. */
    interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Waits for reloads until {@code condition} holds after one. A file written in place can be seen half-written
     * first, which may give a reload or problems event of its own; those are passed over.
     */
    void awaitReload(Duration timeout, Condition condition) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Event event = events.poll(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (event != null && event.name().equals("reload") && condition.holds()) {
                return;
            }
        }
        throw new AssertionError("no reload after which the condition held within " + timeout);
    }

    @Override
    public void close() {
        lines.close();
    }
}
