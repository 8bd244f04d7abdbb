package org.tessera.load;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.tessera.model.ImageAsset;

/**
 * Reads what an image's header says: its real format, size, EXIF orientation and whether it records where it
 * was taken. Pixels are never decoded here, so a huge or broken image costs nothing to look at.
 */
final class ImageFacts {

    Map<String, ImageAsset> read(Path root, List<String> assets) {
        Map<String, ImageAsset> images = new LinkedHashMap<>();
        for (String asset : assets) {
            if (ImageAsset.isRaster(asset)) {
                images.put(asset, read(root.resolve(asset), asset));
            }
        }
        return Map.copyOf(images);
    }

    static ImageAsset read(Path file, String path) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return new ImageAsset(path, "", 0, 0, 1, false, "the file cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new ImageAsset(path, "", 0, 0, 1, false, "");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = format(reader.getFormatName());
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                Metadata metadata = metadata(file);
                return new ImageAsset(path, format, width, height, orientation(metadata), gps(metadata), "");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new ImageAsset(path, "", 0, 0, 1, false, "its header cannot be read (" + describe(e) + ")");
        }
    }

    private static String format(String readerFormat) {
        String name = readerFormat.toLowerCase(Locale.ROOT);
        return name.equals("jpg") ? "jpeg" : name;
    }

    /** EXIF, XMP and the rest, or nothing when the metadata itself is damaged: decoding will tell then. */
    private static Metadata metadata(Path file) {
        try {
            return ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return new Metadata();
        }
    }

    private static int orientation(Metadata metadata) {
        for (ExifIFD0Directory exif : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            Integer value = exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            if (value != null && value >= 1 && value <= 8) {
                return value;
            }
        }
        return 1;
    }

    private static boolean gps(Metadata metadata) {
        return metadata.getDirectoriesOfType(GpsDirectory.class).stream().anyMatch(g -> g.getGeoLocation() != null);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
