package com.salesdiag.service.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageResolverTests {

    private final LanguageResolver resolver = new LanguageResolver(List.of(Locale.ENGLISH, Locale.ITALIAN), Locale.ENGLISH);

    @ParameterizedTest(name = "?{0} with Accept-Language ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "lang=it          | en            | it",
            "lang=IT-it       | en            | it",
            "lang=it_IT       | en            | it",
            "x=1&lang=en&y    | it            | en",
            "lang=fr          | it            | it",
            "lang=fr          | -             | en",
            "lang=%ZZ         | it            | it",
            "lang=            | it            | it",
            "language=it      | en            | en",
            "-                | it-IT,it;q=0.9 | it",
            "-                | -             | en"})
    void theQueryWinsWhenItNamesASupportedLanguage(String query, String acceptLanguage, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/diagnoses");
        request.setQueryString(query);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo(expected);
    }
}
