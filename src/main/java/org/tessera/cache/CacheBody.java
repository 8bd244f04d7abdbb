package org.tessera.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.model.Position;
import org.tessera.check.Checks;
import org.tessera.model.Problem;
import org.tessera.model.Severity;

/**
 * The body of a {@link BuildCache} file: binary, since at 10,000 programmes it describes 40,000 outputs and 20,000
 * source files and JSON cost a third of a second each way. Each output's path is written once, with what the cache
 * knows of it (in its files, an extra, its inputs' fingerprint, its word set, its photo set), where JSON repeated it
 * per map; word and photo sets that many outputs share are written once and named by number. Strings are UTF-8 after
 * their length in bytes; numbers are big-endian. Read back, files and extras keep the order they were written in.
 */
final class CacheBody {

    private static final int FILE = 1;
    private static final int EXTRA = 2;
    private static final int INPUT = 4;
    private static final int WORDS = 8;
    private static final int PHOTOS = 16;

    private CacheBody() {
    }

    static byte[] write(BuildCache cache) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String s : List.of(cache.tool(), cache.output(), cache.marker())) {
                string(out, s);
            }
            sources(out, cache.sources());
            messages(out, cache.messages());
            outputs(out, cache);
            problems(out, cache.problems());
            out.writeBoolean(cache.brochureProblems());
            out.writeLong(cache.links());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory: never
        }
        return bytes.toByteArray();
    }

    /** The links of a site: its addresses, then each page's anchors. */
    static byte[] write(Checks.Links links) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            strings(out, links.published());
            out.writeInt(links.anchors().size());
            for (Map.Entry<String, Set<String>> page : links.anchors().entrySet()) {
                string(out, page.getKey());
                strings(out, page.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory: never
        }
        return bytes.toByteArray();
    }

    /** @throws RuntimeException when {@code body} is not one {@link #write(Checks.Links)} wrote */
    static Checks.Links links(ByteBuffer body) {
        In in = new In(body);
        Checks.Links links = in.links();
        if (in.buffer.hasRemaining()) {
            throw new IllegalStateException("more than a site's links");
        }
        return links;
    }

    /** @throws RuntimeException when {@code body} is not one {@link #write} wrote */
    static BuildCache read(ByteBuffer body) {
        In in = new In(body);
        String tool = in.string();
        String output = in.string();
        String marker = in.string();
        SourceStamps sources = in.sources();
        Map<String, Map<String, String>> messages = in.messages();
        Outputs outputs = in.outputs();
        List<Problem> problems = in.problems();
        boolean brochureProblems = in.buffer.get() != 0;
        long links = in.buffer.getLong();
        if (in.buffer.hasRemaining()) {
            throw new IllegalStateException("more than a build cache");
        }
        return new BuildCache(tool, output, marker, sources, outputs.inputs(), outputs.words(), outputs.photos(), messages,
                outputs.files(), outputs.extras(), problems, brochureProblems, links);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void strings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            string(out, s);
        }
    }

    private static void sources(DataOutputStream out, SourceStamps sources) throws IOException {
        out.writeLong(sources.scannedAt());
        strings(out, sources.roots());
        out.writeInt(sources.files().size());
        for (Map.Entry<String, SourceStamps.Stamp> file : sources.files().entrySet()) {
            string(out, file.getKey());
            out.writeLong(file.getValue().size());
            out.writeLong(file.getValue().modified());
            out.writeLong(file.getValue().checksum());
        }
    }

    private static void messages(DataOutputStream out, Map<String, Map<String, String>> messages) throws IOException {
        out.writeInt(messages.size());
        for (Map.Entry<String, Map<String, String>> language : messages.entrySet()) {
            string(out, language.getKey());
            out.writeInt(language.getValue().size());
            for (Map.Entry<String, String> word : language.getValue().entrySet()) {
                string(out, word.getKey());
                string(out, word.getValue());
            }
        }
    }

    /** Every path the cache knows: its files first, in their order, then the others, sorted. */
    private static Set<String> paths(BuildCache cache) {
        Set<String> paths = new LinkedHashSet<>(cache.files());
        Set<String> others = new TreeSet<>();
        for (java.util.Collection<String> known : List.of(cache.extras(), cache.inputs().keySet(), cache.words().keySet(),
                cache.photos().keySet())) {
            known.stream().filter(path -> !paths.contains(path)).forEach(others::add);
        }
        paths.addAll(others);
        return paths;
    }

    /** The sets, then a row per path: the path, what the cache knows of it, and that. */
    private static void outputs(DataOutputStream out, BuildCache cache) throws IOException {
        Set<String> paths = paths(cache);
        int files = new HashSet<>(cache.files()).size();
        Set<String> extras = new HashSet<>(cache.extras());
        Sets sets = new Sets();
        ByteArrayOutputStream table = new ByteArrayOutputStream(1 << 20);
        DataOutputStream rows = new DataOutputStream(table);
        rows.writeInt(paths.size());
        int row = 0;
        for (String path : paths) {
            Long input = cache.inputs().get(path);
            Set<String> words = cache.words().get(path);
            Set<String> photos = cache.photos().get(path);
            boolean showed = photos != null && !photos.isEmpty(); // only outputs that showed photos are kept
            string(rows, path);
            rows.writeByte((row++ < files ? FILE : 0) | (extras.contains(path) ? EXTRA : 0) | (input != null ? INPUT : 0)
                    | (words != null ? WORDS : 0) | (showed ? PHOTOS : 0));
            if (input != null) {
                rows.writeLong(input);
            }
            if (words != null) {
                rows.writeInt(sets.number(words));
            }
            if (showed) {
                rows.writeInt(sets.number(photos));
            }
        }
        out.writeInt(sets.written.size());
        for (Set<String> set : sets.written) {
            strings(out, set);
        }
        table.writeTo(out);
    }

    private static void problems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            Position at = problem.position();
            string(out, at.file());
            out.writeInt(at.line());
            out.writeInt(at.column());
            string(out, at.sheet());
            string(out, problem.severity().name());
            string(out, problem.message());
        }
    }

    /**
     * Sets of strings numbered in the order first met, each written once (sorted): most outputs share theirs with
     * many others, and sets read from the last cache are the very same objects, so they are found by identity first.
     */
    private static final class Sets {
        final List<Set<String>> written = new ArrayList<>();
        private final Map<Set<String>, Integer> byIdentity = new IdentityHashMap<>();
        private final Map<Set<String>, Integer> byContent = new HashMap<>();

        int number(Set<String> set) {
            return byIdentity.computeIfAbsent(set, s -> byContent.computeIfAbsent(s, k -> {
                written.add(new TreeSet<>(k));
                return written.size() - 1;
            }));
        }
    }

    /** What the table of outputs holds, as the cache's maps and lists. */
    private record Outputs(Map<String, Long> inputs, Map<String, Set<String>> words, Map<String, Set<String>> photos,
                           List<String> files, List<String> extras) {
    }

    /** Reads a body, checking every count against what is left of it so that a damaged one fails, never runs wild. */
    private static final class In {
        final ByteBuffer buffer;

        In(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        int count() {
            int n = buffer.getInt();
            if (n < 0 || n > buffer.remaining()) {
                throw new IllegalStateException("a count of " + n + " with " + buffer.remaining() + " bytes left");
            }
            return n;
        }

        String string() {
            int n = count();
            String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), n, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + n);
            return s;
        }

        List<String> strings() {
            int n = count();
            List<String> strings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                strings.add(string());
            }
            return strings;
        }

        SourceStamps sources() {
            long scannedAt = buffer.getLong();
            List<String> roots = strings();
            int n = count();
            Map<String, SourceStamps.Stamp> files = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                files.put(string(), new SourceStamps.Stamp(buffer.getLong(), buffer.getLong(), buffer.getLong()));
            }
            return new SourceStamps(scannedAt, roots, files);
        }

        Map<String, Map<String, String>> messages() {
            int n = count();
            Map<String, Map<String, String>> messages = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String language = string();
                int words = count();
                Map<String, String> byKey = new LinkedHashMap<>(words * 2);
                for (int w = 0; w < words; w++) {
                    byKey.put(string(), string());
                }
                messages.put(language, byKey);
            }
            return messages;
        }

        Outputs outputs() {
            int count = count();
            List<Set<String>> sets = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                sets.add(new HashSet<>(strings()));
            }
            int n = count();
            Outputs outputs = new Outputs(new HashMap<>(n * 2), new HashMap<>(n * 2), new HashMap<>(), new ArrayList<>(n),
                    new ArrayList<>());
            for (int i = 0; i < n; i++) {
                String path = string();
                int flags = buffer.get();
                if ((flags & FILE) != 0) {
                    outputs.files().add(path);
                }
                if ((flags & EXTRA) != 0) {
                    outputs.extras().add(path);
                }
                if ((flags & INPUT) != 0) {
                    outputs.inputs().put(path, buffer.getLong());
                }
                if ((flags & WORDS) != 0) {
                    outputs.words().put(path, sets.get(buffer.getInt()));
                }
                if ((flags & PHOTOS) != 0) {
                    outputs.photos().put(path, sets.get(buffer.getInt()));
                }
            }
            return outputs;
        }

        Checks.Links links() {
            Set<String> published = new HashSet<>(strings());
            int n = count();
            Map<String, Set<String>> anchors = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                anchors.put(string(), Set.copyOf(strings()));
            }
            return new Checks.Links(published, anchors);
        }

        List<Problem> problems() {
            int n = count();
            List<Problem> problems = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Position at = new Position(string(), buffer.getInt(), buffer.getInt(), string());
                problems.add(new Problem(at, Severity.valueOf(string()), string()));
            }
            return problems;
        }
    }
}
