package org.tessera.load;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.HashSet;
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
import org.tessera.util.Background;
import org.tessera.util.Suggest;

/**
 * Loads an edition folder into an {@link Edition}. Only site.yml, content/, assets/ and templates/ are read,
 * and nothing that a link points to outside the folder.
 */
public final class EditionLoader {

    /** What of an edition folder a build reads, besides the archived editions site.yml lists. */
    public static final String SITE_FILE = SiteLoader.FILE;
    public static final List<String> FOLDERS = List.of("content", "assets", "templates");


    /**
     * The loaded edition and every problem found on the way; the edition is usable only without errors.
     *
     * @param edition      the edition in its default language (the first of site.yml's {@code languages})
     * @param translations the same edition in each other language, in the order of {@code languages}: its texts in
     *                     that language where the edition gives them (else the default language's), its stories
     *                     replaced by their translations ({@code <id>.fr.md}); datasets' figures are the same
     */
    public record Loaded(Edition edition, List<Problem> problems, Map<String, Edition> translations) {

        public Loaded {
            translations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(translations));
        }

        /** An edition in one language. */
        public Loaded(Edition edition, List<Problem> problems) {
            this(edition, problems, Map.of());
        }
    }

    static final Comparator<Programme> PROGRAMME_ORDER = Comparator.comparingInt(Programme::order).thenComparing(Programme::id);
    static final Comparator<Page> PAGE_ORDER = Comparator.comparingInt((Page p) -> p.story().order().orElse(Integer.MAX_VALUE))
            .thenComparing(Page::slug);
    private final YamlReader yaml = new YamlReader();
    private final StoryLoader stories = new StoryLoader(yaml);
    private final DatasetLoader datasetLoader = new DatasetLoader();
    private final ParseCache cache;

    /** A loader that parses every file on every load. */
    public EditionLoader() {
        this(ParseCache.NONE);
    }

    /** A loader that parses again only the files that changed since its last load: {@code serve}'s. */
    public EditionLoader(ParseCache cache) {
        this.cache = cache;
    }

    /**
     * A part of an edition: the programmes with the ids {@code programmes}, their files read from {@code texts}
     * (relative path to text) where it holds them, else from the folder; everything but programmes whole.
     */
    public record Scope(Set<String> programmes, Map<String, String> texts) {

        public Scope {
            programmes = Set.copyOf(programmes);
            texts = Map.copyOf(texts);
        }

        /** Whether a file of content/programmes/ belongs to a programme in scope: {@code <id>.yml}, {@code <id>.md}, {@code <id>.fr.md}. */
        boolean holds(Path file) {
            String name = file.getFileName().toString();
            int dot = name.indexOf('.');
            return programmes.contains(dot < 0 ? name : name.substring(0, dot));
        }

        /** The keys of the parse cache a part of the programmes {@code ids} reads: theirs, and every file's but programmes'. */
        public static java.util.function.Predicate<String> cacheKeys(Set<String> ids) {
            Scope scope = new Scope(ids, Map.of());
            return key -> !key.startsWith(FOLDER_OF_PROGRAMMES) || scope.holds(Path.of(key));
        }

        /**
         * The programmes {@code ids} as the build that wrote {@code cache} read them: the texts of their files from
         * what the cache kept with them; empty when it did not keep them all.
         */
        public static Optional<Scope> asBuilt(ParseCache cache, Set<String> ids) {
            Map<String, String> texts = new java.util.HashMap<>();
            for (String id : ids) {
                String facts = FOLDER_OF_PROGRAMMES + id + ".yml";
                Optional<List<Object>> sources = cache.storedSources(facts);
                if (sources.isEmpty() || !(sources.get().get(FACTS) instanceof String factsText)) {
                    return Optional.empty();
                }
                texts.put(facts, factsText);
                if (sources.get().get(STORY) instanceof String storyText) {
                    texts.put(FOLDER_OF_PROGRAMMES + id + ".md", storyText);
                }
            }
            return Optional.of(new Scope(ids, texts));
        }
    }

    /** Where programmes' files are. */
    public static final String FOLDER_OF_PROGRAMMES = "content/programmes/";

    /**
     * The id of the programme {@code file} (relative, '/'-separated) is the facts or the story of in the default
     * language: {@code content/programmes/<id>.yml} or {@code <id>.md}; empty for any other file.
     */
    public static Optional<String> programmeOf(String file) {
        if (!file.startsWith(FOLDER_OF_PROGRAMMES)) {
            return Optional.empty();
        }
        String name = file.substring(FOLDER_OF_PROGRAMMES.length());
        int dot = name.indexOf('.');
        boolean own = dot > 0 && !name.contains("/") && name.indexOf('.', dot + 1) < 0 && (name.endsWith(".yml") || name.endsWith(".md"));
        return own && Names.isValid(name.substring(0, dot)) ? Optional.of(name.substring(0, dot)) : Optional.empty();
    }
    /** Where a programme's facts and story texts stand among the sources of its cache entry. */
    private static final int FACTS = 0;
    private static final int STORY = 1;

    public Loaded load(Path source) {
        return load(source, null);
    }

    /** Loads {@code scope} of the edition at {@code source}, or all of it when {@code scope} is null. */
    public Loaded load(Path source, Scope scope) {
        List<Problem> problems = new ArrayList<>();
        Path root;
        try {
            root = source.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.error(Position.of(source.toString()), "the edition folder does not exist"));
            return new Loaded(emptyEdition(source), problems);
        }
        EditionFiles files = new EditionFiles(root, problems, scope);
        Path siteFile = root.resolve(SiteLoader.FILE);
        Optional<YamlNode> siteYaml = Optional.empty();
        boolean siteMissing = !Files.isRegularFile(siteFile);
        if (siteMissing) {
            problems.add(Problem.error(Position.of(SiteLoader.FILE), "no site.yml in " + root
                    + "; is this an edition folder? (`tessera new DIR` writes a starter edition)"));
        } else {
            siteYaml = files.readText(siteFile).flatMap(t -> yaml.read(t, SiteLoader.FILE, 0, problems));
        }
        TextLanguage.Notes notes = new TextLanguage.Notes();
        Site site = new SiteLoader().load(siteYaml, Optional.empty(), notes, siteMissing ? new ArrayList<>() : problems);
        TextLanguage text = TextLanguage.of(site.languages(), notes);
        // The data is read on a thread of its own while the stories load on all cores: a large indicators file is
        // one file, read by one thread. Its problems are reported after the stories', as if read in turn.
        List<Problem> dataProblems = new ArrayList<>();
        Background<Data> data = Background.start("tessera-data", () -> data(files.reportingTo(dataProblems), text, dataProblems));
        TranslatedStories translated = new TranslatedStories(site.languages());
        List<Programme> programmes = programmes(files, text, translated, problems);
        List<Page> pages = pages(files, text, translated, problems);
        Data loaded = data.join();
        problems.addAll(dataProblems);
        Map<String, Dataset> datasets = loaded.datasets();
        List<Indicator> indicators = loaded.indicators();
        List<Donor> donors = loaded.donors();
        files.unexpectedIn("content", List.of("programmes", "pages", "data"));
        List<String> assets = files.list("assets").stream().map(files::relative).toList();
        Map<String, ImageAsset> images = new ImageFacts().read(root, assets);
        files.list("templates"); // reported now: a template that links outside the edition is refused
        List<org.tessera.model.ArchivedEdition> archive = ArchiveReader.read(root, site, files, problems);
        cache.endLoad();
        Edition edition = new Edition(root, site, programmes, pages, datasets, indicators, donors, assets, images)
                .withArchive(archive);
        if (site.languages().size() == 1) {
            return new Loaded(edition, problems);
        }
        Map<String, Edition> translations = new TranslatedEditions(this, files, text, translated)
                .of(edition, siteYaml, problems);
        return new Loaded(edition, List.copyOf(new java.util.LinkedHashSet<>(problems)), translations);
    }

    private record Data(Map<String, Dataset> datasets, List<Indicator> indicators, List<Donor> donors) {
    }

    private Data data(EditionFiles files, TextLanguage text, List<Problem> problems) {
        Map<String, Dataset> datasets = datasets(files, text, problems);
        // a part of the edition has the indicators of its programmes only
        java.util.function.Predicate<String> programmes = files.scope == null ? id -> true : files.scope.programmes()::contains;
        List<Indicator> indicators = Optional.ofNullable(datasets.get(IndicatorLoader.NAME))
                .map(d -> new IndicatorLoader().load(d, programmes, problems)).orElse(List.of());
        List<Donor> donors = Optional.ofNullable(datasets.get(DonorLoader.NAME))
                .map(d -> new DonorLoader().load(d, problems)).orElse(List.of());
        return new Data(datasets, indicators, donors);
    }

    private List<Programme> programmes(EditionFiles files, TextLanguage text, TranslatedStories translated,
                                       List<Problem> problems) {
        List<Path> all = files.scope == null ? files.listFlat("content/programmes") : files.listFlat("content/programmes", files.scope::holds);
        Set<Path> present = new HashSet<>(all);
        all = translated.setAside(all, files, name -> present.contains(files.root.resolve("content/programmes/" + name + ".yml")),
                "programme", problems);
        List<Programme> programmes = new ArrayList<>(eachFile(all, files, problems, (file, in) -> {
            String rel = in.relative(file);
            Optional<String> id = in.nameOf(file, ".yml", "programme id");
            if (id.isEmpty()) {
                if (file.toString().endsWith(".md")) {
                    Path facts = file.resolveSibling(file.getFileName().toString().replaceAll("\\.md$", ".yml"));
                    if (!present.contains(facts)) {
                        in.problems.add(Problem.error(Position.of(rel), "this story has no facts file; create "
                                + in.relative(facts) + " with at least title, countries and status"));
                    }
                } else if (!file.toString().endsWith(".yml")) { // a .yml with a bad name is already reported
                    in.ignored(file);
                }
                return Optional.empty();
            }
            return programme(in, id.get(), file, present.contains(file.resolveSibling(id.get() + ".md")), text, in.problems);
        }));
        programmes.sort(PROGRAMME_ORDER);
        return List.copyOf(programmes);
    }

    /** One programme from its facts file and, when {@code hasStory}, the story beside it, in the default language. */
    Optional<Programme> programme(EditionFiles files, String id, Path facts, boolean hasStory, TextLanguage text,
                                  List<Problem> problems) {
        Path storyFile = facts.resolveSibling(id + ".md");
        Optional<String> storyText = hasStory ? files.readText(storyFile) : Optional.empty();
        Optional<String> factsText = files.readText(facts);
        String rel = files.relative(facts);
        // FACTS and STORY: the sources' order
        return cached(text, rel, Arrays.asList(factsText.orElse(null), storyText.orElse(null)), true, Programme.class, problems, (own, into) -> {
            Optional<Story> story = storyText.map(t -> stories.load(t, files.relative(storyFile), own, own.defaultLanguage(), into));
            Optional<YamlNode> root = factsText.flatMap(t -> yaml.read(t, rel, 0, into));
            return new ProgrammeLoader().load(id, rel, root, story, own, into);
        });
    }

    /**
     * What {@code parse} makes of one file, from {@code serve}'s cache when its {@code sources} (and the languages it is
     * read in) are unchanged. What a file notes about languages is cached with it and noted again on a hit.
     */
    private <T> Optional<T> cached(TextLanguage text, String key, List<Object> sources, Class<T> type, List<Problem> problems,
                                   BiFunction<TextLanguage, List<Problem>, Optional<T>> parse) {
        return cached(text, key, sources, false, type, problems, parse);
    }

    /** As above; with {@code keepSources}, the cache keeps the texts too ({@link Scope#asBuilt}). */
    private <T> Optional<T> cached(TextLanguage text, String key, List<Object> sources, boolean keepSources, Class<T> type, List<Problem> problems,
                                   BiFunction<TextLanguage, List<Problem>, Optional<T>> parse) {
        List<Object> all = new ArrayList<>(sources);
        all.add(text.languages());
        all.add(text.wanted());
        JavaType noted = ModelJson.MAPPER.getTypeFactory().constructParametricType(Noted.class, type);
        Optional<Noted<T>> found = cache.get(key, all, keepSources, noted, Noted::value, problems, into -> {
            TextLanguage own = text.notingIn(new TextLanguage.Notes());
            return Optional.of(new Noted<>(parse.apply(own, into), own.notes().kept()));
        });
        found.ifPresent(n -> text.notes().add(n.notes()));
        return found.flatMap(Noted::value);
    }

    /** What the loader made of a file, with what it noted about languages. */
    record Noted<T>(Optional<T> value, TextLanguage.Notes.Kept notes) {
    }

    /** One programme from its facts file and its story (the original or a translation), read in {@code text}'s language. */
    Optional<Programme> programme(EditionFiles files, String id, Path facts, Optional<Path> storyFile, TextLanguage text,
                                  List<Problem> problems) {
        Optional<String> storyText = storyFile.flatMap(files::readText);
        Optional<String> factsText = files.readText(facts);
        String rel = files.relative(facts);
        String key = rel + " in " + text.wanted(); // each language's programme has its own place in the cache
        return cached(text, key, Arrays.asList(factsText.orElse(null), storyFile.map(Path::toString).orElse(null),
                storyText.orElse(null)), Programme.class, problems, (own, into) -> {
            Optional<Story> story = storyFile.flatMap(file -> story(files, file, storyText, own, into));
            Optional<YamlNode> root = factsText.flatMap(t -> yaml.read(t, rel, 0, into));
            return new ProgrammeLoader().load(id, rel, root, story, own, into);
        });
    }

    /** A markdown file, in the language its name gives ({@code about.fr.md}: fr), else the default language. */
    private Optional<Story> story(EditionFiles files, Path file, Optional<String> content, TextLanguage text,
                                  List<Problem> problems) {
        String writtenIn = TranslatedStories.languageOf(file, text.languages()).orElse(text.defaultLanguage());
        return content.map(t -> stories.load(t, files.relative(file), text, writtenIn, problems));
    }

    private List<Page> pages(EditionFiles files, TextLanguage text, TranslatedStories translated, List<Problem> problems) {
        List<Path> all = files.listFlat("content/pages");
        Set<Path> present = new HashSet<>(all);
        all = translated.setAside(all, files, name -> present.contains(files.root.resolve("content/pages/" + name + ".md")),
                "page", problems);
        List<Page> pages = new ArrayList<>(eachFile(all, files, problems, (file, in) -> {
            Optional<String> slug = in.nameOf(file, ".md", "page slug");
            if (slug.isEmpty()) {
                if (!file.toString().endsWith(".md")) { // an .md with a bad name is already reported
                    in.ignored(file);
                }
                return Optional.empty();
            }
            return page(in, slug.get(), file, text, in.problems);
        }));
        pages.sort(PAGE_ORDER);
        return List.copyOf(pages);
    }

    /** The page {@code slug} from {@code file} (its original or a translation), read in {@code text}'s language. */
    Optional<Page> page(EditionFiles files, String slug, Path file, TextLanguage text, List<Problem> problems) {
        Optional<String> content = files.readText(file);
        return cached(text, files.relative(file), Arrays.asList(content.orElse(null)), Page.class, problems,
                (own, into) -> page(files, slug, file, content, own, Optional.empty(), into));
    }

    /** As above, in another language; a translation without a title of its own takes its original's ({@code original}). */
    Optional<Page> page(EditionFiles files, String slug, Path file, TextLanguage text, Optional<Page> original,
                        List<Problem> problems) {
        Optional<String> content = files.readText(file);
        String key = files.relative(file) + " in " + text.wanted();
        return cached(text, key, Arrays.asList(content.orElse(null), original.map(o -> List.of(o.title(), o.navTitle())).orElse(null)),
                Page.class, problems, (own, into) -> page(files, slug, file, content, own, original, into));
    }

    private Optional<Page> page(EditionFiles files, String slug, Path file, Optional<String> content, TextLanguage text,
                                Optional<Page> original, List<Problem> problems) {
        String rel = files.relative(file);
        return story(files, file, content, text, problems).map(story -> {
            String title = story.title().or(() -> original.map(Page::title)).orElseGet(() -> {
                problems.add(Problem.warning(new Position(rel, 1, 1), "the page has no title; add 'title:' to its front matter"));
                return slug;
            });
            String navTitle = story.navTitle().or(() -> original.filter(o -> story.title().isEmpty()).map(Page::navTitle))
                    .orElse(title);
            return new Page(slug, title, navTitle, story);
        });
    }

    private Map<String, Dataset> datasets(EditionFiles files, TextLanguage text, List<Problem> problems) {
        List<Path> all = files.listFlat("content/data");
        Set<Path> present = new HashSet<>(all);
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        eachFile(all, files, problems, (file, in) -> {
            String fileName = file.getFileName().toString();
            if (fileName.startsWith("~$")) { // the lock file Excel keeps beside a workbook while it is open
                return Optional.<Dataset>empty();
            }
            Optional<String> name = in.nameOf(file, ".csv", "dataset name").or(() -> in.nameOf(file, ".xlsx", "dataset name"));
            if (name.isEmpty()) {
                String base = fileName.replaceAll("\\.yml$", "");
                if (fileName.endsWith(".yml") && !present.contains(file.resolveSibling(base + ".csv"))
                        && !present.contains(file.resolveSibling(base + ".xlsx"))) {
                    in.problems.add(Problem.error(Position.of(in.relative(file)), "this dataset description has no "
                            + base + ".csv (or " + base + ".xlsx) beside it"));
                } else if (WorkbookRows.refusal(fileName).isPresent()) {
                    in.problems.add(Problem.error(Position.of(in.relative(file)), WorkbookRows.refusal(fileName).get()));
                } else if (!fileName.endsWith(".yml")) {
                    in.ignored(file);
                }
                return Optional.<Dataset>empty();
            }
            if (fileName.endsWith(".xlsx") && present.contains(file.resolveSibling(name.get() + ".csv"))) {
                in.problems.add(Problem.error(Position.of(in.relative(file)), "both " + name.get() + ".csv and "
                        + name.get() + ".xlsx are in content/data; a dataset comes from one file: remove or rename one"));
                return Optional.<Dataset>empty();
            }
            return dataset(in, name.get(), file, present.contains(file.resolveSibling(name.get() + ".yml")), text, in.problems);
        }).forEach(d -> datasets.put(d.name(), d));
        return datasets;
    }

    /** Loads every file on all cores, each reporting into its own list ({@link #inParallel}). */
    private static <T> List<T> eachFile(List<Path> all, EditionFiles files, List<Problem> problems,
                                        BiFunction<Path, EditionFiles, Optional<T>> load) {
        return inParallel(all, problems, (file, found) -> load.apply(file, files.reportingTo(found)));
    }

    /**
     * Reads every item on all cores. Each item reports into its own list, and the lists are joined in the items'
     * order, so problems come out in the same order whatever the number of cores.
     */
    static <I, T> List<T> inParallel(List<I> items, List<Problem> problems, BiFunction<I, List<Problem>, Optional<T>> read) {
        record Read<T>(Optional<T> value, List<Problem> problems) {
        }
        List<Read<T>> all = org.tessera.util.OnAllCores.map(items, item -> {
            List<Problem> found = new ArrayList<>();
            return new Read<>(read.apply(item, found), found);
        });
        List<T> values = new ArrayList<>(all.size());
        for (Read<T> one : all) {
            problems.addAll(one.problems());
            one.value().ifPresent(values::add);
        }
        return values;
    }

    /** One dataset from its CSV file or workbook and, when {@code described}, the .yml beside it. */
    Optional<Dataset> dataset(EditionFiles files, String name, Path csv, boolean described, TextLanguage text,
                              List<Problem> problems) {
        Path describedBy = csv.resolveSibling(name + ".yml");
        String describedRel = files.relative(describedBy);
        Optional<String> describedText = described ? files.readText(describedBy) : Optional.empty();
        boolean workbook = csv.getFileName().toString().endsWith(".xlsx");
        // A data file is known by its checksum, and read as text only when parsed: a large one unchanged since the
        // last build is never decoded again.
        Object data = workbook ? TextFiles.stamp(csv) : checksum(csv);
        return cached(text, files.relative(csv), Arrays.asList(describedText.orElse(null), data), Dataset.class, problems,
                (own, into) -> dataset(files, name, csv, workbook ? Optional.empty() : files.reportingTo(into).readText(csv), describedRel,
                        describedText.flatMap(t -> yaml.read(t, describedRel, 0, into)), own, into));
    }

    /**
     * The checksum of a data file's bytes; a link, or a file that cannot be read, gets a stamp of its own, so that it
     * is read (and any problem with it reported) on every load.
     */
    private static String checksum(Path csv) {
        try {
            return Files.isSymbolicLink(csv) ? "link@" + System.nanoTime() : "crc " + Long.toHexString(org.tessera.cache.SourceStamps.checksum(csv));
        } catch (java.io.UncheckedIOException e) {
            return "unreadable@" + System.nanoTime();
        }
    }

    private Optional<Dataset> dataset(EditionFiles files, String name, Path csv, Optional<String> csvText, String describedRel,
                                      Optional<YamlNode> description, TextLanguage text, List<Problem> problems) {
        Map<String, org.tessera.model.ColumnType> known = switch (name) {
            case IndicatorLoader.NAME -> IndicatorLoader.TYPES;
            case DonorLoader.NAME -> DonorLoader.TYPES;
            default -> Map.of();
        };
        if (csv.getFileName().toString().endsWith(".xlsx")) {
            return files.isInside(csv) ? datasetLoader.loadWorkbook(name, csv, files.relative(csv), describedRel, description,
                    text, known, problems) : Optional.empty();
        }
        return csvText.flatMap(content -> datasetLoader.load(name, files.relative(csv), content, describedRel,
                description, text, known, problems));
    }

    /** A YAML file of the edition, read and parsed. */
    Optional<YamlNode> yaml(EditionFiles files, Path file, List<Problem> problems) {
        String rel = files.relative(file);
        return files.readText(file).flatMap(t -> yaml.read(t, rel, 0, problems));
    }

    private static Edition emptyEdition(Path source) {
        return new Edition(source, new SiteLoader().load(Optional.empty(), new ArrayList<>()), List.of(), List.of(),
                Map.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /** Lists and reads files inside the edition, refusing links that lead out of it. */
    static final class EditionFiles {
        final Path root;
        private final List<Problem> problems;
        /** The part of the edition loaded; null for all of it. */
        final Scope scope;

        /** The same edition folder, reporting into {@code into}: one list per file when loading in parallel. */
        EditionFiles reportingTo(List<Problem> into) {
            return new EditionFiles(root, into, scope);
        }

        EditionFiles(Path root, List<Problem> problems, Scope scope) {
            this.root = root;
            this.problems = problems;
            this.scope = scope;
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

        /**
         * The files directly in a content folder whose names {@code wanted} accepts; only they are looked at, so
         * that a few of tens of thousands are found at the cost of listing the folder.
         */
        List<Path> listFlat(String folder, java.util.function.Predicate<Path> wanted) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir) || !isInside(dir)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.filter(wanted).filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(this::isInside).filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.error(Position.of(folder), "cannot list the folder: " + e.getMessage()));
                return List.of();
            }
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

        boolean isInside(Path path) {
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
            if (scope != null && scope.texts().containsKey(relative(file))) {
                return Optional.of(scope.texts().get(relative(file)));
            }
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
