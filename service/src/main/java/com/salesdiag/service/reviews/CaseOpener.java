package com.salesdiag.service.reviews;

import com.salesdiag.engine.answer.DiagnosedRecommendation;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.answer.UnverifiedCheck;
import com.salesdiag.service.decisionlog.DiagnosisRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each HR_DISMISSAL_REVIEW and PERSONAL_COACHING a diagnosis recommends opens a review case, or joins one: the case
 * still open for the same person and kind (whatever its period), else the case already opened for that period,
 * decided or not, so that the same case is never opened twice. Runs in the transaction that records the diagnosis.
 * It never closes a case: only a person's decision does ({@link ReviewCases#decide}). A manager's diagnosis opens
 * and joins cases only about salespeople of the departments they manage ({@link DiagnosisRecorded#mayOpenCasesIn}):
 * the facts of another department do not put its people before HR. Coaching recommended while a check bearing on
 * the person could not be made (no data, too little) opens no case: the answer says what is missing, and HR is not
 * asked to act on a record with gaps (DOMAIN invariants 6 and 7). An HR review never has such gaps (the engine
 * holds it back).
 */
@Component
class CaseOpener {

    private final ReviewCaseRecords cases;
    private final JsonMapper json;

    CaseOpener(ReviewCaseRecords cases, JsonMapper json) {
        this.cases = cases;
        this.json = json;
    }

    /** Published by {@code DecisionLog.attempt}, inside the transaction that records the diagnosis. */
    @EventListener
    void openOrJoin(DiagnosisRecorded recorded) {
        CompanyFacts facts = recorded.facts();
        Map<String, Salesperson> people = facts.salespeople().stream()
                .collect(Collectors.toMap(Salesperson::id, Function.identity(), (a, b) -> a));
        Set<String> done = new HashSet<>();
        for (DiagnosedRecommendation r : recorded.diagnosis().recommendations()) {
            CaseKind kind = CaseKind.of(r.action());
            if (kind == null || r.subjectType() != SubjectType.SALESPERSON || !done.add(kind + "/" + r.subjectId())) {
                continue;
            }
            Salesperson person = people.get(r.subjectId());
            String department = r.review() != null && r.review().departmentId() != null ? r.review().departmentId()
                    : person != null ? person.departmentId() : "";
            if (!recorded.mayOpenCasesIn(department)) {
                continue;
            }
            if (person != null && !UnverifiedCheck.forPerson(recorded.diagnosis().unverified(), person).isEmpty()) {
                continue;
            }
            String company = facts.company().id();
            long caseId = cases.caseToJoin(company, r.subjectId(), kind, facts.period())
                    .orElseGet(() -> cases.open(company, r.subjectId(), r.subjectName(), department, kind,
                            facts.period(), recorded.recordedAt(), recorded.diagnosisId()));
            cases.join(caseId, recorded.diagnosisId(), facts.period(), recorded.recordedAt(), json.writeValueAsString(r));
        }
    }
}
