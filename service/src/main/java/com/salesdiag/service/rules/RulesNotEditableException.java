package com.salesdiag.service.rules;

/** A reload was asked for, but the service serves the packaged rules, which nobody edits in place. */
class RulesNotEditableException extends RuntimeException {

    RulesNotEditableException() {
        super("The service serves the rules packaged with it. Set salesdiag.rules.folder (SALESDIAG_RULES_FOLDER) "
                + "to a rules folder to edit and reload them.");
    }
}
