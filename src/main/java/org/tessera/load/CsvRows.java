package org.tessera.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Position;
import org.tessera.model.Problem;

/** Splits CSV text into rows of cells with the line each row starts on, through Jackson's CSV parser. */
final class CsvRows {

    /** One row as written: the line it starts on and its cells. */
    record RawRow(int line, List<String> cells) {
    }

    private final CsvFactory factory = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    /**
     * A file separated by semicolons or tabs (what Excel saves as "CSV" in much of Europe) is refused, not guessed at:
     * such files also write 2,5 for 2.5 and 2.263 for 2263, so reading them would risk wrong figures. The header
     * line tells: more semicolons or tabs than commas outside quotes.
     */
    static Optional<Problem> otherSeparator(String text, String file) {
        List<String> lines = text.lines().toList();
        int line = 0;
        while (line < lines.size() && lines.get(line).isBlank()) {
            line++;
        }
        String header = line < lines.size() ? lines.get(line) : "";
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (Math.max(semicolons, tabs) <= commas) {
            return Optional.empty();
        }
        String by = semicolons >= tabs ? "semicolons (;)" : "tabs";
        return Optional.of(Problem.error(new Position(file, line + 1, 1), "this file is separated by " + by + ", not commas;"
                + " spreadsheets save such files in many languages, with numbers such as 2,5 for 2.5 that would be read"
                + " wrongly. Save it again as \"CSV UTF-8 (comma delimited)\", or set the list separator to a comma"));
    }

    /** All rows, or as many as could be read before a syntax problem (which is then added). */
    List<RawRow> read(String text, String file, List<Problem> problems) {
        List<RawRow> rows = new ArrayList<>();
        int rowLine = 0;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                // A row's START_ARRAY is located where the previous row ended: its first cell tells its line.
                rowLine = parser.currentTokenLocation().getLineNr() + 1;
                List<String> cells = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    if (cells.isEmpty()) {
                        rowLine = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                rows.add(new RawRow(rowLine, cells));
            }
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            boolean quote = message != null && message.contains("quote");
            problems.add(Problem.error(quote && rowLine > 0 ? new Position(file, rowLine, 0) : YamlReader.positionOf(e.getLocation(), file, 0),
                    quote ? "a quoted cell on this line is never closed; check the quotes (\")"
                            : "malformed CSV: " + message));
        } catch (IOException e) {
            problems.add(Problem.error(Position.of(file), "cannot read CSV: " + e.getMessage()));
        }
        return rows;
    }
}
