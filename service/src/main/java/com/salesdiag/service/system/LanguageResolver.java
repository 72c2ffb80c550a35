package com.salesdiag.service.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The language of an answer: {@code ?lang=it} when the request names a supported one (a link that opens in Italian
 * whatever the browser says), else Accept-Language, else the configured default. Read from the query string itself
 * rather than the request's parameters, so that choosing a language never makes the server parse a form or
 * multipart body, nor refuse a malformed query before the controller can name the bad parameter.
 */
final class LanguageResolver extends AcceptHeaderLocaleResolver {

    static final String PARAMETER = "lang";

    LanguageResolver(List<Locale> supported, Locale defaultLocale) {
        setSupportedLocales(supported);
        setDefaultLocale(defaultLocale);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String asked = fromQuery(request.getQueryString());
        if (asked != null) {
            String language = Locale.forLanguageTag(asked.replace('_', '-')).getLanguage();
            for (Locale supported : getSupportedLocales()) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return super.resolveLocale(request);
    }

    private static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(PARAMETER)) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).strip();
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }
}
