package io.github.camelcallfire.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the figures of a run and renders them as one Markdown table plus the goal verdicts. */
public final class ResultTable {

    private record Row(String scenario, String figure, Samples samples, String unit) {
    }

    /** A ratio with its goal; {@code comparison} null for a ratio shown for reference only. */
    private record Goal(String name, double value, String comparison, double target, boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();

    public void add(String scenario, String figure, Samples samples, String unit) {
        rows.add(new Row(scenario, figure, samples, unit));
    }

    /** A goal that wants {@code value} at least {@code target}. */
    public void atLeast(String name, double value, double target) {
        goals.add(new Goal(name, value, ">=", target, value >= target));
    }

    /** A goal that wants {@code value} at most {@code target}. */
    public void atMost(String name, double value, double target) {
        goals.add(new Goal(name, value, "<=", target, value <= target));
    }

    /** A ratio shown for reference, without a goal. */
    public void ratio(String name, double value) {
        goals.add(new Goal(name, value, null, 0, true));
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("| Scenario | Figure | Median | Spread (min-max) | Unit | n |\n");
        out.append("|---|---|---:|---:|---|---:|\n");
        for (Row row : rows) {
            Samples s = row.samples();
            out.append("| ").append(row.scenario()).append(" | ").append(row.figure()).append(" | ")
                    .append(number(s.median())).append(" | ").append(number(s.min())).append(" - ")
                    .append(number(s.max())).append(" | ").append(row.unit()).append(" | ").append(s.count())
                    .append(" |\n");
        }
        out.append("\n| Goal | Value (ratio of medians) | Target | Verdict |\n|---|---:|---:|---|\n");
        for (Goal goal : goals) {
            out.append("| ").append(goal.name()).append(" | ").append(String.format(Locale.ROOT, "%.2f", goal.value()))
                    .append(" | ");
            if (goal.comparison() == null) {
                out.append("- | (no goal) |\n");
            } else {
                out.append(goal.comparison()).append(' ').append(String.format(Locale.ROOT, "%.2f", goal.target()))
                        .append(" | ").append(goal.met() ? "met" : "MISSED").append(" |\n");
            }
        }
        return out.toString();
    }

    private static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
