package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.ProblemException;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What went wrong with the facts a manager sent, as the API would have said it (the same validation, CSV reading
 * and messages), listed for the page: each problem at its file, row and column, or field.
 */
final class InputProblems {

    private InputProblems() {
    }

    /**
     * The problems an exception of the diagnosis stands for; empty when it is not a refusal. Every refusal is a
     * {@link ProblemException} (input, limits, the decision log unavailable): its errors, or its one sentence.
     */
    static Optional<List<InputError>> of(RuntimeException e, MessageSource messages, Locale locale) {
        if (!(e instanceof ProblemException problem)) {
            return Optional.empty();
        }
        if (problem.code() == null) {
            return Optional.of(problem.errors());
        }
        return Optional.of(List.of(InputError.atField(null,
                messages.getMessage(problem.code(), problem.args(), problem.code(), locale))));
    }

    /** A JSON file that is not the facts' JSON: where the reader stopped, and why. */
    static InputError json(String file, JacksonException e, MessageSource messages, Locale locale) {
        TokenStreamLocation at = e.getLocation();
        String path = e.getPath().isEmpty() ? "" : e.getPathReference();
        String message = messages.getMessage("console.upload.badJson", new Object[]{
                at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path}, locale);
        return InputError.inFile(file, at == null ? null : at.getLineNr(), null, message);
    }
}
