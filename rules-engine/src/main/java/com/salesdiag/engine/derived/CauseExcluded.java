package com.salesdiag.engine.derived;

import com.salesdiag.engine.facts.SubjectType;

import java.util.List;

/**
 * An upstream cause that was checked on real figures and found not to stand. HR reviews list these: a cause
 * with no data is not excluded, it is unknown.
 */
public record CauseExcluded(String stage, String code, SubjectType subjectType, String subjectId,
                            String rule, List<Evidence> evidence) {
}
