package org.tessera.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tessera.model.Edition;
import org.tessera.model.ImageAsset;
import org.tessera.model.InlineImage;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Story;

/** Checks the photos: readable, named for what they are, of a sane size, described, credited, and not giving away where they were taken. */
final class ImageChecks {

    private ImageChecks() {
    }

    /** Every raster image in assets/ is published (resized, cleaned), so every one must be sound. */
    static List<Problem> checkAssets(Edition edition) {
        List<Problem> problems = new ArrayList<>();
        edition.images().values().stream().sorted(java.util.Comparator.comparing(ImageAsset::path))
                .forEach(image -> checkAsset(image, problems));
        return problems;
    }

    private static void checkAsset(ImageAsset image, List<Problem> problems) {
        Position at = Position.of(image.path());
        String expected = image.path().toLowerCase(Locale.ROOT).endsWith(".png") ? "PNG" : "JPEG";
        if (!image.defect().isEmpty()) {
            problems.add(Problem.error(at, "this image is damaged: " + image.defect() + "; export it again as " + expected));
        } else if (image.format().isEmpty()) {
            problems.add(Problem.error(at, "this file is named as a " + expected + " image but is not an image at all; replace it with the photo, saved as JPEG or PNG"));
        } else if (image.mislabelled()) {
            String actual = image.format().toUpperCase(Locale.ROOT);
            String fix = actual.equals("PNG") || actual.equals("JPEG")
                    ? "rename it to end in " + (actual.equals("PNG") ? ".png" : ".jpg") + " and change the pages that use it"
                    : "save it as JPEG or PNG";
            problems.add(Problem.error(at, "this file is named as a " + expected + " image but holds a " + actual + " image; " + fix));
        } else if (image.tooLarge()) {
            problems.add(Problem.error(at, String.format(Locale.ROOT,
                    "this image is %d × %d pixels (%d megapixels); images over %d megapixels are refused because decoding them "
                            + "could exhaust memory. Resize it to about 2000 pixels wide", image.width(), image.height(),
                    image.pixels() / 1_000_000, ImageAsset.MAX_PIXELS / 1_000_000)));
        }
        if (image.gps()) {
            problems.add(Problem.warning(at, "this photo records where it was taken (GPS coordinates). The published images "
                    + "never carry them, but this source file does: remove them (e.g. exiftool -gps:all= " + image.path()
                    + ") before sharing the sources, to protect the people and places in it"));
        }
    }

    /** Markdown images: the file exists, and the photo has alt text and a credit. */
    static List<Problem> checkStory(Edition edition, Story story) {
        List<Problem> problems = new ArrayList<>();
        for (InlineImage image : InlineImage.in(story)) {
            if (image.isAsset()) {
                Path file = edition.root().resolve(image.src()).normalize();
                if (image.src().contains("..") || !file.startsWith(edition.root().resolve("assets"))) {
                    problems.add(Problem.error(image.at(), "the image \"" + image.src() + "\" must be a file under assets/, e.g. assets/photos/tajikistan.jpg"));
                } else if (!Files.isRegularFile(file)) {
                    problems.add(Problem.error(image.at(), "the image " + image.src() + " does not exist"));
                }
            }
            if (image.alt().isBlank()) {
                problems.add(Problem.warning(image.at(), "the image " + image.src() + " has no alt text; describe the photo between the brackets: ![what it shows](" + image.src() + ")"));
            }
            if (image.credit().isBlank()) {
                problems.add(Problem.warning(image.at(), "the image " + image.src() + " has no credit; add it after a | in the image title: ![…](" + image.src() + " \"Caption | ©IOM\")"));
            }
        }
        return problems;
    }
}
