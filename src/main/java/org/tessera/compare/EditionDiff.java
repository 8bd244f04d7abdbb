package org.tessera.compare;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tessera.model.Cell;
import org.tessera.model.Dataset;
import org.tessera.model.Donor;
import org.tessera.model.Edition;
import org.tessera.model.Indicator;
import org.tessera.model.Position;
import org.tessera.model.Programme;
import org.tessera.model.Row;

/**
 * What changed from one edition to the next, for a reviewer: programmes added, closed and removed; indicators whose
 * current value, baseline or target changed, and figures restated (the same indicator and period, another value);
 * donors and amounts; rows of the other datasets added, removed or changed, by their first cell; figures typed in
 * stories whose value changed.
 */
public final class EditionDiff {

    /** Datasets compared field by field above, not row by row. */
    private static final List<String> SPECIAL = List.of("indicators", "donors");

    /**
     * One change. {@code section}: programme, indicator, donor or dataset; {@code subject}: what changed (an id, a
     * code, a name); {@code what}: added, removed, status, current value, restated 2021, …
     */
    public record Change(String section, String subject, String what, String before, String after,
                         Optional<Position> beforeAt, Optional<Position> afterAt) {

        /** "indicator tj-3.1a: current value 2,263 → 2,400 (content/data/indicators.csv:12 → :14)". */
        public String text() {
            String values = before.isEmpty() ? after : after.isEmpty() ? before : before + " → " + after;
            String where = places().isEmpty() ? "" : " (" + places() + ")";
            return section + " " + subject + ": " + what + (values.isEmpty() ? "" : " " + values) + where;
        }

        /** Where the change is on each side: "content/data/indicators.csv:12 → content/data/indicators.csv:14". */
        public String places() {
            return beforeAt.or(() -> afterAt).isEmpty() ? ""
                    : beforeAt.map(Change::place).orElse("–") + " → " + afterAt.map(Change::place).orElse("–");
        }

        private static String place(Position at) {
            return at.file() + (at.line() > 0 ? ":" + at.line() : "");
        }
    }

    private final List<Change> changes = new ArrayList<>();

    private EditionDiff() {
    }

    public static List<Change> between(Edition before, Edition after) {
        EditionDiff diff = new EditionDiff();
        diff.programmes(before, after);
        diff.indicators(before, after);
        diff.donors(before, after);
        diff.datasets(before, after);
        diff.figures(before, after);
        return List.copyOf(diff.changes);
    }

    private void programmes(Edition before, Edition after) {
        Map<String, Programme> old = byKey(before.programmes(), Programme::id);
        Map<String, Programme> now = byKey(after.programmes(), Programme::id);
        old.forEach((id, p) -> {
            if (!now.containsKey(id)) {
                add("programme", id, "removed", p.title(), "", Optional.of(p.at()), Optional.empty());
            } else if (p.status() != now.get(id).status()) {
                add("programme", id, now.get(id).status() == Programme.Status.CLOSED ? "closed" : "status", word(p.status()),
                        word(now.get(id).status()), Optional.of(p.at()), Optional.of(now.get(id).at()));
            }
        });
        now.forEach((id, p) -> {
            if (!old.containsKey(id)) {
                add("programme", id, "added", "", p.title() + " (" + word(p.status()) + ")", Optional.empty(), Optional.of(p.at()));
            }
        });
    }

    private void indicators(Edition before, Edition after) {
        Map<String, Indicator> old = byKey(before.indicators(), Indicator::code);
        Map<String, Indicator> now = byKey(after.indicators(), Indicator::code);
        old.forEach((code, i) -> {
            Indicator n = now.get(code);
            if (n == null) {
                add("indicator", code, "removed", i.statement(), "", Optional.of(i.at()), Optional.empty());
                return;
            }
            figure(code, "current value", i.current(), n.current(), i.at(), n.at());
            figure(code, "baseline", i.baseline(), n.baseline(), i.at(), n.at());
            figure(code, "target", i.target(), n.target(), i.at(), n.at());
            Map<String, Indicator.Result> periods = byKey(n.periods(), Indicator.Result::period);
            for (Indicator.Result r : i.periods()) {
                Indicator.Result m = periods.get(r.period());
                if (m != null && !same(r.value(), m.value())) {
                    add("indicator", code, "restated " + r.period(), number(r.value()), number(m.value()), Optional.of(r.at()),
                            Optional.of(m.at()));
                }
            }
        });
        now.forEach((code, n) -> {
            if (!old.containsKey(code)) {
                add("indicator", code, "added", "", n.statement(), Optional.empty(), Optional.of(n.at()));
            }
        });
    }

    private void figure(String code, String what, Optional<BigDecimal> old, Optional<BigDecimal> now, Position oldAt, Position nowAt) {
        if (!same(old, now)) {
            add("indicator", code, what, number(old), number(now), Optional.of(oldAt), Optional.of(nowAt));
        }
    }

    private void donors(Edition before, Edition after) {
        Map<String, Donor> old = byKey(before.donors(), Donor::name);
        Map<String, Donor> now = byKey(after.donors(), Donor::name);
        old.forEach((name, d) -> {
            Donor n = now.get(name);
            if (n == null) {
                add("donor", name, "removed", money(d), "", Optional.of(d.at()), Optional.empty());
            } else if (d.amount().compareTo(n.amount()) != 0 || !d.currency().equals(n.currency())) {
                add("donor", name, "amount", money(d), money(n), Optional.of(d.at()), Optional.of(n.at()));
            }
        });
        now.forEach((name, n) -> {
            if (!old.containsKey(name)) {
                add("donor", name, "added", "", money(n), Optional.empty(), Optional.of(n.at()));
            }
        });
    }

    private void datasets(Edition before, Edition after) {
        before.datasets().forEach((name, d) -> {
            if (!SPECIAL.contains(name) && !after.datasets().containsKey(name)) {
                add("dataset", name, "removed", d.title(), "", Optional.of(Position.of(d.file())), Optional.empty());
            }
        });
        after.datasets().forEach((name, n) -> {
            Dataset d = before.datasets().get(name);
            if (SPECIAL.contains(name)) {
                return;
            }
            if (d == null) {
                add("dataset", name, "added", "", n.title(), Optional.empty(), Optional.of(Position.of(n.file())));
            } else {
                rows(name, d, n);
            }
        });
    }

    /** Rows by their first cell; cells by their column's name. */
    private void rows(String name, Dataset before, Dataset after) {
        Map<String, Row> old = byKey(before.rows(), r -> r.cell(0).text().strip());
        Map<String, Row> now = byKey(after.rows(), r -> r.cell(0).text().strip());
        old.forEach((key, row) -> {
            Row n = now.get(key);
            if (n == null) {
                add("dataset", name, "row \"" + key + "\" removed", "", "", Optional.of(at(before, row)), Optional.empty());
                return;
            }
            for (int c = 1; c < before.columns().size(); c++) {
                String column = before.columns().get(c).name();
                Optional<Integer> index = after.columnIndex(column);
                if (index.isPresent() && !same(row.cell(c), n.cell(index.get()))) {
                    add("dataset", name, "row \"" + key + "\", " + column, text(row.cell(c)), text(n.cell(index.get())),
                            Optional.of(at(before, row)), Optional.of(at(after, n)));
                }
            }
        });
        now.forEach((key, row) -> {
            if (!old.containsKey(key)) {
                add("dataset", name, "row \"" + key + "\" added", "", "", Optional.empty(), Optional.of(at(after, row)));
            }
        });
    }

    /**
     * Figures typed in stories whose value changed (a built site has no stories, so only edition folders are
     * compared); figures added or dropped with their sentence are edits of the text, not changed figures.
     */
    private void figures(Edition before, Edition after) {
        Map<String, StoryFigures.Figure> now = StoryFigures.of(after);
        StoryFigures.of(before).forEach((key, old) -> {
            StoryFigures.Figure n = now.get(key);
            if (n != null && !sameFigure(old.value(), n.value())) {
                add("figure", old.story(), StoryFigures.shown(old), old.value(), n.value(), Optional.of(old.at()), Optional.of(n.at()));
            }
        });
    }

    private static boolean sameFigure(String a, String b) {
        Optional<BigDecimal> x = org.tessera.util.Numbers.parse(a);
        Optional<BigDecimal> y = org.tessera.util.Numbers.parse(b);
        return x.isPresent() && y.isPresent() ? x.get().compareTo(y.get()) == 0 : a.equals(b);
    }

    private void add(String section, String subject, String what, String before, String after, Optional<Position> beforeAt,
                     Optional<Position> afterAt) {
        changes.add(new Change(section, subject, what, before, after, beforeAt, afterAt));
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first, LinkedHashMap::new));
    }

    private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    private static boolean same(Cell a, Cell b) {
        return a.number().isPresent() && b.number().isPresent() ? a.number().get().compareTo(b.number().get()) == 0
                : Objects.equals(a.text().strip(), b.text().strip());
    }

    private static Position at(Dataset data, Row row) {
        return new Position(data.file(), row.line(), 0);
    }

    private static String word(Programme.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String money(Donor d) {
        return d.currency() + " " + number(Optional.of(d.amount()));
    }

    private static String text(Cell cell) {
        return cell.number().map(n -> number(Optional.of(n))).orElse(cell.text().strip().isEmpty() ? "(empty)" : cell.text().strip());
    }

    /** Figures as a reviewer reads them, whatever the edition's language: 2,263; 94.5. */
    private static String number(Optional<BigDecimal> value) {
        return value.map(v -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v)).orElse("(none)");
    }
}
