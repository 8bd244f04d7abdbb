package org.tessera.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.model.EditionManifest;

/** edition.json, the manifest every build writes at the root of its site: written and read here only. */
public final class ManifestJson {

    /** Where a built site holds its manifest. */
    public static final String FILE = org.tessera.model.SitePaths.MANIFEST;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    public static byte[] write(EditionManifest m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", m.title()).put("label", m.label()).put("date", m.date()).put("slug", m.slug())
                .put("base_url", m.baseUrl()).put("language", m.language()).put("tool", m.tool());
        items(root.putArray("brochures"), m.brochures(), false);
        ArrayNode datasets = root.putArray("datasets");
        m.datasets().forEach(datasets::add);
        items(root.putArray("programmes"), m.programmes(), true);
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void items(ArrayNode into, List<EditionManifest.Item> items, boolean status) {
        for (EditionManifest.Item item : items) {
            ObjectNode node = into.addObject().put("id", item.id()).put("title", item.title());
            if (status) {
                node.put("status", item.status());
            }
        }
    }

    /** The manifest in {@code text}, or the reason it is not one. */
    public static Optional<EditionManifest> read(String text, List<String> trouble) {
        try {
            JsonNode root = JSON.readTree(text);
            List<String> missing = new ArrayList<>();
            for (String field : List.of("label", "date", "slug")) {
                if (!root.path(field).isTextual() || root.path(field).asText().isEmpty()) {
                    missing.add(field);
                }
            }
            if (!missing.isEmpty()) {
                trouble.add("it has no " + String.join(", ", missing));
                return Optional.empty();
            }
            return Optional.of(new EditionManifest(root.path("title").asText(), root.path("label").asText(), root.path("date").asText(),
                    root.path("slug").asText(), root.path("base_url").asText("/"), root.path("language").asText("en"),
                    root.path("tool").asText(), items(root.path("brochures")), texts(root.path("datasets")), items(root.path("programmes"))));
        } catch (JsonProcessingException e) {
            trouble.add("it is not JSON (" + e.getOriginalMessage() + ")");
            return Optional.empty();
        }
    }

    private static List<EditionManifest.Item> items(JsonNode list) {
        List<EditionManifest.Item> items = new ArrayList<>();
        list.forEach(n -> items.add(new EditionManifest.Item(n.path("id").asText(), n.path("title").asText(), n.path("status").asText())));
        return items;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
