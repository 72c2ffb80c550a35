package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.rules.Phrase;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Changes what serves, on this instance and, through the rules log, on every instance on the same database. A
 * reload of the rules folder or a restore of a version that served before is checked here as a reload always was
 * (compile, thresholds, rule text, scenarios); only when it passes does it serve here and become the latest
 * publication, which the other instances follow ({@link PublishedRulesFollower}). One change at a time on an
 * instance: a publication and the following of another one never interleave.
 */
@Component
class RulesPublisher {

    private static final Logger log = LoggerFactory.getLogger(RulesPublisher.class);

    private final ReentrantLock changes = new ReentrantLock(true);
    private final LiveRuleset live;
    private final RulesProperties properties;
    private final RulesLog rulesLog;
    private final RulesMetricsRecorder metrics;
    private final InstanceName instance;

    RulesPublisher(LiveRuleset live, RulesProperties properties, RulesLog rulesLog, RulesMetricsRecorder metrics,
                   InstanceName instance) {
        this.live = live;
        this.properties = properties;
        this.rulesLog = rulesLog;
        this.metrics = metrics;
        this.instance = instance;
    }

    /**
     * What became of a publish or restore: the load attempt (as the rules log numbers it) and whether the publication
     * was written; an attempt accepted but not written serves on this instance only, until it next follows the log.
     */
    record Result(LoadAttempt attempt, boolean published, FolderWrite folder) {

        Result(LoadAttempt attempt, boolean published) {
            this(attempt, published, FolderWrite.NONE);
        }

        Result withFolder(FolderWrite written) {
            return new Result(attempt, published, written);
        }
    }

    /**
     * What a restore did to the serving rules folder: nothing (none serves here, or the restore was refused), wrote
     * the version's files in it, or could not (then {@code reason}: the file and the kind of failure).
     */
    record FolderWrite(State state, String reason) {

        enum State { NONE, WRITTEN, NOT_WRITTEN }

        static final FolderWrite NONE = new FolderWrite(State.NONE, null);
        static final FolderWrite WRITTEN = new FolderWrite(State.WRITTEN, null);

        static FolderWrite failed(String reason) {
            return new FolderWrite(State.NOT_WRITTEN, reason);
        }
    }

    /** The rules folder, checked with the scenarios kept with it, served and published if it passes. */
    Result publish(String who, String note) {
        return exclusively(() -> {
            Publishing intent = Publishing.of(Publication.Action.PUBLISH, note,
                    StoredRules.scenariosKeptWith(properties.folder()), live.activeVersion(), instance.get());
            return result(rulesLog.publishing(intent, () -> live.reload(properties.folder(), who)), intent);
        });
    }

    /**
     * A version that served before, checked again, with the scenarios it was last published with (a version never
     * published: with those this instance checks a reload with), served and published if it passes.
     * <p>
     * When a rules folder serves here, a restore that passes also puts the version's rule files in it (its scenarios
     * are left as they are), so that the folder holds what serves: otherwise the next publish of the folder (a page's
     * edit, the watcher) would silently bring back the rules the restore replaced. The files are written beside
     * their targets before the check ({@link FolderRewrite}); a folder that cannot be written refuses the restore
     * with nothing changed ({@link RulesFolderNotWrittenException}), since serving a version the folder contradicts
     * is the inconsistency the restore must not leave. Once it passes, the written files are moved over the old ones.
     */
    Result restore(String version, String who, String note) {
        List<RuleFile> files = rulesLog.files(version).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                ProblemTypes.NOT_FOUND, "salesdiag.rules.noSuchVersion", version));
        return exclusively(() -> {
            try (FolderRewrite folder = stageFolder(version, files)) {
                List<RuleFile> scenarios = rulesLog.scenariosPublishedWith(version).orElseGet(() ->
                        properties.editable() ? StoredRules.scenariosKeptWith(properties.folder()) : List.of());
                Publishing intent = Publishing.of(Publication.Action.RESTORE, note, scenarios, live.activeVersion(),
                        instance.get());
                Result result = result(rulesLog.publishing(intent, () -> load(version, files, scenarios, who)), intent);
                if (!result.attempt().accepted() || folder == null) {
                    return result;
                }
                return result.withFolder(write(folder, version));
            }
        });
    }

    /** The folder's files staged for {@code version}; null when no folder serves here. */
    private FolderRewrite stageFolder(String version, List<RuleFile> files) {
        if (!properties.editable()) {
            return null;
        }
        try {
            return FolderRewrite.stage(properties.folder(), files);
        } catch (FolderRewrite.Failed failed) {
            log.atError().setCause(failed.getCause()).addKeyValue("version", version)
                    .addKeyValue("file", failed.file())
                    .log("A restore was refused: the rules folder cannot be written, nothing changed");
            throw RulesFolderNotWrittenException.refused(version, folderName(), failed.reason());
        }
    }

    /** Moves the staged files in; when that fails, the folder holds what it held, and the restore stands. */
    private FolderWrite write(FolderRewrite folder, String version) {
        try {
            folder.commit();
            return FolderWrite.WRITTEN;
        } catch (FolderRewrite.Failed failed) {
            log.atError().setCause(failed.getCause()).addKeyValue("version", version)
                    .addKeyValue("file", failed.file())
                    .log("A restore serves, but the rules folder could not be brought to it: it holds what it held");
            return FolderWrite.failed(failed.reason());
        }
    }

    private String folderName() {
        return new ServerPaths(properties).folderName(properties);
    }

    /**
     * Serves a publication made elsewhere if it passes this instance's check, with the scenarios it was published
     * with; the attempt is in the rules log, and nothing is published. Called under {@link #exclusively}.
     */
    LoadAttempt follow(Publication publication, String who) {
        List<RuleFile> files = rulesLog.files(publication.version()).orElse(List.of());
        LoadAttempt attempt = load(publication.version(), files, rulesLog.scenariosOf(publication.id()), who);
        if (attempt.accepted()) {
            metrics.serving(attempt.version());
        }
        return attempt;
    }

    /** Runs {@code change} while no other change of what serves runs on this instance. */
    <T> T exclusively(Supplier<T> change) {
        changes.lock();
        try {
            return change.get();
        } finally {
            changes.unlock();
        }
    }

    private LoadAttempt load(String version, List<RuleFile> files, List<RuleFile> scenarios, String who) {
        try (StoredRules stored = StoredRules.of(files, scenarios)) {
            String actual = stored.version();
            if (!actual.equals(version)) {
                // Written to the database by other means than a publication: not what it claims to be.
                LoadAttempt refused = new LoadAttempt(0, version, Instant.now(), who, LoadAttempt.Outcome.REJECTED,
                        live.activeVersion(), 0, 1, List.of(CheckProblem.of(CheckProblem.Kind.COMPILE, "", 0,
                        Phrase.of("rules.storedVersionDiffers", version, actual))));
                rulesLog.loaded(refused, live.serving());
                return refused;
            }
            return live.reload(stored.rules(), who);
        }
    }

    private Result result(LoadAttempt attempt, Publishing intent) {
        LoadAttempt recorded = rulesLog.asRecorded(attempt);
        if (!recorded.accepted()) {
            return new Result(recorded, false);
        }
        metrics.serving(recorded.version());
        boolean published = intent.outcome().written();
        log.atInfo().addKeyValue("version", recorded.version()).addKeyValue("who", recorded.who())
                .addKeyValue("action", intent.action().name()).addKeyValue("note", intent.note())
                .addKeyValue("publication", intent.outcome().publicationId())
                .log(published ? "Rules published: every instance on the database will serve them"
                        : "Rules serve here but could not be published: the other instances keep theirs");
        return new Result(recorded, published);
    }
}
