package com.salesdiag.engine.answer;

import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.facts.SubjectType;

import java.util.List;
import java.util.Map;

/**
 * A finding with its explanation: the rules that produced it, the figures it rests on, and a sentence per
 * language ("en", "it").
 *
 * @param priority the ladder step: lower comes first (0 goals and context, 1 product … 8 HR, 9 what works)
 */
public record DiagnosedFinding(String code, String kind, int priority, SubjectType subjectType, String subjectId,
                               String subjectName, String owner, List<String> rules, List<Evidence> evidence,
                               Map<String, String> explanation) {
}
