package org.tessera.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.load.EditionLoader;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Severity;

class FingerprintsTest {

    @Test
    void two_loads_of_the_same_edition_have_the_same_fingerprint_and_an_edit_changes_it() throws Exception {
        Path root = Path.of("").toAbsolutePath(); // the example edition
        Object first = new EditionLoader().load(root).edition().programmes();
        Object second = new EditionLoader().load(root).edition().programmes();

        assertEquals(new Fingerprints().of(first), new Fingerprints().of(second));
        assertNotEquals(new Fingerprints().of(List.of("The funding gap stands at 2,263")),
                new Fingerprints().of(List.of("The funding gap stands at 2,264")));
    }

    @Test
    void values_are_told_apart_by_what_they_hold_not_by_identity_or_kind_of_collection() {
        Problem warning = Problem.warning(new Position("site.yml", 3, 1), "a word");
        Map<String, Integer> unordered = new HashMap<>(Map.of("a", 1, "b", 2));

        assertEquals(new Fingerprints().of(warning), new Fingerprints().of(Problem.warning(new Position("site.yml", 3, 1), "a word")));
        assertNotEquals(new Fingerprints().of(warning), new Fingerprints().of(Problem.error(new Position("site.yml", 3, 1), "a word")));
        assertEquals(new Fingerprints().of(unordered), new Fingerprints().of(Map.of("b", 2, "a", 1)), "maps without an order");
        assertNotEquals(new Fingerprints().of(List.of(1, 2)), new Fingerprints().of(List.of(2, 1)), "lists in order");
        assertNotEquals(new Fingerprints().of(Optional.empty()), new Fingerprints().of(Optional.of("")));
        assertNotEquals(new Fingerprints().of(Severity.ERROR), new Fingerprints().of(Severity.WARNING));
        assertNotEquals(new Fingerprints().of(new LinkedHashMap<>(Map.of("a", 1))), new Fingerprints().of(Map.of("a", 2)));
    }

    @Test
    void a_value_of_an_unknown_kind_has_no_fingerprint() {
        assertThrows(Fingerprints.Unknown.class, () -> new Fingerprints().of(List.of(new Object())));
    }
}
