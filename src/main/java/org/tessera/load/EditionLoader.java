package org.tessera.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tessera.model.Dataset;
import org.tessera.model.Donor;
import org.tessera.model.Edition;
import org.tessera.model.ImageAsset;
import org.tessera.model.Indicator;
import org.tessera.model.Page;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Programme;
import org.tessera.model.Site;
import org.tessera.model.Story;

/**
 * Loads an edition folder into an {@link Edition}. Only site.yml, content/, assets/ and templates/ are read,
 * and nothing that a link points to outside the folder.
 */
public final class EditionLoader {

    /** The loaded edition and every problem found on the way; the edition is usable only without errors. */
    public record Loaded(Edition edition, List<Problem> problems) {
    }

    static final Comparator<Programme> PROGRAMME_ORDER = Comparator.comparingInt(Programme::order).thenComparing(Programme::id);
    static final Comparator<Page> PAGE_ORDER = Comparator.comparingInt((Page p) -> p.story().order().orElse(Integer.MAX_VALUE))
            .thenComparing(Page::slug);
    /** Folders of the built site that a page of the same slug would overwrite. */
    private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("programmes", "data", "donors", "brochures", "assets");

    private final YamlReader yaml = new YamlReader();
    private final StoryLoader stories = new StoryLoader(yaml);
    private final DatasetLoader datasetLoader = new DatasetLoader();

    public Loaded load(Path source) {
        List<Problem> problems = new ArrayList<>();
        Path root;
        try {
            root = source.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.error(Position.of(source.toString()), "the edition folder does not exist"));
            return new Loaded(emptyEdition(source), problems);
        }
        EditionFiles files = new EditionFiles(root, problems);
        Path siteFile = root.resolve(SiteLoader.FILE);
        Site site;
        if (!Files.isRegularFile(siteFile)) {
            problems.add(Problem.error(Position.of(SiteLoader.FILE), "no site.yml in " + root
                    + "; is this an edition folder? (`tessera new DIR` writes a starter edition)"));
            site = new SiteLoader().load(Optional.empty(), new ArrayList<>());
        } else {
            site = new SiteLoader().load(files.readText(siteFile).flatMap(t -> yaml.read(t, SiteLoader.FILE, 0, problems)),
                    problems);
        }
        List<Programme> programmes = programmes(files, problems);
        List<Page> pages = pages(files, problems);
        Map<String, Dataset> datasets = datasets(files, problems);
        List<Indicator> indicators = Optional.ofNullable(datasets.get(IndicatorLoader.NAME))
                .map(d -> new IndicatorLoader().load(d, problems)).orElse(List.of());
        List<Donor> donors = Optional.ofNullable(datasets.get(DonorLoader.NAME))
                .map(d -> new DonorLoader().load(d, problems)).orElse(List.of());
        files.unexpectedIn("content", List.of("programmes", "pages", "data"));
        List<String> assets = files.list("assets").stream().map(files::relative).toList();
        Map<String, ImageAsset> images = new ImageFacts().read(root, assets);
        files.list("templates"); // reported now: a template that links outside the edition is refused
        return new Loaded(new Edition(root, site, programmes, pages, datasets, indicators, donors, assets, images), problems);
    }

    private List<Programme> programmes(EditionFiles files, List<Problem> problems) {
        List<Programme> programmes = new ArrayList<>();
        List<Path> all = files.listFlat("content/programmes");
        for (Path file : all) {
            String rel = files.relative(file);
            Optional<String> id = files.nameOf(file, ".yml", "programme id");
            if (id.isEmpty()) {
                if (file.toString().endsWith(".md")) {
                    Path facts = file.resolveSibling(file.getFileName().toString().replaceAll("\\.md$", ".yml"));
                    if (!all.contains(facts)) {
                        problems.add(Problem.error(Position.of(rel), "this story has no facts file; create "
                                + files.relative(facts) + " with at least title, countries and status"));
                    }
                } else if (!file.toString().endsWith(".yml")) { // a .yml with a bad name is already reported
                    files.ignored(file);
                }
                continue;
            }
            programme(files, id.get(), file, all.contains(file.resolveSibling(id.get() + ".md")), problems)
                    .ifPresent(programmes::add);
        }
        programmes.sort(PROGRAMME_ORDER);
        return List.copyOf(programmes);
    }

    /** One programme from its facts file and, when {@code hasStory}, the story beside it. */
    Optional<Programme> programme(EditionFiles files, String id, Path facts, boolean hasStory, List<Problem> problems) {
        Path storyFile = facts.resolveSibling(id + ".md");
        Optional<Story> story = hasStory
                ? files.readText(storyFile).map(t -> stories.load(t, files.relative(storyFile), problems))
                : Optional.empty();
        String rel = files.relative(facts);
        Optional<YamlNode> root = files.readText(facts).flatMap(t -> yaml.read(t, rel, 0, problems));
        return new ProgrammeLoader().load(id, rel, root, story, problems);
    }

    private List<Page> pages(EditionFiles files, List<Problem> problems) {
        List<Page> pages = new ArrayList<>();
        for (Path file : files.listFlat("content/pages")) {
            Optional<String> slug = files.nameOf(file, ".md", "page slug");
            if (slug.isEmpty()) {
                if (!file.toString().endsWith(".md")) { // an .md with a bad name is already reported
                    files.ignored(file);
                }
                continue;
            }
            if (RESERVED_SLUGS.contains(slug.get())) {
                problems.add(Problem.error(new Position(files.relative(file), 1, 1), "a page may not be called '" + slug.get()
                        + "': the site's " + slug.get() + "/ folder is made by Tessera; rename the file, e.g. "
                        + slug.get() + "-overview.md"));
                continue;
            }
            page(files, slug.get(), file, problems).ifPresent(pages::add);
        }
        pages.sort(PAGE_ORDER);
        return List.copyOf(pages);
    }

    Optional<Page> page(EditionFiles files, String slug, Path file, List<Problem> problems) {
        String rel = files.relative(file);
        return files.readText(file).map(t -> stories.load(t, rel, problems)).map(story -> {
            String title = story.title().orElseGet(() -> {
                problems.add(Problem.warning(new Position(rel, 1, 1), "the page has no title; add 'title:' to its front matter"));
                return slug;
            });
            return new Page(slug, title, story.navTitle().orElse(title), story);
        });
    }

    private Map<String, Dataset> datasets(EditionFiles files, List<Problem> problems) {
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        List<Path> all = files.listFlat("content/data");
        for (Path file : all) {
            Optional<String> name = files.nameOf(file, ".csv", "dataset name");
            if (name.isEmpty()) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".yml") && !all.contains(file.resolveSibling(fileName.replaceAll("\\.yml$", ".csv")))) {
                    problems.add(Problem.error(Position.of(files.relative(file)), "this dataset description has no "
                            + fileName.replaceAll("\\.yml$", ".csv") + " beside it"));
                } else if (!fileName.endsWith(".yml")) {
                    files.ignored(file);
                }
                continue;
            }
            dataset(files, name.get(), file, all.contains(file.resolveSibling(name.get() + ".yml")), problems)
                    .ifPresent(d -> datasets.put(d.name(), d));
        }
        return datasets;
    }

    /** One dataset from its CSV file and, when {@code described}, the .yml beside it. */
    Optional<Dataset> dataset(EditionFiles files, String name, Path csv, boolean described, List<Problem> problems) {
        Path describedBy = csv.resolveSibling(name + ".yml");
        String describedRel = files.relative(describedBy);
        Optional<YamlNode> description = described
                ? files.readText(describedBy).flatMap(t -> yaml.read(t, describedRel, 0, problems))
                : Optional.empty();
        Map<String, org.tessera.model.ColumnType> known = switch (name) {
            case IndicatorLoader.NAME -> IndicatorLoader.TYPES;
            case DonorLoader.NAME -> DonorLoader.TYPES;
            default -> Map.of();
        };
        return files.readText(csv).flatMap(text -> datasetLoader.load(name, files.relative(csv), text, describedRel,
                description, known, problems));
    }

    private static Edition emptyEdition(Path source) {
        return new Edition(source, new SiteLoader().load(Optional.empty(), new ArrayList<>()), List.of(), List.of(),
                Map.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /** Lists and reads files inside the edition, refusing links that lead out of it. */
    static final class EditionFiles {
        private final Path root;
        private final List<Problem> problems;

        EditionFiles(Path root, List<Problem> problems) {
            this.root = root;
            this.problems = problems;
        }

        String relative(Path file) {
            return root.relativize(file).toString().replace('\\', '/');
        }

        /** Files directly in a content folder; sub-folders there are not part of the model. */
        List<Path> listFlat(String folder) {
            Path dir = root.resolve(folder);
            return list(folder).stream().filter(p -> {
                if (p.getParent().equals(dir)) {
                    return true;
                }
                ignored(p);
                return false;
            }).toList();
        }

        /** Regular files under a folder of the edition, sorted; links leading outside are reported and left out. */
        List<Path> list(String folder) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            if (!isInside(dir)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(p -> !p.equals(dir))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(this::isInside)
                        .filter(Files::isRegularFile)
                        .sorted().toList();
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.error(Position.of(folder), "cannot list the folder: " + e.getMessage()));
                return List.of();
            }
        }

        private boolean isInside(Path path) {
            if (!Files.isSymbolicLink(path)) {
                return true;
            }
            try {
                if (path.toRealPath().startsWith(root)) {
                    return true;
                }
            } catch (IOException e) {
                problems.add(Problem.error(Position.of(relative(path)), "this link points to nothing; remove it"));
                return false;
            }
            problems.add(Problem.error(Position.of(relative(path)),
                    "this is a link to a file outside the edition; copy the file into the edition instead"));
            return false;
        }

        Optional<String> readText(Path file) {
            if (!isInside(file)) {
                return Optional.empty();
            }
            return TextFiles.read(file, relative(file), problems);
        }

        /** The file's name without {@code extension} if it has it, checked against the naming rule. */
        Optional<String> nameOf(Path file, String extension, String what) {
            String fileName = file.getFileName().toString();
            if (!fileName.endsWith(extension)) {
                return Optional.empty();
            }
            String name = fileName.substring(0, fileName.length() - extension.length());
            if (!Names.isValid(name)) {
                problems.add(Problem.error(Position.of(relative(file)), Names.explain(what, name) + "; rename the file"));
                return Optional.empty();
            }
            return Optional.of(name);
        }

        /** Warns about folders and files in {@code folder} that the content model does not know. */
        void unexpectedIn(String folder, List<String> known) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !(Files.isDirectory(p) && known.contains(p.getFileName().toString())))
                        .sorted()
                        .forEach(p -> problems.add(Problem.warning(Position.of(relative(p)), "content/ holds only "
                                + String.join(", ", known) + "; this " + (Files.isDirectory(p) ? "folder" : "file")
                                + " is ignored" + Suggest.closest(p.getFileName().toString(), known)
                                .map(s -> " (did you mean content/" + s + "?)").orElse(""))));
            } catch (IOException e) {
                problems.add(Problem.error(Position.of(folder), "cannot list the folder: " + e.getMessage()));
            }
        }

        void ignored(Path file) {
            problems.add(Problem.warning(Position.of(relative(file)), "this file is not part of the content model and is ignored"));
        }
    }

}
