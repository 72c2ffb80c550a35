package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.answer.RuleVocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the engine's diagnosis into the answer a sales manager reads, in one language. Public for the preview of a
 * rules edit, which compares the answers two rulesets give.
 */
@Component
public class DiagnosisAssembler {

    /** Every owner the ladder names, in the order a sales manager reads them. */
    static final List<String> OWNERS = RuleVocabulary.OWNERS;

    private final MessageSource messages;

    DiagnosisAssembler(MessageSource messages) {
        this.messages = messages;
    }

    public DiagnosisResponse assemble(CompanyFacts facts, Diagnosis diagnosis, Locale locale) {
        Sentences sentences = new Sentences(messages, locale, facts.fiscalYearStart());
        String language = sentences.language();
        CompanyFigures figures = new CompanyFigures(facts);
        CoverageView coverage = CoverageView.of(facts, sentences);
        StatusResolver statuses = new StatusResolver(diagnosis, sentences, figures, coverage);
        return new DiagnosisResponse(
                facts.company().id(), facts.company().name(), facts.period(), coverage, language,
                diagnosis.rulesetVersion(),
                new WhySalesFellAnswerer(diagnosis, figures, sentences, coverage).answer(),
                facts.salespeople().stream().map(statuses::resolve).toList(),
                byOwner(diagnosis.recommendations(), sentences),
                diagnosis.findings().stream().map(f -> FindingView.of(f, language)).toList(),
                diagnosis.withheld().stream().map(w -> WithheldView.of(w, sentences)).toList(),
                diagnosis.unverified().stream().map(u -> UnverifiedView.of(u, sentences)).toList(), null);
    }

    private static List<OwnerGroup> byOwner(List<DiagnosedRecommendation> recommendations, Sentences sentences) {
        Map<String, List<RecommendationView>> groups = new LinkedHashMap<>();
        OWNERS.forEach(owner -> groups.put(owner, new ArrayList<>()));
        for (DiagnosedRecommendation r : recommendations) {
            groups.computeIfAbsent(r.owner(), k -> new ArrayList<>()).add(RecommendationView.of(r, sentences.language()));
        }
        List<OwnerGroup> result = new ArrayList<>();
        groups.forEach((owner, items) -> result.add(new OwnerGroup(owner, sentences.owner(owner), List.copyOf(items))));
        return result;
    }
}
