package com.salesdiag.service.console.cases;

import com.salesdiag.service.decisionlog.HistoryPage;
import com.salesdiag.service.reviews.CaseKind;
import com.salesdiag.service.reviews.CaseStatus;
import com.salesdiag.service.reviews.Decision;
import com.salesdiag.service.reviews.DecisionRequest;
import com.salesdiag.service.reviews.ReviewCaseSummary;
import com.salesdiag.service.reviews.ReviewCaseView;
import com.salesdiag.service.reviews.ReviewCases;
import com.salesdiag.service.security.Caller;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HR's review cases: the open ones (or of a status, kind, department), one case with its whole review record and
 * decisions, and a decision recorded under the API's rules ({@link ReviewCases}: the same checks, messages and
 * transaction). A case of another company is not found, as on the API.
 */
@Controller
@RequestMapping("/console/cases")
class CasePages {

    static final int PAGE_SIZE = 50;

    private final ReviewCases cases;
    private final MessageSource messages;

    CasePages(ReviewCases cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    /** The filter as the form sent it, to show it again. */
    record Filter(String status, String kind, String department) {
    }

    @GetMapping
    String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseKind kind,
                @RequestParam(required = false) String department, @RequestParam(defaultValue = "1") int page,
                Authentication user, Locale locale, Model model) {
        int current = Math.max(1, page);
        String asked = department == null || department.isBlank() ? null : department.strip();
        Set<CaseStatus> statuses = status == null ? Set.of() : EnumSet.of(status);
        HistoryPage<ReviewCaseSummary> found = cases.list(statuses, kind, asked, Caller.of(user), PAGE_SIZE,
                (current - 1) * PAGE_SIZE, locale);
        model.addAttribute("cases", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (int) ((found.total() + PAGE_SIZE - 1) / PAGE_SIZE)));
        model.addAttribute("filter", new Filter(status == null ? null : status.name(),
                kind == null ? null : kind.name(), asked));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("kinds", CaseKind.values());
        return "console/cases/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication user, Locale locale, Model model) {
        return page(id, user, locale, model, "console/cases/case");
    }

    /**
     * The case record as a document for the employee's file and for an access request (GDPR art. 15): everything
     * the case page shows, with what the logic is and who did what, laid out to print.
     */
    @GetMapping("/{id}/record")
    String record(@PathVariable long id, Authentication user, Locale locale, Model model) {
        model.addAttribute("printedAt", new When(locale).of(Instant.now()));
        model.addAttribute("printedBy", Caller.of(user).name());
        return page(id, user, locale, model, "console/cases/record");
    }

    /**
     * A refused decision shows the case again with the refusal in words, at the field it names, and the status the
     * API gives it (422: something missing; 409: the case closed meanwhile), so nothing reads as recorded.
     */
    @PostMapping("/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(required = false) Decision decision,
                  @RequestParam(required = false) String rationale,
                  @RequestParam(required = false) String employeeResponse, Authentication user, Locale locale,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            cases.decide(id, new DecisionRequest(decision, rationale, employeeResponse), Caller.of(user), locale);
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            List<InputError> errors = refused.code() == null ? refused.errors().stream()
                    .map(e -> inWords(e, locale)).toList()
                    : List.of(InputError.atField(null,
                    messages.getMessage(refused.code(), refused.args(), refused.code(), locale)));
            response.setStatus(refused.status().value());
            model.addAttribute("errors", errors);
            model.addAttribute("entered", new DecisionRequest(decision, rationale, employeeResponse));
            return page(id, user, locale, model, "console/cases/case");
        }
        redirect.addFlashAttribute("decided", decision.name());
        return "redirect:/console/cases/" + id;
    }

    /** The API names the decision's values by their codes (UPHELD ...); the page names its choices in words. */
    private InputError inWords(InputError error, Locale locale) {
        return "decision".equals(error.field())
                ? InputError.atField("decision", messages.getMessage("console.case.decisionMissing", null, locale))
                : error;
    }

    private String page(long id, Authentication user, Locale locale, Model model, String template) {
        ReviewCaseView view;
        try {
            view = cases.get(id, Caller.of(user).companyScope(), locale);
        } catch (ProblemException notFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("reviewCase", view);
        var latest = view.diagnoses().isEmpty() ? null
                : view.diagnoses().get(view.diagnoses().size() - 1).recommendation();
        model.addAttribute("latest", latest);
        model.addAttribute("attainment", latest == null || latest.review() == null ? null
                : AttainmentChart.of(latest.review().periods()));
        model.addAttribute("when", new When(locale));
        model.addAttribute("decisions", Decision.values());
        Map<Decision, String> follows = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            follows.put(d, cases.consequence(view.summary().kind(), d, locale));
        }
        model.addAttribute("follows", follows);
        return template;
    }

    /** Instants as the reader writes dates and times. */
    record When(Locale locale) {
        public String of(Instant instant) {
            return instant == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
        }
    }
}
