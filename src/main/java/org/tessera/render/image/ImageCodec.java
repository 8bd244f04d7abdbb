package org.tessera.render.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.tessera.model.ImageAsset;

/**
 * Decodes an image safely (size read from the header and refused before any pixel is decoded; a damaged or
 * truncated file is a failure, not a grey picture), turns it upright, resizes it, and encodes it from pixels
 * alone, so that no EXIF, GPS, XMP, IPTC, comment or thumbnail of the source survives.
 */
final class ImageCodec {

    /** Why an image could not be turned into a published one, worded for the person who supplied it. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private ImageCodec() {
    }

    /**
     * Reads {@code file} upright. When the picture is much wider than {@code neededWidth}, every n-th pixel is
     * read, which keeps memory low for camera originals; the resize that follows smooths the result.
     */
    static BufferedImage decode(Path file, int orientation, int neededWidth) throws Failure {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new Failure("the file cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Failure("the file is not an image that can be read (JPEG or PNG expected)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > ImageAsset.MAX_PIXELS) {
                    throw new Failure(String.format(Locale.ROOT, "the image is %d × %d pixels, more than the %d megapixels "
                            + "that can be decoded safely; resize it to about 2000 pixels wide", width, height, ImageAsset.MAX_PIXELS / 1_000_000));
                }
                int across = orientation >= 5 ? height : width;
                int step = Math.max(1, across / (2 * Math.max(1, neededWidth)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new Failure("the image is damaged or incomplete (" + warnings.get(0) + "); export it again");
                }
                return upright(image, orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Failure("the image is damaged or incomplete and cannot be decoded (" + describe(e) + "); export it again");
        } catch (OutOfMemoryError e) {
            throw new Failure("the image is too large to decode in the memory available; resize it to about 2000 pixels wide");
        }
    }

    /** Applies an EXIF orientation (1–8): the picture as the camera's owner saw it. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.translate(h, w); t.scale(-1, 1); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The picture at exactly {@code width} × {@code height} (never larger than it is: callers choose sizes that way). */
    static BufferedImage resize(BufferedImage image, int width, int height) throws Failure {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        try {
            return Thumbnails.of(image).size(width, height).keepAspectRatio(false).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new Failure("the image cannot be resized (" + describe(e) + ")");
        }
    }

    /** Encodes pixels only: the writer is given no metadata, so none is written. */
    static byte[] encode(BufferedImage image, String format, float quality) throws Failure {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            boolean jpeg = format.equals("jpeg");
            ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
            try {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (jpeg) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(quality);
                    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                }
                writer.write(null, new IIOImage(jpeg ? opaque(image) : image, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Failure("the image cannot be encoded (" + describe(e) + ")");
        }
        return bytes.toByteArray();
    }

    /** JPEG has no transparency: anything else becomes plain RGB on white. */
    private static BufferedImage opaque(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
