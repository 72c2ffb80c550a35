package com.salesdiag.service.console.rules;

import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.service.rules.RulesDesk;
import com.salesdiag.service.security.Caller;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;

/**
 * The thresholds and bands as a table an analyst edits: each row's meaning, allowed range and value. "Check" runs
 * the check and preview the API's {@code POST /rules/check} runs, on the folder as it would be with the values
 * entered; "Publish" saves them in the serving folder and runs the live reload, which keeps the old rules (and the
 * old file) when it refuses them.
 */
@Controller
@RequestMapping("/console/rules/thresholds")
class ThresholdPages {

    private final RulesDesk desk;
    private final MessageSource messages;

    ThresholdPages(RulesDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping
    String show(Locale locale, Model model) {
        RulesDesk.Source source = desk.source();
        return page(source, table(source), Map.of(), model, locale);
    }

    @PostMapping
    String submit(@RequestParam Map<String, String> form, @RequestParam(defaultValue = "check") String action,
                  Authentication user, Locale locale, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        model.addAttribute("note", form.get("note"));
        RulesDesk.Source source = desk.source();
        ThresholdTable table = table(source);
        if (!table.editable()) {
            return "redirect:/console/rules/thresholds";
        }
        if (!source.active().equals(form.get("base"))) {
            // rows are found by their line: a table changed meanwhile may have moved them
            model.addAttribute("stale", source.active());
            return page(source, table, Map.of(), model, locale);
        }
        ThresholdTable.Applied applied = table.apply(form);
        if (!applied.notNumbers().isEmpty()) {
            model.addAttribute("notNumbers", applied.notNumbers());
            model.addAttribute("notNumberNames", applied.notNumbers().stream()
                    .collect(java.util.stream.Collectors.toMap(f -> f, table::nameOf)));
            return page(source, table, applied.entered(), model, locale);
        }
        if (!"publish".equals(action)) {
            model.addAttribute("outcome", Outcome.checked(desk.check(applied.texts()), source.active(), null, locale));
            return page(source, table, applied.entered(), model, locale);
        }
        if (applied.texts().isEmpty()) {
            model.addAttribute("unchanged", true);
            return page(source, table, applied.entered(), model, locale);
        }
        PublishNote.Note note = PublishNote.read(form.get("note"), false, messages, locale, model, response)
                .orElse(null);
        if (note == null) {
            return page(source, table, applied.entered(), model, locale);
        }
        LoadAttempt attempt = desk.publish(applied.texts(), Caller.of(user).name(), note.text());
        if (attempt.accepted()) {
            Published.flash(redirect, attempt, source.active());
            return "redirect:/console/rules/thresholds";
        }
        model.addAttribute("outcome", Outcome.published(attempt, null, locale));
        return page(desk.source(), table, applied.entered(), model, locale);
    }

    private ThresholdTable table(RulesDesk.Source source) {
        return ThresholdTable.of(desk.catalogue(), desk::file, source.folder() && !source.unpublishedEdits());
    }

    private static String page(RulesDesk.Source source, ThresholdTable table, Map<String, String> entered, Model model,
                               Locale locale) {
        model.addAttribute("source", source);
        model.addAttribute("rows", table.rows());
        model.addAttribute("bands", table.bands());
        model.addAttribute("editable", table.editable());
        model.addAttribute("entered", entered);
        model.addAttribute("when", new Moments(locale));
        return "console/rules/thresholds";
    }
}
