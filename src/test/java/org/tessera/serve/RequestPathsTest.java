package org.tessera.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void percent_encoding_is_decoded_once() {
        assertEquals(Optional.of("/../x"), RequestPaths.decode("/%2e%2E/x"));
        assertEquals(Optional.of("/%2e/x"), RequestPaths.decode("/%252e/x"));
        assertEquals(Optional.of("/caf\u00e9 + co/"), RequestPaths.decode("/caf%C3%A9%20+%20co/"));
    }

    @Test
    void malformed_paths_are_not_decoded() {
        assertEquals(Optional.empty(), RequestPaths.decode("/%zz"));
        assertEquals(Optional.empty(), RequestPaths.decode("/%2"));
        assertEquals(Optional.empty(), RequestPaths.decode("x/y"));
    }

    @Test
    void dot_segments_and_absolute_paths_leave_the_site() {
        for (String path : new String[] {"/../x", "/a/..", "/a/./b", "//etc/passwd", "/a//b", "/a\\..\\b", "/C:/x", "/a\u0000b"}) {
            assertTrue(RequestPaths.leavesSite(path), path);
        }
    }

    @Test
    void ordinary_paths_stay_in_the_site() {
        for (String path : new String[] {"/", "/index.html", "/programmes/", "/data/donors.csv", "/a..b/c.d", "/.well-known/x"}) {
            assertFalse(RequestPaths.leavesSite(path), path);
        }
    }
}
