package com.salesdiag.service.decisionlog;

import com.salesdiag.service.security.Caller;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The decision log read for a caller, under the same boundary as {@code GET /api/v1/diagnoses}: HR and
 * administrators see every record; a manager only records covering a department they manage (or asked for by
 * themselves), reduced to their departments by {@link DepartmentView}. For readers other than the API (the console).
 */
@Service
public class RecordedDiagnoses {

    private final DiagnosisRecords records;
    private final JsonMapper json;

    RecordedDiagnoses(DiagnosisRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    /** The caller's diagnoses, newest first, as the history endpoint lists them without criteria. */
    public HistoryPage<DiagnosisSummary> list(Caller caller, int limit, int offset) {
        return records.list(new HistoryQuery(null, null, null, null, null, null, limit, offset), scope(caller),
                caller.companyScope(), caller.name());
    }

    /** The record, reduced for a manager; empty when there is none the caller may see. */
    public Optional<RecordedDiagnosis> find(long id, Caller caller) {
        return find(id, caller, true);
    }

    /**
     * The same without the facts ({@code facts()} null): a page that shows only the answer does not read and parse
     * the facts too, a third of the work for a large company.
     */
    public Optional<RecordedDiagnosis> findAnswer(long id, Caller caller) {
        return find(id, caller, false);
    }

    private Optional<RecordedDiagnosis> find(long id, Caller caller, boolean withFacts) {
        Set<String> scope = scope(caller);
        return records.find(id, scope, caller.companyScope(), caller.name(), withFacts).map(stored -> {
            JsonNode facts = withFacts ? json.readTree(stored.factsJson()) : null;
            JsonNode answer = json.readTree(stored.answerJson());
            if (scope != null) {
                DepartmentView view = new DepartmentView(scope);
                facts = facts == null ? null : view.facts(facts);
                answer = view.answer(answer);
            }
            DiagnosisSummary s = stored.summary();
            return new RecordedDiagnosis(s.id(), s.recordedAt(), s.requestedBy(), s.companyId(), s.companyName(),
                    s.period(), s.inputKind(), s.language(), s.rulesVersion(), s.departments(),
                    scope == null ? null : List.copyOf(scope), facts, answer);
        });
    }

    /**
     * The newest {@code limit} diagnoses recorded from {@code from} (inclusive) to {@code to} (exclusive), either
     * open, with the facts they were made on, for replaying them on other rules; only companies the caller belongs
     * to (all, for a caller naming none). Whole records: a replay compares answers, it shows no one's facts.
     */
    public HistoryPage<ReplayableDiagnosis> forReplay(Caller caller, int limit, Instant from, Instant to) {
        return records.recordedFacts(limit, from, to, caller.companyScope());
    }

    /** The departments a caller may see; null for all of them. */
    static Set<String> scope(Caller caller) {
        return caller.seesAllDepartments() ? null : caller.departments();
    }
}
