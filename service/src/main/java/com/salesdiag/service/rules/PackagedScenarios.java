package com.salesdiag.service.rules;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The analysts' scenario suite ships inside the service (from {@code test-data/scenarios}), so that a reload is
 * checked against it even where the repository is not at hand. The rules checker reads folders, so the suite is
 * copied to a temporary folder once at startup.
 */
final class PackagedScenarios {

    static final String LOCATION = "classpath*:scenarios/**/*.json";

    private PackagedScenarios() {
    }

    static Path extract() {
        try {
            Path folder = Files.createTempDirectory("salesdiag-scenarios-");
            folder.toFile().deleteOnExit();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Path target = folder.resolve(resource.getFilename());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the packaged scenarios", e);
        }
    }
}
