package com.salesdiag.service.rules;

import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.ProblemException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The body of a publish (reload) or restore: why. Optional, as is the body itself. */
@Schema(name = "PublishRequest", description = "Why the rules change: kept with the publication in the rules log")
record PublishRequest(@Schema(description = "Why, in a few words; at most 2,000 characters, tabs and line breaks "
        + "allowed", example = "On-time tolerance 0.95 -> 0.92: the carrier's new contract") String note) {

    static final URI INVALID_NOTE = URI.create("urn:salesdiag:problem:invalid-note");
    static final int MAX_NOTE = 2_000;

    /** The note of {@code request}, blank as none; a note too long or with control characters is refused (422). */
    static String noteOf(PublishRequest request, MessageSource messages, Locale locale) {
        String note = request == null || request.note() == null || request.note().isBlank() ? null
                : request.note().strip();
        if (note == null) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw invalid(messages.getMessage("salesdiag.case.tooLong", new Object[]{MAX_NOTE}, locale));
        }
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            // PostgreSQL cannot store a NUL, and no other control character belongs in a sentence.
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                throw invalid(messages.getMessage("salesdiag.facts.controlCharacterInText",
                        new Object[]{String.format("U+%04X", (int) c), note.codePointCount(0, i) + 1}, locale));
            }
        }
        return note;
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_NOTE,
                List.of(InputError.atField("note", message)));
    }
}
