package com.salesdiag.service.system;

import java.util.List;

/** Input that cannot be read as facts at all (a CSV cell that is not a number, an unknown file): 400. */
public class UnreadableInputException extends RuntimeException {

    private final transient List<InputError> errors;

    public UnreadableInputException(List<InputError> errors) {
        super(errors.size() + " error(s) reading the input");
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
