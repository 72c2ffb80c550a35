package com.salesdiag.service.decisionlog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A second instance on the same embedded H2 file is told so in a few lines, and how to run one beside it. */
class DatabaseInUseFailureAnalyzerTests {

    /** Run in another JVM: opens the H2 file as the service does and holds it until its input closes. */
    public static void main(String[] args) throws Exception {
        try (Connection held = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";MODE=PostgreSQL", "sa", "")) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the file until the test is done
            }
        }
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsNamedWithTheWaysToRunASecondInstance(@TempDir Path folder) throws Exception {
        Path database = folder.resolve("data").resolve("salesdiag");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), getClass().getName(), database.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("holding");

            SQLException refused = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(
                    "jdbc:h2:file:" + database + ";MODE=PostgreSQL", "sa", "").close());
            // As Spring reports it: the bean that needed the database first, the reason far down its causes.
            Throwable start = new BeanCreationException("decisionLog", "Error creating bean",
                    new IllegalStateException("Failed to obtain JDBC Connection", refused));

            FailureAnalysis analysis = new DatabaseInUseFailureAnalyzer().analyze(start);

            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains(database.toString(), "another instance of this service");
            assertThat(analysis.getAction()).contains("another folder", "PostgreSQL");
        } finally {
            other.getOutputStream().close();
            other.waitFor(10, TimeUnit.SECONDS);
            other.destroy();
        }
    }

    @Test
    void theFileIsNamedAsConfiguredWhenItLiesUnderTheWorkingFolder() {
        String here = Path.of("").toAbsolutePath().toString();
        assertThat(DatabaseInUseFailureAnalyzer.databaseOf(
                "Database may be already in use: \"" + here + "/data/salesdiag.mv.db\". Possible solutions: ..."))
                .isEqualTo("./data/salesdiag (" + here + "/data/salesdiag)");
    }

    @Test
    void otherFailuresAreLeftToSpringBootsOwnAnalysers() {
        assertThat(new DatabaseInUseFailureAnalyzer().analyze(new BeanCreationException("decisionLog", "other",
                new SQLException("Connection refused", "08001", 0)))).isNull();
    }

    @Test
    void springBootFindsTheAnalyser() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                // Spring Boot's own analysers that need a bean factory cannot be built here: skip them.
                .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { })))
                .hasAtLeastOneElementOfType(DatabaseInUseFailureAnalyzer.class);
    }
}
