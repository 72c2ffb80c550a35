package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.UnverifiedCheck;
import com.salesdiag.engine.facts.SubjectType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a scope of the answer could not make, in words: "delivery delays and marketing off target (no data);
 * customer service (satisfaction not sent); price not competitive (too little data)". Empty when every check was made.
 */
final class NotVerified {

    private NotVerified() {
    }

    static String phrase(List<UnverifiedCheck> checks, Sentences sentences) {
        Set<String> noData = new LinkedHashSet<>();
        Set<String> tooLittle = new LinkedHashSet<>();
        Set<String> partly = new LinkedHashSet<>();
        for (UnverifiedCheck check : checks) {
            switch (check.reason()) {
                case UnverifiedCheck.NOT_ENOUGH_DATA -> tooLittle.add(label(check, sentences));
                case UnverifiedCheck.PARTLY_SENT -> partly.add(sentences.get("salesdiag.unverified.partly",
                        label(check, sentences), list(figures(check, sentences), sentences)));
                default -> noData.add(label(check, sentences));
            }
        }
        tooLittle.forEach(noData::remove); // a check thin somewhere and missing elsewhere: say it once, as thin
        List<String> parts = new ArrayList<>(3);
        if (!noData.isEmpty()) {
            parts.add(sentences.get("salesdiag.unverified.noData", list(noData, sentences)));
        }
        parts.addAll(partly);
        if (!tooLittle.isEmpty()) {
            parts.add(sentences.get("salesdiag.unverified.notEnough", list(tooLittle, sentences)));
        }
        return String.join("; ", parts);
    }

    /** The figures a partly sent check lacks, in words ("backlog"). */
    private static Set<String> figures(UnverifiedCheck check, Sentences sentences) {
        Set<String> names = new LinkedHashSet<>();
        check.figuresNotSent().forEach(f -> names.add(sentences.label("figure." + f)));
        return names;
    }

    /**
     * What was not checked, in words. A product's check is against competitors ("prices against competitors"),
     * apart from the department's (deals lost on price), which may well have been checked.
     */
    static String label(UnverifiedCheck check, Sentences sentences) {
        return sentences.label((check.subjectType() == SubjectType.PRODUCT ? "check.product." : "check.") + check.code());
    }

    /** The distinct codes of the checks, in their order. */
    static List<String> codes(List<UnverifiedCheck> checks) {
        return checks.stream().map(UnverifiedCheck::code).distinct().toList();
    }

    private static String list(Set<String> items, Sentences sentences) {
        List<String> all = new ArrayList<>(items);
        if (all.size() == 1) {
            return all.get(0);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + sentences.get("salesdiag.unverified.and")
                + all.get(all.size() - 1);
    }
}
