import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a built site's list of pages with {@code ?q=<query>} in headless Chromium, through chromedriver, in real time
 * (Chromium's {@code --virtual-time-budget} does not let the clock run while a script works, so the times the page
 * records would be wrong), and prints what the site's own script records once the whole index is read: when the
 * first answer was drawn after the query was asked ({@code data-answered-ms}, counting the loading of MiniSearch and
 * the index), how long reading the whole index took ({@code data-indexed-ms}) and the last search
 * ({@code data-query-ms}), with the status line.
 *
 * <pre>
 * java bench/SearchTiming.java SITE_DIR RUNS [--type] QUERY...
 * </pre>
 *
 * With {@code --type}, it opens the home page instead and types the query into the search box, as a reader who
 * tabs into it and types at once: the first answer is then timed from the first key.
 */
public final class SearchTiming {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String READ = "var f=document.querySelector('form.site-search');"
            + "var l=document.getElementById('site-search-results');"
            + "return [f.getAttribute('data-answered-ms'), f.getAttribute('data-indexed-ms'), l.getAttribute('data-query-ms'),"
            + " document.getElementById('site-search-status').textContent].join('|');";

    public static void main(String[] args) throws Exception {
        String site = java.nio.file.Path.of(args[0]).toAbsolutePath().toUri().toString();
        int runs = Integer.parseInt(args[1]);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process driver = new ProcessBuilder("chromedriver", "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://127.0.0.1:" + port;
        try {
            waitFor(base);
            String session = value(post(base + "/session", "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\","
                    + "\"goog:chromeOptions\":{\"args\":[\"--headless=new\",\"--no-sandbox\",\"--disable-gpu\"]}}}}"), "sessionId");
            String at = base + "/session/" + session;
            boolean type = args[2].equals("--type");
            for (int q = type ? 3 : 2; q < args.length; q++) {
                List<String> lines = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    if (type) {
                        post(at + "/url", "{\"url\":\"" + site + "index.html\"}");
                        String box = value(post(at + "/element", "{\"using\":\"css selector\",\"value\":\"#site-search-q\"}"),
                                "element-6066-11e4-a52e-4f735466cecf");
                        post(at + "/element/" + box + "/value", "{\"text\":\"" + args[q] + "\"}");
                    } else {
                        post(at + "/url", "{\"url\":\"" + site + "search/index.html?q=" + args[q].replace(" ", "%20") + "\"}");
                    }
                    lines.add(measure(at));
                }
                System.out.println("query \"" + args[q] + "\": answered|indexed|query ms|status " + lines);
            }
            HTTP.send(HttpRequest.newBuilder(URI.create(at)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            driver.destroy();
        }
    }

    /** What the page records, once the whole index is read (or after 60 s). */
    private static String measure(String at) throws Exception {
        String read = "";
        for (int i = 0; i < 300; i++) {
            read = value(post(at + "/execute/sync", "{\"script\":\"" + READ.replace("\"", "\\\"") + "\",\"args\":[]}"), "value");
            if (!read.split("\\|", -1)[1].isEmpty()) {
                break;
            }
            Thread.sleep(200);
        }
        return read;
    }

    private static void waitFor(String base) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(), HttpResponse.BodyHandlers.ofString());
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    private static String post(String url, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A string field of chromedriver's JSON answer (enough for its flat answers; no JSON library in a bench script). */
    private static String value(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return m.group(1).replace("\\\"", "\"").replace("\\u2026", "…");
    }
}
