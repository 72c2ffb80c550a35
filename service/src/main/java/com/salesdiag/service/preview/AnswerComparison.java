package com.salesdiag.service.preview;

import com.salesdiag.service.diagnosis.CauseShare;
import com.salesdiag.service.diagnosis.DiagnosisResponse;
import com.salesdiag.service.diagnosis.FindingView;
import com.salesdiag.service.diagnosis.OwnerGroup;
import com.salesdiag.service.diagnosis.RecommendationView;
import com.salesdiag.service.diagnosis.SalespersonStatus;
import com.salesdiag.service.diagnosis.ShortfallAnswer;
import com.salesdiag.service.preview.AnswerChange.AmountMoved;
import com.salesdiag.service.preview.AnswerChange.SentenceChanged;
import com.salesdiag.service.preview.AnswerChange.StatusMoved;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the answers two rulesets give to the same facts, as a manager reads them: conclusions, the amounts and
 * shares of the shortfall each cause explains (to the unit and to a tenth of a percent, as the answer shows them),
 * each salesperson's status and the sentences.
 */
final class AnswerComparison {

    private AnswerComparison() {
    }

    static AnswerChange compare(DiagnosisResponse before, DiagnosisResponse after) {
        Set<String> was = conclusions(before);
        Set<String> is = conclusions(after);
        return new AnswerChange(is.stream().filter(c -> !was.contains(c)).toList(),
                was.stream().filter(c -> !is.contains(c)).toList(), amounts(before, after), statuses(before, after),
                sentences(before, after));
    }

    /** {@code DELIVERY_DELAYS for north}, {@code RECOGNIZE/TRIP for anna}: as scenarios name them, sorted. */
    static Set<String> conclusions(DiagnosisResponse answer) {
        Set<String> all = new TreeSet<>();
        answer.findings().forEach(f -> all.add(f.code() + " for " + f.subjectId()));
        for (OwnerGroup group : answer.recommendationsByOwner()) {
            group.recommendations().forEach(r -> all.add(r.action()
                    + (r.incentive() == null ? "" : "/" + r.incentive()) + " for " + r.subjectId()));
        }
        return all;
    }

    private static List<AmountMoved> amounts(DiagnosisResponse before, DiagnosisResponse after) {
        Map<String, ShortfallAnswer> was = scopes(before);
        Map<String, ShortfallAnswer> is = scopes(after);
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(is.keySet());
        List<AmountMoved> moved = new ArrayList<>();
        for (String key : keys) {
            ShortfallAnswer a = was.get(key);
            ShortfallAnswer b = is.get(key);
            ShortfallAnswer any = b != null ? b : a;
            Map<String, CauseShare> causesBefore = causes(a);
            Map<String, CauseShare> causesAfter = causes(b);
            Set<String> codes = new LinkedHashSet<>(causesAfter.keySet());
            codes.addAll(causesBefore.keySet());
            for (String code : codes) {
                CauseShare x = causesBefore.get(code);
                CauseShare y = causesAfter.get(code);
                Double amountBefore = x == null ? null : x.amount();
                Double amountAfter = y == null ? null : y.amount();
                Double shareBefore = x == null ? null : x.share();
                Double shareAfter = y == null ? null : y.share();
                if (!sameAmount(amountBefore, amountAfter) || !sameShare(shareBefore, shareAfter)) {
                    moved.add(new AmountMoved(any.subjectType(), any.subjectId(), any.subjectName(), code,
                            (y != null ? y : x).label(), units(amountBefore), units(amountAfter),
                            tenths(shareBefore), tenths(shareAfter)));
                }
            }
            Double unexplainedBefore = a == null ? null : a.unexplainedAmount();
            Double unexplainedAfter = b == null ? null : b.unexplainedAmount();
            if (!sameAmount(unexplainedBefore, unexplainedAfter)) {
                moved.add(new AmountMoved(any.subjectType(), any.subjectId(), any.subjectName(), "UNEXPLAINED", null,
                        units(unexplainedBefore), units(unexplainedAfter), tenths(a == null ? null : a.unexplainedShare()),
                        tenths(b == null ? null : b.unexplainedShare())));
            }
        }
        return moved;
    }

    private static Map<String, ShortfallAnswer> scopes(DiagnosisResponse answer) {
        Map<String, ShortfallAnswer> scopes = new LinkedHashMap<>();
        if (answer.whySalesFell() == null) {
            return scopes;
        }
        if (answer.whySalesFell().company() != null) {
            scopes.put("company", answer.whySalesFell().company());
        }
        answer.whySalesFell().departments().forEach(d -> scopes.put("department " + d.subjectId(), d));
        return scopes;
    }

    private static Map<String, CauseShare> causes(ShortfallAnswer scope) {
        Map<String, CauseShare> causes = new LinkedHashMap<>();
        if (scope != null && scope.causes() != null) {
            scope.causes().forEach(c -> causes.putIfAbsent(c.code(), c));
        }
        return causes;
    }

    private static boolean sameAmount(Double a, Double b) {
        return Objects.equals(units(a), units(b));
    }

    private static boolean sameShare(Double a, Double b) {
        return Objects.equals(tenths(a), tenths(b));
    }

    private static Double units(Double amount) {
        return amount == null ? null : (double) Math.round(amount);
    }

    /** Shares to a tenth of a percent. */
    private static Double tenths(Double share) {
        return share == null ? null : Math.round(share * 1000) / 1000d;
    }

    private static List<StatusMoved> statuses(DiagnosisResponse before, DiagnosisResponse after) {
        Map<String, SalespersonStatus> was = new LinkedHashMap<>();
        before.salespeople().forEach(p -> was.putIfAbsent(p.id(), p));
        List<StatusMoved> moved = new ArrayList<>();
        for (SalespersonStatus p : after.salespeople()) {
            SalespersonStatus old = was.get(p.id());
            if (old != null && old.status() != p.status()) {
                moved.add(new StatusMoved(p.id(), p.name(), old.status().name(), p.status().name()));
            }
        }
        return moved;
    }

    private static List<SentenceChanged> sentences(DiagnosisResponse before, DiagnosisResponse after) {
        Map<String, String> was = sentences(before);
        Map<String, String> is = sentences(after);
        List<SentenceChanged> changed = new ArrayList<>();
        is.forEach((where, text) -> {
            String old = was.get(where);
            if (old != null && !old.equals(text)) {
                changed.add(new SentenceChanged(where, old, text));
            }
        });
        return changed;
    }

    /** The sentences of an answer by where they are; those of a conclusion only show when both answers have it. */
    private static Map<String, String> sentences(DiagnosisResponse answer) {
        Map<String, String> sentences = new LinkedHashMap<>();
        if (answer.whySalesFell() != null) {
            if (answer.whySalesFell().company() != null) {
                sentences.put("whySalesFell.company", answer.whySalesFell().company().summary());
            }
            answer.whySalesFell().departments().forEach(d ->
                    sentences.put("whySalesFell.departments[" + d.subjectId() + "]", d.summary()));
        }
        answer.salespeople().forEach(p -> sentences.put("salespeople[" + p.id() + "]", p.summary()));
        for (FindingView f : answer.findings()) {
            sentences.putIfAbsent("findings[" + f.code() + " " + f.subjectId() + "]", f.explanation());
        }
        for (OwnerGroup group : answer.recommendationsByOwner()) {
            for (RecommendationView r : group.recommendations()) {
                sentences.putIfAbsent("recommendations[" + r.action() + (r.incentive() == null ? "" : "/" + r.incentive())
                        + " " + r.subjectId() + "]", r.explanation());
            }
        }
        sentences.values().removeIf(Objects::isNull);
        return sentences;
    }
}
