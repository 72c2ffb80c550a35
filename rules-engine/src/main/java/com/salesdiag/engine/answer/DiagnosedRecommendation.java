package com.salesdiag.engine.answer;

import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.facts.SubjectType;

import java.util.List;
import java.util.Map;

/**
 * A recommended action, explained like a finding. Personal coaching and HR dismissal reviews carry the
 * {@link ReviewRecord} an HR partner needs; every other action has {@code review == null}.
 *
 * @param incentive for RECOGNIZE: CASH_BONUS, TIME_OFF, TRIP or BIGGER_OFFICE; empty when none
 */
public record DiagnosedRecommendation(String action, int priority, SubjectType subjectType, String subjectId,
                                      String subjectName, String owner, String incentive, List<String> basedOn,
                                      List<String> rules, List<Evidence> evidence, Map<String, String> explanation,
                                      ReviewRecord review) {
}
