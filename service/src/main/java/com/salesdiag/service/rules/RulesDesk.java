package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RulesetCatalogue;
import com.salesdiag.engine.rules.RulesetInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The analysts' loop for the console's pages: the same checks, reloads, rules log and catalogue as
 * {@code /api/v1/rules}, plus an edit made on a page. Such an edit is checked as the folder would be with it saved
 * ({@link LiveRuleset#preview(Path, List)}), and published by saving it in the serving folder and running the live
 * reload; when the reload refuses it, the files are put back as they were, so a refused publish changes nothing:
 * not the rules serving, not the folder a restart would serve.
 */
@Service
public class RulesDesk {

    private static final Logger log = LoggerFactory.getLogger(RulesDesk.class);

    private final LiveRuleset live;
    private final RulesProperties properties;
    private final RulesLog rulesLog;
    private final RulesPublisher publisher;
    private final ServerPaths paths;

    RulesDesk(LiveRuleset live, RulesProperties properties, RulesLog rulesLog, RulesPublisher publisher) {
        this.publisher = publisher;
        this.live = live;
        this.properties = properties;
        this.rulesLog = rulesLog;
        this.paths = new ServerPaths(properties);
    }

    /**
     * Where the serving rules come from and which serve.
     *
     * @param folder        true when a rules folder serves (editable); false for the rules packaged with the service
     * @param folderName    the folder's own name, as the API shows it (never the server's path); null when packaged
     * @param folderVersion the version the folder's files have now; differs from {@code active} when the folder holds
     *                      edits not yet published; null when packaged or unreadable
     */
    public record Source(boolean folder, String folderName, String active, Instant loadedAt, int rules,
                         int thresholds, String folderVersion) {

        public boolean unpublishedEdits() {
            return folderVersion != null && !folderVersion.equals(active);
        }
    }

    public Source source() {
        RulesetInfo serving = live.serving();
        if (!properties.editable()) {
            return new Source(false, null, serving.version(), serving.loadedAt(), serving.rules(),
                    serving.thresholds(), null);
        }
        String onDisk;
        try {
            onDisk = LiveRuleset.versionOf(properties.folder());
        } catch (RuntimeException unreadable) {
            onDisk = null;
        }
        return new Source(true, paths.folderName(properties), serving.version(), serving.loadedAt(), serving.rules(),
                serving.thresholds(), onDisk);
    }

    public RulesetCatalogue catalogue() {
        return live.catalogue();
    }

    /** The rule files an edit starts from: the serving folder's as they are now, or the packaged ones serving. */
    public List<RuleFile> files() {
        return properties.editable() ? LiveRuleset.filesOf(properties.folder()) : live.serving().files();
    }

    public Optional<RuleFile> file(String path) {
        return files().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** What {@code POST /api/v1/rules/check} runs: the folder as it is (or the packaged rules), with its preview. */
    public CheckReport check() {
        return paths.shown(properties.editable() ? live.preview(properties.folder()) : live.checkPackaged());
    }

    /** The serving folder as it would be with {@code edits} saved (path to text), checked and previewed; nothing written. */
    public CheckReport check(Map<String, String> edits) {
        requireEditable();
        return paths.shown(live.preview(properties.folder(), ruleFiles(edits)));
    }

    /** What {@code POST /api/v1/rules/reload} runs: the folder as it is, served only if every check passes. */
    public LoadAttempt publish(String who) {
        requireEditable();
        return reload(who, null);
    }

    /**
     * Saves {@code edits} (path to text) in the serving folder and runs the live reload; when it is refused, puts
     * back what the folder held, so that nothing changed. Paths must be the folder's rule files, or new ones in it.
     */
    public LoadAttempt publish(Map<String, String> edits, String who) {
        return publish(edits, who, null);
    }

    /** As {@link #publish(Map, String)}, with why (kept with the publication; null: none given). */
    public LoadAttempt publish(Map<String, String> edits, String who, String note) {
        requireEditable();
        // Under the publisher's lock from the first write: a restore writing the folder never interleaves with it.
        return publisher.exclusively(() -> saveAndReload(edits, who, note));
    }

    private LoadAttempt saveAndReload(Map<String, String> edits, String who, String note) {
        try {
            Map<Path, byte[]> before = new LinkedHashMap<>();
            for (RuleFile edit : ruleFiles(edits)) {
                Path target = inFolder(edit.path());
                before.put(target, Files.exists(target) ? Files.readAllBytes(target) : null);
            }
            LoadAttempt attempt;
            try {
                for (RuleFile edit : ruleFiles(edits)) {
                    write(inFolder(edit.path()), edit.content());
                }
                attempt = reload(who, note);
            } catch (RuntimeException | IOException failed) {
                putBack(before);
                throw failed;
            }
            if (!attempt.accepted()) {
                putBack(before);
            }
            return attempt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a restore did: the attempt (accepted or refused, with its problems), whether it was published to every
     * instance, and, when a rules folder serves here, whether the version's files were written into it.
     *
     * @param folderProblem when the files could not be written after the version served: the file and the failure
     */
    public record Restored(LoadAttempt attempt, boolean published, boolean folderWritten, String folderProblem) {
    }

    /**
     * {@code POST /api/v1/rules/versions/{version}/restore}: the version checked as a reload is, served and published
     * if it passes, and written into the serving folder. A folder that cannot be written refuses it first
     * ({@link RulesFolderNotWrittenException}); a version that never served is a {@code ProblemException} (404).
     */
    public Restored restore(String version, String who, String note) {
        RulesPublisher.Result result = publisher.restore(version, who, note);
        return new Restored(paths.shown(result.attempt()), result.published(),
                result.folder().state() == RulesPublisher.FolderWrite.State.WRITTEN, result.folder().reason());
    }

    /**
     * A note as the API takes it: stripped, blank as none; too long or holding a control character is refused as
     * the API refuses it (a {@code ProblemException}, 422, at the field {@code note}, in {@code locale}).
     */
    public static String note(String text, MessageSource messages, Locale locale) {
        return PublishRequest.noteOf(new PublishRequest(text), messages, locale);
    }

    /** A publication as the pages show it (as {@code GET /api/v1/rules/publications}), with the scenarios that held. */
    public record PublicationEntry(Instant at, String who, String action, String version, String replacedVersion,
                                   String note, Integer scenariosRun) {
    }

    /** Publications, newest first; of {@code version} only unless it is null. */
    public List<PublicationEntry> publications(String version, int limit, int offset) {
        return rulesLog.publicationsWithResults(version, limit, offset).stream().map(r -> new PublicationEntry(
                r.publication().at(), r.publication().who(), r.publication().action().name(),
                r.publication().version(), r.publication().replacedVersion(), r.publication().note(),
                r.scenariosRun())).toList();
    }

    /** What changed from one version to another, as {@code GET /api/v1/rules/diff}; empty when either never served. */
    public Optional<RulesDiffView> diff(String from, String to) {
        Optional<List<RuleFile>> before = rulesLog.files(from);
        Optional<List<RuleFile>> after = rulesLog.files(to);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RulesDiffView.of(from, before.get(), to, after.get()));
    }

    /**
     * The version {@code version} is best compared with: the one its latest publication replaced, else the one that
     * first served before it.
     */
    public Optional<String> before(String version) {
        return publications(version, 1, 0).stream().map(PublicationEntry::replacedVersion)
                .filter(v -> v != null && !v.equals(version)).findFirst()
                .or(() -> rulesLog.servedBefore(version));
    }

    /** The versions that ever served, newest first, at most {@code limit}. */
    public List<String> versions(int limit) {
        return rulesLog.versions(limit);
    }

    /** A load attempt from the rules log and why it was asked for (a publish or restore with a note). */
    public record HistoryEntry(LoadAttempt attempt, String note) {
    }

    /** Load attempts with their notes, newest first (as {@code GET /api/v1/rules/versions}). */
    public List<HistoryEntry> historyWithNotes(int limit, int offset) {
        return rulesLog.historyWithNotes(limit, offset).stream()
                .map(e -> new HistoryEntry(paths.shown(e.attempt()), e.note())).toList();
    }

    /** The rule files of a version that served (as {@code GET /api/v1/rules/versions/{version}/files}). */
    public Optional<List<RuleFile>> versionFiles(String version) {
        return rulesLog.files(version);
    }

    /** Published as the API publishes (RulesPublisher): every instance on the database follows it, not this one only. */
    private LoadAttempt reload(String who, String note) {
        return paths.shown(publisher.publish(who, note).attempt());
    }

    private void requireEditable() {
        if (!properties.editable()) {
            throw new RulesNotEditableException();
        }
    }

    private static List<RuleFile> ruleFiles(Map<String, String> edits) {
        return edits.entrySet().stream()
                .map(e -> new RuleFile(e.getKey(), e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .toList();
    }

    /** A rule file's path inside the folder; anything that would leave it, or is not a rule file, is refused. */
    private Path inFolder(String path) {
        Path folder = properties.folder().toAbsolutePath().normalize();
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(folder) || target.equals(folder) || !new RuleFile(path, new byte[0]).isRuleFile()) {
            throw new IllegalArgumentException("Not a rule file of the rules folder: " + path);
        }
        return target;
    }

    /** Written beside, then moved over: a reader (a reload, the watcher) never sees half a file. */
    private static void write(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        // not a rule file's name, so that no check or watcher takes it for one
        Path partial = target.resolveSibling("." + target.getFileName() + ".publishing");
        Files.write(partial, content);
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void putBack(Map<Path, byte[]> before) {
        before.forEach((target, content) -> {
            try {
                if (content == null) {
                    Files.deleteIfExists(target);
                } else {
                    write(target, content);
                }
            } catch (IOException e) {
                // The rules serving are untouched; the folder now differs from them, which the rules page shows.
                log.atError().setCause(e).addKeyValue("file", target.getFileName().toString())
                        .log("A refused edit could not be taken back out of the rules folder");
            }
        });
    }
}
