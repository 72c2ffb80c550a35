package com.salesdiag.service.decisionlog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The health of the database, {@code db} (Spring's check, in place of the one Spring would add) and
 * {@code decisionLog}: each answers within {@code salesdiag.health.database-timeout}, DOWN when the database has not
 * answered by then, so that health and readiness say DOWN during an outage instead of hanging with it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService databaseHealthChecks() {
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "database-health-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Named so that Spring's own {@code db} check (which waits as long as the database makes it) is not added. */
    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource, ExecutorService databaseHealthChecks,
                                      @Value("${salesdiag.health.database-timeout:700ms}") Duration limit)
            throws Exception {
        DataSourceHealthIndicator check = new DataSourceHealthIndicator(dataSource);
        check.afterPropertiesSet();
        return new TimeBoxedHealth(check, limit, databaseHealthChecks);
    }

    @Bean
    HealthIndicator decisionLogHealthIndicator(JdbcClient jdbc, PlatformTransactionManager transactions,
                                               ExecutorService databaseHealthChecks,
                                               @Value("${salesdiag.health.database-timeout:700ms}") Duration limit) {
        return new TimeBoxedHealth(new DecisionLogHealthIndicator(jdbc, transactions), limit, databaseHealthChecks);
    }
}
