import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tessera.load.EditionLoader;
import org.tessera.model.Chart;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.Filter;
import org.tessera.model.Position;
import org.tessera.model.SortOrder;
import org.tessera.render.Formats;
import org.tessera.render.Messages;
import org.tessera.render.RenderContext;
import org.tessera.render.component.BuiltChart;
import org.tessera.render.component.ChartBuilder;
import org.tessera.render.component.SvgWriter;
import org.tessera.resolve.Resolver;

/**
 * Charts per second for SVG output: each chart type drawn from the example edition's donors dataset (19 rows)
 * and written as an SVG 720 wide, after a warm-up. Run with bench/charts.sh; a figure, not a test.
 */
public class ChartBench {

    public static void main(String[] args) {
        Path source = Path.of(args.length > 0 ? args[0] : ".");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Edition edition = new EditionLoader().load(source).edition();
        Messages messages = Messages.load(edition.site().language(), source.resolve("templates"));
        RenderContext ctx = new RenderContext(edition, Resolver.resolve(edition), messages,
                new Formats(edition.site().language(), messages), "");
        Dataset donors = edition.datasets().get("donors");
        System.out.printf("JFreeChart 1.5.6 + JFreeSVG 5.0.7, %d rows, %s%n", donors.rows().size(), System.getProperty("java.version"));
        for (Chart.Type type : Chart.Type.values()) {
            List<String> y = type == Chart.Type.STACKED || type == Chart.Type.LINE || type == Chart.Type.PROGRESS
                    ? List.of("amount", "amount") : List.of("amount");
            Chart chart = new Chart(type, "donors", "donor", y, Optional.of("Bench"), Optional.of(SortOrder.DESC),
                    OptionalInt.empty(), Filter.NONE, Position.of("bench"));
            run(type, chart, donors, ctx, 1); // warm-up
            run(type, chart, donors, ctx, seconds);
        }
    }

    private static void run(Chart.Type type, Chart chart, Dataset data, RenderContext ctx, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        int count = 0;
        long bytes = 0;
        while (System.nanoTime() < end) {
            BuiltChart built = ChartBuilder.build(chart, data, ctx, 720);
            bytes += SvgWriter.write(built.chart(), 720, built.height(720), "c" + count, built.title(), built.description()).length();
            count++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (seconds > 1) {
            System.out.printf("%-9s %7.0f charts/s  %6.2f ms/chart  %6.1f KB/SVG%n", type.name().toLowerCase(),
                    count / elapsed, elapsed * 1000 / count, bytes / 1024.0 / count);
        }
    }
}
