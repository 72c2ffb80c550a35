package com.salesdiag.service.decisionlog;

import com.salesdiag.service.support.PostgresSchema;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The accountability suite on the machine's PostgreSQL (127.0.0.1:5432, database test), in a schema of its own
 * created for the run and dropped after it. Selected as production selects it: spring.datasource.* only.
 */
class PostgresAccountabilityTests extends AccountabilitySuite {

    private static final PostgresSchema SCHEMA = new PostgresSchema();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @Override
    void loseTheDatabase() {
        SCHEMA.drop();
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
