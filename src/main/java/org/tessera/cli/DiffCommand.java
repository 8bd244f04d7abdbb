package org.tessera.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tessera.Tessera;
import org.tessera.compare.Comparison;
import org.tessera.compare.EditionDiff;
import org.tessera.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tessera diff OLD NEW}: the figures that changed between two editions, for a reviewer. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Prints what changed from the edition in OLD to the one in NEW (edition folders, or sites Tessera built): "
                + "programmes added, closed and removed; indicators whose value, baseline or target changed, and restated figures; "
                + "donors and amounts; dataset rows; figures typed in stories (edition folders). "
                + "Exit code 0 when nothing changed, 1 when something did, 2 when either edition cannot be read.")
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier edition's folder, or its built site")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later edition's folder, or its built site")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, or html (a page for a reader)")
    Format format = Format.text;

    @Override
    public Integer call() {
        Comparison comparison = Tessera.compare(before, after);
        PrintWriter out = spec.commandLine().getOut();
        if (!comparison.compared()) {
            PrintWriter err = spec.commandLine().getErr();
            trouble(err, before, comparison.beforeProblems());
            trouble(err, after, comparison.afterProblems());
            err.flush();
            return 2;
        }
        List<EditionDiff.Change> changes = comparison.changes();
        if (format == Format.json) {
            out.println(json(changes));
        } else if (format == Format.html) {
            org.tessera.render.Messages words = org.tessera.render.Messages.load("en", after.resolve("templates"));
            out.print(org.tessera.compare.ChangesHtml.page(changes, "What changed from " + before + " to " + after, words::get));
        } else {
            changes.forEach(c -> out.println(c.text()));
            out.println(changes.isEmpty() ? "No changes." : changes.size() + (changes.size() == 1 ? " change." : " changes."));
        }
        out.flush();
        return changes.isEmpty() ? 0 : 1;
    }

    private static void trouble(PrintWriter err, Path edition, List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            err.println(edition + " cannot be compared until its errors are fixed:");
            errors.forEach(p -> err.println("  " + p.format()));
        }
    }

    private static String json(List<EditionDiff.Change> changes) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("changes");
        for (EditionDiff.Change c : changes) {
            ObjectNode node = list.addObject().put("section", c.section()).put("subject", c.subject()).put("what", c.what())
                    .put("before", c.before()).put("after", c.after());
            c.beforeAt().ifPresent(at -> node.put("beforeAt", at.file() + ":" + at.line()));
            c.afterAt().ifPresent(at -> node.put("afterAt", at.file() + ":" + at.line()));
        }
        root.put("count", changes.size());
        return root.toString();
    }
}
