package org.tessera.render.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The world's country shapes, projected once at development time (tools/world-map/README.md) and read from the
 * resource map/world-110m.tsv: Natural Earth 1:110m, public domain.
 */
record Boundaries(String viewBox, List<Shape> shapes) {

    /**
     * A country's shape ({@code path} empty where the map's scale has none) and where its marker goes.
     *
     * @param code ISO 3166-1 alpha-2; "-" for shapes without one (Kosovo, Northern Cyprus, Somaliland)
     * @param size the larger side of its box, in map units
     */
    record Shape(String code, String x, String y, double size, String path) {
    }

    private static final Boundaries WORLD = read("map/world-110m.tsv");

    static Boundaries world() {
        return WORLD;
    }

    Optional<Shape> shape(String code) {
        return shapes.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private static Boundaries read(String resource) {
        try (InputStream in = Boundaries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String viewBox = "";
            List<Shape> shapes = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t", -1);
                if (line.startsWith("# viewBox")) {
                    viewBox = cells[1];
                } else if (!line.startsWith("#") && cells.length == 4) {
                    String[] at = cells[1].split(",");
                    shapes.add(new Shape(cells[0], at[0], at[1], Double.parseDouble(cells[2]), cells[3]));
                }
            }
            return new Boundaries(viewBox, List.copyOf(shapes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
