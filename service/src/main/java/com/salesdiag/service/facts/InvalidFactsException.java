package com.salesdiag.service.facts;

import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.springframework.http.HttpStatus;

import java.util.List;

/** Facts that were read but are not valid: 422 naming each field in error. */
public class InvalidFactsException extends ProblemException {

    public InvalidFactsException(List<InputError> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_FACTS, errors);
    }
}
