package org.tessera.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Sustainable Development Goals' 169 targets (A/RES/70/1), numbered as the UN numbers them ("10.7", "1.a"), with
 * each goal's name and the official text of the targets listed in the resource taxonomies/sdg.tsv.
 */
public final class SdgTargets {

    /** A goal: its number, short name, official title and how many numbered and lettered targets it has. */
    public record Goal(int number, String name, String title, int numbered, int lettered) {
    }

    private static final List<Goal> GOALS;
    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final java.util.Set<String> ALL = new java.util.LinkedHashSet<>();

    static {
        List<String[]> rows = GcmObjectives.lines("taxonomies/sdg.tsv").stream().map(l -> l.split("\t")).toList();
        GOALS = rows.stream().filter(r -> r[0].equals("goal")).map(r -> new Goal(Integer.parseInt(r[1]), r[2], r[3],
                Integer.parseInt(r[4]), Integer.parseInt(r[5]))).toList();
        rows.stream().filter(r -> r[0].equals("target")).forEach(r -> TEXTS.put(r[1], r[2]));
        for (Goal goal : GOALS) {
            for (int n = 1; n <= goal.numbered(); n++) {
                ALL.add(goal.number() + "." + n);
            }
            for (int l = 0; l < goal.lettered(); l++) {
                ALL.add(goal.number() + "." + (char) ('a' + l));
            }
        }
    }

    private SdgTargets() {
    }

    /** Whether {@code text} names one of the 169 targets: "10.7" does, "10.77" and "18.1" do not. */
    public static boolean exists(String text) {
        return ALL.contains(text);
    }

    /** The 169 targets in the UN's order: 1.1 … 1.5, 1.a, 1.b, 2.1 … */
    public static List<String> all() {
        return List.copyOf(ALL);
    }

    /** The goal of a target that {@link #exists}. */
    public static Goal goal(String target) {
        return GOALS.get(Integer.parseInt(target.substring(0, target.indexOf('.'))) - 1);
    }

    /** The official text of a target, in English, where the resource holds it. */
    public static Optional<String> text(String target) {
        return Optional.ofNullable(TEXTS.get(target));
    }

    /** How many targets there are: 169. */
    public static int count() {
        return ALL.size();
    }

    /** Listing order: by goal, numbered targets before lettered ones (10.7 before 10.a, 10.10 after 10.9). */
    public static int compare(String a, String b) {
        return key(a).compareTo(key(b));
    }

    private static String key(String target) {
        String[] parts = target.split("\\.");
        String sub = parts[1];
        return String.format("%02d.%s", Integer.parseInt(parts[0]),
                Character.isDigit(sub.charAt(0)) ? String.format("0%02d", Integer.parseInt(sub)) : "1" + sub);
    }
}
