package org.tessera.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Request paths as the server reads them: percent-decoded exactly once, and refused when they try to leave the site. */
final class RequestPaths {

    private RequestPaths() {
    }

    private static final java.util.regex.Pattern LOOPBACK = java.util.regex.Pattern.compile(
            "(?i)(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d{1,5})?");

    /**
     * Whether a request's Host header names this machine's loopback address, as a browser on it does: 127.0.0.1,
     * localhost or [::1], with or without the port. A request without one (HTTP/1.0) came from no web page.
     */
    static boolean isLoopbackHost(String host) {
        return host == null || LOOPBACK.matcher(host.strip()).matches();
    }

    /** The decoded path, or empty when it is not a well-formed absolute path. */
    static Optional<String> decode(String raw) {
        if (raw == null || !raw.startsWith("/")) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * Whether a decoded path could lead outside the output folder: a {@code .} or {@code ..} segment, an empty
     * segment (an absolute path after the prefix), a backslash, a drive letter or a control character.
     */
    static boolean leavesSite(String path) {
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last && path.length() > 1)
                    || segment.indexOf('\\') >= 0 || segment.indexOf(':') >= 0
                    || segment.chars().anyMatch(Character::isISOControl)) {
                return true;
            }
        }
        return false;
    }
}
