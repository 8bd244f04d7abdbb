package org.tessera.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The files a build reads from an edition folder, as they stand: per file (relative, '/'-separated) its size,
 * modification time and a checksum of its content. {@code roots} are what is scanned: site.yml, the edition's
 * folders and the archived editions site.yml lists (files and folders, relative). Content is read again only for a
 * file whose size or time differs from what an earlier scan recorded, or whose time was too close to that scan to
 * tell a later edit from it (as git's index does). The output folder is left out when it lies inside.
 */
public record SourceStamps(long scannedAt, List<String> roots, Map<String, Stamp> files) {

    /** One file: its size, modification time (ms) and content checksum. */
    public record Stamp(long size, long modified, long checksum) {
    }

    /** File times closer than this to a scan may belong to an edit made during that scan. */
    private static final long RACY_MS = 3_000;
    private static final Set<String> NEVER_READ = Set.of(".git", ".hg", ".svn", BuildCache.FOLDER);

    public SourceStamps {
        roots = List.copyOf(roots);
        files = Map.copyOf(files);
    }

    /** Scans {@code roots} of {@code root}, leaving out {@code output} and reusing {@code before}'s checksums where safe. */
    public static SourceStamps scan(Path root, List<String> roots, Path output, SourceStamps before) throws IOException {
        long now = System.currentTimeMillis();
        Map<String, Stamp> files = new TreeMap<>();
        Path skip = output.toAbsolutePath().normalize();
        for (String start : new TreeSet<>(roots)) {
            Path path = root.resolve(start);
            if (Files.exists(path)) {
                Files.walkFileTree(path, visitor(root, skip, before, now, files));
            }
        }
        return new SourceStamps(now, roots, files);
    }

    /** These stamps and those of {@code more} roots, when this scan left out any of them. */
    public SourceStamps with(Path root, List<String> more, Path output) throws IOException {
        List<String> missing = more.stream().filter(r -> !roots.contains(r)).toList();
        if (missing.isEmpty()) {
            return this;
        }
        SourceStamps extra = scan(root, missing, output, null);
        Map<String, Stamp> all = new TreeMap<>(files);
        all.putAll(extra.files());
        return new SourceStamps(scannedAt, java.util.stream.Stream.concat(roots.stream(), missing.stream()).toList(), all);
    }

    private static SimpleFileVisitor<Path> visitor(Path root, Path skip, SourceStamps before, long now, Map<String, Stamp> files) {
        return new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return dir.equals(skip) || NEVER_READ.contains(name) || name.startsWith(".tessera-build-")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = root.relativize(file).toString().replace('\\', '/');
                try {
                    BasicFileAttributes a = attrs.isSymbolicLink() ? Files.readAttributes(file, BasicFileAttributes.class) : attrs;
                    long modified = a.lastModifiedTime().to(TimeUnit.MILLISECONDS);
                    Stamp known = before == null ? null : before.files().get(path);
                    boolean same = known != null && known.size() == a.size() && known.modified() == modified
                            && modified < before.scannedAt() - RACY_MS;
                    files.put(path, same ? known : new Stamp(a.size(), modified, checksum(file)));
                } catch (IOException | UncheckedIOException e) {
                    files.put(path, unreadable(now)); // a broken link, a file being replaced: changed, whatever it was
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                files.put(root.relativize(file).toString().replace('\\', '/'), unreadable(now));
                return FileVisitResult.CONTINUE;
            }
        };
    }

    /** A file that could not be read: a stamp no later scan will match. */
    private static Stamp unreadable(long now) {
        return new Stamp(-1, now, System.nanoTime());
    }

    /** The files added, removed or changed from {@code before} to this scan. */
    public Set<String> changedSince(SourceStamps before) {
        Set<String> changed = new TreeSet<>();
        files.forEach((path, stamp) -> {
            Stamp old = before.files().get(path);
            if (old == null || old.size() != stamp.size() || old.checksum() != stamp.checksum()) {
                changed.add(path);
            }
        });
        before.files().keySet().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
        return changed;
    }

    /** Two checksums with different polynomials, both computed by the processor's CRC instructions where it has them. */
    public static long checksum(Path file) {
        CRC32C c = new CRC32C();
        CRC32 d = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                c.update(buffer, 0, n);
                d.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c.getValue() << 32 | d.getValue();
    }
}
