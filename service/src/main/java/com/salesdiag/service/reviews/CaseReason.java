package com.salesdiag.service.reviews;

import com.salesdiag.engine.Wording;
import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.PeriodShortfall;
import com.salesdiag.engine.answer.ReviewRecord;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;

/**
 * Why a case was recommended, in one sentence for the list of cases, from its latest recommendation: the findings it
 * follows from and the person's latest period against the goal and the peers. So that HR sees which case to open
 * first without reading each one's record.
 */
final class CaseReason {

    private CaseReason() {
    }

    static ReviewCaseSummary explain(ReviewCaseSummary summary, DiagnosedRecommendation latest, MessageSource messages,
                                     Locale locale) {
        if (latest == null) {
            return summary.withReason(summary.departmentId(), null, null, null, null, null);
        }
        ReviewRecord record = latest.review();
        String department = record == null || record.departmentName() == null ? summary.departmentId()
                : record.departmentName();
        // what it follows from; a recommendation that names no finding is said by its own action
        String findings = findings(latest.basedOn().isEmpty() ? List.of(latest.action()) : latest.basedOn(),
                messages, locale);
        List<PeriodShortfall> periods = record == null ? List.of() : record.periods();
        if (periods.isEmpty()) {
            return summary.withReason(department, capitalised(findings, locale) + ".", null, null, null, null);
        }
        PeriodShortfall last = periods.get(periods.size() - 1);
        String sentence = messages.getMessage(last.peerAverage() == null ? "salesdiag.case.reasonWithoutPeers"
                : "salesdiag.case.reason", new Object[]{capitalised(findings, locale), Wording.percent(last.attainment()),
                last.period(), last.peerAverage() == null ? null : Wording.percent(last.peerAverage()),
                record.consecutivePeriodsMissed()}, locale);
        return summary.withReason(department, sentence, last.period(), last.attainment(), last.peerAverage(),
                record.consecutivePeriodsMissed());
    }

    /** "individual shortfall against peers and coaching without improvement", in the reader's words. */
    private static String findings(List<String> codes, MessageSource messages, Locale locale) {
        List<String> words = codes.stream()
                .map(code -> messages.getMessage("salesdiag.code." + code, null, code, locale)).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1))
                + messages.getMessage("salesdiag.case.and", null, " and ", locale) + words.get(words.size() - 1);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
