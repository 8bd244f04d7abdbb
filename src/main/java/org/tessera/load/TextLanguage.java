package org.tessera.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.tessera.model.Position;
import org.tessera.model.Problem;

/**
 * The languages of an edition and the one a load reads its text in. This is the one place that knows that a text
 * field of the YAML may be written once or as a map by language ({@code title: {en: …, fr: …}}): the map's entry for
 * the language read, else the default language's (the first of the edition's languages).
 */
final class TextLanguage {

    private final List<String> languages;
    private final String wanted;
    private final Notes notes;

    private TextLanguage(List<String> languages, String wanted, Notes notes) {
        this.languages = List.copyOf(languages);
        this.wanted = wanted;
        this.notes = notes;
    }

    /** Reads {@code languages}' default language, noting what is untranslated into the others in {@code notes}. */
    static TextLanguage of(List<String> languages, Notes notes) {
        return new TextLanguage(languages, languages.get(0), notes);
    }

    /** Where the edition's languages are not known (yet): one language, nothing noted. */
    static TextLanguage only(String language) {
        return of(List.of(language), new Notes());
    }

    /** The same edition's text in {@code language}, one of its languages. */
    TextLanguage in(String language) {
        return new TextLanguage(languages, language, notes);
    }

    /** The same languages, noting into {@code other}: one file's notes, kept with what the parse cache keeps of it. */
    TextLanguage notingIn(Notes other) {
        return new TextLanguage(languages, wanted, other);
    }

    String wanted() {
        return wanted;
    }

    String defaultLanguage() {
        return languages.get(0);
    }

    List<String> languages() {
        return languages;
    }

    Notes notes() {
        return notes;
    }

    /**
     * The edition's language a map key or a file name's language part names: the tag itself (case aside), or its
     * language alone ({@code ar} names {@code ar-u-nu-arab}).
     */
    static Optional<String> named(String tag, List<String> languages) {
        String key = tag.strip();
        for (String language : languages) {
            if (language.equalsIgnoreCase(key)) {
                return Optional.of(language);
            }
        }
        return languages.stream().filter(l -> Locale.forLanguageTag(l).getLanguage().equalsIgnoreCase(key)).findFirst();
    }

    /**
     * The value of text field {@code key} to read in the wanted language: {@code node} itself, or, when it is a map
     * by language, its entry (else the default language's). A map's keys must be languages of the edition and it must
     * give the default language; the entries themselves are read by the caller as it reads any value.
     */
    YamlNode choose(YamlNode node, String key, String where, List<Problem> problems) {
        if (!(node instanceof YamlNode.Mapping map)) {
            noteUntranslated(node, key, List.of());
            return node;
        }
        notes.varying.add(node.at().file());
        List<String> given = new ArrayList<>();
        for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
            Optional<String> language = named(entry.getKey(), languages);
            if (language.isEmpty()) {
                problems.add(Problem.error(map.keys().get(entry.getKey()), "'" + key + "' in " + where + " has a text in '"
                        + entry.getKey() + "', which is not a language of the edition (" + String.join(", ", languages)
                        + "); write it in one of those, or add '" + entry.getKey() + "' to 'languages' in site.yml"));
            } else {
                given.add(language.get());
            }
        }
        Optional<YamlNode> inDefault = entry(map, defaultLanguage());
        if (inDefault.isEmpty()) {
            problems.add(Problem.error(map.at(), "'" + key + "' in " + where + " has no text in " + defaultLanguage()
                    + ", the edition's default language (the first of 'languages'); add " + defaultLanguage() + ": …"));
        }
        noteUntranslated(node, key, given);
        return entry(map, wanted).or(() -> inDefault)
                .orElseGet(() -> map.entries().values().stream().findFirst().orElse(node)); // reported above
    }

    private Optional<YamlNode> entry(YamlNode.Mapping map, String language) {
        return map.entries().entrySet().stream().filter(e -> named(e.getKey(), languages).filter(language::equals).isPresent())
                .map(Map.Entry::getValue).filter(v -> !(v instanceof YamlNode.Scalar s && (s.isNull() || s.text().isBlank())))
                .findFirst();
    }

    /** While the default language is read, each other language the field has no text in is noted as untranslated. */
    private void noteUntranslated(YamlNode node, String key, List<String> given) {
        if (!wanted.equals(defaultLanguage()) || node instanceof YamlNode.Scalar s && (s.isNull() || s.text().isBlank())) {
            return;
        }
        for (String language : languages.subList(1, languages.size())) {
            if (!given.contains(language)) {
                notes.untranslated(language, node.at(), key);
            }
        }
    }

    /**
     * What one load found out about the edition's languages, shared by the files loaded in parallel: the files that
     * hold a map by language (only they read differently in another language) and, per language, the text fields
     * left untranslated (file → field → lines).
     */
    static final class Notes {
        private final Set<String> varying = ConcurrentHashMap.newKeySet();
        private final Map<String, Map<String, Map<String, List<Integer>>>> untranslated = new ConcurrentHashMap<>();

        /** What a file noted, in a form kept with what the parse cache keeps of it. */
        record Kept(Set<String> varying, Map<String, Map<String, Map<String, List<Integer>>>> untranslated) {
        }

        Kept kept() {
            return new Kept(Set.copyOf(varying), untranslated);
        }

        /** Notes {@code other}'s findings too. */
        void add(Kept other) {
            varying.addAll(other.varying());
            other.untranslated().forEach((language, files) -> files.forEach((file, fields) -> fields.forEach((key, lines) ->
                    untranslated.computeIfAbsent(language, l -> new ConcurrentSkipListMap<>())
                            .computeIfAbsent(file, f -> new ConcurrentSkipListMap<>())
                            .computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(lines))));
        }

        /** Whether {@code file} holds a text written as a map by language. */
        boolean varies(String file) {
            return varying.contains(file);
        }

        private void untranslated(String language, Position at, String key) {
            untranslated.computeIfAbsent(language, l -> new ConcurrentSkipListMap<>())
                    .computeIfAbsent(at.file(), f -> new ConcurrentSkipListMap<>())
                    .computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(at.line());
        }

        /** The untranslated fields in {@code language}, by file in file order: "title (line 1), label (lines 4, 5)". */
        Map<String, String> untranslated(String language) {
            Map<String, String> out = new java.util.TreeMap<>();
            untranslated.getOrDefault(language, Map.of()).forEach((file, fields) -> out.put(file, String.join(", ",
                    fields.entrySet().stream().map(e -> e.getKey() + " (line" + (e.getValue().size() == 1 ? " " : "s ")
                            + String.join(", ", e.getValue().stream().sorted().map(String::valueOf).toList()) + ")").toList())));
            return out;
        }
    }
}
