package org.tessera.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.Page;
import org.tessera.model.Problem;
import org.tessera.model.Programme;

/**
 * Reads again only the files of an edition that changed, keeping the rest of an earlier load: a story edit in an
 * edition of thousands costs one file. Changes it cannot apply safely (site.yml, templates, a file added or
 * removed) are left to a full {@link EditionLoader#load}.
 */
public final class EditionReloader {

    private final EditionLoader loader = new EditionLoader();

    /**
     * {@code previous} with the {@code changed} files (relative to the edition folder) read again, or empty when
     * the change needs a full load.
     */
    public Optional<EditionLoader.Loaded> reload(EditionLoader.Loaded previous, Set<String> changed) {
        Edition before = previous.edition();
        if (!previous.translations().isEmpty()) { // each language's edition would need reading again: a full load does
            return Optional.empty();
        }
        TextLanguage text = TextLanguage.of(before.site().languages(), new TextLanguage.Notes());
        Path root = before.root();
        Set<String> programmes = new HashSet<>();
        Set<String> pages = new HashSet<>();
        Set<String> datasets = new HashSet<>();
        for (String file : changed) {
            Path path = root.resolve(file);
            if (Files.isSymbolicLink(path) || !classify(before, file, path, programmes, pages, datasets)) {
                return Optional.empty();
            }
        }
        Set<String> reread = new HashSet<>(); // files whose earlier problems no longer hold
        List<Problem> problems = new ArrayList<>();
        EditionLoader.EditionFiles files = new EditionLoader.EditionFiles(root, problems);

        List<Programme> programmeList = new ArrayList<>(before.programmes());
        for (String id : programmes) {
            Path facts = root.resolve("content/programmes/" + id + ".yml");
            boolean hasStory = Files.isRegularFile(facts.resolveSibling(id + ".md"));
            reread.add(files.relative(facts));
            reread.add(files.relative(facts.resolveSibling(id + ".md")));
            programmeList.removeIf(p -> p.id().equals(id));
            loader.programme(files, id, facts, hasStory, text, problems).ifPresent(programmeList::add);
        }
        programmeList.sort(EditionLoader.PROGRAMME_ORDER);

        List<Page> pageList = new ArrayList<>(before.pages());
        for (String slug : pages) {
            Path file = root.resolve("content/pages/" + slug + ".md");
            reread.add(files.relative(file));
            pageList.removeIf(p -> p.slug().equals(slug));
            loader.page(files, slug, file, text, problems).ifPresent(pageList::add);
        }
        pageList.sort(EditionLoader.PAGE_ORDER);

        Map<String, Dataset> datasetMap = new LinkedHashMap<>(before.datasets());
        for (String name : datasets) {
            Path csv = root.resolve("content/data/" + name + ".csv");
            if (!Files.isRegularFile(csv)) { // the dataset is a workbook (classify made sure there is one or the other)
                csv = csv.resolveSibling(name + ".xlsx");
            }
            Path yml = csv.resolveSibling(name + ".yml");
            reread.add(files.relative(csv));
            reread.add(files.relative(yml));
            Optional<Dataset> dataset = loader.dataset(files, name, csv, Files.isRegularFile(yml), text, problems);
            if (dataset.isPresent()) {
                datasetMap.put(name, dataset.get()); // in its place: the data page lists datasets in load order
            } else {
                datasetMap.remove(name);
            }
        }
        var indicators = datasets.contains(IndicatorLoader.NAME)
                ? Optional.ofNullable(datasetMap.get(IndicatorLoader.NAME)).map(d -> new IndicatorLoader().load(d, problems))
                        .orElse(List.of())
                : before.indicators();
        var donors = datasets.contains(DonorLoader.NAME)
                ? Optional.ofNullable(datasetMap.get(DonorLoader.NAME)).map(d -> new DonorLoader().load(d, problems))
                        .orElse(List.of())
                : before.donors();

        List<Problem> all = new ArrayList<>(previous.problems().stream()
                .filter(p -> !reread.contains(p.position().file())).toList());
        all.addAll(problems);
        Edition after = new Edition(root, before.site(), List.copyOf(programmeList), List.copyOf(pageList),
                datasetMap, indicators, donors, before.assets(), before.images());
        return Optional.of(new EditionLoader.Loaded(after, all));
    }

    /** Files that can be read again alone: those of a programme, page or dataset that was there and still is. */
    private static boolean classify(Edition before, String file, Path path, Set<String> programmes, Set<String> pages,
                                    Set<String> datasets) {
        String[] parts = file.split("/");
        if (parts[0].equals("assets")) {
            // A photo is inspected at load and resized for the pages using it: changing one reloads everything.
            return before.assets().contains(file) && !before.images().containsKey(file) && Files.isRegularFile(path);
        }
        if (parts.length != 3 || !parts[0].equals("content")) {
            return false;
        }
        String name = parts[2];
        switch (parts[1]) {
            case "programmes" -> {
                String id = name.replaceFirst("\\.(yml|md)$", "");
                Optional<Programme> programme = before.programme(id);
                boolean storyNow = Files.isRegularFile(path.resolveSibling(id + ".md"));
                if (id.equals(name) || programme.isEmpty() || programme.get().story().isPresent() != storyNow
                        || !Files.isRegularFile(path.resolveSibling(id + ".yml"))) {
                    return false;
                }
                programmes.add(id);
            }
            case "pages" -> {
                String slug = name.replaceFirst("\\.md$", "");
                if (slug.equals(name) || before.page(slug).isEmpty() || !Files.isRegularFile(path)) {
                    return false;
                }
                pages.add(slug);
            }
            case "data" -> {
                String dataset = name.replaceFirst("\\.(csv|xlsx|yml)$", "");
                if (dataset.equals(name) || !before.datasets().containsKey(dataset)
                        || Files.isRegularFile(path.resolveSibling(dataset + ".csv"))
                                == Files.isRegularFile(path.resolveSibling(dataset + ".xlsx"))) {
                    return false;
                }
                datasets.add(dataset);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
