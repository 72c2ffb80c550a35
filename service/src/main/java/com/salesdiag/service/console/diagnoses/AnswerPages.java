package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.console.ShownFigures;
import com.salesdiag.service.decisionlog.DiagnosisSummary;
import com.salesdiag.service.decisionlog.HistoryPage;
import com.salesdiag.service.decisionlog.RecordedDiagnoses;
import com.salesdiag.service.decisionlog.RecordedDiagnosis;
import com.salesdiag.service.diagnosis.ChangeView;
import com.salesdiag.service.diagnosis.DiagnosisResponse;
import com.salesdiag.service.diagnosis.FindingView;
import com.salesdiag.service.diagnosis.RecommendationView;
import com.salesdiag.service.diagnosis.ScopeChange;
import com.salesdiag.service.diagnosis.SalespersonStatus;
import com.salesdiag.service.diagnosis.ShortfallAnswer;
import com.salesdiag.service.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A recorded diagnosis, read as {@code GET /api/v1/diagnoses/{id}} reads it ({@link RecordedDiagnoses}: a manager
 * sees only their departments, and no company-wide answer): the answer page, one salesperson's page, and the
 * history of the diagnoses the caller may see. A diagnosis the caller may not see is not found, as on the API.
 */
@Controller
@RequestMapping("/console/diagnoses")
class AnswerPages {

    static final int PAGE_SIZE = 50;
    static final int HISTORY_PAGE_SIZE = 20;

    private final RecordedDiagnoses recorded;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ShownFigures shown;

    AnswerPages(RecordedDiagnoses recorded, JsonMapper json, MessageSource messages, ShownFigures shown) {
        this.recorded = recorded;
        this.json = json;
        this.messages = messages;
        this.shown = shown;
    }

    /** The record's facts about who asked, when and with which rules, for the page's heading. */
    record About(long id, String recordedAt, String requestedBy, String companyName, String period,
                 String rulesVersion, String language, List<String> restrictedTo) {
    }

    /** One page of the salespeople table, after the filter and the order. */
    record People(List<SalespersonStatus> rows, int page, int pages, int total, String status, String sort) {
    }

    /** A department's (or the company's) answer and its chart. */
    record Scope(ShortfallAnswer answer, ShortfallChart chart) {
    }

    /** A scope's change in one sentence, and each comparison with its bridge (null when it could not be made). */
    record ChangeScope(ScopeChange change, List<Comparison> comparisons) {
    }

    /** The change against one earlier period as answered, its bridge, and its steps as the page writes them. */
    record Comparison(ChangeView view, BridgeChart bridge, List<BridgeRow> rows) {
    }

    @GetMapping
    String history(@RequestParam(defaultValue = "1") int page, Authentication user, Locale locale, Model model) {
        int current = Math.max(1, page);
        HistoryPage<DiagnosisSummary> found = recorded.list(Caller.of(user), HISTORY_PAGE_SIZE,
                (current - 1) * HISTORY_PAGE_SIZE);
        DateTimeFormatter when = when(locale);
        model.addAttribute("items", found.items().stream().map(s -> new About(s.id(), when.format(s.recordedAt()),
                s.requestedBy(), s.companyName(), s.period(), s.rulesVersion(), s.language(), s.departments())).toList());
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (int) ((found.total() + HISTORY_PAGE_SIZE - 1) / HISTORY_PAGE_SIZE)));
        model.addAttribute("total", found.total());
        return "console/diagnoses/history";
    }

    @GetMapping("/{id}")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
                  @RequestParam(required = false) SalespersonStatus.Status status,
                  @RequestParam(defaultValue = "status") String sort, Authentication user, Locale locale,
                  Model model) {
        RecordedDiagnosis record = recorded.findAnswer(id, Caller.of(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // the findings are each salesperson's page's: this page reads the rest (a third less for a large company)
        if (record.answer() instanceof ObjectNode whole) {
            whole.remove("findings");
        }
        DiagnosisResponse answer = json.treeToValue(record.answer(), DiagnosisResponse.class);
        String unexplained = messages.getMessage("console.answer.unexplained", null, locale);
        model.addAttribute("about", about(record, locale));
        model.addAttribute("answer", answer);
        ShortfallAnswer company = answer.whySalesFell().company();
        model.addAttribute("company", company == null ? null
                : new Scope(company, ShortfallChart.of("chart-company", company, unexplained)));
        model.addAttribute("departments", answer.whySalesFell().departments().stream()
                .map(d -> new Scope(d, ShortfallChart.of("chart-" + d.subjectId(), d, unexplained))).toList());
        // the company, then its departments: the scopes with a section of their own on this page
        model.addAttribute("changes", changes(answer, c -> "COMPANY".equals(c.subjectType())
                || "DEPARTMENT".equals(c.subjectType()), b -> BridgeRow.of(b, messages, locale, shown)).stream()
                .sorted(Comparator.comparing((ChangeScope c) -> !"COMPANY".equals(c.change().subjectType())))
                .toList());
        Map<String, String> names = new HashMap<>();
        answer.whySalesFell().departments().forEach(d -> names.put(d.subjectId(), d.subjectName()));
        model.addAttribute("departmentNames", names);
        model.addAttribute("people", people(answer.salespeople(), page, status, sort));
        model.addAttribute("statuses", SalespersonStatus.Status.values());
        return "console/diagnoses/answer";
    }

    @GetMapping("/{id}/salespeople/{person}")
    String salesperson(@PathVariable long id, @PathVariable String person, Authentication user, Locale locale,
                       Model model) {
        RecordedDiagnosis record = find(id, user);
        DiagnosisResponse answer = json.treeToValue(record.answer(), DiagnosisResponse.class);
        SalespersonStatus status = answer.salespeople().stream().filter(s -> s.id().equals(person)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<FindingView> findings = answer.findings().stream()
                .filter(f -> "SALESPERSON".equals(String.valueOf(f.subjectType())) && person.equals(f.subjectId()))
                .sorted(Comparator.comparingInt(FindingView::step)).toList();
        List<RecommendationView> recommendations = new ArrayList<>();
        answer.recommendationsByOwner().forEach(group -> group.recommendations().stream()
                .filter(r -> "SALESPERSON".equals(String.valueOf(r.subjectType())) && person.equals(r.subjectId()))
                .forEach(recommendations::add));
        model.addAttribute("about", about(record, locale));
        model.addAttribute("person", status);
        model.addAttribute("findings", findings);
        model.addAttribute("recommendations", recommendations);
        model.addAttribute("change", changes(answer, c -> "SALESPERSON".equals(c.subjectType())
                && person.equals(c.subjectId()), b -> BridgeRow.of(b, messages, locale, shown)).stream().findFirst()
                .orElse(null));
        return "console/diagnoses/salesperson";
    }

    /** The answer's changes of the scopes kept, each comparison with its bridge. */
    static List<ChangeScope> changes(DiagnosisResponse answer, Predicate<ScopeChange> kept,
                                     Function<BridgeChart, List<BridgeRow>> rows) {
        List<ScopeChange> all = answer.whySalesFell().changes() == null ? List.of() : answer.whySalesFell().changes();
        String period = answer.period();
        return all.stream().filter(kept).map(c -> new ChangeScope(c, c.against().stream().map(v -> {
            BridgeChart bridge = BridgeChart.of("bridge-" + c.subjectType().toLowerCase(Locale.ROOT) + "-"
                    + c.subjectId() + "-" + v.against().toLowerCase(Locale.ROOT), v, period);
            return new Comparison(v, bridge, rows.apply(bridge));
        }).toList())).toList();
    }

    private RecordedDiagnosis find(long id, Authentication user) {
        return recorded.find(id, Caller.of(user)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static About about(RecordedDiagnosis record, Locale locale) {
        return new About(record.id(), when(locale).format(record.recordedAt()), record.requestedBy(),
                record.companyName(), record.period(), record.rulesVersion(), record.language(), record.restrictedTo());
    }

    static People people(List<SalespersonStatus> all, int page, SalespersonStatus.Status status, String sort) {
        Comparator<SalespersonStatus> order = switch (sort) {
            case "name" -> Comparator.comparing(SalespersonStatus::name, Comparator.nullsLast(String::compareTo));
            case "attainment" -> Comparator.comparing(SalespersonStatus::attainment,
                    Comparator.nullsLast(Double::compareTo));
            default -> Comparator.comparing(SalespersonStatus::status);
        };
        List<SalespersonStatus> kept = all.stream().filter(s -> status == null || s.status() == status)
                .sorted(order.thenComparing(SalespersonStatus::id)).toList();
        int pages = Math.max(1, (kept.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<SalespersonStatus> rows = kept.subList((current - 1) * PAGE_SIZE,
                Math.min(kept.size(), current * PAGE_SIZE));
        return new People(rows, current, pages, kept.size(), status == null ? null : status.name(),
                Objects.requireNonNullElse(sort, "status"));
    }

    private static DateTimeFormatter when(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }
}
