package com.salesdiag.service.system;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A query parameter sent empty ({@code ?salesperson=}, as a form with an empty field sends it) is absent, as
 * {@code ?limit=} already falls back to its default, instead of a filter that matches nothing. Text parameters are
 * trimmed. Bodies are not bound this way and are left as sent.
 */
@ControllerAdvice
class BlankParametersAdvice {

    @InitBinder
    void blankIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
