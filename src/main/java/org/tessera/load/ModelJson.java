package org.tessera.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Chart;
import org.tessera.model.Component;
import org.tessera.model.MarkdownBody;
import org.tessera.model.Position;
import org.tessera.model.Row;
import org.tessera.model.Cell;
import org.tessera.model.Table;
import org.tessera.model.Tiles;

/**
 * The model's records as JSON, for what the loader keeps of each file between builds ({@link ParseCache}): records by
 * their components (an empty or missing optional value left out), a component by its kind, a position as an array, and a story's markdown body by where it sits in the file it was read
 * from, never by its text, which the file itself holds (the cache is only used while the file is unchanged).
 */
final class ModelJson {

    /** The attribute under which reading and writing are given the texts a value was made from. */
    static final String SOURCES = "sources";

    private ModelJson() {
    }

    /** Components of a story, written with their kind. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Tiles.class, name = "tiles"), @JsonSubTypes.Type(value = Chart.class, name = "chart"),
            @JsonSubTypes.Type(value = Table.class, name = "table")})
    private interface ComponentKind {
    }

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, true)
            .addModule(new Jdk8Module())
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false)
            .addModule(new SimpleModule().addSerializer(MarkdownBody.class, new BodySerializer())
                    .addDeserializer(MarkdownBody.class, new BodyDeserializer())
                    .addSerializer(Row.class, new RowSerializer())
                    .addDeserializer(Row.class, new RowDeserializer())
                    .addSerializer(Position.class, new PositionSerializer())
                    .addDeserializer(Position.class, new PositionDeserializer()))
            .addMixIn(Component.class, ComponentKind.class)
            .build();

    /** A position as [file, line, column], and its sheet after them in a workbook: there is one in most records. */
    private static final class PositionSerializer extends JsonSerializer<Position> {
        @Override
        public void serialize(Position at, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray();
            out.writeString(at.file());
            out.writeNumber(at.line());
            out.writeNumber(at.column());
            if (!at.sheet().isEmpty()) {
                out.writeString(at.sheet());
            }
            out.writeEndArray();
        }
    }

    private static final class PositionDeserializer extends JsonDeserializer<Position> {
        @Override
        public Position deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (!in.isExpectedStartArrayToken()) {
                return (Position) context.handleUnexpectedToken(Position.class, in);
            }
            String file = in.nextTextValue();
            int line = in.nextIntValue(0);
            int column = in.nextIntValue(0);
            String sheet = in.nextToken() == JsonToken.VALUE_STRING ? in.getText() : "";
            if (!sheet.isEmpty()) {
                in.nextToken();
            }
            if (in.currentToken() != JsonToken.END_ARRAY) {
                return (Position) context.handleUnexpectedToken(Position.class, in);
            }
            return new Position(file, line, column, sheet);
        }
    }

    /**
     * A row as [line, cell, cell, ...], a cell as its text or, when it has a number, [text, number]: a dataset of
     * 50,000 rows is read back in a fraction of the time its records' own form takes.
     */
    private static final class RowSerializer extends JsonSerializer<Row> {
        @Override
        public void serialize(Row row, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray();
            out.writeNumber(row.line());
            for (Cell cell : row.cells()) {
                if (cell.number().isPresent()) {
                    out.writeStartArray();
                    out.writeString(cell.text());
                    out.writeNumber(cell.number().get());
                    out.writeEndArray();
                } else {
                    out.writeString(cell.text());
                }
            }
            out.writeEndArray();
        }
    }

    private static final class RowDeserializer extends JsonDeserializer<Row> {
        @Override
        public Row deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (!in.isExpectedStartArrayToken() || in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Row) context.handleUnexpectedToken(Row.class, in);
            }
            int line = in.getIntValue();
            List<Cell> cells = new java.util.ArrayList<>();
            for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    cells.add(new Cell(in.getText(), Optional.empty()));
                } else if (token == JsonToken.START_ARRAY && in.nextToken() == JsonToken.VALUE_STRING) {
                    String text = in.getText();
                    in.nextToken();
                    java.math.BigDecimal number = in.getDecimalValue();
                    if (in.nextToken() != JsonToken.END_ARRAY) {
                        return (Row) context.handleUnexpectedToken(Row.class, in);
                    }
                    cells.add(new Cell(text, Optional.of(number)));
                } else {
                    return (Row) context.handleUnexpectedToken(Row.class, in);
                }
            }
            return new Row(line, List.copyOf(cells));
        }
    }

    /**
     * A body as [i, n]: the last n characters of the i-th text it was made from (a body is what follows the front
     * matter); a body that is not such an ending, which the loader never makes, is written whole.
     */
    private static final class BodySerializer extends JsonSerializer<MarkdownBody> {
        @Override
        public void serialize(MarkdownBody body, JsonGenerator out, SerializerProvider provider) throws IOException {
            List<?> sources = (List<?>) provider.getAttribute(SOURCES);
            for (int i = sources == null ? -1 : sources.size() - 1; i >= 0; i--) {
                if (sources.get(i) instanceof String text && text.endsWith(body.text())) {
                    out.writeArray(new int[] {i, body.text().length()}, 0, 2);
                    return;
                }
            }
            out.writeString(body.text());
        }
    }

    private static final class BodyDeserializer extends JsonDeserializer<MarkdownBody> {
        @Override
        public MarkdownBody deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken().isScalarValue()) {
                return MarkdownBody.of(in.getValueAsString());
            }
            int[] at = in.readValueAs(int[].class);
            String text = (String) ((List<?>) context.getAttribute(SOURCES)).get(at[0]);
            return MarkdownBody.of(text.substring(text.length() - at[1]));
        }
    }
}
