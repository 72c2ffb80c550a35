package com.salesdiag.service.console.rules;

import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.service.rules.RulesDesk;
import com.salesdiag.service.rules.RulesDiffView;
import com.salesdiag.service.rules.RulesFolderNotWrittenException;
import com.salesdiag.service.security.Caller;
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

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who published what, when and why (the publications, as {@code GET /api/v1/rules/publications}, and every load,
 * accepted or refused, as {@code GET /api/v1/rules/versions}), and a version's page: its rule files as they were
 * loaded, its publications, what changed from the version before it or any other ({@code GET /api/v1/rules/diff}),
 * and "restore this version" ({@code POST /api/v1/rules/versions/{version}/restore}: the same checks as a publish,
 * recorded like one, and the serving folder brought to the version).
 */
@Controller
@RequestMapping("/console/rules/versions")
class VersionPages {

    static final int PAGE_SIZE = 50;
    /** Publications listed on the versions page and on a version's page; older ones are in the API. */
    static final int PUBLICATIONS_SHOWN = 20;
    /** Versions offered to compare with. */
    static final int VERSIONS_OFFERED = 200;
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{6,64}");

    private final RulesDesk desk;
    private final MessageSource messages;

    VersionPages(RulesDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    /** A file of a version: its path and size. */
    record FileEntry(String path, int bytes) {
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        int current = Math.max(1, Math.min(page, 100_000));
        List<RulesDesk.HistoryEntry> found = desk.historyWithNotes(PAGE_SIZE + 1, (current - 1) * PAGE_SIZE);
        model.addAttribute("attempts", found.subList(0, Math.min(PAGE_SIZE, found.size())));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("publications", current == 1 ? desk.publications(null, PUBLICATIONS_SHOWN, 0) : List.of());
        model.addAttribute("source", desk.source());
        model.addAttribute("when", new Moments(locale));
        return "console/rules/versions";
    }

    @GetMapping("/{version}")
    String version(@PathVariable String version, @RequestParam(required = false) String from, Locale locale,
                   Model model) {
        return page(version, from, locale, model);
    }

    /**
     * Restores the version with the analyst's note, through the publisher as the API does. A refusal (no note, a note
     * the API would refuse, a check that fails today, a folder that cannot be written) shows the version's page again
     * with why, at the status the API gives it, and nothing changed; a restore that passed goes back to the page
     * (after a redirect, so that reloading it does not restore again) saying what serves now.
     */
    @PostMapping("/{version}/restore")
    String restore(@PathVariable String version, @RequestParam(defaultValue = "") String note,
                   Authentication user, Locale locale, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        files(version);
        PublishNote.Note read = PublishNote.read(note, true, messages, locale, model, response).orElse(null);
        if (read == null) {
            return page(version, null, locale, model);
        }
        String why = read.text();
        String replaced = desk.source().active();
        RulesDesk.Restored restored;
        try {
            restored = desk.restore(version, Caller.of(user).name(), why);
        } catch (RulesFolderNotWrittenException unwritable) {
            response.setStatus(unwritable.status().value());
            model.addAttribute("restoreRefused",
                    messages.getMessage(unwritable.code(), unwritable.args(), unwritable.code(), locale));
            return page(version, null, locale, model);
        }
        LoadAttempt attempt = restored.attempt();
        if (!attempt.accepted()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("outcome", Outcome.restoreRefused(attempt, locale));
            return page(version, null, locale, model);
        }
        redirect.addFlashAttribute("restoredVersion", attempt.version());
        redirect.addFlashAttribute("replacedVersion", replaced);
        redirect.addFlashAttribute("scenariosHeld", attempt.scenariosRun());
        redirect.addFlashAttribute("restoredUnpublished", !restored.published());
        redirect.addFlashAttribute("folderWritten", restored.folderWritten());
        redirect.addFlashAttribute("folderProblem", restored.folderProblem());
        return "redirect:/console/rules/versions/" + attempt.version();
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

    private String page(String version, String from, Locale locale, Model model) {
        List<RuleFile> files = files(version);
        RulesDesk.Source source = desk.source();
        model.addAttribute("version", version);
        model.addAttribute("files", files.stream().map(f -> new FileEntry(f.path(), f.content().length)).toList());
        model.addAttribute("source", source);
        model.addAttribute("publications", desk.publications(version, PUBLICATIONS_SHOWN, 0));
        model.addAttribute("restorable", !version.equals(source.active()) || source.unpublishedEdits());
        model.addAttribute("when", new Moments(locale));
        List<String> others = desk.versions(VERSIONS_OFFERED).stream().filter(v -> !v.equals(version)).toList();
        model.addAttribute("others", others);
        String compared = from != null && VERSION.matcher(from).matches() ? from : desk.before(version).orElse(null);
        model.addAttribute("from", compared);
        if (compared != null) {
            RulesDiffView diff = desk.diff(compared, version).orElse(null);
            model.addAttribute("diff", diff);
            model.addAttribute("diffLines", diff == null ? List.of() : diff.files().stream()
                    .map(f -> DiffLines.of(f.diff())).toList());
        }
        return "console/rules/version";
    }

    private List<RuleFile> files(String version) {
        if (!VERSION.matcher(version).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return desk.versionFiles(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
