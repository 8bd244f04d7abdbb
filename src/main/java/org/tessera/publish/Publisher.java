package org.tessera.publish;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;

/**
 * Writes a built site into its output folder atomically: everything goes into a temporary folder beside it,
 * which then takes the old folder's place. A failure at any point leaves the previous output as it was. The output
 * replaced is renamed out of the way and removed in the background, by a process of its own that outlives the build
 * (an output of 40,000 files takes seconds to remove): the build is done once the new output is in place.
 */
public final class Publisher {

    /** Marks a folder as Tessera's output, so that a build never replaces a folder it did not make. */
    public static final String MARKER = ".tessera-output";
    /** The prefix of a build's staging folder beside the output, and of its lock file and of the output it replaces. */
    static final String STAGING = ".tessera-build-";
    private static final String LOCK = ".lock";
    private static final String OLD = ".old";

    private Publisher() {
    }

    /** Whether {@code output} may be replaced: absent, empty, or an earlier Tessera output. */
    public static boolean isReplaceable(Path output) throws IOException {
        if (!Files.exists(output)) {
            return true;
        }
        if (!Files.isDirectory(output)) {
            return false;
        }
        if (Files.exists(output.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(output)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Writes {@code files} as the new output in one step: all of them, or the previous output stays. */
    public static void publish(List<OutputFile> files, Path output) throws IOException {
        try (Staging staging = stage(output)) {
            staging.writeAll(files, Progress.NONE);
            staging.commit();
        }
    }

    /** Opens an empty staging folder beside {@code output}; what is written there replaces the output on commit. */
    public static Staging stage(Path output) throws IOException {
        return stage(output, Optional.empty());
    }

    /**
     * Opens a staging folder beside {@code output}, whose files are {@code current} (every one but the marker, as the
     * last build published them): the output's {@link Spare} when it has a usable one, else an empty folder.
     */
    public static Staging stage(Path output, Optional<? extends Collection<String>> current) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        removeDebris(target.getParent());
        // The lock comes first, so that a staging folder without one is always a killed build's.
        Path lockFile = Files.createTempFile(target.getParent(), STAGING, LOCK);
        FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        lock.lock();
        String name = lockFile.getFileName().toString();
        Path folder = lockFile.resolveSibling(name.substring(0, name.length() - LOCK.length()));
        Optional<Spare.Taken> spare = current.flatMap(files -> Spare.take(target, folder, files));
        if (spare.isEmpty()) {
            Files.createDirectory(folder);
        }
        return new Staging(folder, target, lock, spare, current.map(Set::copyOf));
    }

    private static Path lockOf(Path staging) {
        return staging.resolveSibling(staging.getFileName() + LOCK);
    }

    /**
     * Removes what builds killed midway (Ctrl-C, kill -9, a closed laptop) left beside the output: their staging
     * folders, the outputs they were replacing and their lock files, and the outputs replaced by earlier builds that
     * their background removal has not finished (or that it never did). A build holds the lock of its staging folder
     * until it ends, and the system releases it when the process dies, so a folder whose lock is free is debris, and
     * so is a folder without a lock file; one a running build holds is left alone. Removed in the background too:
     * a second removal of a tree whose first is still under way is harmless, each removes what the other has not.
     */
    static void removeDebris(Path parent) throws IOException {
        List<Path> debris = new ArrayList<>();
        List<Path> locks;
        try (Stream<Path> entries = Files.list(parent)) {
            List<Path> ours = entries.filter(p -> p.getFileName().toString().startsWith(STAGING)).toList();
            locks = ours.stream().filter(p -> p.toString().endsWith(LOCK)).toList();
            ours.stream().filter(p -> !p.toString().endsWith(LOCK))
                    .filter(p -> !Files.exists(lockOf(Path.of(p.toString().replaceFirst("\\.old$", ""))))).forEach(debris::add);
        }
        Spare.removeOrphans(parent);
        for (Path lockFile : locks) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                 FileLock free = channel.tryLock()) {
                if (free == null) {
                    continue; // a running build
                }
                String staging = lockFile.getFileName().toString().replaceFirst("\\.lock$", "");
                debris.addAll(List.of(parent.resolve(staging), parent.resolve(staging + OLD), lockFile)); // the lock last
            } catch (OverlappingFileLockException e) {
                // held by a build in this very process
            } catch (IOException e) {
                // another user's or a read-only leftover: not ours to remove
            }
        }
        removeLater(debris);
    }

    /**
     * Removes {@code paths} (folders with all they hold, or files) without waiting for it: by {@code rm -rf} in a
     * process of its own, which goes on after this one ends; on Windows, or when that process cannot be started,
     * here and now. What is not removed, a removal killed midway, is debris the next build sweeps.
     */
    static void removeLater(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (File.separatorChar == '/') {
            // rm is started by a shell that leaves it running and ends at once: the JVM waits for nothing at exit
            // (a thread of its own waiting for a child still running keeps an ending JVM 0.3 s longer).
            List<String> command = new ArrayList<>(List.of("sh", "-c", "rm -rf -- \"$@\" &", "sh"));
            paths.forEach(p -> command.add(p.toString()));
            try {
                new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                return;
            } catch (IOException | RuntimeException e) {
                // no rm to start: remove them here
            }
        }
        for (Path path : paths) {
            try {
                deleteTree(path);
            } catch (IOException e) {
                // not ours to remove (another user's, read-only), or being removed: the build goes on
            }
        }
    }

    /**
     * A build in progress: files are written into a temporary folder beside the output as they are made, and
     * the folder takes the output's place on {@link #commit()}. Closed without a commit, it is removed and the
     * previous output is untouched.
     */
    public static final class Staging implements AutoCloseable {
        /** Files waiting for the writer: enough to keep it busy, few enough that a large build holds little. */
        private static final int QUEUED = 64;

        private final Path folder;
        private final Path target;
        private final FileChannel lock;
        /** The spare this staging folder is, or null when it began empty. */
        private final Spare.Taken spare;
        /** The files of the output to replace, when the caller knows them, and the identity of that output. */
        private final Optional<Set<String>> current;
        private final String replacing;
        private final Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private Set<String> kept;
        private final Semaphore room = new Semaphore(QUEUED);
        private final AtomicReference<IOException> failure = new AtomicReference<>();
        private ExecutorService writer;
        private boolean closed;
        private boolean committed;

        private Staging(Path folder, Path target, FileChannel lock, Optional<Spare.Taken> spare, Optional<Set<String>> current) {
            this.folder = folder;
            this.target = target;
            this.lock = lock;
            this.spare = spare.orElse(null);
            this.current = current;
            this.replacing = org.tessera.cache.BuildCache.marker(target);
        }

        /**
         * Hands one file to the staging's writer thread and returns at once, unless {@value #QUEUED} files are
         * still waiting: then it waits for room, so rendering never runs far ahead of the disk. One writer, not
         * one per core: files created in one folder from several threads contend for it and are slower on every
         * disk we measured. Safe to call from several threads; {@link #finish()} waits for the files handed over.
         *
         * @throws IOException the first failure of an earlier write
         */
        public void submit(OutputFile file) throws IOException {
            IOException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
            Path destination = inside(file);
            written.add(file.path());
            room.acquireUninterruptibly();
            synchronized (this) {
                if (closed) {
                    room.release();
                    throw new IOException("the build was stopped before " + file.path() + " was written");
                }
                if (writer == null) {
                    writer = Executors.newSingleThreadExecutor(task -> {
                        Thread thread = new Thread(task, "tessera-writer");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                writer.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            prepare(destination);
                            Publisher.write(file, destination);
                        }
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    } catch (UncheckedIOException e) {
                        failure.compareAndSet(null, e.getCause());
                    } catch (RuntimeException e) { // never lose a file silently
                        failure.compareAndSet(null, new IOException("cannot write " + file.path() + ": " + e, e));
                    } finally {
                        room.release();
                    }
                });
            }
        }

        /** Waits until every file handed to {@link #submit} is written. @throws IOException the first that failed */
        public void finish() throws IOException {
            stopWriter();
            IOException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
        }

        private synchronized void stopWriter() {
            if (writer == null) {
                return;
            }
            writer.shutdown();
            boolean interrupted = false;
            while (true) {
                try {
                    if (writer.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            writer = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Writes {@code files} through the writer thread and waits until they are written. */
        public void writeAll(List<OutputFile> files, Progress progress) throws IOException {
            int handed = 0;
            for (OutputFile file : files) {
                submit(file);
                progress.update("write", ++handed, files.size());
            }
            finish();
        }

        /**
         * Adds the files at {@code paths} of the {@code previous} output, unchanged, unless a file was written there:
         * as hard links where the file system has them (the previous output is never written through them: written
         * files are made before, and kept ones are never written), else as copies. Each folder is made once, before
         * its files: an edition of 10,000 programmes keeps 40,000 files in 20,000 folders, and making the folders is
         * most of the time. On one thread: on two cores shared with other work, two threads measured slower.
         *
         * @throws NoSuchFileException when the previous output no longer holds one of them
         */
        public void keep(Path previous, Collection<String> paths) throws IOException {
            finish();
            kept = Set.copyOf(paths);
            if (spare != null) {
                update(previous);
                return;
            }
            link(previous, paths.stream().sorted().toList()); // a folder's files side by side
        }

        /**
         * Brings the spare up to date with the output {@code previous} and this build: the files where the spare
         * differed from it were removed when it was taken; now the output's files this build neither wrote nor kept
         * go, the kept ones the spare lacks are linked, and the folders left empty are removed. The rest is already
         * the output's.
         */
        private void update(Path previous) throws IOException {
            if (!org.tessera.cache.BuildCache.marker(previous).equals(spare.identity())) {
                throw new NoSuchFileException(previous.toString(), null, "replaced by another build since this one began");
            }
            Set<Path> emptied = new HashSet<>(spare.emptied());
            for (String path : spare.current()) {
                if (!written.contains(path) && !kept.contains(path) && !spare.differ().contains(path)) {
                    Path file = inside(path);
                    try {
                        Spare.removeFile(file);
                        emptied.add(file.getParent());
                    } catch (java.nio.file.DirectoryNotEmptyException e) {
                        // a folder this build wrote into
                    }
                }
            }
            link(previous, kept.stream().filter(p -> !written.contains(p))
                    .filter(p -> spare.differ().contains(p) || !spare.current().contains(p)).sorted().toList());
            Spare.prune(folder, emptied);
        }

        /** Links (or copies) the files at {@code sorted} paths of {@code previous} into the staging folder. */
        private void link(Path previous, List<String> sorted) throws IOException {
            for (String folder : foldersOf(sorted)) {
                try {
                    Files.createDirectory(inside(folder));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // a file of this build was written there
                }
            }
            boolean links = true;
            for (String path : sorted) {
                links = keepFile(previous.resolve(path), inside(path), links);
            }
        }

        /** Links or copies one file; @return whether to go on linking */
        private static boolean keepFile(Path from, Path to, boolean links) throws IOException {
            try {
                if (links) {
                    try {
                        Files.createLink(to, from);
                        return true;
                    } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                        if (e instanceof NoSuchFileException || e instanceof java.nio.file.FileAlreadyExistsException) {
                            throw e;
                        }
                        // another file system, or none of links: copy from now on
                    }
                }
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made again by this build
                return links;
            }
            return false;
        }

        /**
         * Puts the staging folder in the output's place. The output replaced becomes the spare, with the files where
         * it differs from the new one: those written, and those only one of the two has.
         */
        public void commit() throws IOException {
            finish();
            if (spare != null && kept == null) {
                keep(target, List.of());
            }
            Path marker = folder.resolve(MARKER);
            Files.deleteIfExists(marker); // made anew, never written through: a new output, a new identity
            Files.writeString(marker, "This folder is written by Tessera; each build replaces it.\n", StandardOpenOption.CREATE_NEW);
            Optional<Path> replaced = swap(folder, target);
            committed = true;
            replaced.ifPresent(old -> Spare.keep(old, target, differences(old)));
        }

        /**
         * Where the output {@code replaced} differs from this build's: empty when not known (its files were not
         * given, it is not the output they were given for, or they were changed by hand since).
         */
        private Optional<Set<String>> differences(Path replaced) {
            if (current.isEmpty() || !org.tessera.cache.BuildCache.marker(replaced).equals(replacing)
                    || !Spare.untouched(replaced, current.get())) {
                return Optional.empty();
            }
            Set<String> keeping = kept == null ? Set.of() : kept;
            Set<String> differ = new HashSet<>(written);
            current.get().stream().filter(f -> !keeping.contains(f)).forEach(differ::add); // written or gone
            keeping.stream().filter(f -> !current.get().contains(f)).forEach(differ::add);
            return Optional.of(differ);
        }

        /**
         * Makes room for a file at {@code destination}: its folders, and, in a spare, no file there to write through
         * (it may be a link to the output's) nor a file of the spare where this build has a folder.
         */
        private void prepare(Path destination) throws IOException {
            if (spare == null) {
                Files.createDirectories(destination.getParent());
                return;
            }
            try {
                Files.createDirectories(destination.getParent());
            } catch (java.nio.file.FileSystemException e) {
                for (Path p = destination.getParent(); !p.equals(folder); p = p.getParent()) {
                    if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.createDirectories(destination.getParent());
            }
            Spare.clear(destination);
        }

        private Path inside(OutputFile file) throws IOException {
            return inside(file.path());
        }

        private Path inside(String path) throws IOException {
            Path destination = folder.resolve(path).normalize();
            if (!destination.startsWith(folder)) {
                throw new IOException("refusing to write outside the output folder: " + path);
            }
            return destination;
        }

        @Override
        public void close() throws IOException {
            synchronized (this) {
                closed = true; // nothing may still write into a folder about to be removed
                stopWriter();
            }
            try {
                if (!committed && spare != null) {
                    Spare.discard(folder); // thousands of links: removed in the background
                } else if (!committed) {
                    deleteTree(folder);
                }
            } finally {
                lock.close();
                Files.deleteIfExists(lockOf(folder));
            }
        }
    }

    /** The folders holding {@code paths} ('/'-separated, relative) and theirs, each once and after its own. */
    static List<String> foldersOf(List<String> paths) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> folders = new ArrayList<>();
        for (String path : paths) {
            int first = folders.size();
            for (int end = path.lastIndexOf('/'); end > 0 && seen.add(path.substring(0, end)); end = path.lastIndexOf('/', end - 1)) {
                folders.add(first, path.substring(0, end));
            }
        }
        return folders;
    }

    private static void write(OutputFile file, Path destination) {
        try {
            if (file instanceof OutputFile.Written written) {
                Files.write(destination, written.bytes());
            } else if (file instanceof OutputFile.Copied copied) {
                Files.copy(copied.source(), destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts {@code staging} in {@code target}'s place: @return the output it replaced, moved out of the way */
    private static Optional<Path> swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return Optional.empty();
        }
        Path old = staging.resolveSibling(staging.getFileName() + OLD); // removed as debris with its staging folder
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target); // put the previous output back
            throw e;
        }
        return Optional.of(old);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Removes a folder and everything in it, never following a link out of it. One system call a file where it can
     * (java.io's delete removes a file, a link or an empty folder; only a folder that is not empty is listed and
     * emptied first): an output of 40,000 files is gone in a quarter of the time the walk with a stat per file took.
     */
    static void deleteTree(Path root) throws IOException {
        java.io.File folder = root.toFile();
        if (!folder.exists() && !Files.isSymbolicLink(root)) {
            return;
        }
        empty(folder);
        if (!folder.delete() && folder.exists()) {
            throw new IOException("cannot remove " + root);
        }
    }

    private static void empty(java.io.File folder) throws IOException {
        String[] names = folder.list();
        if (names == null || Files.isSymbolicLink(folder.toPath())) {
            return; // a file, or a link to a folder: removed as itself
        }
        for (String name : names) {
            java.io.File entry = new java.io.File(folder, name);
            if (!entry.delete()) {
                empty(entry);
                if (!entry.delete() && (entry.exists() || Files.isSymbolicLink(entry.toPath()))) {
                    throw new IOException("cannot remove " + entry);
                }
            }
        }
    }
}
