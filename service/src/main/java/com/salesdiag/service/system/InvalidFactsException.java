package com.salesdiag.service.system;

import java.util.List;

/** Facts that parse but break the fact model's rules: answered 422 with every error found. */
public class InvalidFactsException extends RuntimeException {

    private final transient List<InputError> errors;

    public InvalidFactsException(List<InputError> errors) {
        super(errors.size() + " error(s) in the facts");
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
