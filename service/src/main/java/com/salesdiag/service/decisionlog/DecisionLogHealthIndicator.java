package com.salesdiag.service.decisionlog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /actuator/health/decisionLog} (and the readiness group): whether a diagnosis can be recorded now. It reads
 * the log's latest id and writes a diagnosis row, through the same pool, constraints and disk a real one goes
 * through, in a transaction it then rolls back: nothing is kept, no id is used up (the probe's id is negative, given
 * explicitly). The database being up is not enough (a lost schema, a revoked grant, a constraint that fails, a
 * read-only or full disk): no diagnosis is answered while this is down. Time-boxed by {@link TimeBoxedHealth}.
 */
final class DecisionLogHealthIndicator implements HealthIndicator {

    private static final String PROBE = """
            insert into diagnosis (id, recorded_at, requested_by, company_id, company_name, period, period_start,
                period_end, input_kind, language, rules_version, salespeople, findings, recommendations, facts, answer)
            values (?, ?, 'health-check', 'health-check', null, '2000-Q1', ?, ?, 'json', 'en', 'health-check', 0, 0,
                0, '{}', '{}')""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DecisionLogHealthIndicator(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Health health() {
        try {
            Long latest = transaction.execute(status -> {
                status.setRollbackOnly();
                long id = jdbc.sql("select coalesce(max(id), 0) from diagnosis").query(Long.class).single();
                jdbc.sql(PROBE).params(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                        OffsetDateTime.now(ZoneOffset.UTC), LocalDate.of(2000, 1, 1), LocalDate.of(2000, 3, 31)).update();
                return id;
            });
            return Health.up().withDetail("latestDiagnosis", latest).withDetail("writable", true).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
