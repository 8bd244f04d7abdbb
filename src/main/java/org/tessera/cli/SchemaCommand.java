package org.tessera.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tessera.load.JsonSchemas;
import org.tessera.load.Shapes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tessera schema}: the JSON Schemas of an edition's YAML, for editors' completion and inline errors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Writes the JSON Schemas of site.yml, programme YAML, dataset .yml, front matter and the tiles, chart "
                + "and table blocks into DIR, made from the definitions the loader checks against. With --editor, also "
                + "writes .vscode/settings.json mapping them to the edition's files for the YAML language server.")
final class SchemaCommand implements Callable<Integer> {

    /** Where an edition keeps its schemas, relative to its folder. */
    static final String FOLDER = ".tessera/schemas";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the folder to write them into (default: " + FOLDER + ")")
    Path output = Path.of(FOLDER);

    @Option(names = "--editor", paramLabel = "EDITION", description = "the edition folder whose .vscode/settings.json maps "
            + "the schemas (written into EDITION/" + FOLDER + "; --output is then ignored)")
    Path edition;

    @Override
    public Integer call() throws IOException {
        if (edition != null) {
            writeForEditor(edition);
            spec.commandLine().getOut().println("Wrote the schemas into " + edition.resolve(FOLDER) + " and "
                    + edition.resolve(".vscode/settings.json"));
        } else {
            write(output);
            spec.commandLine().getOut().println("Wrote " + JsonSchemas.all().size() + " schemas into " + output);
        }
        return 0;
    }

    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> schema : JsonSchemas.all().entrySet()) {
            Files.writeString(folder.resolve(schema.getKey()), schema.getValue());
        }
    }

    /** The schemas into the edition, and the VS Code settings that give its YAML files completion from them. */
    static void writeForEditor(Path edition) throws IOException {
        write(edition.resolve(FOLDER));
        Path settings = edition.resolve(".vscode/settings.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, editorSettings());
    }

    /** {@code yaml.schemas} of the Red Hat YAML extension: each schema, by a path relative to the edition, to its files. */
    static String editorSettings() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode settings = mapper.createObjectNode();
        ObjectNode schemas = settings.putObject("yaml.schemas");
        for (Shapes.Schema schema : Shapes.all()) {
            if (!schema.files().isEmpty()) {
                schemas.set("./" + FOLDER + "/" + JsonSchemas.fileName(schema.name()), mapper.valueToTree(schema.files()));
            }
        }
        return mapper.writeValueAsString(settings) + "\n";
    }
}
