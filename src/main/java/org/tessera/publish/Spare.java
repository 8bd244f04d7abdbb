package org.tessera.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.cache.BuildCache;

/**
 * The output one build behind, kept beside the output rather than removed: the next incremental build takes it as
 * its staging folder and brings it up to date in place, touching only the files where it differs, instead of
 * linking every unchanged file of the output into a fresh folder (at 10,000 programmes, 40,000 files in 20,000
 * folders). Its unchanged files are hard links to the output's, so nothing is ever written through a file of it:
 * a file is removed, then made anew. It holds a manifest of where it differs from the output that replaced it, and
 * of which output that was; a spare without one, or one of another output, is never used.
 */
final class Spare {

    /** The manifest inside a spare folder: never published, it is removed when the spare is taken. */
    static final String MANIFEST = ".tessera-spare";
    private static final String PREFIX = ".tessera-spare-";
    private static final String FORMAT = "tessera spare 1";
    private static final String ALL = "*";

    private Spare() {
    }

    /** Where the spare of {@code output} lives: beside it, hidden, named after it so that outputs keep their own. */
    static Path of(Path output) {
        return output.resolveSibling(PREFIX + output.getFileName());
    }

    /** The spare of an output no longer there, which no build will take: debris. */
    static boolean isOrphan(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(PREFIX) && !Files.exists(path.resolveSibling(name.substring(PREFIX.length())));
    }

    /**
     * A spare taken as a staging folder: the output it was taken for (its marker's identity), that output's files,
     * and the files where the spare differed from it, already removed from it; the folders left empty are removed
     * when the update is done.
     */
    record Taken(String identity, Set<String> current, Set<String> differ, Set<Path> emptied) {
    }

    /**
     * Takes the spare of {@code output}, whose files are {@code current}, by renaming it to {@code folder} (the
     * staging folder, whose lock the caller holds: two builds never take the same spare), and removes from it the
     * files where it differs from the output. Empty when there is none, or when it is doubtful: then it is removed.
     */
    static Optional<Taken> take(Path output, Path folder, Collection<String> current) {
        String identity = BuildCache.marker(output);
        try {
            Publisher.move(of(output), folder);
        } catch (IOException e) {
            return Optional.empty(); // none, or not ours to take
        }
        try {
            List<String> manifest = Files.readAllLines(folder.resolve(MANIFEST), StandardCharsets.UTF_8);
            if (manifest.size() < 3 || !manifest.get(0).equals(FORMAT) || identity.isEmpty() || !manifest.get(1).equals(identity)) {
                throw new IOException("the spare belongs to another output");
            }
            Files.delete(folder.resolve(MANIFEST));
            Set<String> differ = new HashSet<>(manifest.subList(3, manifest.size()));
            if (manifest.get(2).equals(ALL)) {
                differ.addAll(filesOf(folder));
                differ.addAll(current);
            }
            Set<Path> emptied = new HashSet<>();
            for (String path : differ) {
                Path file = folder.resolve(path).normalize();
                if (file.startsWith(folder) && !file.equals(folder)) {
                    clear(file);
                    emptied.add(file.getParent());
                }
            }
            return Optional.of(new Taken(identity, Set.copyOf(current), Set.copyOf(differ), emptied));
        } catch (IOException | RuntimeException e) {
            discard(folder);
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code replaced}, the output {@code output} has just replaced, as its spare, with the files where the two
     * differ ({@code differ}, or empty when not known: then every file is taken to differ). When the spare cannot be
     * kept, the replaced output is removed in the background, as it always was.
     */
    static void keep(Path replaced, Path output, Optional<Set<String>> differ) {
        try {
            List<String> manifest = new ArrayList<>(List.of(FORMAT, BuildCache.marker(output), differ.isPresent() ? "" : ALL));
            differ.ifPresent(paths -> paths.stream().sorted().forEach(manifest::add));
            Path file = replaced.resolve(MANIFEST);
            Files.deleteIfExists(file);
            Files.write(file, manifest, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Path spare = of(output);
            if (Files.exists(spare)) {
                discard(spare); // an older spare nobody took: its output is gone
            }
            Publisher.move(replaced, spare);
        } catch (IOException | RuntimeException e) {
            Publisher.removeLater(List.of(replaced));
        }
    }

    /**
     * Whether no file was added to or removed from the output {@code replaced} since its build made it, as far as
     * its folders ({@code files}' and its own) tell: a folder changed after the marker, the last file a build makes,
     * was changed by hand (a file added, removed, or saved by an editor that replaces it). One look at each folder.
     * A change within the same tick of the file system's clock as the marker (a few milliseconds) is not seen; a
     * file edited in place is not either, as with the links a build without a spare keeps.
     */
    static boolean untouched(Path replaced, Collection<String> files) {
        try {
            long made = Files.getLastModifiedTime(replaced.resolve(Publisher.MARKER)).toMillis();
            List<Path> folders = new ArrayList<>(List.of(replaced));
            Publisher.foldersOf(List.copyOf(files)).forEach(f -> folders.add(replaced.resolve(f)));
            for (Path folder : folders) {
                if (Files.getLastModifiedTime(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis() > made) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes (in the background) the spares beside the output of outputs no longer there, which no build takes. */
    static void removeOrphans(Path parent) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(parent)) {
            entries.filter(Spare::isOrphan).toList().forEach(Spare::discard);
        }
    }

    /** Removes {@code file}, or the folder there with everything in it: never a write through a link. */
    static void clear(Path file) throws IOException {
        try {
            removeFile(file);
        } catch (DirectoryNotEmptyException e) {
            Publisher.deleteTree(file);
        }
    }

    /**
     * Removes the file at {@code file}, if there is one there.
     *
     * @throws DirectoryNotEmptyException when a folder is there
     */
    static void removeFile(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } catch (DirectoryNotEmptyException e) {
            throw e;
        } catch (java.nio.file.FileSystemException e) {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            } // else a file of the spare where this path has a folder: nothing there
        }
    }

    /** Removes the folders of {@code emptied} left empty, and theirs in turn, up to {@code root}: a clean build has none. */
    static void prune(Path root, Set<Path> emptied) {
        java.util.TreeSet<Path> folders = new java.util.TreeSet<>(
                java.util.Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Path::toString));
        folders.addAll(emptied);
        for (Path folder = folders.pollFirst(); folder != null; folder = folders.pollFirst()) {
            if (folder.startsWith(root) && !folder.equals(root) && Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && folder.toFile().delete()) { // only an empty folder is deleted
                folders.add(folder.getParent());
            }
        }
    }

    /** Moves {@code folder} out of the way and removes it in the background; here and now if it cannot be moved. */
    static void discard(Path folder) {
        Path gone = folder.resolveSibling(Publisher.STAGING + "spare-" + Long.toHexString(System.nanoTime()));
        try {
            Publisher.move(folder, gone);
            Publisher.removeLater(List.of(gone)); // swept as debris if this removal dies: it has no lock
        } catch (IOException e) {
            try {
                Publisher.deleteTree(folder);
            } catch (IOException ignored) {
                // the next build has no spare, and sweeps nothing it does not know
            }
        }
    }

    /** Every file under {@code root} ('/'-separated, relative). */
    private static Set<String> filesOf(Path root) throws IOException {
        Set<String> files = new HashSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.add(root.relativize(file).toString().replace('\\', '/'));
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
