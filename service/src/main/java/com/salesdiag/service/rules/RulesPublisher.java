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
    record Result(LoadAttempt attempt, boolean published) {
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
     */
    Result restore(String version, String who, String note) {
        List<RuleFile> files = rulesLog.files(version).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                ProblemTypes.NOT_FOUND, "salesdiag.rules.noSuchVersion", version));
        return exclusively(() -> {
            List<RuleFile> scenarios = rulesLog.scenariosPublishedWith(version).orElseGet(() -> properties.editable()
                    ? StoredRules.scenariosKeptWith(properties.folder()) : List.of());
            Publishing intent = Publishing.of(Publication.Action.RESTORE, note, scenarios, live.activeVersion(),
                    instance.get());
            return result(rulesLog.publishing(intent, () -> load(version, files, scenarios, who)), intent);
        });
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
