package org.tessera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official lists behind the taxonomies: the Global Compact's 23 objectives and the SDGs' 169 targets. */
class GlobalGoalsTest {

    @Test
    void the_global_compact_has_23_objectives_each_with_its_official_title() {
        assertEquals(23, GcmObjectives.count());
        assertEquals("Address and reduce vulnerabilities in migration", GcmObjectives.title(7));
        assertEquals("Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
                GcmObjectives.title(23));
        assertFalse(GcmObjectives.exists(24));
        assertFalse(GcmObjectives.exists(0));
    }

    @Test
    void there_are_169_sdg_targets_numbered_as_the_un_numbers_them() {
        assertEquals(169, SdgTargets.count());
        assertTrue(SdgTargets.exists("10.7") && SdgTargets.exists("10.c") && SdgTargets.exists("17.19") && SdgTargets.exists("1.a"));
        assertFalse(SdgTargets.exists("10.77"), "goal 10 has 7 numbered targets");
        assertFalse(SdgTargets.exists("17.a"), "goal 17 has no lettered targets");
        assertFalse(SdgTargets.exists("18.1"), "there are 17 goals");
        assertFalse(SdgTargets.exists("10.d"));
        assertEquals("Reduced inequalities", SdgTargets.goal("10.7").name());
    }

    @Test
    void every_target_with_an_official_text_exists_and_targets_sort_numbered_before_lettered() {
        assertTrue(SdgTargets.text("1.4").orElseThrow().startsWith("By 2030, ensure that all men and women"));
        List<String> targets = new ArrayList<>(List.of("10.c", "10.10", "1.4", "10.7", "10.a", "5.2"));
        targets.sort(SdgTargets::compare);
        assertEquals(List.of("1.4", "5.2", "10.7", "10.10", "10.a", "10.c"), targets);
        for (String target : List.of("1.3", "1.4", "3.4", "5.2", "8.7", "8.8", "10.7", "10.c", "16.2", "16.9")) {
            assertTrue(SdgTargets.exists(target) && SdgTargets.text(target).isPresent(), target);
        }
    }
}
