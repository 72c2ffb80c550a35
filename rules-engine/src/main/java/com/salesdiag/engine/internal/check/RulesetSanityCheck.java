package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.answer.RuleVocabulary;
import com.salesdiag.engine.derived.Threshold;
import com.salesdiag.engine.facts.Incentive;
import com.salesdiag.engine.rules.BandDefinition;
import com.salesdiag.engine.rules.Phrase;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RuleProblem;
import com.salesdiag.engine.internal.ruleset.Ruleset;
import com.salesdiag.engine.rules.ThresholdDefinition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.salesdiag.engine.internal.check.AllowedRange.format;

/**
 * Checks that a compiled ruleset's thresholds and bands make sense before it serves: every value within the
 * allowed range written beside it in the table, every key and scale the DRL reads defined once, and the bands of
 * each scale following each other without gaps or overlaps. The ranges are data (the table's "Allowed range"
 * column); only what the Java code itself depends on is fixed here: the three goal bands and the incentive names.
 */
public final class RulesetSanityCheck {

    /** Where thresholds live when a problem cannot be traced to a row. */
    public static final String TABLE_FILE = "thresholds.drl.csv";

    static final String GOAL = "goal";
    static final String INCENTIVE = "incentive";
    static final List<String> GOAL_CODES = RuleVocabulary.GOAL_CODES;

    public List<RuleProblem> check(Ruleset ruleset, List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        List<ThresholdDefinition> thresholds = thresholds(ruleset);
        List<BandDefinition> bands = bands(ruleset);
        List<DrlReferences.Reference> references = DrlReferences.in(files);
        checkThresholdValues(thresholds, problems);
        checkThresholdReferences(thresholds, references, problems);
        Map<String, List<BandDefinition>> byScale = bands.stream().collect(Collectors.groupingBy(
                BandDefinition::scale, LinkedHashMap::new, Collectors.toList()));
        byScale.forEach((scale, scaleBands) -> checkSequence(scale, scaleBands, problems));
        checkGoalScale(byScale.getOrDefault(GOAL, List.of()), problems);
        checkIncentiveScale(byScale.getOrDefault(INCENTIVE, List.of()), byScale.getOrDefault(GOAL, List.of()), problems);
        checkBandReferences(byScale, references, problems);
        return problems;
    }

    private static void checkThresholdValues(List<ThresholdDefinition> thresholds, List<RuleProblem> problems) {
        Map<String, List<ThresholdDefinition>> byKey = thresholds.stream().collect(Collectors.groupingBy(
                ThresholdDefinition::key, LinkedHashMap::new, Collectors.toList()));
        byKey.forEach((key, definitions) -> {
            if (definitions.size() > 1) {
                ThresholdDefinition second = definitions.get(1);
                problems.add(problem(second.file(), second.line(), "threshold.duplicate", key, definitions.size(),
                        lines(definitions.stream().map(ThresholdDefinition::line).toList())));
            }
        });
        for (ThresholdDefinition t : thresholds) {
            if (t.allowedRange().isBlank()) {
                problems.add(problem(t.file(), t.line(), "threshold.noRange", t.key()));
                continue;
            }
            AllowedRange range;
            try {
                range = AllowedRange.parse(t.allowedRange());
            } catch (AllowedRange.NotUnderstood e) {
                problems.add(problem(t.file(), t.line(), "threshold.rangeNotUnderstood", t.key(), t.allowedRange(),
                        e.why()));
                continue;
            }
            if (!range.contains(t.value())) {
                problems.add(problem(t.file(), t.line(), "threshold.outOfRange", t.key(), format(t.value()),
                        range.reason(t.value()), range.text()));
            }
        }
    }

    private static void checkThresholdReferences(List<ThresholdDefinition> thresholds,
                                                 List<DrlReferences.Reference> references, List<RuleProblem> problems) {
        Set<String> defined = thresholds.stream().map(ThresholdDefinition::key).collect(Collectors.toSet());
        for (DrlReferences.Reference ref : references) {
            if (ref.kind() == DrlReferences.Kind.THRESHOLD && !defined.contains(ref.name())) {
                problems.add(RuleProblem.of(ref.file(), ref.line(), "threshold.undefined", ref.name()));
            }
        }
    }

    /** Bands of one scale, sorted by lower bound, must each be non-empty and touch the next one exactly. */
    private static void checkSequence(String scale, List<BandDefinition> bands, List<RuleProblem> problems) {
        List<BandDefinition> sorted = sorted(bands);
        for (BandDefinition band : sorted) {
            if (!(band.lower() < band.upper())) {
                problems.add(problem(band.file(), band.line(), "band.empty", scale, band.code(),
                        format(band.lower()), format(band.upper())));
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            BandDefinition previous = sorted.get(i - 1);
            BandDefinition band = sorted.get(i);
            if (band.lower() != previous.upper()) {
                String kind = band.lower() > previous.upper() ? "band.gap" : "band.overlap";
                problems.add(problem(band.file(), band.line(), kind, scale, band.code(), format(band.lower()),
                        previous.code(), format(previous.upper())));
            }
        }
    }

    private static void checkGoalScale(List<BandDefinition> bands, List<RuleProblem> problems) {
        if (bands.isEmpty()) {
            problems.add(problem(TABLE_FILE, 0, "goal.noBands", String.join(", ", GOAL_CODES)));
            return;
        }
        List<BandDefinition> sorted = sorted(bands);
        List<String> codes = sorted.stream().map(BandDefinition::code).toList();
        for (String code : GOAL_CODES) {
            long count = codes.stream().filter(code::equals).count();
            if (count == 0) {
                problems.add(problem(sorted.get(0).file(), 0, "goal.missingBand", code, String.join(", ", GOAL_CODES)));
            } else if (count > 1) {
                problems.add(problem(sorted.get(0).file(), 0, "goal.repeatedBand", code, count));
            }
        }
        sorted.stream().filter(b -> !GOAL_CODES.contains(b.code())).forEach(b -> problems.add(problem(b.file(),
                b.line(), "goal.unknownBand", b.code(), String.join(", ", GOAL_CODES))));
        if (codes.size() == GOAL_CODES.size() && Set.copyOf(codes).equals(Set.copyOf(GOAL_CODES))
                && !codes.equals(GOAL_CODES)) {
            problems.add(problem(sorted.get(0).file(), sorted.get(0).line(), "goal.order",
                    String.join(", ", codes), String.join(", ", GOAL_CODES)));
        }
        BandDefinition first = sorted.get(0);
        if (first.lower() != 0) {
            problems.add(problem(first.file(), first.line(), first.lower() > 0 ? "goal.startsAbove0" : "goal.startsBelow0",
                    first.code(), format(first.lower())));
        }
        BandDefinition last = sorted.get(sorted.size() - 1);
        if (last.upper() != Double.POSITIVE_INFINITY) {
            problems.add(problem(last.file(), last.line(), "goal.endsBelowInfinity", last.code(), format(last.upper())));
        }
    }

    private static void checkIncentiveScale(List<BandDefinition> bands, List<BandDefinition> goalBands,
                                            List<RuleProblem> problems) {
        Set<String> incentives = Arrays.stream(Incentive.values()).map(Enum::name).collect(Collectors.toSet());
        for (BandDefinition band : bands) {
            if (!incentives.contains(band.code())) {
                problems.add(problem(band.file(), band.line(), "incentive.unknown", band.code(),
                        new TreeSet<>(incentives).toString()));
            }
        }
        if (bands.isEmpty()) {
            return;
        }
        List<BandDefinition> sorted = sorted(bands);
        BandDefinition last = sorted.get(sorted.size() - 1);
        if (last.upper() != Double.POSITIVE_INFINITY) {
            problems.add(problem(last.file(), last.line(), "incentive.endsBelowInfinity", last.code(),
                    format(last.upper())));
        }
        BandDefinition first = sorted.get(0);
        goalBands.stream().filter(b -> b.code().equals("GOAL_EXCEEDED")).findFirst().ifPresent(exceeded -> {
            if (first.lower() > exceeded.lower()) {
                problems.add(problem(first.file(), first.line(), "incentive.startsAfterExceeded", first.code(),
                        format(first.lower()), format(exceeded.lower())));
            }
        });
    }

    private static void checkBandReferences(Map<String, List<BandDefinition>> byScale,
                                            List<DrlReferences.Reference> references, List<RuleProblem> problems) {
        Set<String> scalesRead = new TreeSet<>();
        for (DrlReferences.Reference ref : references) {
            if (ref.kind() != DrlReferences.Kind.BAND) {
                continue;
            }
            scalesRead.add(ref.name());
            List<BandDefinition> bands = byScale.get(ref.name());
            if (bands == null) {
                problems.add(RuleProblem.of(ref.file(), ref.line(), "scale.undefined", ref.name()));
            } else if (ref.code() != null && bands.stream().noneMatch(b -> b.code().equals(ref.code()))) {
                problems.add(RuleProblem.of(ref.file(), ref.line(), "band.undefined", ref.name(), ref.code()));
            }
        }
        byScale.forEach((scale, bands) -> {
            if (!scalesRead.contains(scale) && !scale.equals(GOAL) && !scale.equals(INCENTIVE)) {
                BandDefinition first = bands.get(0);
                problems.add(problem(first.file(), first.line(), "scale.unread", scale, scalesRead.toString()));
            }
        });
    }

    private static List<BandDefinition> sorted(List<BandDefinition> bands) {
        return bands.stream().sorted(Comparator.comparingDouble(BandDefinition::lower)
                .thenComparingDouble(BandDefinition::upper)).toList();
    }

    /** " (lines 3, 4)" when the lines are known, else nothing. */
    private static Object lines(List<Integer> lines) {
        List<Integer> known = lines.stream().filter(l -> l > 0).toList();
        return known.isEmpty() ? "" : Phrase.of("threshold.duplicateLines",
                known.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    private static RuleProblem problem(String file, int line, String code, Object... args) {
        return RuleProblem.of(file == null || file.isEmpty() ? TABLE_FILE : file, line, code, args);
    }

    /** Rulesets built by hand have thresholds but no definitions: check what there is. */
    private static List<ThresholdDefinition> thresholds(Ruleset ruleset) {
        if (!ruleset.thresholdDefinitions().isEmpty() || ruleset.thresholds().isEmpty()) {
            return ruleset.thresholdDefinitions();
        }
        return ruleset.thresholds().stream()
                .map((Threshold t) -> new ThresholdDefinition(t.key(), t.value(), "", "", TABLE_FILE, 0, "")).toList();
    }

    private static List<BandDefinition> bands(Ruleset ruleset) {
        if (!ruleset.bandDefinitions().isEmpty() || ruleset.bands().isEmpty()) {
            return ruleset.bandDefinitions();
        }
        return ruleset.bands().stream()
                .map(b -> new BandDefinition(b.scale(), b.code(), b.lower(), b.upper(), TABLE_FILE, 0, "")).toList();
    }
}
