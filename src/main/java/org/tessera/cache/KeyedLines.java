package org.tessera.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A file of the build cache folder holding one line per key ({@code key TAB value}) under a header line that names
 * what it holds and the Tessera that wrote it: what the loader made of each file, what each programme's checks found.
 * A file with another header (another Tessera's), or that cannot be read, holds nothing. A build that changed a few
 * values appends their lines (the last line of a key is its value) rather than writing tens of megabytes again; the
 * file is written anew, in one step, once it holds more old lines than live ones. A line cut short by a build killed
 * while appending reads back as damaged, and whoever reads it makes its value again.
 */
public final class KeyedLines {

    /** Old lines tolerated before the file is written anew: as many as the live ones, and a few. */
    private static final int SLACK = 64;

    private final Path file;
    private final String what;
    private final Map<String, String> lines;
    private final int count;
    private final boolean appendable;
    /** Whether the file has an index of this writing of it ({@link Index}): else it is written anew, with one. */
    private final boolean indexed;
    /** Whether every line was read: else what is not read may still be live, and is never written over. */
    private final boolean whole;

    private KeyedLines(Path file, String what, Map<String, String> lines, int count, boolean appendable, boolean indexed, boolean whole) {
        this.file = file;
        this.what = what;
        this.lines = lines;
        this.count = count;
        this.appendable = appendable;
        this.indexed = indexed;
        this.whole = whole;
    }

    /** The lines of {@code file} by key, if its first line is {@code what} and this Tessera; else none. */
    public static KeyedLines read(Path file, String what) {
        return read(file, what, null);
    }

    /**
     * The lines of the keys {@code wanted} accepts (null: every key): only theirs are decoded, so that a build needing a few of tens of
     * thousands reads little more than the bytes. What is read so can only be added to ({@link #add}).
     */
    public static KeyedLines read(Path file, String what, Predicate<String> wanted) {
        Map<String, String> lines = new HashMap<>();
        try {
            if (wanted != null) {
                Optional<Integer> count = Index.read(file, what, wanted, lines);
                if (count.isPresent()) {
                    return new KeyedLines(file, what, lines, count.get(), true, true, false);
                }
                lines.clear();
            }
            byte[] bytes = Files.readAllBytes(file);
            int end = newline(bytes, 0);
            if (end < bytes.length && new String(bytes, 0, end, StandardCharsets.UTF_8).equals(header(what))) {
                int count = scan(bytes, end + 1, wanted, lines);
                // a file without an index of its own is written anew, with one, by the next build that keeps it whole
                return new KeyedLines(file, what, lines, count, true, Index.current(file), wanted == null);
            }
        } catch (NoSuchFileException e) {
            // none yet
        } catch (IOException | RuntimeException e) {
            // damaged: as if there were none, and written anew
        }
        return none(file, what);
    }

    /** Puts the lines of {@code bytes} from {@code from} whose keys {@code wanted} accepts (null: all) into {@code lines}; @return how many lines there are */
    private static int scan(byte[] bytes, int from, Predicate<String> wanted, Map<String, String> lines) {
        int count = 0;
        for (int start = from, end; start < bytes.length; start = end + 1) {
            end = newline(bytes, start);
            int tab = start;
            while (tab < end && bytes[tab] != '\t') {
                tab++;
            }
            count++;
            String key = new String(bytes, start, tab - start, StandardCharsets.UTF_8);
            if (tab > start && tab < end && (wanted == null || wanted.test(key))) {
                lines.put(key, new String(bytes, tab + 1, end - tab - 1, StandardCharsets.UTF_8));
            }
        }
        return count;
    }

    /**
     * Where each line of the file stood when it was last written anew, kept beside it ({@code <file>.index}): a build
     * that needs a few keys reads their lines and what was appended since, not tens of megabytes. It belongs to one
     * writing of the file (the file's identity and length then); for any other it is ignored.
     */
    private static final class Index {

        static Path of(Path file) {
            return file.resolveSibling(file.getFileName() + ".index");
        }

        /** Whether {@code file} has an index of this writing of it. */
        static boolean current(Path file) {
            try (java.io.BufferedReader in = Files.newBufferedReader(of(file), StandardCharsets.UTF_8)) {
                return indexed(String.valueOf(in.readLine()), file).isPresent();
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        /** The length of {@code file} its index's first line {@code head} gives, if the index is of this writing of it. */
        private static Optional<Long> indexed(String head, Path file) throws IOException {
            String[] fields = head.split("\t");
            if (fields.length != 2 || !fields[0].equals(identity(file)) || Long.parseLong(fields[1]) > Files.size(file)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(fields[1]));
        }

        /** Writes the index of the {@code length} bytes just written as {@code file}, whose lines stand at {@code lines}. */
        static void write(Path file, long length, CharSequence lines) throws IOException {
            String head = identity(file) + "\t" + length + "\n";
            CacheFiles.replace(of(file), head.getBytes(StandardCharsets.UTF_8), lines.toString().getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Reads the wanted lines of {@code file} by its index into {@code lines}; @return how many lines it has, or
         * empty when there is no index of this writing of the file
         */
        static Optional<Integer> read(Path file, String what, Predicate<String> wanted, Map<String, String> lines) throws IOException {
            List<String> index;
            try {
                index = Files.readAllLines(of(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            Optional<Long> length = index.isEmpty() ? Optional.empty() : indexed(index.get(0), file);
            if (length.isEmpty()) {
                return Optional.empty();
            }
            long indexed = length.get();
            long size = Files.size(file);
            try (FileChannel channel = FileChannel.open(file)) {
                byte[] first = read(channel, 0, (int) Math.min(indexed, 4096));
                int end = newline(first, 0);
                if (end == first.length || !new String(first, 0, end, StandardCharsets.UTF_8).equals(header(what))) {
                    return Optional.empty();
                }
                for (String entry : index.subList(1, index.size())) {
                    String[] at = entry.split("\t");
                    if (wanted.test(at[0])) {
                        byte[] line = read(channel, Long.parseLong(at[1]), Integer.parseInt(at[2]));
                        scan(line, 0, wanted, lines);
                    }
                }
                int appended = scan(read(channel, indexed, (int) (size - indexed)), 0, wanted, lines);
                return Optional.of(index.size() - 1 + appended);
            }
        }

        private static byte[] read(FileChannel channel, long position, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("the file is shorter than its index says");
                }
            }
            return buffer.array();
        }

        /** What tells one writing of a file from another: the file system's key of it (its inode). */
        private static String identity(Path file) throws IOException {
            return String.valueOf(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
        }
    }

    /** No lines: what is kept is written anew ({@code --clean}, or an untrusted cache). */
    public static KeyedLines none(Path file, String what) {
        return new KeyedLines(file, what, Map.of(), 0, false, false, true);
    }

    /** The value the file holds for {@code key}, or null. */
    public String get(String key) {
        return lines.get(key);
    }

    /** Keeps {@code live} (key to value) for the next build: appends what is new, or writes the file anew. */
    public void keep(Map<String, String> live) throws IOException {
        if (!whole) {
            add(live);
            return;
        }
        Map<String, String> added = changedIn(live);
        if (appendable && indexed && count + added.size() <= 2 * live.size() + SLACK) {
            append(added);
            return;
        }
        writeAnew(new TreeMap<>(live));
    }

    /** Writes the file anew with {@code lines} alone, and its index; a file without an index is still read whole. */
    private void writeAnew(Map<String, String> lines) throws IOException {
        Files.deleteIfExists(Index.of(file)); // never an index of the file before this one
        StringBuilder index = new StringBuilder();
        long[] length = {0};
        CacheFiles.replace(file, out -> {
            byte[] head = (header(what) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(head);
            length[0] = head.length;
            for (Map.Entry<String, String> line : lines.entrySet()) {
                byte[] bytes = (line.getKey() + "\t" + line.getValue() + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                index.append(line.getKey()).append('\t').append(length[0]).append('\t').append(bytes.length - 1).append('\n');
                length[0] += bytes.length;
            }
        });
        try {
            Index.write(file, length[0], index);
        } catch (IOException e) {
            // without an index the file is read whole
        }
    }

    /**
     * Appends {@code changed} (key to value) and leaves every other line as it is: for a build that read only some
     * keys, which cannot tell which of the others are still live.
     */
    public void add(Map<String, String> changed) throws IOException {
        Map<String, String> added = changedIn(changed);
        if (appendable) {
            append(added);
        } else if (!added.isEmpty()) {
            writeAnew(added);
        }
    }

    /** The lines of {@code values} (key to value) that differ from what the file holds, in key order. */
    private Map<String, String> changedIn(Map<String, String> values) {
        Map<String, String> changed = new TreeMap<>();
        values.forEach((key, line) -> {
            if (!line.equals(lines.get(key))) {
                changed.put(key, line);
            }
        });
        return changed;
    }

    /** Appends {@code added} to the file, if there is any. */
    private void append(Map<String, String> added) throws IOException {
        if (!added.isEmpty()) {
            Files.writeString(file, text(new StringBuilder(), added), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    private static int newline(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    private static StringBuilder text(StringBuilder out, Map<String, String> lines) {
        lines.forEach((key, line) -> out.append(key).append('\t').append(line).append('\n'));
        return out;
    }

    private static String header(String what) {
        return "tessera " + what + ", made by " + BuildCache.thisTool();
    }
}
