package com.salesdiag.service.reviews;

import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.service.decisionlog.HistoryPage;
import com.salesdiag.service.diagnosis.RecommendationView;
import com.salesdiag.service.security.Caller;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HR's review cases: listed, read with their whole record, and decided by a person. A decision is appended to the
 * case's history and sets its status in the same transaction; nothing else changes a case's status.
 */
@Service
public class ReviewCases {

    static final int MAX_TEXT = 20_000;

    private static final Logger log = LoggerFactory.getLogger(ReviewCases.class);

    private final ReviewCaseRecords records;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final MessageSource messages;

    ReviewCases(ReviewCaseRecords records, PlatformTransactionManager transactions, JsonMapper json,
                MessageSource messages) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.messages = messages;
    }

    HistoryPage<ReviewCaseSummary> list(CaseQuery query, Locale locale) {
        List<ReviewCaseSummary> items = records.list(query).stream().map(row -> summary(row, locale)).toList();
        return new HistoryPage<>(items, records.count(query), query.limit(), query.offset());
    }

    /**
     * The cases of these statuses (none: the open ones, OPEN and DEFERRED), of a kind and department when given,
     * in the caller's companies, as {@code GET /api/v1/review-cases} lists them.
     */
    public HistoryPage<ReviewCaseSummary> list(Set<CaseStatus> statuses, CaseKind kind, String department,
                                               Caller caller, int limit, int offset, Locale locale) {
        Set<CaseStatus> asked = statuses == null || statuses.isEmpty()
                ? java.util.EnumSet.of(CaseStatus.OPEN, CaseStatus.DEFERRED) : statuses;
        return list(new CaseQuery(asked, kind, null, department, null, null, caller.companyScope(), limit, offset),
                locale);
    }

    /**
     * The case, if it is of a company of {@code companies} (null: any); else, as for no case, 404. Diagnoses that
     * recommended it identically (the same facts under the same rules) are one entry, listing each request.
     */
    public ReviewCaseView get(long id, Set<String> companies, Locale locale) {
        ReviewCaseSummary summary = summary(visible(id, companies), locale);
        String language = locale.getLanguage().equals("it") ? "it" : "en";
        Map<String, List<ReviewCaseRecords.JoinedDiagnosis>> same = new LinkedHashMap<>();
        for (ReviewCaseRecords.JoinedDiagnosis joined : records.joined(id)) {
            same.computeIfAbsent(joined.period() + '\u0000' + joined.recommendationJson(), k -> new ArrayList<>())
                    .add(joined);
        }
        List<ReviewCaseView.CaseDiagnosis> diagnoses = new ArrayList<>();
        for (List<ReviewCaseRecords.JoinedDiagnosis> group : same.values()) {
            ReviewCaseRecords.JoinedDiagnosis first = group.get(0);
            DiagnosedRecommendation recommendation = json.readValue(first.recommendationJson(),
                    DiagnosedRecommendation.class);
            List<ReviewCaseView.CaseRequest> requests = group.stream().map(j -> new ReviewCaseView.CaseRequest(
                    j.diagnosisId(), "/api/v1/diagnoses/" + j.diagnosisId(), j.linkedAt(), j.requestedBy(),
                    j.rulesVersion())).toList();
            diagnoses.add(new ReviewCaseView.CaseDiagnosis(first.diagnosisId(),
                    "/api/v1/diagnoses/" + first.diagnosisId(), first.period(), first.linkedAt(), group.size(),
                    requests, RecommendationView.of(recommendation, language)));
        }
        List<DecisionView> decisions = records.decisions(List.of(id)).getOrDefault(id, List.of()).stream()
                .map(d -> withConsequence(summary.kind(), d, locale)).toList();
        return new ReviewCaseView(summary, text("salesdiag.case.statement", locale), diagnoses, decisions);
    }

    /** What a decision of this kind of case would lead to, in words: shown before deciding, and with each decision. */
    public String consequence(CaseKind kind, Decision decision, Locale locale) {
        return text("salesdiag.case.follows." + FollowUp.of(kind, decision).name(), locale);
    }

    private DecisionView withConsequence(CaseKind kind, DecisionView decision, Locale locale) {
        return decision == null ? null : decision.withConsequence(FollowUp.of(kind, decision.decision()),
                consequence(kind, decision.decision(), locale));
    }

    /** The summary with its reason and latest figures, and what its latest decision leads to. */
    private ReviewCaseSummary summary(ReviewCaseRecords.CaseRow row, Locale locale) {
        ReviewCaseSummary summary = row.summary();
        DiagnosedRecommendation latest = row.latestRecommendationJson() == null ? null
                : json.readValue(row.latestRecommendationJson(), DiagnosedRecommendation.class);
        return CaseReason.explain(summary, latest, messages, locale)
                .withLatestDecision(withConsequence(summary.kind(), summary.latestDecision(), locale));
    }

    public ReviewCaseView decide(long id, DecisionRequest request, Caller caller, Locale locale) {
        String decidedBy = caller.name();
        visible(id, caller.companyScope());
        List<InputError> errors = check(request, locale);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_DECISION, errors);
        }
        transaction.executeWithoutResult(status -> {
            if (!records.decide(id, request.decision())) {
                ReviewCaseSummary existing = records.find(id).orElseThrow(() -> notFound(id)).summary();
                DecisionView last = existing.latestDecision();
                throw new ProblemException(HttpStatus.CONFLICT, ProblemTypes.CASE_CLOSED, "salesdiag.case.closed", id,
                        text("salesdiag.case.status." + existing.status().name(), locale),
                        last == null ? "-" : last.decidedBy(),
                        last == null ? "-" : last.decidedAt().toString());
            }
            records.insertDecision(id, request.decision(), request.rationale().strip(),
                    request.employeeResponse() == null || request.employeeResponse().isBlank() ? null
                            : request.employeeResponse().strip(),
                    decidedBy, Instant.now().truncatedTo(ChronoUnit.MICROS));
        });
        log.atInfo().addKeyValue("caseId", id).addKeyValue("decision", request.decision().name())
                .addKeyValue("decidedBy", decidedBy).log("Review case decided");
        return get(id, caller.companyScope(), locale);
    }

    private ReviewCaseRecords.CaseRow visible(long id, Set<String> companies) {
        return records.find(id).filter(found -> companies == null || companies.contains(found.summary().companyId()))
                .orElseThrow(() -> notFound(id));
    }

    private List<InputError> check(DecisionRequest request, Locale locale) {
        List<InputError> errors = new ArrayList<>();
        if (request == null || request.decision() == null) {
            errors.add(InputError.atField("decision", text("salesdiag.case.decisionMissing", locale)));
        }
        if (request == null || request.rationale() == null || request.rationale().isBlank()) {
            errors.add(InputError.atField("rationale", text("salesdiag.case.rationaleMissing", locale)));
        } else if (request.rationale().length() > MAX_TEXT) {
            errors.add(InputError.atField("rationale", text("salesdiag.case.tooLong", locale, MAX_TEXT)));
        }
        if (request != null && request.decision() != null && request.decision().closes()
                && (request.employeeResponse() == null || request.employeeResponse().isBlank())) {
            errors.add(InputError.atField("employeeResponse", text("salesdiag.case.responseMissing", locale,
                    text("salesdiag.case.closedBy." + request.decision().name(), locale))));
        } else if (request != null && request.employeeResponse() != null
                && request.employeeResponse().length() > MAX_TEXT) {
            errors.add(InputError.atField("employeeResponse", text("salesdiag.case.tooLong", locale, MAX_TEXT)));
        }
        if (request != null) {
            controlCharacter("rationale", request.rationale(), locale, errors);
            controlCharacter("employeeResponse", request.employeeResponse(), locale, errors);
        }
        return errors;
    }

    /** Free text may hold tabs and line breaks, no other control character (PostgreSQL cannot store a NUL). */
    private void controlCharacter(String field, String value, Locale locale, List<InputError> errors) {
        if (value == null || value.length() > MAX_TEXT) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                errors.add(InputError.atField(field, text("salesdiag.facts.controlCharacterInText", locale,
                        String.format("U+%04X", (int) c), value.codePointCount(0, i) + 1)));
                return;
            }
        }
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "salesdiag.case.notFound", id);
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
