package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.CheckProblem;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /actuator/health/publishedRules}, part of readiness: UP while this instance serves the latest publication
 * of the rules log (or is switching to it, or nothing was published yet); DOWN before it first compared them, and
 * when it refused the published version, with the reasons, while its previous version keeps serving. A load
 * balancer that routes on readiness then sends no one to an instance whose answers would differ from the others'.
 */
@Component("publishedRules")
class PublishedRulesHealth implements HealthIndicator {

    private static final int PROBLEMS_SHOWN = 5;

    private final PublishedRulesFollower follower;
    private final LiveRuleset live;
    private final ServerPaths paths;

    PublishedRulesHealth(PublishedRulesFollower follower, LiveRuleset live, RulesProperties properties) {
        this.follower = follower;
        this.live = live;
        this.paths = new ServerPaths(properties);
    }

    @Override
    public Health health() {
        PublishedRulesFollower.State state = follower.state();
        Health.Builder health = switch (state.kind()) {
            case STARTING -> Health.down().withDetail("reason", "not yet compared with the rules log");
            case REFUSED -> Health.down().withDetail("reason", "the published version "
                    + state.publication().version() + " fails this instance's check; " + live.activeVersion()
                    + " keeps serving");
            case NONE_PUBLISHED, SERVING -> Health.up();
        };
        health.withDetail("state", state.kind().name()).withDetail("serving", live.activeVersion());
        if (state.publication() != null) {
            Publication published = state.publication();
            Map<String, Object> publication = new LinkedHashMap<>();
            publication.put("version", published.version());
            publication.put("action", published.action().name());
            publication.put("who", published.who());
            publication.put("at", published.at().toString());
            publication.put("instance", published.instance());
            health.withDetail("published", publication);
        }
        if (state.kind() == PublishedRulesFollower.State.Kind.REFUSED) {
            health.withDetail("problemCount", state.problemCount()).withDetail("problems", state.problems().stream()
                    .limit(PROBLEMS_SHOWN).map(paths::shown).map(CheckProblem::toString).toList());
        }
        if (state.at() != null) {
            health.withDetail("comparedAt", state.at().toString());
        }
        return health.build();
    }
}
