package org.tessera.render.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.model.Edition;
import org.tessera.model.ImageAsset;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.render.OutputFile;

/**
 * The image stage of rendering: the photos pages use are published in a few widths (never wider than the
 * source), re-encoded from their pixels so that no metadata survives; the originals are not published unless
 * site.yml says {@code images: {publish_originals: true}}. A raster image no page uses (a logo in a stylesheet)
 * is copied as it is when it carries no metadata, and otherwise published cleaned, at most {@value #MAX_WIDTH}
 * pixels wide, under its own name; an original asked for is likewise copied when clean, re-encoded otherwise.
 *
 * <p>Pages ask for {@link #responsive}; brochures for {@link #forPrint}; {@link #files} then makes every file
 * asked for, from the cache in {@value #CACHE_FOLDER} of the edition folder when it can.
 */
public final class ImageVariants {

    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    public static final String CACHE_FOLDER = org.tessera.cache.BuildCache.FOLDER + "/images";
    /** What the output being made on each thread shows, while {@link #recording} runs. */
    private final ThreadLocal<Set<String>> recorder = new ThreadLocal<>();
    static final int MAX_WIDTH = 1600;
    static final float QUALITY = 0.8f;
    static final float PRINT_QUALITY = 0.85f;
    static final float ORIGINAL_QUALITY = 0.92f;
    private static final double PRINT_DPI = 300;
    private static final int FALLBACK_WIDTH = 960;

    /** {@code CHECK} verifies that every image decodes and writes nothing, not even the cache. */
    public enum Mode { BUILD, CHECK }

    private record Job(String path, int width, int height, float quality) {
    }

    private final Edition edition;
    private final Mode mode;
    private final ImageCache cache;
    // Pages render on several threads: the public methods are synchronized, and a sorted map keeps the order of
    // published files independent of which page asked first.
    private final Map<String, Set<Integer>> used = new java.util.TreeMap<>();
    private final Set<String> failed = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    public ImageVariants(Edition edition, Mode mode) {
        this.edition = edition;
        this.mode = mode;
        this.cache = ImageCache.at(edition.root().resolve(CACHE_FOLDER), mode == Mode.BUILD);
    }

    /**
     * Runs {@code work} on this thread, adding to {@code uses} every image it shows: an asset path for a page's
     * photo, "print:" and the path for a brochure's. Which photos the site shows decides which of their files it
     * publishes, so a build that makes only some outputs again compares what all of them show with the last time.
     */
    public <T> T recording(Set<String> uses, java.util.function.Supplier<T> work) {
        Set<String> outer = recorder.get();
        recorder.set(uses);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                recorder.remove();
            } else {
                recorder.set(outer);
            }
        }
    }

    /** Records that the output being made on this thread shows {@code use} (see {@link #recording}). */
    public void used(String use) {
        Set<String> uses = recorder.get();
        if (uses != null) {
            uses.add(use);
        }
    }

    /** Whether files are made ({@code BUILD}) or only verified ({@code CHECK}). */
    public Mode mode() {
        return mode;
    }

    /** The sizes a page shows of {@code asset} ("assets/…"), or empty when it is not a raster image of the edition. */
    public synchronized Optional<Responsive> responsive(String asset) {
        used(asset);
        return usable(asset).map(image -> {
            List<Responsive.Variant> variants = widths(image.displayWidth()).stream()
                    .map(w -> new Responsive.Variant(org.tessera.model.SitePaths.imageVariant(asset, w + "w"), w, heightAt(image, w))).toList();
            variants.forEach(v -> used.computeIfAbsent(asset, k -> new TreeSet<>()).add(v.width()));
            Responsive.Variant fallback = variants.stream().filter(v -> v.width() <= FALLBACK_WIDTH)
                    .max(Comparator.comparingInt(Responsive.Variant::width)).orElse(variants.get(0));
            return new Responsive(variants, fallback);
        });
    }

    /**
     * {@code asset} resized for a brochure: about 300 dpi at {@code printedWidthMm} (never more pixels than the
     * source has), without metadata. Add {@link PrintImage#file()} to the output and point the print page at
     * {@link PrintImage#path()}. Empty, with a problem in {@link #problems()}, when the image cannot be used.
     */
    public synchronized Optional<PrintImage> forPrint(String asset, double printedWidthMm) {
        return usable(asset).flatMap(image -> {
            int width = (int) Math.min(Math.round(printedWidthMm / 25.4 * PRINT_DPI), image.displayWidth());
            int w = Math.max(1, width);
            Job job = new Job(org.tessera.model.SitePaths.imageVariant(asset, "print-" + w + "w"), w, heightAt(image, w), PRINT_QUALITY);
            return produce(image, List.of(job), false).stream().findFirst()
                    .map(file -> new PrintImage(job.path(), job.width(), job.height(), ((OutputFile.Written) file).bytes()));
        });
    }

    /** Every image file of the site (none when checking); call after the pages are rendered. */
    public synchronized List<OutputFile> files() {
        List<OutputFile> files = new ArrayList<>();
        edition.images().values().stream().sorted(Comparator.comparing(ImageAsset::path)).forEach(image -> {
            boolean underOwnName = edition.site().images().publishOriginals() || !used.containsKey(image.path());
            if (underOwnName && !image.metadata()) {
                files.add(new OutputFile.Copied(image.path(), edition.root().resolve(image.path())));
            }
            if (usable(image.path()).isPresent()) {
                files.addAll(produce(image, jobs(image), mode == Mode.CHECK));
            }
        });
        return files;
    }

    /**
     * The sizes of the photos that the pages rendered so far use, and nothing else: what a partial render adds to a
     * site whose other images are already made.
     */
    public synchronized List<OutputFile> usedFiles() {
        List<OutputFile> files = new ArrayList<>();
        used.forEach((asset, widths) -> usable(asset).ifPresent(image -> files.addAll(produce(image,
                widths.stream().map(w -> new Job(org.tessera.model.SitePaths.imageVariant(asset, w + "w"), w, heightAt(image, w), QUALITY)).toList(),
                mode == Mode.CHECK))));
        return files;
    }

    /** Images that could not be decoded or encoded, each named with what to do. */
    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The published widths of a photo {@code width} pixels wide: the standard ones below it, then itself up to the largest. */
    static List<Integer> widths(int width) {
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < width).toList());
        int largest = Math.min(width, MAX_WIDTH);
        if (!widths.contains(largest)) {
            widths.add(largest);
        }
        return widths;
    }

    private List<Job> jobs(ImageAsset image) {
        List<Job> jobs = new ArrayList<>();
        Set<Integer> widths = used.get(image.path());
        if (widths != null) {
            widths.forEach(w -> jobs.add(new Job(org.tessera.model.SitePaths.imageVariant(image.path(), w + "w"), w, heightAt(image, w), QUALITY)));
        }
        if (!image.metadata()) {
            return jobs; // its own name, if published at all, is the file as it is
        }
        if (edition.site().images().publishOriginals()) {
            jobs.add(new Job(image.path(), image.displayWidth(), image.displayHeight(), ORIGINAL_QUALITY));
        } else if (widths == null) {
            int w = Math.min(image.displayWidth(), MAX_WIDTH);
            jobs.add(new Job(image.path(), w, heightAt(image, w), QUALITY));
        }
        return jobs;
    }

    /** Makes the files of {@code jobs} from the cache or from one decoding of the source; with {@code verifyOnly}, only decodes. */
    private List<OutputFile> produce(ImageAsset image, List<Job> jobs, boolean verifyOnly) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        try {
            String hash = ImageCache.hash(edition.root().resolve(image.path()));
            Map<Job, String> keys = new LinkedHashMap<>();
            jobs.forEach(job -> keys.put(job, ImageCache.key(hash, job.width(), job.height(), image.format(), job.quality())));
            int widest = jobs.stream().mapToInt(Job::width).max().orElse(1);
            if (verifyOnly) {
                if (!keys.values().stream().allMatch(cache::has)) {
                    ImageCodec.decode(edition.root().resolve(image.path()), image.orientation(), widest);
                }
                return List.of();
            }
            List<OutputFile> files = new ArrayList<>();
            BufferedImage decoded = null;
            for (Map.Entry<Job, String> entry : keys.entrySet()) {
                Job job = entry.getKey();
                Optional<byte[]> cached = cache.get(entry.getValue());
                byte[] bytes;
                if (cached.isPresent()) {
                    bytes = cached.get();
                } else {
                    if (decoded == null) {
                        decoded = ImageCodec.decode(edition.root().resolve(image.path()), image.orientation(), widest);
                    }
                    bytes = ImageCodec.encode(ImageCodec.resize(decoded, job.width(), job.height()), image.format(), job.quality());
                    cache.put(entry.getValue(), bytes);
                }
                files.add(new OutputFile.Written(job.path(), bytes));
            }
            return files;
        } catch (ImageCodec.Failure | IOException e) {
            if (failed.add(image.path())) {
                problems.add(Problem.error(Position.of(image.path()), "this image cannot be published: " + e.getMessage()));
            }
            return List.of();
        }
    }

    /** The facts of an image that can be published; check has reported the others. */
    private Optional<ImageAsset> usable(String asset) {
        ImageAsset image = edition.images().get(asset);
        if (image == null || !image.readable() || image.mislabelled() || image.tooLarge() || failed.contains(asset)) {
            return Optional.empty();
        }
        return Optional.of(image);
    }

    private static int heightAt(ImageAsset image, int width) {
        return (int) Math.max(1, Math.round((double) image.displayHeight() * width / image.displayWidth()));
    }

}
