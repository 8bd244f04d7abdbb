package org.tessera;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.tessera.model.Problem;

/** Problems as JSON, for `check --format json` and for serve's overlay: counts and one object per problem. */
public final class ProblemsJson {

    private ProblemsJson() {
    }

    /** {@code pretty} for people and files; compact (one line) for an event stream. */
    public static String write(List<Problem> problems, boolean pretty) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            json.writeStartObject();
            json.writeNumberField("errors", problems.stream().filter(Problem::isError).count());
            json.writeNumberField("warnings", problems.stream().filter(p -> !p.isError()).count());
            json.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                json.writeStartObject();
                json.writeStringField("file", p.position().file());
                json.writeNumberField("line", p.position().line());
                json.writeNumberField("column", p.position().column());
                if (!p.position().sheet().isEmpty()) { // a workbook: line is the sheet's row, column its column number
                    json.writeStringField("sheet", p.position().sheet());
                    json.writeStringField("cell", p.position().cell());
                }
                json.writeStringField("severity", p.severity().label());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
