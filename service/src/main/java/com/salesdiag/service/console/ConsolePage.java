package com.salesdiag.service.console;

import com.salesdiag.service.security.Caller;
import com.salesdiag.service.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Locale;

/**
 * What the layout of every console page needs: who is signed in and what they may open, the page's language and
 * the same page in the other language (the switch).
 */
@ControllerAdvice(basePackageClasses = ConsolePage.class)
class ConsolePage {

    /** The signed-in user's menu: which journeys they see. */
    record Menu(String name, boolean signedIn, boolean diagnoses, boolean newDiagnosis, boolean cases,
                boolean decides, boolean rules) {
    }

    /** The same, for a page rendered outside a handler (an error's). */
    static void fill(org.springframework.ui.Model model, Authentication authentication, Locale locale,
                     HttpServletRequest request) {
        ConsolePage page = new ConsolePage();
        model.addAttribute("menu", page.menu(authentication));
        model.addAttribute("lang", page.language(locale));
        model.addAttribute("otherLanguageUrl", page.otherLanguage(locale, request));
    }

    @ModelAttribute("menu")
    Menu menu(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        boolean signedIn = authentication != null && authentication.isAuthenticated() && !caller.roles().isEmpty();
        return new Menu(caller.name(), signedIn,
                caller.has(Role.MANAGER) || caller.has(Role.HR) || caller.has(Role.ADMIN),
                caller.has(Role.MANAGER) || caller.has(Role.ADMIN),
                caller.has(Role.HR) || caller.has(Role.ADMIN), caller.has(Role.HR),
                caller.has(Role.ANALYST) || caller.has(Role.ADMIN));
    }

    @ModelAttribute("lang")
    String language(Locale locale) {
        return locale.getLanguage().equals("it") ? "it" : "en";
    }

    @ModelAttribute("otherLanguageUrl")
    String otherLanguage(Locale locale, HttpServletRequest request) {
        String other = locale.getLanguage().equals("it") ? "en" : "it";
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
                .replaceQueryParam("error").replaceQueryParam("signedOut").build().toUriString();
    }
}
