package com.salesdiag.service.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;
import java.util.Map;

/**
 * The page of an error met before any handler (the error dispatch to /error), for a browser: the console's error
 * page instead of Spring's "Whitelabel" page. An upload over the limit is refused while the security filters read
 * the form's CSRF token, so it ends here. Clients that do not ask for HTML get the API's answer as before.
 */
@Component
class ConsoleErrorViews implements ErrorViewResolver {

    private final ConsoleErrorPages pages;
    private final LocaleResolver locales;

    ConsoleErrorViews(ConsoleErrorPages pages, LocaleResolver locales) {
        this.pages = pages;
        this.locales = locales;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return pages.page(status.value(), request, ConsoleErrorPages.sessionUser(request), locale(request));
    }

    /** The language the console remembered (its cookie), else the one the request asks for. */
    private Locale locale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (ConsoleLanguage.COOKIE.equals(cookie.getName())
                        && (cookie.getValue().equals("en") || cookie.getValue().equals("it"))) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return locales.resolveLocale(request);
    }
}
