#!/usr/bin/env bash
# Seconds per brochure page: renders the example edition's brochures (print pages and PDFs) several times in one
# JVM and prints, per run, the seconds per PDF page; the first run includes the JVM's warm-up.
# A benchmark, not a test: figures vary with the machine and its load. Usage: bench/brochure.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
[ -f target/tessera.jar ] || mvn -q -B -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/BrochureBench.java" <<'JAVA'
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.Loader;
import org.tessera.load.EditionLoader;
import org.tessera.model.Edition;
import org.tessera.render.*;
import org.tessera.render.brochure.*;
import org.tessera.render.component.DataComponents;
import org.tessera.render.image.ImageVariants;
import org.tessera.resolve.Resolver;

/** Renders the brochures of an edition (print pages and PDFs) again and again; prints seconds per PDF page. */
public class BrochureBench {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Edition edition = new EditionLoader().load(source).edition();
        String language = edition.site().language();
        Messages messages = Messages.load(language, source.resolve("templates"));
        RenderContext ctx = new RenderContext(edition, Resolver.resolve(edition), messages, new Formats(language, messages), "");
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            ImageVariants images = new ImageVariants(edition, ImageVariants.Mode.BUILD);
            BrochureRenderer brochures = new BrochureRenderer(edition, ctx, Templates.of(edition), new DataComponents(),
                    new SiteCharts(), images, path -> true);
            Map<String, byte[]> site = new HashMap<>();
            for (OutputFile file : brochures.printPages()) {
                site.put(file.path(), ((OutputFile.Written) file).bytes());
            }
            for (OutputFile file : images.files()) {
                if (file instanceof OutputFile.Written written) {
                    site.put(file.path(), written.bytes());
                }
            }
            List<OutputFile> files = brochures.pdfs(path -> Optional.ofNullable(site.get(path)));
            double seconds = (System.nanoTime() - start) / 1e9;
            int pages = 0;
            for (OutputFile file : files) {
                if (file.path().endsWith(".pdf") && file instanceof OutputFile.Written written) {
                    try (var pdf = Loader.loadPDF(written.bytes())) {
                        pages += pdf.getNumberOfPages();
                    }
                }
            }
            System.out.printf(Locale.ROOT, "run %d%s: %d brochures (print pages and PDFs), %d PDF pages in %.2f s: %.3f s per brochure page%n", run,
                    run == 1 ? " (cold JVM)" : "", edition.site().brochures().size(), pages, seconds, seconds / pages);
        }
    }
}
JAVA
javac -cp target/tessera.jar -d "$work" "$work/BrochureBench.java"
java ${BENCH_JAVA_OPTS:-} -cp "target/tessera.jar:$work" BrochureBench "$PWD" "$runs"
