package org.tessera.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing the files of the build cache folder. */
final class CacheFiles {

    private CacheFiles() {
    }

    /**
     * Writes {@code parts} one after the other as {@code file}, in one step: a temporary file beside it takes its place,
     * so that a reader (another build) finds the old file or the new one, never half of one.
     */
    static void replace(Path file, byte[]... parts) throws IOException {
        replace(file, out -> {
            for (byte[] part : parts) {
                out.write(part);
            }
        });
    }

    /** What is written into a file, as it is made: tens of megabytes never held in memory at once. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** As above, {@code content} written as it comes. */
    static void replace(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
