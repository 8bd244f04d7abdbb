package org.tessera.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tessera.load.Shape.Choice;
import org.tessera.load.Shape.Decimal;
import org.tessera.load.Shape.Either;
import org.tessera.load.Shape.Field;
import org.tessera.load.Shape.Flag;
import org.tessera.load.Shape.Kind;
import org.tessera.load.Shape.ListOf;
import org.tessera.load.Shape.MapOf;
import org.tessera.load.Shape.Mapping;
import org.tessera.load.Shape.Matching;
import org.tessera.load.Shape.Text;
import org.tessera.load.Shape.Whole;
import org.tessera.load.Shape.Word;

/**
 * Writes the {@link Shapes} as JSON Schemas (draft-07, which the YAML language server reads) for editors' completion
 * and inline errors. The loader reads every scalar as text, so a schema accepts numbers and booleans where text
 * belongs, and texts that spell a number where a number belongs.
 */
public final class JsonSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DRAFT = "http://json-schema.org/draft-07/schema#";
    private static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private JsonSchemas() {
    }

    /** Each schema file's name ({@code site.schema.json}) and its text. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (Shapes.Schema schema : Shapes.all()) {
            ObjectNode root = JSON.objectNode();
            root.put("$schema", DRAFT);
            root.put("$id", "https://tessera.invalid/schemas/" + fileName(schema.name()));
            root.put("title", "Tessera: " + schema.description());
            root.setAll(of(schema.kind()));
            try {
                files.put(fileName(schema.name()), mapper.writeValueAsString(root) + "\n");
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public static String fileName(String name) {
        return name + ".schema.json";
    }

    static ObjectNode of(Kind kind) {
        if (kind instanceof Text) {
            ObjectNode languages = JSON.objectNode().put("type", "object");
            languages.set("propertyNames", JSON.objectNode().put("pattern", LANGUAGE));
            languages.set("additionalProperties", scalar());
            return anyOf(scalar(), languages);
        } else if (kind instanceof Word) {
            return scalar();
        } else if (kind instanceof Matching m) {
            return typed(types("string", "number")).put("pattern", m.pattern());
        } else if (kind instanceof Whole w) {
            return anyOf(JSON.objectNode().put("type", "integer").put("minimum", w.min()).put("maximum", w.max()),
                    JSON.objectNode().put("type", "string").put("pattern", "^\\s*-?[0-9]+\\s*$"));
        } else if (kind instanceof Decimal) {
            return typed(types("number", "string"));
        } else if (kind instanceof Flag) {
            return anyOf(JSON.objectNode().put("type", "boolean"), JSON.objectNode().put("type", "string")
                    .put("pattern", caseless(List.of("true", "false", "yes", "no", "on", "off"))));
        } else if (kind instanceof Choice c) {
            return choice(c);
        } else if (kind instanceof ListOf l) {
            ObjectNode list = JSON.objectNode().put("type", "array");
            list.set("items", of(l.item()));
            return list;
        } else if (kind instanceof Mapping m) {
            return mapping(m.shape());
        } else if (kind instanceof MapOf m) {
            return mapOf(m);
        }
        return anyOf(((Either) kind).forms().stream().map(JsonSchemas::of).toArray(ObjectNode[]::new));
    }

    private static ObjectNode typed(ArrayNode types) {
        ObjectNode node = JSON.objectNode();
        node.set("type", types);
        return node;
    }

    private static ObjectNode mapping(Shape shape) {
        ObjectNode node = JSON.objectNode().put("type", "object").put("description", shape.description());
        ObjectNode properties = JSON.objectNode();
        ArrayNode required = JSON.arrayNode();
        ObjectNode dependencies = JSON.objectNode();
        for (Field field : shape.fields()) {
            ObjectNode property = of(field.kind()).put("description", field.description());
            if (field.required() && (field.kind() instanceof Text || field.kind() instanceof Word)) {
                property.put("minLength", 1); // the loader refuses a required text left empty
            }
            properties.set(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
            if (!field.needs().isEmpty()) {
                ArrayNode needs = dependencies.putArray(field.name());
                field.needs().forEach(needs::add);
            }
        }
        node.set("properties", properties);
        node.put("additionalProperties", false);
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        if (!dependencies.isEmpty()) {
            node.set("dependencies", dependencies);
        }
        if (!shape.exactlyOne().isEmpty()) {
            ArrayNode oneOf = node.putArray("oneOf");
            shape.exactlyOne().forEach(name -> oneOf.addObject().putArray("required").add(name));
        }
        return node;
    }

    private static ObjectNode mapOf(MapOf map) {
        ObjectNode node = JSON.objectNode().put("type", "object");
        if (!map.keys().isEmpty()) {
            node.set("propertyNames", JSON.objectNode().put("pattern", map.keys()));
        }
        node.set("additionalProperties", of(map.value()));
        return node;
    }

    /** The words for completion; any capitalization of them is accepted, as the loader accepts it. */
    private static ObjectNode choice(Choice choice) {
        ArrayNode words = JSON.arrayNode();
        choice.words().forEach(words::add);
        ObjectNode listed = JSON.objectNode();
        listed.set("enum", words);
        ObjectNode any = anyOf(listed, JSON.objectNode().put("type", "string").put("pattern", caseless(choice.words())));
        if (choice.words().contains("true")) {
            ((ArrayNode) any.get("anyOf")).add(JSON.objectNode().put("type", "boolean")); // YAML 1.1 reads yes as true
        }
        return any;
    }

    /** A pattern matching any of the words in any capitalization: [aA][cC][tT]… */
    private static String caseless(List<String> words) {
        StringBuilder pattern = new StringBuilder("^(");
        for (int w = 0; w < words.size(); w++) {
            pattern.append(w > 0 ? "|" : "");
            for (char c : words.get(w).toCharArray()) {
                String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
                String upper = String.valueOf(c).toUpperCase(Locale.ROOT);
                pattern.append(!lower.equals(upper) ? "[" + lower + upper + "]" : ".*+?()[]{}|^$\\".indexOf(c) >= 0 ? "\\" + c : lower);
            }
        }
        return pattern.append(")$").toString();
    }

    private static ObjectNode scalar() {
        return typed(types("string", "number", "boolean"));
    }

    private static ArrayNode types(String... names) {
        ArrayNode types = JSON.arrayNode();
        for (String name : names) {
            types.add(name);
        }
        return types;
    }

    private static ObjectNode anyOf(ObjectNode... forms) {
        ArrayNode list = JSON.arrayNode();
        for (ObjectNode form : forms) {
            list.add(form);
        }
        ObjectNode node = JSON.objectNode();
        node.set("anyOf", list);
        return node;
    }
}
