package com.salesdiag.service.rules;

/** A reload was asked for, but the service serves the packaged rules, which nobody edits in place. */
class RulesNotEditableException extends RuntimeException {

    static final String CODE = "salesdiag.rules.notEditable";

    RulesNotEditableException() {
        super(CODE);
    }
}
