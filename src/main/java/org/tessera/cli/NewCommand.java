package org.tessera.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tessera new}: a small, valid starter edition to begin from. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a small, valid starter edition into DIR (a new or empty folder): site.yml with a brochure, "
                + "one programme with its story, indicators (CSV), donors (an Excel workbook), a page with tiles and "
                + "a chart, README.md, a short guide to each file, and the JSON Schemas with VS Code settings that give "
                + "its YAML files completion.")
final class NewCommand implements Callable<Integer> {

    /** The starter's files: resource under starter/ → path in the new edition (dot-files are stored without the dot). */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("README.md", "README.md"),
            Map.entry("gitignore", ".gitignore"),
            Map.entry("site.yml", "site.yml"),
            Map.entry("content/programmes/border-districts.yml", "content/programmes/border-districts.yml"),
            Map.entry("content/programmes/border-districts.md", "content/programmes/border-districts.md"),
            Map.entry("content/pages/highlights.md", "content/pages/highlights.md"),
            Map.entry("content/data/indicators.csv", "content/data/indicators.csv"),
            Map.entry("content/data/indicators.yml", "content/data/indicators.yml"),
            Map.entry("content/data/donors.yml", "content/data/donors.yml"),
            Map.entry("assets/gitkeep", "assets/.gitkeep"));

    /** The starter's donors are a workbook, to show that form beside the indicators' CSV; made from this sheet. */
    private static final String DONORS = "content/data/donors.xlsx";
    private static final String DONORS_SOURCE = "donors-sheet.csv";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder to create (it may exist if it is empty)")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            err.println(dir + " is not an empty folder; choose a new or empty folder so nothing of yours is replaced");
            return 1;
        }
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path target = dir.resolve(file.getValue());
            Files.createDirectories(target.getParent());
            try (InputStream in = NewCommand.class.getClassLoader().getResourceAsStream("starter/" + file.getKey())) {
                if (in == null) {
                    throw new IOException("the starter file " + file.getKey() + " is missing from this build of Tessera");
                }
                Files.copy(in, target);
            }
        }
        Files.write(dir.resolve(DONORS), StarterWorkbook.fromCsv(resource(DONORS_SOURCE), "Donors"));
        SchemaCommand.writeForEditor(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote a starter edition into " + dir + ". Next:");
        out.println("  tessera serve --source " + dir + "    preview it at http://127.0.0.1:8080/ while you edit");
        out.println("  tessera check --source " + dir + "    list every problem");
        out.println("  tessera build --source " + dir + "    publish it into " + dir.resolve("_site"));
        out.println("Its README.md says what each file is for.");
        out.flush();
        return 0;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NewCommand.class.getClassLoader().getResourceAsStream("starter/" + name)) {
            if (in == null) {
                throw new IOException("the starter file " + name + " is missing from this build of Tessera");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
