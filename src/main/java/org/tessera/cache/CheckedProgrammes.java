package org.tessera.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tessera.check.Checks;
import org.tessera.model.Problem;
import org.tessera.model.Programme;

/**
 * What each programme's checks found in the last build, kept in the edition's {@value BuildCache#FOLDER} folder, so
 * that a build checks again only the programmes whose inputs changed. A programme's checks read the programme, the
 * edition's files other than programmes' (site.yml, datasets, pages, assets) and what {@link Checks.Context} holds; the
 * fingerprint of the three is kept with what they found, and what was found is used only while it is the same.
 */
public final class CheckedProgrammes implements Checks.Memo {

    private static final String FILE = "checked.txt";
    private static final String WHAT = "checked programmes, format 1";
    private static final ObjectMapper JSON = JsonMapper.builder().configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false).build();
    private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {
    };

    private final long others;
    private final Map<Object, Long> known;
    private final KeyedLines before;
    private final Map<String, String> now = new ConcurrentHashMap<>();
    private final Map<Checks.Context, Long> contexts = new java.util.IdentityHashMap<>();
    private volatile Checks.Links links;

    private CheckedProgrammes(long others, Map<Object, Long> known, KeyedLines before) {
        this.others = others;
        this.known = known;
        this.before = before;
    }

    /**
     * What the last build of {@code source} found, when {@code trusted} (else nothing: every programme is checked),
     * for an edition whose files are {@code stamps}; {@code known} are the fingerprints the loader found for its
     * records, by identity, which are not found again.
     */
    public static CheckedProgrammes of(Path source, SourceStamps stamps, boolean trusted, Map<Object, Long> known) {
        Path file = source.resolve(BuildCache.FOLDER).resolve(FILE);
        return new CheckedProgrammes(others(source, stamps), known,
                trusted ? KeyedLines.read(file, WHAT) : KeyedLines.none(file, WHAT));
    }

    /** The fingerprint of the edition's files other than programmes' (and of where the edition is). */
    private static long others(Path source, SourceStamps stamps) {
        Map<String, Long> others = new TreeMap<>();
        stamps.files().forEach((path, stamp) -> {
            if (!path.startsWith("content/programmes/")) {
                others.put(path, stamp.checksum());
            }
        });
        return new Fingerprints().of(List.of(source.toAbsolutePath().normalize().toString(), others));
    }

    @Override
    public List<Problem> of(Programme programme, Checks.Context context, Supplier<List<Problem>> check) {
        String key;
        try {
            key = Long.toHexString(new Fingerprints(known).of(List.of(others, context(context), programme))) + "\t";
        } catch (Fingerprints.Unknown e) {
            return check.get(); // inputs without a fingerprint: checked every time
        }
        String line = before.get(programme.id());
        if (line != null && line.startsWith(key)) {
            try {
                List<Problem> found = line.length() == key.length() ? List.of() : JSON.readValue(line.substring(key.length()), PROBLEMS);
                now.put(programme.id(), line);
                return found;
            } catch (IOException | RuntimeException e) {
                // damaged: checked again
            }
        }
        List<Problem> found = check.get();
        try {
            now.put(programme.id(), key + (found.isEmpty() ? "" : JSON.writeValueAsString(found)));
        } catch (IOException | RuntimeException e) {
            // not kept: checked again next time
        }
        return found;
    }

    @Override
    public void checkedAgainst(Checks.Links links) {
        this.links = links;
    }

    /** The links the last run checked the stories against: kept for a build that checks a part of the edition. */
    public java.util.Optional<Checks.Links> links() {
        return java.util.Optional.ofNullable(links);
    }

    /** The fingerprint of a context, found once: every programme of a build is checked in the same one. */
    private long context(Checks.Context context) {
        synchronized (contexts) {
            return contexts.computeIfAbsent(context, c -> new Fingerprints().of(c));
        }
    }

    /** Keeps what this build found for the next build ({@link KeyedLines#keep}). */
    public void save() throws IOException {
        before.keep(now);
    }
}
