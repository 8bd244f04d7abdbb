package org.tessera.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
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

    /**
     * What tells one version of a binary file from another without reading it: its size and time of last change.
     * A file that cannot be read gets a stamp of its own, so that loading it again reports the problem again.
     */
    static String stamp(Path file) {
        try {
            return java.nio.file.Files.size(file) + "@" + java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return "unreadable@" + System.nanoTime();
        }
    }

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
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (result.isError()) {
                problems.add(Problem.error(lineOf(bytes, in.position(), relative),
                        "not UTF-8 text; save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')"));
                return Optional.empty();
            }
            return Optional.of(normalize(out.flip().toString()));
        } catch (IOException e) {
            problems.add(Problem.error(Position.of(relative), "cannot read the file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** The line and column of the first byte that is not UTF-8, so that the character can be found and retyped. */
    private static Position lineOf(byte[] bytes, int offset, String relative) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(relative, line, offset - lineStart + 1);
    }

    static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return t;
    }
}
