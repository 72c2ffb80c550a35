package com.salesdiag.service.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema in the machine's PostgreSQL for one test class, dropped after it: the tests run against the real
 * server without touching anything else in it. Server and user: {@code -Dsalesdiag.test.postgres.url},
 * {@code .user}, {@code .password}; by default 127.0.0.1:5432, database test, user postgres (trust).
 */
public final class PostgresSchema {

    public static final String URL = System.getProperty("salesdiag.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("salesdiag.test.postgres.user", "postgres");
    public static final String PASSWORD = System.getProperty("salesdiag.test.postgres.password", "");

    private final String name = "salesdiag_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private boolean created;

    /** Creates the schema and points the application's datasource and Flyway at it. */
    public void register(DynamicPropertyRegistry registry) {
        execute("create schema " + name);
        created = true;
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> name);
        registry.add("spring.flyway.default-schema", () -> name);
    }

    public String name() {
        return name;
    }

    /** Drops the schema and everything in it, as if the database were lost. */
    public void drop() {
        if (created) {
            execute("drop schema if exists " + name + " cascade");
        }
    }

    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " (user " + USER + ") cannot run '" + sql + "': "
                    + e.getMessage() + ". The tests need it: start it with `pg_ctlcluster --skip-systemctl-redirect "
                    + "$(ls /etc/postgresql) main start` (.ci/run does), or point -Dsalesdiag.test.postgres.url at "
                    + "another server.", e);
        }
    }
}
