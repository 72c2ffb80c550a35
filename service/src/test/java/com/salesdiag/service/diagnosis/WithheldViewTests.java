package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.WithheldAction;
import com.salesdiag.engine.facts.SubjectType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An action the engine held back is told to the manager in their language, with the person and the causes. */
class WithheldViewTests {

    private static final WithheldAction HELD = new WithheldAction("HR_DISMISSAL_REVIEW", SubjectType.SALESPERSON,
            "chiara", "Chiara Galli", "Everyone with a result goes to HR", "UPSTREAM_CAUSE_STANDS",
            List.of("DELIVERY_DELAYS", "PRICE_NOT_COMPETITIVE"));

    @Test
    void explainedInEnglishAndItalian() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        WithheldView en = WithheldView.of(HELD, new Sentences(messages, Locale.ENGLISH));
        assertThat(en.explanation()).isEqualTo("The rule \"Everyone with a result goes to HR\" recommended a dismissal "
                + "review by HR for Chiara Galli, but causes upstream of the person stand (delivery delays, price not "
                + "competitive): the engine does not pass it on. Tell the analysts: the rule breaks the escalation ladder.");
        assertThat(en.basedOn()).containsExactly("DELIVERY_DELAYS", "PRICE_NOT_COMPETITIVE");

        WithheldView it = WithheldView.of(HELD, new Sentences(messages, Locale.ITALIAN));
        assertThat(it.explanation()).startsWith("La regola \"Everyone with a result goes to HR\" ha raccomandato una "
                + "revisione per il licenziamento da parte delle Risorse Umane per Chiara Galli")
                .contains("prezzo non competitivo");
    }
}
