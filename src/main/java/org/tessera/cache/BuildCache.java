package org.tessera.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.tessera.check.Checks;
import org.tessera.model.Problem;

/**
 * What the last successful build of an edition into one output folder made, kept in the edition's
 * {@value #FOLDER} folder (never published) so that the next build makes again only what changed.
 *
 * @param tool      the Tessera that built it: another one's cache is not trusted
 * @param output    the output folder (absolute) and its {@code marker}: the identity of the file Tessera writes into
 *                  it, so that an output folder replaced or removed since is noticed
 * @param sources   the edition's files as that build read them
 * @param inputs    per output path, the fingerprint of what it read; an output whose inputs had none is left out
 * @param words     per page path, the interface words it read while rendering
 * @param photos    per output path, the photos it showed (only those that showed any)
 * @param messages  per language ("" for the first), every interface word
 * @param files     every file the output folder holds but Tessera's marker
 * @param extras    those of them that are no output of the plan: the photos' published sizes
 * @param problems  what the build reported: loading, checks and rendering
 * @param brochureProblems whether rendering the brochures reported any of them (they are made again to report them)
 * @param links     the fingerprint of the addresses the site publishes and its pages' anchors, as the checks found
 *                  them ({@link #links(Path, long)}): a build that loads only the programmes that changed checks their
 *                  links against these; 0 when unknown
 */
public record BuildCache(String tool, String output, String marker, SourceStamps sources, Map<String, Long> inputs,
                         Map<String, Set<String>> words, Map<String, Set<String>> photos, Map<String, Map<String, String>> messages, List<String> files,
                         List<String> extras, List<Problem> problems, boolean brochureProblems, long links) {

    /** The folder of an edition where builds keep what they need to build again. */
    public static final String FOLDER = ".tessera-cache";
    /** The first line of a cache file, before its checksum; the format number changes whenever the body's layout does. */
    private static final String FORMAT = "tessera build cache, format ";
    private static final String HEADER = FORMAT + "4, checksum ";
    private static final String BY = ", made by ";
    /** This Tessera, found once: the code a running Tessera is made of does not change under it. */
    private static final String TOOL = tool(BuildCache.class);

    /** Why a cache was not used: damaged, another Tessera's, or describing an output folder since replaced. */
    public record Refusal(String reason, boolean warn) {
    }

    /** A cache read back: the cache, or why it cannot be trusted. */
    public record Read(Optional<BuildCache> cache, Optional<Refusal> refused) {
        static Read none() {
            return new Read(Optional.empty(), Optional.empty());
        }

        static Read refused(String reason, boolean warn) {
            return new Read(Optional.empty(), Optional.of(new Refusal(reason, warn)));
        }
    }

    /** The cache file of builds of {@code source} into {@code output}: one per output folder. */
    public static Path file(Path source, Path output) {
        String key = Long.toHexString(new Fingerprints().of(output.toAbsolutePath().normalize().toString()));
        return source.resolve(FOLDER).resolve("build-" + key + ".bin");
    }

    /** Reads the cache of builds of {@code source} into {@code output}, checking it belongs to this Tessera and output. */
    public static Read read(Path source, Path output) {
        Path file = file(source, output);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Read.none();
        } catch (IOException | RuntimeException e) {
            return Read.refused("cannot be read (" + e.getMessage() + ")", true);
        }
        int newline = 0;
        while (newline < bytes.length && bytes[newline] != '\n') {
            newline++;
        }
        String header = newline == bytes.length ? "" : new String(bytes, 0, newline, StandardCharsets.UTF_8);
        int by = header.indexOf(BY);
        if (header.startsWith(FORMAT) && !header.startsWith(HEADER) && by > 0) {
            return Read.refused("was made by another version of Tessera", true);
        }
        if (!header.startsWith(HEADER) || by < 0) {
            return Read.refused("is damaged or was written by another program", true);
        }
        if (!header.substring(by + BY.length()).equals(thisTool())) {
            return Read.refused("was made by another version of Tessera", true);
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, newline + 1, bytes.length - newline - 1).slice();
        if (!header.substring(HEADER.length(), by).equals(checksum(body.duplicate()))) {
            return Read.refused("is damaged (its checksum does not match)", true);
        }
        BuildCache cache;
        try {
            cache = CacheBody.read(body);
        } catch (RuntimeException e) {
            return Read.refused("is damaged (" + e + ")", true);
        }
        if (!cache.output().equals(output.toAbsolutePath().normalize().toString()) || !cache.marker().equals(marker(output))) {
            return Read.refused("describes an output folder that has been replaced or removed since", false);
        }
        return new Read(Optional.of(cache), Optional.empty());
    }

    /** Caches kept per edition: one per output folder, the most recently written, so that builds into folders long gone leave no litter. */
    private static final int KEPT = 4;

    /** Writes this cache for the next build, in one step: a reader finds the old cache or the new one, never half of one. */
    public void write(Path source) throws IOException {
        writeFile(source);
        try (Stream<Path> caches = Files.list(file(source, Path.of(output)).getParent())) {
            List<Path> all = caches.toList();
            List<Path> older = all.stream().filter(p -> p.getFileName().toString().matches("build-[0-9a-f]+\\.bin"))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).skip(KEPT).toList();
            for (Path old : older) {
                Files.deleteIfExists(old);
            }
            for (Path json : all.stream().filter(p -> p.getFileName().toString().matches("build-[0-9a-f]+\\.json")).toList()) {
                Files.deleteIfExists(json); // format 1, which no Tessera that writes this one reads
            }
        }
    }

    private void writeFile(Path source) throws IOException {
        byte[] body = CacheBody.write(this);
        byte[] header = (HEADER + checksum(ByteBuffer.wrap(body)) + BY + tool + "\n").getBytes(StandardCharsets.UTF_8);
        CacheFiles.replace(file(source, Path.of(output)), header, body);
    }

    /** The file of the edition's links, kept apart: the same for every output folder, and rarely changed. */
    private static final String LINKS = "links.bin";

    /**
     * Keeps the links of the edition's site ({@link #links}), unless the file already holds these: a build whose
     * change moved no address or anchor writes nothing. @return their fingerprint, which the build cache records
     */
    public static long keep(Path source, Checks.Links links) throws IOException {
        long fingerprint = new Fingerprints().of(List.of(links.published(), links.anchors()));
        Path file = source.resolve(FOLDER).resolve(LINKS);
        String header = linksHeader(fingerprint);
        String kept;
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            kept = in.readLine();
        } catch (IOException | RuntimeException e) {
            kept = null;
        }
        if (!header.equals(kept)) {
            CacheFiles.replace(file, (header + "\n").getBytes(StandardCharsets.UTF_8), CacheBody.write(links));
        }
        return fingerprint;
    }

    private static String linksHeader(long fingerprint) {
        return FORMAT + "4, links " + Long.toHexString(fingerprint) + BY + thisTool();
    }

    /** The links of the edition's site that have {@code fingerprint}, as a build kept them; empty if it kept others. */
    public static Optional<Checks.Links> links(Path source, long fingerprint) {
        try {
            byte[] bytes = Files.readAllBytes(source.resolve(FOLDER).resolve(LINKS));
            int newline = 0;
            while (newline < bytes.length && bytes[newline] != '\n') {
                newline++;
            }
            if (fingerprint == 0 || newline == bytes.length || !new String(bytes, 0, newline, StandardCharsets.UTF_8).equals(linksHeader(fingerprint))) {
                return Optional.empty();
            }
            return Optional.of(CacheBody.links(ByteBuffer.wrap(bytes, newline + 1, bytes.length - newline - 1).slice()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The identity of the marker file a build writes into its output folder: "" when there is none. */
    public static String marker(Path output) {
        try {
            BasicFileAttributes a = Files.readAttributes(output.resolve(org.tessera.publish.Publisher.MARKER), BasicFileAttributes.class);
            return a.fileKey() + "@" + a.lastModifiedTime().toMillis() + "/" + a.creationTime().toMillis();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * This Tessera: its version and the file (or folder of classes) it runs from, with its size and time, so that a
     * cache is never read by a Tessera built from other code.
     */
    public static String thisTool() {
        return TOOL;
    }

    private static String tool(Class<?> ours) {
        try {
            Path code = Path.of(ours.getProtectionDomain().getCodeSource().getLocation().toURI());
            String version = Optional.ofNullable(ours.getPackage().getImplementationVersion()).orElse("development");
            long newest;
            long size = 0;
            if (Files.isDirectory(code)) {
                try (Stream<Path> classes = Files.walk(code)) {
                    newest = classes.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
                }
            } else {
                newest = Files.getLastModifiedTime(code).toMillis();
                size = Files.size(code);
            }
            return "tessera " + version + " " + code + " " + size + " " + newest + " java " + Runtime.version().feature();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "tessera unknown " + System.nanoTime(); // never matches: no cache is trusted
        }
    }

    /** CRC-32C, which the processor computes where it can: a damaged file is told from a sound one in a millisecond. */
    private static String checksum(ByteBuffer body) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        return Long.toHexString(crc.getValue());
    }
}
