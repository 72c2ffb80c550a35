package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.ExpectationChange;
import com.salesdiag.engine.rules.ScenarioChange;
import com.salesdiag.engine.rules.LoadAttempt;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules endpoints answer, without the server's paths: the engine names folders and scenario files by their
 * absolute path (the checker reads folders), which tells a caller how the server is laid out. An absolute path in
 * any text of a report is shown relative to the folder that holds the rules folder ({@code ladder/3-delivery.drl},
 * {@code scenarios/delivery.json}); the packaged scenarios, unpacked in a temporary folder, as the product keeps them
 * ({@code test-data/scenarios/30-....json}); any other by its last two names. Rule files are already named relative
 * to the rules folder.
 */
final class ServerPaths {

    /** An absolute Unix path: a slash not inside a word, a URL or another path, then names separated by slashes. */
    private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\w.:/\\\\-])/[^\\s/:'\",;()\\[\\]{}]+(?:/[^\\s/:'\",;()\\[\\]{}]+)*/?");

    private final String base;

    ServerPaths(RulesProperties properties) {
        Path parent = properties.editable() ? properties.folder().toAbsolutePath().normalize().getParent() : null;
        this.base = parent == null || parent.getParent() == null ? null : parent.toString() + "/";
    }

    /** The rules folder as a caller may see it: its own name. */
    String folderName(RulesProperties properties) {
        Path name = properties.folder().toAbsolutePath().normalize().getFileName();
        return name == null ? "/" : name.toString();
    }

    String shown(String text) {
        if (text == null || text.indexOf('/') < 0) {
            return text;
        }
        Matcher paths = ABSOLUTE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (paths.find()) {
            paths.appendReplacement(out, Matcher.quoteReplacement(relative(paths.group())));
        }
        paths.appendTail(out);
        return out.toString();
    }

    private String relative(String path) {
        // First: the packaged suite unpacks beside the rules folder when both are in the temporary folder.
        String packaged = PackagedScenarios.shown(path);
        if (packaged != null) {
            return packaged;
        }
        if (base != null && path.startsWith(base) && path.length() > base.length()) {
            return path.substring(base.length());
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int last = trimmed.lastIndexOf('/');
        int before = last > 0 ? trimmed.lastIndexOf('/', last - 1) : -1;
        return trimmed.substring(before + 1);
    }

    CheckProblem shown(CheckProblem problem) {
        return new CheckProblem(problem.kind(), shown(problem.file()), problem.line(), shown(problem.scenario()),
                shown(problem.message()), problem.phrase() == null ? null : problem.phrase().withTexts(this::shown));
    }

    List<CheckProblem> shown(List<CheckProblem> problems) {
        return problems.stream().map(this::shown).toList();
    }

    CheckReport shown(CheckReport report) {
        return new CheckReport(report.version(), report.passed(), report.scenariosRun(),
                report.scenarioFolders().stream().map(this::shown).toList(), shown(report.problems()),
                report.changes().stream().map(change -> new ScenarioChange(shown(change.scenario()),
                        shown(change.file()), change.added(), change.removed())).toList(),
                report.expectationChanges().stream().map(change -> new ExpectationChange(shown(change.scenario()),
                        shown(change.file()), change.expectation(), change.change(), shown(change.why()))).toList());
    }

    LoadAttempt shown(LoadAttempt attempt) {
        return new LoadAttempt(attempt.sequence(), attempt.version(), attempt.at(), attempt.who(), attempt.outcome(),
                attempt.activeVersion(), attempt.scenariosRun(), attempt.problemCount(), shown(attempt.problems()));
    }
}
