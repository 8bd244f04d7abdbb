package org.tessera.load;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tessera.cache.BuildCache;
import org.tessera.cache.KeyedLines;
import org.tessera.cache.Fingerprints;
import org.tessera.model.Problem;

/**
 * What the loader made of each source file the last time: a file whose text is unchanged is not parsed again, and
 * its problems come back with it. {@code serve} keeps it in memory between loads, and then the model records are the
 * very objects of the previous load. A build keeps it in the edition's {@value BuildCache#FOLDER} folder between
 * runs ({@link #stored}): one line per file, written as JSON ({@link ModelJson}), read back only for a file whose
 * texts have the fingerprint recorded with it, by the Tessera that wrote it.
 */
public final class ParseCache {

    /** A cache that keeps nothing: every load parses every file, as a one-off build does. */
    static final ParseCache NONE = new ParseCache(false, null);

    private static final String FILE = "parsed.txt";
    private static final String WHAT = "parsed files, format 4";
    /** A line's sources field when they are not kept. */
    private static final String NO_SOURCES = "-";

    /**
     * What a file gave: its value and problems; when kept on disk, its line there (written on another thread for a
     * file parsed now: only saving needs it), and the model record it holds with that record's fingerprint (found
     * once, when the file is parsed, and kept with it).
     */
    private record Entry(Object sources, Optional<?> value, List<Problem> problems, CompletableFuture<String> line, Object record,
                         Long fingerprint) {
    }

    /** The form of one file's line: what was made of it and the problems found. */
    private record Stored<T>(Optional<T> value, List<Problem> problems) {
    }

    private final boolean keeps;
    /** The file's lines; null for a cache kept in memory only. */
    private final KeyedLines lines;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    /**
     * For a cache of a part of the edition and the one {@link #alongside()} it, which two loads use at once: the entry
     * made for a file's key and sources, by either; a file both read from the same sources (every file outside the
     * part) is then read back (or parsed) once, by whichever asks first, and both hold the same records. Else null.
     */
    private final Map<List<Object>, CompletableFuture<Entry>> shared;

    ParseCache(boolean keeps, KeyedLines lines) {
        this(keeps, lines, null);
    }

    private ParseCache(boolean keeps, KeyedLines lines, Map<List<Object>, CompletableFuture<Entry>> shared) {
        this.keeps = keeps;
        this.lines = lines;
        this.shared = shared;
    }

    /** A cache kept in memory, by {@code serve}. */
    public ParseCache() {
        this(true, null);
    }

    /**
     * The cache the last build of the edition at {@code source} left, empty when there is none or when it cannot be
     * trusted (another Tessera's, or unreadable): then every file is parsed. {@link #save()} writes it back.
     */
    public static ParseCache stored(Path source) {
        return new ParseCache(true, KeyedLines.read(file(source), WHAT));
    }

    /**
     * As {@link #stored(Path)}, holding only the files whose keys {@code wanted} accepts (the others are parsed if
     * loaded): for a build that loads a part of the edition. It keeps what it parsed by adding to what the file holds.
     */
    public static ParseCache stored(Path source, java.util.function.Predicate<String> wanted) {
        return new ParseCache(true, KeyedLines.read(file(source), WHAT, wanted), new ConcurrentHashMap<>());
    }

    /**
     * A cache reading the lines this one read, with records of its own: for a load of the files as the last build
     * read them ({@link EditionLoader.Scope#asBuilt}) beside a load of them as they are, on another thread. It is
     * never saved.
     */
    public ParseCache alongside() {
        return new ParseCache(keeps, lines, shared);
    }

    private static Path file(Path source) {
        return source.resolve(BuildCache.FOLDER).resolve(FILE);
    }

    /** A cache for a build that reads nothing kept ({@code --clean}, or no earlier build): {@link #save()} writes it. */
    public static ParseCache fresh(Path source) {
        return new ParseCache(true, KeyedLines.none(file(source), WHAT));
    }

    /**
     * The value made from {@code sources} (the texts, or for a binary file its size and time, of the files it is
     * made from) under {@code key}: the one kept from an earlier load when the sources are the same, else made now
     * by {@code parse}, which reports into the list it is given. The problems of either go to {@code problems}.
     * {@code type} is the value's type, to read it back from disk. With {@code keepSources}, the sources themselves
     * are kept on disk too ({@link #storedSources}), so that a later build can load the file as it was.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> get(String key, List<Object> sources, boolean keepSources, JavaType type, Function<T, Optional<?>> record,
                        List<Problem> problems, Function<List<Problem>, Optional<T>> parse) {
        if (!keeps) {
            return parse.apply(problems);
        }
        touched.add(key);
        Object identity = lines == null ? sources : fingerprint(sources);
        Entry entry = entries.get(key);
        if (entry == null || !Objects.equals(entry.sources(), identity)) {
            entry = made(key, identity, () -> fromDisk(key, identity, sources, type, record)
                    .orElseGet(() -> parsed(identity, sources, keepSources, record, parse)));
            entries.put(key, entry);
        }
        problems.addAll(entry.problems());
        return (Optional<T>) entry.value();
    }

    /** The entry {@code make} makes, or the one the cache alongside made or is making of the same sources. */
    private Entry made(String key, Object identity, Supplier<Entry> make) {
        if (shared == null || identity == null) {
            return make.get();
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> theirs = shared.putIfAbsent(List.of(key, identity), mine);
        if (theirs != null) {
            return theirs.join();
        }
        try {
            Entry made = make.get();
            mine.complete(made);
            return made;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** A file parsed now; kept on disk (with its record's fingerprint) when its sources and value have a written form. */
    private <T> Entry parsed(Object identity, List<Object> sources, boolean keepSources, Function<T, Optional<?>> record,
                             Function<List<Problem>, Optional<T>> parse) {
        List<Problem> found = new ArrayList<>();
        Optional<T> value = parse.apply(found);
        if (lines == null || identity == null) {
            return new Entry(identity, value, List.copyOf(found), null, null, null);
        }
        Object made = value.flatMap(record).orElse(null);
        Long fingerprint;
        try {
            fingerprint = made == null ? null : new Fingerprints().of(made);
        } catch (RuntimeException e) {
            return new Entry(identity, value, List.copyOf(found), null, null, null); // parsed on every build
        }
        List<Problem> problems = List.copyOf(found);
        // Written on another thread: a build that parses a few files goes on to render them meanwhile.
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return Long.toHexString((Long) identity) + "\t" + (fingerprint == null ? "-" : Long.toHexString(fingerprint)) + "\t"
                        + (keepSources ? ModelJson.MAPPER.writeValueAsString(sources) : NO_SOURCES) + "\t"
                        + ModelJson.MAPPER.writer().withAttribute(ModelJson.SOURCES, sources).writeValueAsString(new Stored<>(value, problems));
            } catch (IOException | RuntimeException e) {
                return null; // not kept: parsed on every build
            }
        });
        return new Entry(identity, value, problems, line, made, fingerprint);
    }

    /** The entry the file kept for {@code key}, when it was made from the same sources and reads back. */
    private <T> Optional<Entry> fromDisk(String key, Object identity, List<Object> sources, JavaType type,
                                         Function<T, Optional<?>> record) {
        String line = lines == null ? null : lines.get(key);
        if (line == null || identity == null || !line.startsWith(Long.toHexString((Long) identity) + "\t")) {
            return Optional.empty();
        }
        try {
            Fields fields = Fields.of(line);
            Stored<T> stored = ModelJson.MAPPER.readerFor(ModelJson.MAPPER.getTypeFactory().constructParametricType(Stored.class, type))
                    .withAttribute(ModelJson.SOURCES, sources).readValue(fields.json());
            Object made = stored.value().flatMap(record).orElse(null);
            return Optional.of(new Entry(identity, stored.value(), List.copyOf(stored.problems()), CompletableFuture.completedFuture(line), made,
                    made == null || fields.fingerprint().equals("-") ? null : Long.parseUnsignedLong(fields.fingerprint(), 16)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: parsed again
        }
    }

    /**
     * The fingerprints of the model records the last load took from this cache or parsed, by identity: a build
     * fingerprints what each output reads, and need not follow these records again.
     */
    public Map<Object, Long> fingerprints() {
        Map<Object, Long> known = new java.util.IdentityHashMap<>();
        entries.values().forEach(e -> {
            if (e.record() != null && e.fingerprint() != null) {
                known.put(e.record(), e.fingerprint());
            }
        });
        return known;
    }

    /**
     * The sources the file kept for {@code key} was made from, when they were kept with it ({@code keepSources}): the
     * texts of its files as the last build read them, though they may have changed since.
     */
    Optional<List<Object>> storedSources(String key) {
        String line = lines == null ? null : lines.get(key);
        try {
            Optional<String> kept = Optional.ofNullable(line).map(Fields::of).map(Fields::sources).filter(f -> !f.equals(NO_SOURCES));
            return kept.isEmpty() ? Optional.empty() : Optional.of(ModelJson.MAPPER.readValue(kept.get(), SOURCES_TYPE));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged
        }
    }

    /** A line's fields after its key: the sources' fingerprint, the record's, the sources (or "-"), and the JSON. */
    private record Fields(String identity, String fingerprint, String sources, String json) {

        /** @throws RuntimeException when the line has fewer fields: damaged */
        static Fields of(String line) {
            int first = line.indexOf('\t');
            int second = line.indexOf('\t', first + 1);
            int third = line.indexOf('\t', second + 1);
            if (first < 0 || second < 0 || third < 0) {
                throw new IllegalArgumentException("a line of " + (third < 0 ? "fewer than four" : "four") + " fields");
            }
            return new Fields(line.substring(0, first), line.substring(first + 1, second), line.substring(second + 1, third),
                    line.substring(third + 1));
        }
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<Object>> SOURCES_TYPE = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };

    /** The fingerprint of a file's sources, or null when one of them has none (then it is never kept on disk). */
    private static Long fingerprint(List<Object> sources) {
        try {
            return new Fingerprints().of(sources);
        } catch (Fingerprints.Unknown e) {
            return null;
        }
    }

    /** Forgets what no file of the last load made (files deleted or renamed) and starts a new load. */
    void endLoad() {
        if (keeps) {
            entries.keySet().retainAll(Set.copyOf(touched));
            touched.clear();
        }
    }

    /**
     * Keeps what the last load made for the next build: one line per file ({@link KeyedLines#keep}). Nothing to do for
     * a cache kept in memory.
     */
    public void save() throws IOException {
        if (lines == null) {
            return;
        }
        Map<String, String> lines = new java.util.HashMap<>();
        entries.forEach((key, entry) -> {
            String line = entry.line() == null ? null : entry.line().join();
            if (line != null) {
                lines.put(key, line);
            }
        });
        this.lines.keep(lines);
    }
}
