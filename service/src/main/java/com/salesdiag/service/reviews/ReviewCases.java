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
import java.util.List;
import java.util.Locale;
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

    HistoryPage<ReviewCaseSummary> list(CaseQuery query) {
        return new HistoryPage<>(records.list(query), records.count(query), query.limit(), query.offset());
    }

    /**
     * The cases of these statuses (none: the open ones, OPEN and DEFERRED), of a kind and department when given,
     * in the caller's companies, as {@code GET /api/v1/review-cases} lists them.
     */
    public HistoryPage<ReviewCaseSummary> list(Set<CaseStatus> statuses, CaseKind kind, String department,
                                               Caller caller, int limit, int offset) {
        Set<CaseStatus> asked = statuses == null || statuses.isEmpty()
                ? java.util.EnumSet.of(CaseStatus.OPEN, CaseStatus.DEFERRED) : statuses;
        return list(new CaseQuery(asked, kind, null, department, null, null, caller.companyScope(), limit, offset));
    }

    /** The case, if it is of a company of {@code companies} (null: any); else, as for no case, 404. */
    public ReviewCaseView get(long id, Set<String> companies, Locale locale) {
        ReviewCaseSummary summary = visible(id, companies);
        String language = locale.getLanguage().equals("it") ? "it" : "en";
        List<ReviewCaseView.CaseDiagnosis> diagnoses = new ArrayList<>();
        for (ReviewCaseRecords.JoinedDiagnosis joined : records.joined(id)) {
            DiagnosedRecommendation recommendation = json.readValue(joined.recommendationJson(),
                    DiagnosedRecommendation.class);
            diagnoses.add(new ReviewCaseView.CaseDiagnosis(joined.diagnosisId(),
                    "/api/v1/diagnoses/" + joined.diagnosisId(), joined.period(), joined.linkedAt(),
                    RecommendationView.of(recommendation, language)));
        }
        return new ReviewCaseView(summary, text("salesdiag.case.statement", locale), diagnoses,
                records.decisions(List.of(id)).getOrDefault(id, List.of()));
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
                ReviewCaseSummary existing = records.find(id).orElseThrow(() -> notFound(id));
                DecisionView last = existing.latestDecision();
                throw new ProblemException(HttpStatus.CONFLICT, ProblemTypes.CASE_CLOSED, "salesdiag.case.closed", id,
                        existing.status().name(), last == null ? "-" : last.decidedBy(),
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

    private ReviewCaseSummary visible(long id, Set<String> companies) {
        return records.find(id).filter(found -> companies == null || companies.contains(found.companyId()))
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
                    request.decision().name())));
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
