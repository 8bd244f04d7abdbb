import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tessera.serve.Preview;

/**
 * Measures `serve`: the time from saving an edit to one story until the browser's event stream receives the
 * reload event. Starts serve in-process on a free port and reads the stream as a page would.
 *
 * <p>Run: {@code java -cp target/tessera.jar bench/ServeReload.java EDITION STORY-FILE [EDITS] [body|summary|words]}.
 * A body edit adds a sentence (its page is rebuilt); a summary edit changes the front matter, which the home
 * page and the programmes list show too; a words edit saves templates/messages_en.properties with a new
 * introduction to the donors page (only that page shows it). EDITION is edited in place: give it a copy.
 */
public final class ServeReload {

    public static void main(String[] args) throws Exception {
        Path edition = Path.of(args[0]);
        Path story = edition.resolve(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String mode = args.length > 3 ? args[3] : "body";
        boolean summary = mode.equals("summary");
        Path words = edition.resolve("templates/messages_en.properties");
        StringWriter log = new StringWriter();
        long startServe = System.nanoTime();
        try (Preview preview = Preview.start(edition, 0, new PrintWriter(log, true))) {
            long served = (System.nanoTime() - startServe) / 1_000_000;
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + preview.port() + "/__tessera/events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> stream.body().filter(l -> l.startsWith("event: ")).forEach(events::offer));
            reader.setDaemon(true);
            reader.start();
            Thread.sleep(300); // let the watcher and the stream settle

            String original = Files.readString(story);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                long start = System.nanoTime();
                if (mode.equals("words")) {
                    Files.createDirectories(words.getParent());
                    Files.writeString(words, "donors.intro=Edit number " + i + " of the benchmark.\n");
                } else {
                    Files.writeString(story, summary ? original.replaceFirst("summary: ", "summary: Edit " + i + ". ")
                            : original + "\nEdit number " + i + " of the benchmark.\n");
                }
                String event = events.poll(30, TimeUnit.SECONDS);
                long took = (System.nanoTime() - start) / 1_000_000;
                if (!"event: reload".equals(event)) {
                    throw new IllegalStateException("expected a reload event, got " + event + "\n" + log);
                }
                millis.add(took);
                Thread.sleep(150); // a writer does not save ten times a second
            }
            Files.writeString(story, original);
            events.poll(30, TimeUnit.SECONDS);

            long first = millis.get(0);
            List<Long> warm = new ArrayList<>(millis.subList(Math.min(3, millis.size() - 1), millis.size()));
            Collections.sort(warm);
            System.out.printf("%s: serve started in %d ms; save-to-reload for %s (%s) over %d edits: first %d ms, "
                            + "then median %d ms, min %d ms, max %d ms%n",
                    edition.getFileName(), served, mode.equals("words") ? "templates/messages_en.properties" : args[1], mode, edits, first, warm.get(warm.size() / 2), warm.get(0),
                    warm.get(warm.size() - 1));
            String[] lines = log.toString().split("\n");
            System.out.println("  serve's own report of the last rebuild: " + lines[lines.length - 2].trim());
        }
    }
}
