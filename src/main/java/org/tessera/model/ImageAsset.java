package org.tessera.model;

import java.util.Locale;

/**
 * What loading learned about a raster image in assets/ from its header alone, without decoding its pixels.
 *
 * <p>{@code format} is what the content is ({@code jpeg}, {@code png}), whatever the file name says, or empty
 * when no reader recognises it; {@code width} and {@code height} are as stored, before the EXIF
 * {@code orientation} (1–8) is applied; {@code metadata} says whether the file carries anything beyond its
 * pixels' structure (EXIF, XMP, IPTC, comments, text chunks, thumbnails, or something unreadable);
 * {@code defect} says why the header could not be read, empty when it could.
 */
public record ImageAsset(String path, String format, int width, int height, int orientation, boolean gps, boolean metadata,
                         String defect) {

    /** Decoding more pixels than this could exhaust memory (a "decompression bomb"); such images are refused. */
    public static final long MAX_PIXELS = 50_000_000L;

    /** Whether Tessera resizes and re-encodes a file of this name rather than copying it. */
    public static boolean isRaster(String path) {
        return !extensionFormat(path).isEmpty();
    }

    /** The format a file name promises: {@code jpeg}, {@code png}, or empty for files Tessera copies as they are. */
    public static String extensionFormat(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "jpeg";
        }
        return name.endsWith(".png") ? "png" : "";
    }

    public boolean readable() {
        return defect.isEmpty() && !format.isEmpty();
    }

    public boolean mislabelled() {
        return readable() && !format.equals(extensionFormat(path));
    }

    public long pixels() {
        return (long) width * height;
    }

    public boolean tooLarge() {
        return pixels() > MAX_PIXELS;
    }

    /** Orientations 5–8 turn the picture by a quarter: width and height swap on screen. */
    public boolean turned() {
        return orientation >= 5 && orientation <= 8;
    }

    public int displayWidth() {
        return turned() ? height : width;
    }

    public int displayHeight() {
        return turned() ? width : height;
    }
}
