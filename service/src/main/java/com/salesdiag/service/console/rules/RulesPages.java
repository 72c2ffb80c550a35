package com.salesdiag.service.console.rules;

import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RuleInfo;
import com.salesdiag.service.rules.RulesDesk;
import com.salesdiag.service.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The analyst's start page: where the serving rules come from (the rules folder, or the packaged rules and how to
 * serve a folder instead), which version serves, the rule files with what each holds, and the folder as it is
 * checked or published exactly as {@code POST /api/v1/rules/check} and {@code /reload} do.
 */
@Controller
@RequestMapping("/console/rules")
class RulesPages {

    private final RulesDesk desk;

    RulesPages(RulesDesk desk) {
        this.desk = desk;
    }

    /** A rule file and what its rules say about themselves. */
    record FileEntry(String path, String stages, String steps, int rules, boolean table) {
    }

    @GetMapping
    String overview(Locale locale, Model model) {
        return page(desk.source(), locale, model);
    }

    @PostMapping("/check")
    String check(Locale locale, Model model) {
        RulesDesk.Source source = desk.source();
        model.addAttribute("outcome", Outcome.checked(desk.check(), source.active(), null, locale));
        return page(source, locale, model);
    }

    @PostMapping("/publish")
    String publish(Authentication user, Locale locale, Model model, RedirectAttributes redirect) {
        RulesDesk.Source source = desk.source();
        if (!source.folder()) {
            return "redirect:/console/rules";
        }
        LoadAttempt attempt = desk.publish(Caller.of(user).name());
        if (attempt.accepted()) {
            Published.flash(redirect, attempt, source.active());
            return "redirect:/console/rules";
        }
        model.addAttribute("outcome", Outcome.published(attempt, null, locale));
        return page(desk.source(), locale, model);
    }

    private String page(RulesDesk.Source source, Locale locale, Model model) {
        List<RuleInfo> rules = desk.catalogue().rules();
        model.addAttribute("source", source);
        model.addAttribute("files", desk.files().stream().map(RuleFile::path).map(path -> entry(path, rules)).toList());
        model.addAttribute("when", new Moments(locale));
        return "console/rules/overview";
    }

    private static FileEntry entry(String path, List<RuleInfo> all) {
        List<RuleInfo> rules = all.stream().filter(r -> path.equals(r.file())).toList();
        return new FileEntry(path, String.join(", ", new TreeSet<>(rules.stream().map(RuleInfo::stage).toList())),
                String.join(", ", new TreeSet<>(rules.stream().map(r -> String.valueOf(r.step())).toList())),
                rules.size(), !path.endsWith(".drl"));
    }
}
