package org.tessera.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Follows addresses on the test server by HTTP, once each, and says what is wrong with one, if anything. */
final class LinkChecker {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, HttpResponse<String>> fetched = new HashMap<>();

    /** Why {@code url} is broken (a status other than 200, or a #fragment with no such id), or empty when it works. */
    Optional<String> problem(String url) {
        URI uri = URI.create(url);
        String document = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        HttpResponse<String> response = fetch(document);
        if (response == null) {
            return Optional.of("cannot be fetched");
        }
        if (response.statusCode() != 200) {
            return Optional.of("answers HTTP " + response.statusCode());
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && isHtml(response)) {
            Document page = Jsoup.parse(response.body(), document);
            if (page.getElementById(fragment) == null && page.selectFirst("a[name=" + cssString(fragment) + "]") == null) {
                return Optional.of("has no element with id \"" + fragment + "\"");
            }
        }
        return Optional.empty();
    }

    /** The size in bytes of what {@code url} answers, or -1. */
    long size(String url) {
        HttpResponse<String> response = fetch(url);
        return response == null ? -1 : response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private HttpResponse<String> fetch(String url) {
        return fetched.computeIfAbsent(url, u -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(u)).GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        });
    }

    private static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
