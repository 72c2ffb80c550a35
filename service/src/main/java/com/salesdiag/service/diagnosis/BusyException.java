package com.salesdiag.service.diagnosis;

import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import com.salesdiag.service.system.RetryLater;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/** 503 busy: the diagnoses running left this one no turn, or no room in the heap, within the wait. */
class BusyException extends ProblemException implements RetryLater {

    private final Duration retryAfter;

    BusyException(Duration waited, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.BUSY, "salesdiag.problem.busy.detail", waited.toSeconds());
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
