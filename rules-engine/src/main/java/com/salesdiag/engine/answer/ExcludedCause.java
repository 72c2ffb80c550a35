package com.salesdiag.engine.answer;

import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.facts.SubjectType;

import java.util.List;
import java.util.Map;

/**
 * An upstream cause checked on real figures and found not to stand, as an HR reviewer reads it: the subject it was
 * checked for by name, and a sentence per language saying what was checked against what limit (the rule's
 * {@code @en} and {@code @it}).
 *
 * @param explanation per language; a language is absent when the rule has no sentence in it (an analyst's rule
 *                    written before exclusions had sentences), and the whole map is null in records made before
 */
public record ExcludedCause(String stage, String code, SubjectType subjectType, String subjectId, String subjectName,
                            String rule, List<Evidence> evidence, Map<String, String> explanation) {
}
