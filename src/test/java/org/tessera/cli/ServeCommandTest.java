package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void a_port_in_use_is_reported_not_taken() throws Exception {
        Path edition = TestEdition.starter(tmp).root();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(1, Main.run("serve", "--source", edition.toString(), "--port", String.valueOf(taken.getLocalPort())));
        }
    }

    @Test
    void a_missing_edition_folder_is_reported() {
        assertEquals(1, Main.run("serve", "--source", tmp.resolve("nowhere").toString(), "--port", "0"));
    }

    @Test
    void a_port_out_of_range_is_wrong_usage() {
        assertEquals(2, Main.run("serve", "--source", tmp.toString(), "--port", "70000"));
    }
}
