package org.tessera.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.Page;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Programme;
import org.tessera.model.Site;
import org.tessera.model.Story;

/**
 * Makes an edition in each of its other languages from the one loaded in the default language. Only what reads
 * differently is read again: site.yml, the files holding a map by language, and the translated stories; the rest
 * (and every dataset's rows) is shared.
 */
final class TranslatedEditions {

    private static final int LISTED_FILES = 12;

    private final EditionLoader loader;
    private final EditionLoader.EditionFiles files;
    private final TextLanguage text;
    private final TranslatedStories translated;

    TranslatedEditions(EditionLoader loader, EditionLoader.EditionFiles files, TextLanguage text, TranslatedStories translated) {
        this.loader = loader;
        this.files = files;
        this.text = text;
        this.translated = translated;
    }

    /**
     * The edition in each language after the default one, in the order of {@code languages}. Reading a file again
     * finds its problems again: they are added to {@code problems}, which the caller rids of repeats.
     */
    Map<String, Edition> of(Edition original, Optional<YamlNode> siteYaml, List<Problem> problems) {
        Map<String, Edition> editions = new LinkedHashMap<>();
        for (String language : original.site().languages().subList(1, original.site().languages().size())) {
            TextLanguage in = text.in(language);
            Site site = new SiteLoader().load(siteYaml, Optional.of(language), text.notes(), problems);
            List<Programme> programmes = new ArrayList<>(EditionLoader.inParallel(original.programmes(), problems, (p, found) -> programme(p, in, found)));
            programmes.sort(EditionLoader.PROGRAMME_ORDER);
            List<Page> pages = new ArrayList<>(EditionLoader.inParallel(original.pages(), problems, (p, found) -> page(p, in, found)));
            pages.sort(EditionLoader.PAGE_ORDER);
            Map<String, Dataset> datasets = new LinkedHashMap<>();
            original.datasets().forEach((name, d) -> datasets.put(name, dataset(d, in, problems)));
            editions.put(language, new Edition(original.root(), site, List.copyOf(programmes), List.copyOf(pages), datasets,
                    original.indicators(), original.donors(), original.assets(), original.images()).withArchive(original.archive()));
        }
        if (!original.site().partialTranslations()) {
            Position at = siteYaml.filter(y -> y instanceof YamlNode.Mapping).map(y -> (YamlNode.Mapping) y)
                    .flatMap(m -> Optional.ofNullable(m.keys().get("languages"))).orElse(new Position(SiteLoader.FILE, 1, 1));
            editions.keySet().forEach(language -> untranslated(original, language, at).ifPresent(problems::add));
        }
        return editions;
    }

    private Optional<Programme> programme(Programme p, TextLanguage in, List<Problem> found) {
        Optional<Path> translation = translated.of("programme", p.id(), in.wanted());
        boolean varies = translation.isPresent() || text.notes().varies(p.at().file())
                || p.story().filter(s -> text.notes().varies(s.file())).isPresent();
        if (!varies) {
            return Optional.of(p);
        }
        Path facts = files.root.resolve(p.at().file());
        Optional<Path> story = translation.or(() -> p.story().map(s -> files.root.resolve(s.file())));
        return loader.programme(files.reportingTo(found), p.id(), facts, story, in, found);
    }

    private Optional<Page> page(Page p, TextLanguage in, List<Problem> found) {
        Optional<Path> translation = translated.of("page", p.slug(), in.wanted());
        Optional<Page> original = text.notes().varies(p.story().file())
                ? loader.page(files.reportingTo(found), p.slug(), files.root.resolve(p.story().file()), in, Optional.empty(), found)
                : Optional.of(p);
        if (translation.isEmpty()) {
            return original;
        }
        return loader.page(files.reportingTo(found), p.slug(), translation.get(), in, original, found);
    }

    private Dataset dataset(Dataset d, TextLanguage in, List<Problem> problems) {
        String description = d.describedAt().file();
        if (!text.notes().varies(description)) {
            return d;
        }
        return DatasetLoader.inLanguage(d, loader.yaml(files.reportingTo(problems), files.root.resolve(description), problems),
                in, problems);
    }

    /**
     * One warning listing what is not translated into {@code language}: the stories without a translation and, per
     * YAML file, the text fields without a text in that language.
     */
    private Optional<Problem> untranslated(Edition original, String language, Position at) {
        Map<String, String> missing = new TreeMap<>();
        text.notes().untranslated(language).forEach((file, fields) -> {
            if (!file.endsWith(".md")) { // a story is translated as a whole, below
                missing.put(file, fields);
            }
        });
        List<Story> stories = new ArrayList<>();
        original.programmes().forEach(p -> p.story().filter(s -> translated.of("programme", p.id(), language).isEmpty())
                .ifPresent(stories::add));
        original.pages().stream().filter(p -> translated.of("page", p.slug(), language).isEmpty()).map(Page::story)
                .forEach(stories::add);
        stories.forEach(s -> missing.put(s.file(), "the text"));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Function<Map.Entry<String, String>, String> entry = e -> e.getKey() + " (" + e.getValue() + ")";
        List<String> listed = missing.entrySet().stream().limit(LISTED_FILES).map(entry).toList();
        String more = missing.size() > LISTED_FILES ? "; and " + (missing.size() - LISTED_FILES) + " more files" : "";
        return Optional.of(Problem.warning(at, "texts of " + missing.size() + (missing.size() == 1 ? " file are" : " files are")
                + " not translated into "
                + language + ", so its pages show them in " + original.site().defaultLanguage() + ": "
                + String.join("; ", listed) + more + ". Translate them (in YAML a map by language, e.g. title: {"
                + original.site().defaultLanguage() + ": …, " + language + ": …}; beside a story a file <name>." + language
                + ".md), or add 'translations: partial' to site.yml if the rest is to stay untranslated"));
    }
}
