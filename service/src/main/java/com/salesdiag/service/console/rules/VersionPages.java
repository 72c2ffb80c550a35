package com.salesdiag.service.console.rules;

import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.service.rules.RulesDesk;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who published what and when (the rules log, as {@code GET /api/v1/rules/versions}: every load, accepted or
 * refused, newest first), and the rule files of any version that served, as they were loaded.
 */
@Controller
@RequestMapping("/console/rules/versions")
class VersionPages {

    static final int PAGE_SIZE = 50;
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{6,64}");

    private final RulesDesk desk;

    VersionPages(RulesDesk desk) {
        this.desk = desk;
    }

    /** A file of a version: its path and size. */
    record FileEntry(String path, int bytes) {
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        int current = Math.max(1, Math.min(page, 100_000));
        List<LoadAttempt> found = desk.history(PAGE_SIZE + 1, (current - 1) * PAGE_SIZE);
        model.addAttribute("attempts", found.subList(0, Math.min(PAGE_SIZE, found.size())));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("source", desk.source());
        model.addAttribute("when", new Moments(locale));
        return "console/rules/versions";
    }

    @GetMapping("/{version}")
    String version(@PathVariable String version, Model model) {
        List<RuleFile> files = files(version);
        model.addAttribute("version", version);
        model.addAttribute("files", files.stream().map(f -> new FileEntry(f.path(), f.content().length)).toList());
        model.addAttribute("source", desk.source());
        return "console/rules/version";
    }

    @GetMapping("/{version}/file")
    String file(@PathVariable String version, @RequestParam String path, Model model) {
        RuleFile file = files(version).stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("version", version);
        model.addAttribute("path", path);
        model.addAttribute("text", file.text());
        return "console/rules/version-file";
    }

    private List<RuleFile> files(String version) {
        if (!VERSION.matcher(version).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return desk.versionFiles(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
