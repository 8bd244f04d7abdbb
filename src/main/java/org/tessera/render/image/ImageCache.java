package org.tessera.render.image;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Resized images kept between builds, named by the SHA-256 of the source file and the recipe, so a changed
 * photo is never served stale and an unchanged one is never resized twice. Losing the folder only costs time;
 * a folder that cannot be written just means no caching.
 */
final class ImageCache {

    /** Bump when the recipe changes (sizes, quality, codec): old entries are then simply not found. */
    private static final String RECIPE = "v1";

    private final Path folder;
    private final boolean writable;

    private ImageCache(Path folder, boolean writable) {
        this.folder = folder;
        this.writable = writable;
    }

    static ImageCache at(Path folder, boolean writable) {
        return new ImageCache(folder, writable);
    }

    static String hash(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The cache entry's name: the source's hash and the recipe of the resized file. */
    static String key(String hash, int width, int height, String format, float quality) {
        return hash + "-" + width + "x" + height + "-q" + Math.round(quality * 100) + "-" + RECIPE + (format.equals("jpeg") ? ".jpg" : ".png");
    }

    Optional<byte[]> get(String key) {
        Path file = folder.resolve(key);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    boolean has(String key) {
        return Files.isRegularFile(folder.resolve(key));
    }

    void put(String key, byte[] bytes) {
        if (!writable) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".part-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // A read-only edition folder builds fine, only without a cache.
        }
    }
}
