package org.tessera.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Position;
import org.tessera.model.Problem;

/** Reads an edition's text files: UTF-8, an optional BOM dropped, CRLF and CR turned into LF. */
final class TextFiles {

    /** Larger text files are refused rather than read into memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFiles() {
    }

    static Optional<String> read(Path file, String relative, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(Problem.error(Position.of(relative), "file is " + size / (1024 * 1024)
                        + " MB; text files of an edition may be at most " + MAX_BYTES / (1024 * 1024) + " MB"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(normalize(text));
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(Position.of(relative),
                    "not UTF-8 text; save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')"));
        } catch (IOException e) {
            problems.add(Problem.error(Position.of(relative), "cannot read the file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return t;
    }
}
