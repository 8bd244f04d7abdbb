package org.tessera.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The interface words of the site (navigation, labels, "Download the brochure") in the edition's language.
 *
 * <p>Built-in files are {@code messages/messages_<language>.properties} on the classpath, English as the
 * fallback for any missing word; an edition may add or override words in
 * {@code templates/messages_<language>.properties}.
 */
public final class Messages {

    private final Properties words;
    /** Parsed patterns, one set per thread: MessageFormat is not thread-safe and pages render in parallel. */
    private final ThreadLocal<java.util.Map<String, MessageFormat>> patterns = ThreadLocal.withInitial(java.util.HashMap::new);
    private final Locale locale;
    /** The keys read on this thread while {@link #recording} runs, else null. */
    private final ThreadLocal<java.util.Set<String>> reads = new ThreadLocal<>();

    private Messages(Properties words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    public static Messages load(String languageTag, Path templates) {
        Locale locale = Locale.forLanguageTag(languageTag);
        Properties english = new Properties();
        readResource("messages/messages_en.properties", english);
        Properties words = new Properties(english);
        if (!locale.getLanguage().equals("en")) {
            readResource("messages/messages_" + locale.getLanguage() + ".properties", words);
        }
        Path own = templates.resolve("messages_" + locale.getLanguage() + ".properties");
        if (Files.isRegularFile(own)) {
            try (Reader reader = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
                words.load(reader);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Messages(words, locale);
    }

    private static void readResource(String name, Properties into) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every word, by key: what a build keeps to tell, next time, which words changed. */
    public java.util.Map<String, String> words() {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        words.stringPropertyNames().forEach(k -> all.put(k, words.getProperty(k)));
        return all;
    }

    /** The word for {@code key}, or the key itself so a missing word is visible rather than blank. */
    public String get(String key) {
        record(key);
        return words.getProperty(key, key);
    }

    /** The word for {@code key} with {0}, {1}… filled in. */
    public String format(String key, Object... arguments) {
        record(key);
        return patterns.get().computeIfAbsent(key, k -> new MessageFormat(get(k).replace("'", "''"), locale)).format(arguments);
    }

    /**
     * Runs {@code work} on this thread, adding to {@code keys} every word it reads: what a page read is what a change
     * to the words must render again. Inside another recording (a chart drawn once for several pages), the words go to
     * {@code keys} alone, and the outer recording goes on afterwards.
     */
    public <T> T recording(java.util.Set<String> keys, java.util.function.Supplier<T> work) {
        java.util.Set<String> outer = reads.get();
        reads.set(keys);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                reads.remove();
            } else {
                reads.set(outer);
            }
        }
    }

    private void record(String key) {
        java.util.Set<String> keys = reads.get();
        if (keys != null) {
            keys.add(key);
        }
    }
}
