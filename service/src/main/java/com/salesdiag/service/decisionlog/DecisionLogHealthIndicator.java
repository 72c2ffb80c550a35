package com.salesdiag.service.decisionlog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/decisionLog}: whether the decision log's tables can be read. The database being up is
 * not enough (a lost schema, a revoked grant): no diagnosis is answered while this is down.
 */
@Component
class DecisionLogHealthIndicator implements HealthIndicator {

    private final JdbcClient jdbc;

    DecisionLogHealthIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        try {
            long latest = jdbc.sql("select coalesce(max(id), 0) from diagnosis").query(Long.class).single();
            return Health.up().withDetail("latestDiagnosis", latest).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
