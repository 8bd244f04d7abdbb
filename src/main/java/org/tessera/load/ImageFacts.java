package org.tessera.load;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.adobe.AdobeJpegDirectory;
import com.drew.metadata.file.FileSystemDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.jfif.JfifDirectory;
import com.drew.metadata.jpeg.HuffmanTablesDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.tessera.model.ImageAsset;

/**
 * Reads what an image's header says: its real format, size, EXIF orientation and whether it records where it
 * was taken. Pixels are never decoded here, so a huge or broken image costs nothing to look at.
 */
final class ImageFacts {

    /** PNG chunks that describe pixels and colour; text, time and EXIF chunks are not among them. */
    private static final Set<String> STRUCTURAL_PNG_CHUNKS = Set.of("IHDR", "PLTE", "tRNS", "cHRM", "gAMA", "iCCP", "sBIT",
            "sRGB", "bKGD", "hIST", "pHYs", "IDAT", "IEND");

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
                return new ImageAsset(path, "", 0, 0, 1, false, true, "the file cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new ImageAsset(path, "", 0, 0, 1, false, true, "");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = format(reader.getFormatName());
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                Optional<Metadata> metadata = metadata(file);
                Metadata found = metadata.orElseGet(Metadata::new);
                return new ImageAsset(path, format, width, height, orientation(found), gps(found),
                        metadata.map(ImageFacts::beyondStructure).orElse(true), "");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new ImageAsset(path, "", 0, 0, 1, false, true, "its header cannot be read (" + describe(e) + ")");
        }
    }

    private static String format(String readerFormat) {
        String name = readerFormat.toLowerCase(Locale.ROOT);
        return name.equals("jpg") ? "jpeg" : name;
    }

    /** EXIF, XMP and the rest; empty when the metadata itself is damaged (decoding will tell then). */
    private static Optional<Metadata> metadata(Path file) {
        try {
            return Optional.of(ImageMetadataReader.readMetadata(file.toFile()));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether anything beyond what it takes to show the pixels is in the file. Anything not known to be
     * structural counts, so an unknown kind of block is treated as possibly personal.
     */
    static boolean beyondStructure(Metadata metadata) {
        for (Directory directory : metadata.getDirectories()) {
            boolean structural = directory instanceof PngDirectory png
                    ? STRUCTURAL_PNG_CHUNKS.contains(png.getPngChunkType().getIdentifier())
                    : directory instanceof JpegDirectory || directory instanceof JfifDirectory
                    || directory instanceof HuffmanTablesDirectory || directory instanceof AdobeJpegDirectory
                    || directory instanceof IccDirectory || directory instanceof FileTypeDirectory
                    || directory instanceof FileSystemDirectory;
            if (!structural) {
                return true;
            }
        }
        return false;
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
