package com.salesdiag.service.decisionlog;

import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountability suite on the embedded default: H2 in a file, with the very URL application.properties ships,
 * only in a temporary folder instead of ./data.
 */
class H2AccountabilityTests extends AccountabilitySuite {

    private static Path folder;

    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
                .getProperty("spring.datasource.url");
        assertThat(shipped).startsWith("jdbc:h2:file:./data/salesdiag;");
        folder = Files.createTempDirectory("salesdiag-h2");
        registry.add("spring.datasource.url",
                () -> shipped.replace("./data/salesdiag", folder.resolve("salesdiag").toString()));
    }

    @Override
    void loseTheDatabase() throws Exception {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        try {
            connection.close();
        } catch (SQLException alreadyClosed) {
            // SHUTDOWN closed it: that was the point
        }
        FileSystemUtils.deleteRecursively(folder);
    }

    @AfterAll
    static void removeFiles() throws IOException {
        FileSystemUtils.deleteRecursively(folder);
    }
}
