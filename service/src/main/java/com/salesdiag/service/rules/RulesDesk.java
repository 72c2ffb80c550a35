package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RulesetCatalogue;
import com.salesdiag.engine.rules.RulesetInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

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
    /** One publish at a time from the pages: two analysts' saves and restores must not interleave. */
    private final ReentrantLock publishing = new ReentrantLock(true);

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
        publishing.lock();
        try {
            return reload(who);
        } finally {
            publishing.unlock();
        }
    }

    /**
     * Saves {@code edits} (path to text) in the serving folder and runs the live reload; when it is refused, puts
     * back what the folder held, so that nothing changed. Paths must be the folder's rule files, or new ones in it.
     */
    public LoadAttempt publish(Map<String, String> edits, String who) {
        requireEditable();
        publishing.lock();
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
                attempt = reload(who);
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
        } finally {
            publishing.unlock();
        }
    }

    /** Load attempts from the rules log, newest first (as {@code GET /api/v1/rules/versions}). */
    public List<LoadAttempt> history(int limit, int offset) {
        return rulesLog.history(limit, offset).stream().map(paths::shown).toList();
    }

    /** The rule files of a version that served (as {@code GET /api/v1/rules/versions/{version}/files}). */
    public Optional<List<RuleFile>> versionFiles(String version) {
        return rulesLog.files(version);
    }

    /** Published as the API publishes (RulesPublisher): every instance on the database follows it, not this one only. */
    private LoadAttempt reload(String who) {
        return paths.shown(publisher.publish(who, null).attempt());
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
