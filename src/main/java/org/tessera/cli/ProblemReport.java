package org.tessera.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tessera.ProblemsJson;
import org.tessera.model.Problem;

/** Prints problems for people (file:line:column: severity: message, grouped by file) and for programs (JSON). */
final class ProblemReport {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column());

    private ProblemReport() {
    }

    static void print(List<Problem> problems, PrintWriter out) {
        problems.stream().sorted(ORDER).forEach(p -> out.println(p.format()));
        out.flush();
    }

    static void printGrouped(List<Problem> problems, PrintWriter out) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        problems.stream().sorted(ORDER).forEach(p -> byFile.computeIfAbsent(p.position().file(), f -> new java.util.ArrayList<>()).add(p));
        byFile.forEach((file, list) -> {
            out.println(file);
            list.forEach(p -> out.println("  " + p.format()));
        });
        out.println(summary(problems, byFile.size()));
        out.flush();
    }

    static String summary(List<Problem> problems, int files) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (problems.isEmpty()) {
            return "No problems found.";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files, "file") + ".";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String json(List<Problem> problems) {
        return ProblemsJson.write(problems.stream().sorted(ORDER).toList(), true);
    }
}
