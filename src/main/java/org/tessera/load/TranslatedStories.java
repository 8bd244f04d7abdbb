package org.tessera.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tessera.model.Position;
import org.tessera.model.Problem;

/**
 * The markdown translations of an edition, each beside its original: {@code <id>.<lang>.md} in content/programmes,
 * {@code <slug>.<lang>.md} in content/pages. Such a file is never a programme or page of its own.
 */
final class TranslatedStories {

    /** A name, a dot, a language tag, ".md": {@code tajikistan.fr.md}, {@code about.ar-u-nu-arab.md}. */
    private static final Pattern FILE = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\\.md");

    private final List<String> languages;
    /** By kind ("programme", "page"), language and name of the original: the translation's file. */
    private final Map<String, Map<String, Map<String, Path>>> files = new ConcurrentHashMap<>();

    TranslatedStories(List<String> languages) {
        this.languages = languages;
    }

    /** The edition's language a file is written in by its name ({@code about.fr.md}: fr), if it names one. */
    static Optional<String> languageOf(Path file, List<String> languages) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        return m.matches() ? TextLanguage.named(m.group(2), languages) : Optional.empty();
    }

    /**
     * Takes the translations out of {@code all} (the files of one content folder), remembering them, and returns the
     * other files. A translation into a language the edition does not have, into the default language, or of a
     * {@code what} that does not exist ({@code hasOriginal} says which do) is an error.
     */
    List<Path> setAside(List<Path> all, EditionLoader.EditionFiles in, Predicate<String> hasOriginal, String what,
                        List<Problem> problems) {
        List<Path> others = new ArrayList<>();
        for (Path file : all) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                others.add(file);
                continue;
            }
            String name = m.group(1);
            Optional<String> language = TextLanguage.named(m.group(2), languages);
            Position at = new Position(in.relative(file), 1, 1);
            if (language.isEmpty()) {
                problems.add(Problem.error(at, "this file is named as a translation into '" + m.group(2) + "', which is not"
                        + " a language of the edition (" + String.join(", ", languages) + "); add " + m.group(2)
                        + " to 'languages' in site.yml, or rename the file"));
            } else if (language.get().equals(languages.get(0))) {
                problems.add(Problem.error(at, language.get() + " is the edition's default language, whose text is the "
                        + "original: rename the file " + name + ".md"));
            } else if (!hasOriginal.test(name)) {
                problems.add(Problem.error(at, "this translates the " + what + " '" + name + "', but the edition has no such "
                        + what + "; add " + name + (what.equals("page") ? ".md" : ".yml") + " beside it, or rename the file"
                        + " after the " + what + " it translates"));
            } else {
                files.computeIfAbsent(what, w -> new ConcurrentHashMap<>())
                        .computeIfAbsent(language.get(), l -> new ConcurrentHashMap<>()).put(name, file);
            }
        }
        return others;
    }

    /** The translation of {@code what} {@code name} into {@code language}, if the edition has one. */
    Optional<Path> of(String what, String name, String language) {
        return Optional.ofNullable(files.getOrDefault(what, Map.of()).getOrDefault(language, Map.of()).get(name));
    }
}
