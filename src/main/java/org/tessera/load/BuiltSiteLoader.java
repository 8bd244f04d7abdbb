package org.tessera.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tessera.model.Cell;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.model.Contact;
import org.tessera.model.Dataset;
import org.tessera.model.Donor;
import org.tessera.model.Edition;
import org.tessera.model.EditionManifest;
import org.tessera.model.ImageSettings;
import org.tessera.model.Indicator;
import org.tessera.model.Markers;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Programme;
import org.tessera.model.Row;
import org.tessera.model.Site;
import org.tessera.model.SitePaths;
import org.tessera.model.Source;
import org.tessera.model.Totals;

/**
 * Reads a site Tessera built back into an {@link Edition} to compare: the programmes its edition.json lists and the
 * datasets of its typed JSON exports (data/&lt;name&gt;.json), indicators and donors read from them as from an edition's
 * CSV files. Rows are placed at their line in the CSV export (data/&lt;name&gt;.csv), which a reviewer can open.
 * Stories are not part of a built site's data, so none are read.
 */
public final class BuiltSiteLoader {

    /** The built site read back, and what kept parts of it from being read. */
    public record Loaded(Edition edition, List<Problem> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private BuiltSiteLoader() {
    }

    /** Whether {@code folder} holds a built site (its manifest) rather than an edition's sources. */
    public static boolean isBuiltSite(Path folder) {
        return Files.isRegularFile(folder.resolve(ManifestJson.FILE)) && !Files.isRegularFile(folder.resolve(SiteLoader.FILE));
    }

    public static Loaded load(Path folder) {
        List<Problem> problems = new ArrayList<>();
        List<String> trouble = new ArrayList<>();
        Optional<EditionManifest> manifest = Optional.empty();
        try {
            manifest = ManifestJson.read(Files.readString(folder.resolve(ManifestJson.FILE)), trouble);
        } catch (IOException e) {
            trouble.add("it cannot be read (" + e.getMessage() + ")");
        }
        trouble.forEach(t -> problems.add(Problem.error(Position.of(ManifestJson.FILE), "not an edition manifest: " + t)));
        EditionManifest m = manifest.orElse(new EditionManifest("", "", "", "", "/", "en", "", List.of(), List.of(), List.of()));
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        for (String name : m.datasets()) {
            dataset(folder, name, problems).ifPresent(d -> datasets.put(name, d));
        }
        List<Indicator> indicators = Optional.ofNullable(datasets.get(IndicatorLoader.NAME))
                .map(d -> new IndicatorLoader().load(d, problems)).orElse(List.of());
        List<Donor> donors = Optional.ofNullable(datasets.get(DonorLoader.NAME))
                .map(d -> new DonorLoader().load(d, problems)).orElse(List.of());
        Site site = new Site(m.title(), m.info(), "", m.baseUrl(), m.language(), List.of(m.language()), false, Contact.NONE, Optional.empty(), List.of(), false,
                ImageSettings.DEFAULT, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                false, java.util.Set.of(), Position.of(ManifestJson.FILE));
        List<Programme> programmes = m.programmes().stream().map(BuiltSiteLoader::programme).toList();
        return new Loaded(new Edition(folder, site, programmes, List.of(), datasets, indicators, donors, List.of()), problems);
    }

    /** A programme as the manifest lists it: id, title and status, placed at the manifest. */
    private static Programme programme(EditionManifest.Item item) {
        Position at = Position.of(ManifestJson.FILE);
        Programme.Status status;
        try {
            status = Programme.Status.valueOf(item.status().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            status = Programme.Status.ACTIVE;
        }
        return new Programme(item.id(), item.title(), "", List.of(), status, "", OptionalInt.empty(), at, "", List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), new Markers(Optional.empty(), Optional.empty(), at, at),
                List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), at);
    }

    /** A dataset from its typed JSON export; its rows at their lines of the CSV export (the header is line 1). */
    private static Optional<Dataset> dataset(Path folder, String name, List<Problem> problems) {
        String json = SitePaths.dataset(name, "json");
        String csv = SitePaths.dataset(name, "csv");
        try {
            JsonNode root = JSON.readTree(folder.resolve(json).toFile());
            List<Column> columns = new ArrayList<>();
            for (JsonNode c : root.path("columns")) {
                ColumnType type = ColumnType.valueOf(c.path("type").asText("text").toUpperCase(Locale.ROOT));
                columns.add(new Column(c.path("name").asText(), type, c.path("currency").asText(""), c.path("label").asText(),
                        Position.of(json)));
            }
            List<Row> rows = new ArrayList<>();
            int line = 2;
            for (JsonNode r : root.path("rows")) {
                List<Cell> cells = new ArrayList<>();
                for (Column column : columns) {
                    JsonNode value = r.path(column.name());
                    cells.add(value.isNumber() ? new Cell(value.decimalValue().toPlainString(), Optional.of(value.decimalValue()))
                            : new Cell(value.isNull() || value.isMissingNode() ? "" : value.asText(), Optional.<BigDecimal>empty()));
                }
                rows.add(new Row(line++, cells));
            }
            Source source = new Source(root.path("source").path("publisher").asText(""), Optional.empty(), Optional.empty());
            return Optional.of(new Dataset(name, csv, root.path("title").asText(name), source, columns, rows,
                    new Totals(Optional.empty(), Optional.empty(), Position.of(csv)), Optional.empty(), Position.of(csv), ""));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.error(Position.of(json), "cannot read this data export: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
