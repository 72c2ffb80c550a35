package com.salesdiag.service.console.rules;

import com.salesdiag.service.rules.RulesDesk;
import com.salesdiag.service.system.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import java.util.Locale;

/**
 * Why a publish from the pages is made (optional, as on the API's reload) or a restore (required): read as the API
 * reads it, so that a note the API would refuse (too long, a control character) is refused here too, at its field,
 * in the page's language, before anything is saved or published.
 */
final class PublishNote {

    private PublishNote() {
    }

    /**
     * The note as it will be kept (null: none); when it is refused, or missing while {@code required}, the page's
     * model gets {@code noteError}, the response the status the API would give (422), and the result is empty.
     */
    static java.util.Optional<Note> read(String text, boolean required, MessageSource messages, Locale locale,
                                         Model model, HttpServletResponse response) {
        model.addAttribute("note", text);
        String error;
        try {
            String note = RulesDesk.note(text, messages, locale);
            if (note != null || !required) {
                return java.util.Optional.of(new Note(note));
            }
            error = messages.getMessage("console.rules.restore.noteRequired", null, locale);
        } catch (ProblemException refused) {
            error = refused.errors().isEmpty() ? messages.getMessage(refused.code(), refused.args(), locale)
                    : refused.errors().get(0).message();
        }
        response.setStatus(422);
        model.addAttribute("noteError", error);
        return java.util.Optional.empty();
    }

    /** A note accepted; {@code text} null when none was given. */
    record Note(String text) {
    }
}
