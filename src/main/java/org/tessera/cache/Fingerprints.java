package org.tessera.cache;

import com.vladsch.flexmark.util.ast.Node;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints of model values that are the same in every run for equal values: what an output read, kept between
 * builds as one number instead of the records themselves. {@code hashCode} will not do: an enum's differs from one
 * run to the next, and {@code Map.of}'s order too. Records are followed through their components, lists in order,
 * sets and unordered maps whatever their order, a markdown syntax tree by the text it was parsed from.
 *
 * <p>A value of a kind not listed here has no fingerprint ({@link Unknown}): whoever asks must treat what read it as
 * changed, never as the same. One instance remembers the fingerprints of the large collections, long texts and
 * syntax trees it has seen, by identity, so that what many outputs share (every programme's card, a dataset) is
 * followed once.
 */
public final class Fingerprints {

    /** A value Tessera cannot fingerprint: what reads it is made again every build. */
    public static final class Unknown extends RuntimeException {
        Unknown(Class<?> type) {
            super("no fingerprint for " + type.getName(), null, false, false);
        }
    }

    private static final long SEED = 0x9E3779B97F4A7C15L;
    /** A record type's name, fingerprinted, and the accessors of its components: found once per type. */
    private record RecordShape(long name, Method[] accessors) {
        static RecordShape of(Class<?> type) {
            return new RecordShape(text(type.getName()), Fingerprints.accessors(type));
        }
    }

    private static final Map<Class<?>, RecordShape> COMPONENTS = new ConcurrentHashMap<>();

    /** Texts this long are remembered like records: a story's text is read by several outputs. */
    private static final int LONG_TEXT = 256;
    /** Collections this large are remembered: every one, since a small list may hold the edition's settings. */
    private static final int SHARED = 1;

    private final Map<Object, Long> seen = new IdentityHashMap<>(256);
    /** Fingerprints of records known beforehand, by identity: what the loader read back from the build cache. */
    private final Map<Object, Long> known;

    public Fingerprints() {
        this(Map.of());
    }

    /**
     * Fingerprints that take those of {@code known} records (by identity) as found: they were found when the records
     * were first made. Only read, so one map may serve instances on several threads.
     */
    public Fingerprints(Map<Object, Long> known) {
        this.known = known;
    }

    /**
     * What this instance knows by identity: the fingerprints it was given and those it remembered (large collections,
     * long texts, syntax trees), to give to others that will read the same values.
     */
    public Map<Object, Long> remembered() {
        Map<Object, Long> all = new IdentityHashMap<>(known);
        all.putAll(seen);
        return all;
    }

    /** The fingerprint of {@code value}. @throws Unknown when it holds a value of a kind not listed above */
    public long of(Object value) {
        if (value == null) {
            return SEED;
        }
        if (value instanceof String s && s.length() < LONG_TEXT) {
            return text(s);
        }
        if (remembered(value)) {
            Long found = seen.get(value);
            if (found == null) {
                found = known.isEmpty() ? null : known.get(value);
                if (found == null) {
                    found = composite(value);
                }
                seen.put(value, found);
            }
            return found;
        }
        if (value instanceof Record) {
            Long found = known.isEmpty() ? null : known.get(value);
            return found != null ? found : composite(value);
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return composite(value);
        }
        return simple(value);
    }

    /**
     * Whether to remember the fingerprint of {@code value} by identity: large collections (a dataset's rows, the
     * list of every programme's card), long texts and syntax trees, which several outputs read. Not records: there are
     * millions, most read once, and a table of them all costs more than reading the few shared ones again.
     */
    private static boolean remembered(Object value) {
        return value instanceof Collection<?> c ? c.size() >= SHARED : value instanceof Map<?, ?> m ? m.size() >= SHARED
                : value instanceof String || value instanceof Node || value instanceof org.tessera.model.MarkdownBody;
    }

    private long composite(Object value) {
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof org.tessera.model.MarkdownBody body) { // its tree follows from its text
            return mix(text("markdown"), text(body.text()));
        }
        if (value instanceof Node node) { // a syntax tree: the text it was parsed from, with the same parser
            return mix(text(node.getClass().getName()), text(source(node)));
        }
        if (value instanceof Record r) {
            RecordShape shape = COMPONENTS.computeIfAbsent(r.getClass(), RecordShape::of);
            long h = shape.name();
            for (Method accessor : shape.accessors()) {
                h = mix(h, of(read(accessor, r)));
            }
            return h;
        }
        if (value instanceof Map<?, ?> map) {
            boolean ordered = !isUnordered(map);
            long h = mix(text("map"), map.size());
            long unordered = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                long entry = mix(of(e.getKey()), of(e.getValue()));
                if (ordered) {
                    h = mix(h, entry);
                } else {
                    unordered += finish(entry);
                }
            }
            return mix(h, unordered);
        }
        Collection<?> items = (Collection<?>) value;
        boolean ordered = !isUnordered(items);
        long h = mix(text(items instanceof Set ? "set" : "list"), items.size());
        long unordered = 0;
        for (Object item : items) {
            if (ordered) {
                h = mix(h, of(item));
            } else {
                unordered += finish(of(item));
            }
        }
        return mix(h, unordered);
    }

    /**
     * Whether a map's or set's order means nothing: a hash table's (its order follows the hashes, or for Map.of and
     * Set.of a number drawn anew in each run). Any other one is read in its order: a list, a linked or sorted map or
     * set, or an unmodifiable view of one.
     */
    private static boolean isUnordered(Object items) {
        if (items instanceof List<?>) {
            return false;
        }
        return items instanceof java.util.HashMap && !(items instanceof LinkedHashMap)
                || items instanceof java.util.HashSet && !(items instanceof LinkedHashSet)
                || items instanceof java.util.concurrent.ConcurrentHashMap || items instanceof java.util.concurrent.ConcurrentHashMap.KeySetView
                || items instanceof java.util.IdentityHashMap || items instanceof java.util.Hashtable
                || items.getClass().getName().startsWith("java.util.ImmutableCollections$Set")
                || items.getClass().getName().startsWith("java.util.ImmutableCollections$Map");
    }

    private long simple(Object value) {
        if (value instanceof Enum<?> e) {
            return mix(text(e.getDeclaringClass().getName()), text(e.name()));
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? mix(text("some"), of(o.get())) : text("none");
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? mix(text("int"), o.getAsInt()) : text("none");
        }
        if (value instanceof OptionalLong o) {
            return o.isPresent() ? mix(text("long"), o.getAsLong()) : text("none");
        }
        if (value instanceof OptionalDouble o) {
            return o.isPresent() ? mix(text("double"), Double.doubleToLongBits(o.getAsDouble())) : text("none");
        }
        if (value instanceof byte[] bytes) {
            return mix(text("bytes"), Arrays.hashCode(bytes) * 31L + bytes.length);
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character || value instanceof BigDecimal
                || value instanceof Path || value instanceof TemporalAccessor || value instanceof java.net.URI
                || value instanceof java.util.Locale) {
            return mix(text(value.getClass().getName()), text(value.toString()));
        }
        throw new Unknown(value.getClass());
    }

    /** The text a syntax tree was parsed from: the parser's own string when the tree covers all of it (copying it is slow). */
    private static String source(Node node) {
        com.vladsch.flexmark.util.sequence.BasedSequence chars = node.getChars();
        return chars.getBase() instanceof String all && chars.getStartOffset() == 0 && chars.length() == all.length()
                ? all : chars.toString();
    }

    /** Texts from this length are read by the processor's CRC instructions rather than a character at a time. */
    private static final int CRC_TEXT = 64;

    /**
     * FNV-1a over the characters, then mixed: strings are most of what outputs read. A longer text (a story, a
     * file's content) is fingerprinted by two CRCs of its UTF-8 bytes, with different polynomials, which the JVM
     * computes with the processor's instructions: many times faster than FNV's loop in a JVM just started.
     */
    private static long text(String s) {
        if (s.length() >= CRC_TEXT) {
            byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.util.zip.CRC32C c = new java.util.zip.CRC32C();
            java.util.zip.CRC32 d = new java.util.zip.CRC32();
            c.update(bytes);
            d.update(bytes);
            return finish((c.getValue() << 32 | d.getValue()) ^ finish(s.length()));
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return finish(h ^ s.length());
    }

    private static long mix(long h, long value) {
        return finish(h * 31 + finish(value + SEED));
    }

    /** The finaliser of SplitMix64: every bit of the input reaches every bit of the output. */
    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        return accessors;
    }

    private static Object read(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of " + r.getClass().getName(), e);
        }
    }
}
