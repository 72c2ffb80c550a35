package com.salesdiag.service.system;

import java.time.Duration;

/** A refusal that is not a failure: the service is busy, and the same request may succeed after {@link #retryAfter}. */
public interface RetryLater {

    /** Sent as {@code Retry-After}, in whole seconds. */
    Duration retryAfter();
}
