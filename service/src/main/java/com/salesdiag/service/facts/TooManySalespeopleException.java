package com.salesdiag.service.facts;

import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.springframework.http.HttpStatus;

/** More salespeople in one request than salesdiag.max-salespeople: 422 at the field {@code salespeople}. */
public class TooManySalespeopleException extends ProblemException {

    public TooManySalespeopleException(int count, int limit) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.TOO_MANY_SALESPEOPLE,
                "salesdiag.problem.tooManySalespeople", new Object[]{count, limit}, "salespeople");
    }
}
