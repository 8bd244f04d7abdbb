package org.tessera.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.Indicator;

/** A programme's results framework as tables by level: statement, baseline, target, each period, current value. */
final class ResultsFramework {

    private ResultsFramework() {
    }

    static List<Map<String, Object>> groups(List<Indicator> indicators, RenderContext ctx) {
        Map<String, List<Indicator>> byLevel = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            String level = indicator.level().toLowerCase(Locale.ROOT);
            byLevel.computeIfAbsent(level.equals("outcome") || level.equals("output") ? level : "other",
                    k -> new ArrayList<>()).add(indicator);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byLevel.forEach((level, list) -> groups.add(group(level, list, ctx)));
        return groups;
    }

    private static Map<String, Object> group(String level, List<Indicator> indicators, RenderContext ctx) {
        LinkedHashSet<String> periods = new LinkedHashSet<>();
        indicators.forEach(i -> i.periods().forEach(r -> periods.add(r.period())));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<String> cells = new ArrayList<>();
            for (String period : periods) {
                cells.add(indicator.periods().stream().filter(r -> r.period().equals(period)).findFirst()
                        .flatMap(Indicator.Result::value).map(v -> value(indicator, v, ctx)).orElse("–"));
            }
            List<String> notes = indicator.periods().stream().map(Indicator.Result::notes).filter(n -> !n.isBlank()).toList();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", indicator.code());
            row.put("statement", indicator.statement());
            row.put("baseline", format(indicator, indicator.baseline(), ctx));
            row.put("target", format(indicator, indicator.target(), ctx));
            row.put("cells", cells);
            row.put("current", format(indicator, indicator.current(), ctx));
            row.put("notes", String.join(" ", notes));
            rows.add(row);
        }
        return Map.of("title", ctx.messages().get("result.level." + level), "periods", List.copyOf(periods), "rows", rows);
    }

    private static String format(Indicator indicator, Optional<BigDecimal> value, RenderContext ctx) {
        return value.map(v -> value(indicator, v, ctx)).orElse("–");
    }

    /** An indicator's figure in its unit: 2,263 for a count, 94% for a percent. */
    static String value(Indicator indicator, BigDecimal value, RenderContext ctx) {
        return indicator.unit() == Indicator.Unit.PERCENT ? ctx.formats().percent(value) : ctx.formats().number(value);
    }
}
