package com.salesdiag.service.decisionlog;

import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.springframework.http.HttpStatus;

/** Every answer must be on record: when it cannot be written, the caller gets 503 and no diagnosis. */
public class DiagnosisNotRecordedException extends ProblemException {

    public DiagnosisNotRecordedException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.NOT_RECORDED, "salesdiag.problem.not-recorded.detail", cause);
    }
}
