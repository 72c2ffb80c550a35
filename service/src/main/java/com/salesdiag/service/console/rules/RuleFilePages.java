package com.salesdiag.service.console.rules;

import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RuleInfo;
import com.salesdiag.service.rules.RulesDesk;
import com.salesdiag.service.security.Caller;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One rule file: its rules with their metadata (stage, step, code, kind, owner, description, sentences), and its
 * text in an editor. "Check" previews the folder as it would be with the text saved; "Publish" saves it and runs the
 * live reload, and puts the old text back when the reload refuses it. Only the files of the rules that serve can be
 * opened: a path is never read from or written to the disk as given.
 */
@Controller
@RequestMapping("/console/rules/file")
class RuleFilePages {

    private final RulesDesk desk;
    private final MessageSource messages;

    RuleFilePages(RulesDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping
    String show(@RequestParam String path, Locale locale, Model model) {
        RuleFile file = desk.file(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(desk.source(), file, file.text(), locale, model);
    }

    @PostMapping
    String submit(@RequestParam String path, @RequestParam Map<String, String> form,
                  @RequestParam(defaultValue = "check") String action, Authentication user, Locale locale, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        // the text as typed: request parameters are otherwise trimmed (BlankParametersAdvice), which would take the
        // file's last line end away
        model.addAttribute("note", form.get("note"));
        String text = form.getOrDefault("text", "");
        RuleFile file = desk.file(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RulesDesk.Source source = desk.source();
        if (!editable(source, file)) {
            redirect.addAttribute("path", path);
            return "redirect:/console/rules/file?path={path}";
        }
        // A browser sends a text area's lines ending in CR LF: a file written with LF keeps LF.
        String edited = file.text().contains("\r\n") ? text : text.replace("\r\n", "\n");
        Outcome.EditedText shown = new Outcome.EditedText(path, edited);
        if (!"publish".equals(action)) {
            model.addAttribute("outcome", Outcome.checked(desk.check(Map.of(path, edited)), source.active(), shown, locale));
            return page(source, file, edited, locale, model);
        }
        if (!fingerprint(file.text()).equals(form.get("base"))) {
            // saved in the folder by someone else since this page was opened: publishing would undo their edit
            model.addAttribute("stale", true);
            return page(source, file, edited, locale, model);
        }
        PublishNote.Note note = PublishNote.read(form.get("note"), false, messages, locale, model, response)
                .orElse(null);
        if (note == null) {
            return page(source, file, edited, locale, model);
        }
        LoadAttempt attempt = desk.publish(Map.of(path, edited), Caller.of(user).name(), note.text());
        redirect.addAttribute("path", path);
        if (attempt.accepted()) {
            Published.flash(redirect, attempt, source.active());
            return "redirect:/console/rules/file?path={path}";
        }
        model.addAttribute("outcome", Outcome.published(attempt, shown, locale));
        return page(desk.source(), file, edited, locale, model);
    }

    /** What the file held when the page was made, to tell whether it changed since. */
    static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static boolean editable(RulesDesk.Source source, RuleFile file) {
        // a spreadsheet saved as xlsx or xls is binary: edited in a spreadsheet, not as text
        return source.folder() && (file.path().endsWith(".drl") || file.path().endsWith(".csv"));
    }

    private String page(RulesDesk.Source source, RuleFile file, String text, Locale locale, Model model) {
        List<RuleInfo> rules = desk.catalogue().rules().stream().filter(r -> file.path().equals(r.file())).toList();
        model.addAttribute("source", source);
        model.addAttribute("path", file.path());
        model.addAttribute("text", text);
        model.addAttribute("base", fingerprint(file.text()));
        model.addAttribute("rules", rules);
        model.addAttribute("editable", editable(source, file));
        model.addAttribute("binary", !(file.path().endsWith(".drl") || file.path().endsWith(".csv")));
        model.addAttribute("thresholdTable", desk.catalogue().thresholds().stream()
                .anyMatch(t -> t.file().equals(file.path())));
        model.addAttribute("when", new Moments(locale));
        return "console/rules/file";
    }
}
