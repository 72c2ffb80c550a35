package com.salesdiag.service.csv;

import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.springframework.http.HttpStatus;

import java.util.List;

/** CSV files that cannot be read as facts: 400 naming each file, row and column in error. */
public class UnreadableInputException extends ProblemException {

    public UnreadableInputException(List<InputError> errors) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.UNREADABLE_CSV, errors);
    }
}
