package org.tessera.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.tessera.model.Cell;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Row;

/**
 * Publishes a dataset as clean CSV (UTF-8, LF, one header row) and as JSON with its description and source. Numbers are
 * written from their values, not as typed ("2,263", "2263.0" and a workbook's 2263 all export as 2263), so a workbook and
 * its CSV twin publish the same bytes.
 */
final class DataExport {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvFactory CSV = new CsvFactory();

    private DataExport() {
    }

    static byte[] csv(Dataset data) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
        data.columns().forEach(c -> schema.addColumn(c.name()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvGenerator csv = CSV.createGenerator(out, JsonEncoding.UTF8)) {
            csv.setSchema(schema.build());
            csv.writeStartArray();
            data.columns().forEach(c -> write(csv, c.name()));
            csv.writeEndArray();
            for (Row row : data.rows()) {
                csv.writeStartArray();
                for (int c = 0; c < data.columns().size(); c++) {
                    write(csv, exported(data.columns().get(c), row.cell(c)));
                }
                csv.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(CsvGenerator csv, String text) {
        try {
            csv.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as the CSV export writes it: a number plainly (a percent with its sign), an empty number ("-") as nothing. */
    private static String exported(Column column, Cell cell) {
        if (!column.type().isNumeric()) {
            return cell.text();
        }
        return cell.number().map(n -> plain(n) + (column.type() == ColumnType.PERCENT ? "%" : "")).orElse("");
    }

    private static String plain(BigDecimal number) {
        return org.tessera.render.component.ChartDownloads.plain(number);
    }

    static byte[] json(Dataset data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("name", data.name());
            json.writeStringField("title", data.title());
            json.writeObjectFieldStart("source");
            json.writeStringField("publisher", data.source().publisher());
            if (data.source().asOf().isPresent()) {
                json.writeStringField("as_of", data.source().asOf().get());
            }
            if (data.source().url().isPresent()) {
                json.writeStringField("url", data.source().url().get());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("columns");
            for (Column column : data.columns()) {
                json.writeStartObject();
                json.writeStringField("name", column.name());
                json.writeStringField("type", column.type().word());
                json.writeStringField("label", column.label());
                if (!column.currency().isEmpty()) {
                    json.writeStringField("currency", column.currency());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (Row row : data.rows()) {
                json.writeStartObject();
                for (int c = 0; c < data.columns().size(); c++) {
                    writeCell(json, data.columns().get(c), row.cell(c));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeCell(JsonGenerator json, Column column, Cell cell) throws IOException {
        json.writeFieldName(column.name());
        if (column.type().isNumeric()) {
            if (cell.number().isPresent()) {
                json.writeNumber(new BigDecimal(plain(cell.number().get())));
            } else {
                json.writeNull();
            }
        } else {
            json.writeString(cell.text());
        }
    }
}
