package org.tessera.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tessera.model.Problem;

/**
 * What the loader made of each source file the last time, kept between loads by {@code serve}: a file whose text is
 * unchanged is not parsed again, and its model records are the very objects of the previous load, so that later
 * stages can tell an unchanged programme from a changed one by comparing them. Its problems come back with it.
 */
public final class ParseCache {

    /** A cache that keeps nothing: every load parses every file, as a one-off build does. */
    static final ParseCache NONE = new ParseCache(false);

    private record Entry(List<Object> sources, Optional<?> value, List<Problem> problems) {
    }

    private final boolean keeps;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();

    private ParseCache(boolean keeps) {
        this.keeps = keeps;
    }

    public ParseCache() {
        this(true);
    }

    /**
     * The value made from {@code sources} (the texts, or for a binary file its size and time, of the files it is
     * made from) under {@code key}: the one kept from an earlier load when the sources are the same, else made now
     * by {@code parse}, which reports into the list it is given. The problems of either go to {@code problems}.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> get(String key, List<Object> sources, List<Problem> problems,
                        Function<List<Problem>, Optional<T>> parse) {
        if (!keeps) {
            return parse.apply(problems);
        }
        touched.add(key);
        Entry entry = entries.get(key);
        if (entry == null || !Objects.equals(entry.sources(), sources)) {
            List<Problem> found = new ArrayList<>();
            entry = new Entry(sources, parse.apply(found), List.copyOf(found));
            entries.put(key, entry);
        }
        problems.addAll(entry.problems());
        return (Optional<T>) entry.value();
    }

    /** Forgets what no file of the last load made (files deleted or renamed) and starts a new load. */
    void endLoad() {
        if (keeps) {
            entries.keySet().retainAll(Set.copyOf(touched));
            touched.clear();
        }
    }
}
