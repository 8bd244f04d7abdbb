package org.tessera.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;

/**
 * Writes a built site into its output folder atomically: everything goes into a temporary folder beside it,
 * which then takes the old folder's place. A failure at any point leaves the previous output as it was.
 */
public final class Publisher {

    /** Marks a folder as Tessera's output, so that a build never replaces a folder it did not make. */
    public static final String MARKER = ".tessera-output";

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

    /** Opens a staging folder beside {@code output}; what is written there replaces the output on commit. */
    public static Staging stage(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        return new Staging(Files.createTempDirectory(target.getParent(), ".tessera-build-"), target);
    }

    /**
     * A build in progress: files are written into a temporary folder beside the output as they are made, and
     * the folder takes the output's place on {@link #commit()}. Closed without a commit, it is removed and the
     * previous output is untouched.
     */
    public static final class Staging implements AutoCloseable {
        private final Path folder;
        private final Path target;
        private boolean committed;

        private Staging(Path folder, Path target) {
            this.folder = folder;
            this.target = target;
        }

        /** Writes one file now; safe to call from several threads. */
        public void write(OutputFile file) throws IOException {
            Path destination = inside(file);
            Files.createDirectories(destination.getParent());
            try {
                Publisher.write(file, destination);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        public void writeAll(List<OutputFile> files, Progress progress) throws IOException {
            Publisher.writeAll(files, folder, progress);
        }

        public void commit() throws IOException {
            Files.writeString(folder.resolve(MARKER), "This folder is written by Tessera; each build replaces it.\n");
            swap(folder, target);
            committed = true;
        }

        private Path inside(OutputFile file) throws IOException {
            Path destination = folder.resolve(file.path()).normalize();
            if (!destination.startsWith(folder)) {
                throw new IOException("refusing to write outside the output folder: " + file.path());
            }
            return destination;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(folder);
            }
        }
    }

    /**
     * Creates the folders in one pass, then writes the files on all cores: on a slow disk the writes, not the
     * rendering, dominate a large build. Each file is written with one call from the bytes already in memory.
     */
    private static void writeAll(List<OutputFile> files, Path staging, Progress progress) throws IOException {
        Set<Path> made = new HashSet<>();
        List<Path> destinations = new ArrayList<>(files.size());
        for (OutputFile file : files) {
            Path destination = staging.resolve(file.path()).normalize();
            if (!destination.startsWith(staging)) {
                throw new IOException("refusing to write outside the output folder: " + file.path());
            }
            Path folder = destination.getParent();
            if (made.add(folder)) {
                Files.createDirectories(folder);
            }
            destinations.add(destination);
        }
        AtomicInteger done = new AtomicInteger();
        // A write that fails is recorded, not thrown: a throw would leave forEach while other threads still write
        // into the staging folder that the caller is about to delete.
        Queue<IOException> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            if (!failures.isEmpty()) {
                return;
            }
            try {
                write(files.get(i), destinations.get(i));
            } catch (UncheckedIOException e) {
                failures.add(e.getCause());
                return;
            }
            int written = done.incrementAndGet();
            synchronized (progress) { // one writer at a time on the terminal
                progress.update("write", written, files.size());
            }
        });
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
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

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), ".tessera-old-");
        Files.delete(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target); // put the previous output back
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
