package com.salesdiag.service.diagnosis;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up after a start diagnoses the sample company through the request's steps and leaves the decision log
 * empty: only what someone asked is recorded.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:warm-up;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class WarmUpTests {

    @Autowired
    private WarmUp warmUp;

    @Autowired
    private DataSource dataSource;

    @Test
    void diagnosesTheSampleAndRecordsNothing() throws Exception {
        var diagnosis = warmUp.done().get(60, TimeUnit.SECONDS);
        assertThat(diagnosis.findings()).as("the sample company's findings").isNotEmpty();
        assertThat(diagnosis.recommendations()).isNotEmpty();

        JdbcTemplate sql = new JdbcTemplate(dataSource);
        for (String table : new String[] {"diagnosis", "diagnosis_salesperson", "review_case", "review_case_diagnosis"}) {
            assertThat(sql.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
    }

    /** salesdiag.warm-up=false: nothing is diagnosed after the start. */
    @org.junit.jupiter.api.Nested
    @SpringBootTest(properties = {"salesdiag.warm-up=false",
            "spring.datasource.url=jdbc:h2:mem:no-warm-up;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
    class TurnedOff {

        @Autowired
        private WarmUp warmUp;

        @Test
        void doesNothing() throws Exception {
            assertThat(warmUp.done().get(60, TimeUnit.SECONDS)).isNull();
        }
    }
}
